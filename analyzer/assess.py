"""Direction of a change: does the new text narrow or widen police involvement in enforcement?

Signals are read from spaCy's parse of the old and new clause (the verb that carries an
enforcement action, its modal, its negation, conditions and approvals attached to it), with word
windows as a fallback where the small model mis-tags legal words. Signals vote; a conflict gives
``unclear`` and says why. See docs/methodology.md."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .models import Assessment, Direction, Signal
from .weigh import covers_more, involvement

ACTIONS = {
    "cooperate",
    "assist",
    "participate",
    "inquire",
    "ask",
    "question",
    "investigate",
    "detain",
    "arrest",
    "hold",
    "honor",
    "honour",
    "comply",
    "share",
    "notify",
    "provide",
    "demand",
    "request",
    "require",
    "check",
    "verify",
    "enforce",
    "act",
    "contact",
    "stop",
    "transfer",
    "respond",
    "initiate",
    "engage",
    "collect",
    "disclose",
    "report",
    "search",
    "seize",
    "book",
    "hand",
    "release",
    "allow",
    "permit",
    "grant",
    "enter",
    "join",
    "support",
    "help",
    "partner",
    "communicate",
    "inform",
    "give",
    "sign",
    "renew",
    "deputize",
    "detention",
    "cooperation",
    "participation",
    "inquiry",
    "assistance",
    "deny",
    "accept",
    "use",
    "apply",
    "take",
}
MODAL_STRENGTH = {
    "must": 3.0,
    "shall": 3.0,
    "will": 3.0,
    "required": 3.0,
    "should": 2.5,
    "may": 2.0,
    "can": 2.0,
    "might": 2.0,
    "could": 2.0,
    "authorized": 2.0,
    "permitted": 2.0,
    "allowed": 2.0,
}
NEGATORS = {
    "not",
    "n't",
    "never",
    "no",
    "neither",
    "nor",
    "cannot",
    "prohibited",
    "prohibit",
    "forbidden",
    "forbid",
    "barred",
    "refrain",
    "decline",
    "without",
}
NEGATIVE_VERBS = {"fail", "refuse", "neglect", "omit"}
_RELEASE = re.compile(r"releas(?:e|es|ed|ing)$", re.I)
"""An act that ends enforcement rather than carrying it out."""
SCOPE = {"solely", "only", "routinely", "exclusively", "merely", "generally"}
CONDITION_MARKS = re.compile(
    r"\b(only\s+(?:when|if|where|after|for|with|in)|unless|except(?:\s+(?:when|where|as|for|in))?|provided\s+that|"
    r"as\s+long\s+as|so\s+long\s+as|prior\s+to|before|in\s+which|where\s+the)\b[^.;:]*",
    re.IGNORECASE,
)
APPROVAL = re.compile(
    r"\b(?:approv\w*|authori[sz]\w*|consent|permission|sign-?off)\b[^.;]{0,80}?\b(commander|officer-in-charge|"
    r"officer\s+in\s+charge|supervisor|lieutenant|captain|chief|sergeant|OIC|manager|director)\b"
    r"|\b(commander|officer-in-charge|supervisor|lieutenant|captain|chief)\b[^.;]{0,40}?\b(?:approv\w*|authori[sz]\w*)",
    re.IGNORECASE,
)


@dataclass
class Stance:
    """What one side of a change says about its main enforcement action."""

    action: str | None = None
    actor: str | None = None
    modal: str | None = None
    negated: bool = False
    negation: str | None = None
    strength: float | None = None
    conditions: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    approval: str | None = None
    protective: str | None = None

    @property
    def level(self) -> float | None:
        """0 prohibited … 3 required; None where no enforcement action was found."""
        if self.action is None:
            return None
        return 0.0 if self.negated else (self.strength if self.strength is not None else 2.5)

    @property
    def restricted(self) -> bool:
        return bool(
            self.conditions
            or self.approval
            or self.protective
            or set(self.scope) & {"solely", "only", "exclusively"}
        )


def _depth(token: Any) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token = token.head
        depth += 1
    return depth


_CONDITION_MARKERS = frozenset({"if", "when", "whenever", "unless", "once", "after", "until", "because"})


def _in_condition(token: Any) -> bool:
    """The token stands in a clause opened by "if", "when", "unless" … (an adverbial clause)."""
    depth = 0
    while token.head is not token and depth < 50:
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITION_MARKERS for c in token.children
        ):
            return True
        token = token.head
        depth += 1
    return False


def _action_tokens(doc: Any) -> list[Any]:
    # a name or a word that describes a noun is no act: "the 287(g) Program Protection *Act*", "a
    # *requesting* State" (8 U.S.C. 1357(g) as the 287(g) Program Protection Act would amend it)
    return [
        t
        for t in doc
        if (t.lemma_.lower() in ACTIONS or t.lower_ in ACTIONS)
        and not (t.text[:1].isupper() and t.i > 0 and t.pos_ == "PROPN")
        and t.dep_ not in ("amod", "compound")
        # "This subdivision does not apply to information requested by federal immigration authorities" (an
        # edit of Cal. Educ. Code 66093.3): what a section reaches, not an act it forbids
        and not _applies_to(doc, t.i)
    ]


def _applies_to(doc: Any, i: int) -> bool:
    """Token ``i`` and the next say "apply to" / "applies to": what a section reaches, not an act."""
    return i + 1 < len(doc) and doc[i].lemma_.lower() == "apply" and doc[i + 1].lower_ == "to"


def _condition_words(text: str, mark: re.Match[str]) -> str:
    """A condition's words; one the sentence opens with ends at its first comma, where the rule begins
    ("Unless required by state or federal law, a health care facility … may not allow any person access …",
    RCW 70.41 as Wash. SB 5906 of 2025 would add it)."""
    words = mark.group(0)
    modal = _RULE_MODAL.search(words)
    if _LEADING.fullmatch(text[: mark.start()]) and modal is not None and "," in words[: modal.start()]:
        # the last comma before the rule's modal: "Unless A, B, or C, officers shall …" keeps A, B and C
        words = words[: words[: modal.start()].rindex(",")]
    return words.strip()


_GRANT = re.compile(
    r"(?:except|provided(?:,\s*however,)?)\s+that\b"
    # the person's own leave ("except that the detainee may have an attorney present") protects, it grants
    # no enforcement power
    r"(?!\s+(?:the\s+|such\s+|an?\s+|any\s+)?(?:individual|person|inmate|detainee|student|pupil|patient|defendant|"
    r"victim|witness|parent|guardian|arrestee|prisoner|juvenile|youth|he|she|they)s?\b)"
    r"(?:(?!\b(?:no|not|never|nothing|none|neither|nor)\b)[^.;]){0,160}?"
    r"\b(?:may|can|(?:is|are)\s+authorized\s+to)\b"
    r"(?![\s,]+(?:not|only|decline|refuse|deny|withhold|limit|restrict|prohibit)\b)",
    re.I,
)
"""A carve-out that grants an act of its own ("…, except that participating personnel … may exercise such
authority anywhere in the county", "… approved by the signatories, except that ICE may … designate
additional … functions", 287(g) agreements as an edit would have them): leave beyond the rule, whatever
the rule's own polarity."""


_RULE_MODAL = re.compile(r"\b(?:shall|must|may|will|should|can(?:not)?)\b", re.I)


_LEADING = re.compile(r"[\s(]*(?:\(?\w{1,4}[.)]\s*)*")
"""What may stand before a condition a sentence opens with: its number or letter ("(2) Unless …")."""


def read_stance(doc: Any, protective_phrases: tuple[str, ...]) -> Stance:
    stance = Stance()
    text = doc.text
    lowered = text.lower()
    stance.protective = next((p for p in protective_phrases if p in lowered), None)
    stance.conditions = [_condition_words(text, m) for m in CONDITION_MARKS.finditer(text)]
    approval = APPROVAL.search(text)
    stance.approval = approval.group(0) if approval else None
    stance.scope = sorted({t.lower_ for t in doc if t.lower_ in SCOPE})
    actions = _action_tokens(doc)
    if not actions:
        return stance
    has_parse = doc.has_annotation("DEP")

    def governed(t: Any) -> bool:
        return any(c.tag_ == "MD" or c.dep_ == "neg" for c in t.children)

    if has_parse:
        # a verb in a condition is not what the sentence rules on: "… shall issue a detainer …, and, if
        # the alien is not otherwise detained by … officials, shall … take custody of the alien"
        # (8 U.S.C. 1226(c)(3) as the Laken Riley Act made it) forbids no detention
        actions = [t for t in actions if not _in_condition(t)]
        if not actions:
            # "No agent … shall condition the provision of city benefits … unless required to do so by …
            # law" (NYC Admin. Code): the only act named is the condition's own, not the rule's
            return stance
    main = min(actions, key=lambda t: (not governed(t), _depth(t) if has_parse else 0, t.i))
    stance.action = main.text
    # modal and negation: the parse (aux/neg children of the verb and of its head), then a word window
    related = list(main.children) + (
        [main.head] + list(main.head.children) if has_parse and main.head is not main else []
    )
    window = [t for t in doc[max(0, main.i - 6) : main.i] if not t.is_punct or t.text == "-"]
    sentence_start = main.sent.start if has_parse or doc.has_annotation("SENT_START") else 0
    window = [t for t in window if t.i >= sentence_start]
    negations = []
    for t in related + window:
        if t.i == main.i:
            continue
        word = t.lower_
        if (t.dep_ == "neg" or word in NEGATORS or t.lemma_.lower() in NEGATORS) and t not in negations:
            if word == "no" and t.i > main.i:
                continue
            negations.append(t)
        if t.lemma_.lower() in NEGATIVE_VERBS and t not in negations:
            negations.append(t)
        if (t.tag_ == "MD" or word in MODAL_STRENGTH) and stance.modal is None and word in MODAL_STRENGTH:
            stance.modal = word
    # "no officer shall ..." — a negative determiner on the subject
    subjects = [c for c in (main.head.children if has_parse else []) if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")] if has_parse else []
    if has_parse and not subjects:
        # "Nothing in this section prohibits the collection, use, or disclosure of information …" (RCW
        # 10.93.160 as Wash. SB 5818 of 2025 would amend it): the act is one of a list of objects; the
        # subject is that of the verb that governs the list
        ruler, steps = main, 0
        while (
            ruler.dep_ in ("conj", "dobj", "pobj", "prep", "appos") and ruler.head is not ruler and steps < 4
        ):
            ruler, steps = ruler.head, steps + 1
            if ruler.pos_ in ("VERB", "AUX"):
                subjects = [c for c in ruler.children if c.dep_ in ("nsubj", "nsubjpass")]
                break
    for subject in subjects:
        stance.actor = stance.actor or subject.text
        negations.extend(c for c in subject.children if c.lower_ in ("no", "neither"))
        if subject.lower_ in ("nothing", "none", "nobody"):
            # "Nothing in this section shall require … officials … to report or arrest victims …" (8 U.S.C.
            # 1373(g) as H.R. 1680 of 2025 would add it): no duty; "nothing … shall prohibit" a permission
            negations.append(subject)
    # "… does not apply to information requested by federal immigration authorities": the "not" limits what
    # the section reaches, it forbids no act
    unique = {t.i: t for t in negations if not _applies_to(doc, t.i + 1)}
    stance.negated = len(unique) % 2 == 1
    if unique:
        stance.negation = " ".join(t.text for t in sorted(unique.values(), key=lambda t: t.i))
    if stance.modal:
        stance.strength = MODAL_STRENGTH[stance.modal]
    return stance


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _quote(text: str | None) -> str:
    return f"\u201c{text}\u201d" if text else ""


def _vote(
    signals: list[tuple[Signal, int]], kind: str, vote: int, old: str | None, new: str | None, note: str
) -> None:
    signals.append((Signal(kind, old, new, note), vote))


def compare_stances(old: Stance | None, new: Stance | None, *, protective_topic: bool) -> Assessment:
    signals: list[tuple[Signal, int]] = []
    if old is None and new is not None:
        _judge_single(signals, new, +1, protective_topic, "added")
    elif new is None and old is not None:
        _judge_single(signals, old, -1, protective_topic, "removed")
    elif old is not None and new is not None:
        _judge_pair(signals, old, new, protective_topic)
    if any(_RELEASE.match(s.action or "") for s in (old, new) if s is not None):
        # releasing a person ends the hold: a limit on release holds people longer ("… shall be released
        # from the LEA jail/correctional facility, unless an ICE supervisor requests in writing that the
        # alien be held for up to an additional 24 hours", ICE 287(g) Warrant Service Officer MOA, 2025)
        signals = [(signal, -vote) for signal, vote in signals]
    assessment = _decide(signals)
    if not signals and (old is None or new is None):
        what = "added" if old is None else "removed"
        return Assessment(
            "unclear",
            (),
            f"The {what} clause mentions the topic but states no rule the tool can read "
            "(no enforcement action, prohibition, condition, approval or protection was found).",
        )
    return assessment


def _judge_single(
    signals: list[tuple[Signal, int]], s: Stance, sign: int, protective_topic: bool, what: str
) -> None:
    """An added clause (sign +1) or a removed one (sign -1): what it says counts once, in that direction."""
    verb = "adds" if sign > 0 else "removes"
    if s.protective and (protective_topic or s.level is None):
        _vote(
            signals,
            f"protection_{what}",
            -sign,
            None if sign > 0 else s.protective,
            s.protective if sign > 0 else None,
            f"{verb} the protection {_quote(s.protective)}",
        )
        return
    if s.level is not None and s.level == 0:
        _vote(
            signals,
            f"prohibition_{what}",
            -sign,
            None,
            f"{s.negation} {s.action}",
            f"{verb} a prohibition: {_quote(f'{s.negation} {s.action}')}",
        )
    elif s.level is not None and s.restricted:
        limit = s.approval or (s.conditions[0] if s.conditions else s.protective or " ".join(s.scope))
        _vote(
            signals,
            f"condition_{what}",
            -sign,
            None,
            limit,
            f"{verb} a limit on {_quote(s.action)}: {_quote(limit)}",
        )
    elif s.level is not None:
        duty = f"{s.modal or ''} {s.action}".strip()
        _vote(signals, f"duty_{what}", sign, None, duty, f"{verb} an unconditional {_quote(duty)}")
    elif s.approval:
        _vote(
            signals,
            f"approval_{what}",
            -sign,
            None,
            s.approval,
            f"{verb} an approval requirement: {_quote(s.approval)}",
        )


def _judge_pair(signals: list[tuple[Signal, int]], old: Stance, new: Stance, protective_topic: bool) -> None:
    if old.protective != new.protective and (old.protective is None or new.protective is None):
        if new.protective:
            _vote(signals, "protection_added", -1, None, new.protective, f"adds {_quote(new.protective)}")
        else:
            _vote(signals, "protection_removed", +1, old.protective, None, f"drops {_quote(old.protective)}")
    if protective_topic and (old.protective or new.protective):
        return
    prohibited = new.level == 0
    if old.level is not None and new.level is not None:
        if old.negated != new.negated:
            kind = "negation_added" if new.negated else "negation_removed"
            _vote(
                signals,
                kind,
                -1 if new.negated else +1,
                old.negation,
                new.negation,
                f"{_quote(new.negation) + ' added' if new.negated else _quote(old.negation) + ' removed'} "
                f"before {_quote(new.action)}",
            )
        elif not new.negated and old.modal and new.modal and old.strength != new.strength:
            up = (new.strength or 0) > (old.strength or 0)
            _vote(
                signals,
                "modal",
                +1 if up else -1,
                old.modal,
                new.modal,
                f"{_quote(old.modal or 'no modal')} became {_quote(new.modal or 'no modal')}",
            )
    elif old.level is None and new.level is not None and new.level == 0:
        _vote(
            signals,
            "prohibition_added",
            -1,
            None,
            f"{new.negation} {new.action}",
            f"adds a prohibition: {_quote(f'{new.negation} {new.action}')}",
        )
    # a limit added to a permission narrows it; a limit added to a prohibition is an exception to it
    flip = +1 if prohibited and old.level == 0 else -1
    # conditions with no act on either side limit nothing the tool read: "No agent … shall condition the
    # provision of city benefits … [unless required to do so by … law]" (NYC Admin. Code)
    acts = old.action is not None or new.action is not None
    # the same condition with other capitals or commas ("required by federal or state statute, regulation
    # or court decision" / "… Federal or State statute, regulation, or court decision") is not a change
    added = [c for c in new.conditions if _plain(c) not in {_plain(o) for o in old.conditions}]
    removed = [c for c in old.conditions if _plain(c) not in {_plain(n) for n in new.conditions}]
    if len(added) == 1 and len(removed) == 1:
        wider = covers_more(removed[0], added[0])
        if wider is not None:
            # the same condition with one more thing that must hold, or one more way through
            # a prohibition's conditions here are its carve-outs ("except", "unless": see `flip`), a
            # permission's its limits: either way one that covers more lets more happen
            _vote(
                signals,
                "condition_changed",
                1 if wider else -1,
                removed[0],
                added[0],
                f"the condition {_quote(removed[0])} now reads {_quote(added[0])}: it covers "
                f"{'more' if wider else 'fewer'} cases",
            )
            added = removed = []
    if not acts and (added or removed) and not any(_GRANT.match(c) for c in (*added, *removed)):
        what = (
            f"adds the condition {_quote(added[0])}" if added else f"drops the condition {_quote(removed[0])}"
        )
        _vote(
            signals, "condition_open", 0, removed[0] if removed else None, added[0] if added else None, what
        )
        added = removed = []
    if added:
        if _GRANT.match(added[0]):
            _vote(signals, "exception_added", 1, None, added[0], f"adds the exception {_quote(added[0])}")
        else:
            _vote(signals, "condition_added", flip, None, added[0], f"adds the condition {_quote(added[0])}")
    if removed:
        if _GRANT.match(removed[0]):
            note = f"drops the exception {_quote(removed[0])}"
            _vote(signals, "exception_removed", -1, removed[0], None, note)
        else:
            note = f"drops the condition {_quote(removed[0])}"
            _vote(signals, "condition_removed", -flip, removed[0], None, note)
    if new.approval and not old.approval:
        _vote(signals, "approval_added", -1, None, new.approval, f"requires {_quote(new.approval)}")
    elif old.approval and not new.approval:
        _vote(
            signals, "approval_removed", +1, old.approval, None, f"no longer requires {_quote(old.approval)}"
        )
    for word in sorted(set(new.scope) - set(old.scope)):
        if word in ("solely", "only", "routinely", "exclusively"):
            _vote(signals, "scope_added", flip, None, word, f"adds {_quote(word)}")
    for word in sorted(set(old.scope) - set(new.scope)):
        if word in ("solely", "only", "routinely", "exclusively"):
            _vote(signals, "scope_removed", -flip, word, None, f"drops {_quote(word)}")
    if old.actor and new.actor and old.actor.lower() != new.actor.lower():
        signals.append(
            (
                Signal(
                    "actor", old.actor, new.actor, f"acting party {_quote(old.actor)} → {_quote(new.actor)}"
                ),
                0,
            )
        )


def _decide(signals: list[tuple[Signal, int]]) -> Assessment:
    limits = [s for s, v in signals if v < 0]
    expands = [s for s, v in signals if v > 0]
    plain = tuple(s for s, _ in signals)
    direction: Direction
    if limits and expands:
        direction = "unclear"
        explanation = (
            f"Signals conflict: {'; '.join(s.note for s in limits)} (narrows), but "
            f"{'; '.join(s.note for s in expands)} (widens)."
        )
    elif limits:
        direction = "limits_enforcement"
        explanation = f"{involvement(False)}: {'; '.join(s.note for s in limits)}."
    elif expands:
        direction = "expands_enforcement"
        explanation = f"{involvement(True)}: {'; '.join(s.note for s in expands)}."
    elif open_ := [s for s, _ in signals if s.kind == "condition_open"]:
        direction = "unclear"
        explanation = (
            f"Direction open: the change {open_[0].note}, but the sentence names no enforcement act the tool "
            "could read, so which way that goes is not shown: read it by hand."
        )
    elif not signals or all(v == 0 for _, v in signals):
        direction = "neutral"
        explanation = (
            "No change in modal strength, negation, conditions, scope or approvals was found: "
            "the rewording appears to keep the same effect."
        )
    else:  # pragma: no cover - every signal votes -1, 0 or +1
        direction = "unclear"
        explanation = "The tool could not tell."
    return Assessment(direction, plain, explanation)
