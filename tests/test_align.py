"""align.py on a handful of clauses: which old clause pairs with which new one, and as what."""

from __future__ import annotations

import pytest

from analyzer import CompareSettings
from analyzer.align import Match, align, apply_overrides
from analyzer.models import Clause, Override, text_sha

SETTINGS = CompareSettings()
POLICY = [
    "Officers shall record the reason for every vehicle stop in the stop log.",
    "A supervisor reviews the stop log at the end of each shift and signs it.",
    "Records of stops are kept for three years and then destroyed.",
    "Complaints about a stop go to the professional standards unit within ten days.",
]


def clauses(texts: list[str], side: str, numbers: list[str | None] | None = None) -> list[Clause]:
    out = []
    for k, text in enumerate(texts):
        number = numbers[k] if numbers else None
        out.append(Clause(f"{side}{k + 1:04d}", number, None, (), text, 1, 1, 0, len(text), position=k))
    return out


def pairs(matches: list[Match]) -> set[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return {(m.kind, m.old, m.new) for m in matches}


def test_align_identical_clauses_pair_in_order_as_unchanged() -> None:
    got = align(clauses(POLICY, "o"), clauses(POLICY, "n"), SETTINGS)
    assert pairs(got) == {("unchanged", (k,), (k,)) for k in range(4)}


def test_align_an_edited_clause_is_modified_in_place() -> None:
    new = [*POLICY]
    new[1] = "A supervisor may review the stop log at the end of each shift and signs it."
    got = pairs(align(clauses(POLICY, "o"), clauses(new, "n"), SETTINGS))
    assert ("modified", (1,), (1,)) in got
    assert {m for m in got if m[0] != "unchanged"} == {("modified", (1,), (1,))}


def test_align_a_clause_gone_and_one_new_are_removed_and_added() -> None:
    new = [POLICY[0], POLICY[1], "Body cameras are switched on before any contact with the public begins."]
    new.append(POLICY[3])
    got = pairs(align(clauses(POLICY, "o"), clauses(new, "n"), SETTINGS))
    assert ("removed", (2,), ()) in got and ("added", (), (2,)) in got
    assert ("unchanged", (3,), (3,)) in got


def test_align_a_clause_taken_to_the_end_is_moved() -> None:
    new = [POLICY[1], POLICY[2], POLICY[3], POLICY[0]]
    got = pairs(align(clauses(POLICY, "o"), clauses(new, "n"), SETTINGS))
    assert ("moved", (0,), (3,)) in got
    assert {("unchanged", (k,), (k - 1,)) for k in (1, 2, 3)} <= got


def test_align_same_text_under_a_new_number_is_renumbered() -> None:
    old = clauses(POLICY[:2], "o", ["1.", "2."])
    new = clauses(POLICY[:2], "n", ["1.", "3."])
    assert pairs(align(old, new, SETTINGS)) == {("unchanged", (0,), (0,)), ("renumbered", (1,), (1,))}


def test_align_one_clause_cut_in_two_is_split() -> None:
    whole = POLICY[0] + " " + POLICY[1]
    got = pairs(align(clauses([whole, POLICY[2]], "o"), clauses(POLICY[:3], "n"), SETTINGS))
    assert ("split", (0,), (0, 1)) in got and ("unchanged", (1,), (2,)) in got


@pytest.mark.parametrize("action", ["pair", "unpair"])
def test_align_a_reviewer_pairing_overrides_the_tool(action: str) -> None:
    old, new = clauses(POLICY, "o"), clauses(POLICY, "n")
    matches = align(old, new, SETTINGS)
    i, j = (1, 1) if action == "unpair" else (0, 2)
    override = Override(action, old[i].id, text_sha(old[i]), new[j].id, text_sha(new[j]))
    got, applied, skipped = apply_overrides(matches, old, new, [override])
    assert applied == [override] and not skipped
    if action == "unpair":
        assert {("removed", (1,), ()), ("added", (), (1,))} <= pairs(got)
    else:
        assert any(m.old == (0,) and m.new == (2,) for m in got)
        assert {("added", (), (0,)), ("removed", (2,), ())} <= pairs(got)
    stale = Override(action, old[i].id, "0" * 64, new[j].id, text_sha(new[j]))
    assert apply_overrides(matches, old, new, [stale])[2] == [stale]  # a changed clause is never touched
