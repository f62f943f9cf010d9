"""Topic lenses: which changes touch which topics, and in which direction they move policy.

Changed clauses are read with the full spaCy pipeline (lemmas, parse); unchanged clauses only
with the tokenizer (word forms), which keeps long documents fast."""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ..assess import compare_stances, read_stance
from ..models import (
    Assessment,
    Change,
    Clause,
    Direction,
    Evidence,
    Notice,
    Provision,
    Side,
    Signal,
    TopicHit,
    pages_label,
)
from ..nlp import load_pipeline
from ..rules import (
    _APPROVAL,
    _DEFINITION,
    _REPORTED_SPEECH,
    preamble,
    read_provisions,
    rule_units,
    sentences,
    speaks_of,
)
from ..settings import CompareSettings
from ..weigh import Verdict, _q, assess_change, covers_more, involvement, sentence_reach, weigh
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
    return in_reading_order(c for change in changes for c in (change.old if side == "old" else change.new))


def in_reading_order(clauses: Iterable[Clause]) -> list[Clause]:
    """Each clause once, in the order the rules are read in (by place, then id)."""
    found = {c.id: c for c in clauses}
    return sorted(found.values(), key=lambda c: (c.char_start, c.id))


def _provision_topics(
    change: Change, verdicts: list[Verdict], unsure: frozenset[str] = frozenset()
) -> dict[str, list[Evidence]]:
    """A clause that belongs to a provision (a list item, an approval in its own sentence) carries the
    provision's topic; the evidence quotes the rule's own words where they stand in this clause,
    else (empty span) the words of the stem it was found in."""
    found: dict[str, list[Evidence]] = {}
    for side, clauses in (("old", change.old), ("new", change.new)):
        ids = {c.id for c in clauses}
        text = change.old_text if side == "old" else change.new_text
        for verdict in verdicts:
            provision = verdict.old if side == "old" else verdict.new
            if provision is None or not ids & set(provision.clauses) or provision.id in unsure:
                continue  # a rule read from its words alone has no topic of its own to lend
            quote = provision.quote.split(" … ")[0]
            at = text.find(quote)
            # an empty span where the words stand in another clause (a list's stem)
            span = (at, at + len(quote)) if at >= 0 else (0, 0)
            evidence = Evidence(side, quote, *span)  # type: ignore[arg-type]
            for topic in provision.topics or (provision.topic,):
                found.setdefault(topic, []).append(evidence)
    return found


def _definition_topics(change: Change, rules: Sequence[Provision]) -> dict[str, list[Evidence]]:
    """The topics of the rules that use the term a changed definition defines, with the term quoted
    where the definition names it."""
    found: dict[str, list[Evidence]] = {}
    for side, text in (("old", change.old_text), ("new", change.new_text)):
        term = _TERM.search(text) if text else None
        if term is None:
            continue
        name = term.group(1).strip()
        for rule in rules:
            if name.lower() in (rule.body or rule.quote).lower():
                evidence = Evidence(side, name, term.start(1), term.end(1))  # type: ignore[arg-type]
                for topic in rule.topics or (rule.topic,):
                    found.setdefault(topic, []).append(evidence)
    return found


def _squash(text: str) -> str:
    return " ".join(_NOT_WORD.sub("", text.casefold()).split())


_NOT_WORD = re.compile(r"[^\w\s]|_")
"""What ``_squash`` drops: any character that is neither ``str.isalnum`` nor ``str.isspace`` (a word
character is one that is alphanumeric, or ``_``; tests/test_lens_speed.py checks every character)."""


_DEONTIC = re.compile(
    r"\b(?:shall|will|may|must|should|can|cannot|not|no|never|nor|neither|prohibit\w*|requir\w*|permit\w*|"
    r"allow\w*|authori[sz]\w*|forbid\w*|ban\w*|contingent|dependent|regardless|unless|except|only)\b",
    re.I,
)


def _sentences_changed(change: Change) -> tuple[dict[str, str], dict[str, str]]:
    """The sentences only the old version has and those only the new one has, each by its squashed
    words."""
    old = {_squash(x): x for x in sentences(change.old_text)}
    new = {_squash(x): x for x in sentences(change.new_text)}
    return {k: v for k, v in old.items() if k not in new}, {k: v for k, v in new.items() if k not in old}


