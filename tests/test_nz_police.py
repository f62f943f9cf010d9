"""Real NZ Police policy PDFs (original documents, see corpora/nz-police/SOURCE.md)."""

from __future__ import annotations

import re

import pytest

from .conftest import NZ, compare_paths

CONFLICTS = NZ / "managing-conflicts-of-interest"
RUNNING = re.compile(
    r"Proactively released by New Zealand Police|This document was current|"
    r"most current version of Police policies|^\d+/\d+$"
)


@pytest.fixture(scope="module")
def firearms():  # type: ignore[no-untyped-def]
    return compare_paths(str(CONFLICTS / "2023-09-06.pdf"), str(CONFLICTS / "2023-12-19.pdf"))


def test_nz_running_headers_never_reach_a_clause(firearms) -> None:  # type: ignore[no-untyped-def]
    for change in firearms.changes:
        for clause in change.old + change.new:
            assert not RUNNING.search(clause.text), clause.text
    removed = {r.reason for r in firearms.new.removed}
    assert {"running header", "running footer", "page number"} <= removed


def test_nz_firearms_clause_is_the_only_change(firearms) -> None:  # type: ignore[no-untyped-def]
    changed = [c for c in firearms.changes if c.kind != "unchanged"]
    assert all(c.kind == "added" for c in changed), [
        (c.kind, c.old_text[:50], c.new_text[:50]) for c in changed
    ]
    body = [c for c in changed if c.new[0].page_start > 2]  # page 2 is the table of contents
    toc = [c for c in changed if c.new[0].page_start <= 2]
    assert [c.new_text for c in toc] == ["Providing references for firearms licence holders"]
    assert body[0].new_text == "Providing references for firearms licence holders"
    assert body[0].new[0].is_heading
    assert body[1].new_text.startswith(
        "References and/or testimonials by Police employees on behalf of a firearms"
    )
    assert all(c.new[0].path[-1] == "Providing references for firearms licence holders" for c in body[1:])
    assert all(c.new[0].page_start == 9 for c in body)
    assert firearms.summary["counts"]["modified"] == 0


def test_nz_trespass_finds_the_documented_edits() -> None:
    result = compare_paths(str(NZ / "trespass" / "2022-08-29.pdf"), str(NZ / "trespass" / "2024-08-26.pdf"))
    changed = [c for c in result.changes if c.kind != "unchanged"]
    added = [c.new_text for c in changed if c.kind == "added"]
    assert "Proof of service photographs" in added
    modified = [c for c in changed if c.kind == "modified"]
    # the rewritten paragraph on warnings to stay off: occupiers must now direct "in clear terms"
    assert any("in clear terms" in "".join(d.text for d in c.diff if d.op == "insert") for c in changed)
    assert any("2014" in c.new_text and "2009" in c.old_text for c in modified)
    for change in changed:
        for clause in change.old + change.new:
            assert not RUNNING.search(clause.text)
