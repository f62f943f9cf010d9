"""The local library: extraction cache, stored results, damage never stops a comparison."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import analyzer.ingest as ingest
from analyzer import CompareSettings, cli
from analyzer.store import Store
from analyzer.workbench import Workbench

from .conftest import MADISON


def test_a_file_read_before_comes_from_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = CompareSettings()
    data = (MADISON / "new.pdf").read_bytes()
    with Workbench(settings, Store(tmp_path / "lib.db")) as bench:
        first = bench.read((data, "new.pdf"))

        def must_not_read(*args: object, **kwargs: object) -> None:
            raise AssertionError("the file was read again")

        monkeypatch.setattr(ingest, "_read_document", must_not_read)
        again = bench.read((data, "renamed.pdf"))
    assert again.filename == "renamed.pdf"
    assert again.pages == first.pages and again.text == first.text and again.removed == first.removed
    assert again.sha256 == first.sha256 and again.method == first.method


def test_reading_settings_are_part_of_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (MADISON / "old.txt").read_bytes()
    calls: list[str] = []
    real = ingest._read_document

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append("read")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "_read_document", counting)
    with Store(tmp_path / "lib.db") as store:
        for settings in (
            CompareSettings(),
            CompareSettings(min_similarity=0.7),
            CompareSettings(repeat_fraction=0.9),
        ):
            Workbench(settings, store).read((data, "a.txt"))
    assert calls == ["read", "read"]  # alignment settings reuse the reading; cleaning settings do not


def test_a_second_run_returns_the_stored_result_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    files = (str(MADISON / "old.pdf"), str(MADISON / "new.pdf"))
    with Workbench.open(db=db) as bench:
        first = bench.compare(*files)
    with Workbench.open(db=db) as bench:
        second = bench.compare(*files)
    assert second.json == first.json and second.library_id == first.library_id == 1
    assert any(n.code == "library_kept" for n in first.notices)
    assert not any(n.code == "library_kept" for n in second.notices)  # nothing new was kept
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM comparisons").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM extractions").fetchone()[0] == 2
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # a different lens file (same path, new content) is a different result, in the same process
    lens = tmp_path / "lens.toml"
    topics = []
    for topic in ("t", "u"):
        lens.write_text(f'name = "x"\n[[topics]]\nid = "{topic}"\nlabel = "T"\nterms = ["passport"]\n')
        with Workbench.open(CompareSettings(lens=str(lens)), db=db) as bench:
            data = json.loads(bench.compare(*files).json)
        topics.append({t["topic"] for c in data["changes"] for t in c["topics"]})
    assert topics == [{"t"}, {"u"}]


def test_a_damaged_library_does_not_stop_a_comparison(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    db.write_bytes(b"this is not a database" * 100)
    code = cli.main(["compare", str(MADISON / "old.txt"), str(MADISON / "new.txt"), "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 0  # done: the comparison ran without the library
    assert "could not be opened" in err and "Traceback" not in err
    assert json.loads(out)["changes"]


def test_the_reading_key_holds_every_reading_setting_and_nothing_else() -> None:
    from analyzer.store import reading_key

    key = json.loads(reading_key(CompareSettings()))
    assert set(key) - {"version"} == set(CompareSettings.fields_of("reading"))
    assert {"ocr", "repeat_fraction", "contents_min_share", "max_pages"} <= set(key)
    assert not {"min_similarity", "lens", "workers", "max_clause_chars"} & set(key)


def test_two_processes_opening_a_new_library_at_once_both_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's workers open the new library at the same moment: the one that waits for the
    write lock finds the schema made by the other, and keeps the library (it used to fail on
    'table extractions already exists' and work without one, reading every file again)."""
    import threading

    from analyzer import store as store_module

    path = tmp_path / "lib.db"
    first = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    first.execute("PRAGMA journal_mode=WAL")
    first.execute("BEGIN IMMEDIATE")  # the first worker holds the write lock, migrating
    waiting = threading.Event()
    connect = sqlite3.connect

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(*args, **kwargs)  # type: ignore[arg-type]
        db.set_trace_callback(lambda sql: waiting.set() if sql == "BEGIN IMMEDIATE" else None)
        return db

    monkeypatch.setattr(store_module.sqlite3, "connect", traced)
    opened: list[str] = []
    second = threading.Thread(target=lambda: opened.append(_open_or_error(path)))
    second.start()  # reads schema version 0, then waits for the write lock
    assert waiting.wait(30)
    for number, script in enumerate(store_module.MIGRATIONS, start=1):
        for statement in script.split(";"):
            if statement.strip():
                first.execute(statement)
        first.execute(f"PRAGMA user_version = {number}")
    first.execute("COMMIT")
    second.join(60)
    first.close()
    assert opened == ["opened"]


def _open_or_error(path: Path) -> str:
    try:
        Store(path).close()
    except Exception as exc:
        return str(exc)
    return "opened"
