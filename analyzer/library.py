"""What the library does with stored work: reopen a past comparison (with its manual pairings)
and trace each clause through several versions of a policy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .compare import compare_documents
from .errors import AnalyzerError
from .models import Change, Comparison, Document
from .settings import CompareSettings
from .store import Store, StoreError


def reopen(store: Store, comparison_id: int) -> Comparison:
    """A stored comparison rebuilt from the documents the library kept (no file is read again),
    with the settings it was made with and the pairings recorded since."""
    row = store.comparison(comparison_id)
    if row is None:
        raise AnalyzerError(
            f"There is no comparison {comparison_id} in the library",
            fix="List what is there with: python -m analyzer library list",
        )
    settings = CompareSettings(**row["settings"])
    docs: list[Document] = []
    for side in ("old", "new"):
        doc = store.cached_document(row[f"{side}_sha256"], settings, row[f"{side}_filename"])
        if doc is None:
            raise AnalyzerError(
                f"The library holds the result of comparison {comparison_id} but not the text of "
                f"{row[f'{side}_filename']}",
                fix="Compare the two files again (python -m analyzer compare OLD NEW)",
            )
        docs.append(doc)
    overrides = store.overrides(row["old_sha256"], row["new_sha256"])
    return compare_documents(docs[0], docs[1], settings=settings, overrides=overrides)


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
    # segmented the same way as the new side of one comparison and the old side of the next,
    # so "n0012" there is "o0012" here
    current: dict[str, int] = {}

    def start(version: int, kind: str, change: Change | None, ref: dict[str, Any]) -> int:
        lineages.append({"id": f"l{len(lineages) + 1:04d}", "steps": [_step(version, kind, ref, change)]})
        return len(lineages) - 1

    first = comparisons[0]
    for change in first.changes:
        for clause in change.old:
            current[clause.id[1:]] = start(0, "unchanged", None, clause.to_ref())
    for version, comparison in enumerate(comparisons, start=1):
        following: dict[str, int] = {}
        for change in comparison.changes:
            olds = [current[c.id[1:]] for c in change.old if c.id[1:] in current]
            if not change.new:
                for k in olds:
                    lineages[k]["steps"].append(_step(version, "removed", None, change))
                continue
            if not olds:
                for clause in change.new:
                    following[clause.id[1:]] = start(version, "added", change, clause.to_ref())
                continue
            head, *rest = olds
            lineages[head]["steps"].append(_step(version, change.kind, change.new[0].to_ref(), change))
            following[change.new[0].id[1:]] = head
            for k in rest:  # merged: the other old clauses end in the merged one
                lineages[k]["steps"].append(_step(version, "merged", change.new[0].to_ref(), change))
            for clause in change.new[1:]:  # split: the other parts start here
                following[clause.id[1:]] = start(version, "split", change, clause.to_ref())
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


__all__ = ["StoreError", "history", "history_markdown", "reopen"]
