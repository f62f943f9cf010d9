"""The app's Batch page runs a batch from uploads (a manifest with its files, or one ZIP) and
shows what it made: the matrix with a word in each cell, and from a cell its quoted clause and
that document's side-by-side comparison. The Madison reconstruction's two versions, as one
agency's, are the batch (corpora/madison-2017/SOURCE.md)."""

from __future__ import annotations

import io
import zipfile

from streamlit.testing.v1 import AppTest

from .conftest import MADISON, ROOT

MANIFEST = (
    b"id,path,agency,date\n"
    b"madison-2016,old.pdf,Madison Police Department,2016-12-31\n"
    b"madison-2017,new.pdf,Madison Police Department,2017-01-15\n"
)


def _batch_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.run()
    at.sidebar.radio(key="view").set_value("Batch").run()
    assert not at.exception
    return at


def _matrix(at: AppTest) -> dict[str, dict[str, str]]:
    table = at.dataframe[0].value
    frame = table.data if hasattr(table, "data") else table
    return {row["row_id"]: dict(row) for _, row in frame.iterrows()}


def _shows_madison(at: AppTest) -> None:
    assert not at.exception and not at.error, [e.value for e in at.error]
    rows = _matrix(at)
    assert set(rows) == {"madison-2016", "madison-2017"}
    assert rows["madison-2017"]["request_documents"] == "prohibited"
    assert rows["madison-2016"]["request_documents"] == "no rule"  # a word, never a blank cell
    assert rows["madison-2016"]["act_as_authority"] == "prohibited"
    at.selectbox(key="batch_row").set_value("madison-2017").run()
    at.selectbox(key="batch_action").set_value("request_documents").run()
    assert not at.exception
    page = " ".join(m.value for m in at.markdown)
    assert "madison-2017 · request_documents: prohibited" in page
    quote = " ".join(str(t.value) for t in at.get("text")) + page
    assert "passport" in quote and "p. 3" in quote
    assert 'class="pd-row"' in page and "Officers will not ask anyone to show a passport" in page


def test_batch_app_runs_a_zip_of_manifest_and_documents() -> None:
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("batch/manifest.csv", MANIFEST)
        for name in ("old.pdf", "new.pdf"):
            archive.writestr(f"batch/{name}", (MADISON / name).read_bytes())
    at = _batch_page()
    at.file_uploader(key="batch_zip").upload("batch.zip", bundle.getvalue(), "application/zip").run()
    at.button(key="batch_run").click().run()
    _shows_madison(at)
    assert at.text_input(key="batch_folder").value.endswith("output")


def test_batch_app_runs_a_manifest_with_its_files() -> None:
    at = _batch_page()
    at.file_uploader(key="batch_manifest").upload("manifest.csv", MANIFEST, "text/csv").run()
    uploads = at.file_uploader(key="batch_files")
    for name in ("old.pdf", "new.pdf"):
        uploads.upload(name, (MADISON / name).read_bytes(), "application/pdf")
    uploads.run()
    at.button(key="batch_run").click().run()
    _shows_madison(at)
