"""The fast text layer (pypdfium2, with pdfplumber only on pages that need layout reading) and the
careful path (pdfplumber on every page) give the same clauses for every PDF we have: the corpora,
the layout corpus and the hostile corpus's readable PDFs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from analyzer import CompareSettings, load_document
from analyzer.ingest.pdf import reading_method
from analyzer.models import Page
from analyzer.segment import segment

from .conftest import CORPORA, ROOT, load_script

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
        "table": {"pdfplumber"},
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
    pdfplumber_pages: list[tuple[Path, int, list[dict[str, object]], str]],
) -> None:
    from pdfplumber.utils.text import chars_to_textmap

    from analyzer.ingest.lines import text_lines

    def key(lines: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return [tuple(line[k] for k in ("text", "x0", "x1", "top", "bottom")) for line in lines]

    assert sorted({path for path, *_ in pdfplumber_pages}) == CORPUS_PDFS
    compared = 0
    for path, number, chars, _ in pdfplumber_pages:
        quick = text_lines(chars)
        if chars and quick is not None:
            assert key(quick) == key(chars_to_textmap(chars).extract_text_lines()), (path, number)
            compared += 1
    assert compared > 80
