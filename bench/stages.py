"""Where the time of one cold comparison goes, stage by stage (issue 13).

    python bench/stages.py OLD NEW                 # a table: wall and main-process CPU per stage
    python bench/stages.py OLD NEW --json out.json

Runs the workbench's compare as the CLI does (a new library in a temporary folder), with each
pipeline stage wrapped in a timer: reading the PDFs (the page workers; the main process waits),
cleaning, loading spaCy, segmentation (and its sentence splitting), alignment, the word diff,
the lens (its parts too) and the JSON. Stages nest (segmentation includes sentence splitting),
so the rows do not add up to the total. Two new PDFs are read at the same time (each in a thread
of this process, while it cleans and segments the first one back): the per-file reading rows then
add up both files' overlapping times, and their CPU column counts the whole process (both
threads); "read: both PDFs at once" is the wall time until both are read. A measurement, never a
test assertion."""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMES: dict[str, list[float]] = {}


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            row = TIMES.setdefault(name, [0.0, 0.0, 0])
            row[0] += time.perf_counter() - wall
            row[1] += time.process_time() - cpu
            row[2] += 1

    return wrapper


def _wrap(module: Any, attr: str, name: str) -> None:
    setattr(module, attr, _timed(name, getattr(module, attr)))


def instrument() -> None:
    """Wrap each stage where its caller looks it up (module attributes, imported by name)."""
    import analyzer.clean as clean
    import analyzer.compare as compare
    import analyzer.ingest as ingest
    import analyzer.ingest.pdf as pdf
    import analyzer.lenses as lenses
    import analyzer.nlp as nlp
    import analyzer.report as report
    import analyzer.segment as segment

    _wrap(pdf, "extract_pages", "read: PDF pages (workers)")
    _wrap(ingest, "_read_pdf", "read: PDF incl. OCR check")
    for attr in ("normalise_pages", "remove_running_lines", "strip_contents_page_numbers", "assign_offsets"):
        _wrap(clean, attr, "clean")
    _wrap(ingest, "load_document", "read: whole (load_document)")
    load = nlp.load_pipeline
    timed_load = _timed("spaCy: load pipeline", load)
    nlp.load_pipeline = timed_load  # type: ignore[assignment]
    segment.load_pipeline = timed_load  # type: ignore[assignment]
    lenses.load_pipeline = timed_load  # type: ignore[assignment]
    _wrap(segment, "split_sentences", "segment: spaCy sentences")
    _wrap(compare, "segment", "segment (whole)")
    _wrap(compare, "align", "align")
    _wrap(compare, "word_diff", "diff (word_diff)")
    _wrap(compare, "_rejoin_cosmetic", "diff: rejoin cosmetic")
    _wrap(compare, "read_rules", "lens ahead: read_rules (1st file)")
    _wrap(compare, "_lens_provisions", "lens: _lens_provisions")
    _wrap(lenses, "get_lens", "lens: get_lens (matchers)")
    _wrap(lenses, "read_provisions", "lens: read_provisions")
    _wrap(lenses, "weigh", "lens: weigh")
    import analyzer.lenses as lens_pkg

    real_apply = lens_pkg.apply_lens
    compare_apply = _timed("lens (whole apply_lens)", real_apply)
    # apply_lens is imported inside compare_documents, from the package
    lens_pkg.apply_lens = compare_apply  # type: ignore[assignment]
    _wrap(report, "to_json", "report: to_json")
    import analyzer.workbench as workbench

    _wrap(workbench.Workbench, "_read_both", "read: both PDFs at once")
    _wrap(workbench.Workbench, "keep", "keep (JSON, library)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    import analyzer.workbench as workbench

    instrument()
    imported = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        bench = workbench.Workbench.open(db=Path(folder) / "library.db")
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = bench.compare(args.old, args.new)
        total = (time.perf_counter() - wall, time.process_time() - cpu)
        bench.close()
    rows = {"import": [imported, imported, 1]}
    rows.update(TIMES)
    rows["total (compare)"] = [total[0], total[1], 1]
    print(f"{'stage':34} {'wall s':>8} {'cpu s':>8} {'calls':>6}")
    for name, (w, c, n) in rows.items():
        print(f"{name:34} {w:8.2f} {c:8.2f} {int(n):6d}")
    changes = json.loads(outcome.json)["changes"]
    print(f"{len(changes)} changes", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        data = {n: {"wall": round(w, 3), "cpu": round(c, 3), "calls": k} for n, (w, c, k) in rows.items()}
        args.json.write_text(json.dumps(data, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
