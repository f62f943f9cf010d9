"""Garbage text layers: a scanned page published with a garbled invisible text layer (an earlier
OCR's) is read by OCR instead, with a notice; a real text layer is never judged garbage."""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest

from analyzer import CompareSettings, load_document
from analyzer.ingest.quality import score

from .conftest import CORPORA, MADISON, PdfplumberPage

GARBLED = "PliRCEIVED CUMULATIVE ASSESSMENT Yoorsub/@chveassESsmen"


def _garble(text: str, seed: int = 5) -> str:
    """Text as a poor OCR pass leaves it: letters swapped for look-alikes, case broken, symbols."""
    rng = random.Random(seed)
    swaps = {"e": "c", "o": "@", "a": "3", "l": "1", "r": "rn", "i": "!", "s": "$"}
    out = []
    for word in text.split():
        chars = [swaps.get(c, c) if rng.random() < 0.4 else c for c in word]
        chars = [c.upper() if rng.random() < 0.3 else c for c in chars]
        out.append("".join(chars))
    return " ".join(out)


def scan_with_text_layer(layer: str) -> bytes:
    """Madison's first page as an image, under an invisible text layer saying ``layer``."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = pdfium.PdfDocument(str(MADISON / "new.pdf"))
    image = pdf[0].render(scale=300 / 72).to_pil().convert("RGB")
    width, height = pdf[0].get_size()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height))
    page.drawImage(ImageReader(image), 0, 0, width, height)
    text = page.beginText(72, height - 100)
    text.setTextRenderMode(3)  # invisible, as OCR software writes its text layer
    text.setFont("Helvetica", 10)
    words = layer.split()
    for start in range(0, len(words), 12):
        text.textLine(" ".join(words[start : start + 12]))
    page.drawText(text)
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.slow
def test_quality_scores_garbage_low_and_real_pages_high(
    pdfplumber_pages: list[PdfplumberPage],
) -> None:
    assert score(
        [GARBLED + " " + _garble("officers will not ask about immigration status at any stop")]
    ).garbage
    assert {path for path, *_ in pdfplumber_pages} == set(CORPORA.rglob("*.pdf"))
    for path, number, _, text, _ in pdfplumber_pages:
        assert not score(text.splitlines()).garbage, (path, number)


@pytest.mark.slow
def test_a_garbled_text_layer_over_a_scan_is_read_by_ocr_with_a_notice() -> None:
    original = load_document(MADISON / "new.pdf", settings=CompareSettings())
    first_page = " ".join(line.text for line in original.pages[0].lines)
    data = scan_with_text_layer(_garble(first_page))
    doc = load_document(data, filename="scan.pdf", settings=CompareSettings())
    assert doc.ocr_pages == [1]
    assert [n.code for n in doc.notices] == ["ocr_garbled_text"]
    assert "Madison" in doc.text and "immigration" in doc.text
    kept = load_document(
        data, filename="scan.pdf", settings=replace(CompareSettings(), ocr_garbled_text=False)
    )
    assert kept.ocr_pages == [] and "immigration" not in kept.text
    no_ocr = load_document(data, filename="scan.pdf", settings=replace(CompareSettings(), ocr=False))
    assert [n.code for n in no_ocr.notices] == ["garbled_text_layer"]


@pytest.mark.slow
def test_a_clean_text_layer_over_a_scan_is_kept() -> None:
    original = load_document(MADISON / "new.pdf", settings=CompareSettings())
    first_page = " ".join(line.text for line in original.pages[0].lines)
    doc = load_document(scan_with_text_layer(first_page), filename="scan.pdf", settings=CompareSettings())
    assert doc.ocr_pages == [] and not doc.notices
