"""Old provisions vs new provisions → what changed in each rule, and in which direction.

Direction comes from the difference between the two provisions for the same action, never from
one clause alone: an item added to a list, an exception added to a prohibition, "may" becoming
"shall", an approval removed. Each vote cites the clause its words come from, so a change (a pair
of clauses) is judged by the votes that land on its own clauses. The same provision before and
after is "restated"; a prohibition dropped while the same topic gains prohibitions is "replaced" —
neither ever counts as limiting or expanding. Conflicting votes give "unclear", with the reasons.

Votes: -1 narrows police involvement in enforcement (limits), +1 widens it (expands), 0 neither."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from .models import Assessment, Change, Direction, Part, Provision, ProvisionLink, Side, Signal
from .rules import (
    _APPROVAL,
    _APPROVER_RANK,
    _DOUBLE_NEGATION,
    _NON_BUSINESS_DAYS,
    LEVEL,
    MODAL_VERB,
    SCOPE_WORDS,
    sentences,
)

SAME_PART = 0.86
"""Two parts (items, exceptions …) with at least this similarity are the same part reworded."""
SAME_RULE = 0.5
"""Below this similarity two provisions of one action are paired only if nothing better is left."""


@dataclass(frozen=True)
class Vote:
    signal: Signal
    vote: int
    side: Side
    clause: str


@dataclass(frozen=True)
class Verdict:
    """One provision before and after (either may be missing) and the votes their difference casts."""

    old: Provision | None
    new: Provision | None
    votes: tuple[Vote, ...]

    @property
    def direction(self) -> Direction:
        return decide([(v.signal, v.vote) for v in self.votes]).direction


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _q(text: str) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= 140 else text[:137].rsplit(' ', 1)[0] + '…'}\u201d"


def _q_change(was: str, now: str) -> str:
    """ "“A” now reads “B”", or for long parts only the words that changed, with a few around them."""
    if len(was) <= 140 and len(now) <= 140:
        return f"{_q(was)} now reads {_q(now)}"
    a, b = was.split(), now.split()
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    start = max(0, head - 4)
    old_words = a[start : len(a) - max(0, tail - 4)]
    new_words = b[start : len(b) - max(0, tail - 4)]
    pre = "… " if start else ""
    post = " …" if tail > 4 else ""
    return f"{_q(pre + ' '.join(old_words) + post)} now reads {_q(pre + ' '.join(new_words) + post)}"


def _sim(a: str, b: str) -> float:
    return float(fuzz.ratio(_norm(a), _norm(b))) / 100.0


_EXCLUSIVE = re.compile(r"\b(?:only|solely|exclusively)\b", re.I)


def _restricted(p: Provision) -> bool:
    """A rule that lets enforcement happen *only* within limits: "only when", "solely", an approval
    to obtain, an exception that forbids. A duty or permission that merely says when it applies
    ("may verify the status of a person if the person is arrested") opens a way instead."""
    return bool(
        # a duty with exceptions is still a duty ("shall … honor … any request made in the detainer
        # request" with "(b) … is not required to perform a duty imposed by Subsection (a) with respect to
        # a person who has provided proof that the person is a citizen", Tex. Code Crim. Proc. art. 2.251)
        any(e.polarity == "forbids" for e in p.exceptions)
        and p.binding != "required"
        or p.approvals
        # "Any city official shall require a judicial warrant prior to: … c. Responding to a request from
        # ICE … for notice of the date … of an individual's release" (New London, 2017): allowed once what
        # is required is in hand
        or p.modal == "(once approved)"
        or set(p.scope) & {"only", "solely", "exclusively"}
        or _EXCLUSIVE.search(p.quote)
        or any(_EXCLUSIVE.match(c.text) for c in p.conditions)
    )


def _flip(p: Provision | None, protective: set[str]) -> int:
    return -1 if p is not None and p.action in protective else 1


def _limits(p: Provision) -> bool:
    return p.binding == "prohibited" or _restricted(p)


def _whole(
    p: Provision,
    side: Side,
    sign: int,
    protective: set[str],
    remaining: Sequence[Provision] | None = None,
    bounds: Sequence[Provision] = (),
) -> list[Vote]:
    """A provision with no counterpart in the other version: what it says counts once, on each of
    its clauses (``sign`` +1 added, -1 removed). ``remaining``: for a removed one, the new version's
    other rules on the same action (what applies without it). ``bounds``: for an added one, the new
    version's rules on the same action that are new too and limit it."""
    verb = "adds" if sign > 0 else "drops"
    if p.action in protective and p.binding == "prohibited" and not _NEGATED_HARM.search(p.quote):
        # "A … local governmental entity may not adopt or have in effect a sanctuary policy" (Fla. Stat.
        # 908.103): a protection forbidden. Not where the "not" is the protection's own: "County employees
        # shall not condition the provision of county services on the citizenship or immigration status of
        # any individual" (King County Code 2.15.020)
        kind, vote, what = "protection_banned", -1, f"a ban on a protection: {p.summary}"
        if sign < 0:
            # dropped: "No … shall … enable any sanctuary policy" rewritten as a ban on policies "that
            # limits … the enforcement of federal immigration laws" (Miss. Code 25-1-119) is often the same
            # ban in other words, which the tool may not read as one; what applies without it is not shown
            kind, vote = "protection_banned_open", 0
    elif p.action in protective:
        kind, vote, what = (
            "protection",
            +1,
            f"a protection: {p.summary}",
        )  # flipped below: a protection limits
    elif p.binding == "prohibited":
        kind, vote, what = "prohibition", -1, f"a prohibition: {p.summary}"
    elif p.binding == "permitted" and _REFUSING.search(p.modal):
        # "The Sheriff may decline ICE detainer requests", "Nothing … shall be construed to prevent the
        # jurisdiction from declining to provide … any information": leave to refuse is no leave to act
        kind, vote, what = "leave_to_refuse", -1, f"leave to refuse ({_q(p.modal)}): {p.label}"
    elif _DOUBLE_NEGATION.search(p.modal) and sign > 0 and bounds:
        # the old version had no limit here for it to lift: what officers could do before stays as it was
        kind, vote, what = (
            "carve_out",
            0,
            f"a carve-out ({_q(p.modal)}) from a limit that is itself new ({_q(bounds[0].quote)}, p. "
            f"{bounds[0].page}), so it lifts nothing the old version held back: {p.summary}",
        )
    elif _DOUBLE_NEGATION.search(p.modal):
        kind, vote, what = "permission", +1, f"a permission ({_q(p.modal)}): {p.summary}"
    elif (
        sign < 0
        and p.approvals
        and not any(e.polarity == "forbids" for e in p.exceptions)
        and not set(p.scope) & {"only", "solely", "exclusively"}
        and not _EXCLUSIVE.search(p.quote)
    ):
        # "Supervisory approval will be obtained prior to making contact with ICE." dropped: the rule
        # was the approval; the act is no longer held back by it
        kind, vote, what = "approval", -1, f"the approval rule: {p.summary}"
    elif _restricted(p) and sign < 0 and remaining is not None and not remaining:
        # "Officers may transport INS prisoners only in life-threatening situations …" dropped, and the
        # new version says nothing else on it: the limits are gone, nothing forbids it instead
        kind, vote, what = "limited_rule", -1, f"a rule that allowed it only within limits: {p.summary}"
    elif _restricted(p) and sign < 0 and remaining and all(r.binding == "prohibited" for r in remaining):
        # the new version forbids what the dropped rule allowed within limits
        kind, vote, what = "limited_rule", 1, f"a rule that allowed it only within limits: {p.summary}"
    elif _restricted(p) and sign < 0:
        # dropping a rule that allowed it only within limits drops the limits and the permission
        # alike: what applies without it decides the direction
        kind, vote, what = "limited_rule_open", 0, f"a rule that allowed it only within limits: {p.summary}"
    elif _restricted(p):
        kind, vote, what = "limited_rule", -1, f"a rule that allows it only within limits: {p.summary}"
    elif re.search(r"\bneed\s+not\b", p.modal, re.I) and not re.search(r"\bmay\b", p.modal, re.I):
        # "the inquiry … need not be made if …" relaxes a duty stated elsewhere: no permission of its own
        kind, vote, what = "relief_open", 0, f"a rule that relaxes a duty: {p.summary}"
    else:
        kind = "duty" if p.binding == "required" else "permission"
        vote, what = +1, f"{'a' if p.conditions or p.exceptions else 'an unconditional'} {kind}: {p.summary}"
    vote *= sign * _flip(p, protective)
    parts = {part.clause: part for part in p.parts}
    own = set(p.clauses[:2] if " … " in p.quote else p.clauses[:1])  # a completed stem's item is the rule
    votes = []
    for clause in p.clauses:
        part = parts.get(clause)
        note = f"{verb} {what}"
        part_vote = vote
        if part is not None and part.clause not in own:
            rule = "new" if sign > 0 else "old"
            note = f"{verb} the {part.kind} {_q(part.text)} of the {rule} rule on {p.label}"
            if part.kind == "exception" and part.polarity == "forbids" and vote * sign > 0:
                # a paragraph of its own that exempts people from a new duty narrows what the duty
                # reaches ("(b) A law enforcement agency is not required to perform a duty imposed by
                # Subsection (a) with respect to a person who has provided proof …", Tex. art. 2.251)
                part_vote = -sign
        signal = Signal(
            kind if kind.endswith("_open") else f"{kind}_{'added' if sign > 0 else 'removed'}",
            None if sign > 0 else p.quote,
            p.quote if sign > 0 else None,
            note,
        )
        votes.append(Vote(signal, part_vote, side, clause))
    return votes


_REFUSING = re.compile(r"\b(?:declin|refus)\w*|\bden(?:y|ies|ied)\b", re.I)
"""A refusal in a rule's modal ("may decline", "from declining to"): the rule is on refusing the act."""
_NEGATED_HARM = re.compile(
    r"\b(?:condition\w*|contingent|dependent|regardless|irrespective|without\s+regard|den(?:y|ies|ied|ial)|refus\w*)\b",
    re.I,
)
"""Words of a protection whose own "not" protects ("shall not condition services on status")."""

_SHIELD = re.compile(r"\bvoluntar\w*|\bconsent\w*|\bregardless\s+of\b|\bwithout\s+regard\s+to\b", re.I)


def _shields(text: str) -> bool:
    """A condition that protects the person rather than opening a way for enforcement."""
    return bool(_SHIELD.search(text))


def _same_words(a: Part, b: Part, old: Provision, new: Provision) -> bool:
    """The same part where one version says in the part what the other says in the rule around it
    ("if the assistance or cooperation occurs at a place of worship" → a stem "… if the assistance or
    cooperation occurs:" with the item "at a place of worship")."""
    words_a, words_b = set(_words(a.text).split()) - _STOP, set(_words(b.text).split()) - _STOP
    short, long, around = (
        (words_a, words_b, old.quote) if len(words_a) <= len(words_b) else (words_b, words_a, new.quote)
    )
    return len(short) >= 2 and short <= long and (long - short) <= set(_words(around).split())


def _widens(part: Part, rule: Provision) -> int:
    """+1 where a part that now covers more cases lets enforcement happen more, -1 where less. A
    condition or item bounds the rule itself: a wider one widens a permission or duty ("may ask when
    arrested or detained") and a prohibition alike ("shall not ask when a victim or a witness"); an
    exception cuts into the rule, so a wider one works the way the exception does."""
    if part.kind in ("condition", "item"):
        return -1 if rule.binding == "prohibited" else 1
    return 1 if part.polarity == "allows" else -1


def _same_stem(x: Sequence[str], y: Sequence[str]) -> bool:
    """Words that differ only in an ending ("crimes" / "crime(s)", "officer" / "officers")."""
    return len(x) == len(y) and all(
        u[:-2] == v[:-2] and len(u) > 3 and abs(len(u) - len(v)) <= 2 and (u.startswith(v) or v.startswith(u))
        for u, v in zip(x, y, strict=True)
    )


