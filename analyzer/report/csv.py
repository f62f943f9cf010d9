"""CSV: one row per change (``every_row``: per aligned clause, unchanged ones too), each with a plain
explanation, for a spreadsheet. It starts with its header row (Excel, Google
Sheets and pandas read anything before it as data); the evidence block (files, sha256, tool,
settings, time) goes to a sidecar, ``<name>.evidence.json`` (``evidence_json``).

Document text is untrusted, and a spreadsheet runs a cell that starts with ``=``, ``+``, ``-``
or ``@`` as a formula: such cells (and cells starting with ``'``) get a leading ``'``, which
``read_csv`` removes again, so the text round-trips exactly."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..models import Change, Comparison, pages_label
from .evidence import evidence

COLUMNS = [
    "id",
    "kind",
    "old_number",
    "new_number",
    "old_pages",
    "new_pages",
    "topics",
    "direction",
    "explanation",
    "old_text",
    "new_text",
]
_RISKY = ("=", "+", "-", "@", "\t", "\r", "'")


def _guard(cell: str) -> str:
    return "'" + cell if cell.startswith(_RISKY) else cell


def _unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def _numbers(numbers: list[str]) -> str:
    return " + ".join(f"§ {n}" for n in numbers if n) or "a clause without a number"


def _explain(
    kind: str, cosmetic: bool, edited: bool, numbers: tuple[list[str], list[str]], reason: str | None
) -> str:
    """What happened to the clause, in words, then the lens's reason (``reason``) where a topic
    applies; ``numbers`` are the old and the new clauses' labels (empty where a clause has none)."""
    old, new = numbers
    if cosmetic:
        what = "cosmetic: only spacing, hyphens, punctuation or letter case differ"
    elif kind == "added":
        what = "added: only the new version has this clause"
    elif kind == "removed":
        what = "removed: only the old version has this clause"
    elif kind == "modified":
        what = "modified: the wording changed (compare old_text and new_text)"
    elif kind == "moved":
        what = "moved: the clause stands elsewhere in the new version"
    elif kind == "renumbered":
        what = f"renumbered: {_numbers(old)} is now {_numbers(new)}"
    elif kind == "split":
        what = f"split: one old clause became {len(new)} new clauses"
    elif kind == "merged":
        what = f"merged: {len(old)} old clauses became one new clause"
    else:
        what = "unchanged: the same words"
    if kind in ("moved", "renumbered") and edited and not cosmetic:
        what += ", with changed wording"
    if reason is not None:
        what += f". {reason}"
    return what


def explain(change: Change) -> str:
    """What happened to the clause, in words, then the lens's reason where a topic applies."""
    return _explain(
        change.kind,
        change.cosmetic,
        any(op.op != "equal" for op in change.diff),
        ([c.number or "" for c in change.old], [c.number or "" for c in change.new]),
        change.assessment.explanation if change.assessment is not None else None,
    )


def json_explain(change: dict[str, Any]) -> str:
    """``explain`` for a change as the contract JSON holds it: the same words."""
    assessment = change.get("assessment")
    return _explain(
        change["kind"],
        bool(change.get("cosmetic")),
        any(op["op"] != "equal" for op in change.get("diff", [])),
        ([c.get("number") or "" for c in change["old"]], [c.get("number") or "" for c in change["new"]]),
        assessment.get("explanation") if assessment else None,
    )


def change_row(change: Change) -> dict[str, str]:
    return {
        "id": change.id,
        "kind": change.kind,
        "old_number": " + ".join(c.number for c in change.old if c.number),
        "new_number": " + ".join(c.number for c in change.new if c.number),
        "old_pages": pages_label(change.old),
        "new_pages": pages_label(change.new),
        "topics": ";".join(change.topic_ids),
        "direction": change.assessment.direction if change.assessment else "",
        "explanation": explain(change),
        "old_text": change.old_text,
        "new_text": change.new_text,
    }


def guard(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (see the module's note)."""
    return _guard(cell)


def _pages(refs: list[dict[str, Any]]) -> str:
    if not refs:
        return ""
    first, last = refs[0]["page_start"], refs[-1]["page_end"]
    return f"p. {first}" if first == last else f"pp. {first}-{last}"


def json_change_row(change: dict[str, Any]) -> dict[str, str]:
    """``change_row`` for a change as the contract JSON holds it (batch tables are built from the
    kept JSON, without rebuilding the comparison)."""
    assessment = change.get("assessment") or {}
    return {
        "id": change["id"],
        "kind": change["kind"],
        "old_number": " + ".join(c["number"] for c in change["old"] if c.get("number")),
        "new_number": " + ".join(c["number"] for c in change["new"] if c.get("number")),
        "old_pages": _pages(change["old"]),
        "new_pages": _pages(change["new"]),
        "topics": ";".join(t["topic"] for t in change.get("topics", [])),
        "direction": assessment.get("direction") or "",
        "explanation": json_explain(change),
        "old_text": "\n".join(c["text"] for c in change["old"]),
        "new_text": "\n".join(c["text"] for c in change["new"]),
    }


def to_csv(comparison: Comparison, *, run_at: str, every_row: bool = False) -> str:
    """The changes, header row first; with ``every_row`` every aligned clause, unchanged (and
    cosmetic) ones too. ``run_at`` is kept for the same call as the other reports; the time goes in
    the sidecar (``evidence_json``)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for change in comparison.changes:
        if not every_row and change.kind == "unchanged":  # cosmetic ones among them
            continue
        writer.writerow({k: _guard(v) for k, v in change_row(change).items()})
    return out.getvalue()


def read_csv(text: str) -> list[dict[str, str]]:
    """The rows of a CSV written by ``to_csv`` (guards removed)."""
    return [{k: _unguard(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def evidence_json(comparison: Comparison, *, run_at: str) -> str:
    """The CSV's sidecar: which files, tool, settings and time its rows rest on."""
    return json.dumps(evidence(comparison, run_at), indent=2, ensure_ascii=False) + "\n"
