"""Read scanned pages with Tesseract: render with pypdfium2, then pytesseract word boxes to lines."""

from __future__ import annotations

import shutil
import statistics
from collections import defaultdict

import pypdfium2 as pdfium

from ..models import Line, Page
from ..settings import CompareSettings


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf_page(data: bytes, page_number: int, *, settings: CompareSettings) -> Page:
    """OCR one page (1-based) of a PDF; positions are returned in PDF points like pdfplumber's."""

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[page_number - 1]
        width, height = page.get_size()
        scale = settings.ocr_dpi / 72
        image = page.render(scale=scale).to_pil()
        page.close()
    finally:
        pdf.close()
    return ocr_image(image, page_number, width=width, height=height, scale=scale)


def ocr_image(image: object, page_number: int, *, width: float, height: float, scale: float) -> Page:
    import pytesseract

    data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
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
    return Page(page_number, "ocr", tuple(lines), width=width, height=height, ocr_confidence=confidence)
