"""File bytes to a cleaned ``Document``. The type is decided from the bytes, not the name."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from .. import clean
from ..errors import (
    EmptyFileError,
    LimitExceededError,
    NoTextError,
    ScannedDocumentError,
    UnsupportedFileError,
)
from ..models import Document, Notice, Page
from ..settings import CompareSettings

Progress = Callable[[str, float], None]
MEDIA_PDF = "application/pdf"
MEDIA_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA_TEXT = "text/plain"
MEDIA_MARKDOWN = "text/markdown"

_REFUSED = [
    (
        b"\xd0\xcf\x11\xe0",
        "an old-style Word (.doc) or Office file",
        "Open it in Word or LibreOffice and save it as .docx or PDF",
    ),
    (b"{\\rtf", "a Rich Text (.rtf) file", "Open it in Word or LibreOffice and save it as .docx or PDF"),
    (b"MZ", "a Windows program", "Do not open it; ask the sender for the policy as PDF or Word"),
    (b"\x7fELF", "a program", "Do not open it; ask the sender for the policy as PDF or Word"),
    (
        b"\x89PNG",
        "an image (PNG)",
        "Put the page images in a PDF (a scanner or 'print to PDF' does this) and upload that",
    ),
    (b"\xff\xd8\xff", "an image (JPEG)", "Put the page images in a PDF and upload that"),
    (b"GIF8", "an image (GIF)", "Put the page images in a PDF and upload that"),
    (b"II*\x00", "an image (TIFF)", "Put the page images in a PDF and upload that"),
    (b"MM\x00*", "an image (TIFF)", "Put the page images in a PDF and upload that"),
    (b"\x1f\x8b", "a compressed (gzip) archive", "Unpack it and upload the document inside"),
]


def detect_media_type(data: bytes, filename: str) -> str:
    """Decide what the bytes are. Raises ``UnsupportedFileError`` for anything else."""
    head = data[:1024]
    if b"%PDF-" in head:
        return MEDIA_PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            names = set()
        if "word/document.xml" in names:
            return MEDIA_DOCX
        raise UnsupportedFileError(
            "This file is a ZIP archive, not a Word document",
            cause="it has no word/document.xml inside",
            fix="Unpack it and upload the policy inside, as PDF, .docx, .txt or .md",
            filename=filename,
        )
    for magic, what, fix in _REFUSED:
        if data.startswith(magic):
            raise UnsupportedFileError(
                f"This file is {what}, not a policy document the tool reads", fix=fix, filename=filename
            )
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        raise UnsupportedFileError(
            "This file is a web page (HTML), not a PDF, Word or text document",
            cause="the browser may have saved the page that links to the policy instead of the policy",
            fix="Download the policy file itself, or print the page to PDF and upload that",
            filename=filename,
        )
    name = filename.lower()
    return MEDIA_MARKDOWN if name.endswith((".md", ".markdown")) else MEDIA_TEXT


def _read_pdf(
    data: bytes,
    filename: str,
    settings: CompareSettings,
    progress: Progress | None = None,
    redline: str | None = None,
) -> tuple[list[Page], list[Notice]]:
    from .ocr import ocr_pages, tesseract_available
    from .pdf import extract_pages, redline_marks
    from .quality import garbled_pages, kept_notice

    def pages_read(done: int, total: int) -> None:
        if progress is not None:
            progress(f"Reading {filename}: page {done} of {total}", done / total)

    pages: list[Page] = []
    imaged: set[int] = set()
    for page, has_images in extract_pages(
        data, filename=filename, settings=settings, progress=pages_read, view=redline
    ):
        pages.append(page)
        if has_images:
            imaged.add(page.number)
    notices: list[Notice] = []
    if redline is not None:
        notices.append(
            _redline_notice(filename, redline, *redline_marks(data, filename=filename, settings=settings))
        )
    # A page is a scan when, once its running header and footer are set aside, almost no text is left.
    keys = {k[1] for k in clean.running_keys(pages, settings)} if len(pages) > 1 else set()
    body = {
        p.number: sum(len(ln.text) for ln in p.lines if clean.repeat_key(ln.text) not in keys) for p in pages
    }
    scanned = [n for n in sorted(imaged) if body[n] < settings.ocr_min_chars]
    garbled = garbled_pages(pages, imaged, scanned, settings)
    if garbled and not (settings.ocr and tesseract_available()):
        why = "OCR is switched off" if not settings.ocr else "Tesseract OCR is not installed"
        notices.append(kept_notice(filename, garbled, why))
        garbled = []
    if (scanned or garbled) and settings.ocr and tesseract_available():

        def ocr_read(done: int, total: int, number: int) -> None:
            if progress is not None:
                progress(f"Reading {filename}: OCR of page {number} ({done} of {total} scans)", done / total)

        for number, ocr_page, notice in ocr_pages(
            data,
            sorted(scanned + garbled),
            filename=filename,
            settings=settings,
            progress=ocr_read,
            garbled=garbled,
        ):
            if ocr_page is not None:
                pages[number - 1] = ocr_page
            notices.append(notice)
    elif scanned:
        why = "OCR is switched off" if not settings.ocr else "Tesseract OCR is not installed"
        if all(body[p.number] < settings.ocr_min_chars for p in pages):
            raise ScannedDocumentError(
                "This PDF is a scan: its pages are images with no text layer",
                cause=why,
                fix="Install tesseract-ocr (make run does this) and keep OCR on, "
                "or run the file through OCR software first",
                filename=filename,
            )
        notices.append(
            Notice(
                "scanned_pages_skipped",
                "warning",
                f"{filename}: pages {', '.join(map(str, scanned))} are images and were not read ({why}).",
            )
        )
    return pages, notices


def _redline_notice(filename: str, view: str, struck: int, under: int) -> Notice:
    """What a redline reading of a PDF rests on, and where it may be wrong."""
    when = "before" if view == "old" else "after"
    if not struck and not under:
        return Notice(
            "redline_none",
            "warning",
            f"{filename} has no struck-through, underlined or red/blue-marked text: its old and new "
            "versions are the same.",
        )
    if not struck or not under:
        only = "struck-through" if struck else "underlined"
        return Notice(
            "redline_ambiguous",
            "warning",
            f"{filename}: read as it was {when} its marked changes, but only {only} text was found "
            f"({struck or under} characters). Underlining is also used for emphasis and headings: "
            "check the result against the document.",
        )
    return Notice(
        "redline_split",
        "info",
        f"{filename}: read as it was {when} its marked changes ({struck} struck-through characters "
        f"taken as deleted, {under} underlined as inserted; where no lines are drawn, red text is "
        "taken as deleted and blue or green as inserted — check colour-marked drafts against the page).",
    )


def read_source(
    source: bytes | str | Path, *, filename: str | None = None, settings: CompareSettings
) -> tuple[bytes, str]:
    """The bytes of a file (or the bytes given) and the name to cite it by, refusing a file over
    ``max_file_bytes`` before reading it and an empty one after."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        filename = filename or path.name
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise _too_big(filename, size, settings)
        data = path.read_bytes()
    else:
        data = source
        filename = filename or "document"
    if len(data) > settings.max_file_bytes:
        raise _too_big(filename, len(data), settings)
    if not data.strip():
        raise EmptyFileError(
            "This file is empty",
            cause="it has no content (0 bytes or only blank space)",
            fix="Check that the download or export finished, then upload it again",
            filename=filename,
        )
    return data, filename


