"""The local library: extraction cache, stored results, damage never stops a comparison."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import analyzer.ingest as ingest
from analyzer import CompareSettings, load_document
from analyzer.store import Store

from .conftest import MADISON, ROOT


def test_a_file_read_before_comes_from_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = CompareSettings()
    data = (MADISON / "new.pdf").read_bytes()
    with Store(tmp_path / "lib.db") as store:
        first = load_document(data, filename="new.pdf", settings=settings, store=store)

        def must_not_read(*args: object, **kwargs: object) -> None:
            raise AssertionError("the file was read again")

        monkeypatch.setattr(ingest, "_read_document", must_not_read)
        again = load_document(data, filename="renamed.pdf", settings=settings, store=store)
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
        load_document(data, filename="a.txt", settings=CompareSettings(), store=store)
        load_document(data, filename="a.txt", settings=CompareSettings(min_similarity=0.7), store=store)
        load_document(data, filename="a.txt", settings=CompareSettings(repeat_fraction=0.9), store=store)
    assert calls == ["read", "read"]  # alignment settings reuse the reading; cleaning settings do not


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "compare", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_cli_second_run_returns_the_stored_result_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        proc = _cli(str(MADISON / "old.pdf"), str(MADISON / "new.pdf"), "--db", str(db), "-o", str(out))
        assert proc.returncode == 1, proc.stderr
    assert outs[0].read_bytes() == outs[1].read_bytes()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM comparisons").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM extractions").fetchone()[0] == 2
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # a different lens file (same path, new content) is a different result
    lens = tmp_path / "lens.toml"
    lens.write_text('name = "x"\n[[topics]]\nid = "t"\nlabel = "T"\nterms = ["passport"]\n')
    a = _cli(str(MADISON / "old.pdf"), str(MADISON / "new.pdf"), "--db", str(db), "--lens", str(lens))
    lens.write_text('name = "x"\n[[topics]]\nid = "u"\nlabel = "U"\nterms = ["passport"]\n')
    b = _cli(str(MADISON / "old.pdf"), str(MADISON / "new.pdf"), "--db", str(db), "--lens", str(lens))
    topics_a = {t["topic"] for c in json.loads(a.stdout)["changes"] for t in c["topics"]}
    topics_b = {t["topic"] for c in json.loads(b.stdout)["changes"] for t in c["topics"]}
    assert topics_a == {"t"} and topics_b == {"u"}


def test_a_damaged_library_does_not_stop_a_comparison(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    db.write_bytes(b"this is not a database" * 100)
    proc = _cli(str(MADISON / "old.txt"), str(MADISON / "new.txt"), "--db", str(db))
    assert proc.returncode == 1
    assert "could not be opened" in proc.stderr and "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["changes"]