def _ops(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """The word edits from ``a`` to ``b``, leaving out those that only change a word's ending."""
    return [
        op
        for op in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
        if op[0] != "equal" and not (op[0] == "replace" and _same_stem(a[op[1] : op[2]], b[op[3] : op[4]]))
    ]


_SAME_PEOPLE = re.compile(
    r"\b(?:illegal|undocumented|unlawfully\s+present)\s+(?:aliens?|immigrants?|persons?|individuals?|people)\b",
    re.I,
)
_SAME_AGENCY = re.compile(
    r"\b(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:Immigration\s+(?:and\s+)?(?:Naturalization\s+Service|Customs\s+Enforcement)"
    r"(?:\s*\((?:I\.?N\.?S\.?|ICE)\))?(?:,?\s+Enforcement\s+and\s+Removal\s+Operations)?(?:\s*\(ICE\s+ERO\))?"
    r"|I\.N\.S\.?|INS|ICE(?:\s+ERO)?)(?:\s+authorities)?(?!\w)"
)
_FORM = re.compile(r"\b(?:DHS\s+)?Form\s+(I-?\d+)[A-Z]?\b", re.I)
"""A form and its editions ("Form I-247", "DHS Form I-247A")."""


def _plain(text: str) -> list[str]:
    """A part's words for comparing, list labels set aside, "crime(s)" read as "crimes", and the names
    for the same people ("illegal aliens", "undocumented persons") and the same agency (INS, ICE) as one."""
    words = _norm(_ENUM.sub(" ", re.sub(r"\(s\)", "s", _canon(text)))).split()
    # a list item's closing connector ("…, or" before the item added after it) joins, it adds nothing
    return (
        words[:-1]
        if len(words) > 1 and words[-1] in ("or", "and") and re.search(r"[,;]\s*(?:or|and)\W*$", text, re.I)
        else words
    )


def _canon(text: str) -> str:
    """The same people, the same agency ("ICE", "U.S. Immigration and Customs Enforcement, Enforcement and
    Removal Operations (ICE ERO)", the INS before it) and the same form ("Form I-247", "DHS Form I-247A"),
    however named."""
    text = _FORM.sub(lambda m: f"Form {m.group(1)}", text)
    return _SAME_AGENCY.sub(" ICE ", _SAME_PEOPLE.sub(" undocumented persons ", text))


_NOT_TRIM = frozenset(
    [
        "not",
        "no",
        "never",
        "without",
        "except",
        "unless",
        "other",
        "than",
        "nor",
        "neither",
        "or",
        "excluding",
        # "… for any law enforcement purpose[, including a joint operation with federal immigration
        # authorities]" (an edit of Mounds View Ord. 1056): naming what is covered narrows nothing
        "including",
        "includes",
    ]
)


def _trimmed(before: Sequence[Part], matched: set[int], part: Part) -> tuple[int, Part, str, bool] | None:
    """The old part ``part`` is with one block of words dropped (wider: "when the person is arrested
    and booked into the county jail" → "when the person is arrested") or added (narrower) — no
    negation, alternative or carve-out in the block. Returns (index, old part, the words, wider?)."""
    b = _plain(part.text)
    for k, o in enumerate(before):
        if k in matched or o.kind != part.kind:
            continue
        a = _plain(o.text)
        ops = _ops(a, b)
        if len(ops) != 1 or ops[0][0] not in ("delete", "insert"):
            continue
        tag, i1, i2, j1, j2 = ops[0]
        block = a[i1:i2] if tag == "delete" else b[j1:j2]
        short = b if tag == "delete" else a
        at = j1 if tag == "delete" else i1  # where the block stands in the shorter part
        # "convicted of a [class A or class B] felony" (Conn. Gen. Stat. 54-192h as amended in 2019): words
        # between an article and its noun qualify the noun, alternatives among them included
        modifier = 0 < at < len(short) and short[at - 1] in _DETERMINERS and "or" not in (block[0], block[-1])
        if len(short) < 3 or len(block) > 10 or set(block) & (_NOT_TRIM - {"or"} if modifier else _NOT_TRIM):
            continue
        return k, o, " ".join(block), tag == "delete"
    return None


_WHO = frozenset(
    w[:5]
    for w in (
        [
            "person",
            "persons",
            "individual",
            "individuals",
            "subject",
            "subjects",
            "people",
            "someone",
            "anyone",
        ]
        + [
            "contacted",
            "officer",
            "officers",
            "member",
            "members",
            "deputy",
            "deputies",
            "employee",
            "employees",
        ]
        + ["inmate", "inmates", "they", "them", "their"]
        # who holds a records exception: "unless the officer, employee, agent, or contractor is provided
        # with a valid warrant" → "unless the custodian is provided with …" (Md. GP 4-320.1, HB 711 of 2026)
        + ["agent", "agents", "contractor", "contractors", "custodian", "custodians"]
    )
)
"""Words that name who a part speaks of: "They are victims" → "the contacted person is a victim" says
the same."""
_TURNS = frozenset(["not", "no", "never", "unless", "except", "without", "nor", "or", "neither"])


def _reach_vote(was: Part, part: Part, more: bool, rule: Provision, flip: int) -> Vote:
    """The vote of a part that now reads otherwise and covers more (or fewer) cases."""
    how = "covers more" if more else "covers fewer"
    if _approval_sentence(part.text):
        # "The determination to honor an immigration detainer on [an individual charged with a misdemeanor
        # or traffic offense → any individual] shall be made by a shift supervisor" (an edit of Santa Ana
        # PD's jail policy), read as the way through a ban: an approval that covers more lets more through
        # the ban, and holds back the acts the ban never reached — which way is left open
        note = f"the {part.kind} {_q_change(was.text, part.text)}: an approval that now {how} cases"
        return Vote(Signal("exception_reworded_open", was.text, part.text, note), 0, "new", part.clause)
    return Vote(
        Signal(
            f"{part.kind.replace(' ', '_')}_{'widened' if more else 'narrowed'}",
            was.text,
            part.text,
            f"the {part.kind} {_q_change(was.text, part.text)}: it {how} cases",
        ),
        _widens(part, rule) * (1 if more else -1) * flip,
        "new",
        part.clause,
    )


def _within(before: Sequence[Part], matched: set[int], part: Part) -> tuple[int, Part, bool | None] | None:
    """An old part of the same kind and polarity whose words the new part keeps, adding at least two
    more that must also hold (False: it covers fewer cases), or the reverse (True: more cases), or
    that differs only in naming who it speaks of (None: the same part); None where the words that
    differ could turn the meaning ("not", "unless", "or")."""
    now = _stems(part.text)
    for k, o in enumerate(before):
        if k in matched or o.kind != part.kind or o.polarity != part.polarity:
            continue
        was = _stems(o.text)
        if len(was) < 2 or len(now) < 2:
            continue
        if len(was & now) >= 2 and (was ^ now) <= _WHO:
            return k, o, None  # "when they are victims" / "when the contacted person is a victim"
        plain_was, plain_now = _plain(o.text), _plain(part.text)
        for small, large, more in ((was, now, False), (now, was, True)):
            kept = len((small & large) - _WHO)
            if kept >= 2 and kept >= 0.75 * len(small - _WHO) and len(large - small - _WHO) >= 2:
                turns = _TURNS - {"or"}
                if set(plain_was) & turns != set(plain_now) & turns:
                    continue  # a word that could turn the meaning is in one wording only
                if ("including" in plain_was) != ("including" in plain_now):
                    continue  # "…, including a joint operation with …": what is named as covered, no limit
                # an "or" that joins the kept words to new ones opens an alternative ("arrested or
                # cited"); one between new words ("a serious or violent felony") narrows with them
                longer, shorter, text = (
                    (plain_was, plain_now, o.text) if more else (plain_now, plain_was, part.text)
                )
                if _opens_alternative(longer, small, shorter, text):
                    continue
                return k, o, more
    return None


def _kept_in_order(was: str, now: str) -> bool:
    """One wording holds every word of the other, in order ("unless required by law" / "unless required or
    permitted by law or requested by federal immigration authorities"): a short part whose similarity
    the added words drown."""
    a, b = _plain(was), _plain(now)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3:
        return False
    rest = iter(long_)
    return all(word in rest for word in short)


def _opens_alternative(words: Sequence[str], small: set[str], other: Sequence[str], text: str) -> bool:
    """An "or" among the words of the longer wording joins the kept words to new ones ("arrested or
    cited"), or closes a list of new ones ("a warrant, affidavit of probable cause, or removal order"):
    an alternative, not one more thing that must hold; one between new words ("a serious or violent
    felony") narrows with them. An "or" the other wording has between the same words ("a federal court
    or a court of this State") is no new alternative."""
    said = {(other[i - 1], other[i + 1]) for i in range(1, len(other) - 1) if other[i] == "or"}
    for i, w in enumerate(words):
        if w != "or" or not 0 < i < len(words) - 1 or (words[i - 1], words[i + 1]) in said:
            continue
        if words[i - 1][:5] in small and words[i + 1][:5] not in small:
            return True
        after = [x for x in words[i + 1 :] if len(x) > 3 and x not in _STOP]
        # the list ends where the kept words go on ("…, or removal order,\" the policy states.")
        ends = next((k for k, x in enumerate(after) if x[:5] in small), len(after))
        listed = re.search(r",\s+or\s+" + re.escape(words[i + 1]) + r"\b", text, re.I)
        if listed and ends and words[i - 1][:5] not in small and all(x[:5] in small for x in after[ends:]):
            return True
    return False


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _plain(_MARKERS.sub("", text.strip())) if len(w) > 3 and w not in _STOP}


def _already_said(text: str, other: Provision) -> bool:
    """The part's words are already in the other version's rule, outside its own parts: the same
    qualifier said another way ("with the objective of discovering the alien status" / "where the
    objective is to discover the alien status"), not a condition added or dropped."""
    words = _stems(text)
    if len(words) < 3:
        return False
    rest = other.quote.split(" … ")[0]
    for part in other.parts:
        rest = rest.replace(part.text, " ")
    return len(words & _stems(rest)) >= 0.85 * len(words)


def _part_votes(old: Provision, new: Provision, protective: set[str]) -> list[Vote]:
    votes: list[Vote] = []
    flip = _flip(new, protective)
    fresh: dict[str, set[str]] = {"old": set(), "new": set()}  # clauses of exceptions added / dropped
    # "shall contact ICE …, unless it is not feasible to do so" → "may, in the officer's discretion, contact
    # ICE" (Houston PD General Order 500-05 as a proposed amendment would have it, in kind): what excused from
    # a duty that is no longer a duty excuses from nothing, and one that excuses from a new duty is that
    # duty's own measure; the binding's change is the vote
    duty_changed = (old.binding == "required") != (new.binding == "required")
    for group in ("conditions", "exceptions", "approvals"):
        before: list[Part] = list(getattr(old, group))
        after: list[Part] = list(getattr(new, group))
        matched: set[int] = set()
        if (
            group == "approvals"
            and before
            and after
            and len(before) != len(after)
            and not any(_sim(a.text, b.text) >= SAME_PART for a in after for b in before)
        ):
            # "contact a supervisor and explain …, and the supervisor will decide whether …" → "inform a
            # supervisor afterward": the approvals were rewritten; the firmest of each side is the bar
            votes.extend(_approval_change(max(before, key=_bar), max(after, key=_bar), flip))
            continue
        for part in after:
            best = max(
                ((k, _sim(part.text, o.text)) for k, o in enumerate(before) if k not in matched),
                key=lambda pair: pair[1],
                default=None,
            )
            moved = next(
                (k for k, o in enumerate(before) if k not in matched and _same_words(o, part, old, new)), None
            )
            if best is not None and moved is not None and best[1] < SAME_PART:
                best = (moved, 1.0)
            tail = _norm(part.text.split(" … ")[-1]) if " … " in part.text else ""
            same_item = next(
                (
                    k
                    for k, o in enumerate(before)
                    if k not in matched
                    and tail
                    and " … " in o.text
                    and _norm(o.text.split(" … ")[-1]) == tail
                ),
                None,
            )
            if best is not None and same_item is not None and best[1] < SAME_PART:
                # the same item of a list whose stem was reworded ("… are expressly permitted to engage in the
                # following activities …: (1) Solicit …" → "Nothing in division (A) … shall be construed to
                # prohibit public servants from engaging in the following activities: (1) Solicit …", an edit
                # of Hamtramck Ord. 2008-1): the stem's own change is weighed where the stem is
                best = (same_item, 1.0)
            if best is not None and (
                best[1] >= SAME_PART or (group == "approvals" and len(before) == len(after))
            ):
                matched.add(best[0])
                was = before[best[0]]
                if group == "approvals":
                    votes.extend(_approval_change(was, part, flip))
                elif was.polarity == part.polarity and (reach := _qualifier_change(was.text, part.text)):
                    # "arrested for any violent felony" → "… any felony": the part covers more cases
                    wider, words = reach
                    vote = _widens(part, new) * (1 if wider else -1)
                    how = "no longer says" if wider else "now says"
                    covers = "more" if wider else "fewer"
                    note = f"the {part.kind} {_q(part.text)} {how} {_q(words)}, so it covers {covers} cases"
                    votes.append(
                        Vote(
                            Signal(
                                f"{part.kind.replace(' ', '_')}_{'widened' if wider else 'narrowed'}",
                                was.text,
                                part.text,
                                note,
                            ),
                            vote * flip,
                            "new",
                            part.clause,
                        )
                    )
                elif was.polarity == part.polarity and (span := _duration_change(was.text, part.text)):
                    # "only where the inmate has been convicted of a serious or violent felony … within the
                    # past [15 → 5] years" (a California jail's notification policy, in kind): a look-back or
                    # time limit that reaches further covers more cases
                    votes.append(_reach_vote(was, part, span[0], new, flip))
                elif (
                    was.polarity == part.polarity
                    # a long part that lists its cases ("except where … a legitimate law enforcement
                    # purpose [that is unrelated to the enforcement of a civil immigration law], or where
                    # required by state or federal law …", New London 2017) is weighed on a restriction
                    # of one case dropped or added as well, a short one only on its alternatives
                    and (more := covers_more(was.text, part.text, alternatives_only=len(part.text) <= 120))
                    is not None
                ):
                    votes.append(_reach_vote(was, part, more, new, flip))
                elif was.polarity == part.polarity and (shift := _modal_shift(was.text, part.text)):
                    # "unless … convicted of an offense listed in …, in which event the … agency shall
                    # detain the person" → "… may detain …" (Tex. S.B. 527 of 2013, art. 2.253(a)): what
                    # the part lets happen is no longer required (or now is)
                    weaker, said, now = shift
                    note = f"the {part.kind} {_q(part.text)} now says {_q(now)} where it said {_q(said)}"
                    vote = _widens(part, new) * (-1 if weaker else 1)
                    if _approval_sentence(part.text):
                        # "The determination to honor an immigration detainer … [shall → should] be made by a
                        # shift supervisor" (an edit of Santa Ana PD's jail policy): an approval asked for
                        # less firmly holds back less
                        vote = 1 if weaker else -1
                        note = f"the approval {_q(part.text)} now says {_q(now)} where it said {_q(said)}"
                    votes.append(Vote(Signal("binding", said, now, note), vote * flip, "new", part.clause))
                elif (
                    was.polarity == part.polarity and group == "exceptions" and _reworded(was.text, part.text)
                ):
                    # "unless … (b) the police chief has determined there is probable cause to believe …" →
                    # "… (b) the arresting officer has determined there is reason to believe …" (an edit of
                    # Beacon, N.Y.'s detainer policy): who decides, or on what grounds, changed — easier to
                    # meet where both move down their ladders; else words the tool cannot rank, and not the
                    # same exception either
                    easier = _easier(was.text, part.text)
                    if easier is not None:
                        how = "easier" if easier else "harder"
                        note = f"the {part.kind} {_q(was.text)} now reads {_q(part.text)}: {how} to meet"
                        kind = f"exception_{'widened' if easier else 'narrowed'}"
                        vote = _widens(part, new) * (1 if easier else -1) * flip
                        votes.append(Vote(Signal(kind, was.text, part.text, note), vote, "new", part.clause))
                    else:
                        note = f"the {part.kind} {_q(was.text)} now reads {_q(part.text)}"
                        signal = Signal("exception_reworded_open", was.text, part.text, note)
                        votes.append(Vote(signal, 0, "new", part.clause))
                elif was.polarity != part.polarity and was.kind == part.kind:
                    # "; and" became "; or": the items now each suffice
                    vote = 1 if part.polarity == "allows" else -1
                    how = "lets enforcement happen on its own" if vote > 0 else "must hold as well"
                    note = f"the {part.kind} {_q(part.text)} now {how}"
                    votes.append(
                        Vote(
                            Signal(f"{part.kind}_turned", was.polarity, part.polarity, note),
                            vote * flip,
                            "new",
                            part.clause,
                        )
                    )
                continue
            alternative = _alternative(before, matched, part)
            if alternative is not None:
                k, o, extra, gained = alternative
                matched.add(k)
                carve = extra.startswith("except ")
                # a gained "or …" alternative or a dropped carve-out makes the part cover more
                more = gained != carve
                vote = _widens(part, new) * (1 if more else -1)
                if not carve:
                    how = "gains" if gained else "loses"
                    note = f"the {part.kind} {_q(o.text)} {how} the alternative {_q(extra)}"
                elif gained:
                    note = f"the {part.kind} {_q(o.text)} now carves out {_q(extra[7:])}"
                else:
                    note = f"the {part.kind} {_q(part.text)} no longer carves out {_q(extra[7:])}"
                kind = f"{part.kind.replace(' ', '_')}_{'widened' if gained else 'narrowed'}"
                votes.append(Vote(Signal(kind, o.text, part.text, note), vote * flip, "new", part.clause))
                continue
            trimmed = _trimmed(before, matched, part)
            if trimmed is not None:
                k, o, words, wider = trimmed
                matched.add(k)
                note = (
                    f"the {part.kind} {_q(o.text)} no longer requires {_q(words)}, so it covers more cases"
                    if wider
                    else f"the {part.kind} {_q(o.text)} now adds {_q(words)}, so it covers fewer cases"
                )
                kind = f"{part.kind.replace(' ', '_')}_{'widened' if wider else 'narrowed'}"
                votes.append(
                    Vote(
                        Signal(kind, o.text, part.text, note),
                        _widens(part, new) * (1 if wider else -1) * flip,
                        "new",
                        part.clause,
                    )
                )
                continue
            within = _within(before, matched, part)
            if within is not None:
                # "when we have a possible immigration violation" → "only when an inmate with a possible
                # immigration violation has been convicted of a serious or violent felony": the old
                # part's words are all still there, with more that must hold as well (or the reverse)
                k, o, more = within
                matched.add(k)
                if more is not None:
                    votes.append(_reach_vote(o, part, more, new, flip))
                continue
            widened = next(
                (
                    (k, o, more)
                    for k, o in enumerate(before)
                    if k not in matched
                    and o.kind == part.kind
                    and o.polarity == part.polarity
                    and (_sim(o.text, part.text) >= SAME_RULE or _kept_in_order(o.text, part.text))
                    and (more := covers_more(o.text, part.text, alternatives_only=True)) is not None
                ),
                None,
            )
            if widened is not None:
                # "unless charged with a federal crime or …" → "… a federal crime, has a prior felony
                # conviction, or …": the same part with a member of its list gained or lost
                k, o, more = widened
                matched.add(k)
                votes.append(_reach_vote(o, part, more, new, flip))
                continue
            extended = next(
                (
                    (k, o)
                    for k, o in enumerate(before)
                    if k not in matched
                    and _norm(part.text).startswith(_norm(o.text))
                    and len(_norm(o.text)) > 8
                ),
                None,
            )
            if extended is not None:
                matched.add(extended[0])
                extra = _norm(part.text)[len(_norm(extended[1].text)) :].strip()
                # "… for any law enforcement purpose[, including a joint operation with federal immigration
                # authorities]": an "or …" or an "including …" added reaches further
                further = extra.startswith(("or ", "including "))
                vote = _widens(part, new) * (1 if further else -1)
                votes.append(
                    Vote(
                        Signal(
                            f"{part.kind}_widened" if further else f"{part.kind}_narrowed",
                            extended[1].text,
                            part.text,
                            f"the {part.kind} {_q(extended[1].text)} now reads {_q(part.text)}",
                        ),
                        vote * flip,
                        "new",
                        part.clause,
                    )
                )
                continue
            if group == "conditions" and _shields(part.text):
                # "… when it is voluntarily provided": a condition that protects the person limits
                votes.append(
                    Vote(
                        Signal("protection_added", None, part.text, f"adds {_q(part.text)}"),
                        -1,
                        "new",
                        part.clause,
                    )
                )
                continue
            if part.kind != "item" and _already_said(part.text, old):
                continue  # "with the objective of discovering …" restated as "where the objective is to …"
            if group == "approvals" and part.clause in fresh["new"]:
                continue  # the approval a new exception needs ("may inquire … with approval …") is part of it
            if group == "exceptions":
                fresh["new"].add(part.clause)
                if duty_changed and new.binding == "required" and part.kind == "exception":
                    continue
            if part.kind == "item" and not before:
                vote = (
                    -1 if part.polarity == "allows" else 1
                )  # a list of conditions where there was none limits the rule
                note = f"makes the rule apply only in listed circumstances, including {_q(part.text)}"
            else:
                vote = 1 if part.polarity == "allows" else -1
                note = f"adds the {part.kind} {_q(part.text)}"
            votes.append(
                Vote(
                    Signal(f"{part.kind.replace(' ', '_')}_added", None, part.text, note),
                    vote * flip,
                    "new",
                    part.clause,
                )
            )
        for k, part in enumerate(before):
            if k in matched:
                continue
            if part.kind != "item" and _already_said(part.text, new):
                continue
            if group == "approvals" and part.clause in fresh["old"]:
                continue
            if group == "exceptions":
                fresh["old"].add(part.clause)
                if duty_changed and old.binding == "required" and part.kind == "exception":
                    continue
            if group == "conditions" and _shields(part.text):
                votes.append(
                    Vote(
                        Signal("protection_removed", part.text, None, f"drops {_q(part.text)}"),
                        1,
                        "old",
                        part.clause,
                    )
                )
                continue
            if part.kind == "item" and not after:
                vote = 1 if part.polarity == "allows" else -1
                note = f"no longer limits the rule to listed circumstances such as {_q(part.text)}"
            else:
                vote = -1 if part.polarity == "allows" else 1
                note = f"drops the {part.kind} {_q(part.text)}"
            votes.append(
                Vote(
                    Signal(f"{part.kind.replace(' ', '_')}_removed", part.text, None, note),
                    vote * flip,
                    "old",
                    part.clause,
                )
            )
    return votes


