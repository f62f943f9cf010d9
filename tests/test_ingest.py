from __future__ import annotations

import io
import zipfile

import pytest

from analyzer import CompareSettings, load_document
from analyzer.clean import normalise_text
from analyzer.errors import (
    AnalyzerError,
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    ScannedDocumentError,
    UnsupportedFileError,
)
from analyzer.ingest import MEDIA_DOCX, MEDIA_PDF, MEDIA_TEXT, detect_media_type

from .conftest import MADISON, image_pdf


def test_ingest_detects_type_from_bytes_not_name() -> None:
    pdf = (MADISON / "new.pdf").read_bytes()
    docx_bytes = (MADISON / "new.docx").read_bytes()
    assert detect_media_type(pdf, "policy.txt") == MEDIA_PDF
    assert detect_media_type(docx_bytes, "policy.pdf") == MEDIA_DOCX
    assert detect_media_type(b"1. Purpose\n\nText.", "policy.pdf") == MEDIA_TEXT


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyFileError, "empty"),
        (b"   \n\n ", EmptyFileError, "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, UnsupportedFileError, "image"),
        (b"MZ\x90\x00" + b"\x00" * 60, UnsupportedFileError, "program"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", UnsupportedFileError, "web page"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, UnsupportedFileError, ".doc"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07" * 200, UnsupportedFileError, "binary"),
    ],
)
def test_ingest_bad_input_gets_a_specific_error(data: bytes, error: type[AnalyzerError], words: str) -> None:
    with pytest.raises(error) as info:
        load_document(data, filename="upload.pdf")
    message = str(info.value)
    assert words in message
    assert message.startswith("upload.pdf:")
    assert len(message.split(". ")) >= 2  # what happened, and what to do


def test_ingest_zip_that_is_not_word() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hello")
    with pytest.raises(UnsupportedFileError, match="ZIP archive"):
        load_document(buf.getvalue(), filename="policy.pdf")


def test_ingest_truncated_pdf_is_corrupt() -> None:
    data = (MADISON / "new.pdf").read_bytes()
    with pytest.raises(CorruptFileError, match="could not be read"):
        load_document(data[: len(data) // 3], filename="cut.pdf")


def test_ingest_encrypted_pdf_asks_for_an_unprotected_copy() -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(72, 720, "1. Purpose. Officers shall record every stop.")
    c.showPage()
    c.save()
    with pytest.raises(EncryptedFileError, match="password"):
        load_document(buf.getvalue(), filename="locked.pdf")


def test_ingest_scan_without_ocr_says_so() -> None:
    data = image_pdf(MADISON / "old.pdf", dpi=100)
    with pytest.raises(ScannedDocumentError, match="scan"):
        load_document(data, filename="scan.pdf", settings=CompareSettings(ocr=False))


def test_ingest_pdf_removes_running_header_and_page_numbers() -> None:
    doc = load_document(MADISON / "new.pdf")
    reasons = {(r.page, r.reason) for r in doc.removed}
    assert {(1, "page number"), (2, "page number"), (3, "page number")} <= reasons
    assert {(p, "running header") for p in (1, 2, 3)} <= reasons
    assert "Page 2 of 3" not in doc.text
    assert "reconstruction from news reporting, not the official text" not in doc.text


def test_clean_normalises_ligatures_quotes_and_spaces() -> None:
    assert (
        normalise_text("e\ufb03cient \u201cno\u201d\u00a0\u00a0o\ufb03cer\u2019s  duty")
        == 'efficient "no" officer\'s duty'
    )
    assert normalise_text("co\u00adoperate") == "cooperate"


def test_ingest_docx_numbering_stored_by_word(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_heading("Stops", level=1)
    document.add_paragraph("Officers shall record every stop.", style="List Number")
    document.add_paragraph("Officers shall give their name when asked.", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Term", "Meaning"
    table.cell(1, 0).text, table.cell(1, 1).text = "Stop", "Any direction to pull over"
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    doc = load_document(path)
    lines = doc.lines
    assert [line.label for line in lines[1:3]] == ["1.", "2."]
    assert lines[0].heading_level == 1
    assert lines[-1].text == "Stop | Any direction to pull over"
    from analyzer.segment import segment

    clauses, _ = segment(doc, CompareSettings())
    assert [(c.number, c.text) for c in clauses[1:3]] == [
        ("1.", "Officers shall record every stop."),
        ("2.", "Officers shall give their name when asked."),
    ]
    assert clauses[1].path == ("Stops",)


def test_ingest_text_encodings() -> None:
    text = "1. Política\n\nLos agentes no preguntarán por el estatus migratorio."
    for data in (text.encode("utf-16"), text.encode("utf-8-sig"), text.encode("cp1252")):
        doc = load_document(data, filename="p.txt")
        assert "Política" in doc.text
