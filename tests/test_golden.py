"""Golden cases: one folder per behaviour, old.* + new.* + expected.json (hand-written meaning,
not a dump): every change that is not ``unchanged``, in order, with the words that changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.diff import rebuild
from analyzer.report import validate

from .conftest import CASES, compare_paths

CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "expected.json").exists())


def _words(ops, op):  # type: ignore[no-untyped-def]
    return [w for d in ops if d.op == op for w in d.text.split()]


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_golden_case(case: Path) -> None:
    old = next(case.glob("old.*"))
    new = next(case.glob("new.*"))
    expected = json.loads((case / "expected.json").read_text())["changes"]
    result = compare_paths(str(old), str(new))
    validate(result.to_dict())
    changes = [c for c in result.changes if c.kind != "unchanged"]
    summary = [(c.kind, c.old_text[:40], c.new_text[:40]) for c in changes]
    assert len(changes) == len(expected), summary
    for change, want in zip(changes, expected, strict=True):
        assert change.kind == want["kind"], summary
        if "old" in want:
            assert change.old_text.startswith(want["old"]), (change.old_text, want)
        if "new" in want:
            assert change.new_text.startswith(want["new"]), (change.new_text, want)
        if "deleted" in want:
            assert _words(change.diff, "delete") == want["deleted"]
        if "inserted" in want:
            assert _words(change.diff, "insert") == want["inserted"]
        if "old_number" in want:
            assert change.old[0].number == want["old_number"]
        if "new_number" in want:
            assert change.new[0].number == want["new_number"]
        if "new_count" in want:
            assert len(change.new) == want["new_count"]
        if "old_count" in want:
            assert len(change.old) == want["old_count"]
    for change in result.changes:
        if change.old and change.new:
            assert rebuild(change.diff, "old") == change.old_text
            assert rebuild(change.diff, "new") == change.new_text