_ENUM = re.compile(r"\(\w{1,3}\)")

_QUALIFIERS = frozenset(
    [
        "violent",
        "serious",
        "dangerous",
        "aggravated",
        "felony",
        "felonious",
        "criminal",
        "judicial",
        "lawful",
        "valid",
        "signed",
        "written",
        "final",
        "active",
        "pending",
        "prior",
        "previously",
        "reasonable",
        "reasonably",
        "probable",
        "specific",
        "credible",
        "direct",
        "directly",
        "convicted",
        "charged",
        "significant",
        "substantial",
        "imminent",
        "immediate",
        "federal",
    ]
)
"""Words that narrow what a condition or exception covers: dropping one ("any violent felony" → "any
felony") makes the part cover more cases, adding one fewer."""


_RELATIVE = frozenset(["that", "which", "who", "whom", "whose", "where", "when", "if", "as", "under", "with"])


def covers_more(was: str, now: str, *, alternatives_only: bool = False) -> bool | None:
    """True where ``now`` covers more than ``was`` (an "or …" alternative gained, a narrowing
    qualifier or a restricting "that is …" clause dropped), False where less, None where neither can
    be told or the edits pull both ways."""
    a, b = _plain(was), _plain(now)
    if _list_member(b, a):  # "issued by ICE, CBP, or USCIS" → "… USCIS, or any other federal agency"
        return True
    if _list_member(a, b):
        return False
    ways = set()
    for _tag, i1, i2, j1, j2 in _ops(a, b):
        for block, gained, words, end in ((a[i1:i2], False, a, i2), (b[j1:j2], True, b, j2)):
            while _tag != "replace" and block and end < len(words) and block[0] == words[end]:
                # the same words read one later: "judge[, a … judge or an immigration] judge" is
                # "judge, a … judge[ or an immigration judge]"
                block, end = [*block[1:], words[end]], end + 1
            if not block or (block in (["or"], ["and"]) and _tag != "replace"):
                continue  # "a court order or a … purpose" → "a court order, a … purpose, or …": a joint
            if set(block) & {"not", "no", "never", "except", "unless", "excluding"}:
                return None
            if block[0] == "or" or (len(block) > 1 and block[-1] == "or"):
                ways.add(gained)  # an alternative gained covers more
            elif (block[0] == "and" or (len(block) > 1 and block[-1] == "and")) and "or" not in block:
                # "only after … obtain appropriate confirmation … of the status of such individual [and the
                # approval of a supervising officer of the arresting agency] and only for …" (8 U.S.C. 1252c,
                # an edit of it): one more thing that must hold covers fewer cases
                ways.add(not gained)
            elif end < len(words) and words[end] == "or" and block[0] not in _RELATIVE and len(block) <= 8:
                ways.add(gained)  # "A, [B,] or C": a member of a list of alternatives
            elif end == len(words) and "or" in block[1:] and block[0] not in _RELATIVE:
                ways.add(gained)  # "a warrant[, an affidavit, or a removal order]": the list's tail
            elif (
                "or" in block[1:]
                and block[0] not in _RELATIVE
                and len(block) <= 12
                and re.search(rf",\s+{re.escape(block[0])}\b", now if gained else was, re.I)
            ):
                # "… accompanied by a warrant[, affidavit of probable cause, or removal order]," the policy
                # states." (an edit of a report quoting a sheriff's detainer policy): the list's tail, with
                # more words after it
                ways.add(gained)
            elif all(w in _QUALIFIERS for w in block):
                ways.add(not gained)  # "a warrant" → "a judicial warrant" covers less
            elif alternatives_only:
                return None  # "… unlawfully present" / "… unlawfully present, with the": cut elsewhere
            elif block[0] in _RELATIVE:
                ways.add(not gained)  # a restriction gained covers less
            else:
                return None
    return ways.pop() if len(ways) == 1 else None


_MODAL_FORCE = {"shall": 3, "must": 3, "will": 3, "should": 2, "may": 1, "can": 1}


def _modal_shift(was: str, now: str) -> tuple[bool, str, str] | None:
    """(weaker?, the old modal, the new) where the two texts differ only in one modal ("shall" → "may")."""
    ops = _ops(_plain(was), _plain(now))
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _tag, i1, i2, j1, j2 = ops[0]
    a, b = _plain(was)[i1:i2], _plain(now)[j1:j2]
    if len(a) != 1 or len(b) != 1 or a[0] not in _MODAL_FORCE or b[0] not in _MODAL_FORCE:
        return None
    if _MODAL_FORCE[a[0]] == _MODAL_FORCE[b[0]]:
        return None
    return _MODAL_FORCE[b[0]] < _MODAL_FORCE[a[0]], a[0], b[0]


def _qualifier_change(was: str, now: str) -> tuple[bool, str] | None:
    """(wider?, the words) when ``now`` is ``was`` with only narrowing qualifiers dropped (wider) or
    added (narrower), and nothing else changed."""
    determiners = {"a", "an", "any", "the", "all"}
    a = [w for w in _plain(was) if w not in determiners]  # "a violent felony" → "any felony"
    b = [w for w in _plain(now) if w not in determiners]
    ops = _ops(a, b)
    if not ops or any(op[0] == "replace" for op in ops) or len({op[0] for op in ops}) != 1:
        return None
    words = [w for op in ops for w in (a[op[1] : op[2]] if op[0] == "delete" else b[op[3] : op[4]])]
    if not words or len(words) > 3 or any(w not in _QUALIFIERS for w in words):
        return None
    return ops[0][0] == "delete", " ".join(words)


def _alternative(before: Sequence[Part], matched: set[int], part: Part) -> tuple[int, Part, str, bool] | None:
    """The old part ``part`` is a version of with one "or" alternative (or carve-out) lost, or else
    gained: every word of the shorter is in the longer, and what is missing is one block that opens
    an alternative. Returns (index, old part, the words, gained?)."""
    for gained in (False, True):
        for k, o in enumerate(before):
            if k in matched:
                continue
            extra = _extra_alternative(part.text, o.text) if gained else _extra_alternative(o.text, part.text)
            if extra:
                return k, o, extra, gained
    return None


_GATE_SENTENCE = re.compile(
    r"\W*(?:\(?\w{1,3}[.)]\s+)?(?:unless|except|without|absent|other\s+than|provided|if)\b", re.I
)
"""A part that opens as a way through ("unless …", "without the approval of …"), not a sentence of its own."""


def _approval_sentence(text: str) -> bool:
    """A part that is a sentence of its own asking for an approval ("The determination to honor an
    immigration detainer … shall be made by a shift supervisor or above"), not a way through."""
    return _GATE_SENTENCE.match(text) is None and _APPROVAL.search(text) is not None


