"""Many comparisons at once: a 20-department invented batch (bench/batch_corpus.py, real PDFs)
against its model policy, on the local process pool and on a real Dask LocalCluster; the
matrix against the generator's truth; a corrupt document as a failed row; a killed run
resumed without redoing finished comparisons; a worker that dies retried once, then failed, on
both engines."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analyzer import CompareSettings
from analyzer.batch import read_table, run_batch
from analyzer.batch.tasks import TaskResult, compare_task

from .conftest import ROOT, load_script

CHECK = ROOT.parent / "shared" / "tools" / "contract_check.py"
if not CHECK.exists():
    CHECK = Path("/work/shared/tools/contract_check.py")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 invented departments of about one page, plus a corrupt PDF as a 21st row."""
    folder = tmp_path_factory.mktemp("batch")
    load_script(ROOT / "bench" / "batch_corpus.py").generate(20, 1, folder)
    (folder / "broken.pdf").write_bytes((folder / "dept-01.pdf").read_bytes()[:600])
    with (folder / "manifest.csv").open("a", encoding="utf-8") as handle:
        handle.write("broken,broken.pdf,Brokenville Police Department,Testshire,2025-05-01,truncated\n")
    return folder


@pytest.fixture(scope="module")
def local_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    run_batch(corpus / "manifest.csv", out, against=corpus / "model.pdf", engine="local", workers=2)
    return out


def test_batch_matrix_agrees_with_the_generators_truth(corpus: Path, local_run: Path) -> None:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    matrix = read_table(local_run / "matrix.csv")
    accuracy, wrong = load_script(ROOT / "bench" / "batch_corpus.py").accuracy(matrix, truth)
    assert accuracy >= 0.95, wrong
    rows = {r["row_id"]: r for r in matrix}
    assert list(rows)[:2] == ["model", "dept-01"] and len(rows) == 22
    # a dropped provision is an empty cell; a changed binding is the new word, quoted with its page
    for row_id, expected in truth.items():
        for action, binding in expected.items():
            if not binding:
                assert rows[row_id][action] == "" and rows[row_id][f"{action}_source"] == ""
    assert rows["model"]["inquire_status"] == "prohibited"
    assert rows["model"]["inquire_status_source"].startswith("p. ")
    assert "shall not inquire about the immigration status" in rows["model"]["inquire_status_source"]
    assert rows["broken"]["status"] == "failed" and rows["broken"]["inquire_status"] == ""


