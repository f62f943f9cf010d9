"""segment.py on a short document, with a blank English pipeline (the model is not the point):
which lines become clauses, their numbers, headings and section path, and where long clauses
are cut."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

import analyzer.segment as segment_module
from analyzer import CompareSettings, load_document
from analyzer.models import Clause

POLICY = (
    b"# Vehicle stops\n\n1. Scope\n\nThis policy covers every vehicle stop.\n\n2. Records\n\n"
    b"2.1 Officers shall record the reason for the stop. They shall give the driver a receipt. "
    b"The receipt names the officer.\n\n(a) the time of the stop;\n\n(b) the place of the stop.\n"
)


@pytest.fixture
def blank(monkeypatch: pytest.MonkeyPatch) -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    monkeypatch.setattr(segment_module, "load_pipeline", lambda name: (nlp, None))
    return nlp


def clauses_of(data: bytes, **settings: Any) -> list[Clause]:
    doc = load_document(data, filename="policy.md")
    found, notices = segment_module.segment(doc, CompareSettings(**settings), id_prefix="o")
    assert not notices
    for clause in found:  # every clause points at its own words in the document text
        assert doc.text[clause.char_start : clause.char_end].endswith(clause.text)
    return found


def test_segment_numbers_headings_and_paths(blank: Any) -> None:
    found = clauses_of(POLICY)
    assert [(c.number, c.text) for c in found if c.is_heading] == [
        (None, "Vehicle stops"),
        ("1.", "Scope"),
        ("2.", "Records"),
    ]
    body = {c.text: c for c in found if not c.is_heading}
    scope = body["This policy covers every vehicle stop."]
    assert scope.number is None and scope.path == ("Vehicle stops", "1. Scope")
    item = body["the time of the stop;"]
    assert item.number == "(a)" and item.path == ("Vehicle stops", "2. Records", "2.1")
    assert [c.id for c in found] == [f"o{k + 1:04d}" for k in range(len(found))]
    assert [c.position for c in found] == list(range(len(found)))


def test_segment_cuts_a_long_clause_at_sentence_ends(blank: Any) -> None:
    whole = "Officers shall record the reason for the stop. They shall give the driver a receipt."
    kept = [c.text for c in clauses_of(POLICY) if c.number == "2.1"]
    assert kept and kept[0].startswith(whole)  # under the default limit: one clause
    cut = clauses_of(POLICY, max_clause_chars=60)
    first = next(k for k, c in enumerate(cut) if c.number == "2.1")
    assert [c.text for c in cut[first : first + 3]] == [
        "Officers shall record the reason for the stop.",
        "They shall give the driver a receipt.",
        "The receipt names the officer.",
    ]
    assert [c.number for c in cut[first : first + 3]] == ["2.1", None, None]  # the number stays on the first


def test_segment_a_section_label_leaves_out_the_stop_or_dash_that_ends_it(blank: Any) -> None:
    # "Sec. 8. Federal-State Agreements." opens Executive Order 13768, section 8
    data = (
        b"Sec. 8. Federal-State Agreements. It is the policy of the executive branch to empower State "
        b"and local law enforcement agencies.\n\n"
        b"Section 9 - Sanctuary Jurisdictions. The Secretary shall act.\n\n"
        b"\xc2\xa7 10: Definitions. Terms have these meanings.\n"
    )
    found = clauses_of(data)
    assert [(c.number, c.text.split(".")[0]) for c in found] == [
        ("Sec. 8", "Federal-State Agreements"),
        ("Section 9", "Sanctuary Jurisdictions"),
        ("§ 10", "Definitions"),
    ]


def test_segment_reads_the_philadelphia_codes_dot_labels_as_items_under_their_letter(blank: Any) -> None:
    """Philadelphia Code sections number their fourth level "(.1)", "(.2)" … under "(a)" (§ 10-849 as a 2026
    bill would add it): each is an item with its own number, under its letter, not a loose paragraph."""
    text = (
        b"(1) Definitions. The following definitions shall apply to this Section:\n\n"
        b"(b) Immigration enforcement. Any action pertaining to execution of immigration-related federal law "
        b"shall be construed to mean, for the purposes of this Section:\n\n"
        b"(.1) Processing;\n\n(.2) Operations;\n\n(.5) Raids;\n"
    )
    found = clauses_of(text)
    items = [c for c in found if c.text in ("Processing;", "Operations;", "Raids;")]
    assert [(c.number, c.path) for c in items] == [
        ("(.1)", ("(1)", "(b)")),
        ("(.2)", ("(1)", "(b)")),
        ("(.5)", ("(1)", "(b)")),
    ]
