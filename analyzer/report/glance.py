"""What a reader sees first: per topic, one line — what the old version said, what the new one says,
which way that moves enforcement and how sure the tool is — ordered by importance; and the short
"how to read this" that goes with it in the app and every report.

The rows come from the provisions (``rules_view.rules_rows``) where the lens read any, each rule in
its one-sentence summary (quoted too where the summary alone says little); a topic whose changes no
provision explains gets a line from its changed clauses. Every quoted word is the document's own."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Change, Comparison, Direction
from .rules_view import DIRECTION_WORDS, NO_RULE, RuleRow, merge_directions, rules_rows

FRAMING = (
    "Machine reading: every judgement below rests on quoted words and page numbers — check each "
    "quote against the page before you publish. Tested on policy versions it was not tuned to, more "
    "than one “limits” or “expands” in five was wrong (more than one in three on school, health-data, "
    "court and federal texts, on 287(g) agreements and state immigration bills, and on police and "
    "sheriff policies as news reports quote them), and fewer "
    "than half of the changes that limit or expand enforcement were called so. “Unclear” means the "
    "tool could not read the rule with confidence, not that nothing changed. It does not yet follow "
    "definitions into every rule that uses them, "
    "cross-references (“the conditions in paragraph C”), or statutes built as lists several levels "
    "deep; see docs/methodology.md, “Where it fails”."
)
"""The honest framing shown above the summary in the app and in every report."""

CONFIDENCE_WORDS = {
    "clear": "clear: read from the rule before and after",
    "likely": "likely: read from the clause's wording, not from a rule",
    "unclear": "unclear: check by hand",
}

CLAUSES = "changed clauses"
"""``GlanceRow.what`` where no rule of the lens explains a topic's changes."""

_RANK: dict[Direction, int] = {
    "limits_enforcement": 0,
    "expands_enforcement": 0,
    "unclear": 1,
    "neutral": 2,
}
_WEAK_SIGNALS = ("unread", "definition_", "restated")
_LONG = 900
_BARE = 100
"""A rule summary shorter than this says little more than its binding: the rule is quoted too."""
_QUOTE = 170
"""A topic line names all its changed rules: cut only past this many characters."""


@dataclass(frozen=True)
class GlanceRow:
    topic: str
    topic_label: str
    what: str
    """The rule (action) the line is about, or "changed clauses" where no rule was read."""
    before: str
    after: str
    direction: Direction
    confidence: str
    """``clear``, ``likely`` or ``unclear`` (see ``CONFIDENCE_WORDS``)."""
    pages: str
    changes: tuple[str, ...]

    @property
    def direction_words(self) -> str:
        return DIRECTION_WORDS[self.direction]

    @property
    def before_words(self) -> str:
        """``before``, said to come from the changed clauses where no rule was read (the rules'
        own summaries name their action)."""
        return f"{CLAUSES}: {self.before}" if self.what == CLAUSES else self.before


def _short(words: str, limit: int = 220) -> str:
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + "…"


def _pages(changes: list[Change]) -> str:
    pages = sorted({c.page_start for change in changes for c in (change.new or change.old)})
    if not pages:
        return ""
    return ("p. " if len(pages) == 1 else "pp. ") + ", ".join(str(p) for p in pages[:6])


def _confidence(direction: Direction, changes: list[Change]) -> str:
    if direction == "unclear":
        return "unclear"
    for change in changes:
        assessment = change.assessment
        if assessment is None:
            continue
        if "Read from the clause's wording" in assessment.explanation or not assessment.provisions:
            return "likely"
        if any(s.kind.startswith(_WEAK_SIGNALS) for s in assessment.signals if s.kind != "restated"):
            return "likely"
    return "clear"


def _compact(comparison: Comparison, ids: tuple[str, ...], side: str) -> str:
    """The provisions' one-sentence summaries with their pages ("Asking for documents: prohibited.
    (p. 3)"); "no rule" when the side has none."""
    found = {p.id: p for p in comparison.provisions.get(side, ())}
    said = []
    for provision in (found[i] for i in ids if i in found):
        words = provision.summary.strip()
        if len(words) < _BARE and provision.quote.strip():  # a bare "prohibited": quote the rule
            words = f"{words.rstrip('.')}: “{_short(provision.quote.strip(), _QUOTE)}”"
        if words:
            said.append(f"{words} (p. {provision.page})" if provision.page > 0 else words)
    return " ".join(said) or NO_RULE


def glance(comparison: Comparison, labels: dict[str, str] | None = None) -> list[GlanceRow]:
    """One line per topic that changed, directional first, then unclear, then no change in effect;
    within each, the lens's topic order. A topic's line names every rule of it that changed, each in
    one plain sentence with its page (the rules' quotes are in the "Rules, before and after" table);
    its direction is the one those rules agree on, "unclear" where they disagree."""
    labels = labels or {}
    by_id = {c.id: c for c in comparison.changes}
    order = list(dict.fromkeys([*comparison.summary.topics, *labels]))
    rows: list[GlanceRow] = []
    grouped: dict[str, list[RuleRow]] = {}
    for row in rules_rows(comparison, labels):
        if row.changes:
            grouped.setdefault(row.topic, []).append(row)
    for topic, group in grouped.items():
        group.sort(key=lambda r: _RANK[r.direction])
        direction: Direction = merge_directions([r.direction for r in group], both_sides=True)
        ids = tuple(dict.fromkeys(c for r in group for c in r.changes))
        changes = [by_id[c] for c in ids if c in by_id]
        rows.append(
            GlanceRow(
                topic,
                group[0].topic_label,
                "; ".join(dict.fromkeys(r.action_label for r in group)),
                _short(_compact(comparison, tuple(p for r in group for p in r.old), "old"), _LONG),
                _short(_compact(comparison, tuple(p for r in group for p in r.new), "new"), _LONG),
                direction,
                _confidence(direction, changes),
                _pages(changes),
                ids,
            )
        )
    picked = grouped
    # topics whose changes no rule explains: read from the changed clauses themselves
    for topic in order:
        if topic in picked:
            continue
        changes = [
            c
            for c in comparison.changes
            if c.kind != "unchanged" and topic in c.topic_ids and c.assessment is not None
        ]
        if not changes:
            continue
        directions = {c.assessment.direction for c in changes if c.assessment is not None} - {"neutral"}
        direction = "neutral" if not directions else directions.pop() if len(directions) == 1 else "unclear"
        first = changes[0]
        rows.append(
            GlanceRow(
                topic,
                labels.get(topic, topic),
                CLAUSES,
                _short(first.old_text) if first.old else NO_RULE,
                _short(first.new_text) if first.new else NO_RULE,
                direction,
                _confidence(direction, changes),
                _pages(changes),
                tuple(c.id for c in changes),
            )
        )
    position = {t: k for k, t in enumerate(order)}
    rows.sort(key=lambda r: (_RANK[r.direction], position.get(r.topic, len(position))))
    return rows


def glance_lines(rows: list[GlanceRow]) -> list[str]:
    """The rows as plain sentences (Markdown, CLI): "ICE contact — limits enforcement (clear), p. 3:
    before: …; after: …"."""
    out = []
    for row in rows:
        where = f", {row.pages}" if row.pages else ""
        out.append(
            f"{row.topic_label} — {row.direction_words} ({row.confidence}){where}. "
            f"Before: {row.before_words} After: {row.after}"
        )
    return out
