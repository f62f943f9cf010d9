"""What OCR reads, and how fast, at each resolution (issue 13): word precision and recall of
Tesseract against the text layer the page had before it was scanned, and seconds a page.

    python bench/ocr_accuracy.py                       # every page set, every reading below
    python bench/ocr_accuracy.py --json bench/out/ocr-accuracy.json

Page sets, each a "scan" (pages rendered to images and wrapped as a PDF again, ``image_pdf``
from tests/conftest.py) of pages whose text layer is the truth:

* ``nz``     the first 6 pages of the NZ trespass chapter (11-point text), scanned at 300 dpi,
             the pages bench/reading.py times
* ``mixed``  the pages made image-only in the mixed5 proxy (``--mixed DIR``, its
             ``old.part.pdf``/``new.part.pdf``; skipped when absent)
* ``small``  pages of small print made here (real sentences of the NZ chapter set in 8, 7 and 6
             point Helvetica and Times with reportlab), scanned at 300 dpi

Readings: the reader as it was (``rgb-png``: RGB render at 300 dpi, handed to Tesseract as PNG),
the page rendered in gray (``gray``) at 300 and 200 dpi, and the
reader as it is (``ours``: ``ocr_page_in_worker`` with the default settings). Each page is read
in this process, one page at a time, with ``OMP_THREAD_LIMIT=1``. Words are ``\\w+`` runs, case
kept; precision and recall count each word as often as it occurs. Nothing is asserted."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
NZ_MANUAL = ROOT / "corpora" / "nz-police" / "trespass" / "2024-08-26.pdf"

os.environ["OMP_THREAD_LIMIT"] = "1"


def words(text: str) -> Counter[str]:
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\u2019", "'")
    return Counter(re.findall(r"\w+", text))


def truth_of(pdf: bytes) -> list[Counter[str]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    out = []
    for page in document:
        textpage = page.get_textpage()
        out.append(words(textpage.get_text_range()))
        textpage.close()
        page.close()
    document.close()
    return out


def nz_pages(count: int = 6) -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(NZ_MANUAL))
    first = pdfium.PdfDocument.new()
    first.import_pages(source, list(range(count)))
    buffer = io.BytesIO()
    first.save(buffer)
    return buffer.getvalue()


def small_print() -> bytes:
    """Pages of real sentences in small type: 8, 7 and 6 pt, Helvetica and Times."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    sentences = re.findall(r"[A-Z][^.]{30,200}\.", _plain(nz_pages(4)))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for size in (8, 7, 6):
        for font in ("Helvetica", "Times-Roman"):
            style = ParagraphStyle("s", fontName=font, fontSize=size, leading=size * 1.2)
            frame = Frame(50, 50, A4[0] - 100, A4[1] - 100, showBoundary=0)
            body = [Paragraph(" ".join(sentences[k : k + 6]), style) for k in range(0, len(sentences), 6)]
            frame.addFromList(body, canvas)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _plain(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    parts = []
    for page in document:
        textpage = page.get_textpage()
        parts.append(textpage.get_text_range())
        textpage.close()
    document.close()
    return " ".join(" ".join(parts).split())


def _raw(dpi: int, gray: bool) -> Callable[[bytes, int], str]:
    """A reading that renders and hands the image to Tesseract directly (the readings compared)."""

    def read(scan: bytes, number: int) -> str:
        import pypdfium2 as pdfium
        import pytesseract

        document = pdfium.PdfDocument(scan)
        page = document[number - 1]
        if gray:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        else:
            image = page.render(scale=dpi / 72).to_pil()
        page.close()
        document.close()
        data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
        return " ".join(str(w) for w in data["text"] if str(w).strip())

    return read


def _ours(scan: bytes, number: int) -> str:
    from analyzer import CompareSettings
    from analyzer.ingest.ocr import ocr_pdf_page

    page = ocr_pdf_page(scan, number, settings=CompareSettings())
    return " ".join(line.text for line in page.lines)


READINGS: dict[str, Callable[[bytes, int], str]] = {
    "rgb-png 300": _raw(300, False),
    "gray 300": _raw(300, True),
    "gray 200": _raw(200, True),
    "ours": _ours,
}


def score(scan: bytes, truths: list[Counter[str]], read: Callable[[bytes, int], str]) -> dict[str, Any]:
    hit = got = want = 0
    start = time.perf_counter()
    worst = 1.0
    for number, truth in enumerate(truths, start=1):
        found = words(read(scan, number))
        common = sum((found & truth).values())
        hit, got, want = hit + common, got + sum(found.values()), want + sum(truth.values())
        worst = min(worst, common / max(1, sum(truth.values())))
    seconds = time.perf_counter() - start
    return {
        "precision": round(hit / max(1, got), 3),
        "recall": round(hit / max(1, want), 3),
        "worst_page_recall": round(worst, 3),
        "seconds_per_page": round(seconds / len(truths), 2),
    }


def page_sets(mixed: Path | None) -> dict[str, tuple[bytes, list[Counter[str]]]]:
    from tests.conftest import image_pdf

    OUT.mkdir(parents=True, exist_ok=True)
    sets: dict[str, tuple[bytes, list[Counter[str]]]] = {}
    nz = OUT / "ocr-accuracy-nz.pdf"
    nz.write_bytes(nz_pages())
    sets["nz"] = (image_pdf(nz, dpi=300), truth_of(nz.read_bytes()))
    if mixed is not None:
        for side in ("old", "new"):
            part = mixed / f"{side}.part.pdf"
            if part.exists():
                sets[f"mixed-{side}"] = (image_pdf(part, dpi=300), truth_of(part.read_bytes()))
    small = OUT / "ocr-accuracy-small.pdf"
    small.write_bytes(small_print())
    scan = image_pdf(small, dpi=300)
    truths = truth_of(small.read_bytes())
    for k, label in enumerate(("8pt", "7pt", "6pt")):
        sets[f"small-{label}"] = (_pages(scan, [2 * k, 2 * k + 1]), truths[2 * k : 2 * k + 2])
    return sets


def _pages(pdf: bytes, indices: list[int]) -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    out = pdfium.PdfDocument.new()
    out.import_pages(source, indices)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mixed", type=Path, default=OUT / "mixed5")
    parser.add_argument("--readings", nargs="*", default=list(READINGS))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"machine": {"cores": os.cpu_count(), "load": os.getloadavg()}}
    for name, (scan, truths) in page_sets(args.mixed).items():
        results[name] = {"pages": len(truths), "words": sum(sum(t.values()) for t in truths)}
        for reading in args.readings:
            results[name][reading] = score(scan, truths, READINGS[reading])
            print(name, reading, results[name][reading], file=sys.stderr)
    results["machine"]["load_after"] = os.getloadavg()
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
