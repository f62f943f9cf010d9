"""A one-page summary (``--format summary``, or ``-o NAME.summary.md`` / ``NAME.txt``): the honest
framing, "At a glance" per topic, the top changes with their page cites, and one line of evidence —
within a word budget that prints on one page. Plain Markdown that reads as plain text when pasted:
no escapes in the document's words beyond what would turn them into markup."""

from __future__ import annotations

from ..models import Change, Comparison, Direction, pages_label
from .glance import FRAMING, glance
from .html import cosmetic_count, kinds_sentence
from .markdown import KIND_LABEL, cell
from .rules_view import DIRECTION_WORDS

WORD_BUDGET = 600
"""About one printed page at 11 pt: lines past it are left to the full report."""
TOP_CHANGES = 8
AFTER_CHARS = 200
QUOTE_CHARS = 150
_ORDER: dict[Direction, int] = {
    "limits_enforcement": 0,
    "expands_enforcement": 0,
    "unclear": 1,
    "neutral": 2,
}


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _cite(change: Change) -> str:
    """ "new § 3.2, p. 3" (or the old side for a removed clause)."""
    side, clauses = ("new", change.new) if change.new else ("old", change.old)
    numbers = " + ".join(c.number for c in clauses if c.number)
    return f"{side} {'§ ' + numbers + ', ' if numbers else ''}{pages_label(clauses)}"


def top_changes(comparison: Comparison, limit: int = TOP_CHANGES) -> list[Change]:
    """The changes a reader should see first: on the lens's topics and directional first, then
    unclear, then other changes on a topic, then the rest; document order within each."""
    changed = [c for c in comparison.changes if c.kind != "unchanged"]

    def rank(change: Change) -> int:
        if change.assessment is None:
            return 3 if not change.topics else 2
        return _ORDER[change.assessment.direction]

    return sorted(changed, key=rank)[:limit]


def to_summary(
    comparison: Comparison, *, run_at: str | None = None, labels: dict[str, str] | None = None
) -> str:
    """The one-page summary as Markdown."""
    labels = labels or {}
    old, new = comparison.old, comparison.new
    head = [
        f"# What changed: {cell(old.filename)} → {cell(new.filename)} (one-page summary)",
        "",
        f"_{cell(FRAMING)}_",
        "",
        f"**Changes:** {kinds_sentence(comparison.summary.counts, cosmetic_count(comparison))}.",
        "",
        "## At a glance",
        "",
    ]
    body: list[str] = []
    rows = glance(comparison, labels)
    if not rows:
        body.append(
            "This lens found no immigration language in either version."
            if not any(c.topics for c in comparison.changes)
            else "No change on the lens's topics."
        )
    for row in rows:
        where = f", {row.pages}" if row.pages else ""
        before, after = (cell(_cut(text, AFTER_CHARS)) for text in (row.before_words, row.after))
        body.append(
            f"- **{cell(row.topic_label)}** — {row.direction_words} ({row.confidence}){where}. "
            f"Before: {before} · After: {after}"
        )
    top = top_changes(comparison)
    if top:
        body += ["", "## Top changes", ""]
    for number, change in enumerate(top, start=1):
        topics = ", ".join(labels.get(t, t) for t in change.topic_ids)
        direction = f", {DIRECTION_WORDS[change.assessment.direction]}" if change.assessment else ""
        about = f" — {cell(topics)}{direction}" if topics else ""
        quote = _cut(change.new_text or change.old_text, QUOTE_CHARS)
        body.append(f"{number}. {KIND_LABEL[change.kind]}, {_cite(change)}{about}: “{cell(quote)}”")
    tail = [
        "",
        "---",
        f"{cell(old.filename)} ({old.pages} pages, sha256 {old.sha256[:12]}…) → {cell(new.filename)} "
        f"({new.pages} pages, sha256 {new.sha256[:12]}…) · {comparison.tool['name']} "
        f"{comparison.tool['version']} · lens: {cell(str(comparison.settings.get('lens')))}"
        + (f" · run at {run_at}" if run_at else "")
        + ". The full report (-o report.html, or -o brief.md) has every change, each rule quoted, "
        "and the evidence.",
        "",
    ]
    budget = WORD_BUDGET - sum(len(line.split()) for line in head + tail)
    kept: list[str] = []
    for line in body:
        words = len(line.split())
        if words > budget:
            kept.append("- … (more in the full report)")
            break
        kept.append(line)
        budget -= words
    return "\n".join(head + kept + tail)
