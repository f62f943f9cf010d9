"""Layouts real departments publish: scanned pages (OCR) and Word drafts with tracked changes."""

from __future__ import annotations

import difflib
import json
import subprocess
from pathlib import Path

import pytest

from analyzer import CompareSettings, cli, load_document

from .conftest import MADISON, ROOT, compare_texts, image_pdf, load_script

layouts = load_script(ROOT / "tests" / "data" / "layouts" / "make.py")


def word_accuracy(reference: str, candidate: str) -> float:
    """Share of the reference's words found, in order, in the candidate."""
    a, b = reference.split(), candidate.split()
    matched = sum(
        block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    )
    return matched / max(1, len(a))


@pytest.mark.slow
def test_a_scanned_copy_reads_back_at_least_98_percent_of_its_words() -> None:
    settings = CompareSettings()
    original = load_document(MADISON / "new.pdf", settings=settings)
    scan = load_document(image_pdf(MADISON / "new.pdf", dpi=300), filename="scan.pdf", settings=settings)
    assert scan.method == "tesseract OCR (pages 1-3)" and scan.ocr_pages == [1, 2, 3]
    assert any(n.code == "ocr_page" for n in scan.notices)
    accuracy = word_accuracy(original.text, scan.text)
    print(f"OCR word accuracy: {accuracy:.4f}")
    assert accuracy >= 0.98, accuracy


def test_a_word_draft_splits_into_its_old_and_new_text(tmp_path: Path) -> None:
    data = layouts.tracked_docx()
    settings = CompareSettings()
    for view in ("old", "new"):
        doc = load_document(data, filename="draft.docx", settings=settings, redline=view)
        lines = [line.text for line in doc.lines]
        assert lines == layouts.expected(view)
        assert word_accuracy(" ".join(layouts.expected(view)), doc.text) == 1.0
        assert any(n.code == "redline_split" for n in doc.notices)
    accepted = load_document(data, filename="draft.docx", settings=settings)
    assert [line.text for line in accepted.lines] == layouts.expected("new")
    assert any(n.code == "tracked_changes" for n in accepted.notices)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """The command line in this process (tests/test_cli.py runs it as a real subprocess)."""
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["analyzer", *args], code, out, err)


def test_split_redline_and_compare_redline_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(layouts.tracked_docx())
    split = _cli(capsys, "split-redline", str(draft), "--output-dir", str(tmp_path / "out"))
    assert split.returncode == 0, split.stderr
    old = (tmp_path / "out" / "draft.old.txt").read_text()
    new = (tmp_path / "out" / "draft.new.txt").read_text()
    assert (
        "Officers shall ask" in old and "honor every detainer" in old and "commander must approve" not in old
    )
    assert (
        "Officers may not ask" in new
        and "honor every detainer" not in new
        and "commander must approve" in new
    )
    compared = _cli(capsys, "compare", "--redline", str(draft), "--no-library", "--exit-code")
    assert compared.returncode == 1, compared.stderr
    changes = json.loads(compared.stdout)["changes"]
    modified = next(c for c in changes if c["kind"] == "modified")
    assert [(d["op"], d["text"]) for d in modified["diff"] if d["op"] != "equal"] == [
        ("delete", "shall"),
        ("insert", "may not"),
    ]
    assert modified["assessment"]["direction"] == "limits_enforcement"
    kinds = {c["kind"] for c in changes}
    assert {"added", "removed", "unchanged"} <= kinds
    # the split text files compare the same way as the draft itself
    via_files = _cli(
        capsys,
        "compare",
        str(tmp_path / "out" / "draft.old.txt"),
        str(tmp_path / "out" / "draft.new.txt"),
        "--no-library",
    )
    assert {c["kind"] for c in json.loads(via_files.stdout)["changes"]} == kinds


def test_redline_of_a_text_file_or_an_unmarked_draft_says_what_it_can_and_cannot_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _cli(capsys, "compare", "--redline", str(MADISON / "new.txt"), "--no-library")
    assert text.returncode == 2 and "can be split into old and new versions" in text.stderr
    plain = tmp_path / "plain.docx"
    plain.write_bytes(layouts.plain_docx())
    doc = load_document(plain, settings=CompareSettings(), redline="old")
    assert any(n.code == "redline_none" and n.severity == "warning" for n in doc.notices)


