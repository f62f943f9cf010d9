"""Topic lenses: which changes touch which topics, and in which direction they move policy.

Changed clauses are read with the full spaCy pipeline (lemmas, parse); unchanged clauses only
with the tokenizer (word forms), which keeps long documents fast."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from ..assess import compare_stances, read_stance
from ..models import Assessment, Change, Clause, Evidence, Notice, TopicHit, pages_label
from ..nlp import load_pipeline
from ..settings import CompareSettings
from .lens import Lens, LensSpec, read_lens

__all__ = ["Lens", "LensSpec", "apply_lens", "get_lens", "read_lens", "topic_labels"]
ASSESSED = {"modified", "added", "removed", "moved", "split", "merged", "renumbered"}


@functools.lru_cache(maxsize=8)
def get_lens(lens: str, model: str) -> Lens:
    nlp, _ = load_pipeline(model)
    return Lens(read_lens(lens), nlp)


def topic_labels(settings: CompareSettings) -> dict[str, str]:
    """Topic id → the label readers see ("ice_cooperation" → "ICE contact") for the settings' lens."""
    return {t.id: t.label for t in get_lens(settings.lens, settings.spacy_model).spec.topics}


def _context(clauses: tuple[Clause, ...]) -> str:
    return " ".join(" ".join(c.path) + " " + (c.heading or "") for c in clauses)


def _offset_evidence(hits: dict[str, list[Evidence]], offset: int) -> dict[str, list[Evidence]]:
    return {t: [replace(e, start=e.start + offset, end=e.end + offset) for e in ev] for t, ev in hits.items()}


def apply_lens(
    changes: list[Change], settings: CompareSettings
) -> tuple[list[Change], dict[str, Any], list[Notice]]:
    lens = get_lens(settings.lens, settings.spacy_model)
    nlp = lens.nlp
    spec = lens.spec
    # only reworded clauses need lemmas and a parse; the named-entity recogniser is never used,
    # and the parser already marks sentences, so neither it nor `senter` runs here
    reworded = [c for c in changes if c.kind != "unchanged" and c.old_text != c.new_text]
    texts = {
        (c.id, side): (c.old_text if side == "old" else c.new_text)
        for c in reworded
        for side in ("old", "new")
    }
    keys = [k for k, v in texts.items() if v]
    skip = [name for name in ("ner", "senter") if name in nlp.pipe_names and "parser" in nlp.pipe_names]
    docs = dict(zip(keys, nlp.pipe([texts[k] for k in keys], batch_size=32, disable=skip), strict=True))
    out: list[Change] = []
    for change in changes:
        topics: dict[str, list[Evidence]] = {}
        stances = {}
        for side, clauses in (("old", change.old), ("new", change.new)):
            if not clauses:
                continue
            text = change.old_text if side == "old" else change.new_text
            doc = docs.get((change.id, side))
            for topic, evidence in lens.find(doc or nlp.make_doc(text), side, _context(clauses)).items():  # type: ignore[arg-type]
                topics.setdefault(topic, []).extend(evidence)
            if doc is not None:
                stances[side] = read_stance(doc, spec.protective_phrases)
        ordered = [t for t in spec.priority if t in topics]
        hits = tuple(TopicHit(t, tuple(topics[t])) for t in ordered)
        assessment = None
        if hits and change.kind in ASSESSED:
            if change.old_text == change.new_text:
                assessment = Assessment(
                    "neutral", (), "The wording is the same; only the clause's place or number changed."
                )
            elif all(c.is_heading for c in change.old + change.new):
                assessment = Assessment("neutral", (), "A heading: it names the topic but sets no rule.")
            else:
                assessment = compare_stances(
                    stances.get("old"),
                    stances.get("new"),
                    protective_topic=bool(set(ordered) & spec.protective),
                )
        out.append(replace(change, topics=hits, assessment=assessment))
    return out, summarise(out, spec), []


def _cite(change: Change) -> str:
    clauses = change.new or change.old
    side = "new" if change.new else "old"
    first = clauses[0]
    number = f" § {first.number}" if first.number else ""
    return f"{side}{number} {pages_label(clauses)}"


def summarise(changes: list[Change], spec: LensSpec) -> dict[str, Any]:
    topics: dict[str, dict[str, int]] = {}
    for topic in spec.priority:
        row = {"changed": 0, "limits_enforcement": 0, "expands_enforcement": 0, "neutral": 0, "unclear": 0}
        for change in changes:
            if change.kind != "unchanged" and topic in change.topic_ids:
                row["changed"] += 1
                if change.assessment is not None:
                    row[change.assessment.direction] += 1
        if row["changed"]:
            topics[topic] = row
    labels = {t.id: t.label for t in spec.topics}
    ranked = []
    for position, change in enumerate(changes):
        if (
            change.kind == "unchanged"
            or change.assessment is None
            or change.assessment.direction == "neutral"
        ):
            continue
        rank = min(spec.priority.index(t) for t in change.topic_ids)
        strength = sum(1 for s in change.assessment.signals if s.kind != "actor")
        ranked.append(((rank, change.assessment.direction == "unclear", -strength, position), change))
    highlights = []
    for _, change in sorted(ranked, key=lambda pair: pair[0])[:10]:
        assert change.assessment is not None  # ranked keeps only assessed changes
        topic = labels.get(change.topic_ids[0], change.topic_ids[0])
        text = change.new_text or change.old_text
        quote = text if len(text) <= 180 else text[:177].rsplit(" ", 1)[0] + "…"
        verb = {
            "limits_enforcement": "limits enforcement",
            "expands_enforcement": "expands enforcement",
            "unclear": "direction unclear",
        }[change.assessment.direction]
        highlights.append(
            f"{topic} ({change.kind}, {verb}), {_cite(change)}: \u201c{quote}\u201d "
            f"{change.assessment.explanation}"
        )
    return {"topics": topics, "highlights": highlights}


def assess_texts(old: str, new: str, settings: CompareSettings | None = None) -> Change:
    """Topics and direction for one old/new pair of clause texts (either may be empty)."""
    from ..diff import word_diff

    settings = settings or CompareSettings()

    def clause(side: str, text: str) -> tuple[Clause, ...]:
        if not text:
            return ()
        return (Clause(f"{side}1", None, None, (), text, 1, 1, 0, len(text)),)

    kind = "added" if not old else "removed" if not new else ("unchanged" if old == new else "modified")
    ops, _ = word_diff(old, new, timeout=settings.diff_timeout)
    change = Change("c0001", kind, clause("o", old), clause("n", new), None, ops)  # type: ignore[arg-type]
    return apply_lens([change], settings)[0][0]
