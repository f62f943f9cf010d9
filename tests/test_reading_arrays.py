"""The array shortcuts of the fast path answer exactly as the Python steps they stand for.

``lines._array_words`` (words and their bounds in array operations) gives the lines of
``_words``; ``columns._no_gutter`` says "no gutter" only where ``_gutters`` finds none. Checked on
generated glyphs that crowd the cases that matter (equal tops and x0s, characters touching the
tolerances, spaces, tall and overlapping glyphs), besides every corpus page (tests/test_readers.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.ingest import columns, lines

_COORD = st.sampled_from([0.0, 1.0, 2.5, 3.0, 5.9, 6.0, 72.0, 100.25, 150.0, 200.0, 305.5, 306.0, 400.0])


@st.composite
def _glyphs(draw: st.DrawFn) -> list[tuple[object, ...]]:
    out = []
    for _ in range(draw(st.integers(0, 120))):
        x0 = draw(_COORD) + draw(st.sampled_from([0.0, 0.5, 3.0, 3.01, 12.0]))
        width = draw(st.sampled_from([0.0, 2.0, 3.0, 5.5, 30.0]))
        top = draw(_COORD) + draw(st.sampled_from([0.0, 0.3, 2.99, 3.0, 3.5]))
        size = draw(st.sampled_from([1.0, 6.0, 11.0, 24.0]))
        text = draw(st.sampled_from(["a", "b", "Z", "1", " ", "\u00a0", "ﬁ", "."]))
        out.append((text, x0, x0 + width, top, top + size, size, "Times-Roman", True))
    return out


@settings(max_examples=150, deadline=None)
@given(_glyphs())
def test_array_words_make_the_lines_the_python_steps_make(chars: list[tuple[object, ...]]) -> None:
    assert lines.glyph_lines(chars) == lines._lines_of_words(lines._words(chars))


def test_array_words_leave_a_nan_or_a_negative_zero_to_the_python_steps() -> None:
    chars = [("a", 1.0, 2.0, 3.0, 4.0, 1.0, "F", True), ("b", float("nan"), 2.0, 3.0, 4.0, 1.0, "F", True)]
    assert lines._array_words(chars) is None
    assert lines._array_words([("a", -0.0, 2.0, 3.0, 4.0, 1.0, "F", True)]) is None


@st.composite
def _page(draw: st.DrawFn) -> list[tuple[object, ...]]:
    """Rows of text across a 612-pt page, some broken by a gap (a gutter or a wide space) here or
    there, some short, with the character widths and sizes the run test weighs."""
    out = []
    top = 60.0
    for _ in range(draw(st.integers(1, 30))):
        top += draw(st.sampled_from([0.0, 2.0, 3.0, 3.5, 12.0]))
        size = draw(st.sampled_from([1.0, 4.0, 11.0]))
        step = draw(st.sampled_from([2.0, 5.5, 6.6, 9.0]))
        gap_at = draw(st.sampled_from([None, 150.0, 300.0, 306.0, 450.0]))
        gap = draw(st.sampled_from([0.5, 2.4, 6.0, 6.7, 20.0]))
        x = draw(st.sampled_from([50.0, 72.0, 200.0]))
        end = draw(st.sampled_from([250.0, 400.0, 560.0]))
        while x < end:
            out.append(("a", x, x + step, top, top + size, size, "Times-Roman", True))
            x += step + (gap if gap_at is not None and gap_at <= x < gap_at + step else 0.0)
    return out


@settings(max_examples=150, deadline=None)
@given(st.one_of(_glyphs(), _page()), st.sampled_from([612.0, 300.0, 0.5]))
def test_no_gutter_only_where_the_runs_leave_none(chars: list[tuple[object, ...]], width: float) -> None:
    body = [c for c in chars if not str(c[0]).isspace()]
    if not body:
        return
    if columns._no_gutter(body, width):
        assert columns._gutters([columns._runs(row) for row in columns._rows(body)], width) == []
