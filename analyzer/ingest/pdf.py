"""PDF pages to lines with positions, through pdfplumber."""

from __future__ import annotations

import io
import re
import statistics
from collections.abc import Iterator
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import CorruptFileError, EncryptedFileError, LimitExceededError
from ..models import Line, Page
from ..settings import CompareSettings

_BOLD_FONT = re.compile(r"(bold|black|heavy|semibold|demi|-b$|-bd$|,b$|bd$)", re.IGNORECASE)


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1]
    return bool(_BOLD_FONT.search(name))


def _line_from(raw: dict[str, Any], page_number: int) -> Line:
    chars = [c for c in raw.get("chars", []) if not str(c.get("text", "")).isspace()]
    sizes = [float(c["size"]) for c in chars] or [0.0]
    bold = bool(chars) and all(_is_bold(str(c.get("fontname", ""))) for c in chars)
    return Line(
        text=str(raw["text"]),
        page=page_number,
        x0=round(float(raw["x0"]), 2),
        x1=round(float(raw["x1"]), 2),
        top=round(float(raw["top"]), 2),
        bottom=round(float(raw["bottom"]), 2),
        size=round(statistics.median(sizes), 2),
        bold=bold,
    )


def _has_doubled_chars(chars: list[dict[str, Any]]) -> bool:
    """Whether glyphs are drawn twice at (almost) the same spot, as some PDFs do for fake bold.

    pdfplumber's ``dedupe_chars`` fixes that but costs more than reading the page, so it runs
    only where this cheap count finds doubles."""
    seen: set[tuple[str, int, int]] = set()
    doubled = 0
    for c in chars:
        spot = (str(c.get("text")), round(float(c["x0"])), round(float(c["top"])))
        if spot in seen and not spot[0].isspace():
            doubled += 1
        seen.add(spot)
    return doubled > max(3, len(chars) // 50)


def _open(data: bytes, filename: str) -> Any:
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _classify(exc, filename) from exc
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _corrupt(filename, exc) from exc


def _classify(exc: BaseException, filename: str) -> Exception:
    inner = exc.args[0] if exc.args else exc
    if isinstance(inner, PDFPasswordIncorrect) or "password" in str(inner).lower():
        return EncryptedFileError(
            "This PDF is protected with a password",
            cause="its text cannot be read without the password",
            fix="Open it with the password in a PDF reader, save an unprotected copy, and upload that",
            filename=filename,
        )
    return _corrupt(filename, inner)


def _corrupt(filename: str, exc: BaseException) -> CorruptFileError:
    return CorruptFileError(
        "This PDF could not be read",
        cause=f"the file is damaged or incomplete ({type(exc).__name__})",
        fix="Download it again, or open it in a PDF reader and save or print it to a new PDF",
        filename=filename,
    )


def iter_pdf_pages(data: bytes, *, filename: str, settings: CompareSettings) -> Iterator[tuple[Page, bool]]:
    """Yield each page's text lines, and whether the page carries images (a scan candidate).

    Each page is closed as soon as it is read, so memory stays flat on long documents."""
    pdf = _open(data, filename)
    try:
        try:
            count = len(pdf.pages)
        except PdfminerException as exc:
            raise _classify(exc, filename) from exc
        except Exception as exc:  # pdfminer raises many types on damaged files
            raise _corrupt(filename, exc) from exc
        if count > settings.max_pages:
            raise LimitExceededError(
                f"This PDF has {count} pages, more than the limit of {settings.max_pages}",
                cause="very long files are refused to keep the tool responsive",
                fix="Raise max_pages in the settings (CLI: --max-pages) or split the file",
                filename=filename,
            )
        for index in range(count):
            try:
                page = pdf.pages[index]
                clean = page.dedupe_chars() if _has_doubled_chars(page.chars) else page
                raw_lines = clean.extract_text_lines(return_chars=True, strip=True)
                lines = tuple(_line_from(raw, index + 1) for raw in raw_lines if str(raw["text"]).strip())
                has_images = bool(page.images)
                out = Page(index + 1, "text", lines, width=float(page.width), height=float(page.height))
                page.close()
            except PdfminerException as exc:
                raise _classify(exc, filename) from exc
            except Exception as exc:
                raise _corrupt(filename, exc) from exc
            yield out, has_images
    finally:
        pdf.close()
