"""A lens file (TOML) → spaCy matchers that find topics in clause text, with evidence spans."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.matcher import PhraseMatcher

from ..errors import LensError
from ..models import Evidence, Side
from ..needles import fold, may_match

_ACRONYM = re.compile(r"^[A-Z0-9]{2,5}$")
_CONTEXT = "#context"
_ATTRS = ("ORTH", "LOWER", "LEMMA")


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str
    terms: tuple[str, ...]
    regex: tuple[re.Pattern[str], ...]
    anchored: bool
    context_terms: tuple[str, ...] = ()
    needs: re.Pattern[str] | None = None
    """Words the clause must also hold for the topic to count (a supervisor named where no approval,
    review or notice is asked for is not about supervisor approval)."""


@dataclass(frozen=True)
class ActionSpec:
    """An enforcement action a provision can be about (ask about status, honour a detainer …):
    the words that name it, read by analyzer/rules.py."""

    id: str
    topic: str
    label: str
    verbs: re.Pattern[str]
    objects: re.Pattern[str]
    protective: bool = False
    needs: re.Pattern[str] | None = None
    window: int = 160
    fallback: bool = False
    """Read only where a sentence names none of the lens's other actions."""


@dataclass(frozen=True)
class LensSpec:
    name: str
    description: str
    topics: tuple[Topic, ...]
    priority: tuple[str, ...]
    protective: frozenset[str]
    protective_phrases: tuple[str, ...]
    anchor: re.Pattern[str] | None
    source: str
    actions: tuple[ActionSpec, ...] = ()
    generic: frozenset[str] = frozenset()
    """Topics that count in a clause stating a rule only when the rule is on them."""
    safeguards: tuple[str, ...] = ()
    """Terms for what must be shown before officers may act ("judicial warrant"): a definition of one
    that now covers more lets more through."""
    places: re.Pattern[str] | None = None
    """A list's stem that names places where enforcement is held back ("Examples of protected areas include,
    but are not limited to:"): a place added to its list narrows where enforcement may happen."""
    places_topic: str = ""


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 0


def parse_lens(text: str, source: str) -> LensSpec:
    """Validate a lens file; every problem is a ``LensError`` naming the line."""
    fix = (
        "Correct the lens file and load it again; see analyzer/lenses/immigration.toml for a working example"
    )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LensError(f"The lens file {source} is not valid TOML: {exc}", fix=fix) from exc
    topics_raw = data.get("topics")
    if not isinstance(topics_raw, list) or not topics_raw:
        raise LensError(
            f"The lens file {source} defines no [[topics]]", cause="each topic needs an id and terms", fix=fix
        )
    topics = []
    for raw in topics_raw:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            line = _line_of(text, "[[topics]]")
            raise LensError(f"The lens file {source} has a topic without an id (near line {line})", fix=fix)
        terms = raw.get("terms", [])
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise LensError(
                f"The lens file {source}, topic {raw['id']}: 'terms' must be a list of strings "
                f"(line {_line_of(text, 'terms')})",
                fix=fix,
            )
        patterns = []
        for pattern in raw.get("regex", []):
            try:
                patterns.append(re.compile(pattern, re.IGNORECASE))
            except re.error as exc:
                raise LensError(
                    f"The lens file {source}, topic {raw['id']}: bad pattern {pattern!r} "
                    f"(line {_line_of(text, pattern[:20])}): {exc}",
                    fix=fix,
                ) from exc
        context_terms = raw.get("context_terms", [])
        if not isinstance(context_terms, list) or not all(isinstance(t, str) for t in context_terms):
            raise LensError(
                f"The lens file {source}, topic {raw['id']}: 'context_terms' must be a list of strings "
                f"(line {_line_of(text, 'context_terms')})",
                fix=fix,
            )
        needs = raw.get("needs")
        try:
            needs_re = re.compile(needs, re.IGNORECASE) if isinstance(needs, str) and needs else None
        except re.error as exc:
            raise LensError(
                f"The lens file {source}, topic {raw['id']}: bad 'needs' pattern "
                f"(line {_line_of(text, 'needs')}): {exc}",
                fix=fix,
            ) from exc
        topics.append(
            Topic(
                raw["id"],
                str(raw.get("label", raw["id"])),
                str(raw.get("description", "")),
                tuple(terms),
                tuple(patterns),
                bool(raw.get("anchored", False)),
                tuple(context_terms),
                needs_re,
            )
        )
    anchor_re = _optional_pattern(data, "anchor", text, source, fix)
    ids = [t.id for t in topics]
    places_re = _optional_pattern(data, "places", text, source, fix)
    places_topic = str(data.get("places_topic", ""))
    if places_re is not None and places_topic not in ids:
        raise LensError(
            f"The lens file {source}: 'places_topic' must name one of the topics "
            f"(line {_line_of(text, 'places_topic')})",
            fix=fix,
        )
    actions = _parse_actions(data, text, source, set(ids), fix)
    priority = tuple(p for p in data.get("priority", ids) if p in ids) + tuple(
        i for i in ids if i not in data.get("priority", ids)
    )
    return LensSpec(
        name=str(data.get("name", Path(source).stem)),
        description=str(data.get("description", "")),
        topics=tuple(topics),
        priority=priority,
        protective=frozenset(data.get("protective", [])),
        protective_phrases=tuple(data.get("protective_phrases", [])),
        anchor=anchor_re,
        source=source,
        actions=actions,
        generic=frozenset(t for t in data.get("generic", []) if t in ids),
        safeguards=_strings(data, "safeguards", text, source, fix),
        places=places_re,
        places_topic=places_topic,
    )


