"""Columns from the characters' own geometry, whatever made the PDF.

A page is cut into rows (characters clustered by ``top``, as the line builder does), and each row
into runs of text (characters closer than a word space or so). A gutter is an x-range in the
body of the page that (almost) no run crosses: a full-width heading or two may cross it, so a
heading inside a two-column page does not hide the columns. Any gutter width wider than a wide
word space counts, columns may be of unequal length, and there may be two gutters (three
columns).

Reading order then goes down the page: rows that cross a gutter (a full-width heading, a wide
table row) are read where they stand; between them, each column is read top to bottom, left
column first. The page's top and bottom bands (running header, footer) are read full width,
before and after, as before.

Layouts that look like columns but are not are left alone: each column must hold a fair share
of the text, a column's lines must mostly end near its gutter (prose set in a column, not
labels and values in a form), and the columns must stand side by side on several rows."""

from __future__ import annotations

import statistics
from operator import itemgetter
from typing import Any

import numpy as np

from .lines import BOTTOM, SIZE, TEXT, TOP, X0, X1, Y_TOLERANCE, Glyph, glyphs_of

BAND = 0.08
"""Top and bottom share of the page read full width (running headers, footers)."""
RUN_GAP_EM = 0.6
"""Characters closer than this many ems belong to one run of text (a word space, even a wide
justified one, is narrower; a gutter, even a narrow one, is wider)."""
MAX_CROSSING_SHARE = 0.12
"""A gutter may be crossed by at most this share of the body's rows (full-width headings)."""
MIN_COLUMN_SHARE = 0.15
"""Each column holds at least this share of the body's characters."""
MIN_SIDE_BY_SIDE = 4
"""Rows right of a gutter that stand level with text left of it: at least this many."""
MIN_BODY_CHARS = 200
"""Pages with less body text than this are read as one column."""


_TOP, _X0, _X1 = itemgetter(TOP), itemgetter(X0), itemgetter(X1)


def _rows(chars: list[Glyph]) -> list[list[Glyph]]:
    """Characters grouped into rows by ``top`` (chained within the line builder's tolerance)."""
    rows: list[list[Glyph]] = []
    row: list[Glyph] = []
    last = 0.0
    for char in sorted(chars, key=_TOP):
        top = char[TOP]
        if not rows or top > last + Y_TOLERANCE:
            row = []
            rows.append(row)
        row.append(char)
        last = top
    return rows


def _runs(row: list[Glyph]) -> list[tuple[float, float]]:
    """A row's runs of text, as (x0, x1) spans."""
    spans: list[tuple[float, float]] = []
    start = end = 0.0
    for char in sorted(row, key=_X0):
        x0 = char[X0]
        if spans and x0 <= end + RUN_GAP_EM * max(float(char[SIZE]), 1.0):
            x1 = char[X1]
            if x1 > end:
                end = x1
                spans[-1] = (start, end)
        else:
            start, end = x0, char[X1]
            spans.append((start, end))
    return spans


def _gutters(rows: list[list[tuple[float, float]]], width: float) -> list[tuple[float, float]]:
    """x-ranges in the middle half of the page crossed by few rows' runs, widest first."""
    size = int(width) + 2
    cover = [0] * (size + 1)
    for spans in rows:
        for x0, x1 in spans:
            a, b = max(0, int(x0)), min(size, int(x1) + 1)
            cover[a] += 1
            cover[b] -= 1
    crossing, running = [], 0
    for x in range(size):
        running += cover[x]
        crossing.append(running)
    limit = max(1, int(MAX_CROSSING_SHARE * len(rows)))
    lo, hi = int(0.25 * width), int(0.75 * width)
    found: list[tuple[float, float]] = []
    start: int | None = None
    for x in range(lo, hi + 1):
        if x < hi and crossing[x] <= limit:
            start = x if start is None else start
        elif start is not None:
            found.append((float(start), float(x)))
            start = None
    return found