def _edit_topics(change: Change, topics: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
    """Of a reworded clause's topics, those found in a sentence that changed (all where none is)."""
    gone, came = _sentences_changed(change)
    spans: dict[str, list[tuple[int, int]]] = {"old": [], "new": []}
    for side, changed, text in (("old", gone, change.old_text), ("new", came, change.new_text)):
        for sentence in changed.values():
            at = text.find(sentence)
            if at >= 0:
                spans[side].append((at, at + len(sentence)))
    kept = {
        t: ev
        for t, ev in topics.items()
        if any(e.end > e.start and any(a <= e.start < b for a, b in spans[e.side]) for e in ev)
        or any(e.end == e.start for e in ev)
    }
    return kept or topics


def _unread_sentences(change: Change, verdicts: list[Verdict]) -> bool:
    """Does this change alter a sentence that no provision was read from? The rules then say nothing
    about it, and the clause's own reading is the only one there is."""
    gone, came = _sentences_changed(change)
    changed = {x for x in (*gone, *came) if x and _DEONTIC.search(x)}  # a heading or statement sets no rule
    bodies = [_squash(p.body or p.quote) for v in verdicts for p in (v.old, v.new) if p is not None]
    return any(not any(sentence in body for body in bodies) for sentence in changed)


def _sentence_moves(changes: list[Change]) -> dict[str, bool]:
    """For each change, whether all it does is move whole sentences to or from other clauses of the
    same comparison ("Employees may rely on …" taken out of one paragraph and put at the end of
    another): its words are then neither lost nor gained."""
    lost: dict[str, set[str]] = {}
    gained: dict[str, set[str]] = {}
    for change in changes:
        if change.kind == "unchanged":
            continue
        old = {_squash(x) for x in sentences(change.old_text)} - {""}
        new = {_squash(x) for x in sentences(change.new_text)} - {""}
        lost[change.id], gained[change.id] = old - new, new - old
    # counted once over all changes (not per change), so a long policy stays linear
    all_lost = Counter(x for sentences_ in lost.values() for x in sentences_)
    all_gained = Counter(x for sentences_ in gained.values() for x in sentences_)

    # a sentence that moved with its clause's title run into it ("(g) Construction / Nothing in this
    # section shall require …" read as "Construction Nothing in this section …", 8 U.S.C. 1373(g) as H.R.
    # 1680 of 2025 would add it, moved to the end of (d)) is found by its own words after the title
    def by_ending(pool: Counter[str]) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for y in pool:
            if len(y.split()) > 6:
                index.setdefault(" ".join(y.split()[-6:]), []).append(y)
        return index

    ends_lost, ends_gained = by_ending(all_lost), by_ending(all_gained)

    def elsewhere(x: str, pool: Counter[str], ends: dict[str, list[str]], mine: set[str]) -> bool:
        if pool[x] - (x in mine) > 0:
            return True
        words = x.split()
        return len(words) > 6 and any(
            y != x
            and y not in mine
            and (y.endswith(" " + x) or x.endswith(" " + y))
            and abs(len(y.split()) - len(words)) <= 4
            for y in ends.get(" ".join(words[-6:]), ())
        )

    moves = {}
    for cid in lost:
        mine_lost, mine_gained = lost[cid], gained[cid]
        moves[cid] = bool(mine_lost or mine_gained) and (
            all(elsewhere(x, all_gained, ends_gained, mine_gained) for x in mine_lost)
            and all(elsewhere(x, all_lost, ends_lost, mine_lost) for x in mine_gained)
        )
    return moves


def apply_lens(
    changes: list[Change],
    settings: CompareSettings,
    provisions: tuple[tuple[Provision, ...], tuple[Provision, ...]] | None = None,
) -> tuple[list[Change], dict[str, Any], list[Notice], dict[str, tuple[Provision, ...]]]:
    """``provisions``: each version's provisions as this call would read them (the old side's
    numbered from 1 over ``_side_clauses(changes, "old")``, the new side's on from there), where
    the caller read them already (``analyzer.compare``, while the other file was being read)."""
    lens = get_lens(settings.lens, settings.spacy_model)
    nlp = lens.nlp
    spec = lens.spec
    if provisions is not None:
        old_provisions, new_provisions = provisions
    else:
        old_provisions = read_provisions(_side_clauses(changes, "old"), spec)
        new_provisions = read_provisions(_side_clauses(changes, "new"), spec, start=len(old_provisions) + 1)
    protective = {a.id for a in spec.actions if a.protective}
    texts_of = {
        side: {c.id: c.text for change in changes for c in (change.old if side == "old" else change.new)}
        for side in ("old", "new")
    }

    @functools.cache
    def squashed(side: str) -> frozenset[str]:
        return frozenset(_squash(t) for t in texts_of[side].values())

    def stem_kept(rule: Provision, side: str) -> bool:
        stem = texts_of[side].get(rule.clauses[0])
        return stem is not None and _squash(stem) in squashed("new" if side == "old" else "old")

    verdicts = weigh(old_provisions, new_provisions, protective, stem_kept)
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
    # a clause none of whose words can have a lens word's lemma gains no topic from its lemmas: it is
    # parsed only if its change is judged (for its stance, below), most are not
    contexts = {
        (c.id, side): _context(c.old if side == "old" else c.new) for c in reworded for side in ("old", "new")
    }
    keys = [k for k in keys if lens.may_match(texts[k], contexts[k], ("LEMMA",))]
    no_words = nlp.make_doc("")  # for a clause in which no phrase of the lens can match
    docs = dict(zip(keys, nlp.pipe([texts[k] for k in keys], batch_size=32, disable=skip), strict=True))
    out: list[Change] = []
    moved = _sentence_moves(changes)
    places = _place_items(changes, spec)
    terms = definition_terms(changes)
    by_id = {a.id: a for a in spec.actions}

    def stance_of(text: str) -> Any:
        return read_stance(next(nlp.pipe([text], disable=skip)), spec.protective_phrases)

    last: list[Any] = []  # the last unparsed clause read: its text, context and topics

    def in_words(text: str, context: str, side: Any) -> dict[str, list[Evidence]]:
        """Topics in an unparsed clause, its words matched as written (the lemma matcher needs the
        parse); an unchanged clause's new side is read as its old side was."""
        if last and last[0] == text and last[1] == context:
            return {t: [replace(e, side=side) for e in ev] for t, ev in last[2].items()}
        words = nlp.make_doc(text) if lens.may_match(text, context, ("ORTH", "LOWER")) else no_words
        last[:] = [text, context, lens.find(words, side, context, text)]
        return last[2]  # type: ignore[no-any-return]

    def mentions(action: str, text: str) -> bool:
        return action in by_id and speaks_of(by_id[action], text)

    @functools.cache
    def versions(side: str) -> str:
        """One version's words, read only when a safeguard's "includes" asks whether the other version
        speaks of it at all."""
        return _squash(" ".join(c.text for ch in changes for c in (ch.old if side == "old" else ch.new)))

    fallback = {a.id for a in spec.actions if a.fallback}
    unsure = frozenset(p.id for p in (*old_provisions, *new_provisions) if p.action in fallback)
    for change in changes:
        topics: dict[str, list[Evidence]] = {}
        stances = _Stances(stance_of)
        for side, clauses in (("old", change.old), ("new", change.new)):
            if not clauses:
                continue
            text = change.old_text if side == "old" else change.new_text
            doc = docs.get((change.id, side))
            context = _context(clauses)
            found = lens.find(doc, side, context, text) if doc else in_words(text, context, side)  # type: ignore[arg-type]
            for topic, evidence in found.items():
                topics.setdefault(topic, []).extend(evidence)
            if doc is not None:
                stances[side] = read_stance(doc, spec.protective_phrases)
            elif texts.get((change.id, side)):
                stances.later[side] = text
        if change.kind != "unchanged" and _names_term(change) and _definitions_only(change):
            # a definition is about what the rules that use its term are about
            for topic, evidence in _definition_topics(change, (*old_provisions, *new_provisions)).items():
                topics.setdefault(topic, evidence)
        if change.kind != "unchanged":
            ruled = _provision_topics(change, verdicts, unsure)
            if not topics and not ruled:
                # a rule read from its words alone lends its topic only to a clause with none
                ruled = _provision_topics(change, verdicts)
            for topic, evidence in ruled.items():
                if topic not in topics:
                    topics[topic] = evidence
            if ruled:  # a clause that states a rule: generic words count only for the rule's own topic
                topics = {t: e for t, e in topics.items() if t not in spec.generic or t in ruled}
        if change.kind == "modified" and len(topics) > 1:
            # a topic of a sentence that stands unchanged is the clause's, not the change's
            topics = _edit_topics(change, topics)
        ordered = [t for t in spec.priority if t in topics]
        hits = tuple(TopicHit(t, tuple(topics[t])) for t in ordered)
        assessment = None
        if hits and change.kind in ASSESSED:
            if change.old_text == change.new_text:
                assessment = Assessment(
                    "neutral", (), "The wording is the same; only the clause's place or number changed."
                )
            elif all(c.is_heading for c in change.old + change.new) and not any(
                re.search(r"[:\-–—]\s*$", c.text) for c in change.old + change.new
            ):  # a heading that ends in ":" is a list's stem ("The following activities are prohibited:")
                assessment = Assessment("neutral", (), "A heading: it names the topic but sets no rule.")
            else:
                assessment = _judge(
                    change,
                    verdicts,
                    stances,
                    protective_topic=bool(set(ordered) & spec.protective),
                    moved=moved.get(change.id, False),
                    mentions=mentions,
                    rules=new_provisions,
                    versions=versions,
                    protective=frozenset(protective),
                    terms=terms,
                    anchor=spec.anchor,
                    safeguards=spec.safeguards,
                    unsure=unsure,
                )
        place = _place_change(change, places, versions)
        if place is not None and (assessment is None or assessment.direction == "neutral"):
            assessment, stem_words = place
            if spec.places_topic not in {h.topic for h in hits}:
                held = {h.topic: h.evidence for h in hits} | {spec.places_topic: (stem_words,)}
                hits = tuple(TopicHit(t, held[t]) for t in spec.priority if t in held)
        out.append(replace(change, topics=hits, assessment=assessment))
    return out, summarise(out, spec, verdicts), [], {"old": old_provisions, "new": new_provisions}


_CONDITION_STEM = re.compile(
    r"\b(?:if|when(?:ever)?|unless|where|provided\s+that|in\s+which)\s*[:\-–—]",
    re.I,
)
"""A stem whose items are conditions, not places ("An enforcement action may be taken in or near a protected
area only if: …", DHS guidelines of 2021): its list says when, not where."""


_NOT_PLACES = re.compile(r"\b(?:not\s+include|exclud\w*|other\s+than)\b", re.I)


def _place_items(changes: list[Change], spec: LensSpec) -> dict[str, tuple[str, Side, str]]:
    """Each list item (by clause id) under a stem that names places where enforcement is held back
    ("Examples of protected areas include, but are not limited to:"), with its stem's words."""
    if spec.places is None:
        return {}
    found: dict[str, tuple[str, Side, str]] = {}
    sides: tuple[Side, ...] = ("old", "new")
    for side in sides:
        clauses = _side_clauses(changes, side)
        if not any(spec.places.search(c.text) for c in clauses):
            continue
        for unit in rule_units(clauses):
            if (
                unit.items
                and spec.places.search(unit.text)
                and not _NOT_PLACES.search(unit.text)
                and not _CONDITION_STEM.search(unit.text)
            ):
                found.update(
                    (clause.id, (unit.text, side, item))
                    for clause, item in unit.items
                    if clause.id != unit.clause.id
                )
    return found


def _place_change(
    change: Change, places: dict[str, tuple[str, Side, str]], versions: Callable[[str], str]
) -> tuple[Assessment, Evidence] | None:
    """A place added to (or dropped from) a list of places where enforcement is held back: the list
    now reaches more (or fewer) places, so enforcement may happen in fewer (or more). A place the other
    version names too ("schools, including pre-schools, …" → "Schools;") is not one."""
    if change.kind not in ("added", "removed") or not places:
        return None
    side: Side = "new" if change.kind == "added" else "old"
    clauses = change.new if side == "new" else change.old
    if not clauses or not all(c.id in places for c in clauses):
        return None
    stem = places[clauses[0].id][0]
    place = (change.new_text if side == "new" else change.old_text).strip(" -–—•;,.")
    if _squash(place) in versions("old" if side == "new" else "new"):
        return None
    for _stem, other, item in places.values():
        # the same place reworded ("Social services establishments" / "Social service establishments")
        if other != side and SequenceMatcher(None, _squash(item), _squash(place)).ratio() >= 0.8:
            return None
    how = "adds" if side == "new" else "drops"
    where = "to" if side == "new" else "from"
    reach = "in one more kind of place" if side == "new" else "in one place fewer"
    note = f"{how} {_q(place)} {where} the places listed under {_q(stem)}"
    direction: Direction = "limits_enforcement" if side == "new" else "expands_enforcement"
    assessment = Assessment(
        direction,
        (
            Signal(
                f"place_{'added' if side == 'new' else 'removed'}",
                None if side == "new" else place,
                place if side == "new" else None,
                note,
            ),
        ),
        f"{involvement(side == 'old')}: {note}: enforcement is held back {reach}.",
    )
    return assessment, Evidence(side, stem, 0, 0)


class _Stances(dict[str, Any]):
    """Each side's stance; a side whose clause was not parsed (``later``) is parsed when its stance
    is first asked for — only a change that is judged asks."""

    def __init__(self, read: Callable[[str], Any]) -> None:
        super().__init__()
        self.read = read
        self.later: dict[str, str] = {}

    def get(self, side: str, default: Any = None) -> Any:
        if side in self.later:
            self[side] = self.read(self.later.pop(side))
        return super().get(side, default)


_MOVED = Assessment(
    "neutral",
    (),
    "Moved: the sentences this change adds or drops are dropped from or added to another clause of "
    "the same policy, word for word.",
)


def _changed_sentences(change: Change) -> set[str]:
    gone, came = _sentences_changed(change)
    return {text for key, text in (*gone.items(), *came.items()) if key}


_GOVERNS = re.compile(r"\b(?:shall|must|will|may|should|can|cannot|is|are|do|does|agrees)\b", re.IGNORECASE)


def _fragments(change: Change) -> bool:
    """A changed clause is a fragment — a list item with no modal of its own ("(A) Provide to a
    federal immigration agency an office …") — whose meaning its list's stem decides."""
    clauses = change.old + change.new
    return bool(clauses) and any(not _GOVERNS.search(c.text[:160]) for c in clauses)


def _purpose_only(change: Change, anchor: re.Pattern[str] | None) -> bool:
    """Every sentence that changed and speaks of the lens's subject says what the policy is for
    ("The purpose of this policy is to … clarify the circumstances in which officers can consider …
    immigration status"): no rule."""
    on_topic = [x for x in _edited_sentences(change) if anchor is None or anchor.search(x)]
    return bool(on_topic) and all(preamble(x) for x in on_topic)


def _names_term(change: Change) -> bool:
    """Does either side start as a definition does, naming its term? (``_definition_topics`` finds
    nothing where neither does, so ``_definitions_only`` need not be read.)"""
    return any(_TERM.search(text) for text in (change.old_text, change.new_text) if text)


def _definitions_only(change: Change) -> bool:
    changed = _edited_sentences(change)
    return bool(changed) and all(_DEFINITION.search(x) for x in changed)


def _edited_sentences(change: Change) -> set[str]:
    """The sentences a change adds or drops; all of its sentences where none is added or dropped
    whole (a sentence reworded in place)."""
    return _changed_sentences(change) or set(sentences(change.old_text + " " + change.new_text))


_TERM = re.compile(
    r"^\W*(?:\(?\w{1,4}[.)]\s+)*(?:(?-i:[A-Z][A-Z]{2,}(?:\s+[A-Z]{2,}){0,3})\s+|definitions?[.:]\s+)?(?:as\s+used\s+in\s+this[^,]*,\s*)?"
    r"(?:[^\"“‘]{0,60}?\bdefines?\s+)?(?:the\s+term\s+)?[\"“‘]([^\"”’]{2,80})[\"”’]",
    re.I,
)
_OPEN_LIST = re.compile(
    r"\bincluding,?\s+but\s+not\s+limited\s+to\b|\bor\s+any\s+(?:other\s+)?similar\b|\bor\s+any\s+other\b",
    re.I,
)


def definition_terms(changes: Sequence[Change]) -> dict[str, dict[str, str]]:
    """Definitions dropped in one change and added in another, by their term: the same definition
    moved and rewritten ("(1) 'Civil immigration detainer' means …" renumbered as (2))."""
    found: dict[str, dict[str, str]] = {}
    for change in changes:
        if change.kind not in ("added", "removed"):
            continue
        text = change.new_text or change.old_text
        term = _TERM.search(text)
        if term is not None and _DEFINITION.search(text):
            found.setdefault(term.group(1).strip().lower(), {})["new" if change.new else "old"] = text
    return {term: sides for term, sides in found.items() if len(sides) == 2}


def definition_effect(
    change: Change,
    rules: Sequence[Provision],
    protective: frozenset[str],
    moved: dict[str, dict[str, str]] | None = None,
) -> Assessment:
    """A changed definition judged through the rules that use its term: a term that now covers more
    ("… or any similar federal request for detention", "a request … including, but not limited to:")
    widens every prohibition that uses it (limits) and every duty or permission (expands)."""
    old_text, new_text = change.old_text, change.new_text
    term = _TERM.search(new_text or old_text)
    if term is not None and moved and term.group(1).strip().lower() in moved:
        sides = moved[term.group(1).strip().lower()]
        old_text, new_text = sides["old"], sides["new"]
    if not old_text or not new_text or term is None:
        what = "added" if not old_text else "dropped" if not new_text else "changed"
        if what != "changed":
            return Assessment(
                "neutral",
                (),
                f"A definition {what}: on its own it changes no rule; the rules that use the term are "
                "judged where they changed.",
            )
        return _DEFINED
    name = term.group(1).strip()
    if _words_only(_DEFINITION_SCOPE.sub("", old_text)) == _words_only(_DEFINITION_SCOPE.sub("", new_text)):
        return Assessment(
            "neutral",
            (Signal("restated", None, None, f"the definition of “{name}” says the same"),),
            f"Restated: the definition of “{name}” says the same in both versions.",
        )
    reach = _definition_reach(old_text, new_text)
    if reach is None:
        return _DEFINED
    wider = reach
    using = [p for p in rules if name.lower() in (p.body or p.quote).lower()]
    signs = {
        (-1 if p.binding == "prohibited" else 1)
        * (-1 if p.action in protective else 1)
        * (1 if wider else -1)
        for p in using
    }
    if len(signs) != 1:
        return _DEFINED
    sign = signs.pop()
    how = "now covers more" if wider else "now covers less"
    named = "; ".join(dict.fromkeys(p.summary for p in using))[:300]
    note = f"the definition of “{name}” {how}, and the rule that uses it — {named} — reaches as far"
    return _definition_assessment(wider, sign > 0, old_text, new_text, note)


_DEFINITION_SCOPE = re.compile(
    r"^\s*(?:\(?\w{1,4}[.)]\s*)?(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of|in)\s+(?:this|these|the\s+following)\s+"
    r"(?:\w+\s+){0,3}?(?:sections?|subsections?|chapters?|articles?|parts?|titles?|policy|order|paragraphs?|acts?)"
    r"(?:\s+of\s+this\s+\w+)?\s*[,:]\s*",
    re.I,
)


def _words_only(text: str) -> str:
    return " ".join(re.findall(r"\w+", _LABEL_AT_START.sub("", text).lower()))


_LABEL_AT_START = re.compile(r"^\s*\(?\w{1,4}[.)]\s+")


def _definition_reach(old: str, new: str) -> bool | None:
    """Whether a definition's new wording covers more (True) or less (False) than its old, or None
    where neither can be told: an open list ("including, but not limited to", "or any similar …")
    gained or lost, else an alternative gained or lost, a narrowing qualifier dropped or added
    ("'Serious crime' means any felony" → "… any felony or misdemeanor")."""
    if bool(_OPEN_LIST.search(new)) != bool(_OPEN_LIST.search(old)):
        return bool(_OPEN_LIST.search(new))
    # where the definition applies is not what the term covers: "As used in this section, 'warrant of
    # arrest' has the meaning given that term in ORS 131.005" moved into a definitions list (ORS 181A.820)
    return covers_more(_DEFINITION_SCOPE.sub("", old), _DEFINITION_SCOPE.sub("", new))


def _definition_assessment(widened: bool, expands: bool, old: str, new: str, note: str) -> Assessment:
    """A definition that covers more (``widened``) or less, and which way that moves enforcement."""
    signal = Signal("definition_" + ("widened" if widened else "narrowed"), old[:200], new[:200], note)
    return Assessment(
        "expands_enforcement" if expands else "limits_enforcement",
        (signal,),
        f"{involvement(expands)}: {note}.",
    )


def _safeguard_term(change: Change, safeguards: Sequence[str]) -> str | None:
    """The safeguard term (a lens's ``safeguards``: "judicial warrant") that both sides of the change
    define: the clause starts with the term and a definition's form (“"Judicial warrant" means”,
    "JUDICIAL WARRANT A warrant based on …" as codes set a term above its meaning), or its heading is
    the term."""
    if not change.old or not change.new:
        return None
    for term in safeguards:
        if _defines(change.old[0], term) and _defines(change.new[0], term):
            return term
    return None


def _defines(clause: Clause, term: str) -> bool:
    if any(_squash(h) == _squash(term) for h in (clause.heading or "", *clause.path[-1:])):
        return True
    words = r"\s+".join(re.escape(w) for w in term.split())
    found = re.match(
        rf"^\W*(?:\(?\w{{1,4}}[.)]\s+)*[\"“‘]?(?P<term>{words})[\"”’]?"
        r"(?:\s*[:—–]\s*|\s+-\s+|,?\s+(?:means|shall\s+mean|includes|refers\s+to)\b|(?P<bare>\s+(?=[A-Z])))",
        clause.text,
        re.I,
    )
    # a term set above its meaning stands apart in capitals: "JUDICIAL WARRANT A warrant …"
    return found is not None and (not found.group("bare") or found.group("term").isupper())


def _safeguard_extended(
    change: Change, safeguards: Sequence[str], versions: Callable[[str], str] | None = None
) -> Assessment | None:
    """A sentence added or dropped that says what a safeguard also counts ("For purposes of this
    resolution, a "judicial warrant" includes an order of removal or warrant issued by an immigration
    judge"): added, more meets the safeguard (widens); dropped, less does (narrows). "A judicial warrant
    does not include a civil immigration warrant, administrative warrant, or other document signed only
    by ICE" (Ithaca 2017) mostly says what the term never covered: not weighed."""
    old = {_squash(x) for x in sentences(change.old_text)}
    new = {_squash(x) for x in sentences(change.new_text)}
    ways = set()
    named: list[str] = []
    for sentence, added in [(x, True) for x in new - old] + [(x, False) for x in old - new]:
        for term in safeguards:
            said = re.search(rf"\b{re.escape(_squash(term))}\s+(?:also\s+)?includes?\b", sentence)
            # only where the other version speaks of the safeguard too: a definitions section added whole
            # ("Court Order: A directive issued by a judge or magistrate. A court order includes but is not
            # limited to warrants and subpoenas.", Western Washington University POL-U1000.13, 2025) widens
            # nothing the old text had
            if (
                said is not None
                and versions is not None
                and _squash(term) in versions("old" if added else "new")
            ):
                ways.add(added)
                named.append(term)
    if len(ways) != 1:
        return None
    wider = ways.pop()
    what = " or ".join(dict.fromkeys(named))
    note = (
        f"what counts as a safeguard officers must be shown (a {what}) now reaches further"
        if wider
        else f"what counts as a safeguard officers must be shown (a {what}) now reaches less far"
    )
    return _definition_assessment(wider, wider, change.old_text, change.new_text, note)


def safeguard_effect(change: Change, term: str) -> Assessment | None:
    """A safeguard's definition that now covers more (an issuer added: "… or an immigration judge")
    lets more requests meet it: it widens enforcement; one that covers less narrows it."""
    wider = _definition_reach(change.old_text, change.new_text)
    if wider is None:
        return None
    how = "now covers more" if wider else "now covers less"
    note = f"the definition of “{term}” {how}: it is what must be shown before officers act, so " + (
        "more requests meet it" if wider else "fewer requests meet it"
    )
    return _definition_assessment(wider, wider, change.old_text, change.new_text, note)


_DEFINED = Assessment(
    "unclear",
    (),
    "A definition changed: what the term covers sets the reach of every rule that uses it, so the "
    "direction depends on those rules — read them with this definition.",
)


_RELIEF = re.compile(
    r"\b(?:grant\w*|issu\w*|approv\w*|apply\w*|appl(?:y|ies|ied)|request\w*|seek\w*|receiv\w*)\s+(?:for\s+)?"
    r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:waivers?|exemptions?|extensions?)\b",
    re.I,
)
"""A rule on granting (or seeking) a waiver, an exemption or an extension of time."""


