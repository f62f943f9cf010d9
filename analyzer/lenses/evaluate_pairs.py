"""Score each labelled change of real policy version pairs, not one edit per case.

    python -m analyzer.lenses.evaluate_pairs tests/data/heldout/pairs.jsonl [--show-mistakes] [--why]

A pair (JSON line) has ``old`` and ``new`` texts and a list of ``changes``, each quoting the words it
rests on (``quote_old`` / ``quote_new``, verbatim), with its ``label`` (``limits_enforcement``,
``expands_enforcement`` or ``neutral``) and ``topics``. A labelled change is found in the tool's
result as the changes whose old (or new) text holds its quote; their directions give its prediction
(limits and expands together → unclear; none found → missed). Scores are per label and per the
pair's situation; "opposite" counts changes judged the other way, or limits/expands where the label
is neutral — the mistake a reporter would print — unless another labelled edit in the same changed
clause has the direction given (the clause then holds edits both ways and its judgement is backed
by one of them; it still counts as wrong for this edit).

Below the table: how often a claim was right — of the edits the tool judged "limits" (or
"expands"), the share labelled so; a claim on an edit labelled otherwise is wrong, one backed by
another edit of its clause is left out. ``--why`` counts, for the edits that limit or expand but
were not judged so, what the tool said instead (the head of its explanation), without naming the
edits, so that a set kept unread can be looked into without reading it."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..models import Change, Comparison
from ..settings import CompareSettings
from . import _squash
from .evaluate_docs import OPPOSITE, compare_texts

_LABEL = re.compile(r"^\s*(?:\(?(?:[0-9]{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]|\(\.\d{1,3}\))\s+")


@dataclass
class Score:
    changes: int = 0
    directional: int = 0
    right: int = 0
    neutral: int = 0
    neutral_right: int = 0
    opposite: int = 0
    unclear: int = 0
    missed: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    claims: Counter[str] = field(default_factory=Counter)
    """Per direction claimed (limits / expands): how many edits were judged so; claims backed by
    another edit of the clause are left out."""
    claims_right: Counter[str] = field(default_factory=Counter)
    """Of those, per direction, how many were labelled so."""
    why: Counter[str] = field(default_factory=Counter)
    """What the tool said for edits that limit or expand but were not judged so, by its head."""
    mistakes: list[str] = field(default_factory=list)

    def add(self, want: str, got: str, topics: set[str], expected: set[str], backed: bool = False) -> bool:
        """Count one change; True when it was judged the opposite way. ``backed``: another labelled
        edit in the same changed clause has the direction the tool gave, so the clause's judgement
        is wrong for this edit but not a wrong claim about the clause."""
        self.changes += 1
        self.tp += len(topics & expected)
        self.fp += len(topics - expected)
        self.fn += len(expected - topics)
        self.missed += got == "missed"
        self.unclear += got == "unclear"
        if want == "neutral":
            self.neutral += 1
            self.neutral_right += got in ("neutral", "missed")  # an unflagged neutral edit is right
            wrong = got in OPPOSITE
        elif want == "unclear":  # the labeller could not tell either: any claim of a direction is wrong
            self.neutral += 1
            self.neutral_right += got not in OPPOSITE
            wrong = False
        else:
            self.directional += 1
            self.right += got == want
            wrong = got == OPPOSITE[want]
        wrong = wrong and not backed
        self.opposite += wrong
        if got in OPPOSITE and (got == want or not backed):
            self.claims[got] += 1
            self.claims_right[got] += got == want
        return wrong

    def merge(self, other: Score) -> None:
        """Add another set's counts to these (the claims, the reasons and the mistakes too)."""
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            if isinstance(mine, int):
                setattr(self, item.name, mine + theirs)
            elif isinstance(mine, Counter):
                mine.update(theirs)
            else:
                mine.extend(theirs)

    def precision(self, direction: str) -> float | None:
        made = self.claims[direction]
        return self.claims_right[direction] / made if made else None

    @property
    def accuracy(self) -> float | None:
        return self.right / self.directional if self.directional else None

    @property
    def neutral_accuracy(self) -> float | None:
        return self.neutral_right / self.neutral if self.neutral else None

    @property
    def topic_f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def matching(result: Comparison, quote_old: str, quote_new: str) -> list[Change]:
    """The tool's changes that hold a labelled change's quoted words."""
    found = []
    for change in result.changes:
        if change.kind == "unchanged":
            continue
        for quote, text in ((quote_old, change.old_text), (quote_new, change.new_text)):
            q = _squash(_LABEL.sub("", quote))
            if q and text and (q in _squash(text) or " ".join(q.split()[:8]) in _squash(text)):
                found.append(change)
                break
            # a quote that runs over several paragraphs (a heading and the paragraph under it): each part
            parts = [_squash(_LABEL.sub("", p)) for p in quote.split("\n")]
            if text and any(
                len(p.split()) >= 4 and (p in _squash(text) or " ".join(p.split()[:8]) in _squash(text))
                for p in parts[1:]
            ):
                found.append(change)
                break
    return found


def judged(found: list[Change]) -> tuple[str, set[str]]:
    directions = {c.assessment.direction for c in found if c.assessment is not None}
    topics = {t for c in found for t in c.topic_ids}
    if not found:
        return "missed", topics
    if {"limits_enforcement", "expands_enforcement"} <= directions:
        return "unclear", topics
    for direction in ("limits_enforcement", "expands_enforcement", "unclear"):
        if direction in directions:
            return direction, topics
    return "neutral", topics