def _is_column_split(
    rows: list[list[Glyph]], spans: list[list[tuple[float, float]]], gutter: tuple[float, float]
) -> bool:
    a, b = gutter
    middle = (a + b) / 2
    chars = [c for row in rows for c in row]
    left = [c for c in chars if c[X1] <= middle]
    right = [c for c in chars if c[X0] >= middle]
    if min(len(left), len(right)) < MIN_COLUMN_SHARE * len(chars):
        return False
    # side by side: rows of the right side stand level with the left side's text, not below it
    left_tops = [
        min(c[TOP] for c in row)
        for row, sp in zip(rows, spans, strict=True)
        if any(x1 <= a + 1 for _, x1 in sp)
    ]
    right_tops = [
        min(c[TOP] for c in row)
        for row, sp in zip(rows, spans, strict=True)
        if any(x0 >= b - 1 for x0, _ in sp)
    ]
    if not left_tops or not right_tops:
        return False
    side_by_side = sum(1 for t in right_tops if min(left_tops) <= t <= max(left_tops))
    if side_by_side < MIN_SIDE_BY_SIDE:
        return False
    # prose set in a column: its lines mostly run up to the gutter (labels in a form do not)
    ends = [max(x1 for _, x1 in row if x1 <= a + 1) for row in spans if any(x1 <= a + 1 for _, x1 in row)]
    starts = [min(x0 for x0, _ in row if x0 <= a + 1) for row in spans if any(x1 <= a + 1 for _, x1 in row)]
    if not ends:
        return False
    column_width = a - statistics.median(starts)
    return column_width > 0 and statistics.median(ends) >= a - 0.35 * column_width


_FAR = 1e7
"""Coordinates beyond this (or not finite) leave ``_no_gutter`` to the exact reading."""
_CELLS = 4_000_000
"""Rows times points of width counted at most by ``_no_gutter`` (32 MB)."""


def _no_gutter(body: list[Glyph], width: float) -> bool:
    """True where no x-range in the middle half of the page can be a gutter (``_gutters`` would find
    none): the rows (``_rows``) that some character covers at x are at most the rows whose runs of
    text cross x (a run covers its characters), so where more than ``MAX_CROSSING_SHARE`` of the
    rows have a character at every such x, no run-level count can be low enough. Counted with
    numpy in a few array operations, where ``_rows`` and ``_runs`` take a Python step a character:
    most pages are one column, and this answers for them. False (look closely) where it cannot
    tell, or where a coordinate is not finite, off the page's left or right edge, or a character
    ends before it starts (the exact reading meets those as it always has)."""
    if not (0 < width < _FAR):
        return False
    n = len(body)
    tops = np.fromiter(map(_TOP, body), dtype=np.float64, count=n)
    x0 = np.fromiter(map(_X0, body), dtype=np.float64, count=n)
    x1 = np.fromiter(map(_X1, body), dtype=np.float64, count=n)
    if not (np.isfinite(tops).all() and np.isfinite(x0).all() and np.isfinite(x1).all()):
        return False
    size = int(width) + 2
    if x0.min() < 0 or x0.max() >= size or x1.max() >= _FAR or (x1 < x0).any():
        return False  # a span's ends as ``_gutters`` clamps them (or not) are then not an interval
    order = np.argsort(tops, kind="stable")
    ordered = tops[order]
    starts = np.empty(n, dtype=bool)
    starts[0] = True
    np.greater(ordered[1:], ordered[:-1] + Y_TOLERANCE, out=starts[1:])  # _rows: a new row
    row_of = np.empty(n, dtype=np.int64)
    row_of[order] = np.cumsum(starts) - 1
    rows = int(row_of.max()) + 1
    stride = size + 1
    if rows * stride > _CELLS:
        return False
    a = x0.astype(np.int64)  # as ``_gutters`` rounds a span's ends (x0 >= 0: truncation is int())
    b = np.minimum(size, x1.astype(np.int64) + 1)
    keep = a < b
    change = np.bincount(row_of[keep] * stride + a[keep], minlength=rows * stride)
    change -= np.bincount(row_of[keep] * stride + b[keep], minlength=rows * stride)
    covered = (np.cumsum(change.reshape(rows, stride), axis=1) > 0).sum(axis=0)
    limit = max(1, int(MAX_CROSSING_SHARE * rows))
    lo, hi = int(0.25 * width), int(0.75 * width)
    return bool(hi <= lo or (covered[lo:hi] > limit).all())


