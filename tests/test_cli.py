from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from analyzer.report import validate

from .conftest import MADISON, ROOT

CONTRACT_CHECK = ROOT.parent / "shared" / "tools" / "contract_check.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def test_cli_madison_pdfs_exit_1_with_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    proc = run(
        "compare",
        str(MADISON / "old.pdf"),
        str(MADISON / "new.pdf"),
        "--format",
        "json",
        "--output",
        str(out),
    )
    assert proc.returncode == 1, proc.stderr
    data = json.loads(out.read_text())
    validate(data)
    kinds = {c["kind"] for c in data["changes"]}
    assert {"added", "removed"} <= kinds
    assert data["documents"]["new"]["pages"] == 3
    if CONTRACT_CHECK.exists():
        check = subprocess.run(
            [sys.executable, str(CONTRACT_CHECK), str(out)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout
        assert check.stdout.strip().endswith("contract: ok")


def test_cli_identical_files_exit_0(tmp_path: Path) -> None:
    out = tmp_path / "same.json"
    proc = run("compare", str(MADISON / "new.pdf"), str(MADISON / "new.docx"), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text())
    assert {c["kind"] for c in data["changes"]} == {"unchanged"}


def test_cli_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for target in (a, b):
        run("compare", str(MADISON / "old.txt"), str(MADISON / "new.txt"), "--output", str(target))
    assert a.read_bytes() == b.read_bytes()


def test_cli_markdown_brief(tmp_path: Path) -> None:
    proc = run("compare", str(MADISON / "old.txt"), str(MADISON / "new.txt"), "--format", "md")
    assert proc.returncode == 1
    assert "# What changed: old.txt → new.txt" in proc.stdout
    assert "officer-in-charge" in proc.stdout


def test_cli_bad_file_exit_2_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    proc = run("compare", str(empty), str(MADISON / "new.txt"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "empty.pdf: This file is empty." in proc.stderr
    missing = run("compare", str(tmp_path / "nope.pdf"), str(MADISON / "new.txt"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "nope.pdf" in missing.stderr