@pytest.mark.parametrize("colour_only", [False, True], ids=["lines", "colour"])
def test_a_redlined_pdf_splits_into_its_old_and_new_text(colour_only: bool) -> None:
    data = layouts.redline_pdf(colour_only=colour_only)
    settings = CompareSettings()
    for view in ("old", "new"):
        doc = load_document(data, filename="draft.pdf", settings=settings, redline=view)
        got = [" ".join(line.text.split()) for line in doc.lines]
        expected = layouts.redline_expected(view)
        assert got == expected, (view, got)
        assert word_accuracy(" ".join(expected), " ".join(got)) == 1.0
        assert any(n.code == "redline_split" for n in doc.notices)
    only_underlined = load_document(
        layouts.redline_pdf(underline_only=True), filename="u.pdf", settings=settings, redline="new"
    )
    assert any(n.code == "redline_ambiguous" for n in only_underlined.notices)


def test_a_two_column_page_is_read_column_by_column() -> None:
    from analyzer.segment import segment

    settings = CompareSettings()
    doc = load_document(layouts.two_column_pdf(), filename="columns.pdf", settings=settings)
    clauses, _ = segment(doc, settings)
    got = [f"{c.number} {c.text}" for c in clauses]
    assert got == layouts.TWO_COLUMN_CLAUSES
    assert not any("Two-column test manual" in c.text or "Page 1" in c.text for c in clauses)


def test_characters_drawn_twice_for_fake_bold_are_read_once() -> None:
    doc = load_document(layouts.fake_bold_pdf(), filename="bold.pdf", settings=CompareSettings())
    assert [line.text for line in doc.lines] == layouts.FAKE_BOLD_LINES


def test_a_ruled_table_becomes_one_clause_per_row_with_its_headers() -> None:
    from analyzer.segment import segment

    settings = CompareSettings()
    doc = load_document(layouts.table_pdf(), filename="table.pdf", settings=settings)
    texts = [c.text for c in segment(doc, settings)[0]]
    rows = layouts.TABLE_ROWS
    expected_rows = [f"Term: {term} | Definition: {meaning}" for term, meaning in rows[1:]]
    assert texts[texts.index("Term | Definition") + 1 :][: len(expected_rows)] == expected_rows
    assert texts[0].startswith("Definitions") and texts[-1] == "Scope"


def test_a_rotated_landscape_page_reads_upright() -> None:
    doc = load_document(layouts.rotated_pdf(), filename="landscape.pdf", settings=CompareSettings())
    assert [line.text for line in doc.lines] == layouts.ROTATED_LINES


@pytest.mark.slow
def test_a_mixed_document_is_read_page_by_page() -> None:
    import io

    import pypdfium2 as pdfium

    text_pdf = pdfium.PdfDocument(str(MADISON / "new.pdf"))
    scanned = pdfium.PdfDocument(image_pdf(MADISON / "new.pdf", dpi=300))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text_pdf, [0])
    mixed.import_pages(scanned, [1, 2])
    buffer = io.BytesIO()
    mixed.save(buffer)
    settings = CompareSettings()
    doc = load_document(buffer.getvalue(), filename="mixed.pdf", settings=settings)
    original = load_document(MADISON / "new.pdf", settings=settings)
    assert doc.method == "pypdfium2 (page 1), tesseract OCR (pages 2-3)" and doc.ocr_pages == [2, 3]
    assert [p.method for p in doc.pages] == ["text", "ocr", "ocr"]
    assert word_accuracy(original.text, doc.text) >= 0.98


@pytest.mark.parametrize("direction", ["down", "up"])
def test_sideways_text_is_read_as_if_the_page_were_turned(direction: str) -> None:
    doc = load_document(layouts.sideways_pdf(direction), filename="sideways.pdf", settings=CompareSettings())
    assert [line.text for line in doc.lines] == layouts.ROTATED_LINES


def test_soft_hyphens_and_justified_spacing_make_no_change() -> None:
    plain = (
        "1. Scope\n\nOfficers will cooperate with the federal authorities only when a judge "
        "signs a warrant.\n"
    )
    typeset = (
        "1.  Scope\n\nOfficers  will  co\u00adoperate  with the fed\u00aderal\u00a0authorities only when "
        "a judge signs a war\u00adrant.\n"
    )
    result = compare_texts(plain, typeset)
    assert {c.kind for c in result.changes} == {"unchanged"}
