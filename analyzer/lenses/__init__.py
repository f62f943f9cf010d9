"""Topic lenses: which changes touch which topics, and in which direction they move policy.

Changed clauses are read with the full spaCy pipeline (lemmas, parse); unchanged clauses only
with the tokenizer (word forms), which keeps long documents fast."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..assess import compare_stances, read_stance
from ..models import Assessment, Change, Clause, Evidence, Notice, Provision, TopicHit, pages_label
from ..nlp import load_pipeline
from ..rules import read_provisions, sentences
from ..settings import CompareSettings
from ..weigh import Verdict, assess_change, weigh
from .lens import Lens, LensSpec, read_lens

__all__ = ["Lens", "LensSpec", "apply_lens", "get_lens", "read_lens", "topic_labels"]
ASSESSED = {"modified", "added", "removed", "moved", "split", "merged", "renumbered"}


def get_lens(lens: str, model: str) -> Lens:
    """The lens with its language model, kept by the lens file's content: a file edited while
    the app runs is read again (the comparison key hashes the same content)."""
    path = Path(lens)
    content = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    return _lens(lens, content, model)


@functools.lru_cache(maxsize=8)
def _lens(lens: str, content: str, model: str) -> Lens:
    nlp, _ = load_pipeline(model)
    return Lens(read_lens(lens), nlp)


def topic_labels(settings: CompareSettings) -> dict[str, str]:
    """Topic id → the label readers see ("ice_cooperation" → "ICE contact") for the settings' lens."""
    return {t.id: t.label for t in get_lens(settings.lens, settings.spacy_model).spec.topics}


def _context(clauses: tuple[Clause, ...]) -> str:
    return " ".join(" ".join(c.path) + " " + (c.heading or "") for c in clauses)


def _offset_evidence(hits: dict[str, list[Evidence]], offset: int) -> dict[str, list[Evidence]]:
    return {t: [replace(e, start=e.start + offset, end=e.end + offset) for e in ev] for t, ev in hits.items()}


def _side_clauses(changes: list[Change], side: str) -> list[Clause]:
    found = {c.id: c for change in changes for c in (change.old if side == "old" else change.new)}
    return sorted(found.values(), key=lambda c: (c.char_start, c.id))


def _provision_topics(change: Change, verdicts: list[Verdict]) -> dict[str, list[Evidence]]:
    """A clause that belongs to a provision (a list item, an approval in its own sentence) carries the
    provision's topic; the evidence quotes the rule's own words where they stand in this clause,
    else (empty span) the words of the stem it was found in."""
    found: dict[str, list[Evidence]] = {}
    for side, clauses in (("old", change.old), ("new", change.new)):
        ids = {c.id for c in clauses}
        text = change.old_text if side == "old" else change.new_text
        for verdict in verdicts:
            provision = verdict.old if side == "old" else verdict.new
            if provision is None or not ids & set(provision.clauses):
                continue
            quote = provision.quote.split(" … ")[0]
            at = text.find(quote)
            # an empty span where the words stand in another clause (a list's stem)
            span = (at, at + len(quote)) if at >= 0 else (0, 0)
            evidence = Evidence(side, quote, *span)  # type: ignore[arg-type]
            for topic in provision.topics or (provision.topic,):
                found.setdefault(topic, []).append(evidence)
    return found


def _squash(text: str) -> str:
    return " ".join("".join(ch for ch in text.casefold() if ch.isalnum() or ch.isspace()).split())


def _unread_sentences(change: Change, verdicts: list[Verdict]) -> bool:
    """Does this change alter a sentence that no provision was read from? The rules then say nothing
    about it, and the clause's own reading is the only one there is."""
    old = {_squash(x) for x in sentences(change.old_text)}
    new = {_squash(x) for x in sentences(change.new_text)}
    changed = (old ^ new) - {""}
    bodies = [_squash(p.body or p.quote) for v in verdicts for p in (v.old, v.new) if p is not None]
    return any(not any(sentence in body for body in bodies) for sentence in changed)


def apply_lens(
    changes: list[Change], settings: CompareSettings
) -> tuple[list[Change], dict[str, Any], list[Notice], dict[str, tuple[Provision, ...]]]:
    lens = get_lens(settings.lens, settings.spacy_model)
    nlp = lens.nlp
    spec = lens.spec
    old_provisions = read_provisions(_side_clauses(changes, "old"), spec)
    new_provisions = read_provisions(_side_clauses(changes, "new"), spec, start=len(old_provisions) + 1)
    protective = {a.id for a in spec.actions if a.protective}
    verdicts = weigh(old_provisions, new_provisions, protective)
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
        if change.kind != "unchanged":
            ruled = _provision_topics(change, verdicts)
            for topic, evidence in ruled.items():
                if topic not in topics:
                    topics[topic] = evidence
            if ruled:  # a clause that states a rule: generic words count only for the rule's own topic
                topics = {t: e for t, e in topics.items() if t not in spec.generic or t in ruled}
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
                assessment = _judge(
                    change, verdicts, stances, protective_topic=bool(set(ordered) & spec.protective)
                )
        out.append(replace(change, topics=hits, assessment=assessment))
    return out, summarise(out, spec, verdicts), [], {"old": old_provisions, "new": new_provisions}