def glyph_gutters(chars: list[Glyph], width: float, height: float, band: float = BAND) -> list[float]:
    """The x of each gutter between text columns (empty for a single-column page)."""
    low, high = band * height, (1 - band) * height
    body = [c for c in chars if low < c[TOP] < high and not c[TEXT].isspace()]
    if len(body) < MIN_BODY_CHARS or _no_gutter(body, width):
        return []
    rows = _rows(body)
    spans = [_runs(row) for row in rows]
    chosen: list[tuple[float, float]] = []
    for gutter in _gutters(spans, width):
        if _is_column_split(rows, spans, gutter):
            chosen.append(gutter)
    if len(chosen) > 2:
        chosen = sorted(chosen, key=lambda g: g[1] - g[0], reverse=True)[:2]
    return sorted((a + b) / 2 for a, b in chosen)


def split_gutters(
    chars: list[dict[str, Any]], width: float, height: float, band: float = BAND
) -> list[float]:
    """``glyph_gutters`` of pdfplumber's character dicts."""
    return glyph_gutters(glyphs_of(chars), width, height, band)


def _spans_alone(rows: list[list[Glyph]], k: int, gutters: list[float]) -> bool:
    """A row in the first column with nothing beside it in the other columns, from well above it
    to just under it, while those columns have text above and resume right below: a heading over the
    columns that is narrower than the first column (so it crosses no gutter)."""
    row = rows[k]
    if any((c[X0] + c[X1]) / 2 > gutters[0] for c in row):
        return False
    top, bottom = min(c[TOP] for c in row), max(c[BOTTOM] for c in row)
    height = bottom - top
    above = below = False
    for other in rows:
        right = [c for c in other if (c[X0] + c[X1]) / 2 > gutters[0] and not c[TEXT].isspace()]
        if not right:
            continue
        other_top = min(c[TOP] for c in right)
        if top - 1.5 * height <= other_top <= bottom + 0.3 * height:
            return False
        above = above or other_top < top
        below = below or bottom < other_top <= bottom + 3 * height  # the columns resume under it
    return above and below


def glyph_groups(
    chars: list[Glyph], width: float, height: float, band: float = BAND
) -> list[list[Glyph]] | None:
    """The page's glyphs in groups to be read one after another (each group's lines top to
    bottom), or None for a single-column page."""
    gutters = glyph_gutters(chars, width, height, band)
    if not gutters:
        return None
    top, bottom = band * height, (1 - band) * height
    header = [c for c in chars if c[TOP] <= top]
    footer = [c for c in chars if c[TOP] >= bottom]
    body = [c for c in chars if top < c[TOP] < bottom]
    groups: list[list[Glyph]] = [header]
    columns: list[list[Glyph]] = [[] for _ in range(len(gutters) + 1)]
    rows = _rows(body)
    for k, row in enumerate(rows):
        spans = _runs([c for c in row if not c[TEXT].isspace()])
        crosses = any(x0 < g < x1 for g in gutters for x0, x1 in spans)
        if crosses or _spans_alone(rows, k, gutters):
            # a full-width row (or a heading standing alone above columns): the columns so far
            # are read first, then this row
            groups.extend(columns)
            groups.append(row)
            columns = [[] for _ in range(len(gutters) + 1)]
            continue
        for char in row:
            middle = (char[X0] + char[X1]) / 2
            columns[sum(1 for g in gutters if middle > g)].append(char)
    groups.extend(columns)
    groups.append(footer)
    return [g for g in groups if g]


def reading_groups(
    chars: list[dict[str, Any]], width: float, height: float, band: float = BAND
) -> list[list[dict[str, Any]]] | None:
    """``glyph_groups`` of pdfplumber's character dicts."""
    groups = glyph_groups(glyphs_of(chars), width, height, band)
    return None if groups is None else [[chars[glyph[-1]] for glyph in group] for group in groups]
