"""Batch benchmark: matrix accuracy against the generated truth, throughput (documents per
minute) for the local and dask engines, scaling from 1 to 2 workers, and the driver's peak
memory. Each run is a fresh ``python -m analyzer batch`` in its own output folder (cold
library), timed from the outside; the driver's peak resident memory is the one it records in run.json.

    python bench/batch.py --departments 60 --pages 30 --out bench/out/batch60

writes the measured numbers to bench/batch-results.md (``--results`` to change)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from batch_corpus import accuracy, generate  # noqa: E402
from batch_real import MADISON_NEW, MADISON_OLD, write_manifest  # noqa: E402

ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from analyzer.batch import read_table  # noqa: E402


def timed(manifest: Path, out: Path, engine: str, workers: int, against: Path | None) -> tuple[float, float]:
    """One fresh ``python -m analyzer batch`` (cold library): its wall seconds, and the machine's
    1-minute load average as it started (other work on the machine shows in the timings)."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "analyzer", "batch", str(manifest), "--output", str(out)]
    command += ["--engine", engine, "--workers", str(workers)]
    command += ["--against", str(against)] if against else []
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, _ = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(
            f"{engine} x{workers} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return seconds, load


def run(corpus: Path, out: Path, engine: str, workers: int) -> dict[str, float]:
    seconds, load = timed(corpus / "manifest.csv", out, engine, workers, corpus / "model.pdf")
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    right, wrong = accuracy(read_table(out / "matrix.csv"), truth)
    documents = len(truth) - 1
    return {
        "seconds": seconds,
        "docs_per_minute": documents / seconds * 60,
        "driver_peak_mb": json.loads((out / "run.json").read_text(encoding="utf-8"))["driver_peak_mb"],
        "accuracy": right,
        "wrong": len(wrong),
        "load": load,
    }


def real(out: Path) -> dict[str, float]:
    """The real documents of bench/batch_real.py, each series in date order, local engine on 2
    workers: time, failures, and the Madison rows' cells against the reporting."""
    seconds, load = timed(write_manifest(out), out / "out", "local", 2, None)
    rows = {r["row_id"]: r for r in read_table(out / "out" / "matrix.csv")}
    expected = [("madison-2017", a, b) for a, b in MADISON_NEW.items()]
    expected += [("madison-2016", a, b) for a, b in MADISON_OLD.items()]
    right = sum(rows[row][action] == binding for row, action, binding in expected)
    return {
        "seconds": seconds,
        "documents": len(rows),
        "failed": len(read_table(out / "out" / "failures.csv")),
        "cells": len(expected),
        "right": right,
        "load": load,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--departments", type=int, default=60)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "batch60")
    parser.add_argument("--results", type=Path, default=HERE / "batch-results.md")
    args = parser.parse_args(argv)
    corpus = args.out / "corpus"
    if not (corpus / "truth.json").exists():
        generate(args.departments, args.pages, corpus)
    runs = {}
    for engine, workers in (("local", 1), ("local", 2), ("dask", 1), ("dask", 2)):
        runs[(engine, workers)] = run(corpus, args.out / f"{engine}{workers}", engine, workers)
        print(engine, workers, json.dumps(runs[(engine, workers)]), flush=True)
    lines = [
        "# Batch benchmark (measured, not asserted)",
        "",
        f"`python bench/batch.py --departments {args.departments} --pages {args.pages}` on "
        f"{os.cpu_count()} cores ({platform.machine()}, Python {platform.python_version()}), "
        "cold library each run; "
        "invented corpus from `bench/batch_corpus.py` (model policy + departments, truth per matrix cell).",
        "",
        "| engine | workers | seconds | documents/minute | driver peak MB | matrix cells right "
        "| wrong cells | load at start |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (engine, workers), r in runs.items():
        lines.append(
            f"| {engine} | {workers} | {r['seconds']:.1f} | {r['docs_per_minute']:.1f} | "
            f"{r['driver_peak_mb']:.0f} | {r['accuracy']:.3f} | {r['wrong']:.0f} | {r['load']:.1f} |"
        )
    for engine in ("local", "dask"):
        scale = runs[(engine, 1)]["seconds"] / runs[(engine, 2)]["seconds"]
        lines.append(f"\nScaling 1 → 2 workers, {engine}: {scale:.2f}×")
    found = real(args.out / "real")
    print("real", json.dumps(found), flush=True)
    lines += [
        "",
        "Real documents (`bench/batch_real.py`: the Madison pair and four NZ Police PDFs, each series "
        f"in date order, local engine, 2 workers): {found['documents']:.0f} documents in "
        f"{found['seconds']:.1f} s (load {found['load']:.1f} at start), {found['failed']:.0f} failed; "
        f"the Madison rows' cells match the reporting in {found['right']:.0f} of {found['cells']:.0f}.",
    ]
    args.results.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
