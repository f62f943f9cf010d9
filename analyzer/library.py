"""Each clause traced through several versions of a policy. (Reopening a kept comparison is
``Workbench.reopen``.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .compare import compare_documents
from .errors import AnalyzerError
from .models import Change, Clause, Direction, DocInfo, Document
from .settings import CompareSettings


@dataclass(frozen=True)
class Step:
    """One version in a clause's line of descent: what happened to it and how it then reads
    (``clause`` is None once removed)."""

    version: int
    kind: str
    clause: Clause | None
    direction: Direction | None

    def to_dict(self) -> dict[str, Any]:
        ref = self.clause.to_ref() if self.clause is not None else None
        return {"version": self.version, "kind": self.kind, "clause": ref, "direction": self.direction}


@dataclass(frozen=True)
class Lineage:
    id: str
    steps: tuple[Step, ...]

    @property
    def changed(self) -> bool:
        return any(s.kind != "unchanged" for s in self.steps) or self.steps[0].version > 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "steps": [s.to_dict() for s in self.steps]}


@dataclass(frozen=True)
class History:
    versions: tuple[DocInfo, ...]
    lineages: tuple[Lineage, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "versions": [v.to_dict() for v in self.versions],
            "lineages": [x.to_dict() for x in self.lineages],
        }


def history(documents: Sequence[Document], settings: CompareSettings) -> History:
    """Each clause's line of descent across versions, from consecutive comparisons.

    A lineage starts where its clause first stands (version 0, kind ``unchanged``, or the version
    where it was ``added``) and gets one step per later version: the change's kind, the clause as
    it then reads (null once ``removed``) and the direction the lens gave. A split continues in
    its first part (the other parts start lineages of kind ``split``); a merge continues the first
    merged clause (the others end with kind ``merged``, pointing at the merged clause)."""
    if len(documents) < 2:
        raise AnalyzerError("History needs at least two versions", fix="Give two or more files, oldest first")
    comparisons = [
        compare_documents(a, b, settings=settings) for a, b in zip(documents, documents[1:], strict=False)
    ]
    lineages: list[list[Step]] = []
    # clause → lineage index, by the clause's place in the latest version: the same document is
    # segmented the same way as the new side of one comparison and the old side of the next
    current: dict[int, int] = {}

    def start(version: int, kind: str, change: Change | None, clause: Clause) -> int:
        lineages.append([_step(version, kind, clause, change)])
        return len(lineages) - 1

    first = comparisons[0]
    for change in first.changes:
        for clause in change.old:
            current[clause.position] = start(0, "unchanged", None, clause)
    for version, comparison in enumerate(comparisons, start=1):
        following: dict[int, int] = {}
        for change in comparison.changes:
            olds = [current[c.position] for c in change.old if c.position in current]
            if not change.new:
                for k in olds:
                    lineages[k].append(_step(version, "removed", None, change))
                continue
            if not olds:
                for clause in change.new:
                    following[clause.position] = start(version, "added", change, clause)
                continue
            head, *rest = olds
            lineages[head].append(_step(version, change.kind, change.new[0], change))
            following[change.new[0].position] = head
            for k in rest:  # merged: the other old clauses end in the merged one
                lineages[k].append(_step(version, "merged", change.new[0], change))
            for clause in change.new[1:]:  # split: the other parts start here
                following[clause.position] = start(version, "split", change, clause)
        current = following
    return History(
        versions=tuple(c.old for c in comparisons) + (comparisons[-1].new,),
        lineages=tuple(Lineage(f"l{k + 1:04d}", tuple(steps)) for k, steps in enumerate(lineages)),
    )


def _step(version: int, kind: str, clause: Clause | None, change: Change | None) -> Step:
    direction = change.assessment.direction if change is not None and change.assessment else None
    return Step(version, kind, clause, direction)


def history_markdown(data: History) -> str:
    """Lineages that changed at least once, with each step and its direction."""
    names = [v.filename for v in data.versions]
    out = ["# Clause history: " + " → ".join(names), ""]
    changed = [lin for lin in data.lineages if lin.changed]
    if not changed:
        out.append("No clause changed across these versions.")
    for lin in changed:
        first = next(s.clause for s in lin.steps if s.clause)
        label = f"§ {first.number} " if first.number else ""
        out += [f"## {lin.id}: {label}{first.text[:80]}", ""]
        for step in lin.steps:
            where = f"{step.clause.number or ''} p. {step.clause.page_start}".strip() if step.clause else "—"
            direction = f" ({step.direction.replace('_', ' ')})" if step.direction else ""
            out.append(f"- {names[step.version]}: {step.kind}{direction} — {where}")
        out.append("")
    return "\n".join(out)


__all__ = ["History", "Lineage", "Step", "history", "history_markdown"]
