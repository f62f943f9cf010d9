"""Score the whole comparison on pairs of multi-clause documents, per situation, and on the Madison
seed pair (the twelve points of shared/seeds/README.md).

    python -m analyzer.lenses.evaluate_docs tests/data/rules_eval/cases.jsonl [--madison DIR]
        [--show-mistakes]

A case (JSON line) is two small documents (``old``, ``new``) that differ by one edit, the
``situation`` it exercises, the ``direction`` that edit has (``limits_enforcement``,
``expands_enforcement`` or ``neutral``) and the ``topics`` the changed text is about. The case's
prediction is read from every change that is not ``unchanged``: limits and no expands → limits;
expands and no limits → expands; both → unclear; only unclear → unclear; else neutral. A change
judged the *opposite* way of the label (or any limits/expands on a neutral case) is counted apart:
that is the mistake a reporter would print."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Comparison
from ..settings import CompareSettings

OPPOSITE = {"limits_enforcement": "expands_enforcement", "expands_enforcement": "limits_enforcement"}
SEED_POINTS = {
    1: "terrorism",
    2: "gang",
    3: "violent felony",
    4: "previously deported",
    5: "commander",
    6: "routinely inquire",
    7: "passport",
    8: "voluntarily",
    9: "contingent",
    10: "raids",
    11: "self-initiate",
    12: "serious crimes",
}
"""The twelve points of shared/seeds/README.md, each found by a word of its new clause."""


@dataclass
class Tally:
    cases: int = 0
    directional: int = 0
    right: int = 0
    neutral_cases: int = 0
    neutral_right: int = 0
    opposite: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.directional if self.directional else None

    @property
    def neutral_accuracy(self) -> float | None:
        return self.neutral_right / self.neutral_cases if self.neutral_cases else None

    @property
    def topic_f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def compare_texts(old: str, new: str, settings: CompareSettings) -> Comparison:
    from ..compare import compare_documents
    from ..ingest import load_document

    return compare_documents(
        load_document(old.encode(), filename="old.txt", settings=settings),
        load_document(new.encode(), filename="new.txt", settings=settings),
        settings=settings,
    )


def predict(result: Comparison) -> tuple[str, set[str], set[str]]:
    """The case's direction, the directions of its changes, and its topics."""
    changed = [c for c in result.changes if c.kind != "unchanged"]
    directions: set[str] = {c.assessment.direction for c in changed if c.assessment is not None}
    topics = {t for c in changed for t in c.topic_ids}
    if "limits_enforcement" in directions and "expands_enforcement" in directions:
        return "unclear", directions, topics
    for direction in ("limits_enforcement", "expands_enforcement", "unclear"):
        if direction in directions:
            return direction, directions, topics
    return "neutral", directions, topics


def score(cases: list[dict[str, object]], settings: CompareSettings) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        result = compare_texts(str(case["old"]), str(case["new"]), settings)
        got, directions, topics = predict(result)
        want = str(case["direction"])
        for tally in (tallies[str(case["situation"])], tallies["ALL"]):
            tally.cases += 1
            expected_topics = set(case["topics"])  # type: ignore[call-overload]
            tally.tp += len(topics & expected_topics)
            tally.fp += len(topics - expected_topics)
            tally.fn += len(expected_topics - topics)
            if want == "neutral":
                tally.neutral_cases += 1
                tally.neutral_right += got == "neutral"
                wrong_way = bool(directions & set(OPPOSITE))
            else:
                tally.directional += 1
                tally.right += got == want
                wrong_way = OPPOSITE[want] in directions
            tally.opposite += wrong_way
            if tally is not tallies["ALL"] and (got != want or topics != expected_topics):
                explanations = [
                    f"{c.id} {c.kind} {c.assessment.direction}: {c.assessment.explanation[:220]}"
                    for c in result.changes
                    if c.kind != "unchanged" and c.assessment is not None
                ]
                tally.mistakes.append(
                    f"{case['id']}: want {want}, got {got}{' (OPPOSITE)' if wrong_way else ''}; "
                    f"topics want {sorted(expected_topics)}, got {sorted(topics)}\n      "
                    + "\n      ".join(explanations)
                )
    return tallies


def madison(directory: Path, settings: CompareSettings) -> tuple[list[int], int]:
    """Which of the twelve seed points are shown (a changed clause with a topic, judged limits), and
    how many changes are judged expands (the reporting says none)."""
    from ..compare import compare_files

    result = compare_files(str(directory / "old.txt"), str(directory / "new.txt"), settings=settings)
    shown = []
    for number, word in SEED_POINTS.items():
        hits = [
            c for c in result.changes if c.kind != "unchanged" and any(word in r.text.lower() for r in c.new)
        ]
        if any(c.topics and c.assessment and c.assessment.direction == "limits_enforcement" for c in hits):
            shown.append(number)
    expands = sum(
        1 for c in result.changes if c.assessment and c.assessment.direction == "expands_enforcement"
    )
    return shown, expands


def _fmt(value: float | None) -> str:
    return "   —" if value is None else f"{value:5.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--madison", type=Path, default=Path("corpora/madison-2017"))
    parser.add_argument("--show-mistakes", action="store_true")
    args = parser.parse_args(argv)
    settings = CompareSettings()
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    tallies = score(cases, settings)
    print(f"{'situation':30} {'cases':>5} {'dir.acc':>7} {'neutral':>7} {'opposite':>8} {'topic F1':>8}")
    for name in sorted(tallies, key=lambda n: (n == "ALL", n)):
        t = tallies[name]
        print(
            f"{name:30} {t.cases:5d} {_fmt(t.accuracy):>7} {_fmt(t.neutral_accuracy):>7} "
            f"{t.opposite:8d} {t.topic_f1:8.2f}"
        )
    print("\ndir.acc: share of limits/expands cases judged the labelled way; neutral: share of neutral cases")
    print(
        "judged neutral; opposite: cases with a change judged the opposite way (or limits/expands on a "
        "neutral case)."
    )
    shown, expands = madison(args.madison, settings)
    missing = [n for n in SEED_POINTS if n not in shown]
    print(
        f"\nMadison pair: {len(shown)} of the 12 seed points tagged and judged 'limits'"
        + (f" (missing: {', '.join(map(str, missing))})" if missing else "")
        + f"; {expands} change(s) judged 'expands' (the reporting says none)."
    )
    if args.show_mistakes:
        for name, t in sorted(tallies.items()):
            if name != "ALL" and t.mistakes:
                print(f"\n## {name}\n" + "\n".join(t.mistakes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