def test_batch_writes_the_contract_outputs(corpus: Path, local_run: Path) -> None:
    results = sorted((local_run / "results").glob("*.json"))
    assert [p.stem for p in results] == [f"dept-{n:02d}" for n in range(1, 21)]
    for path in results[:3]:
        check = subprocess.run([sys.executable, str(CHECK), str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    for name in ("changes.csv", "matrix.csv", "failures.csv"):
        first = (local_run / name).read_text(encoding="utf-8").splitlines()[0]
        assert not first.startswith("#")
    changes = read_table(local_run / "changes.csv")
    assert list(changes[0])[:6] == ["id", "path", "agency", "state", "date", "edits"]  # the manifest's own
    assert {c["row_id"] for c in changes} == {p.stem for p in results}
    import pandas as pd

    parquet = pd.read_parquet(local_run / "changes.parquet")
    assert len(parquet) == len(changes) and list(parquet.columns) == list(changes[0])
    run = json.loads((local_run / "run.json").read_text(encoding="utf-8"))
    assert run["status"] == "done" and run["counts"]["failed"] == 1 and run["counts"]["computed"] == 20


def test_batch_corrupt_document_is_a_failed_row_and_the_batch_goes_on(local_run: Path) -> None:
    failures = read_table(local_run / "failures.csv")
    assert [(f["row_id"], f["file"].endswith("broken.pdf")) for f in failures] == [("broken", True)]
    assert failures[0]["code"] == "corrupt_file"
    assert "broken.pdf" in failures[0]["message"] and "Traceback" not in failures[0]["message"]


def test_batch_dask_cluster_gives_the_same_tables_as_the_local_engine(
    corpus: Path, local_run: Path, tmp_path: Path
) -> None:
    report = run_batch(
        corpus / "manifest.csv", tmp_path, against=corpus / "model.pdf", engine="dask", workers=2
    )
    assert report.engine["engine"] == "dask" and report.engine["workers"] == 2
    # loopback only, and nothing served beyond the scheduler itself (no dashboard)
    assert report.engine["address"].startswith("tcp://127.0.0.1:") and report.engine["http_routes"] == []
    for name in ("changes.csv", "matrix.csv", "failures.csv", "changes.parquet"):
        assert (tmp_path / name).read_bytes() == (local_run / name).read_bytes(), name
    mine = sorted(p.name for p in (tmp_path / "results").glob("*.json"))
    assert mine == sorted(p.name for p in (local_run / "results").glob("*.json"))
    for name in mine:
        assert (tmp_path / "results" / name).read_bytes() == (local_run / "results" / name).read_bytes()
    # every document was read once, by one worker, and kept in the library for the comparisons on
    # both workers (a worker left without the library read every document of its comparisons again)
    with sqlite3.connect(tmp_path / "library.db") as db:
        kept = db.execute("SELECT COUNT(DISTINCT sha256) FROM extractions").fetchone()[0]
    assert kept == 21  # the model and the 20 departments (not the broken file)


def _cluster(*, daemon: bool):  # type: ignore[no-untyped-def]
    """A one-worker cluster on loopback, started as `dask worker` would be (daemonic by default)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": daemon}):
        return LocalCluster(
            n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, processes=True
        )


def test_batch_joins_a_running_dask_scheduler_by_address(
    corpus: Path, local_run: Path, tmp_path: Path
) -> None:
    """``--scheduler ADDRESS``: the batch joins a cluster someone else started, leaves it running,
    and writes the same matrix as the local engine; workers that cannot start PDF readers
    (daemonic, Dask's default) are refused at once with the setting that fixes them."""
    from analyzer import AnalyzerError

    manifest = corpus / "first-three.csv"
    lines = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()[:4]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with _cluster(daemon=True) as cluster, pytest.raises(AnalyzerError) as refused:
        run_batch(
            manifest,
            tmp_path / "x",
            against=corpus / "model.pdf",
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    assert "cannot read PDF files" in str(refused.value)
    assert "DASK_DISTRIBUTED__WORKER__DAEMON=False" in str(refused.value)
    with _cluster(daemon=False) as cluster:
        report = run_batch(
            manifest,
            tmp_path / "out",
            against=corpus / "model.pdf",
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
        assert report.engine["scheduler"] == cluster.scheduler_address and report.engine["workers"] == 1
        assert cluster.scheduler.workers  # the batch closed its client, not the cluster
    rows = read_table(tmp_path / "out" / "matrix.csv")
    kept = {"model", "dept-01", "dept-02", "dept-03"}
    assert rows == [r for r in read_table(local_run / "matrix.csv") if r["row_id"] in kept]
    assert not report.failures


def test_batch_killed_run_resumes_without_redoing_finished_comparisons(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "analyzer", "batch", str(corpus / "manifest.csv"), "--against"]
    command += [str(corpus / "model.pdf"), "--output", str(out), "--workers", "2"]
    process = subprocess.Popen(
        command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 5:
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)  # the whole batch, workers included, mid-way
    process.wait()
    finished = {p.name: p.stat().st_mtime_ns for p in (out / "results").glob("*.json")}
    assert 5 <= len(finished) < 20
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["reused"] == len(finished)
    assert run["counts"]["computed"] == 20 - len(finished)
    for name, stamp in finished.items():
        assert (out / "results" / name).stat().st_mtime_ns == stamp, f"{name} was computed again"
    assert len(list((out / "results").glob("*.json"))) == 20


def dies(old: str, new: str, settings: CompareSettings, db: str, target: str) -> TaskResult:
    """A comparison whose worker dies: dept-02 the first time only, dept-03 every time."""
    marker = Path(target).with_suffix(".died")
    if new.endswith("dept-03.pdf") or (new.endswith("dept-02.pdf") and not marker.exists()):
        marker.write_text("died", encoding="utf-8")
        os._exit(9)
    return compare_task(old, new, settings, db, target)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_batch_worker_that_dies_is_retried_once_then_failed(
    corpus: Path, tmp_path: Path, engine: str
) -> None:
    manifest = corpus / "first-four.csv"
    lines = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()[:5]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_batch(
        manifest, tmp_path / "out", against=corpus / "model.pdf", engine=engine, workers=2, compare_fn=dies
    )
    assert [(f[0], f[2]) for f in report.failures] == [("dept-03", "worker_died")]
    assert "retried once" in report.failures[0][3]
    assert sorted(p.stem for p in (tmp_path / "out" / "results").glob("*.json")) == [
        "dept-01",
        "dept-02",
        "dept-04",
    ]


def test_batch_cli_explains_a_bad_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,agency\na.pdf,X\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "analyzer", "batch", str(manifest), "-o", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "no 'path' column" in done.stderr and "header" in done.stderr


def test_batch_app_page_shows_the_matrix_with_words_and_opens_a_cell(local_run: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    at.sidebar.radio(key="view").set_value("Batch").run()
    at.text_input(key="batch_folder").input(str(local_run)).run()
    assert not at.exception
    table = at.dataframe[0].value
    frame = table.data if hasattr(table, "data") else table
    model = frame[frame["row_id"] == "model"].iloc[0]
    assert model["inquire_status"] == "prohibited" and model["transfer_custody"] == "no rule"
    assert any("could not be compared" in s.value for s in at.subheader)
    at.selectbox(key="batch_row").set_value("dept-01").run()
    at.selectbox(key="batch_action").set_value("inquire_status").run()
    assert not at.exception
    page = " ".join(m.value for m in at.markdown)
    assert "dept-01 · inquire_status:" in page
    assert any("inquire" in t.value for t in at.get("text")) or "inquire" in page
    assert 'class="pd-row"' in page  # the side-by-side comparison of that document
