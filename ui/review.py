"""The review panel: reviewer notes on a change, and manual pairings the workbench applies to
every later run of the same two files."""

from __future__ import annotations

import streamlit as st

from analyzer import AnalyzerError
from analyzer.models import Change, Clause, Comparison
from analyzer.workbench import NOTE_STATUSES, Workbench


def _change_label(change: Change) -> str:
    clauses = change.new or change.old
    number = f" § {clauses[0].number}" if clauses and clauses[0].number else ""
    return f"{change.id} · {change.kind}{number} · {(change.new_text or change.old_text)[:60]}"


def _clause_label(clause: Clause) -> str:
    """A clause as a reader finds it on the page: its number, page, heading (or section), words —
    not the tool's internal id."""
    number = f"§ {clause.number}" if clause.number else "no number"
    under = clause.heading or (clause.path[-1] if clause.path else "")
    heading = f" · {under[:40]}" if under and under != clause.text else ""
    words = clause.text if len(clause.text) <= 60 else clause.text[:59].rsplit(" ", 1)[0] + "…"
    return f"{number} · p. {clause.page_start}{heading} · {words}"


def review_panel(bench: Workbench, result: Comparison, library_id: int) -> None:
    st.subheader("Review")
    where = bench.store.path if bench.store is not None else ""
    st.caption(f"Kept in the library as comparison {library_id} ({where}).")
    if "flash" in st.session_state:
        st.success(st.session_state.pop("flash"))
    left, right = st.columns(2)
    changes = {c.id: c for c in result.changes if c.kind != "unchanged"} or {c.id: c for c in result.changes}
    with left.form("note_form", clear_on_submit=True):
        st.markdown("**Add a note to a change**")
        change_id = st.selectbox("Change", list(changes), format_func=lambda k: _change_label(changes[k]))
        # a new note starts open ("note"): nothing is confirmed until the reviewer says so
        status = st.radio(
            "Status",
            NOTE_STATUSES,
            index=NOTE_STATUSES.index("note"),
            horizontal=True,
            format_func=lambda s: "open note" if s == "note" else s.replace("_", " "),
        )
        text = st.text_area("Note")
        author = st.text_input("Your name")
        if st.form_submit_button("Save note"):
            try:
                bench.note(library_id, str(change_id), str(status), text, author)
                st.session_state["flash"] = f"Note saved on {change_id}."
                st.rerun()  # so the note shows in its row above
            except AnalyzerError as exc:
                st.error(str(exc))
    olds = sorted((c for ch in result.changes for c in ch.old), key=lambda c: c.position)
    news = sorted((c for ch in result.changes for c in ch.new), key=lambda c: c.position)
    by_id = {c.id: c for c in [*olds, *news]}
    with right.form("pair_form"):
        st.markdown("**Pair or un-pair two clauses**")
        old_id = st.selectbox(
            "Old clause", [c.id for c in olds], format_func=lambda k: _clause_label(by_id[k])
        )
        new_id = st.selectbox(
            "New clause", [c.id for c in news], format_func=lambda k: _clause_label(by_id[k])
        )
        action = st.radio("Action", ["pair", "unpair"], horizontal=True)
        who = st.text_input("Your name", key="pair_author")
        if st.form_submit_button("Apply to this pair of files"):
            try:
                bench.pair(
                    library_id, str(old_id), str(new_id), action=str(action), author=who, comparison=result
                )
                st.session_state["flash"] = (
                    f"{action} {old_id} ↔ {new_id} kept; the comparison was redone with it."
                )
                st.rerun()
            except AnalyzerError as exc:
                st.error(str(exc))
