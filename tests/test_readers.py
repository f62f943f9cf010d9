"""The fast text layer (pypdfium2, with pdfplumber only on pages that need layout reading) and the
careful path (pdfplumber on every page) give the same clauses for every PDF we have: the corpora,
the layout corpus and the hostile corpus's readable PDFs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from analyzer import CompareSettings, load_document
from analyzer.ingest.pdf import reading_method
from analyzer.models import Page
from analyzer.segment import segment

from .conftest import CORPORA, ROOT, PdfplumberPage, load_script

layouts = load_script(ROOT / "tests" / "data" / "layouts" / "make.py")
hostile = load_script(ROOT / "tests" / "data" / "hostile" / "make.py")
AUTO = CompareSettings()
CAREFUL = replace(AUTO, reader="pdfplumber")

GENERATED: dict[str, Callable[[], bytes]] = {
    "two-column": layouts.two_column_pdf,
    "fake-bold": layouts.fake_bold_pdf,
    "table": layouts.table_pdf,
    "redline-lines": layouts.redline_pdf,
    "redline-colour": lambda: layouts.redline_pdf(colour_only=True),
    "rotated": layouts.rotated_pdf,
    "sideways-down": lambda: layouts.sideways_pdf("down"),
    "sideways-up": lambda: layouts.sideways_pdf("up"),
    **{name: make for name, make, expect, _ in hostile.CASES if name.endswith(".pdf") and expect == "ok"},
}
CORPUS_PDFS = sorted(CORPORA.rglob("*.pdf"))


def _clauses(data: bytes, settings: CompareSettings) -> tuple[list[tuple[str, int, int]], list[Page]]:
    """Each clause's number and text with spacing set aside, and its pages.

    Word spacing is the one thing the two libraries may read differently: pdfminer breaks words
    at drawn space glyphs and wide gaps, PDFium where the PDF's spacing says so, and each is
    sometimes wrong where the other is right ("InP olice" / "InPolice" in a real NZ manual)."""
    doc = load_document(data, filename="x.pdf", settings=settings)
    clauses, _ = segment(doc, settings)
    return [("".join(f"{c.number or ''}{c.text}".split()), c.page_start, c.page_end) for c in clauses], list(
        doc.pages
    )


def _same_both_ways(data: bytes) -> list[Page]:
    fast, pages = _clauses(data, AUTO)
    careful, careful_pages = _clauses(data, CAREFUL)
    assert fast == careful
    assert {p.reader for p in careful_pages} <= {"pdfplumber", "tesseract"}
    return pages


def test_a_ruled_table_read_from_pdfium_gives_one_line_a_row_with_its_column_headings() -> None:
    doc = load_document(layouts.table_pdf(), filename="t.pdf", settings=AUTO)
    assert [line.text for line in doc.pages[0].lines if "|" in line.text] == [
        "Term | Definition",
        "Term: Detainer | Definition: A request from ICE to hold a person beyond their release date.",
        "Term: Administrative warrant | Definition: A warrant signed by an immigration officer, not by a"
        " judge.",
        "Term: Commander | Definition: The officer in charge of the shift, or the on-call lieutenant.",
    ]
    assert doc.method == "pypdfium2 (page 1)"


def test_a_space_drawn_as_a_text_object_of_its_own_is_read() -> None:
    """The NZ trespass chapter sets some spaces before a bold word as text objects of their own,
    which PDFium leaves out of its text; pdfplumber reads them, and so must the fast path."""
    from analyzer.ingest.pdfium import open_pdf, read_facts

    document = open_pdf((CORPORA / "nz-police" / "trespass" / "2024-08-26.pdf").read_bytes())
    text = "".join(c["text"] for c in read_facts(document, 13).chars)
    assert "a person is reasonably likely" in text and "isreasonably" not in text


def _long_edges(found: list[dict[str, Any]]) -> list[tuple[str, float, float, float, float]]:
    """Edges a point long or more (the table finder drops shorter ones first), as tuples."""
    keys = ("x0", "x1", "top", "bottom")
    return sorted(
        (e["orientation"], *(float(e[k]) for k in keys))
        for e in found
        if e["orientation"] and float(e["height" if e["orientation"] == "v" else "width"]) >= 1
    )


def _gap(a: tuple[str, float, float, float, float], b: tuple[str, float, float, float, float]) -> float:
    return max(abs(x - y) for x, y in zip(a[1:], b[1:], strict=True))


def test_pdfium_edges_are_pdfplumbers_on_every_ruled_page_of_the_corpus(
    pdfplumber_pages: list[PdfplumberPage],
) -> None:
    """The drawn lines PDFium gives the table finder are pdfplumber's own, each to a fifth of a
    point, on every page of the corpus that may hold a ruled table."""
    from analyzer.ingest.pdfium import open_pdf, read_facts

    documents = {path: open_pdf(path.read_bytes()) for path in CORPUS_PDFS}
    ruled = 0
    for path, number, _, _, edges in pdfplumber_pages:
        facts = read_facts(documents[path], number - 1)
        if not facts.rules:
            continue
        ruled += 1
        theirs, mine = _long_edges(edges), _long_edges(facts.rules)
        assert len(mine) == len(theirs), (path, number)
        for edge in mine:
            near = [k for k, e in enumerate(theirs) if e[0] == edge[0] and _gap(e, edge) <= 0.2]
            assert near, (path, number, edge)
            theirs.pop(near[0])
    assert ruled >= 20


@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: str(p.relative_to(CORPORA)))
def test_readers_give_the_same_clauses_for_every_corpus_pdf(path: Path) -> None:
    pages = _same_both_ways(path.read_bytes())
    assert "pypdfium2" in {p.reader for p in pages}  # the fast path did its share


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_readers_give_the_same_clauses_for_every_generated_layout(name: str) -> None:
    _same_both_ways(GENERATED[name]())


def test_pages_that_need_layout_reading_go_to_pdfplumber() -> None:
    readers = {
        name: {p.reader for p in load_document(GENERATED[name](), filename="x.pdf", settings=AUTO).pages}
        for name in ("table", "rotated", "sideways-down", "fake-bold", "two-column")
    }
    assert readers == {
        "table": {"pypdfium2"},  # pdfplumber's table finder runs on the edges PDFium reads
        "rotated": {"pdfplumber"},
        "sideways-down": {"pdfplumber"},
        "fake-bold": {"pypdfium2"},  # PDFium itself reads a glyph drawn twice over itself once
        "two-column": {"pypdfium2"},  # the gutter comes from the characters on either path
    }


def test_the_evidence_says_which_reader_read_which_pages() -> None:
    pages = [
        Page(n, "ocr" if n in (2, 3) else "text", (), reader=r)
        for n, r in enumerate(
            ["pypdfium2", "tesseract", "tesseract", "pdfplumber", "pypdfium2", "pypdfium2"], 1
        )
    ]
    assert reading_method(pages) == "pypdfium2 (pages 1, 5-6), tesseract OCR (pages 2-3), pdfplumber (page 4)"
    doc = load_document(layouts.table_pdf(), filename="t.pdf", settings=CAREFUL)
    assert doc.method == "pdfplumber (page 1)"


@pytest.mark.slow
def test_the_quick_line_builder_makes_pdfplumbers_lines_from_the_same_characters(
    pdfplumber_pages: list[PdfplumberPage],
) -> None:
    from pdfplumber.utils.text import chars_to_textmap

    from analyzer.ingest.lines import text_lines

    def key(lines: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return [tuple(line[k] for k in ("text", "x0", "x1", "top", "bottom")) for line in lines]

    assert sorted({path for path, *_ in pdfplumber_pages}) == CORPUS_PDFS
    compared = 0
    for path, number, chars, _, _ in pdfplumber_pages:
        quick = text_lines(chars)
        if chars and quick is not None:
            assert key(quick) == key(chars_to_textmap(chars).extract_text_lines()), (path, number)
            compared += 1
    assert compared > 80
