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


def _score(needles: frozenset[_Needle]) -> tuple[int, bool, int]:
    return (min(len(s) for s, _ in needles), all(exact for _, exact in needles), -len(needles))


def _needed(items: Any, ignore_case: bool) -> frozenset[_Needle] | None:
    """Needles one of which every match of the sequence ``items`` holds (the most telling of those
    of its parts), or None."""
    options: list[frozenset[_Needle]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset({("".join(run), not ignore_case)}))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL and chr(av).isascii():
            run.append(chr(av).lower() if ignore_case else chr(av))
            continue
        flush()
        found: frozenset[_Needle] | None = None
        if op is _sre.SUBPATTERN:
            _, add, remove, sub = av
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            found = _needed(sub, case)
        elif op is _sre.BRANCH:
            branches = [_needed(sub, ignore_case) for sub in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needed(av[2], ignore_case)
        elif op is _sre.ATOMIC_GROUP:
            found = _needed(av, ignore_case)
        # anything else (a class, any character, a boundary, a look-around, a back-reference) needs
        # no particular characters here
        if found:
            options.append(found)
    flush()
    return max(options, key=_score) if options else None


def _read(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
    """The needles of ``pattern``: (those to find as written, those to find in the folded text)."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        needles = _needed(parsed, bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a pattern this reading does not follow is simply run
        return None
    if not needles:
        return None
    out = []
    for exact in (True, False):
        words = {s for s, e in needles if e is exact}
        words = {w for w in words if not any(v != w and v in w for v in words)}  # found by the shorter
        out.append(re.compile("|".join(re.escape(w) for w in sorted(words))) if words else None)
    return out[0], out[1]


_READ: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None]] = {}


def may_match(pattern: re.Pattern[str], text: str, folded: str | None = None) -> bool:
    """Could ``pattern`` match somewhere in ``text``? False only where it cannot (``folded``:
    ``fold(text)``, where the caller has it)."""
    kept = _READ.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        if len(_READ) >= 4096:
            _READ.clear()
        kept = _READ[id(pattern)] = (pattern, _read(pattern))  # the pattern kept alive with its id
    needles = kept[1]
    if needles is None:
        return True
    exact, loose = needles
    if exact is not None and exact.search(text):
        return True
    return loose is not None and bool(loose.search(fold(text) if folded is None else folded))
