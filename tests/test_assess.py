"""assess.py on single sentences, read by a blank English pipeline (no parse, so the word-window
fallback is what is tested): the signals each edit gives, and the direction they vote for."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from analyzer.assess import Stance, compare_stances, read_stance

PROTECTIVE = ("regardless of immigration status",)


@pytest.fixture(scope="module")
def nlp() -> Any:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


def stance(nlp: Any, text: str) -> Stance:
    return read_stance(nlp(text), PROTECTIVE)


@pytest.mark.parametrize(
    ("old", "new", "direction", "signal"),
    [
        (
            "Officers shall ask about immigration status.",
            "Officers shall not ask about immigration status.",
            "limits_enforcement",
            ("negation_added", None, "not"),
        ),
        (
            "Officers may detain a person on an ICE hold.",
            "Officers shall detain a person on an ICE hold.",
            "expands_enforcement",
            ("modal", "may", "shall"),
        ),
        (
            "Officers shall share release dates with ICE.",
            "Officers shall share release dates with ICE only with approval from a commander.",
            "limits_enforcement",
            ("approval_added", None, "approval from a commander"),
        ),
    ],
)
def test_assess_an_edit_gives_its_signal_and_direction(
    nlp: Any, old: str, new: str, direction: str, signal: tuple[str, str | None, str]
) -> None:
    result = compare_stances(stance(nlp, old), stance(nlp, new), protective_topic=False)
    assert result.direction == direction
    assert signal in [(s.kind, s.old, s.new) for s in result.signals]
    # the same edit undone votes the other way
    back = compare_stances(stance(nlp, new), stance(nlp, old), protective_topic=False)
    assert back.direction == {"limits_enforcement": "expands_enforcement"}.get(
        direction, "limits_enforcement"
    )


def test_assess_reads_action_modal_and_negation(nlp: Any) -> None:
    read = stance(nlp, "Officers shall not ask about immigration status.")
    assert (read.action, read.modal, read.negated, read.negation) == ("ask", "shall", True, "not")
    assert read.level == 0.0  # prohibited


def test_assess_same_rule_is_neutral_and_a_protection_added_limits(nlp: Any) -> None:
    same = stance(nlp, "Officers shall ask about immigration status.")
    assert compare_stances(same, same, protective_topic=False).direction == "neutral"
    added = compare_stances(
        None, stance(nlp, "Services are provided regardless of immigration status."), protective_topic=True
    )
    assert added.direction == "limits_enforcement"
    assert [s.kind for s in added.signals] == ["protection_added"]


def test_assess_a_clause_with_no_rule_is_unclear_and_says_why(nlp: Any) -> None:
    result = compare_stances(None, stance(nlp, "This section has a title."), protective_topic=False)
    assert result.direction == "unclear" and "states no rule" in result.explanation
