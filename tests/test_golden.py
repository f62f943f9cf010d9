"""Golden cases: one folder per behaviour, old.* + new.* + expected.json (hand-written meaning,
not a dump): every change that is not ``unchanged``, in order, with the words that changed.

``pytest --update-golden tests/test_golden.py`` rewrites each expected.json from the current
output, keeping the keys each entry already checks (new entries get the keys of their kind);
review the diff before committing it."""

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


KEYS_BY_KIND = {
    "modified": ("kind", "old", "new", "deleted", "inserted"),
    "renumbered": ("kind", "new", "old_number", "new_number"),
    "split": ("kind", "old", "new", "new_count"),
    "merged": ("kind", "old", "new", "old_count"),
}


def _entry(change, keys: tuple[str, ...] | list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What expected.json says about one change, under the given keys."""
    full: dict[str, object] = {
        "kind": change.kind,
        "old": change.old_text[:30],
        "new": change.new_text[:30],
        "deleted": _words(change.diff, "delete"),
        "inserted": _words(change.diff, "insert"),
        "old_number": change.old[0].number if change.old else None,
        "new_number": change.new[0].number if change.new else None,
        "new_count": len(change.new),
        "old_count": len(change.old),
    }
    return {k: full[k] for k in keys if full.get(k) not in (None, "")}


def _update(case: Path, changes, expected: list[dict[str, object]]) -> None:  # type: ignore[no-untyped-def]
    entries = []
    for k, change in enumerate(changes):
        old = expected[k] if k < len(expected) and expected[k].get("kind") == change.kind else None
        keys = list(old) if old else KEYS_BY_KIND.get(change.kind, ("kind", "old", "new"))
        entry = _entry(change, keys)
        for side in ("old", "new"):  # a hand-chosen prefix that still holds is kept
            text = change.old_text if side == "old" else change.new_text
            if old and isinstance(old.get(side), str) and text.startswith(str(old[side])):
                entry[side] = old[side]
        entries.append(entry)
    (case / "expected.json").write_text(json.dumps({"changes": entries}, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_golden_case(case: Path, request: pytest.FixtureRequest) -> None:
    old = next(case.glob("old.*"))
    new = next(case.glob("new.*"))
    expected = json.loads((case / "expected.json").read_text())["changes"]
    result = compare_paths(str(old), str(new))
    validate(result.to_dict())
    changes = [c for c in result.changes if c.kind != "unchanged"]
    if request.config.getoption("--update-golden"):
        _update(case, changes, expected)
        expected = json.loads((case / "expected.json").read_text())["changes"]
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
