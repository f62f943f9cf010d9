"""Streamlit front end: upload an old and a new version, read what changed, clause by clause.

The entry point only: it opens one ``Workbench`` (the workflow the CLI uses too) per script run
and hands it to a view in ``ui/``. Run it with ``make run`` (``streamlit run app.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ui/ sits beside this file

from analyzer.workbench import Workbench  # noqa: E402
from ui.batch import batch_page  # noqa: E402
from ui.compare import compare_page  # noqa: E402
from ui.library import library_page  # noqa: E402
from ui.style import CSS  # noqa: E402


def main() -> None:
    st.set_page_config(page_title="Policy diff", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)  # our own stylesheet, no document text
    view = st.sidebar.radio("View", ["Compare", "Library", "Batch"], key="view")
    with Workbench.open() as bench:  # one library connection per script run (SQLite and threads)
        if view == "Library":
            library_page(bench)
        elif view == "Batch":
            batch_page(bench)
        else:
            compare_page(bench)


main()