_SAME_WORDS = Assessment(
    "neutral",
    (),
    "Same words: the text was re-paragraphed or re-punctuated (a list run into one sentence, or one sentence "
    "set out as a list), which changes nothing it says.",
)


def _same_words(change: Change) -> bool:
    """Both sides say the same words once list labels, bullets and punctuation are set aside."""
    return " ".join(_words_only(c.text) for c in change.old) == " ".join(
        _words_only(c.text) for c in change.new
    )


_MODAL_WORDS = frozenset(["shall", "should", "may", "must", "will", "can", "not", "never"])


def _modal_shift(change: Change) -> str | None:
    """A modal or "not" that changed between the versions of a modified clause ("should" → "shall",
    "shall not" → "should not"), in words; None where none did."""
    if not (change.old and change.new):
        return None
    a = re.findall(r"[\w’']+", change.old_text.lower())
    b = re.findall(r"[\w’']+", change.new_text.lower())
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        was, now = a[i1:i2], b[j1:j2]
        if tag != "equal" and len(was) <= 2 and len(now) <= 2 and set(was + now) <= _MODAL_WORDS:
            if not was:
                return f"\u201c{' '.join(now)}\u201d was added"
            if not now:
                return f"\u201c{' '.join(was)}\u201d was dropped"
            return f"\u201c{' '.join(was)}\u201d became \u201c{' '.join(now)}\u201d"
    return None


