from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.diff import rebuild, word_diff

WORDS = st.lists(
    st.sampled_from(
        [
            "shall",
            "may",
            "not",
            "officer",
            "ICE",
            "the",
            "(a)",
            ",",
            ".",
            "status",
            "  ",
            "\n",
            "é",
            "\u05e9\u05dc\u05d5\u05dd",
        ]
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(WORDS, WORDS)
def test_diff_rebuilds_both_sides_exactly(old_words: list[str], new_words: list[str]) -> None:
    old, new = " ".join(old_words), " ".join(new_words)
    ops, _ = word_diff(old, new, timeout=1.0)
    assert rebuild(ops, "old") == old
    assert rebuild(ops, "new") == new
    assert all(op.text for op in ops)


def test_diff_is_word_level() -> None:
    ops, timed_out = word_diff(
        "Officers shall record the stop.", "Officers may record the stop.", timeout=1.0
    )
    assert not timed_out
    assert [(o.op, o.text) for o in ops] == [
        ("equal", "Officers "),
        ("delete", "shall"),
        ("insert", "may"),
        ("equal", " record the stop."),
    ]


def test_diff_inserted_not() -> None:
    ops, _ = word_diff("MPD will participate in raids.", "MPD will not participate in raids.", timeout=1.0)
    assert [o.text.strip() for o in ops if o.op == "insert"] == ["not"]
    assert not [o for o in ops if o.op == "delete"]