def _judge(
    change: Change, verdicts: list[Verdict], stances: dict[str, Any], *, protective_topic: bool
) -> Assessment:
    """A change's direction from the rules its clauses carry; the clause's own reading (its main
    verb, modal, negation) only where no rule covers it, or where the sentence that changed states
    no rule the tool could read."""

    def by_clause() -> Assessment:
        return compare_stances(stances.get("old"), stances.get("new"), protective_topic=protective_topic)

    assessment = assess_change(change, verdicts)
    if assessment is None:
        return by_clause()
    if not (assessment.signals and assessment.signals[0].kind == "restated" and change.old and change.new):
        return assessment
    clause = by_clause()
    if clause.direction not in ("limits_enforcement", "expands_enforcement") or not _unread_sentences(
        change, verdicts
    ):
        return assessment
    # the clause's reading decides where it rests on a modal or a negation; words like "only" often
    # just moved: unclear
    firm = all(sig.kind in ("modal", "negation_added", "negation_removed") for sig in clause.signals)
    return Assessment(
        clause.direction if firm else "unclear",
        clause.signals,
        f"{clause.explanation} (Read from the clause's wording: the sentence that changed "
        "states no rule the tool could read as a provision.)",
        assessment.provisions,
    )


def _cite(change: Change) -> str:
    clauses = change.new or change.old
    side = "new" if change.new else "old"
    first = clauses[0]
    number = f" § {first.number}" if first.number else ""
    return f"{side}{number} {pages_label(clauses)}"


def _rule_words(provision: Provision | None) -> str:
    if provision is None:
        return "no rule."
    return f"{provision.summary} (p. {provision.page})"


def _verdict_highlight(verdict: Verdict, labels: dict[str, str]) -> str:
    provision = verdict.new or verdict.old
    assert provision is not None  # a verdict has at least one side
    direction = verdict.direction
    verb = {
        "limits_enforcement": "limits enforcement",
        "expands_enforcement": "expands enforcement",
        "unclear": "direction unclear",
        "neutral": "no change in effect",
    }[direction]
    reasons = "; ".join(dict.fromkeys(v.signal.note for v in verdict.votes if v.vote != 0))
    if verdict.old is None or verdict.new is None:
        reasons = ""  # before and after say it all
    return (
        f"{labels.get(provision.topic, provision.topic)}, {provision.label} ({verb}). "
        f"Before: {_rule_words(verdict.old)} After: {_rule_words(verdict.new)}"
        + (f" Why: {reasons}." if reasons else "")
    )


def summarise(changes: list[Change], spec: LensSpec, verdicts: list[Verdict] | None = None) -> dict[str, Any]:
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
    ranked: list[tuple[tuple[int, bool, int, int], str]] = []
    # rules first: one highlight per provision that changed, naming it, before and after
    for position, verdict in enumerate(verdicts or []):
        if not any(v.vote != 0 for v in verdict.votes):
            continue
        provision = verdict.new or verdict.old
        assert provision is not None
        rank = spec.priority.index(provision.topic) if provision.topic in spec.priority else 99
        strength = sum(1 for v in verdict.votes if v.vote != 0)
        ranked.append(
            ((rank, verdict.direction == "unclear", -strength, position), _verdict_highlight(verdict, labels))
        )
    # then changes no provision explains
    for position, change in enumerate(changes):
        if (
            change.kind == "unchanged"
            or change.assessment is None
            or change.assessment.direction == "neutral"
            or change.assessment.provisions
        ):
            continue
        rank = min(spec.priority.index(t) for t in change.topic_ids)
        strength = sum(1 for s in change.assessment.signals if s.kind != "actor")
        topic = labels.get(change.topic_ids[0], change.topic_ids[0])
        text = change.new_text or change.old_text
        quote = text if len(text) <= 180 else text[:177].rsplit(" ", 1)[0] + "…"
        verb = {
            "limits_enforcement": "limits enforcement",
            "expands_enforcement": "expands enforcement",
            "unclear": "direction unclear",
        }[change.assessment.direction]
        ranked.append(
            (
                (rank, change.assessment.direction == "unclear", -strength, 1000 + position),
                f"{topic} ({change.kind}, {verb}), {_cite(change)}: \u201c{quote}\u201d "
                f"{change.assessment.explanation}",
            )
        )
    highlights = [text for _, text in sorted(ranked, key=lambda pair: pair[0])[:10]]
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
