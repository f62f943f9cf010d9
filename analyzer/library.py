"""Each clause traced through several versions of a policy. (Reopening a kept comparison is
``Workbench.reopen``.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .compare import compare_documents
from .errors import AnalyzerError
from .models import Change, Document
from .settings import CompareSettings


def history(documents: Sequence[Document], settings: CompareSettings) -> dict[str, Any]:
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
    lineages: list[dict[str, Any]] = []
    # clause → lineage index, by the clause's place in the latest version: the same document is
    # segmented the same way as the new side of one comparison and the old side of the next
    current: dict[int, int] = {}

    def start(version: int, kind: str, change: Change | None, ref: dict[str, Any]) -> int:
        lineages.append({"id": f"l{len(lineages) + 1:04d}", "steps": [_step(version, kind, ref, change)]})
        return len(lineages) - 1

    first = comparisons[0]
    for change in first.changes:
        for clause in change.old:
            current[clause.position] = start(0, "unchanged", None, clause.to_ref())
    for version, comparison in enumerate(comparisons, start=1):
        following: dict[int, int] = {}
        for change in comparison.changes:
            olds = [current[c.position] for c in change.old if c.position in current]
            if not change.new:
                for k in olds:
                    lineages[k]["steps"].append(_step(version, "removed", None, change))
                continue
            if not olds:
                for clause in change.new:
                    following[clause.position] = start(version, "added", change, clause.to_ref())
                continue
            head, *rest = olds
            lineages[head]["steps"].append(_step(version, change.kind, change.new[0].to_ref(), change))
            following[change.new[0].position] = head
            for k in rest:  # merged: the other old clauses end in the merged one
                lineages[k]["steps"].append(_step(version, "merged", change.new[0].to_ref(), change))
            for clause in change.new[1:]:  # split: the other parts start here
                following[clause.position] = start(version, "split", change, clause.to_ref())
        current = following
    return {
        "versions": [c.old.to_dict() for c in comparisons] + [comparisons[-1].new.to_dict()],
        "lineages": lineages,
    }


def _step(version: int, kind: str, ref: dict[str, Any] | None, change: Change | None) -> dict[str, Any]:
    direction = change.assessment.direction if change is not None and change.assessment else None
    return {"version": version, "kind": kind, "clause": ref, "direction": direction}


def history_markdown(data: dict[str, Any]) -> str:
    """Lineages that changed at least once, with each step and its direction."""
    names = [v["filename"] for v in data["versions"]]
    out = ["# Clause history: " + " → ".join(names), ""]
    changed = [
        lin
        for lin in data["lineages"]
        if any(s["kind"] != "unchanged" for s in lin["steps"]) or lin["steps"][0]["version"] > 0
    ]
    if not changed:
        out.append("No clause changed across these versions.")
    for lin in changed:
        first = next(s["clause"] for s in lin["steps"] if s["clause"])
        label = f"§ {first['number']} " if first.get("number") else ""
        out += [f"## {lin['id']}: {label}{first['text'][:80]}", ""]
        for step in lin["steps"]:
            where = (
                f"{step['clause'].get('number') or ''} p. {step['clause']['page_start']}".strip()
                if step["clause"]
                else "—"
            )
            direction = f" ({step['direction'].replace('_', ' ')})" if step["direction"] else ""
            out.append(f"- {names[step['version']]}: {step['kind']}{direction} — {where}")
        out.append("")
    return "\n".join(out)


__all__ = ["history", "history_markdown"]