def _list_member(long_words: list[str], short_words: list[str], longest: int = 8) -> str | None:
    """ "a victim or witness" → "a victim, witness, or seeking police services": a list of
    alternatives that gained a member (its "or" moves to the new last member)."""
    if "or" not in long_words or "or" not in short_words:
        return None
    a = [w for w in short_words if w != "or"]
    b = [w for w in long_words if w != "or"]
    ops = [op for op in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "insert" or ops[0][4] - ops[0][3] > longest:
        return None
    block = b[ops[0][3] : ops[0][4]]
    if set(block) & {"not", "no", "never", "except", "unless", "and"}:
        return None
    # the moved "or" must stand just before the member gained or just after it
    at = long_words.index(block[0]) if block[0] in long_words else -1
    if at < 1 or long_words[at - 1] != "or":
        return None
    return " ".join(block)


_BOUND_MODAL = re.compile(r"\b(?:shall|must|may|will|should|can|cannot|is|are)\b", re.I)
_BOUND = re.compile(
    r"\b(?:officers?|deput(?:y|ies)|employees?|agents?|agenc(?:y|ies)|departments?|officials?|personnel|staff|"
    r"members?|entit(?:y|ies)|sheriffs?|police|contractors?|jails?|facilit(?:y|ies)|schools?|governments?|"
    r"subdivisions?|bodies|body|counties|county|cities|city|municipalit(?:y|ies)|troopers?)\b",
    re.I,
)


_SETS_APART = re.compile(r"(?:other\s+than|except|excluding|but\s+not)\b")
"""Words that set people apart from those a rule binds ("other than a police officer")."""


_WAY_THROUGH = re.compile(r"\b(?:without|absent|unless|except|other\s+than|in\s+the\s+absence\s+of)\b", re.I)


def _through_votes(old: Provision, new: Provision, phrase: str, gained: bool, vote: int) -> list[Vote]:
    """One thing that lets a prohibited act through ("without …, a court order, …") gained or lost,
    voted on the rule's clauses."""
    note = f"the rule {'now' if gained else 'no longer'} lets it through with {_q(phrase)}"
    signal = Signal("exception_widened" if gained else "exception_narrowed", old.quote, new.quote, note)
    return [Vote(signal, vote, "new", c) for c in new.clauses[:3]]


_DENIED_BEFORE = re.compile(
    r"\b(?:they|who|that|which|he|she|we|you)\s+(?:\w+\s+)?(?:have|has|had|are|is|were|was|did|do|does)?\s*"
    r"(?:n['’]t|not|never)\s+(?:\w+\s+){0,2}$",
    re.I,
)
"""A "not" of a relative clause just before a list ("people they haven't arrested [or detained]")."""


def _in_way_through(text: str, phrase: str) -> bool:
    """``phrase`` stands in a list after "without", "absent", "unless" or "except" in its sentence of
    ``text``: one of the things that let a prohibited act through, not one of the acts."""
    return _after_opener(text, phrase, _WAY_THROUGH, 160)


def _after_opener(text: str, phrase: str, opener: re.Pattern[str], reach: int) -> bool:
    """``phrase`` stands after ``opener`` (within ``reach`` characters before it) in its part of ``text``
    (a sentence cut at ";" and ":"), with no modal of another rule in between."""
    for sentence in sentences(text):
        for part in re.split(r"[;:]", sentence):
            plain = _norm(_ENUM.sub(" ", _canon(part)))
            at = plain.find(" ".join(phrase.split()[:2]))  # the phrase may have lost its determiners
            if at < 0:
                continue
            before = plain[max(0, at - reach) : at]
            found = _last(opener, before)
            return found is not None and not _BOUND_MODAL.search(before[found.end() :])
    return False


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``."""
    return next(reversed(list(pattern.finditer(text))), None)


_CARVE_OUT = re.compile(
    r"\b(?:(?:shall|does|do|will|may)\s+not\s+(?:include|extend\s+to|apply\s+to|cover)|"
    r"provided,?\s+(?:however,?\s+)?that\b[^;]{0,80}?\b(?:shall|may|will|must)\s+not)\b"
)


def _in_carve_out(text: str, phrase: str) -> bool:
    """``phrase`` stands after "shall not include …" or "provided, that … shall not" in its part of
    ``text``, with no other modal after that: among what a permission leaves out, not what it allows."""
    return _after_opener(text, phrase, _CARVE_OUT, 200)


def _bound_member(was: str, now: str) -> tuple[bool, str] | None:
    """Those a rule binds, listed before its modal ("Police officers, peace officers, and school resource
    officers shall not …"): one member of the list added (True) or dropped (False), with its words;
    None where anything else changed ("School resource officers" → "Chelan County school resource
    officers" names the same people more narrowly, it drops no one from a list)."""
    members: list[list[str]] = []
    rests: list[str] = []
    for text in (was, now):
        modal = _BOUND_MODAL.search(text)
        if modal is None or modal.start() > 300:
            return None
        parts = re.split(r",|;|\band\b|\bor\b", _canon(text[: modal.start()]), flags=re.I)
        members.append([m for m in (_norm(p) for p in parts) if m])
        rests.append(_norm(text[modal.start() :]))
    if rests[0] != rests[1]:
        return None
    old, new = members
    gained = [m for m in new if m not in old]
    lost = [m for m in old if m not in new]
    if len(gained) + len(lost) != 1:
        return None
    who = (gained or lost)[0]
    if len(who.split()) > 6 or not _BOUND.search(who) or set(who.split()) & {"not", "no", "unless"}:
        return None
    if _SETS_APART.match(who):
        # "A public servant, other than a police officer, is prohibited from inquiring …" (an edit of
        # Hamtramck Ord. 2008-1): those set apart are bound no longer, so the rule binds fewer
        return not gained, who
    return bool(gained), who


def _extra_alternative(longer: str, shorter: str) -> str | None:
    """The words ``longer`` adds to ``shorter`` when they are one block that opens an alternative
    ("…, or (b) the chief has determined …") — else None."""
    long_words = _norm(_ENUM.sub(" ", _canon(longer))).split()
    short_words = _norm(_ENUM.sub(" ", _canon(shorter))).split()
    if len(short_words) < 3 or len(long_words) <= len(short_words) + 1:
        return None
    ops = [
        op
        for op in SequenceMatcher(a=short_words, b=long_words, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if len(ops) != 1 or ops[0][0] != "insert":
        return _list_member(long_words, short_words)
    start, end = ops[0][3], ops[0][4]
    block = long_words[start:end]
    # the block opens an alternative where it starts or ends at an "or" ("… or any similar request"),
    # not where "or" sits inside it ("if the assistance or cooperation occurs"); an inserted block can
    # be placed a word earlier or later where the words repeat ("under [a lawful detention or] under")
    while start > 0 and long_words[start - 1] == long_words[end - 1]:
        start, end = start - 1, end - 1
    spans = []
    while end <= len(long_words):
        spans.append((start, end))
        if end == len(long_words) or long_words[start] != long_words[end]:
            break
        start, end = start + 1, end + 1
    opens = any(
        long_words[a] == "or" or long_words[b - 1] == "or" or (a > 0 and long_words[a - 1] == "or")
        for a, b in spans
    )
    if block[0] in ("except", "unless", "but", "provided") and len(block) >= 3:
        return "except " + " ".join(block)  # a carve-out inside the part: the opposite of an alternative
    return " ".join(block) if opens else None


_STRONG = {"shall", "must", "will", "are required to", "is required", "required", "need to", "needs to"}
_FORCE = {"should": 2, "ought to": 2, "is encouraged": 1, "are encouraged": 1, "may": 1}


def _force(verb: str) -> float:
    """How firmly an approval is required: 3 shall/must/required … 1 may/encouraged (0: not said);
    half a step more when it must be in writing."""
    if "(review only)" in verb:
        return 1.0
    base, written = verb.removesuffix(" in writing"), verb.endswith(" in writing")
    # an approval stated without a verb ("only with approval of …", "after approval by …") is required
    force = 3.0 if base in _STRONG or base in ("", "needs") else float(_FORCE.get(base, 0))
    return force + 0.5 if force and written else force


def _bar(part: Part) -> tuple[float, int]:
    """How high an approval sets the bar: how firmly it is required, then who gives it."""
    verb, _, rank = part.strength.partition(":")
    return _force(verb), int(rank or 0)


def _approval_change(old: Part, new: Part, flip: int) -> list[Vote]:
    old_verb, _, old_rank = old.strength.partition(":")
    new_verb, _, new_rank = new.strength.partition(":")
    out = []
    known = _force(old_verb) and _force(new_verb)
    weaker = bool(known) and _force(new_verb) < _force(old_verb)
    stronger = bool(known) and _force(new_verb) > _force(old_verb)
    # a lower or weaker approval eases enforcement (+1), whether it holds a permission back or opens
    # a prohibition
    if weaker or stronger:
        note = f"the approval is now {_q(new_verb)} where it was {_q(old_verb)}: {_q(new.text)}"
        out.append(
            Vote(
                Signal("approval_weakened" if weaker else "approval_strengthened", old_verb, new_verb, note),
                (1 if weaker else -1) * flip,
                "new",
                new.clause,
            )
        )
    before, after = (
        re.compile(r"\b(?:prior\s+to|before|in\s+advance)\b", re.I),
        re.compile(r"\bafter(?:wards?)?\b", re.I),
    )
    # an approval not said to come after the act comes before it
    if not after.search(old.text) and after.search(new.text) and not before.search(new.text):
        note = f"the approval now comes after the fact: {_q(new.text)} where it was {_q(old.text)}"
        out.append(Vote(Signal("approval_weakened", old.text, new.text, note), flip, "new", new.clause))
    elif after.search(old.text) and before.search(new.text) and not after.search(new.text):
        note = f"the approval now comes first: {_q(new.text)} where it was {_q(old.text)}"
        out.append(Vote(Signal("approval_strengthened", old.text, new.text, note), -flip, "new", new.clause))
    if old_rank and new_rank and old_rank != new_rank:
        lower = int(new_rank) < int(old_rank)
        note = f"approval by {_q(new.text)} where it was {_q(old.text)}"
        out.append(
            Vote(
                Signal("approver_lower" if lower else "approver_higher", old.text, new.text, note),
                (1 if lower else -1) * flip,
                "new",
                new.clause,
            )
        )
    return out


_MARKERS = re.compile(
    r"^(?:only\s+)?(?:unless|except(?:\s+(?:when|where|if|that))?|if|when|where|provided\s+that|in\s+cases?\s+where|"
    r"without|absent|with|upon|after)\s+",
    re.I,
)
_LACKING = re.compile(r"(?:without|absent|in\s+the\s+absence\s+of)\b", re.I)
"""A prohibition's condition that names what lets the act through ("shall not release … without a judicial
warrant")."""
_LABELS = re.compile(r"(?:^|\s)(?:\(?[a-z0-9]{1,3}[.)])(?=\s)", re.I)


def _words(text: str) -> str:
    """The words of a rule with list labels, punctuation and case set aside."""
    return _norm(_LABELS.sub(" ", text))


_JOINERS = frozenset(["and", "the", "unless", "except", "only", "when", "where", "whenever"])
"""Words that join or introduce carve-outs and conditions, set aside when their words are compared."""


def _carve_words(*parts: str) -> set[str]:
    """The words of carve-outs or conditions, without those that only join or introduce them."""
    return set(re.findall(r"[a-z]{3,}", " ".join(parts).lower())) - _JOINERS


def _equivalent(old: Provision, new: Provision) -> bool:
    """The same rule in other words: all the same words in other paragraphs or list shape, or
    "shall not X unless C" restated as "may X only if C" (and the reverse)."""
    if old.body and _words(old.body) == _words(new.body):
        return True
    ban, allow = (old, new) if old.binding == "prohibited" else (new, old)
    if ban.binding != "prohibited" or allow.binding != "permitted":
        return False
    carve = [_MARKERS.sub("", _norm(p.text)) for p in ban.exceptions if p.polarity == "allows"]
    terms = [_MARKERS.sub("", _norm(p.text)) for p in allow.conditions if p.polarity == "forbids"]

    def paired(these: list[str], those: list[str]) -> bool:
        mine, yours = _carve_words(*these), _carve_words(*those)
        if mine != yours and mine ^ yours <= _QUALIFIERS:
            # "unless … convicted of a felony" → "only if … convicted of a violent felony": a qualifier gained
            # or lost is no restatement (_carve_outs_reworded weighs it)
            return False
        if len(these) == len(those) and all(max(_sim(c, t) for t in those) >= SAME_PART for c in these):
            return True
        # "Unless otherwise authorized by law, no … agency shall investigate …, unless it is subsequent to
        # an alleged violation of New Hampshire law" = "… may investigate … only if it is subsequent to an
        # alleged violation of New Hampshire law or is otherwise authorized by law" (an edit of N.H. SB 563
        # of 2024): the carve-outs joined into one condition, the same words
        return bool(mine) and len(mine ^ yours) <= max(1, len(mine | yours) // 10)

    lacking = [_MARKERS.sub("", _norm(p.text)) for p in ban.conditions if _LACKING.match(p.text)]
    if lacking:
        # "shall not release … without a judicial warrant, subpoena or court order, unless authorized by the
        # student or required by law" = "Unless authorized by the student or required by law, … may release
        # … only with a judicial warrant, subpoena or court order" (NOCCCD, Immigration-Related Requests)
        others = [_MARKERS.sub("", _norm(p.text)) for p in allow.exceptions]
        return paired(lacking, terms) and (paired(carve, others) if carve or others else True)
    return bool(carve) and paired(carve, terms)


def _carve_outs_reworded(old: Provision, new: Provision) -> tuple[bool, list[str], list[str]] | None:
    """A prohibition with carve-outs ("unless …") turned into a permission with conditions ("only if …"),
    or the reverse, whose words differ only by what the one has and the other lacks: (wider, the words of
    the old side lost, the words of the new side gained). None for any other shape."""
    if {old.binding, new.binding} != {"prohibited", "permitted"}:
        return None

    def allowed_when(rule: Provision) -> list[str]:
        parts = rule.exceptions if rule.binding == "prohibited" else rule.conditions
        want = "allows" if rule.binding == "prohibited" else "forbids"
        return [p.text for p in parts if p.polarity == want and p.kind != "item"]

    was, now = allowed_when(old), allowed_when(new)
    if not was or not now:
        return None
    allow = old if old.binding == "permitted" else new
    if not allow.modal or not any(_EXCLUSIVE.search(p) for p in allowed_when(allow)):
        return None  # "ICE is notified … when …" states a practice, not leave given "only if …"
    mine, yours = _carve_words(*was), _carve_words(*now)
    if mine == yours or not (mine < yours or yours < mine):
        return None

    def beyond(parts: list[str], other: set[str]) -> list[str]:  # the parts that say what the other lacks
        return [p for p in parts if _carve_words(p) - other]

    # a qualifier gained ("… convicted of a [violent] felony") lets it through in fewer cases, where an
    # alternative gained lets it through in more
    wider = mine > yours if (mine ^ yours) <= _QUALIFIERS else yours > mine
    return wider, beyond(was, yours), beyond(now, mine)


_FIRM_MODAL = re.compile(r"\b(?:shall|must|will)\b", re.I)
"""A modal that binds ("shall", "must", "will"), not one that advises or permits."""


def _advisory(modal: str) -> bool:
    """ "should not", "No officer should": advice, not a binding prohibition."""
    return bool(re.search(r"\b(?:should|ought)\b", modal, re.I)) and not _FIRM_MODAL.search(modal)


def _pair_votes(
    old: Provision, new: Provision, protective: set[str], siblings: Sequence[Provision] = ()
) -> list[Vote]:
    flip = _flip(new, protective)
    votes: list[Vote] = []
    main_old, main_new = old.clauses[0], new.clauses[0]
    if " … " in new.quote and len(new.clauses) > 1:  # "stem … item": the rule's own words end in the item
        main_new = new.clauses[1]
    if " … " in old.quote and len(old.clauses) > 1:
        main_old = old.clauses[1]
    if _equivalent(old, new):
        return votes
    if (reach := _carve_outs_reworded(old, new)) is not None:
        # "no agency shall investigate … unless A, unless B" → "may investigate … only if A": a ban and its
        # carve-outs restated as a permission and its conditions; which way is read from the carve-outs
        wider, gone, came = reach
        said = "; ".join(_q(w) for w in (came if wider else gone))
        note = (
            f"the rule, restated as {_q(new.modal or new.binding)} ({new.binding}), now allows it in "
            f"{'more' if wider else 'fewer'} cases: {said}"
        )
        signal = Signal("coverage_widened" if wider else "coverage_narrowed", old.quote, new.quote, note)
        return [Vote(signal, (1 if wider else -1) * flip, "new", main_new)]
    if old.binding != new.binding:
        up = LEVEL[new.binding] > LEVEL[old.binding]
        note = (
            f"{_q(old.modal or old.binding)} ({old.binding}) became "
            f"{_q(new.modal or new.binding)} ({new.binding})"
        )
        signal = Signal("binding", old.modal or old.binding, new.modal or new.binding, note)
        # a completed stem's modal is in the stem: the vote goes to the stem and the item alike
        sides: tuple[tuple[Side, Provision, str], ...] = (("new", new, main_new), ("old", old, main_old))
        for side, rule, main in sides:
            for clause in dict.fromkeys((rule.clauses[0], main)):
                votes.append(Vote(signal, (1 if up else -1) * flip, side, clause))
        if (old.binding == "prohibited") != (new.binding == "prohibited"):
            return votes  # the rule turned round: its parts now mean the opposite, the binding says it all
    sign = -1 if new.binding == "prohibited" else 1
    if old.binding == new.binding == "prohibited" and _advisory(old.modal) != _advisory(new.modal):
        firmer = _advisory(old.modal)  # "should not" became "shall not"
        now = "binding" if firmer else "advice"
        note = f"{_q(old.modal)} became {_q(new.modal)}: the prohibition is now {now}"
        # as with the binding above: a completed stem's modal is in the stem, the vote goes to both
        votes.extend(
            Vote(Signal("binding", old.modal, new.modal, note), (-1 if firmer else 1) * flip, "new", c)
            for c in dict.fromkeys((new.clauses[0], main_new))
        )
    coverage = _extra_alternative(old.quote, new.quote) or _extra_alternative(new.quote, old.quote)
    part_words = [set(_words(p.text).split()) for p in old.parts + new.parts]
    if coverage and any(len(set(coverage.split()) & w) >= 0.5 * len(coverage.split()) for w in part_words):
        coverage = None  # the words added or dropped are a condition, exception or approval, weighed below
    if coverage and any(set(coverage.split()) <= set(_words(p.body or p.quote).split()) for p in siblings):
        coverage = None  # the words moved to another sentence of the same rule ("Nor shall any officer …")
    if coverage and _disregarded(coverage, old.quote, new.quote):
        coverage = None  # "regardless of their [national origin or] immigration status": see _modifier_votes
    if coverage and not coverage.startswith("except "):
        narrower = len(new.quote) < len(old.quote)  # an "or …" alternative of what the rule covers dropped
        fuller = old.quote if narrower else new.quote
        if _in_way_through(fuller, coverage):
            # "shall not be disclosed to immigration law enforcement authorities without parental consent, a
            # court order, judicial subpoena[, or an administrative warrant issued by ICE]" (an edit of Kerman
            # USD AR 5145.13): one more thing that lets the act through — the rule covers less
            votes.extend(_through_votes(old, new, coverage, not narrower, (-1 if narrower else 1) * flip))
        elif _DENIED_BEFORE.search(fuller[: max(0, fuller.find(coverage.split()[-1]))][-60:]):
            # "will not inquire about the immigration status of people they haven't arrested[ or detained]"
            # (an edit of a report on Houston PD's procedures): those neither arrested nor detained are fewer
            says = "no longer says" if narrower else "now says as well"
            reaches = "more" if narrower else "fewer"
            note = f"the list after its “not” {says} {_q(coverage)}: the rule reaches {reaches}"
            kind = "coverage_widened" if narrower else "coverage_narrowed"
            signal = Signal(kind, old.quote, new.quote, note)
            votes.extend(
                Vote(signal, (sign if narrower else -sign) * flip, "new", c) for c in new.clauses[:3]
            )
        else:
            note = f"the rule {'no longer' if narrower else 'now'} covers {_q(coverage)}"
            kind = "coverage_narrowed" if narrower else "coverage_widened"
            signal = Signal(kind, old.quote, new.quote, note)
            # the words may sit in the stem, the item or the item it continues: the vote goes to each
            votes.extend(
                Vote(signal, (-sign if narrower else sign) * flip, "new", c) for c in new.clauses[:3]
            )
    bound = None if coverage else _bound_member(old.quote, new.quote)
    if bound is not None:
        # "Police officers, peace officers, and school resource officers shall not …" → "Police officers
        # and peace officers shall not …": the rule binds fewer, so it covers less
        wider, who = bound
        note = f"the rule {'now' if wider else 'no longer'} binds {_q(who)}"
        if _SETS_APART.match(who):
            how = "no longer sets apart" if wider else "now sets apart"
            note = f"the rule {how} {_q(who)}: it binds {'more' if wider else 'fewer'}"
        signal = Signal("coverage_widened" if wider else "coverage_narrowed", old.quote, new.quote, note)
        votes.append(Vote(signal, (sign if wider else -sign) * flip, "new", main_new))
        coverage = who
    if not coverage:
        votes.extend(_modifier_votes(old, new, sign * flip))
    longer = _duration_change(old.quote, new.quote)
    if longer is not None:
        # "No person shall be held on an immigration detainer for more than 48 hours" → "… 72 hours":
        # a time limit on what the rule lets happen; a longer one lets more happen
        more, was, now = longer
        note = f"the time limit is now {_q(now)} where it was {_q(was)}"
        signal = Signal("coverage_widened" if more else "coverage_narrowed", was, now, note)
        votes.append(Vote(signal, (1 if more else -1) * flip, "new", main_new))
    joined = _conjunction_swap(old.quote, new.quote)
    if joined is not None:
        # "may assist ICE upon its specific request and in those situations where …" → "… or in those
        # situations where …": either condition now suffices, so the rule reaches more cases
        either = joined == "or"
        note = (
            "the conditions are now alternatives (“and” became “or”): either suffices"
            if either
            else "the conditions must now all hold (“or” became “and”)"
        )
        signal = Signal("condition_widened" if either else "condition_narrowed", old.quote, new.quote, note)
        # the vote goes where the "and"/"or" stands: the rule's own clause, or the item that ends with it
        where = list(new.clauses) if len(new.clauses) > 1 and " … " not in new.quote else [main_new]
        votes.extend(Vote(signal, (sign if either else -sign) * flip, "new", c) for c in where)
    # "District staff shall receive parent/guardian consent before a student is interviewed … by any officer
    # seeking to enforce [civil] immigration laws" (an edit of Redwood City SD AR 5145.13): what waits for an
    # approval is gated — a scope word dropped puts more of it behind the approval
    approved = old.modal == new.modal == "(once approved)"
    for word in SCOPE_WORDS:
        if word == "only" and sign < 0:
            continue  # "shall not … only" is too loose a reading to weigh
        # "only", "exclusively" bound the permission the approval gives, not what waits for it
        gate = -1 if approved and word not in ("only", "exclusively") else 1
        gated = "what the rule's approval is needed for" if gate < 0 else "the rule"
        if word in new.scope and word not in old.scope:
            votes.append(
                Vote(
                    Signal("scope_added", None, word, f"adds {_q(word)} to {gated}"),
                    -sign * flip * gate,
                    "new",
                    main_new,
                )
            )
        elif word in old.scope and word not in new.scope:
            votes.append(
                Vote(
                    Signal("scope_removed", word, None, f"drops {_q(word)} from {gated}"),
                    sign * flip * gate,
                    "new",
                    main_new,
                )
            )
    was_only, now_only = _exclusive(old), _exclusive(new)
    if sign > 0 and was_only != now_only and not {"only", "solely"} & set(old.scope + new.scope):
        # "will cooperate … only when an individual:" → "… when an individual:": the listed cases no
        # longer bound the rule, they only name some of the cases it covers
        verb, now = ("drops", "no longer") if was_only else ("adds", "now")
        note = f"{verb} {_q(was_only or now_only)}: the conditions {now} bound the rule"
        signal = Signal(
            "scope_removed" if was_only else "scope_added", was_only or None, now_only or None, note
        )
        votes.append(Vote(signal, (1 if was_only else -1) * flip, "new", new.clauses[0]))
    votes.extend(_part_votes(old, new, protective))
    return votes


_LIMIT = re.compile(
    r"\b(?:more|longer)\s+than|\bin\s+excess\s+of|\b(?:not\s+to\s+)?exceed(?:ing)?|\bbeyond|\bup\s+to|\bmaximum\s+of|"
    r"\bno\s+more\s+than|\bat\s+most"
    # "convicted of a serious or violent felony within the past 15 years" (a California jail's notification
    # policy, in kind): a look-back that reaches further takes in more people
    r"|\bwithin\s+the\s+(?:past|last|preceding|previous|prior)",
    re.I,
)
_DURATION = re.compile(
    r"(?P<limit>" + _LIMIT.pattern + r")\s+(?:a\s+(?:period\s+of\s+)?)?(?:\w+\s+)?\(?(?P<n>\d{1,4})\)?\s*"
    r"(?P<unit>minutes?|hours?|days?|business\s+days?|working\s+days?|weeks?|months?|years?)",
    re.I,
)


def _duration_change(was: str, now: str) -> tuple[bool, str, str] | None:
    """(longer?, old words, new words) when the only time limit of a rule ("for more than 48 hours")
    changed its number of the same unit."""
    a, b = list(_DURATION.finditer(was)), list(_DURATION.finditer(now))
    if len(a) != 1 or len(b) != 1:
        return None
    unit_a, unit_b = a[0].group("unit").lower().rstrip("s"), b[0].group("unit").lower().rstrip("s")
    n_a, n_b = int(a[0].group("n")), int(b[0].group("n"))
    if unit_a != unit_b:
        return None
    if n_a == n_b:
        # "hold … for up to 48 hours[, excluding weekends and holidays,]" (an edit of Anne Arundel County's
        # 2008 detainer order): days the limit no longer counts make it longer
        skip_a, skip_b = _NOT_COUNTED.search(was), _NOT_COUNTED.search(now)
        if skip_a is not None and skip_b is not None or skip_a is None and skip_b is None:
            return None
        said = (skip_b or skip_a).group(0)  # type: ignore[union-attr]
        if skip_b is not None:
            return True, a[0].group(0), f"{b[0].group(0)}, {said}"
        return False, f"{a[0].group(0)}, {said}", b[0].group(0)
    return n_b > n_a, a[0].group(0), b[0].group(0)


_NOT_COUNTED = re.compile(
    r"\b(?:excluding|except|not\s+including|exclusive\s+of)\s+"
    + _NON_BUSINESS_DAYS
    + r"(?:\s+(?:and|or)\s+(?:\w+\s+)?holidays?)?\b",
    re.I,
)
"""The days a time limit no longer counts ("48 hours, excluding weekends and holidays")."""


_JOINS_CONDITIONS = re.compile(
    r"^(?:only\s+)?(?:when(?:ever)?|if|where|upon|after|once|in\s+(?:those\s+|the\s+)?(?:cases|circumstances|situations|"
    r"instances)|provided|unless|except)\b",
    re.I,
)


def _conjunction_swap(was: str, now: str) -> str | None:
    """ "or" / "and" when the only edit between two wordings of a rule swaps "and" for "or" (or back)
    where two conditions meet ("… upon its specific request and in those situations where …")."""
    a, b = _norm(was).split(), _norm(now).split()
    ops = [op for op in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    pair = (a[i1:i2], b[j1:j2])
    if pair not in ((["and"], ["or"]), (["or"], ["and"])):
        return None
    after, before = " ".join(b[j2 : j2 + 4]), " ".join(b[max(0, j1 - 8) : j1])
    # "… may arrest any person who: (a) Is charged … with a criminal violation of federal immigration laws …;
    # and (b) Is subject to arrest … pursuant to a warrant of arrest …" (ORS 181A.820(3)): the things said of
    # the person are the rule's conditions too
    described = re.search(r"\b(?:who|whom)\b", " ".join(b[max(0, j1 - 60) : j1]), re.I)
    if not (
        _JOINS_CONDITIONS.match(after)
        or re.search(r"\b(?:when|if|where|upon|unless)\b", before, re.I)
        or described
    ):
        return None
    return b[j1]


_NOT_MODIFIER = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "any",
        "all",
        "every",
        "each",
        "whatsoever",
        "circumstances",
        "time",
        "times",
    ]
    + [
        "ever",
        "without",
        "except",
        "unless",
        "including",
        "include",
        "includes",
        "shall",
        "will",
        "may",
        "must",
    ]
    + ["should", "also", "further", "fully", "immediately", "promptly", "continue", "to", "be"]
)


def _after_regardless(words: Sequence[str], at: int) -> bool:
    """The words from ``at`` on are among the grounds a rule disregards: "regardless of" stands at most
    three words before them ("serving … all persons, regardless of their [national origin or]
    immigration status", Lisle Policy 415 against Urbana 413), not what the rule acts on."""
    return any(
        words[j] == "regardless" and words[j + 1] == "of" for j in range(max(0, at - 5), max(0, at - 1))
    )


def _disregarded(phrase: str, *quotes: str) -> bool:
    """``phrase`` stands, in one of ``quotes``, among the grounds the rule disregards."""
    wanted = phrase.split()
    for quote in quotes:
        words = _words(quote).split()
        for at in range(len(words) - len(wanted) + 1):
            if words[at : at + len(wanted)] == wanted and _after_regardless(words, at):
                return True
    return False


def _modifier_votes(old: Provision, new: Provision, sign: int) -> list[Vote]:
    """Words that narrow what the rule acts on, added or dropped after its verb ("will not undertake
    any immigration-related investigation" → "… immigration-related deportation or detainer
    investigation"): the rule now covers less (or more). Several such edits are weighed together
    when each can be read and they all point the same way. ``sign``: +1 where the rule lets
    enforcement happen, -1 where it forbids it."""

    def main(p: Provision) -> str:
        text = p.quote or p.body
        for part in p.parts:
            text = text.replace(part.text, " ")
        return text

    a, b = _plain(main(old)), _plain(main(new))
    modal = _plain(new.modal or "")
    if not modal or not a or not b:
        return []
    bare_a, bare_b = [w for w in a if w not in _DETERMINERS], [w for w in b if w not in _DETERMINERS]
    for longer, shorter, gained in ((bare_b, bare_a, True), (bare_a, bare_b, False)):
        member = _list_member(longer, shorter, longest=12)
        if member is not None and _in_way_through(main(new if gained else old), member):
            # "without parental consent, a court order, [or→a] judicial subpoena[, or an administrative
            # subpoena issued by the Department of Homeland Security]" (an edit of Kerman USD AR 5145.13): a
            # member of the list of what lets the act through, its "or" moved to the new last one
            return _through_votes(old, new, member, gained, -sign if gained else sign)
    ops = _ops(a, b)
    if not ops or len(ops) > 3:
        return []
    readings = []
    left_out = False
    for op in ops:
        reading = _reach_edit(op, a, b, modal, main(old), main(new), _plain(old.modal or ""))
        if reading is None:
            return []
        if (
            reading[0] is not None
            and reading[2]
            and new.binding != "prohibited"
            and _in_carve_out(main(new if reading[0] else old), reading[1])
        ):
            # "Providing a liaison function to federal agents …; provided, that such function shall not
            # include using city funds or resources to stop, question, interrogate, investigate[, detain,]
            # or arrest persons" (an edit of a city code's list of what its chapter does not prohibit): one
            # more act the permission leaves out, so it allows less
            reading, left_out = (not reading[0], reading[1], reading[2]), True
        if reading[0] is not None:
            readings.append(reading)
    ways = {wider for wider, _phrase, _listed in readings}
    if len(ways) != 1:
        return []
    wider = bool(ways.pop())
    listed = [phrase for _wider, phrase, lst in readings if lst]
    if len(readings) == 1 and listed and _in_way_through(main(new if not wider else old), listed[0]):
        # a member of what lets a prohibited act through (see _reach_edit): said as such
        return _through_votes(old, new, listed[0], not wider, sign if wider else -sign)
    qualified = [phrase for _wider, phrase, lst in readings if not lst]
    said = []
    if listed and left_out:
        said.append(f"the rule {'no longer' if wider else 'now'} leaves out {_q(' … '.join(listed))}")
    elif listed:
        # one of a list of acts or things ("stop, question, or detain"): the rule covers more with it
        said.append(f"the rule {'now' if wider else 'no longer'} covers {_q(' … '.join(listed))}")
    if qualified and wider:
        said.append(f"the rule no longer says {_q(' … '.join(qualified))}")
    elif qualified:
        said.append(f"the rule now acts only on what is {_q(' … '.join(qualified))}")
    note = "; ".join(said) + ("" if len(said) > 1 or listed else f": it covers {'more' if wider else 'less'}")
    signal = Signal("coverage_widened" if wider else "coverage_narrowed", old.quote, new.quote, note)
    return [Vote(signal, sign if wider else -sign, "new", c) for c in new.clauses[:3]]


_DETERMINERS = frozenset(["a", "an", "the", "any"])
_LEFT_OF_A_PART = frozenset(
    ["with", "the", "a", "an", "of", "by", "upon", "from", "written", "prior", "express", "advance", "in"]
)
"""Words an approval leaves behind where it is taken out of its rule ("with the written [approval of the
Chief of Police]")."""
_NEGATING = frozenset(["not", "no", "never", "nor", "neither", "without", "except", "unless", "excluding"])
_RELATIVE_COPULA = frozenset(["that", "which", "who", "is", "are", "was", "were", "be", "been"])
_LEADING_CONDITION = frozenset(["if", "when", "whenever", "where", "upon", "once", "after"])
_RELATING = frozenset(
    ["as", "they", "it", "relate", "relates", "to", "with", "respect", "regarding", "concerning", "relating"]
)


def _reach_edit(
    op: tuple[str, int, int, int, int],
    a: list[str],
    b: list[str],
    modal: list[str],
    was: str,
    now: str,
    was_modal: list[str] | None = None,
) -> tuple[bool | None, str, bool] | None:
    """One word edit of a rule's own words after its verb, read as (wider?, its words, a list
    member?): a member of a list of acts or things gained widens, a narrowing word or a restricting
    clause gained narrows; (None, …) for an edit of determiners only ("a purpose" → "the purpose");
    None where the edit cannot be read that way."""
    tag, i1, i2, j1, j2 = op
    verb_at = next((k for k in range(len(b)) if b[k : k + len(modal)] == modal), None)
    if tag == "replace":
        # "a purpose" → "the primary purpose": determiners aside, words only gained (or only lost)
        lost = [w for w in a[i1:i2] if w not in _DETERMINERS]
        got = [w for w in b[j1:j2] if w not in _DETERMINERS]
        if {*lost, *got} == {"neither", "not"}:
            return None, "", True  # "will neither make … nor" → "will not make"
        leading = verb_at is not None and 0 < j1 < verb_at and b[0] in _LEADING_CONDITION
        if verb_at is None or (j1 <= verb_at + len(modal) and not leading):
            return None
        if not lost and not got or set(lost + got) <= _RELATING:
            return None, "", True  # "as they relate to" → "with respect to"
        if lost and got:
            return None
        block = got or lost
        if any(w not in _QUALIFIERS and w not in ("primary", "principal", "sole", "main") for w in block):
            return None
        return not got, " ".join(block), False
    block, words, at, text = (b[j1:j2], b, j1, now) if tag == "insert" else (a[i1:i2], a, i1, was)
    if all(w in _LEFT_OF_A_PART for w in block):
        # what is left where a part was taken out ("…, with the [approval of a shift commander], as
        # requested", an edit of Anne Arundel County PD policy 606): weighed as that part
        return None, "", True
    if all(w in _RELATIVE_COPULA for w in block):
        # "office space [that is] exclusively dedicated for immigration authorities" (an edit of Cal. Gov.
        # Code 7284.6(a)(1)(E)): a relative pronoun and its verb "to be" name the same thing
        return None, "", True
    if tag == "delete":
        modal = was_modal or modal
        verb_at = next((k for k in range(len(a)) if a[k : k + len(modal)] == modal), None)
    # "honor an ICE detainer [accompanied by a judicial warrant]": a participle or relative clause
    # that ends the rule narrows its object
    trailing = (
        at + len(block) >= len(words)
        and len(block) >= 2
        and (
            (block[0].endswith("ed") and block[1] == "by")
            or block[0] in ("that", "which", "who", "whose", "issued", "signed")
            # "any other individuals [reasonably suspected of being involved in a crime]" (an edit of 8
            # U.S.C. 1373(b)): a participle phrase on whom the rule acts
            or (block[0] in ("reasonably", "suspected", "believed") and len(block) >= 3)
        )
    )
    # "the immigration status of any individual [who has been arrested for a criminal offense],
    # including …" (Tenn. Code 7-68-105(a), SB 17 of 2025): a clause on whom the rule acts on narrows it
    # wherever it stands
    trailing = trailing or (block[0] in ("who", "whom", "whose") and len(block) >= 3)
    # "If a person is arrested … for a felony, gang-related crime, [any misdemeanor,] or is …, the
    # officer may notify ICE" (an edit of Hanover Park PD Directive 210-P, V): a condition the rule
    # opens with bounds the cases it applies in as its object does
    leading = verb_at is not None and 0 < at < verb_at and words[0] in _LEADING_CONDITION
    if verb_at is None or (at <= verb_at + len(modal) and not leading):
        return None
    if _after_regardless(words, at):
        return None  # a ground the rule disregards, not an act it covers
    bare = block[1:] if block[0] == "and" else block
    if (
        len(bare) >= 3
        and bare[0] in ("with", "upon", "subject")
        and set(bare[1:4]) & {"consent", "approval", "agreement", "concurrence", "authorization", "to"}
        and not set(bare) & _NEGATING
    ):
        # "… shall, to the maximum extent permitted by law, [and with the consent of State or local officials
        # as appropriate,] take appropriate action …" (Executive Order 14159, sec. 11, an edit of it): a
        # consent or approval the act waits for, gained or lost
        return tag == "delete", " ".join(bare), False
    alternative = block[0] in ("or", "nor") or block[-1] == "or"
    if alternative and 2 <= len(block) <= 12 and not set(block) & _NEGATING - {"nor"}:
        phrase = " ".join(w for w in block if w not in ("or", "nor"))
        if _in_way_through(text, phrase):
            # "… shall not be disclosed … without parental consent, a court order, [a] judicial subpoena[, or
            # an administrative subpoena issued by the Department of Homeland Security]" (an edit of Kerman
            # USD AR 5145.13): one more way through the rule, which then covers less
            return tag != "insert", phrase, True
        if len(block) <= (10 if block[0] in ("or", "nor") else 6):
            # "a joint … task force [which includes ICE, or] for which a purpose is …" (an edit of Humboldt
            # County Code 9121-6(b)), "the subject of an arrest warrant issued by a federal magistrate [or of
            # an administrative warrant issued by ICE]": an alternative of what the rule acts on
            return tag == "insert", phrase, True
    listed = not trailing and (
        (at > 0 and words[at - 1] in ("or", "and"))
        or (at + len(block) < len(words) and words[at + len(block)] in ("or", "and"))
        or bool(re.search(rf"\b{re.escape(block[-1])}\s*,", text, re.I))
    )
    if (
        len(block) > (10 if trailing else 8 if listed else 4)
        or block[0] in ("or", "and")
        or block[-1] in ("or", "and")
        or set(block) & (_NEGATING if listed else _NOT_MODIFIER)
        or any(w.isdigit() for w in block)
    ):
        return None
    if at + len(block) >= len(words) and not trailing:
        return None  # words at the end of the rule add to it rather than narrow a noun
    if listed and _in_way_through(text, " ".join(block)):
        # "may not … allow an officer … to enter a nonpublic area … without being presented with a valid
        # judicial warrant[, judicial subpoena,] or a court order" (Wash. SB 5906, 2025, as introduced and as
        # substituted): a member of the list of what lets the act through, not of what it acts on
        return tag != "insert", " ".join(block), True
    if listed:
        return tag == "insert", " ".join(block), True
    return tag == "delete", " ".join(block), False


_ONLY_WHEN = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:when|if|where|upon|after|in\s+(?:cases?|circumstances|situations)"
    r"|to\s+the\s+extent)\b",
    re.I,
)


def _exclusive(p: Provision) -> str:
    """The words that make a rule's conditions its only cases ("only when", "solely if"), or ""."""
    found = _ONLY_WHEN.search(p.quote.split(" … ")[0])
    return found.group(0).lower() if found else ""


def _pair_up(old: list[Provision], new: list[Provision]) -> list[tuple[Provision | None, Provision | None]]:
    scored = sorted(
        (
            (_sim(o.quote, n.quote) + (0.2 if o.binding == n.binding else 0.0), i, j)
            for i, o in enumerate(old)
            for j, n in enumerate(new)
        ),
        reverse=True,
    )
    used_o: set[int] = set()
    used_n: set[int] = set()
    pairs: list[tuple[Provision | None, Provision | None]] = []
    for score, i, j in scored:
        if i in used_o or j in used_n:
            continue
        if score < SAME_RULE and (len(old) > 1 and len(new) > 1):
            continue
        used_o.add(i)
        used_n.add(j)
        pairs.append((old[i], new[j]))
    pairs += [(o, None) for i, o in enumerate(old) if i not in used_o]
    pairs += [(None, n) for j, n in enumerate(new) if j not in used_n]
    return pairs


_STOP = frozenset(
    ["the", "a", "an", "of", "to", "in", "on", "or", "and", "any", "for", "by", "with", "as", "be", "is"]
    + ["are", "shall", "will", "may", "not", "no", "this", "that", "who"]
)


def _item_words(p: Provision) -> set[str]:
    """The words of a list item's rule that its stem does not have (empty for a rule of one sentence)."""
    if " … " not in p.quote:
        return set()
    stem = set(_words(p.quote.split(" … ")[0]).split())
    return set(_words(p.body or p.quote).split()) - stem - _STOP


_LIST_WORDS = frozenset(
    ["following", "take", "actions", "action", "activities", "acts", "things", "do", "undertake"]
)
"""The words a list's stem announces its items with ("take any of the following actions:")."""


def _absorbed(lone: Provision, others: Sequence[Provision]) -> Provision | None:
    """The provision of the other version that already says what ``lone`` says: same action and
    binding, and nearly all of ``lone``'s words (two sentences joined into one, one split in two)."""
    words = set(_words(lone.body or lone.quote).split()) - _STOP
    # a list item's rule is its item's words: the stem it shares with the other items says nothing of it
    # ("… any of the following …: (3) Exchanging such information with any other … government entity")
    item = _item_words(lone) or words
    if item is not words:
        # "shall not stop, detain, question, interrogate, or arrest any individual … solely on the basis of …"
        # set out as "shall not take any of the following actions solely on the basis of …: stop, detain,
        # question, or interrogate the individual; …" (a university's policy in kind): the words that
        # announce a list are no part of its rule
        words -= _LIST_WORDS
    for other in others:
        if other.binding != lone.binding or not words:
            continue
        theirs = set(_words(other.body or other.quote).split())
        their_item = _item_words(other) or theirs
        if len(words & theirs) >= 0.85 * len(words) and len(item & their_item) >= 0.85 * len(item):
            return other
    return None


def _fold_like(mine: Sequence[Provision], theirs: Sequence[Provision]) -> list[Provision]:
    """A permission that stands alone in ``mine`` but is an exception of a prohibition in ``theirs``
    (it gained a condition there, so the reader folded it: "may participate … in a joint law enforcement
    taskforce" → "…, except where the primary purpose of the taskforce is federal civil immigration
    enforcement", N.J. Immigrant Trust Directive II.A.5 and II.C): read it as that exception here too,
    so the two versions compare part for part instead of a permission dropped and an exception added."""
    out = list(mine)
    for lone in mine:
        if lone.binding not in ("permitted", "discretionary") or lone not in out:
            continue
        said = _norm(lone.quote)
        folded = any(
            p.action == lone.action and p.binding == "prohibited" and _norm(e.text).startswith(said)
            for p in theirs
            for e in p.exceptions
        )  # only where the permission was kept word for word and words were added after it
        rule = next((p for p in out if p.action == lone.action and p.binding == "prohibited"), None)
        if not folded or rule is None:
            continue
        exception = Part(lone.quote, lone.clauses[0], lone.page, "allows", "exception")
        merged = replace(
            rule,
            exceptions=(*rule.exceptions, exception),
            clauses=tuple(dict.fromkeys((*rule.clauses, *lone.clauses))),
            body=f"{rule.body} {lone.body}".strip(),
        )
        out = [merged if p is rule else p for p in out if p is not lone]
    return out


def weigh(
    old: Sequence[Provision],
    new: Sequence[Provision],
    protective: set[str],
    stem_kept: Callable[[Provision, Side], bool] | None = None,
) -> list[Verdict]:
    """Every provision of either version in one verdict, in the order of the lens's actions as they
    first appear (new version first). ``stem_kept(rule, side)``: does the other version have, word for
    word, the stem of a list whose item gives the rule on ``side``?"""
    old, new = _fold_like(old, new), _fold_like(new, old)
    actions = list(dict.fromkeys([p.action for p in new] + [p.action for p in old]))
    verdicts: list[Verdict] = []
    for action in actions:
        pairs = _pair_up([p for p in old if p.action == action], [p for p in new if p.action == action])
        # rules on the action that are new in this version and limit it, where no rule it keeps does: a
        # carve-out added beside them ("Subsection (d) does not prevent a peace officer from: …", Tex.
        # Code Crim. Proc. art. 2.13(e) as SB 4 of 2017 added it with (d)) bounds the new limit
        fresh = [
            n
            for o, n in pairs
            if o is None and n is not None and not _DOUBLE_NEGATION.search(n.modal) and _limits(n)
        ]
        if any(o is not None and n is not None and _limits(n) for o, n in pairs):
            fresh = []
        for o, n in pairs:
            if o is not None and n is not None:
                siblings = [p for p in (*old, *new) if p.action == action and p is not o and p is not n]
                verdicts.append(Verdict(o, n, tuple(_pair_votes(o, n, protective, siblings))))
            elif n is not None:
                twin = _absorbed(n, [p for p in old if p.action == action])
                if twin is None and stem_kept is not None and _only_item(n) and stem_kept(n, "new"):
                    votes = _only_item_votes(n, "new", protective)
                else:
                    votes = () if twin else tuple(_whole(n, "new", +1, protective, bounds=fresh))
                verdicts.append(Verdict(twin, n, votes))
            elif o is not None:
                twin = _absorbed(o, [p for p in new if p.action == action])
                rest = [p for p in new if p.action == action]
                if twin is None and stem_kept is not None and _only_item(o) and stem_kept(o, "old"):
                    verdicts.append(Verdict(o, None, _only_item_votes(o, "old", protective)))
                    continue
                verdicts.append(
                    Verdict(o, twin, () if twin else tuple(_whole(o, "old", -1, protective, rest)))
                )
    verdicts = _same_sentence(verdicts, protective)
    return [_replaced(_item_only(v, verdicts), verdicts, protective) for v in verdicts]


def _same_sentence(verdicts: list[Verdict], protective: set[str]) -> list[Verdict]:
    """A rule dropped and a rule added that are one sentence reworded, read as two actions because its
    objects changed ("an officer may arrest any person who is the subject of an arrest warrant issued by
    a federal magistrate for a criminal violation of federal immigration laws" → "… a federal magistrate
    or of an administrative warrant issued by ICE for a violation …", an edit of Forest Grove (Or.) PD
    policy 412.3, read first as a stop for status, then as honouring ICE's warrants): one rule, weighed
    as one — its words that changed say which way."""
    dropped = [k for k, v in enumerate(verdicts) if v.new is None and v.old is not None]
    added = [k for k, v in enumerate(verdicts) if v.old is None and v.new is not None]
    merged: dict[int, Verdict] = {}
    gone: set[int] = set()
    for i in dropped:
        was = verdicts[i].old
        assert was is not None
        opening = _norm(was.quote).split()[:2]
        for j in added:
            now = verdicts[j].new
            assert now is not None
            if (
                j in gone
                or now.action == was.action
                or now.binding != was.binding
                or now.modal.lower() != was.modal.lower()
                or len(was.clauses) != len(now.clauses)
                or _norm(now.quote).split()[:2] != opening  # cheap, before the ratio
                or _sim(was.quote, now.quote) < 0.8
            ):
                continue
            merged[i] = Verdict(was, now, tuple(_pair_votes(was, now, protective)))
            gone.add(j)
            break
    return [merged.get(k, v) for k, v in enumerate(verdicts) if k not in gone]


def _only_item(p: Provision) -> bool:
    """A rule read from one item of a list of the only cases in which an act is allowed ("may
    disclose information relating to a victim … only: (1) …; (2) …")."""
    return (
        " … " in p.quote
        and len(p.clauses) >= 2
        and p.binding in ("permitted", "required")
        and bool(_EXCLUSIVE.search(p.quote.split(" … ")[0]))
    )


def _only_item_votes(p: Provision, side: Side, protective: set[str]) -> tuple[Vote, ...]:
    """An item gained (or lost) under a stem both versions have, that allows an act *only* in the
    cases it lists: one more case (or one fewer) in which the act is allowed. The rule is not new —
    its stem stood before, read by the tool or not — so it does not limit as a new limited rule
    would ("… MAY DISCLOSE INFORMATION RELATING TO A VICTIM … ONLY: (1) …; (2) …" gaining "(3) TO
    FEDERAL IMMIGRATION AUTHORITIES, ON REQUEST, …", an edit of Md. Crim. Proc. 11-932(A))."""
    item = p.quote.split(" … ")[-1]
    gained = side == "new"
    note = (
        f"{'adds' if gained else 'drops'} the case {_q(item)} to the only cases in which the rule allows it"
    )
    signal = Signal(
        "item_added" if gained else "item_removed", None if gained else item, item if gained else None, note
    )
    vote = (1 if gained else -1) * _flip(p, protective)
    return tuple(Vote(signal, vote, side, c) for c in p.clauses[1:])


def _item_only(verdict: Verdict, verdicts: list[Verdict]) -> Verdict:
    """A list item's rule added or dropped is weighed at the item: where the stem also introduces
    items whose rules stand in both versions, the stem's own change is theirs to judge ("shall not
    prohibit … from doing any of the following: (1) Sending …; (2) Maintaining …; (3) Exchanging …"
    losing items, 8 U.S.C. 1373(b) as H.R. 5825 of 2024 would amend it)."""
    lone = verdict.new if verdict.old is None else verdict.old if verdict.new is None else None
    if lone is None or " … " not in lone.quote or len(lone.clauses) < 2:
        return verdict
    stem = lone.clauses[0]
    kept = any(
        v.old is not None and v.new is not None and stem in (v.old.clauses[0], v.new.clauses[0])
        for v in verdicts
    )
    if not kept:
        return verdict
    return replace(verdict, votes=tuple(v for v in verdict.votes if v.clause != stem))


def _replaced(verdict: Verdict, verdicts: list[Verdict], protective: set[str]) -> Verdict:
    """A limit dropped while the same topic gains limits of its own is a replacement: it neither
    limits nor expands on its own ("will not act as an immigration authority" giving way to
    "will not stop, detain or arrest anyone solely for immigration status")."""
    old = verdict.old
    if verdict.new is not None or old is None or not any(v.vote > 0 for v in verdict.votes):
        return verdict
    successors = [
        v.new
        for v in verdicts
        if v.new is not None
        and v.old is None
        and v.new.topic == old.topic
        and v.new.action != old.action
        and v.new.action not in protective
        and (v.new.binding == "prohibited" or _restricted(v.new))
    ]
    if not successors:
        return verdict
    said = "; ".join(f"{_q(s.quote)} (p. {s.page})" for s in successors[:3])
    note = (
        f"the old rule {_q(old.quote)} gives way to rules of the same topic that also limit "
        f"enforcement: {said}"
    )
    return Verdict(
        old,
        None,
        tuple(
            Vote(Signal("replaced", old.quote, successors[0].quote, note), 0, "old", c) for c in old.clauses
        ),
    )


def involvement(expands: bool) -> str:
    """The head of an explanation: which way the change moves police involvement in enforcement."""
    return "Widens police involvement" if expands else "Narrows police involvement"


def decide(signals: Sequence[tuple[Signal, int]]) -> Assessment:
    limits = [s for s, v in signals if v < 0]
    expands = [s for s, v in signals if v > 0]
    plain = tuple(dict.fromkeys(s for s, _ in signals))
    if limits and expands:
        return Assessment(
            "unclear",
            plain,
            f"The rule changed both ways: {'; '.join(dict.fromkeys(s.note for s in limits))} (narrows), but "
            f"{'; '.join(dict.fromkeys(s.note for s in expands))} (widens).",
        )
    if limits:
        return Assessment(
            "limits_enforcement",
            plain,
            f"{involvement(False)}: {'; '.join(dict.fromkeys(s.note for s in limits))}.",
        )
    if expands:
        return Assessment(
            "expands_enforcement",
            plain,
            f"{involvement(True)}: {'; '.join(dict.fromkeys(s.note for s in expands))}.",
        )
    if plain and all(s.kind == "exception_reworded_open" for s in plain):
        return Assessment(
            "unclear",
            plain,
            "Direction open: "
            + "; ".join(dict.fromkeys(s.note for s in plain))
            + " — in words the tool cannot weigh: read it by hand.",
        )
    if any(s.kind.endswith("_open") for s in plain):
        return Assessment(
            "unclear",
            plain,
            "Direction open: "
            + "; ".join(dict.fromkeys(s.note for s in plain if s.kind.endswith("_open")))
            + " — what applies without it (or with it) is not stated here.",
        )
    if plain:
        return Assessment(
            "neutral", plain, "No change in effect: " + "; ".join(dict.fromkeys(s.note for s in plain)) + "."
        )
    return Assessment("neutral", (), "No change in effect.")


_WHO_DECIDES = [
    (re.compile(r"\bjudge\b|\bcourt\b|\bmagistrate\b", re.I), 5),
    *_APPROVER_RANK,
    (re.compile(r"\b(?:arresting|any|an?|the)\s+(?:officer|deputy|member|employee)s?\b", re.I), 1),
]
"""Who decides, highest first (the approvers' ranks, with a court above and an officer below): a lower
one is easier to satisfy."""
_GROUNDS = [
    (re.compile(r"\bprobable\s+cause\b|\bclear\s+and\s+convincing\b", re.I), 3),
    (
        re.compile(
            r"\breasonabl[ey]\s+(?:suspicion|suspects?|believes?|belief)|\breason\s+to\s+(?:believe|suspect)",
            re.I,
        ),
        2,
    ),
    (re.compile(r"\b(?:suspicion|suspects?|believes?|belief)\b", re.I), 1),
]
"""On what grounds, firmest first."""
_LADDER_WORDS = frozenset(
    ["police", "arresting", "probable", "cause", "reason", "reasonable", "reasonably", "officer", "believe"]
    + ["suspect", "suspicion", "belief", "chief", "sheriff", "director", "commander", "captain", "lieutenant"]
    + ["sergeant", "supervisor", "deputy", "member", "employee", "judge", "court", "magistrate"]
)


def _level(text: str, ladder: list[tuple[re.Pattern[str], int]]) -> int | None:
    return next((rank for pattern, rank in ladder if pattern.search(text)), None)


def _easier(was: str, now: str) -> bool | None:
    """A part reworded only in who decides ("the police chief has determined" → "the arresting officer
    has determined") or on what grounds ("probable cause to believe" → "reason to believe"): True where it
    is now easier to meet, False harder, None where that cannot be told or the two pull apart."""
    if (set(_plain(was)) ^ set(_plain(now))) - _STOP - _LADDER_WORDS:
        return None  # something else changed too
    ways = set()
    for ladder in (_WHO_DECIDES, _GROUNDS):
        a, b = _level(was, ladder), _level(now, ladder)
        if a is not None and b is not None and a != b:
            ways.add(b < a)
    return ways.pop() if len(ways) == 1 else None


def _reworded(was: str, now: str) -> bool:
    """Two wordings of a part whose own words differ: a word of substance gained and one lost (not only
    ending, case, punctuation or small words)."""
    same = {"individual": "person", "individuals": "person", "persons": "person", "people": "person"}
    a = {same.get(w, w) for w in _plain(was)} - _STOP - _REFERENCE
    b = {same.get(w, w) for w in _plain(now)} - _STOP - _REFERENCE
    a, b = {w for w in a if len(w) > 1}, {w for w in b if len(w) > 1}  # list labels ("(A)") aside
    return bool(a - b) and bool(b - a) and len((a - b) | (b - a)) >= 2


_REFERENCE = frozenset(
    [
        "herein",
        "hereunder",
        "hereof",
        "this",
        "section",
        "subsection",
        "paragraph",
        "subparagraph",
        "division",
    ]
    + ["chapter", "article", "part", "title", "policy", "order", "ordinance", "act", "above", "below"]
)
"""Words that point to where a part applies ("Nothing herein" → "Nothing in paragraph (A)"), not what it
says."""


def _keeps_rule(rule: Provision, text: str, anchor: re.Pattern[str] | None = None) -> str | None:
    """The other wording still has the rule's own modal and verb ("may not disclose the personal
    information to a federal agent or federal agency for the purpose of federal immigration
    enforcement" → "may not disclose … to a person or government agency for the purpose of
    immigration enforcement", Md. Transp. 4-320, HB 711 of 2026): the rule was reworded in a way the
    tool could not read, not dropped or added. Returns those words as ``text`` has them, or None.
    ``anchor``: the lens's words for its subject (immigration), which a double negation's sentence must
    still have; None where the lens has none."""
    if _DOUBLE_NEGATION.search(rule.modal):
        # "a Federal, State, or local government entity or official may not prohibit, or in any way restrict,
        # any government entity or official from sending to, or receiving from, [ICE] information …" → "no
        # Federal, State, or local government entity, and no individual, may prohibit or in any way restrict
        # … from complying with the immigration laws …, or from assisting or cooperating with Federal law
        # enforcement entities" (8 U.S.C. 1373(a) as H.R. 5825 of 2024 would amend it): the same frame,
        # its act reworded — a permission the tool could not read there, not one dropped
        # — where the sentence that keeps the frame still speaks of immigration at all: "SHALL NOT PROHIBIT
        # OFFICERS FROM COMPLYING WITH VALID COURT ORDERS OR JUDICIAL WARRANTS" gaining "OR CIVIL IMMIGRATION
        # WARRANTS" (an edit of N.Y. A5686 of 2023) names the act for the first time
        for sentence in sentences(text):
            frame = _DOUBLE_NEGATION.search(sentence)
            if frame is not None and (anchor is None or anchor.search(sentence)):
                return frame.group(0)
        return None
    if not re.fullmatch(r"(?:shall|will|may|must)(?:\s+not)?(?:\s+be)?", rule.modal, re.I):
        return None  # a permission or duty reworded out of the lens's words is read the same way
    modal = r"\s+".join(map(re.escape, rule.modal.split()))
    # "shall not be disclosed to a federal immigration officer" kept as "shall not be disclosed to a law
    # enforcement officer" (Mountain View Whisman AR 5145.13, an edit of it): the passive's verb counts
    found = re.findall(modal + r"\s+(?:be\s+)?(\w{4,})", rule.quote, re.I)
    if len(found) != 1:
        return None  # the rule's own verb is not the one place its modal is said
    kept = re.search(modal + r"\s+(?:be\s+)?" + re.escape(found[0]) + r"\b", text, re.I)
    return None if kept is None else kept.group(0)


_COUNTERPARTY = frozenset(["to", "with", "from", "by", "for"])


def _lost_counterparty(quote: str, other: str, kept: str) -> bool:
    """The sentence that keeps the rule's modal and verb lost only who the act is done for, with or
    by ("may provide available support services …, to ICE or other federal agencies" → "… peacekeeping
    efforts.", Lisle 415.6, where the sentence before names the requests of federal immigration
    officials): left to the context, not a rule dropped. Dropping one of its objects or grounds
    ("because of …, or immigration status") is a change of what it covers."""
    ours, theirs = (
        next((s for s in sentences(text) if kept.lower() in s.lower()), "") for text in (quote, other)
    )
    if not ours or not theirs:
        return False
    a, b = _plain(ours), _plain(theirs)
    dropped = [a[i1:i2] for tag, i1, i2, _, _ in _ops(a, b) if tag in ("delete", "replace")]
    return bool(dropped) and all(block[0] in _COUNTERPARTY for block in dropped)


def assess_change(
    change: Change,
    verdicts: Sequence[Verdict],
    mentions: Callable[[str, str], bool] | None = None,
    anchor: re.Pattern[str] | None = None,
) -> Assessment | None:
    """The direction of one change from the verdicts on the provisions its clauses carry; None
    where its clauses carry no provision (the caller then reads the clause alone).

    ``mentions(action, text)``: does ``text`` still speak of the action? A rule found on one side of
    a reworded clause and not on the other, where the other side still speaks of its action, was most
    likely not *read* there rather than dropped or added: the change is then unclear, never limits
    or expands on the strength of a rule the tool failed to read. ``anchor``: the lens's words for its
    subject (see ``_keeps_rule``)."""
    old_ids = {c.id for c in change.old}
    new_ids = {c.id for c in change.new}
    touching = [
        v
        for v in verdicts
        if (v.old is not None and old_ids & set(v.old.clauses))
        or (v.new is not None and new_ids & set(v.new.clauses))
    ]
    if not touching:
        return None
    links = tuple(ProvisionLink(v.old.id if v.old else None, v.new.id if v.new else None) for v in touching)

    def read_there(rule: Provision, side: Side, words: str | None = None) -> bool:
        """A rule on the same action was read from this change's clauses on the other side: the
        words that still speak of the action are that rule's, so this one was dropped (or added).
        ``words``: the rule's own modal and verb, kept in the other wording — only a rule read from
        them accounts for them ("Requests … should be directed to a supervisor. The Department may
        provide available support services …" no longer naming ICE, Lisle 415.6: the first
        sentence's rule is not the second's)."""
        ids = new_ids if side == "new" else old_ids
        return any(
            p is not None
            and p.action == rule.action
            and ids & set(p.clauses)
            and (words is None or words.lower() in p.quote.lower())
            for v in verdicts
            for p in ((v.new,) if side == "new" else (v.old,))
        )

    def unread_rule(v: Verdict, other: str) -> str | None:
        """What the other wording still says of the rule the tool did not read there, or None."""
        rule = v.old or v.new
        assert rule is not None and mentions is not None
        there: Side = "new" if v.new is None else "old"
        kept = _keeps_rule(rule, other, anchor)
        elsewhere = read_there(rule, there)
        if kept is not None and (
            not elsewhere
            or (_lost_counterparty(rule.quote, other, kept) and not read_there(rule, there, kept))
        ):
            return f"still says {_q(kept)}"
        if not elsewhere and mentions(rule.action, other):
            return f"still speaks of {rule.label.lower()}"
        return None

    @functools.cache
    def reworded(side: Side) -> str:
        """The ``side`` wording's sentences that the other side does not have word for word: an
        unchanged sentence is not where a rule dropped from the other side went ("Members will not
        seek out and prosecute individuals because of their immigration status, nor will …" → "…
        status.", Davis PD 2.43-A); nothing where that side only lost words."""
        other, mine = (
            (change.new_text, change.old_text) if side == "new" else (change.old_text, change.new_text)
        )
        added = "insert" if side == "new" else "delete"
        if (
            change.old
            and change.new
            and not any(op.op == added and re.search(r"\w", op.text) for op in change.diff)
        ):
            return ""
        kept = {_norm(x) for x in sentences(mine)}
        return " ".join(x for x in sentences(other) if _norm(x) not in kept)

    unread = [
        (v, still)
        for v in touching
        if (v.old is None) != (v.new is None)
        and mentions is not None
        and (other := reworded("new" if v.new is None else "old"))
        and (still := unread_rule(v, other))
    ]
    if not unread and mentions is not None and change.old and change.new:
        # "… does not prohibit the Department from assisting any federal agency with … arrests relating to
        # criminal activity … other than violations of the immigration and nationality laws" losing its last
        # words (Takoma Park Code 9.04.020(B)): the rule is still there, only the words that made it one on
        # immigration are gone, so it may now reach further — not a rule dropped
        deleted = " ".join(op.text for op in change.diff if op.op == "delete")
        only_lost = not any(op.op == "insert" and re.search(r"\w", op.text) for op in change.diff)
        unread = [
            (v, f"lost the words {_q(' '.join(deleted.split())[:120])}, so it may now reach further")
            for v in touching
            if only_lost
            and v.old is not None
            and v.new is None
            and old_ids & set(v.old.clauses)
            and mentions(v.old.action, change.old_text)
            and not mentions(v.old.action, change.new_text)
            and v.old.modal.lower() in change.new_text.lower()
            and v.old.modal.lower() not in deleted.lower()  # the rule's own words are what stays
        ]
    if unread:
        notes = []
        for v, still in unread:
            rule, found, missing = (v.old, "old", "new") if v.new is None else (v.new, "new", "old")
            assert rule is not None
            notes.append(
                f"the {found} version's rule “{rule.summary}” has no counterpart the tool could read in "
                f"the {missing} wording, which {still}"
            )
        signals = tuple(Signal("unread", None, None, n) for n in notes)
        return Assessment(
            "unclear",
            signals,
            "Read it by hand: " + "; ".join(notes) + ".",
            links,
        )
    one_sided = not change.old or not change.new
    mine = [
        (vote.signal, vote.vote)
        for v in touching
        for vote in v.votes
        if (vote.side == "old" and vote.clause in old_ids)
        or (vote.side == "new" and vote.clause in new_ids)
        # a clause dropped here and rewritten as another clause there: what was dropped and what was
        # added are one change to the rule, weighed together on both clauses
        or (
            one_sided
            and v.old is not None
            and v.new is not None
            and (v.old.clauses[0] in old_ids or v.new.clauses[0] in new_ids)
        )
    ]
    mine = list(dict.fromkeys(mine))
    if not mine:
        rules = [p for v in touching for p in (v.new or v.old,) if p is not None]
        labels = "; ".join(dict.fromkeys(p.label for p in rules))
        restated = Signal("restated", None, None, f"the rule on {labels} says the same before and after")
        assessment = Assessment(
            "neutral",
            (restated,),
            f"Restated: the rule on {labels} is the same in both versions; this change moves or "
            "rewords it without changing what it allows or forbids.",
        )
    else:
        assessment = decide(mine)
    return Assessment(assessment.direction, assessment.signals, assessment.explanation, links)


_REACH_NARROWING = _QUALIFIERS | {
    "civil",
    "solely",
    "sole",
    "only",
    "exclusively",
    "routinely",
    "primarily",
    "principally",
    "principal",
    "unreasonably",
    "knowingly",
    "intentionally",
    "willfully",
    "wilfully",
}
"""Words that narrow what a rule's sentence reaches: a qualifier, or a limiting word."""
_REACH_NEUTRAL = _DETERMINERS | _RELATIVE_COPULA | {"all"}
_MODAL_ONLY = re.compile(MODAL_VERB, re.I)
_POST_MODIFIER = frozenset(
    ["charged", "convicted", "arrested", "detained", "suspected", "accused", "reasonably"]
)
"""Words that open a phrase narrowing the persons a rule reaches ("individuals [charged with a
misdemeanor]", "persons [reasonably suspected of being involved in a crime]")."""
_GENERIC_NOUNS = frozenset(
    [
        "offense",
        "offenses",
        "offence",
        "offences",
        "crime",
        "crimes",
        "charge",
        "charges",
        "person",
        "persons",
        "individual",
        "individuals",
        "violation",
        "violations",
    ]
)
"""Nouns that name no narrower class of cases than the words they replace."""
_OPENS_EXCEPTION = frozenset(["except", "unless", "absent", "without", "excluding"])


def _series_member(raw: str, block: Sequence[str]) -> str | None:
    """The connector ("or", "and") of the list of alternatives the words stand in as one member, with
    commas on a side ("staging areas, [processing locations,] and operations bases", "investigate,
    [interrogate,] detain, detect, or arrest"); None where they are not one list member."""
    if not block or len(block) > 8:
        return None
    found = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, block)) + r"(?!\w)", raw, re.I)
    if found is None or re.search(MODAL_VERB, found.group(0), re.I):
        return None
    before, after = raw[: found.start()], raw[found.end() :]
    if not (re.search(r",\s*$", before) or re.match(r"\s*,", after)):
        return None
    # the list: from the last ";" or ":" before the member to the next one after it
    start = max(before.rfind(";"), before.rfind(":")) + 1
    stops = [i for i in (after.find(";"), after.find(":")) if i >= 0]
    span = raw[start : found.end() + (min(stops) if stops else len(after))]
    joint = re.search(r",\s*(and/or|or|nor|and)\s", span, re.I)
    return joint.group(1).lower() if joint else None


_LEADING_WAY = re.compile(r"\W*(?:\(?\w{1,4}[.)]\s*)*(?:except|unless|without|absent)\b[^,.;]*,", re.I)
"""An exception a sentence opens with, up to its comma."""


_DAYS_OFF = re.compile(r"\b" + _NON_BUSINESS_DAYS)
"""The days a time limit may leave out ("saturdays", "legal holidays"), in the plain words of ``_plain``."""


_DATE_WORDS = re.compile(
    r"(?:beginning|starting|effective|commencing|on\s+and\s+after|after|before|from|until|as\s+of|on)?\s*"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\s+\d{4}$"
)
"""A start or end date ("beginning january 1 2022"), in the plain words of ``_plain``."""


_CONDITION_WORD = re.compile(r"\b(?:if|when|whenever|where|provided)\b")


def sentence_reach(was: str, now: str) -> tuple[bool, list[str]] | None:
    """Whether a rule's sentence, reworded, now reaches more cases (True) or fewer (False), read from
    each of its word edits: an alternative ("or …", "in whole or in part") gained or lost, a narrowing
    qualifier ("serious", "signed by …") or a limiting word ("solely", "routinely") gained or lost —
    an edit inside an exception ("unless …") counting the other way; with the words that changed.
    None where any edit is none of these, or the edits disagree."""
    a, b = _plain(was), _plain(now)
    raw = {False: was, True: now}
    ways: set[bool] = set()
    said: list[str] = []

    def reach(block: list[str], words: list[str], at: int, gained: bool) -> bool | None:
        bare = [w for w in block if w not in _REACH_NEUTRAL]
        if bare and _DATE_WORDS.match(" ".join(bare)):
            return None  # "[Beginning January 1, 2022,] a state agency employee shall not …": when it began
        if _DAYS_OFF.search(" ".join(bare)):
            return None  # "48 hours[, excluding Saturdays, Sundays …]": the time limit's, weighed below
        if bare and all(w in _GENERIC_NOUNS for w in bare):
            return None  # "[a felony → any offense]", "[individual → person]": the noun reaches no further
        if not bare or _after_regardless(words, at):
            return None  # "regardless of their [national origin or] immigration status": a ground disregarded
        if all(w in ("or", "and", "nor") for w in bare):
            return None  # a list's connector moved to its new last member
        prefix = " ".join(words[:at])
        since = prefix[m.end() :] if (m := _last(_CONDITION_WORD, prefix)) else None
        if (
            bare[0] in ("or", "nor")
            or bare[-1] == "or"
            or (" ".join(bare) in ("in whole or in part", "whole or in part", "or in part"))
        ):
            wider = gained  # one more (or one fewer) alternative
        elif all(w in _REACH_NARROWING for w in bare):
            wider = not gained  # a narrowing word gained (or lost)
        elif bare[0] in ("signed", "issued") and len(bare) >= 3 and bare[1] == "by":
            wider = not gained  # "a warrant [signed by a federal judge]"
        elif bare[0] == "including" and len(bare) >= 2:
            wider = gained  # "any person[, including an arrestee, witness, or victim]": cases it names
        elif block[0] in ("who", "whom", "whose") or (block[:2] in (["and", "who"], ["and", "whose"])):
            wider = not gained  # "individuals charged with … offenses [and who do not present a threat]"
        elif bare[0] in _POST_MODIFIER and len(bare) >= 3:
            wider = not gained  # "persons [reasonably suspected of being involved in a crime]"
        elif (
            bare[0] == "for"
            and len(bare) >= 3
            and ("purpose" in bare[:3] or "purposes" in bare[:3] or bare[-1] in ("purpose", "purposes"))
        ):
            # "Members shall not inquire into an individual's immigration status [for immigration enforcement
            # purposes]" (Lexipol's California policy): a purpose the rule holds to reaches fewer cases
            wider = not gained
        elif bare[0] in ("during", "while") and len(bare) >= 2:
            # "shall not inquire about … citizenship, immigration status, or place of birth [during a stop, a
            # search, or an arrest]" (Md. Code, Crim. Proc. 5-104 as an edit of it): when the rule holds
            wider = not gained
        elif block[:3] == ["to", "the", "extent"]:
            wider = not gained  # "comply with any request [to the extent that it is consistent with …]"
        elif bare[0] in _OPENS_EXCEPTION and len(bare) >= 3:
            wider = not gained  # "[Absent a separate law enforcement reason,] members shall not question …"
        elif bare[0] == "and" and len(bare) >= 4 and since is not None and not _FIRM_MODAL.search(since):
            # "Whenever a deputy has reason to believe …[, and the individual is not going to be booked …,]
            # the arresting deputy shall notify ICE": one more thing that must hold before the rule applies
            wider = not gained
        elif (joint := _series_member(raw[gained], block)) is not None and not (
            joint == "and" and since is not None
        ):
            # "staging areas, [processing locations,] and operations bases": one more (or one fewer) member
            # of what the rule reaches; an "and" list in a condition may be one that must all hold
            wider = gained
        else:
            raise ValueError
        # after "unless", "except", "without" … in its sentence, with no other rule's modal in between
        way = _last(_WAY_THROUGH, prefix)
        inside = way is not None and not _MODAL_ONLY.search(prefix[way.end() :])
        if inside and way is not None and not prefix[: way.start()].strip():
            # "Except as required by state or federal law, deny services … to an individual in custody[, or on
            # parole …]" (ORS 181A.823(1), an item under "may not:"): the sentence's opening exception ends
            # at its comma; what follows it is the rule
            lead = _LEADING_WAY.match(raw[gained])
            inside = lead is None or len(_plain(lead.group(0))) > at
        return wider != inside

    try:
        for _tag, i1, i2, j1, j2 in _ops(a, b):
            for block, words, at, gained in ((a[i1:i2], a, i1, False), (b[j1:j2], b, j1, True)):
                if block and (way := reach(block, words, at, gained)) is not None:
                    ways.add(way)
                    said.append(" ".join(block))
    except ValueError:
        return None
    return (ways.pop(), said) if len(ways) == 1 else None
