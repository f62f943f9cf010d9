"""Read scanned pages with Tesseract: render with pypdfium2, then pytesseract word boxes to lines.

Every page is read in the same bounded worker processes as the text pages (memory cap, time
limit), one Tesseract process per page and several pages at once. Tesseract's own OpenMP threads
are switched off (``OMP_THREAD_LIMIT=1``): on a small machine they fight over the cores and make
a page 5-7x slower; pages in parallel use the cores instead."""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool

import pypdfium2 as pdfium

from ..errors import LimitExceededError
from ..lifeline import submit
from ..models import Line, Notice, Page, Severity
from ..settings import CompareSettings
from .pdf import _discard, _pool, _reading, worker_count

OcrProgress = Callable[[int, int, int], None]
"""``progress(done, total, page_number)`` after each page read by OCR."""


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf_page(data: bytes, page_number: int, *, settings: CompareSettings) -> Page:
    """OCR one page (1-based) of a PDF; positions are returned in PDF points like pdfplumber's."""
    page = ocr_page_in_worker(data, page_number, "document", settings.ocr_dpi, settings.ocr_page_timeout)
    if page is None:
        raise _timed_out("document", page_number, settings)
    return page


def ocr_page_in_worker(data: bytes, page_number: int, filename: str, dpi: int, timeout: float) -> Page | None:
    """One page rendered and read by Tesseract (in a worker process); None when Tesseract did
    not finish within ``timeout`` seconds (it is stopped)."""
    with _reading(filename):
        pdf = pdfium.PdfDocument(data)
        try:
            page = pdf[page_number - 1]
            width, height = page.get_size()
            scale = dpi / 72
            # in gray: Tesseract reads a gray image as well as a colour one (the same words on
            # the bench's scans, bench/ocr_accuracy.py) and a third faster (one channel to
            # threshold, not three)
            image = page.render(scale=scale, grayscale=True).to_pil()
            page.close()
        finally:
            pdf.close()
    try:
        return ocr_image(image, page_number, width=width, height=height, scale=scale, timeout=timeout)
    except RuntimeError as exc:  # pytesseract's "Tesseract process timeout"
        if "timeout" in str(exc).lower():
            return None
        raise


def ocr_pages(
    data: bytes,
    numbers: list[int],
    *,
    filename: str,
    settings: CompareSettings,
    progress: OcrProgress | None = None,
    garbled: Iterable[int] = (),
) -> list[tuple[int, Page | None, Notice]]:
    """Pages (1-based ``numbers``) read by OCR in parallel, each with the notice saying so (pages
    in ``garbled`` had a text layer, judged garbage); a page Tesseract could not finish within
    ``ocr_page_timeout`` comes back as None, with a warning."""
    garbage = set(garbled)
    key = (worker_count(settings), settings.worker_memory_mb)
    deadline = time.monotonic() + settings.extract_timeout
    out: list[tuple[int, Page | None, Notice]] = []
    pool: ProcessPoolExecutor | None = None
    try:
        pool = _pool(*key)
        futures = {
            submit(
                pool, ocr_page_in_worker, data, n, filename, settings.ocr_dpi, settings.ocr_page_timeout
            ): n
            for n in numbers
        }
        for future in as_completed(futures, timeout=max(0.0, deadline - time.monotonic())):
            number = futures[future]
            page: Page | None = future.result()
            out.append((number, page, _notice(filename, number, page, settings, number in garbage)))
            if progress is not None:
                progress(len(out), len(numbers), number)
    except (TimeoutError, FuturesTimeout) as exc:
        _discard(key, pool)
        raise LimitExceededError(
            f"Reading the scanned pages of this PDF took longer than the limit of "
            f"{settings.extract_timeout:g} seconds",
            cause=f"{len(numbers)} pages needed OCR, which takes a few seconds a page",
            fix="Raise extract_timeout in the settings, or switch OCR off (CLI: --no-ocr) to skip scans",
            filename=filename,
        ) from exc
    except BrokenProcessPool as exc:
        _discard(key, pool)
        raise LimitExceededError(
            "Reading the scanned pages of this PDF stopped: the worker reading them was killed",
            cause="it ran out of memory (worker_memory_mb in the settings) or was stopped by the system",
            fix="Try again, or lower ocr_dpi or raise worker_memory_mb in the settings",
            filename=filename,
        ) from exc
    return sorted(out, key=lambda item: item[0])


def _notice(
    filename: str, number: int, page: Page | None, settings: CompareSettings, garbled: bool
) -> Notice:
    if page is None:
        return Notice(
            "ocr_timeout",
            "warning",
            f"{filename}, page {number}: OCR did not finish within {settings.ocr_page_timeout:g} seconds "
            "and was stopped, so this page is left out. Raise ocr_page_timeout in the settings to read it.",
        )
    level: Severity = "warning" if (page.ocr_confidence or 0) < settings.ocr_low_confidence else "info"
    if garbled:
        return Notice(
            "ocr_garbled_text",
            "warning",
            f"{filename}, page {number}: its text layer looks garbled (left by an earlier OCR of a scan), "
            f"so the page image was read by OCR instead (mean confidence {page.ocr_confidence:.0f}/100). "
            "Check quoted text against the page image; set ocr_garbled_text off to keep the text layer.",
        )
    return Notice(
        "ocr_page",
        level,
        f"{filename}, page {number}: no text layer, read by OCR (mean confidence "
        f"{page.ocr_confidence:.0f}/100). Check quoted text against the page image.",
    )


def _timed_out(filename: str, number: int, settings: CompareSettings) -> LimitExceededError:
    return LimitExceededError(
        f"OCR of page {number} did not finish within {settings.ocr_page_timeout:g} seconds",
        cause="the page image is very large or very busy",
        fix="Raise ocr_page_timeout in the settings, or lower ocr_dpi",
        filename=filename,
    )


def ocr_image(
    image: object, page_number: int, *, width: float, height: float, scale: float, timeout: float = 0
) -> Page:
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"  # pytesseract's Tesseract process inherits it (see above)
    data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT, timeout=timeout)
    groups: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for i, word in enumerate(data["text"]):
        if str(word).strip() and float(data["conf"][i]) >= 0:
            groups[(data["block_num"][i], data["par_num"][i], data["line_num"][i])].append(i)
    lines: list[Line] = []
    confidences: list[float] = []
    previous_par: tuple[int, int] | None = None
    for key in sorted(groups, key=lambda k: (min(data["top"][i] for i in groups[k]), k)):
        idx = sorted(groups[key], key=lambda i: data["left"][i])
        text = " ".join(str(data["text"][i]) for i in idx)
        top = min(data["top"][i] for i in idx) / scale
        bottom = max(data["top"][i] + data["height"][i] for i in idx) / scale
        x0 = min(data["left"][i] for i in idx) / scale
        x1 = max(data["left"][i] + data["width"][i] for i in idx) / scale
        confidences.extend(float(data["conf"][i]) for i in idx)
        par = (key[0], key[1])
        lines.append(
            Line(
                text=text,
                page=page_number,
                x0=round(x0, 2),
                x1=round(x1, 2),
                top=round(top, 2),
                bottom=round(bottom, 2),
                size=round(bottom - top, 2),
                ocr=True,
                block_start=par != previous_par,
            )
        )
        previous_par = par
    confidence = round(statistics.fmean(confidences), 1) if confidences else 0.0
    return Page(
        page_number,
        "ocr",
        tuple(lines),
        width=width,
        height=height,
        ocr_confidence=confidence,
        reader="tesseract",
    )