def _firm(clause: Assessment) -> bool:
    """The clause-by-clause reading rests on something firmer than words like "only" (which often
    just moved) or a duty: a duty added or dropped on a verb that is none of the lens's actions
    ("A custodian shall take reasonable steps to determine whether a person seeking access … is
    doing so for the purpose of enforcing immigration law") says nothing about which way enforcement
    goes. Nor does a modal that changed in such a sentence: "You may direct them to wait" → "You shall
    direct them to wait" (an edit of the Ferguson Library's policy on immigration agents) firms up an
    act that holds agents back; on the real pairs measured in session 15 this reading was right for
    none of its three calls."""
    return any(not sig.kind.startswith(("scope_", "duty_", "modal")) for sig in clause.signals)


def _judge(
    change: Change,
    verdicts: list[Verdict],
    stances: dict[str, Any],
    *,
    protective_topic: bool,
    moved: bool = False,
    mentions: Callable[[str, str], bool] | None = None,
    rules: Sequence[Provision] = (),
    versions: Callable[[str], str] | None = None,
    protective: frozenset[str] = frozenset(),
    terms: dict[str, dict[str, str]] | None = None,
    anchor: re.Pattern[str] | None = None,
    safeguards: Sequence[str] = (),
    unsure: frozenset[str] = frozenset(),
) -> Assessment:
    """A change's direction from the rules its clauses carry; the clause's own reading (its main
    verb, modal, negation) only where no rule covers it, or where the sentence that changed states
    no rule the tool could read — and never for sentences that only ``moved`` between clauses, nor
    for definitions (their effect lies in the rules that use the term)."""

    def by_clause(provisions: tuple[Any, ...] = ()) -> Assessment:
        if moved:
            return _MOVED
        term = _safeguard_term(change, safeguards)
        effect = (
            safeguard_effect(change, term)
            if term is not None
            else _safeguard_extended(change, safeguards, versions)
        )
        if effect is not None:
            return replace(effect, provisions=provisions)
        if _definitions_only(change):
            return replace(definition_effect(change, rules, protective, terms), provisions=provisions)
        if all(_REPORTED_SPEECH.match(c.text) for c in change.old + change.new):
            return Assessment(
                "neutral",
                (),
                "A quoted remark: what someone said about the policy, not the policy's own words.",
                provisions,
            )
        if _purpose_only(change, anchor):
            return Assessment(
                "neutral",
                (),
                "A statement of purpose: it says what the policy is for, not what it allows.",
                provisions,
            )
        clause = compare_stances(stances.get("old"), stances.get("new"), protective_topic=protective_topic)
        if clause.direction == "neutral" and not clause.signals and (shift := _modal_shift(change)):
            # "school staff [should → shall] follow appropriate district procedures applicable to any visitor
            # … and obtain the appropriate approvals for entry" (an edit of a school district's guidance on
            # ICE at schools): the modal changed, so "no change in modal strength" would be untrue. Calling it
            # "unclear" was tried (session 16): it gained no right answer on the read sets and turned five
            # edits labelled neutral (a modal changed in a rule on no enforcement act) into "unclear"
            return Assessment(
                "neutral",
                (),
                "No rule on an enforcement action was read in the changed sentence, so no direction is "
                f"given — but {shift}: if the sentence governs immigration enforcement, read it by hand.",
                provisions,
            )
        if clause.direction not in ("limits_enforcement", "expands_enforcement"):
            return clause
        if _fragments(change):
            return Assessment(
                "unclear",
                clause.signals,
                f"{clause.explanation} — but this is a list item or fragment read without the sentence that "
                "introduces it, which decides what it means: read it with its list.",
                provisions,
            )
        if not _firm(clause):
            said = "; ".join(dict.fromkeys(sig.note for sig in clause.signals))
            return Assessment(
                "unclear",
                clause.signals,
                f"Direction open: the changed sentence {said}, but states no rule on an enforcement action "
                "the tool could read, so which way it goes is not shown here: read it by hand.",
                provisions,
            )
        relief = next(
            (m.group(0) for m in map(_RELIEF.search, _changed_sentences(change)) if m is not None), None
        )
        if relief is not None:
            # "THE OFFICE MAY GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY TO DELAY THE DATE BY
            # WHICH THE … AGENCY MUST ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT" (Md. HB 675 of 2026): a
            # rule on relief from a duty goes the way opposite to the duty, and the duty is elsewhere
            said = "; ".join(dict.fromkeys(sig.note for sig in clause.signals))
            return Assessment(
                "unclear",
                clause.signals,
                f"Direction open: the changed sentence {said}, but it rules on “{relief}” — relief from a "
                "duty, which goes the way opposite to the duty it relieves: read that duty to tell which way "
                "this goes.",
                provisions,
            )
        return Assessment(
            clause.direction,
            clause.signals,
            f"{clause.explanation} (Read from the clause's wording: the sentence that changed "
            "states no rule the tool could read as a provision.)",
            provisions,
        )

    if change.old and change.new and _same_words(change):
        return _SAME_WORDS
    assessment = assess_change(change, verdicts, mentions, anchor)
    if assessment is None:
        return by_clause()
    lone = [link.old or link.new for link in assessment.provisions if not (link.old and link.new)]
    if (
        change.old
        and change.new
        and assessment.direction in ("limits_enforcement", "expands_enforcement")
        and lone
        and len(lone) == len(assessment.provisions)
        and set(lone) <= unsure
    ):
        # a rule read from its words alone (no action of the lens names it) in one version's wording and
        # not in the other's, though the clause stands in both: the reading, not the rule, may differ
        return Assessment(
            "unclear",
            assessment.signals,
            f"Direction open: {assessment.explanation[0].lower()}{assessment.explanation[1:]} — but that "
            "rule was read from its words alone in one version, and the clause stands in both: read it by "
            "hand.",
            assessment.provisions,
        )
    if not (assessment.signals and assessment.signals[0].kind == "restated" and change.old and change.new):
        return assessment
    reached = None if moved else _reach_of_restated(change, assessment, verdicts, protective)
    if reached is not None:
        return reached
    if moved or not (_unread_sentences(change, verdicts) or _definitions_only(change)):
        # (a definition reworded in a paragraph that also states rules — "The bill defines \"immigration
        # enforcement\" as …", Wis. 2019 SB 401 analysis — is weighed through the rules that use its term)
        return assessment
    clause = by_clause(assessment.provisions)
    return (
        clause if clause.direction in ("limits_enforcement", "expands_enforcement", "unclear") else assessment
    )


