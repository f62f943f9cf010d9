"""Score short probes of statutory and policy language: one clause added, dropped or reworded.

    python -m analyzer.lenses.evaluate_probes tests/data/statute_probes/*.jsonl [--show-mistakes]

A probe (JSON line) has ``new`` (and, for an edit, ``old``) text — a clause of a public statute,
ordinance, directive or policy, or a short run of them — its ``src`` and the direction the edit has
(``want``: ``limits_enforcement``, ``expands_enforcement`` or ``neutral``). Both versions open with the
same neutral sentence, so that an added clause is an addition to a document, not a document of its own.
The tool's changed clauses give the answer: right where the wanted direction is among them and no
clause says the other way (for ``neutral``: none says limits, expands or unclear); "opposite" where a
clause says the other way and none the wanted one; "unclear" where a clause is judged "unclear" or both
ways; "none" where no changed clause was judged at all (no topic found) or only "neutral".

These are single clauses, as ``lens_cases.jsonl`` are, and say less than the paired documents of
``evaluate_pairs``; they were written to probe families of real wording (anti-sanctuary statutes, jail
procedures, police manuals) that the labelled pairs hold few of. Sources: the set's SOURCE.md."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from ..settings import CompareSettings
from .evaluate_docs import OPPOSITE, compare_texts

PREAMBLE = "Section 1. This chapter applies to local entities.\n\n"
"""The sentence both versions open with."""


def judge(case: dict[str, str], settings: CompareSettings) -> tuple[str, list[str]]:
    """(outcome, the directions of the changed clauses): outcome is right, opposite, unclear or none."""
    old = PREAMBLE + case.get("old", "")
    new = PREAMBLE + case["new"]
    result = compare_texts(old, new, settings)
    said: list[str] = [
        c.assessment.direction for c in result.changes if c.kind != "unchanged" and c.assessment is not None
    ]
    want = case["want"]
    claims = set(said) & {"limits_enforcement", "expands_enforcement"}
    if want == "neutral":
        if not claims and "unclear" not in said:
            return "right", said
        return ("opposite" if claims else "unclear"), said
    if claims == {want}:
        return "right", said
    if claims == {OPPOSITE[want]}:
        return "opposite", said
    if claims or "unclear" in said:
        return "unclear", said
    return "none", said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show-mistakes", action="store_true")
    args = parser.parse_args(argv)
    settings = CompareSettings()
    total: Counter[str] = Counter()
    print(f"{'probes':34} {'n':>4} {'right':>6} {'opposite':>8} {'unclear':>7} {'none':>5}")
    for path in args.files:
        counts: Counter[str] = Counter()
        mistakes = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            outcome, said = judge(case, settings)
            counts[outcome] += 1
            if outcome != "right":
                mistakes.append(f"  {outcome}: want {case['want']}, said {said or 'nothing'} | {case['src']}")
        n = sum(counts.values())
        total.update(counts)
        print(
            f"{path.stem:34} {n:4d} {counts['right']:6d} {counts['opposite']:8d} {counts['unclear']:7d} "
            f"{counts['none']:5d}"
        )
        if args.show_mistakes:
            print("\n".join(mistakes))
    n = sum(total.values())
    right, opposite, unclear, none = (total[k] for k in ("right", "opposite", "unclear", "none"))
    print(f"{'ALL':34} {n:4d} {right:6d} {opposite:8d} {unclear:7d} {none:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
