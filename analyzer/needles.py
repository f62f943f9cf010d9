"""Words a regular expression cannot match without: a quick test that lets a text skip a slow
pattern (the lens's topic patterns, the objects of its actions) that could not match it anyway.

``may_match(pattern, text)`` is False only where no match is possible: every match of the pattern
holds one of its needles — literal runs of ASCII characters read from the parsed pattern, each
looked for as written where the pattern matches case by case, or in ``fold(text)`` where it ignores
case. Where a pattern cannot be read that way (no literal it always needs), it is always True."""

from __future__ import annotations

import importlib
import re
from typing import Any

_sre: Any = None
_sre_parse: Any = None
try:  # the parser behind re.compile (Python 3.11+); without it every pattern is simply run
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    pass

_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
"""The characters that a case-ignoring pattern matches with an ASCII letter but that ``str.lower``
does not turn into that letter: İ (whose lower case is two characters), dotless ı, long ſ and the
Kelvin sign (tests/test_lens_speed.py checks every character)."""


def fold(text: str) -> str:
    """``text`` as case-ignoring needles are looked for in it: each character that such a pattern
    matches with an ASCII letter becomes that letter, lower-cased; the rest as ``str.lower`` has it."""
    return text.translate(_FOLD).lower()


_Needle = tuple[str, bool]  # (the characters, matched as written)
_Clause = frozenset[_Needle]  # a match holds one of these
_Found = tuple[tuple[str, ...], tuple[str, ...]]  # a clause's needles: as written, folded


def _score(clause: _Clause) -> tuple[int, bool, int]:
    return (min(len(s) for s, _ in clause), all(exact for _, exact in clause), -len(clause))


def _needed(items: Any, ignore_case: bool) -> list[_Clause]:
    """Clauses every match of the sequence ``items`` meets, each in its own way (all are needed)."""
    clauses: list[_Clause] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            clauses.append(frozenset({("".join(run), not ignore_case)}))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL and chr(av).isascii():
            run.append(chr(av).lower() if ignore_case else chr(av))
            continue
        flush()
        if op is _sre.SUBPATTERN:
            _, add, remove, sub = av
            clauses += _needed(sub, (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op is _sre.BRANCH:
            branches = [_needed(sub, ignore_case) for sub in av[1]]
            if all(branches):  # one needle of each branch's most telling clause
                clauses.append(frozenset().union(*(max(b, key=_score) for b in branches)))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            clauses += _needed(av[2], ignore_case)
        elif op is _sre.ATOMIC_GROUP:
            clauses += _needed(av, ignore_case)
        # anything else (a class, any character, a boundary, a look-around, a back-reference) needs
        # no particular characters here
    flush()
    return clauses


def _alternatives(items: Any, ignore_case: bool) -> list[list[_Clause]] | None:
    """The pattern's top-level alternatives (``a|b|c``, however nested in groups), each with the
    clauses all its matches meet; None where some alternative needs nothing that can be told."""
    if len(items) == 1 and items[0][0] is _sre.SUBPATTERN:
        _, add, remove, sub = items[0][1]
        return _alternatives(sub, (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        out: list[list[_Clause]] = []
        for sub in items[0][1][1]:
            found = _alternatives(sub, ignore_case)
            if found is None:
                return None
            out += found
        return out
    clauses = _needed(items, ignore_case)
    return [sorted(set(clauses), key=_score, reverse=True)[:3]] if clauses else None


def _compiled(clause: _Clause) -> _Found:
    """The clause's needles to look for as written and in the folded text (plain substring tests:
    far quicker than a pattern of many alternatives)."""
    out = []
    for exact in (True, False):
        words = {s for s, e in clause if e is exact}
        words = {w for w in words if not any(v != w and v in w for v in words)}  # found by the shorter
        out.append(tuple(sorted(words)))
    return out[0], out[1]


class _Reading:
    """What a pattern needs: any of its alternatives, each a list of clauses all of which must find
    one of their needles. The needles of each alternative's first clause are indexed: a text is
    tried only on the alternatives whose first clause it meets."""

    def __init__(self, alternatives: list[list[_Clause]]) -> None:
        self.first: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        for k, clauses in enumerate(alternatives):
            for word, exact in clauses[0]:
                self.first[0 if exact else 1].setdefault(word, []).append(k)
        self.rest = [[_compiled(c) for c in clauses[1:]] for clauses in alternatives]

    def may_match(self, text: str, folded: str) -> bool:
        exact, loose = self.first
        met = {k for w, ks in exact.items() if w in text for k in ks}
        met.update(k for w, ks in loose.items() if w in folded for k in ks)
        return any(all(_finds(clause, text, folded) for clause in self.rest[k]) for k in met)


def _read(pattern: re.Pattern[str]) -> _Reading | None:
    """What ``pattern`` needs (None: nothing that can be told)."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        alternatives = _alternatives(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a pattern this reading does not follow is simply run
        return None
    return None if alternatives is None else _Reading(alternatives)


_READ: dict[int, tuple[re.Pattern[str], _Reading | None]] = {}


def may_match(pattern: re.Pattern[str], text: str, folded: str | None = None) -> bool:
    """Could ``pattern`` match somewhere in ``text``? False only where it cannot (``folded``:
    ``fold(text)``, where the caller has it)."""
    kept = _READ.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        if len(_READ) >= 4096:
            _READ.clear()
        kept = _READ[id(pattern)] = (pattern, _read(pattern))  # the pattern kept alive with its id
    if kept[1] is None:
        return True
    return kept[1].may_match(text, fold(text) if folded is None else folded)


def _finds(clause: _Found, text: str, folded: str) -> bool:
    exact, loose = clause
    return any(w in text for w in exact) or any(w in folded for w in loose)
