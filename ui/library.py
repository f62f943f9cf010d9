"""The library view: past comparisons with their notes; reports rebuilt from the documents the
library kept (``Workbench.reopen``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import streamlit as st

from analyzer import AnalyzerError
from analyzer.report.html import esc
from analyzer.workbench import Workbench


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
    st.download_button(
        "Download JSON (as kept)", row.result, file_name=f"comparison-{chosen}.json", key="lib_json"
    )
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
            st.success(f"Deleted comparison {chosen}.")
            st.rerun()
    if st.button("Rebuild HTML, Markdown and CSV reports", key="lib_rebuild"):
        try:
            outcome = bench.reopen(chosen)
            reports = [
                (label, fmt, bench.render(outcome, fmt))
                for label, fmt in (("HTML redline", "html"), ("Markdown brief", "md"), ("CSV", "csv"))
            ]
        except AnalyzerError as exc:
            st.error(str(exc))
            return
        for label, fmt, body in reports:
            st.download_button(
                f"Download {label}", body, file_name=f"comparison-{chosen}.{fmt}", key=f"lib_{fmt}"
            )
