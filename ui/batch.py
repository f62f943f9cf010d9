"""The batch view: run many comparisons (a manifest with its files, or a ZIP of both) and explore
a batch's output folder: the document × provision matrix (a word and a colour in every cell),
provisions by binding as a bar chart, and from any cell the quoted clause and that document's
side-by-side comparison. The batch itself is ``analyzer.batch.run_batch``, as the CLI runs it."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import streamlit as st

from analyzer import AnalyzerError
from analyzer.batch import MODEL_ID, Progress, read_table, run_batch
from analyzer.workbench import Workbench

from .compare import side_by_side

COLOURS = {
    "prohibited": "#d8ecd8",
    "permitted": "#fde7c8",
    "required": "#f6d0d0",
    "discretionary": "#e6e0f3",
    "": "#ffffff",
}
WORDS = {"": "no rule"}
COLUMN_WIDTHS = {"row_id": 150, "status": 70}
KEY_WIDTH = 220
"""The agency (or file) column."""
ACTION_WIDTH = 140


def _save_uploads(manifest: Any, files: list[Any], archive: Any, model: Any) -> tuple[Path, Path | None]:
    """Write the uploads to a fresh folder: the manifest and its files side by side (a ZIP is
    unpacked there, its ``*.csv`` being the manifest)."""
    folder = Path(tempfile.mkdtemp(prefix="policy-batch-"))
    if archive is not None:
        with zipfile.ZipFile(io.BytesIO(archive.getvalue())) as bundle:
            for info in bundle.infolist():
                name = Path(info.filename).name
                if info.is_dir() or not name or name.startswith("."):
                    continue
                (folder / name).write_bytes(bundle.read(info))
    for upload in files:
        (folder / Path(upload.name).name).write_bytes(upload.getvalue())
    if manifest is not None:
        (folder / "manifest.csv").write_bytes(manifest.getvalue())
    manifests = sorted(folder.glob("*.csv"))
    if not manifests:
        raise AnalyzerError("No manifest was uploaded", fix="Add the manifest CSV, or put it inside the ZIP")
    model_path = None
    if model is not None:
        model_path = folder / f"model-{Path(model.name).name}"
        model_path.write_bytes(model.getvalue())
    return manifests[0], model_path


def run_panel() -> None:
    with st.expander("Run a batch", expanded=not st.session_state.get("batch_dir")):
        manifest = st.file_uploader("Manifest (CSV with a 'path' column)", type=["csv"], key="batch_manifest")
        files = st.file_uploader("The documents it lists", accept_multiple_files=True, key="batch_files")
        archive = st.file_uploader(
            "… or one ZIP with the manifest and the documents", type=["zip"], key="batch_zip"
        )
        model = st.file_uploader(
            "Model policy (optional: else each agency's versions in date order)", key="model"
        )
        if not st.button("Run the batch", key="batch_run"):
            return
        bar = st.progress(0.0, text="Starting")

        def show(state: Progress) -> None:
            total = state.to_read + state.to_compare
            done = state.read + state.compared
            eta = f", about {state.eta:.0f} s left" if state.eta is not None else ""
            bar.progress(
                min(1.0, done / total) if total else 0.0,
                text=f"{state.phase}: {state.read}/{state.to_read} read, {state.compared}/{state.to_compare} "
                f"compared, {state.failed} failed{eta}",
            )

        try:
            manifest_path, model_path = _save_uploads(manifest, files or [], archive, model)
            out = manifest_path.parent / "output"
            run_batch(manifest_path, out, against=model_path, progress=show)
        except AnalyzerError as exc:
            st.error(str(exc))
            return
        # the folder box below shows the batch just run: a keyed widget keeps its own value over
        # a changed default, so its state is set here, before it is drawn in this run
        st.session_state["batch_dir"] = st.session_state["batch_folder"] = str(out)


def _styled(frame: Any, actions: list[str]) -> Any:
    """Colour and a word in every cell, never colour alone."""
    shown = frame.copy()
    for action in actions:
        shown[action] = shown[action].map(lambda v: WORDS.get(v, v))
    reverse = {WORDS.get(k, k): v for k, v in COLOURS.items()}
    return shown.style.map(lambda v: f"background-color: {reverse.get(v, '#ffffff')}", subset=actions)


def explore(folder: Path) -> None:
    import altair as alt
    import pandas as pd

    matrix = read_table(folder / "matrix.csv")
    if not matrix:
        st.info("This batch has no documents.")
        return
    actions = [c for c in matrix[0] if f"{c}_source" in matrix[0]]
    failures = read_table(folder / "failures.csv")
    st.subheader("Matrix: each document's rule on each action")
    st.caption(
        "Each cell is the binding of the document's rule (prohibited, permitted, required, discretionary) "
        "or 'no rule'. Machine reading: check each quote against the page."
    )
    key_column = "agency" if "agency" in matrix[0] else "file"
    frame = pd.DataFrame(matrix)
    search = st.text_input("Filter documents", key="batch_filter").strip().casefold()
    if search:
        frame = frame[frame.apply(lambda r: search in " ".join(map(str, r.values)).casefold(), axis=1)]
    picked = st.multiselect("Actions", actions, default=actions, key="batch_actions")
    shown = frame[["row_id", key_column, "status", *picked]].reset_index(drop=True)
    openable = _openable(matrix)
    st.caption("Click a cell to open its quote and that document's comparison below.")
    st.dataframe(
        _styled(shown, picked),
        hide_index=True,
        key="batch_matrix",
        on_select=lambda: _open_cell(shown, picked, openable),
        selection_mode="single-cell",
        column_config={name: st.column_config.Column(width=w) for name, w in _widths(shown, picked).items()},
    )
    counts = [
        {"action": a, "binding": WORDS.get(r[a], r[a]), "documents": 1}
        for r in matrix
        if r["row_id"] != MODEL_ID
        for a in actions
        if r[a]
    ]
    if counts:
        chart = (
            alt.Chart(pd.DataFrame(counts))
            .mark_bar()
            .encode(
                x=alt.X("sum(documents):Q", title="documents"),
                y=alt.Y("action:N", title=None),
                color=alt.Color(
                    "binding:N",
                    scale=alt.Scale(
                        domain=list(COLOURS)[:4], range=["#3b8a3b", "#d98c1f", "#c0392b", "#7b61b3"]
                    ),
                ),
                tooltip=["action", "binding", "sum(documents)"],
            )
        )
        st.subheader("Provisions by binding")
        st.altair_chart(chart, width="stretch")
    if failures:
        st.subheader(f"{len(failures)} document(s) could not be compared")
        st.dataframe(failures, hide_index=True)
    cell_panel(folder, matrix, actions)


def _widths(shown: Any, actions: list[str]) -> dict[str, int]:
    """Fixed column widths (pixels): the matrix reads as a grid, and a cell is where one expects it."""
    return {name: COLUMN_WIDTHS.get(name, ACTION_WIDTH if name in actions else KEY_WIDTH) for name in shown}


def _openable(matrix: list[dict[str, str]]) -> list[str]:
    """The documents whose comparison can be opened (the model has none of its own)."""
    return [r["row_id"] for r in matrix if r["status"] == "ok" and r["row_id"] != MODEL_ID]


def _open_cell(shown: Any, actions: list[str], openable: list[str]) -> None:
    """A clicked cell opens below: its document and, if it is an action's cell, that action."""
    cells = st.session_state["batch_matrix"]["selection"]["cells"]
    if not cells:
        return
    position, column = cells[0]
    row_id = shown.iloc[int(position)]["row_id"]
    if row_id in openable:
        st.session_state["batch_row"] = row_id
    if column in actions:
        st.session_state["batch_action"] = column


