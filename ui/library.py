"""The library view: past comparisons with their notes; each reopened side by side, or its reports
downloaded in one click, rebuilt from the documents the library kept (``Workbench.reopen``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import streamlit as st

from analyzer import AnalyzerError
from analyzer.report.html import esc
from analyzer.workbench import FORMATS, Workbench

from .compare import SUFFIX, show_result


def library_page(bench: Workbench) -> None:
    st.title("Library")
    if bench.store is None:
        for notice in bench.notices:
            st.warning(notice.message)
        st.info("The library could not be opened; see the message above.")
        return
    rows = bench.comparisons()
    if not rows:
        st.info("No comparison has been kept yet. Compare two files and they appear here.")
        return
    st.caption(f"{len(rows)} comparison(s) in {bench.store.path}")
    st.dataframe(
        [
            {
                "id": r.id,
                "old": r.old_filename,
                "new": r.new_filename,
                "notes": r.notes,
                "kept": datetime.fromtimestamp(r.created_at, UTC).strftime("%Y-%m-%d %H:%M UTC"),
            }
            for r in reversed(rows)
        ],
        hide_index=True,
        width="stretch",
    )
    names = {r.id: f"{r.id}: {r.old_filename} → {r.new_filename}" for r in rows}
    chosen = int(
        st.selectbox("Open", list(reversed(names)), format_func=names.__getitem__, key="library_pick")
    )
    row = bench.stored(chosen)
    data = json.loads(row.result)
    counts = data["summary"]["counts"]
    st.markdown("**Changes:** " + esc(", ".join(f"{n} {k}" for k, n in counts.items() if n)))
    for line in data["summary"].get("highlights") or []:
        st.text("• " + line)
    notes = bench.notes(chosen)
    st.markdown(f"**Notes ({len(notes)})**")
    if notes:
        st.dataframe(
            [
                {k: v for k, v in n.to_dict().items() if k in ("change_id", "status", "author", "text")}
                for n in notes
            ],
            hide_index=True,
            width="stretch",
        )
    downloads = st.container(horizontal=True)
    downloads.download_button(
        "Download JSON (as kept)", row.result, file_name=f"comparison-{chosen}.json", key="lib_json"
    )
    for fmt, label in REPORTS:  # one click each: the report is built when the button is pressed
        downloads.download_button(
            f"Download {label}",
            lambda fmt=fmt: _report(bench, chosen, fmt),
            file_name=f"comparison-{chosen}.{SUFFIX.get(fmt, fmt)}",
            key=f"lib_{fmt}",
        )
    if st.button("Open side by side", key="lib_open", type="primary"):
        st.session_state["lib_opened"] = chosen
    with st.expander("Delete this comparison"):
        sure = st.checkbox(
            f"Yes, delete comparison {chosen} and its {row.notes} note(s)", key=f"lib_sure_{chosen}"
        )
        if st.button("Delete", key="lib_delete", disabled=not sure):
            try:
                bench.delete(chosen)
            except AnalyzerError as exc:
                st.error(str(exc))
                return
            st.session_state.pop("lib_opened", None)
            st.success(f"Deleted comparison {chosen}.")
            st.rerun()
    if st.session_state.get("lib_opened") == chosen:
        try:
            bundle = _reopened(bench, chosen)
        except AnalyzerError as exc:
            st.error(str(exc))
            return
        st.divider()
        show_result(bench, bundle)


REPORTS = (
    ("html", "HTML redline"),
    ("md", "Markdown brief"),
    ("csv", "CSV"),
    ("summary", "one-page summary"),
)


def _report(bench: Workbench, chosen: int, fmt: str) -> str:
    """A report rebuilt from the documents the library kept, when its button is pressed (after the
    page's own connection to the library is closed: a connection of its own)."""
    path = bench.store.path if bench.store is not None else None
    with Workbench.open(bench.settings, db=path, required=True) as own:
        return own.render(own.reopen(chosen), fmt)


def _reopened(bench: Workbench, chosen: int) -> dict[str, Any]:
    """A kept comparison as the compare page shows it: the comparison rebuilt and its reports."""
    outcome = bench.reopen(chosen)
    return {
        "comparison": outcome.comparison,
        "library_id": outcome.library_id,
        "notices": outcome.notices,
        **{fmt: bench.render(outcome, fmt) for fmt in FORMATS},
    }