def _optional_pattern(
    data: dict[str, Any], key: str, text: str, source: str, fix: str
) -> re.Pattern[str] | None:
    """The lens file's pattern under ``key`` (``anchor``, ``places``), or None where it has none."""
    value = data.get(key)
    try:
        return re.compile(value, re.IGNORECASE) if isinstance(value, str) and value else None
    except re.error as exc:
        raise LensError(
            f"The lens file {source}: bad {key} pattern (line {_line_of(text, key)}): {exc}", fix=fix
        ) from exc


def _strings(data: dict[str, Any], key: str, text: str, source: str, fix: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LensError(
            f"The lens file {source}: '{key}' must be a list of words or phrases "
            f"(line {_line_of(text, key)})",
            fix=fix,
        )
    return tuple(v.strip() for v in value)


def _alternatives(patterns: object, agency: str, where: str, source: str, fix: str) -> re.Pattern[str]:
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        raise LensError(f"The lens file {source}, {where}: must be a non-empty list of patterns", fix=fix)
    if "agency" in patterns and not agency:
        raise LensError(
            f"The lens file {source}, {where}: uses 'agency' but the lens defines no top-level "
            "agency pattern",
            fix=fix,
        )
    joined = "|".join(f"(?:{agency if p == 'agency' else p})" for p in patterns)
    try:
        compiled = re.compile(joined, re.IGNORECASE)
    except re.error as exc:
        raise LensError(f"The lens file {source}, {where}: bad pattern ({exc})", fix=fix) from exc
    if compiled.match(""):
        raise LensError(f"The lens file {source}, {where}: a pattern matches empty text", fix=fix)
    return compiled


def _parse_actions(
    data: dict[str, Any], text: str, source: str, topic_ids: set[str], fix: str
) -> tuple[ActionSpec, ...]:
    """The ``[[actions]]`` of a lens: optional (a lens without them finds topics but no provisions)."""
    agency = data.get("agency", "")
    if not isinstance(agency, str):
        raise LensError(f"The lens file {source}: 'agency' must be a pattern string", fix=fix)
    actions = []
    for raw in data.get("actions", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise LensError(
                f"The lens file {source} has an action without an id "
                f"(near line {_line_of(text, '[[actions]]')})",
                fix=fix,
            )
        where = f"action {raw['id']} (line {_line_of(text, raw['id'])})"
        if raw.get("topic") not in topic_ids:
            raise LensError(
                f"The lens file {source}, {where}: topic {raw.get('topic')!r} is not one of its topics",
                fix=fix,
            )
        needs = raw.get("needs")
        actions.append(
            ActionSpec(
                id=raw["id"],
                topic=raw["topic"],
                label=str(raw.get("label", raw["id"])),
                verbs=_alternatives(raw.get("verbs"), agency, f"{where} verbs", source, fix),
                objects=_alternatives(raw.get("objects"), agency, f"{where} objects", source, fix),
                protective=bool(raw.get("protective", False)),
                needs=_alternatives([needs], agency, f"{where} needs", source, fix) if needs else None,
                window=int(raw.get("window", 160)),
                fallback=bool(raw.get("fallback", False)),
            )
        )
    return tuple(actions)


def read_lens(name_or_path: str) -> LensSpec:
    """A built-in lens by name, or a lens file by path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        try:
            return parse_lens(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise LensError(
                f"The lens file {path} could not be read ({exc})",
                fix="Check the path, or use a built-in lens such as 'immigration'",
            ) from exc
    builtin = resources.files("analyzer.lenses").joinpath(f"{name_or_path}.toml")
    if not builtin.is_file():
        raise LensError(
            f"There is no built-in lens called {name_or_path!r}",
            fix="Use 'immigration', or give the path to a lens .toml file",
        )
    return parse_lens(builtin.read_text(encoding="utf-8"), name_or_path)


class Lens:
    """Matchers for one lens on one spaCy pipeline."""

    def __init__(self, spec: LensSpec, nlp: Any) -> None:
        self.spec = spec
        self.nlp = nlp
        self.has_lemmas = "lemmatizer" in nlp.pipe_names
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA") if self.has_lemmas else None
        self._patterns: dict[tuple[str, str], list[Any]] = {}  # (key, attribute) → the matcher's patterns
        self._topics = {t.id: t for t in spec.topics}
        self._anchors: dict[str, bool] = {}  # text → does the anchor stand in it (see ``_anchored``)
        for topic in spec.topics:
            for key, terms in ((topic.id, topic.terms), (f"{topic.id}{_CONTEXT}", topic.context_terms)):
                acronyms = [t for t in terms if _ACRONYM.match(t)]
                words = [t for t in terms if t not in acronyms]
                if acronyms:
                    self.orth.add(key, [nlp.make_doc(t) for t in acronyms])
                    self._patterns.setdefault((key, "ORTH"), []).extend(nlp.make_doc(t) for t in acronyms)
                if words:
                    self.lower.add(key, [nlp.make_doc(t) for t in words])
                    self._patterns.setdefault((key, "LOWER"), []).extend(nlp.make_doc(t) for t in words)
                # lemmas for single words only ("raids" -> "raid"); phrases match as written, so that
                # "immigration authorities" (ICE) is not taken for "act as an immigration authority"
                single = [w for w in words if " " not in w]
                if self.lemma is not None and single:
                    self.lemma.add(key, list(nlp.pipe(w.lower() for w in single)))
                    self._patterns.setdefault((key, "LEMMA"), []).extend(nlp.pipe(w.lower() for w in single))
        self._needles = _needles(nlp, self._patterns)

    def find(
        self, doc: Any, side: Side, context: str = "", text: str | None = None
    ) -> dict[str, list[Evidence]]:
        """Topics mentioned in ``doc`` (a spaCy Doc of one clause), with character spans; ``text``:
        the text ``doc`` was made from, where the caller has it (``doc.text`` joins the tokens again),
        or that has no word the matchers could find (``may_match``) with an empty ``doc``."""
        found: dict[str, dict[tuple[int, int], Evidence]] = {}
        text = doc.text if text is None else text
        matchers = [self.orth, self.lower] + (
            [self.lemma] if self.lemma is not None and doc.has_annotation("LEMMA") else []
        )
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                topic = self.nlp.vocab.strings[match_id]
                found.setdefault(topic, {})[(span.start_char, span.end_char)] = Evidence(
                    side, span.text, span.start_char, span.end_char
                )
        anchored_ok = self._anchored(text, context)
        folded = fold(text)
        for topic in self.spec.topics:
            if topic.anchored and not anchored_ok:
                continue  # dropped below: no need to look
            for pattern in topic.regex:
                if not may_match(pattern, text, folded):
                    continue  # the text lacks every word the pattern needs
                for m in pattern.finditer(text):
                    found.setdefault(topic.id, {})[(m.start(), m.end())] = Evidence(
                        side, m.group(0), m.start(), m.end()
                    )
        topics_by_id = {t.id: t for t in self.spec.topics}
        merged: dict[str, dict[tuple[int, int], Evidence]] = {}
        for key, spans in found.items():
            topic = key.removesuffix(_CONTEXT)
            if (key.endswith(_CONTEXT) or topics_by_id[topic].anchored) and not anchored_ok:
                continue
            needs = topics_by_id[topic].needs
            if needs is not None and not needs.search(text):
                continue
            merged.setdefault(topic, {}).update(spans)
        return {
            topic: sorted(spans.values(), key=lambda e: (e.start, e.end)) for topic, spans in merged.items()
        }

    def _anchored(self, text: str, context: str) -> bool:
        """Does the lens's anchor stand in ``text`` or in its ``context``? Kept for the last few
        thousand texts: a section's heading is the context of each of its clauses, and an unchanged
        clause is read on both sides."""
        anchor = self.spec.anchor
        if anchor is None:
            return True
        for part in (text, context):
            found = self._anchors.get(part)
            if found is None:
                if len(self._anchors) >= 4096:
                    self._anchors.clear()
                found = self._anchors[part] = bool(anchor.search(part))
            if found:
                return True
        return False

    def may_match(self, text: str, context: str = "", attrs: tuple[str, ...] = _ATTRS) -> bool:
        """Could the phrase matchers of ``attrs`` ("ORTH", "LOWER", "LEMMA") add a topic to what
        ``find`` finds in ``text`` by its patterns alone? False only where no word of the text can be
        (or, for LEMMA, have the lemma of) a lens word whose topic could count here (an anchored topic
        without the anchor, or one whose ``needs`` the text does not meet, cannot): the clause then
        need not be tokenised, or parsed, for its topics. A superset: True whenever it cannot tell."""
        lowered = text.lower()
        anchored_ok: bool | None = None
        for (key, attr), needle in self._needles.items():
            if attr not in attrs or (
                needle is not None and not any(w in (lowered if needle[1] else text) for w in needle[0])
            ):
                continue
            topic = self._topics[key.removesuffix(_CONTEXT)]
            if key.endswith(_CONTEXT) or topic.anchored:
                if anchored_ok is None:
                    anchored_ok = self._anchored(text, context)
                if not anchored_ok:
                    continue
            if topic.needs is not None and not topic.needs.search(text):
                continue
            return True
        return False


def _needles(
    nlp: Any, patterns: dict[tuple[str, str], list[Any]]
) -> dict[tuple[str, str], tuple[tuple[str, ...], bool] | None]:
    """For each matcher key and attribute, words one of which any of its phrase patterns needs to
    match, and whether they are looked for in the lower-cased text: a match needs every token of a
    phrase, so one token of each is enough — its text (ORTH), its lower-cased text (LOWER), or for
    LEMMA every word the pipeline could give that token's lemma: the lemma itself, and each word
    form the lemmatizer's exception table or suffix rules (any part of speech) turn into it. None
    where that cannot be known (a lemmatizer other than spaCy's rule lemmatizer, a lemma the
    attribute ruler sets itself, a form not in ASCII).

    A token's lemma comes from the attribute ruler or from the rule lemmatizer (spacy/pipeline/
    lemmatizer.py, ``rule_lemmatize``): the token's text, lower-cased or not, an exception listed
    for the lower-cased text, or the lower-cased text with a suffix rule applied. A token's text
    stands in the clause's text, so its lower-cased form stands in the lower-cased text (for ASCII
    forms: no other character lower-cases to ASCII letters except the Kelvin sign, to one letter)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    rule_mode = lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule"
    ruled: set[str] = set()
    if "attribute_ruler" in nlp.pipe_names:
        for pattern in nlp.get_pipe("attribute_ruler").patterns:
            if "LEMMA" in pattern.get("attrs", {}):
                ruled.add(str(pattern["attrs"]["LEMMA"]))
    lookups = lemmatizer.lookups if lemmatizer is not None and rule_mode else None
    rules = [
        (str(old), str(new))
        for table in (lookups.get_table("lemma_rules", {}).values() if lookups is not None else ())
        for old, new in table
    ]
    exceptions: dict[str, set[str]] = {}
    for table in lookups.get_table("lemma_exc", {}).values() if lookups is not None else ():
        for form, lemmas in table.items():
            for lemma in lemmas:
                exceptions.setdefault(lemma, set()).add(str(form))

    def forms(token: Any, attr: str) -> set[str] | None:
        if attr == "ORTH":
            return {token.text}
        if attr == "LOWER":
            return {token.lower_} if token.lower_.isascii() else None
        lemma = token.lemma_
        if not rule_mode or not lemma or lemma in ruled:
            return None
        found = {lemma, *exceptions.get(lemma, ())}
        found |= {lemma[: len(lemma) - len(new)] + old for old, new in rules if lemma.endswith(new)}
        found = {f.lower() for f in found if f}
        return found if all(f.isascii() for f in found) else None

    out: dict[tuple[str, str], tuple[tuple[str, ...], bool] | None] = {}
    for (key, attr), docs in patterns.items():
        words: set[str] | None = set()
        for doc in docs:
            known = [f for f in (forms(t, attr) for t in doc) if f is not None]
            if words is None or not known:
                words = None
                break
            words |= max(known, key=lambda f: min(len(w) for w in f))  # the most telling token
        if words is not None:  # a form that holds another is found by that one
            words = {w for w in words if not any(v != w and v in w for v in words)}
        out[key, attr] = None if words is None else (tuple(sorted(words)), attr != "ORTH")
    return out
