"""CPU time per page of the PDF reader's fast path, in this one process (no worker pool), by stage.

    python bench/reading_cpu.py [PDF ...] [--rounds 3]    # default: bench/out/p300-s7/old.pdf

CPU seconds (``time.process_time``) are less disturbed than wall time by other jobs on a shared
machine. Stages: PDFium's characters (``page_glyphs``), the page's other objects (``_objects``),
lines and columns (``_lines_by_columns`` + ``_line_from``), and the whole ``read_page_range``
(what a worker does for its pages), with the pickled size of its result (what goes back to the
parent process). The best of ``--rounds`` is printed, in milliseconds a page. Nothing is asserted."""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.ingest import pdf as reader  # noqa: E402
from analyzer.ingest import pdfium  # noqa: E402


def _best(rounds: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def measure(path: Path, rounds: int) -> None:
    data = path.read_bytes()
    document = pdfium.open_pdf(data)
    count = len(document)
    pages = [document[index] for index in range(count)]
    heights = [float(page.get_size()[1]) for page in pages]
    facts = [pdfium.read_facts(document, index) for index in range(count)]

    def chars() -> None:
        for page, height in zip(pages, heights, strict=True):
            pdfium.page_glyphs(page, height)

    def objects() -> None:
        for page, height, f in zip(pages, heights, facts, strict=True):
            pdfium._objects(page, height, f.glyphs)

    def lines() -> None:
        for index, f in enumerate(facts):
            reader._read_fast(f, index)

    result: list[object] = []

    def whole() -> None:
        result[:] = reader.read_page_range(data, 0, count, path.name)

    n = float(count)
    times = {
        "page_glyphs": _best(rounds, chars),
        "_objects": _best(rounds, objects),
        "lines+columns": _best(rounds, lines),
        "read_page_range": _best(rounds, whole),
    }
    size = len(pickle.dumps(result))
    print(
        f"{path}: {count} pages, {sum(len(f.glyphs) for f in facts) / n:.0f} chars a page; ms a page: "
        + ", ".join(f"{name} {1000 * t / n:.1f}" for name, t in times.items())
        + f"; result pickled {size / n / 1024:.1f} KB a page",
        flush=True,
    )
    for page in pages:
        page.close()
    document.close()


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for path in args.pdfs or [ROOT / "bench" / "out" / "p300-s7" / "old.pdf"]:
        measure(path, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
