"""The library: reviewer notes, manual pairings applied on every later run, export, history,
and stored work that survives a killed process and two writers at once."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analyzer import AnalyzerError, CompareSettings, cli, load_document
from analyzer.library import history
from analyzer.workbench import Workbench

from .conftest import CASES, MADISON, ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def _compare(db: Path) -> dict:  # type: ignore[type-arg]
    with Workbench.open(db=db) as bench:
        outcome = bench.compare(MADISON / "old.txt", MADISON / "new.txt")
    assert outcome.has_changes
    return json.loads(outcome.json)  # type: ignore[no-any-return]


def _pairs(data: dict) -> dict[tuple[tuple[str, ...], tuple[str, ...]], str]:  # type: ignore[type-arg]
    return {
        (tuple(x["id"] for x in c["old"]), tuple(x["id"] for x in c["new"])): c["kind"]
        for c in data["changes"]
    }


def test_notes_and_pairings_are_kept_and_applied_on_every_later_run(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    first = _compare(db)
    bench = Workbench.open(db=db, required=True)
    assert [(r.id, r.old_filename, r.new_filename, r.notes) for r in bench.comparisons()] == [
        (1, "old.txt", "new.txt", 0)
    ]
    modified = next(c for c in first["changes"] if c["kind"] == "modified")
    bench.note(1, modified["id"], "confirmed", "checked against page 2", "A. Reporter")
    # un-pair what the tool paired: the next run reports it as removed + added
    old_id, new_id = modified["old"][0]["id"], modified["new"][0]["id"]
    bench.pair(1, old_id, new_id, action="unpair")
    second = _compare(db)
    pairs = _pairs(second)
    assert pairs[((old_id,), ())] == "removed" and pairs[((), (new_id,))] == "added"
    assert any(n["code"] == "manual_pairing" for n in second["notices"])
    # pair two clauses the tool left apart: they come back as one modified change
    removed = next(c for c in first["changes"] if c["kind"] == "removed")
    added = next(c for c in first["changes"] if c["kind"] == "added")
    bench.pair(1, removed["old"][0]["id"], added["new"][0]["id"])
    third = _compare(db)
    assert _pairs(third)[((removed["old"][0]["id"],), (added["new"][0]["id"],))] == "modified"
    # the note is still there, and an export rebuilt from the library carries the pairings
    assert f"{modified['id']}: confirmed (A. Reporter) checked against page 2" in bench.describe(1)
    reopened = bench.reopen(1)
    assert json.loads(reopened.json)["changes"] == third["changes"]
    assert "manual pairing" in bench.render(reopened, "md")
    bench.close()


def test_library_cli_keeps_a_note_and_exports_through_the_same_workbench(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    first = _compare(db)
    assert cli.main(["library", "list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "   1  " in listing and "old.txt → new.txt  (0 notes)" in listing
    change = next(c for c in first["changes"] if c["kind"] == "modified")["id"]
    assert cli.main(["library", "note", "1", "--db", str(db), "--change", change, "--text", "seen"]) == 0
    assert cli.main(["library", "export", "1", "--db", str(db), "-o", str(tmp_path / "out.json")]) == 0
    assert json.loads((tmp_path / "out.json").read_text()) == first  # as kept: no pairing since
    with Workbench.open(db=db, required=True) as bench:
        assert [(n.change_id, n.status, n.text) for n in bench.notes(1)] == [(change, "note", "seen")]


def test_library_delete_asks_first_and_forgets_the_comparison_and_its_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lib.db"
    first = _compare(db)
    change = next(c for c in first["changes"] if c["kind"] == "modified")["id"]
    assert cli.main(["library", "note", "1", "--db", str(db), "--change", change, "--text", "seen"]) == 0
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli.main(["library", "delete", "1", "--db", str(db)]) == 2  # no stdin: nothing deleted
    assert "--yes" in capsys.readouterr().err
    with Workbench.open(db=db, required=True) as bench:
        assert [r.id for r in bench.comparisons()] == [1]
    assert cli.main(["library", "delete", "1", "--db", str(db), "--yes"]) == 0
    assert "deleted comparison 1 (old.txt → new.txt, 1 notes)" in capsys.readouterr().out
    with Workbench.open(db=db, required=True) as bench:
        assert bench.comparisons() == [] and bench.notes(1) == []
        with pytest.raises(AnalyzerError, match="no comparison 1"):
            bench.delete(1)


def test_library_errors_are_messages_not_tracebacks(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    missing = _run("library", "show", "7", "--db", str(db))
    assert (
        missing.returncode == 2 and "no comparison 7" in missing.stderr and "Traceback" not in missing.stderr
    )
    _compare(db)
    bad = _run("library", "note", "1", "--db", str(db), "--change", "c0001", "--status", "maybe")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    with Workbench.open(db=db, required=True) as bench, pytest.raises(AnalyzerError) as caught:
        bench.note(1, "c0001", "maybe")
    assert caught.value.code == "library_error" and "confirmed, not_significant or note" in str(caught.value)


def test_history_reports_added_then_moved_then_weakened() -> None:
    settings = CompareSettings()
    docs = [load_document(CASES / "history" / f"v{k}.txt", settings=settings) for k in (1, 2, 3, 4)]
    data = history(docs, settings).to_dict()
    assert [v["filename"] for v in data["versions"]] == ["v1.txt", "v2.txt", "v3.txt", "v4.txt"]
    traced = [
        lin
        for lin in data["lineages"]
        if "immigration status" in (lin["steps"][0]["clause"] or {}).get("text", "")
    ]
    assert len(traced) == 1
    steps = [(s["version"], s["kind"], s["direction"]) for s in traced[0]["steps"]]
    assert steps == [
        (1, "added", "limits_enforcement"),
        (2, "moved", "neutral"),
        (3, "modified", "expands_enforcement"),
    ]
    assert traced[0]["steps"][1]["clause"]["number"] == "4.3"
    # every other clause stays in one lineage from the first version to the last
    others = [lin for lin in data["lineages"] if lin is not traced[0]]
    assert all([s["version"] for s in lin["steps"]] == [0, 1, 2, 3] for lin in others)
    # and each step of a lineage is the same clause: its text stays the same where it is unchanged
    for lin in data["lineages"]:
        for before, after in zip(lin["steps"], lin["steps"][1:], strict=False):
            if after["kind"] == "unchanged":
                assert after["clause"]["text"] == before["clause"]["text"], lin["id"]


WRITER = textwrap.dedent(
    """
    import sys
    from analyzer.store import Store
    store = Store(sys.argv[1])
    comparison = int(sys.argv[2])
    for k in range(int(sys.argv[3])):
        store.add_note(comparison, f"c{k:04d}", "note", sys.argv[4] + " " + "x" * 2000, "writer")
        print(k, flush=True)
    """
)


def _library_with_one_comparison(tmp_path: Path) -> Path:
    db = tmp_path / "lib.db"
    _compare(db)
    return db


def test_a_writer_killed_mid_write_leaves_the_library_consistent(tmp_path: Path) -> None:
    db = _library_with_one_comparison(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "1", "100000", "killed"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    last = -1
    for line in proc.stdout:
        last = int(line)
        if last >= 60:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = con.execute("SELECT count(*) FROM notes").fetchone()[0]
    assert count >= last + 1  # every note reported written is there
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT change_id FROM notes ORDER BY id")]
    assert ids[: last + 1] == [f"c{k:04d}" for k in range(last + 1)]


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    db = _library_with_one_comparison(tmp_path)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), "1", "150", name], stdout=subprocess.DEVNULL, cwd=ROOT
        )
        for name in ("first", "second")
    ]
    assert [w.wait(timeout=300) for w in writers] == [0, 0]
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT text FROM notes").fetchall()
    assert sum(r[0].startswith("first ") for r in rows) == 150
    assert sum(r[0].startswith("second ") for r in rows) == 150
