"""Characters to text lines, as pdfplumber's ``extract_text_lines`` makes them, in a fraction of
its time.

pdfplumber's line builder (``chars_to_textmap(chars).extract_text_lines(strip=True)``, default
tolerances, no layout) is general: any text direction, a regular expression over a character map.
For upright text it comes down to four steps, written out here with the same rules and the same
tolerances, so both readers give the same lines from the same characters (a test checks this on
every page of the corpus): cluster characters into lines by ``top``, sort each line by ``x0``, cut
words at spaces and gaps, re-cluster the words by ``top`` and join each cluster's words with one
space. Pages with any sideways character go to pdfplumber's own builder."""

from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter
from typing import Any

import numpy as np
from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

X_TOLERANCE = DEFAULT_X_TOLERANCE
Y_TOLERANCE = DEFAULT_Y_TOLERANCE

Glyph = tuple[Any, ...]
"""A character as the fast path carries it: a tuple of text, x0, x1, top, bottom, size, fontname,
upright (in that order; ``TEXT`` … ``UPRIGHT`` index it), and whatever a caller appends after
them. Building and reading a tuple costs a fraction of pdfplumber's dict of twelve keys, and a
page has thousands of characters; ``char_dict`` makes pdfplumber's dict where one is needed."""
TEXT, X0, X1, TOP, BOTTOM, SIZE, FONT, UPRIGHT = range(8)
_X0, _X1, _TOP, _BOTTOM = itemgetter(X0), itemgetter(X1), itemgetter(TOP), itemgetter(BOTTOM)
_TEXT, _UPRIGHT = itemgetter(TEXT), itemgetter(UPRIGHT)
_FIELDS = itemgetter("text", "x0", "x1", "top", "bottom", "size", "fontname", "upright")


def char_dict(glyph: Glyph) -> dict[str, Any]:
    """pdfplumber's dict of a glyph (what PDFium's reading gave before glyphs were tuples)."""
    text, x0, x1, top, bottom, size, fontname, upright = glyph[:8]
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "size": size, "fontname": fontname,
            "upright": upright, "object_type": "char"}  # fmt: skip


def glyphs_of(chars: list[dict[str, Any]]) -> list[Glyph]:
    """pdfplumber's character dicts as glyphs, each with its index in ``chars`` appended."""
    return [(*_FIELDS(c), k) for k, c in enumerate(chars)]


