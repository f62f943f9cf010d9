"""The provisions of a comparison as display rows: per topic and action, what the old version
said, what the new one says, and which way the changes that altered it move enforcement.

Every quoted word comes from the provisions' own ``quote`` and ``Part.text``; the words around
them (binding, "Items", "Approval", "no rule") are this module's fixed vocabulary. The reports
and the app all render these rows, so they read the same everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Comparison, Direction, Part, Provision

NO_RULE = "no rule"
NO_RULES_SENTENCE = "No rules on this lens's actions were found in either version."
DIRECTION_WORDS: dict[Direction, str] = {
    "limits_enforcement": "limits enforcement",
    "expands_enforcement": "expands enforcement",
    "neutral": "no change in effect",
    "unclear": "unclear",
}
BINDING_WORDS = {
    "required": "Required",
    "permitted": "Permitted",
    "prohibited": "Prohibited",
    "discretionary": "Left to discretion",
}
PART_HEADINGS = {
    "item": "Items",
    "condition": "Conditions",
    "exception": "Exceptions",
    "exception to an exception": "Exceptions to the exceptions",
    "approval": "Approval",
}


@dataclass(frozen=True)
class RuleRow:
    """One action of one topic: the old and new rules in plain words, with quotes and pages."""

    topic: str
    """The topic id (``topic_label`` is what readers see)."""
    topic_label: str
    action: str
    action_label: str
    before: str
    after: str
    direction: Direction
    changes: tuple[str, ...]
    """The ids of the changes that alter these provisions, in document order."""
    old: tuple[str, ...] = ()
    """The old provisions' ids."""
    new: tuple[str, ...] = ()
    before_rules: tuple[str, ...] = ()
    """``before`` one provision at a time (empty for "no rule"), for renderers that list them."""
    after_rules: tuple[str, ...] = ()

    @property
    def direction_words(self) -> str:
        return DIRECTION_WORDS[self.direction]


def _cite(page: int, verb: str = "") -> str:
    """ " (p. 3)", or " (p. 3, “should”)" for an approval the document asks for with "should"."""
    where = [f"p. {page}"] if page > 0 else []
    where += [f"“{verb}”"] if verb else []
    return f" ({', '.join(where)})" if where else ""


def _part(part: Part) -> str:
    # ``strength`` is "verb:rank" ("should:3"); the verb is the document's own word
    verb = part.strength.partition(":")[0].strip() if part.kind == "approval" else ""
    return f"“{part.text.strip()}”" + _cite(part.page, verb)


def provision_words(provision: Provision) -> str:
    """One provision in plain words: its binding and scope, the sentence that states it, then its
    items, conditions, exceptions and approvals, each quoted with its page."""
    head = BINDING_WORDS.get(provision.binding, provision.binding.capitalize())
    if provision.scope:
        head += f" (scope: {', '.join(provision.scope)})"
    if provision.quote.strip():
        head += f": “{provision.quote.strip()}”" + _cite(provision.page)
    elif provision.summary.strip():
        head += f": {provision.summary.strip()}" + _cite(provision.page)
    groups: dict[str, list[str]] = {}
    for part in provision.parts:
        groups.setdefault(part.kind, []).append(_part(part))
    pieces = [head] + [
        f"{PART_HEADINGS.get(kind, kind.capitalize())}: " + "; ".join(texts) for kind, texts in groups.items()
    ]
    return ". ".join(pieces)


def side_words(provisions: list[Provision]) -> str:
    """All the provisions one version has on one action; "no rule" when it has none."""
    if not provisions:
        return NO_RULE
    if len(provisions) == 1:
        return provision_words(provisions[0])
    return ". ".join(f"({k}) {provision_words(p)}" for k, p in enumerate(provisions, start=1))


def merge_directions(directions: list[Direction], *, both_sides: bool) -> Direction:
    """The direction of a row from its changes' directions: the one they agree on, neutral ones
    aside; "unclear" when they disagree. With no change linked, an action stated in both
    versions did not change ("neutral"); one stated on one side only cannot be read ("unclear")."""
    if not directions:
        return "neutral" if both_sides else "unclear"
    moving = set(directions) - {"neutral"}
    if not moving:
        return "neutral"
    return moving.pop() if len(moving) == 1 else "unclear"


def _topic_order(comparison: Comparison, labels: dict[str, str], found: list[str]) -> list[str]:
    """The lens's order: the summary's topics (lens priority), then the labels' order, then the
    order the provisions name them."""
    order = list(dict.fromkeys([*comparison.summary.topics, *labels, *found]))
    return [t for t in order if t in found]


def _replacement(comparison: Comparison, change_ids: set[str]) -> str:
    """ "no rule" is misleading where the rule gave way to others of its topic (the tool's signal
    ``replaced``): say what replaced it, in the tool's own note."""
    for change in comparison.changes:
        if change.id in change_ids and change.assessment is not None:
            for signal in change.assessment.signals:
                if signal.kind == "replaced":
                    return f"{NO_RULE} of its own: {signal.note}"
    return ""


def rules_rows(comparison: Comparison, labels: dict[str, str] | None = None) -> list[RuleRow]:
    """One row per (topic, action) either version has a provision on; none without provisions."""
    labels = labels or {}
    old = list(comparison.provisions.get("old", ()))
    new = list(comparison.provisions.get("new", ()))
    # actions in reading order of the new version, then those only the old version has
    keys = list(dict.fromkeys((p.topic, p.action) for p in new + old))
    links: dict[tuple[str, str], list[tuple[str, Direction]]] = {}
    for change in comparison.changes:
        if change.assessment is None:
            continue
        for link in change.assessment.provisions:
            for side, pid in (("old", link.old), ("new", link.new)):
                if pid is not None:
                    links.setdefault((side, pid), []).append((change.id, change.assessment.direction))
    rows: list[RuleRow] = []
    for topic in _topic_order(comparison, labels, [topic for topic, _ in keys]):
        for key in (k for k in keys if k[0] == topic):
            olds = [p for p in old if (p.topic, p.action) == key]
            news = [p for p in new if (p.topic, p.action) == key]
            linked = [
                hit
                for side, provisions in (("old", olds), ("new", news))
                for p in provisions
                for hit in links.get((side, p.id), [])
            ]
            by_change = dict(linked)  # a change that alters both sides counts once
            label = next((p.label for p in news + olds if p.label), key[1].replace("_", " "))
            after = side_words(news)
            if olds and not news:
                after = _replacement(comparison, set(by_change)) or after
            rows.append(
                RuleRow(
                    topic=topic,
                    topic_label=labels.get(topic, topic),
                    action=key[1],
                    action_label=label,
                    before=side_words(olds),
                    after=after,
                    direction=merge_directions(list(by_change.values()), both_sides=bool(olds and news)),
                    changes=tuple(c.id for c in comparison.changes if c.id in by_change),
                    old=tuple(p.id for p in olds),
                    new=tuple(p.id for p in news),
                    before_rules=tuple(provision_words(p) for p in olds),
                    after_rules=tuple(provision_words(p) for p in news),
                )
            )
    return rows