def score(pairs: list[dict[str, object]], settings: CompareSettings) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for pair in pairs:
        result = compare_texts(str(pair["old"]), str(pair["new"]), settings)
        labelled: list[dict[str, Any]] = pair["changes"]  # type: ignore[assignment]
        founds = [matching(result, c.get("quote_old", ""), c.get("quote_new", "")) for c in labelled]
        labels_at: dict[str, set[str]] = defaultdict(set)  # tool change → labels of the edits it holds
        for change, found in zip(labelled, founds, strict=True):
            for c in found:
                labels_at[c.id].add(str(change["label"]))
        for number, (change, found) in enumerate(zip(labelled, founds, strict=True), start=1):
            got, topics = judged(found)
            want = str(change["label"])
            expected = set(change.get("topics", []))
            backed = got in OPPOSITE and any(got in labels_at[c.id] for c in found)
            rows = ("ALL", f"label: {want}", f"pair: {pair['situation']}")
            wrong = [scores[row].add(want, got, topics, expected, backed) for row in rows][0]
            if want in OPPOSITE and got != want:
                scores["ALL"].why[_said(got, found)] += 1
            if got != want and not (want == "neutral" and got == "missed"):
                why = "; ".join(
                    f"{c.id} {c.kind} {c.assessment.direction}: {c.assessment.explanation[:200]}"
                    for c in found
                    if c.assessment is not None
                )
                scores["ALL"].mistakes.append(
                    f"{pair['id']}#{number}: want {want}, got {got}{' (OPPOSITE)' if wrong else ''}; "
                    f"“{str(change.get('quote_new') or change.get('quote_old'))[:90]}”\n      {why}"
                )
    return scores


def _said(got: str, found: list[Change]) -> str:
    """What the tool said for an edit it did not judge the labelled way, in a few words."""
    if got == "missed":
        return got
    if got in OPPOSITE:
        return "the other way"
    heads = sorted(
        {
            re.sub(r"\s*[:(“\"—].*", "", c.assessment.explanation)[:48] if c.assessment else "no topic found"
            for c in found
        }
    )
    return f"{got}: {' | '.join(heads)}"


def _fmt(value: float | None) -> str:
    return "   —" if value is None else f"{value:5.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path, nargs="+", help="one set's pairs.jsonl, or several with --table")
    parser.add_argument("--show-mistakes", action="store_true")
    parser.add_argument("--why", action="store_true", help="count what was said for edits not judged right")
    parser.add_argument(
        "--table", action="store_true", help="one row per set and their total, instead of one set's rows"
    )
    args = parser.parse_args(argv)
    if args.table or len(args.pairs) > 1:
        return _table(args.pairs, why=args.why, show_mistakes=args.show_mistakes)
    scores = score(_read(args.pairs[0]), CompareSettings())
    print(_header("row", 36))
    for name in sorted(scores, key=lambda n: (n == "ALL", not n.startswith("label"), n)):
        print(_row(name, scores[name], 36))
    print(
        "\ndir.acc: share of limits/expands changes judged the labelled way; neutral: share of neutral"
        " changes not judged limits or expands; missed: no changed clause holds the quoted words."
    )
    _tail(scores["ALL"], why=args.why, show_mistakes=args.show_mistakes)
    return 0


def _header(first: str, width: int) -> str:
    """The columns of a table: the rows' names, then the figures ``_row`` gives."""
    return (
        f"{first:{width}} {'changes':>7} {'dir.acc':>7} {'neutral':>7} {'opposite':>8} {'unclear':>7} "
        f"{'missed':>6} {'topic F1':>8}"
    )


def _row(name: str, s: Score, width: int) -> str:
    return (
        f"{name:{width}} {s.changes:7d} {_fmt(s.accuracy):>7} {_fmt(s.neutral_accuracy):>7} {s.opposite:8d} "
        f"{s.unclear:7d} {s.missed:6d} {s.topic_f1:8.2f}"
    )


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _claims(total: Score) -> str:
    said = []
    for direction in ("limits_enforcement", "expands_enforcement"):
        made, right = total.claims[direction], total.claims_right[direction]
        said.append(
            f"{direction.split('_')[0]} {made} ({right} right, {_fmt(total.precision(direction)).strip()})"
        )
    return " · ".join(said)


def _tail(total: Score, *, why: bool, show_mistakes: bool) -> None:
    print("claims: " + _claims(total))
    if why:
        print("\nedits that limit or expand, not judged so — what was said:")
        for head, count in sorted(total.why.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {count:4d}  {head}")
    if show_mistakes:
        print("\n" + "\n".join(total.mistakes))


def _table(paths: list[Path], *, why: bool, show_mistakes: bool) -> int:
    """One row per set (its folder's name) and the total of all: which sets were read while the rules
    were improved is in docs/methodology.md, section 8 — pass the unread ones alone for the honest
    figure."""
    total = Score()
    print(_header("set", 12) + "  claims")
    for path in paths:
        found = score(_read(path), CompareSettings())["ALL"]
        total.merge(found)
        print(_row(path.parent.name or path.stem, found, 12) + "  " + _claims(found))
    print(_row("ALL", total, 12))
    _tail(total, why=why, show_mistakes=show_mistakes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
