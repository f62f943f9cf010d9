"""OCR that does not stall: pages read by Tesseract in the bounded worker processes, in parallel,
one OpenMP thread each, with per-page progress and a clear notice for a page that takes too long."""

from __future__ import annotations

import os

import pytest

from analyzer import CompareSettings, load_document
from analyzer.ingest.ocr import ocr_pages, ocr_pdf_page

from .conftest import MADISON, image_pdf

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scan() -> bytes:
    return image_pdf(MADISON / "new.pdf", dpi=150)


def test_ocr_pages_are_read_in_workers_with_progress_for_every_page(scan: bytes) -> None:
    seen: list[tuple[int, int, int]] = []
    read = ocr_pages(
        scan,
        [1, 2, 3],
        filename="scan.pdf",
        settings=CompareSettings(ocr_dpi=150),
        progress=lambda *a: seen.append(a),
    )
    assert [number for number, _, _ in read] == [1, 2, 3]
    assert all(page is not None and page.method == "ocr" and page.lines for _, page, _ in read)
    assert all(notice.code == "ocr_page" for _, _, notice in read)
    assert [(done, total) for done, total, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert sorted(number for _, _, number in seen) == [1, 2, 3]


def test_ocr_runs_tesseract_with_one_openmp_thread(scan: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    page = ocr_pdf_page(scan, 1, settings=CompareSettings(ocr_dpi=100))
    assert page.lines and os.environ["OMP_THREAD_LIMIT"] == "1"


def test_an_ocr_page_that_takes_too_long_is_stopped_with_a_notice(scan: bytes) -> None:
    settings = CompareSettings(ocr_dpi=150, ocr_page_timeout=0.01)
    read = ocr_pages(scan, [2], filename="scan.pdf", settings=settings)
    assert [(number, page) for number, page, _ in read] == [(2, None)]
    notice = read[0][2]
    assert notice.code == "ocr_timeout" and notice.severity == "warning" and "page 2" in notice.message
    progress: list[tuple[str, float]] = []
    doc = load_document(
        scan,
        filename="scan.pdf",
        settings=CompareSettings(ocr_dpi=150),
        progress=lambda m, f: progress.append((m, f)),
    )
    assert doc.ocr_pages == [1, 2, 3]
    assert [m for m, _ in progress if "OCR of page" in m][-1].endswith("(3 of 3 scans)")
