"""Benchmark: our comparison against what a user would script instead, on generated manuals.

    python bench/run.py                      # 30-, 300- and 1,000-page pairs → bench/results.md
    python bench/run.py --pages 30 --results /tmp/smoke.md

For each pair, in one run and each in a fresh child process (so peak memory is that task's own):

* ``pdfplumber``  serial ``extract_text`` of both files, closing each page (the baseline)
* ``pypdfium2``   raw text of both files (the physical floor for reading them)
* ``ours cold``   the whole CLI, ``python -m analyzer compare OLD NEW -o result.json``
* ``ours warm``   the same command again
* ``HtmlDiff``    ``difflib.HtmlDiff().make_file`` over the lines pdfplumber extracted
* ``redlines``    ``Redlines(old, new).output_markdown`` over the same text (capped)

Accuracy is scored against ``truth.json`` from ``bench/generate.py``: a change counts when its
kind and its exact old and new clauses match a true change. The plain diffs cannot say moved,
renumbered, split or merged; to score them fairly they get our clause segmentation, each clause
printed with its number as a line, and a ``replace`` block is read as modified pairs in order
(the rest as removed or added). Timings are written, never asserted."""

from __future__ import annotations

import argparse
import difflib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
KINDS = ["modified", "added", "removed", "moved", "renumbered", "split", "merged"]
CAP_SECONDS = 600


# ---------------------------------------------------------------- tasks (run in a child process)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def task_pdfplumber(old: str, new: str) -> dict[str, Any]:
    import pdfplumber

    lines = 0
    for path in (old, new):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                lines += len((page.extract_text() or "").splitlines())
                page.close()
    return {"lines": lines}


def task_pypdfium2(old: str, new: str) -> dict[str, Any]:
    import pypdfium2 as pdfium

    chars = 0
    for path in (old, new):
        pdf = pdfium.PdfDocument(path)
        for page in pdf:
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        pdf.close()
    return {"chars": chars}


def _plain_lines(path: str) -> list[str]:
    import pdfplumber

    out: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out.extend((page.extract_text() or "").splitlines())
            page.close()
    return out


def task_htmldiff(old: str, new: str) -> dict[str, Any]:
    a, b = _plain_lines(old), _plain_lines(new)
    start = time.perf_counter()
    html = difflib.HtmlDiff().make_file(a, b)
    return {"diff_seconds": time.perf_counter() - start, "bytes": len(html)}


def task_redlines(old: str, new: str) -> dict[str, Any]:
    from redlines import Redlines

    a, b = "\n".join(_plain_lines(old)), "\n".join(_plain_lines(new))
    start = time.perf_counter()
    out = Redlines(a, b).output_markdown
    return {"diff_seconds": time.perf_counter() - start, "bytes": len(out)}


TASKS: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "pdfplumber": task_pdfplumber,
    "pypdfium2": task_pypdfium2,
    "htmldiff": task_htmldiff,
    "redlines": task_redlines,
}


def child(name: str, old: str, new: str) -> None:
    start = time.perf_counter()
    payload = TASKS[name](old, new)
    payload.update(seconds=time.perf_counter() - start, peak_mb=_peak_mb())
    print(json.dumps(payload))


# ---------------------------------------------------------------- measuring