def cell_panel(folder: Path, matrix: list[dict[str, str]], actions: list[str]) -> None:
    """From a cell to its quoted clause and that document's side-by-side comparison."""
    st.subheader("Open a cell")
    ids = _openable(matrix)
    left, right = st.columns(2)
    row_id = left.selectbox("Document", ids, key="batch_row")
    action = right.selectbox("Action", actions, key="batch_action")
    if not row_id or not action:
        return
    row = next(r for r in matrix if r["row_id"] == row_id)
    word = row[action] or "no rule"
    st.markdown(f"**{row_id} · {action}: {word}**")
    st.write(row[f"{action}_source"] or "The document states no rule on this action.")
    result = folder / "results" / f"{row_id}.json"
    if not result.is_file():
        return
    import json

    data = json.loads(result.read_text(encoding="utf-8"))
    shas = (data["documents"]["old"]["sha256"], data["documents"]["new"]["sha256"])
    with Workbench.open(db=folder / "library.db") as bench:
        kept = [c for c in bench.comparisons() if (c.old_sha256, c.new_sha256) == shas]
        if not kept:
            st.info("The batch's library does not hold this comparison; open its JSON from results/.")
            return
        outcome = bench.reopen(kept[-1].id)
        changed = [c for c in outcome.comparison.changes if c.kind != "unchanged" and not c.cosmetic]
        side_by_side(outcome.comparison, bench.labels(), bench, None, changed)


def batch_page(bench: Workbench) -> None:
    del bench  # a batch keeps its own library in its output folder
    st.title("Compare many policies at once")
    st.caption("Every document against a model policy, or each agency's versions in date order. Runs here.")
    run_panel()
    folder = st.text_input("Batch output folder", key="batch_folder").strip()
    if not folder:
        st.info("Run a batch above, or give the folder of one (python -m analyzer batch … --output DIR).")
        return
    where = Path(folder)
    if not (where / "matrix.csv").is_file():
        st.error(
            f"{where} holds no batch results (no matrix.csv). Give the --output folder of a finished batch."
        )
        return
    explore(where)
