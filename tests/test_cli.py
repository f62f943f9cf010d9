from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from analyzer import cli
from analyzer.report import validate
from analyzer.workbench import Workbench

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
        "--exit-code",
    )
    assert proc.returncode == 1, proc.stderr  # --exit-code: 1 when the versions differ
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


def test_identical_files_have_no_change(tmp_path: Path) -> None:
    outcome = Workbench().compare(MADISON / "new.pdf", MADISON / "new.docx")
    assert not outcome.has_changes
    assert {c.kind for c in outcome.comparison.changes} == {"unchanged"}
    assert cli.main(["compare", str(MADISON / "new.pdf"), str(MADISON / "new.docx"), "--no-library"]) == 0


def test_a_comparison_is_deterministic() -> None:
    first, second = (Workbench().compare(MADISON / "old.txt", MADISON / "new.txt") for _ in range(2))
    assert first.json == second.json


def test_cli_markdown_brief(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["compare", str(MADISON / "old.txt"), str(MADISON / "new.txt"), "--format", "md"])
    assert status == 0  # done; changes found is not an error
    out = capsys.readouterr().out
    assert "# What changed: old.txt → new.txt" in out
    assert "officer-in-charge" in out


def test_cli_redline_compares_a_draft_before_and_after_its_marks(capsys: pytest.CaptureFixture[str]) -> None:
    from .test_layouts import layouts

    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.docx"
        draft.write_bytes(layouts.tracked_docx())
        assert cli.main(["compare", "--redline", str(draft)]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    words = [(d["op"], d["text"]) for c in changes if c["kind"] == "modified" for d in c["diff"]]
    assert ("delete", "shall") in words and ("insert", "may not") in words


def test_cli_refuses_redline_with_two_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", "a.txt", "b.txt", "--redline", "c.docx"]) == 2
    assert "not both" in capsys.readouterr().err


def test_cli_bad_file_exit_2_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    proc = run("compare", str(empty), str(MADISON / "new.txt"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "empty.pdf: This file is empty." in proc.stderr
    missing = run("compare", str(tmp_path / "nope.pdf"), str(MADISON / "new.txt"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "nope.pdf" in missing.stderr


def test_cli_a_bad_setting_is_a_message_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(MADISON / "old.txt"), str(MADISON / "new.txt")]
    for pages in ("0", "-3"):
        assert cli.main(["compare", *files, "--max-pages", pages]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"error: The setting max_pages must be at least 1 (pages), not {pages}.")


def test_cli_says_what_it_wrote_and_refuses_a_suffix_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.md"
    args = ["compare", str(MADISON / "old.txt"), "--no-library", str(MADISON / "new.txt")]  # option between
    assert cli.main([*args, "-o", str(brief)]) == 0  # `… -o brief.md && open brief.md` works
    said = capsys.readouterr().err
    assert f"wrote {brief}" in said and "on the lens's topics" in said and "limit enforcement" in said
    assert brief.read_text(encoding="utf-8").startswith("# What changed: old.txt → new.txt")
    wrong = tmp_path / "x.pdf"
    assert cli.main([*args, "-o", str(wrong)]) == 2
    assert "x.pdf" in capsys.readouterr().err and not wrong.exists()  # no JSON written into a .pdf
    assert cli.main([*args, "--exit-code", "-o", str(brief)]) == 1


def test_cli_identical_files_are_said_to_be_identical(capsys: pytest.CaptureFixture[str]) -> None:
    same = str(MADISON / "new.txt")
    assert cli.main(["compare", same, same, "--no-library", "--exit-code"]) == 0
    assert "identical" in capsys.readouterr().err


def test_cli_help_gives_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["compare", "--help"])
    text = capsys.readouterr().out
    assert "examples:" in text and "-o brief.md" in text and "exit status:" in text and "--exit-code" in text


def test_cli_csv_all_writes_every_row_and_summary_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from analyzer.report import read_csv

    old, new = str(MADISON / "old.txt"), str(MADISON / "new.txt")
    assert cli.main(["compare", old, new, "-o", str(tmp_path / "changes.csv")]) == 0
    assert cli.main(["compare", old, "--all", new, "-o", str(tmp_path / "all.csv")]) == 0
    changes = read_csv((tmp_path / "changes.csv").read_text(encoding="utf-8"))
    every = read_csv((tmp_path / "all.csv").read_text(encoding="utf-8"))
    assert "unchanged" not in {r["kind"] for r in changes} and "unchanged" in {r["kind"] for r in every}
    assert cli.main(["compare", old, new, "--format", "summary"]) == 0
    out = capsys.readouterr().out
    assert "(one-page summary)" in out and "## Top changes" in out