def _cluster_ids(values: list[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's ``make_cluster_dict``: sorted distinct values, a new cluster wherever the step
    from the previous value exceeds the tolerance."""
    ids: dict[float, int] = {}
    cluster = -1
    last: float | None = None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            cluster += 1
        ids[value] = cluster
        last = value
    return ids


def _words(chars: list[Glyph]) -> list[list[Glyph]]:
    ids = _cluster_ids(list(map(_TOP, chars)), Y_TOLERANCE)
    lines: dict[int, list[Glyph]] = {}
    for char in chars:  # each line's characters in content order (a stable sort by line)
        line_id = ids[char[TOP]]
        if line_id in lines:
            lines[line_id].append(char)
        else:
            lines[line_id] = [char]
    words: list[list[Glyph]] = []
    add = words.append
    x_tolerance, y_tolerance = X_TOLERANCE, Y_TOLERANCE
    for line_id in sorted(lines):
        current: list[Glyph] = []
        prev_x0 = prev_reach = prev_top = 0.0
        for char in sorted(lines[line_id], key=_X0):
            if char[TEXT].isspace():
                if current:
                    add(current)
                current = []
                continue
            x0, top = char[X0], char[TOP]
            if current and (x0 < prev_x0 or x0 > prev_reach or abs(top - prev_top) > y_tolerance):
                add(current)
                current = []
            current.append(char)
            prev_x0, prev_reach, prev_top = x0, char[X1] + x_tolerance, top
        if current:
            add(current)
    return words


_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")

Bounds = tuple[float, float, float, float]
"""A word's x0, x1, top and bottom (the least x0 and top, the greatest x1 and bottom)."""


def _column(chars: list[Glyph], key: Any) -> Any:
    return np.fromiter(map(key, chars), dtype=np.float64, count=len(chars))


def _array_words(chars: list[Glyph]) -> tuple[list[list[Glyph]], list[Bounds]] | None:
    """``_words`` in a few array operations instead of a Python step a character, with each word's
    bounds; None where a coordinate is not a number or is a negative zero (``_words`` reads those
    pages: its sorts and comparisons treat a NaN their own way).

    The same steps: line ids from the distinct tops (``_cluster_ids``); the characters ordered by
    line, then x0, then their order on the page (stable sorts, as ``sorted`` is); a word starts
    at a character that is not a space and does not follow the character before it in the line
    (a space, another line, or the x and top tests of ``_words``); a word runs to the next space or
    start."""
    n = len(chars)
    tops, x0, x1, bottoms = (_column(chars, key) for key in (_TOP, _X0, _X1, _BOTTOM))
    for values in (tops, x0, x1, bottoms):
        # a NaN, or a negative zero (which of two equal zeros a min keeps is then visible)
        if (np.isnan(values) | ((values == 0) & np.signbit(values))).any():
            return None
    space = np.fromiter((t.isspace() for t in map(_TEXT, chars)), dtype=bool, count=n)
    distinct = np.unique(tops)
    cluster = np.empty(len(distinct), dtype=np.int64)
    cluster[0] = 0
    if len(distinct) > 1:
        cluster[1:] = np.cumsum(distinct[1:] > distinct[:-1] + Y_TOLERANCE)
    line = cluster[np.searchsorted(distinct, tops)]
    order = np.argsort(x0, kind="stable")
    order = order[np.argsort(line[order], kind="stable")]
    line, space, tops, x0, x1, bottoms = (a[order] for a in (line, space, tops, x0, x1, bottoms))
    follows = np.zeros(n, dtype=bool)
    follows[1:] = (
        (line[1:] == line[:-1])
        & ~space[:-1]
        & ~(
            (x0[1:] < x0[:-1])
            | (x0[1:] > x1[:-1] + X_TOLERANCE)
            | (np.abs(tops[1:] - tops[:-1]) > Y_TOLERANCE)
        )
    )
    starts = np.flatnonzero(~space & ~follows)
    if not len(starts):
        return [], []
    breaks = np.flatnonzero(space | ~follows)  # a word ends at the next space or word start
    after = np.searchsorted(breaks, starts, side="right")
    ends = np.append(breaks, n)[after]
    inf = np.inf
    lows = np.minimum.reduceat(np.where(space, inf, x0), starts)  # between words: spaces only
    highs = np.maximum.reduceat(np.where(space, -inf, x1), starts)
    top_words = np.minimum.reduceat(np.where(space, inf, tops), starts)
    bottom_words = np.maximum.reduceat(np.where(space, -inf, bottoms), starts)
    ordered = [chars[k] for k in order.tolist()]
    words = [ordered[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    bounds = list(zip(lows.tolist(), highs.tolist(), top_words.tolist(), bottom_words.tolist(), strict=True))
    return words, bounds


def glyph_lines(chars: list[Glyph]) -> list[dict[str, Any]] | None:
    """Lines (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``chars``: the line's glyphs) of
    upright glyphs; None when some glyph is sideways (pdfplumber's builder handles other
    directions)."""
    if not all(map(_UPRIGHT, chars)):
        return None
    if not chars:
        return []
    found = _array_words(chars)
    if found is None:
        return _lines_of_words(_words(chars))
    words, bounds = found
    if not words:
        return []
    tops = [b[2] for b in bounds]
    ids = _cluster_ids(tops, Y_TOLERANCE)
    lines: list[dict[str, Any]] = []
    ligature = LIGATURES.get
    numbered = list(zip(words, bounds, strict=True))
    for _, group in groupby(numbered, key=lambda item: ids[item[1][2]]):  # consecutive, as presorted
        members = list(group)
        line_chars = [c for word, _ in members for c in word]
        text = " ".join(["".join(map(_TEXT, word)) for word, _ in members])
        if _LIGATURE.search(text):  # pdfplumber expands a character that is a ligature
            text = " ".join("".join([ligature(t, t) for t in map(_TEXT, word)]) for word, _ in members)
        if not text.strip():
            continue
        lines.append(
            {"text": text, "x0": min(b[0] for _, b in members), "x1": max(b[1] for _, b in members),
             "top": min(b[2] for _, b in members), "bottom": max(b[3] for _, b in members),
             "chars": line_chars}
        )  # fmt: skip
    return lines


def _lines_of_words(words: list[list[Glyph]]) -> list[dict[str, Any]]:
    """``glyph_lines`` from ``_words`` (the pages ``_array_words`` leaves to it): each line's bounds
    are taken over its characters, in their order, as pdfplumber does (a NaN among them decides)."""
    if not words:
        return []
    tops = [min(map(_TOP, word)) for word in words]
    ids = _cluster_ids(tops, Y_TOLERANCE)
    lines: list[dict[str, Any]] = []
    ligature = LIGATURES.get
    numbered = list(zip(words, tops, strict=True))
    for _, group in groupby(numbered, key=lambda item: ids[item[1]]):  # consecutive, as presorted
        members = [word for word, _ in group]
        line_chars = [c for word in members for c in word]
        text = " ".join(["".join(map(_TEXT, word)) for word in members])
        if _LIGATURE.search(text):  # pdfplumber expands a character that is a ligature
            text = " ".join("".join([ligature(t, t) for t in map(_TEXT, word)]) for word in members)
        if not text.strip():
            continue
        lines.append(
            {"text": text, "x0": min(map(_X0, line_chars)), "x1": max(map(_X1, line_chars)),
             "top": min(map(_TOP, line_chars)), "bottom": max(map(_BOTTOM, line_chars)),
             "chars": line_chars}
        )  # fmt: skip
    return lines


def text_lines(chars: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """``glyph_lines`` of pdfplumber's character dicts (each line's ``chars`` are the dicts)."""
    lines = glyph_lines(glyphs_of(chars))
    if lines is not None:
        for line in lines:
            line["chars"] = [chars[glyph[-1]] for glyph in line["chars"]]
    return lines
