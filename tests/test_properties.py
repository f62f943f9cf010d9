"""Invariants that hold for any pair of documents (hypothesis), and no network at run time."""

from __future__ import annotations

import json
import socket
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analyzer import CompareSettings, compare_documents, load_document
from analyzer.diff import rebuild
from analyzer.report import to_json, validate

from .conftest import MADISON, ROOT, compare_texts

SENTENCES = [
    "Officers shall record the reason for every stop.",
    "Officers may not ask about immigration status.",
    "Supervisors will review the log each month.",
    "MPD will cooperate with ICE only for violent felonies.",
    "A warrant is required before any search of a home.",
    "Records are kept for seven years.",
    "Interpreters are provided on request.",
    "No officer shall demand a passport or green card.",
]
HEADINGS = ["1. Scope", "2. Procedure", "3. Records", "Section 4", "DEFINITIONS"]
LABELS = ["", "(a) ", "(b) ", "1.1 ", "1.2 ", "A. "]


@st.composite
def documents(draw: st.DrawFn) -> str:
    blocks = draw(
        st.lists(
            st.one_of(
                st.sampled_from(HEADINGS),
                st.builds(
                    lambda label, parts: label + " ".join(parts),
                    st.sampled_from(LABELS),
                    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
                ),
            ),
            min_size=1,
            max_size=12,
        )
    )
    return "\n\n".join(blocks) + "\n"


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = CompareSettings()


def _compare(old: str, new: str):  # type: ignore[no-untyped-def]
    return compare_texts(old, new)


@PROPERTY
@given(documents(), documents())
def test_every_clause_is_in_exactly_one_change_and_diffs_rebuild(old: str, new: str) -> None:
    result = _compare(old, new)
    old_ids = Counter(c.id for ch in result.changes for c in ch.old)
    new_ids = Counter(c.id for ch in result.changes for c in ch.new)
    assert set(old_ids.values()) <= {1} and set(new_ids.values()) <= {1}
    assert len(old_ids) == result.old.clauses and len(new_ids) == result.new.clauses
    for change in result.changes:
        if change.diff:
            assert rebuild(change.diff, "old") == change.old_text
            assert rebuild(change.diff, "new") == change.new_text
    data = json.loads(to_json(result))
    validate(data)
    assert to_json(_compare(old, new)) == to_json(result)  # same input, same bytes


@PROPERTY
@given(documents())
def test_a_document_compared_with_itself_is_all_unchanged(text: str) -> None:
    result = _compare(text, text)
    assert {c.kind for c in result.changes} == {"unchanged"}
    assert not result.has_changes


@PROPERTY
@given(documents(), documents())
@example(
    old="Officers shall record the reason for every stop. Officers shall record the reason for every stop. "
    "Officers may not ask about immigration status.\n\n1. Scope\n",
    new="1. Scope\n\n1. Scope\n\nOfficers shall record the reason for every stop. Officers shall record the "
    "reason for every stop. Officers shall record the reason for every stop.\n",
)
def test_swapping_old_and_new_swaps_added_and_removed(old: str, new: str) -> None:
    forward, backward = _compare(old, new), _compare(new, old)
    counts = forward.summary["counts"], backward.summary["counts"]
    assert counts[0]["added"] == counts[1]["removed"] and counts[0]["removed"] == counts[1]["added"]
    assert counts[0]["split"] == counts[1]["merged"] and counts[0]["merged"] == counts[1]["split"]
    inserted = " ".join(op.text for ch in forward.changes for op in ch.diff if op.op == "insert")
    deleted_back = " ".join(op.text for ch in backward.changes for op in ch.diff if op.op == "delete")
    assert sorted(inserted.split()) == sorted(deleted_back.split())


def test_no_network_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full comparison (PDF, OCR-capable reading, lens, reports) and the app's first run,
    with every network connection refused (only Unix sockets, local IPC, are let through)."""
    attempts: list[object] = []
    local_connect = socket.socket.connect

    def refuse(self: socket.socket | None, address: object) -> None:
        if self is not None and self.family == socket.AF_UNIX:  # local IPC (the PDF workers)
            return local_connect(self, address)  # type: ignore[arg-type]
        attempts.append(address)
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    from analyzer.report import to_csv, to_html, to_markdown

    settings_ = CompareSettings()
    result = compare_documents(
        load_document(MADISON / "old.pdf", settings=settings_),
        load_document(MADISON / "new.pdf", settings=settings_),
        settings=settings_,
    )
    for render in (to_markdown, to_html, to_csv):
        assert render(result, run_at="2026-11-28T00:00:00Z")
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    at.button(key="demo").click().run()
    assert not at.exception
    assert not attempts, attempts


def test_swapping_old_and_new_swaps_added_and_removed_when_a_heading_moves_apart() -> None:
    # found by hypothesis: a heading removed here and added far away was rejoined one way only
    old = (
        "3. Records\n\nOfficers shall record the reason for every stop. Officers shall record the reason "
        "for every stop.\n\n1. Scope\n"
    )
    new = (
        "1. Scope\n\nOfficers shall record the reason for every stop. Officers shall record the reason "
        "for every stop.\n\n2. Procedure\n\n1. Scope\n\n3. Records\n"
    )
    forward, backward = _compare(old, new), _compare(new, old)
    counts = forward.summary["counts"], backward.summary["counts"]
    assert counts[0]["added"] == counts[1]["removed"] and counts[0]["removed"] == counts[1]["added"]