_GLOSSARY = re.compile(
    r"\W*(?:\(?\w{1,3}[.)]\s+)?[A-Z][\w'’/]*(?:\s+[\w'’/]+){0,5}\s+[-–—]\s+(?i:means?|refers|includes|any|an?|the)\b"
)
"""A glossary entry ("Immigration enforcement - Any and all efforts to investigate …"): a definition."""


def _reach_of_restated(
    change: Change, assessment: Assessment, verdicts: list[Verdict], protective: frozenset[str]
) -> Assessment | None:
    """A rule that reads the same to the provisions, in one sentence reworded so that it reaches more
    (or fewer) cases by an alternative, a qualifier or a limiting word gained or lost ("Neither the County
    sheriff nor … shall stop … an individual based [solely→in whole or in part] on any of the following",
    an edit of San Juan County Code 9.24.010): the rule whose sentence it is says which way that goes."""
    if _definitions_only(change) or any(
        _DEFINITION.search(c.text) or _GLOSSARY.match(c.text) for c in change.old + change.new
    ):
        return None  # what a term covers is weighed where the rules that use it are
    words_of = [Counter(re.findall(r"[a-z]{3,}", t.lower())) for t in (change.old_text, change.new_text)]
    if words_of[0] == words_of[1]:
        return None  # the same words in other paragraphs: a list run into its stem's paragraph gains nothing
    pair = _one_sentence_reworded(change)
    if pair is None:
        return None
    gone, came = pair
    if _APPROVAL.search(gone) or _APPROVAL.search(came):
        return None  # whom an approval covers goes the way opposite to the act it is asked for
    found = sentence_reach(gone, came)
    if found is None:
        return None
    wider, words = found
    by_id = {p.id: p for v in verdicts for p in (v.old, v.new) if p is not None}
    rules = [
        by_id[i]
        for link in assessment.provisions
        for i in (link.old, link.new)
        if i in by_id and any(_squash(x) in _squash(by_id[i].body or by_id[i].quote) for x in pair)
    ]
    head = {_squash(x)[:60] for x in pair}

    def carved(rule: Provision) -> bool:  # the sentence is one of the rule's exceptions ("… other than …")
        return any(any(h in _squash(part.text) for h in head) for part in rule.exceptions)

    signs = {
        (-1 if p.binding == "prohibited" else 1)
        * (-1 if p.action in protective else 1)
        * (-1 if carved(p) else 1)
        for p in rules
    }
    if len(signs) != 1:
        return None
    vote = signs.pop() * (1 if wider else -1)
    direction: Direction = "expands_enforcement" if vote > 0 else "limits_enforcement"
    said = "; ".join(f"“{w}”" for w in dict.fromkeys(words))
    note = f"the rule's sentence now reaches {'more' if wider else 'fewer'} cases: {said}"
    signal = Signal(
        "coverage_widened" if wider else "coverage_narrowed",
        change.old_text[:200],
        change.new_text[:200],
        note,
    )
    return Assessment(direction, (signal,), f"{involvement(vote > 0)}: {note}.", assessment.provisions)


def _one_sentence_reworded(change: Change) -> tuple[str, str] | None:
    """The one sentence a change rewords, as it was and as it is; None where more changed."""
    gone, came = (list(side.values()) for side in _sentences_changed(change))
    return (gone[0], came[0]) if len(gone) == 1 and len(came) == 1 else None


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
