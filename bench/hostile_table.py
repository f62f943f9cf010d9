"""Time and peak memory of each hostile file (tests/data/hostile/make.py), each in its own process.

    python bench/hostile_table.py            # prints a Markdown table

Each case is read (``load_document``) and, when it reads, compared with a one-clause policy,
as the app would. Peak memory is the child's own (ru_maxrss; PDF workers not included)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from analyzer import AnalyzerError, CompareSettings, compare_documents, load_document
settings = CompareSettings()
start = time.perf_counter()
try:
    doc = load_document(sys.argv[1], settings=settings)
    policy = b"1. Scope\\n\\nOfficers will not ask about status.\\n"
    other = load_document(policy, filename="x.txt", settings=settings)
    result = compare_documents(other, doc, settings=settings)
    outcome = f"read: {len(result.changes)} aligned clauses"
except AnalyzerError as exc:
    outcome = f"{type(exc).__name__}: {exc.what}"
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests" / "data" / "hostile"))
    import make  # noqa: PLC0415 - a script folder, not a package

    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    make.main(folder)
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    print("| case | expected | outcome | time | peak memory |")
    print("|---|---|---|---|---|")
    messages = reads = 0
    for case in cases:
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder / case["file"])],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=900,
            check=False,
        )
        if proc.returncode != 0:
            print(f"| {case['file']} | {case['expect']} | CRASH {proc.stderr.strip()[-120:]} | | |")
            continue
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        if row["outcome"].startswith("read"):
            reads += 1
        else:
            messages += 1
        print(
            f"| {case['file']} | {case['expect']} | {row['outcome']} | {row['seconds']:.2f} s "
            f"(process {time.perf_counter() - started:.1f} s) | {row['peak_mb']:.0f} MB |"
        )
    print(f"\n{len(cases)} cases: {messages} ended in a clear message, {reads} were read and compared.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