def load_document(
    source: bytes | str | Path,
    *,
    filename: str | None = None,
    settings: CompareSettings | None = None,
    progress: Progress | None = None,
    redline: str | None = None,
) -> Document:
    """Read a PDF, Word, text or Markdown file into a cleaned ``Document``.

    ``progress(message, fraction)`` is called as pages are read (fraction of this file, 0-1).
    Reading knows nothing of the library: ``analyzer.workbench`` keeps what was read."""
    settings = settings or CompareSettings()
    data, filename = read_source(source, filename=filename, settings=settings)
    sha256 = hashlib.sha256(data).hexdigest()
    return _read_document(data, filename, sha256, settings, progress, redline)


def _read_document(
    data: bytes,
    filename: str,
    sha256: str,
    settings: CompareSettings,
    progress: Progress | None,
    redline: str | None = None,
) -> Document:
    media_type = detect_media_type(data, filename)
    notices: list[Notice] = []
    if redline is not None and media_type not in (MEDIA_DOCX, MEDIA_PDF):
        raise UnsupportedFileError(
            "Only Word files with tracked changes and PDFs with struck-through and underlined text "
            "can be split into old and new versions",
            cause="a text file carries no marks",
            fix="Compare two separate versions instead",
            filename=filename,
        )
    if media_type == MEDIA_PDF:
        pages, notices = _read_pdf(data, filename, settings, progress, redline)
    elif media_type == MEDIA_DOCX:
        from .docx import read_docx

        pages, notices = read_docx(data, filename=filename, settings=settings, view=redline)
    else:
        from .text import read_text

        pages, notices = read_text(data, filename=filename, markdown=media_type == MEDIA_MARKDOWN)

    pages, stray = clean.normalise_pages(pages)
    pages, removed = clean.remove_running_lines(pages, settings)
    pages, contents = clean.strip_contents_page_numbers(pages, settings)
    pages, text = clean.assign_offsets(pages)
    if not text.strip():
        raise NoTextError(
            "No text was found in this file",
            cause="its pages are blank, or hold only running headers and page numbers",
            fix="Check that this is the right file; if it is a scan, make sure OCR is on",
            filename=filename,
        )
    methods = {p.method for p in pages}
    method = (
        "ocr"
        if methods == {"ocr"}
        else (
            "text+ocr"
            if "ocr" in methods
            else {MEDIA_PDF: "pdfplumber", MEDIA_DOCX: "python-docx"}.get(media_type, "text")
        )
    )
    if media_type == MEDIA_PDF:  # which library read which pages, for the evidence block
        from .pdf import reading_method

        method = reading_method(pages)
    return Document(
        filename=filename,
        sha256=sha256,
        media_type=media_type,
        pages=tuple(pages),
        text=text,
        method=method,
        removed=tuple(removed + contents + stray),
        notices=tuple(notices),
    )


def _too_big(filename: str, size: int, settings: CompareSettings) -> LimitExceededError:
    return LimitExceededError(
        f"This file is {size / 1e6:.1f} MB, more than the limit of {settings.max_file_bytes / 1e6:.0f} MB",
        cause="very large files are refused to keep the tool responsive",
        fix="Raise max_file_bytes in the settings (CLI: --max-mb), or split the file",
        filename=filename,
    )
