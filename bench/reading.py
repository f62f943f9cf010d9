"""Benchmark of reading PDFs (issue 13): our whole CLI against pdfplumber's raw extraction, in one
run, so the ratios hold on a busy machine; and OCR seconds per page on the cores there are.

    python bench/reading.py                    # 300-page pair, 1,000-page pair (memory), OCR of 6 pages
    python bench/reading.py --pages 300 --ocr-pages 4 --json bench/out/reading.json

Each measurement runs in its own child process (see run.py). ``ours cold`` is the CLI with a new
library, ``ours warm`` the same command again, ``ours careful`` the CLI with ``--reader
pdfplumber`` (every page through pdfplumber). OCR is timed on a scanned copy (pages rendered at
300 dpi and wrapped as a PDF again) of a real NZ Police manual, read through ``ocr_pages``: the
bounded worker pool, one Tesseract per page with ``OMP_THREAD_LIMIT=1``. Nothing is asserted."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import run  # noqa: E402  (bench/ is not a package)

OUT = ROOT / "bench" / "out"
NZ_MANUAL = ROOT / "corpora" / "nz-police" / "trespass" / "2024-08-26.pdf"


def _cli(old: Path, new: Path, db: Path, *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "analyzer", "compare", str(old), str(new), "--format", "json"]
    cmd += ["--output", os.devnull]
    cmd += ["--db", str(db), *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        return {"seconds": None, "error": proc.stderr.strip()[-300:]}
    return {"seconds": round(seconds, 2), "peak_mb": round(after / 1024) if after > before else None}


def pair(pages: int, seed: int, careful: bool, baselines: bool = True) -> dict[str, Any]:
    from generate import generate

    folder = OUT / f"p{pages}-s{seed}"
    if not (folder / "truth.json").exists():
        generate(pages, folder, seed)
    old, new = folder / "old.pdf", folder / "new.pdf"
    row: dict[str, Any] = {"pages": json.loads((folder / "truth.json").read_text())["pages"]}
    return _timed(row, old, new, folder, pages, careful, baselines)


def real_pair(old: Path, new: Path, careful: bool, repeat: int = 1) -> dict[str, Any]:
    """A real pair of published PDFs (``--real OLD NEW``): ruled tables, drawings, running heads.
    With ``repeat`` above 1, pdfplumber and our cold run are timed in turn that many times and
    each ratio is kept (``ratios``, with their median): on a machine shared with other jobs a
    ratio of two runs taken side by side is steadier than one of two runs far apart."""
    import pypdfium2 as pdfium

    folder = OUT / f"real-{old.stem}-{new.stem}"
    folder.mkdir(parents=True, exist_ok=True)
    row: dict[str, Any] = {
        "pair": f"{old} / {new}",
        "pages": [len(pdfium.PdfDocument(str(p))) for p in (old, new)],
    }
    row = _timed(row, old, new, folder, f"{old.name}/{new.name}", careful, True)
    if repeat > 1:
        ratios = [row["cold_over_pdfplumber"]]
        for _ in range(repeat - 1):
            base = run.measure("pdfplumber", old, new).get("seconds")
            cold = _cold(old, new, folder).get("seconds")
            ratios.append(_ratio(cold, base))
            print(f"[{old.name}/{new.name}] pdfplumber {base} s, ours cold {cold} s", file=sys.stderr)
        row["ratios"] = ratios
        row["ratio_median"] = statistics.median(r for r in ratios if r is not None)
    return row


def _timed(
    row: dict[str, Any], old: Path, new: Path, folder: Path, pages: object, careful: bool, baselines: bool
) -> dict[str, Any]:
    for name in ("pdfplumber", "pypdfium2") if baselines else ():
        print(f"[{pages} p] {name} …", file=sys.stderr)
        row[name] = run.measure(name, old, new)
    db = folder / "reading.db"
    print(f"[{pages} p] ours cold, warm …", file=sys.stderr)
    row["ours_cold"] = _cold(old, new, folder)
    row["ours_warm"] = _cli(old, new, db)
    if careful:
        print(f"[{pages} p] ours careful …", file=sys.stderr)
        row["ours_careful"] = _cli(old, new, db, "--no-library", "--reader", "pdfplumber")
    row["cold_over_pdfplumber"] = _ratio(
        row["ours_cold"].get("seconds"), row.get("pdfplumber", {}).get("seconds")
    )
    return row


def _cold(old: Path, new: Path, folder: Path) -> dict[str, Any]:
    """Our run with no reading kept from before: the folder's reading database is removed first."""
    for leftover in folder.glob("reading.db*"):
        leftover.unlink()
    return _cli(old, new, folder / "reading.db")


def _ratio(ours: float | None, base: float | None) -> float | None:
    return round(ours / base, 3) if base and ours else None


def ocr(pages: int) -> dict[str, Any]:
    """Seconds per page of OCR through the worker pool, on a scanned copy of a real manual."""
    import pypdfium2 as pdfium

    from analyzer import CompareSettings
    from analyzer.ingest.ocr import ocr_pages
    from tests.conftest import image_pdf

    source = pdfium.PdfDocument(str(NZ_MANUAL))
    first = pdfium.PdfDocument.new()
    first.import_pages(source, list(range(pages)))
    path = OUT / "ocr-source.pdf"
    OUT.mkdir(parents=True, exist_ok=True)
    first.save(str(path))
    scan = image_pdf(path, dpi=300)
    settings = CompareSettings()
    ocr_pages(scan, [1], filename="warm-up.pdf", settings=settings)  # start the workers
    start = time.perf_counter()
    read = ocr_pages(scan, list(range(1, pages + 1)), filename="scan.pdf", settings=settings)
    seconds = time.perf_counter() - start
    words = sum(len(line.text.split()) for _, page, _ in read if page for line in page.lines)
    return {
        "pages": pages,
        "seconds": round(seconds, 2),
        "seconds_per_page": round(seconds / pages, 2),
        "words": words,
        "workers": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="*", default=[300, 1000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ocr-pages", type=int, default=6)
    parser.add_argument("--careful", action="store_true", help="also time --reader pdfplumber")
    parser.add_argument(
        "--baseline-max",
        type=int,
        default=500,
        help="time pdfplumber and pypdfium2 only up to this many pages",
    )
    parser.add_argument("--real", type=Path, nargs=2, metavar=("OLD", "NEW"), help="also time a real pair")
    parser.add_argument("--repeat", type=int, default=1, help="time the real pair's ratio this many times")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"machine": {"cores": os.cpu_count(), "load": os.getloadavg()}}
    if args.real:
        results["real"] = real_pair(*args.real, args.careful, args.repeat)
        print(json.dumps(results["real"]), file=sys.stderr)
    for pages in args.pages:
        results[f"pair_{pages}"] = pair(pages, args.seed, args.careful, pages <= args.baseline_max)
        print(json.dumps(results[f"pair_{pages}"]), file=sys.stderr)
    if args.ocr_pages:
        results["ocr"] = ocr(args.ocr_pages)
    results["machine"]["load_after"] = os.getloadavg()
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
