"""PDF pages to lines with positions, through pdfplumber."""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import statistics
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
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


def _count_pages(pdf: Any, filename: str, settings: CompareSettings) -> int:
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
    return count


def _read_page(pdf: Any, index: int, filename: str) -> tuple[Page, bool]:
    """One page's lines (with positions and fonts), and whether it carries images; then close it."""
    try:
        page = pdf.pages[index]
        clean = page.dedupe_chars() if _has_doubled_chars(page.chars) else page
        raw_lines = clean.extract_text_lines(return_chars=True, strip=True)
        lines = tuple(_line_from(raw, index + 1) for raw in raw_lines if str(raw["text"]).strip())
        has_images = bool(page.images)
        out = Page(index + 1, "text", lines, width=float(page.width), height=float(page.height))
        page.close()  # without this pdfplumber keeps every page's objects (MBs per page)
    except PdfminerException as exc:
        raise _classify(exc, filename) from exc
    except Exception as exc:
        raise _corrupt(filename, exc) from exc
    return out, has_images


def read_page_range(data: bytes, start: int, stop: int, filename: str) -> list[tuple[Page, bool]]:
    """Pages ``start``..``stop-1`` (0-based); run in a worker process for long documents."""
    pdf = _open(data, filename)
    try:
        return [_read_page(pdf, index, filename) for index in range(start, stop)]
    finally:
        pdf.close()


PageProgress = Callable[[int, int], None]
_POOL: dict[int, ProcessPoolExecutor] = {}


def _pool(workers: int) -> ProcessPoolExecutor:
    """One pool per process, kept for later files: starting workers costs more than a small PDF.

    ``forkserver`` rather than ``fork``: the app's server is multi-threaded, and forking a
    threaded process can deadlock. The server preloads this module so workers start warm."""
    if workers not in _POOL:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        _POOL[workers] = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    return _POOL[workers]


def worker_count(settings: CompareSettings) -> int:
    return settings.workers if settings.workers > 0 else max(1, os.cpu_count() or 1)


def extract_pages(
    data: bytes, *, filename: str, settings: CompareSettings, progress: PageProgress | None = None
) -> list[tuple[Page, bool]]:
    """Every page's lines and whether it carries images, in page order.

    Long documents are read in page ranges across a process pool (pdfplumber is pure Python
    and single-threaded, so processes are the only way to use more than one core); each worker
    closes its pages as it goes, so memory stays flat."""
    report = progress or (lambda done, total: None)
    pdf = _open(data, filename)
    try:
        count = _count_pages(pdf, filename, settings)
        workers = min(worker_count(settings), max(1, count // max(1, settings.parallel_min_pages)))
        if workers <= 1:
            out = []
            for index in range(count):
                out.append(_read_page(pdf, index, filename))
                report(index + 1, count)
            return out
    finally:
        pdf.close()
    step = max(1, -(-count // (workers * 4)))  # a few ranges per worker, so progress moves evenly
    ranges = [(start, min(count, start + step)) for start in range(0, count, step)]
    try:
        futures = {_pool(workers).submit(read_page_range, data, a, b, filename): (a, b) for a, b in ranges}
        results: dict[int, list[tuple[Page, bool]]] = {}
        done = 0
        for future in as_completed(futures):
            start, stop = futures[future]
            results[start] = future.result()
            done += stop - start
            report(done, count)
    except BrokenProcessPool as exc:
        _POOL.clear()
        raise LimitExceededError(
            "Reading this PDF stopped: the worker reading it was killed",
            cause="it ran out of memory or was stopped by the system",
            fix="Try again; if it happens again, split the file or lower max_pages",
            filename=filename,
        ) from exc
    return [item for start in sorted(results) for item in results[start]]
