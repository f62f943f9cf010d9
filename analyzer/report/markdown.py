"""A Markdown brief a reporter can paste into a draft: highlights by topic, then every change
with the old and new wording quoted and its pages cited."""

from __future__ import annotations

import re

from ..models import Change, Clause, Comparison, pages_label
from .evidence import evidence_rows
from .glance import FRAMING, glance, glance_lines
from .rules_view import rules_rows

_MD_SPECIAL = re.compile(r"([\\`*_|~])")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
KIND_LABEL = {
    "modified": "Modified",
    "added": "Added",
    "removed": "Removed",
    "moved": "Moved",
    "renumbered": "Renumbered",
    "split": "Split",
    "merged": "Merged",
    "unchanged": "Unchanged",
}


def escape(text: str) -> str:
    """Document text as literal Markdown: no links, images, HTML or emphasis can come from it, while
    what cannot turn into markup ("[paraphrase]", "#", "+") stays as written for pasting."""
    text = _MD_SPECIAL.sub(r"\\\1", text).replace("](", "]\\(").replace("![", "!\\[")
    return _TAG_START.sub(r"\\<", text).replace("\n", " ")


def cell(text: str) -> str:
    """Document text in a table cell, kept readable: only what would break the table (``|``) or
    turn text into markup (a tag or autolink ``<a``, a link or image ``](``) is escaped, so
    "[paraphrase]" stays as written."""
    text = " ".join(text.split()).replace("|", "\\|").replace("](", "]\\(")
    return _TAG_START.sub(r"\\<", text)


def rules_table(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    """What each version says on each action of the lens; nothing when no provision was read."""
    rows = rules_rows(comparison, labels)
    if not rows:
        return []
    out = [
        "## Rules, before and after",
        "",
        "| topic | action | before | after | direction |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        changes = f" ({', '.join(row.changes)})" if row.changes else ""
        out.append(
            f"| {cell(row.topic_label)} | {cell(row.action_label)} | {cell(row.before)} | {cell(row.after)} "
            f"| {row.direction_words}{changes} |"
        )
    return [*out, ""]


def cite(clauses: tuple[Clause, ...], side: str) -> str:
    if not clauses:
        return ""
    first = clauses[0]
    pages = pages_label(clauses)
    where = " › ".join(first.path[-2:]) if first.path else ""
    number = f"§ {first.number} " if first.number else ""
    return f"{side} {number}{pages}" + (f", {where}" if where else "")


def inline_diff(change: Change) -> str:
    parts = []
    for op in change.diff:
        text = escape(op.text)
        if not text.strip():
            parts.append(text)
        elif op.op == "delete":
            parts.append(f"~~{text.strip()}~~" + (" " if text.endswith(" ") else ""))
        elif op.op == "insert":
            parts.append(f"**{text.strip()}**" + (" " if text.endswith(" ") else ""))
        else:
            parts.append(text)
    return "".join(parts)


def change_block(change: Change) -> list[str]:
    where = "; ".join(c for c in (cite(change.old, "old"), cite(change.new, "new")) if c)
    lines = [f"### {KIND_LABEL[change.kind]} ({change.id}) — {where}", ""]
    if change.topics:
        lines.append(
            "Topics: "
            + ", ".join(change.topic_ids)
            + (f" · direction: **{change.assessment.direction}**" if change.assessment else "")
        )
        if change.assessment:
            lines.append(f"> {escape(change.assessment.explanation)}")
        lines.append("")
    if change.old:
        lines.append(f"- Old: “{escape(change.old_text)}”")
    if change.new:
        lines.append(f"- New: “{escape(change.new_text)}”")
    if change.old and change.new and change.kind not in ("unchanged",):
        lines.append(f"- Wording: {inline_diff(change)}")
    lines.append("")
    return lines


def to_markdown(
    comparison: Comparison, *, run_at: str | None = None, labels: dict[str, str] | None = None
) -> str:
    """The brief; with ``run_at`` (the time of the run) it ends with the full evidence block.
    ``labels`` name the lens's topics (ids are shown without them)."""
    old, new = comparison.old, comparison.new
    counts = comparison.summary.counts
    labels = labels or {}
    out = [
        f"# What changed: {escape(old.filename)} → {escape(new.filename)}",
        "",
        f"_{escape(FRAMING)}_",
        "",
        "## At a glance",
        "",
    ]
    rows = glance(comparison, labels)
    if rows:
        out += [f"- {escape(line)}" for line in glance_lines(rows)] + [""]
    elif not any(c.topics for c in comparison.changes):
        out += ["This lens found no immigration language in either version.", ""]
    else:
        out += ["No change on the lens's topics.", ""]
    out += [
        "**Changes:** "
        + (", ".join(f"{n} {k}" for k, n in counts.items() if n) or "none: the two versions say the same"),
        "",
    ]
    highlights = comparison.summary.highlights
    if highlights:
        out += ["## Highlights", ""] + [f"- {escape(h)}" for h in highlights] + [""]
    out += rules_table(comparison, labels or {})
    topics = comparison.summary.topics
    if topics:
        out += [
            "## By topic",
            "",
            "| topic | changed | limits | expands | neutral | unclear |",
            "|---|---|---|---|---|---|",
        ]
        for topic, row in topics.items():
            out.append(
                f"| {escape(labels.get(topic, topic))} | {row.changed} | {row.limits_enforcement} "
                f"| {row.expands_enforcement} | {row.neutral} | {row.unclear} |"
            )
        out.append("")
    changed = [c for c in comparison.changes if c.kind != "unchanged"]
    out += ["## Changes, in the order of the new version", ""]
    if not changed:
        out += ["No change between the two versions.", ""]
    for change in changed:
        out += change_block(change)
    if comparison.notices:
        out += ["## Notices", ""] + [
            f"- **{n.severity}** ({n.code}): {escape(n.message)}" for n in comparison.notices
        ]
        out.append("")
    out += [
        "## The files",
        "",
        "| | old | new |",
        "|---|---|---|",
        f"| file | {escape(old.filename)} | {escape(new.filename)} |",
        f"| pages | {old.pages} | {new.pages} |",
        f"| clauses | {old.clauses} | {new.clauses} |",
        f"| read by | {old.method} | {new.method} |",
        f"| sha256 | `{old.sha256}` | `{new.sha256}` |",
        "",
        f"Tool: {comparison.tool['name']} {comparison.tool['version']}"
        f" · lens: {escape(str(comparison.settings.get('lens')))}"
        + (f" · run at {run_at}" if run_at else ""),
        "",
    ]
    if run_at:
        out += ["## Evidence", ""]
        out += [f"- {key}: {escape(value)}" for key, value in evidence_rows(comparison, run_at)]
        out.append("")
    return "\n".join(out)