def measure(name: str, old: Path, new: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--task", name, str(old), str(new)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=CAP_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "capped": True}
    if proc.returncode != 0:
        return {"seconds": None, "error": proc.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def measure_cli(old: Path, new: Path, target: Path, db: Path) -> dict[str, Any]:
    """Wall time of the whole CLI run (start-up, model, reading, comparing, writing) and its peak
    memory, with the library at ``db`` (cold: a new library; warm: the same one again)."""
    cmd = [sys.executable, "-m", "analyzer", "compare", str(old), str(new), "--output", str(target)]
    cmd += ["--db", str(db)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        return {"seconds": None, "error": proc.stderr.strip()[-300:]}
    # ru_maxrss of children is the largest child so far: exact when this child is the largest yet
    return {"seconds": seconds, "peak_mb": after / 1024.0 if after > before else None}


# ---------------------------------------------------------------- scoring


def _norm(text: str) -> str:
    return " ".join(text.split())


def unit_map(ours: list[str], truth_units: list[dict[str, str]]) -> dict[int, int]:
    """Our clause index → truth unit index, for clauses whose text is the unit's text (in order)."""
    theirs = [_norm(u["text"]) for u in truth_units]
    matcher = difflib.SequenceMatcher(None, [_norm(t) for t in ours], theirs, autojunk=False)
    mapping: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    return mapping


Key = tuple[str, tuple[int, ...], tuple[int, ...]]


def score(predicted: list[Key], truth: list[Key]) -> dict[str, dict[str, float | int]]:
    out: dict[str, dict[str, float | int]] = {}
    pred_set, true_set = set(predicted), set(truth)
    for kind in KINDS:
        p = {k for k in pred_set if k[0] == kind}
        t = {k for k in true_set if k[0] == kind}
        tp = len(p & t)
        precision = tp / len(p) if p else (1.0 if not t else 0.0)
        recall = tp / len(t) if t else (1.0 if not p else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = {
            "truth": len(t),
            "predicted": len(p),
            "tp": tp,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return out


def truth_keys(truth: dict[str, Any]) -> list[Key]:
    return [(c["kind"], tuple(c["old"]), tuple(c["new"])) for c in truth["changes"]]


def our_keys(result: dict[str, Any], old_map: dict[int, int], new_map: dict[int, int]) -> list[Key]:
    keys: list[Key] = []
    for change in result["changes"]:
        try:
            old = tuple(sorted(old_map[int(c["id"][1:]) - 1] for c in change["old"]))
            new = tuple(sorted(new_map[int(c["id"][1:]) - 1] for c in change["new"]))
        except KeyError:  # a clause our segmentation drew differently from the truth's units
            old, new = (-1,), (-1,)
        keys.append((change["kind"], old, new))
    return keys


def plain_diff_keys(
    old_lines: list[str], new_lines: list[str], old_map: dict[int, int], new_map: dict[int, int]
) -> list[Key]:
    """What a line diff of the clauses (each printed with its number) says, in the contract's kinds."""
    keys: list[Key] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)

    def o(i: int) -> tuple[int, ...]:
        return (old_map.get(i, -1),)

    def n(j: int) -> tuple[int, ...]:
        return (new_map.get(j, -1),)

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            keys.extend(("unchanged", o(i), n(j)) for i, j in zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        keys.extend(("modified", o(i1 + k), n(j1 + k)) for k in range(paired))
        keys.extend(("removed", o(i), ()) for i in range(i1 + paired, i2))
        keys.extend(("added", (), n(j)) for j in range(j1 + paired, j2))
    return keys


# ---------------------------------------------------------------- the run


def run_pair(pages: int, seed: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # noqa: PLC0415 - bench/ is not a package

    folder = OUT / f"p{pages}-s{seed}"
    if not (folder / "truth.json").exists():
        print(f"generating {pages}-page pair in {folder} …", file=sys.stderr)
        generate(pages, folder, seed)
    truth = json.loads((folder / "truth.json").read_text())
    old, new = folder / "old.pdf", folder / "new.pdf"
    row: dict[str, Any] = {
        "pages": truth["pages"],
        "units": [len(truth["old_units"]), len(truth["new_units"])],
    }
    for name in ("pdfplumber", "pypdfium2"):
        print(f"[{pages} p] {name} …", file=sys.stderr)
        row[name] = measure(name, old, new)
    db = folder / "library.db"
    for leftover in folder.glob("library.db*"):
        leftover.unlink()
    print(f"[{pages} p] ours cold …", file=sys.stderr)
    row["ours_cold"] = measure_cli(old, new, folder / "result.json", db)
    print(f"[{pages} p] ours warm …", file=sys.stderr)
    row["ours_warm"] = measure_cli(old, new, folder / "result.json", db)
    for name in ("htmldiff", "redlines"):
        print(f"[{pages} p] {name} …", file=sys.stderr)
        row[name] = measure(name, old, new)

    row.update(score_result(truth, json.loads((folder / "result.json").read_text())))
    return row


def score_result(truth: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """Segmentation agreement, our F1 per kind, the plain line diff's, and moves we missed."""
    ours_old = _clauses(result, "old")
    ours_new = _clauses(result, "new")
    old_map = unit_map([c["text"] for c in ours_old], truth["old_units"])
    new_map = unit_map([c["text"] for c in ours_new], truth["new_units"])
    true = truth_keys(truth)
    ours = our_keys(result, old_map, new_map)
    old_lines = [f"{c['number'] or ''} {c['text']}".strip() for c in ours_old]
    new_lines = [f"{c['number'] or ''} {c['text']}".strip() for c in ours_new]
    moved_units = {u for kind, olds, _ in true if kind == "moved" for u in olds}
    return {
        "segmentation": {
            "old": len(old_map) / len(truth["old_units"]),
            "new": len(new_map) / len(truth["new_units"]),
            "clauses": [len(ours_old), len(ours_new)],
        },
        "score_ours": score(ours, true),
        "score_plain": score(plain_diff_keys(old_lines, new_lines, old_map, new_map), true),
        "moved_as_removed": sum(1 for kind, olds, _ in ours if kind == "removed" and set(olds) & moved_units),
    }


def _clauses(result: dict[str, Any], side: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for change in result["changes"]:
        for clause in change[side]:
            seen[clause["id"]] = clause
    return [seen[k] for k in sorted(seen, key=lambda k: int(k[1:]))]  # o10000 comes after o9999


def _fmt_s(m: dict[str, Any]) -> str:
    if m.get("capped"):
        return f"> {CAP_SECONDS} s (capped)"
    if m.get("seconds") is None:
        return "failed"
    return f"{m['seconds']:.1f} s"


def _fmt_mb(m: dict[str, Any]) -> str:
    return f"{m['peak_mb']:.0f} MB" if m.get("peak_mb") else "—"


def _ratio(a: dict[str, Any], b: dict[str, Any]) -> str:
    if a.get("seconds") and b.get("seconds"):
        return f"{a['seconds'] / b['seconds']:.2f}×"
    return "—"


def write_results(rows: list[dict[str, Any]], target: Path) -> None:
    import pdfplumber
    import pypdfium2
    import spacy

    from analyzer import __version__

    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python bench/run.py`). Generated manuals from `bench/generate.py`",
        "(invented text, labelled as such on every page); ground truth from the generator's edits.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"analyzer {__version__}, pdfplumber {pdfplumber.__version__}, "
        f"pypdfium2 {pypdfium2.version.PYPDFIUM_INFO}, spaCy {spacy.__version__}. "
        f"Run on {time.strftime('%Y-%m-%d')}.",
        "",
        "## Time and memory (both files; each task in its own process)",
        "",
        "| pages (old/new) | pdfplumber raw | pypdfium2 raw | ours cold (CLI) | ours warm (CLI) "
        "| ours ÷ pdfplumber | ours ÷ pypdfium2 | HtmlDiff | redlines | peak memory ours / pdfplumber |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        cells = [
            f"{r['pages']['old']}/{r['pages']['new']}",
            *(_fmt_s(r[k]) for k in ("pdfplumber", "pypdfium2", "ours_cold", "ours_warm")),
            _ratio(r["ours_cold"], r["pdfplumber"]),
            _ratio(r["ours_cold"], r["pypdfium2"]),
            _fmt_s(r["htmldiff"]),
            _fmt_s(r["redlines"]),
            f"{_fmt_mb(r['ours_cold'])} / {_fmt_mb(r['pdfplumber'])}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "HtmlDiff and redlines times include pdfplumber's extraction of both files (their input).",
        "",
        "## Accuracy against the ground truth (F1 per change kind; precision/recall in brackets)",
        "",
    ]
    for r in rows:
        seg = r["segmentation"]
        lines += [
            f"### {r['pages']['old']} pages — {r['units'][0]}/{r['units'][1]} true clauses; ours read "
            f"{seg['clauses'][0]}/{seg['clauses'][1]} "
            f"({seg['old']:.1%}/{seg['new']:.1%} identical to the truth's)",
            "",
            "| kind | true | ours F1 (P/R) | plain line diff F1 (P/R) |",
            "|---|---|---|---|",
        ]
        for kind in KINDS:
            a, b = r["score_ours"][kind], r["score_plain"][kind]
            lines.append(
                f"| {kind} | {a['truth']} | {a['f1']:.3f} ({a['precision']:.3f}/{a['recall']:.3f}) | "
                f"{b['f1']:.3f} ({b['precision']:.3f}/{b['recall']:.3f}) |"
            )
        lines += ["", f"Moved clauses we reported as removed: {r['moved_as_removed']}.", ""]
    lines += [
        "The plain line diff is `difflib.SequenceMatcher` over our clauses printed with their numbers",
        "(what HtmlDiff and redlines show, reduced to clauses): it has no moved, renumbered, split or",
        "merged, so those kinds score 0 and their clauses turn up as removed + added or modified.",
        "",
    ]
    target.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", choices=sorted(TASKS), help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--pages", type=int, nargs="+", default=[30, 300, 1000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    args = parser.parse_args(argv)
    if args.task:
        child(args.task, *args.files)
        return 0
    rows = []
    for pages in args.pages:  # written after each pair, so a long run that stops still reports
        rows.append(run_pair(pages, args.seed))
        write_results(rows, args.results)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(rows, indent=1) + "\n")
    print(f"wrote {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
