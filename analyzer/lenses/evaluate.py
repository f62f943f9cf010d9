"""Score a lens on a labelled set of old/new clause pairs (JSON lines: old, new, topics, direction).

    python -m analyzer.lenses.evaluate tests/data/lens_cases.jsonl [--lens FILE]

Prints per-topic precision/recall/F1, micro-F1, direction accuracy and a confusion matrix."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ..models import DIRECTIONS
from ..settings import CompareSettings
from . import assess_texts


@dataclass
class Scores:
    micro_f1: float
    direction_accuracy: float
    per_topic: dict[str, tuple[float, float, float, int]]
    confusion: Counter[tuple[str, str]]
    mistakes: list[str]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(path: Path, settings: CompareSettings) -> Scores:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    mistakes = []
    right = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        change = assess_texts(case["old"], case["new"], settings)
        got, want = set(change.topic_ids), set(case["topics"])
        for t in got & want:
            tp[t] += 1
        for t in got - want:
            fp[t] += 1
        for t in want - got:
            fn[t] += 1
        if case["direction"]:
            predicted = change.assessment.direction if change.assessment else "none"
            confusion[(case["direction"], predicted)] += 1
            total += 1
            right += predicted == case["direction"]
            if predicted != case["direction"]:
                mistakes.append(
                    f"{case['id']}: want {case['direction']}, got {predicted}: "
                    f"{change.assessment.explanation if change.assessment else ''}"
                )
        if got != want:
            mistakes.append(f"{case['id']}: topics want {sorted(want)}, got {sorted(got)}")
    topics = sorted(set(tp) | set(fp) | set(fn))
    per_topic = {t: (*_prf(tp[t], fp[t], fn[t]), tp[t] + fn[t]) for t in topics}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]
    return Scores(micro, right / total if total else 0.0, per_topic, confusion, mistakes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--lens", default=None)
    parser.add_argument("--show-mistakes", action="store_true")
    args = parser.parse_args()
    settings = CompareSettings()
    if args.lens:
        settings = replace(settings, lens=args.lens)
    s = evaluate(args.cases, settings)
    print(f"{'topic':26} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for topic, (p, r, f, n) in s.per_topic.items():
        print(f"{topic:26} {p:6.2f} {r:6.2f} {f:6.2f} {n:4d}")
    print(f"\ntopic micro-F1: {s.micro_f1:.3f}")
    print(f"direction accuracy: {s.direction_accuracy:.3f}\n")
    labels = [*DIRECTIONS, "none"]
    print("confusion (rows: labelled, columns: predicted)")
    print(" " * 22 + "".join(f"{c[:10]:>11}" for c in labels))
    for want in DIRECTIONS:
        print(f"{want:22}" + "".join(f"{s.confusion[(want, got)]:11d}" for got in labels))
    if args.show_mistakes:
        print("\n" + "\n".join(s.mistakes))


if __name__ == "__main__":
    main()
