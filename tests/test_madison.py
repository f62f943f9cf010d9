"""The Madison pair (a reconstruction from reporting, see corpora/madison-2017/SOURCE.md)."""

from __future__ import annotations

from analyzer.report import validate


def _find(result, kind_set, start):  # type: ignore[no-untyped-def]
    hits = [
        c for c in result.changes if c.kind in kind_set and any(cl.text.startswith(start) for cl in c.new)
    ]
    assert hits, f"no {kind_set} change whose new text starts with {start!r}"
    return hits[0]


def test_madison_key_clauses_are_new(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    validate(madison_pdf.to_dict())
    new_kinds = {"added", "modified"}
    cooperation = _find(madison_pdf, new_kinds, "MPD cooperation with requests from Immigration and Customs")
    assert "serious crimes directly relating to public safety" in cooperation.new_text
    assert cooperation.new[0].page_start == 2
    raids = _find(madison_pdf, new_kinds, "MPD will not participate in coordinated operations or raids")
    assert raids.new[0].path[-1] == "8. Enforcement of Immigration Laws"
    documents = _find(madison_pdf, new_kinds, "Officers will not ask anyone to show a passport")
    assert 'Alien Registration (or "green") card' in documents.new_text
    approval = _find(
        madison_pdf, new_kinds, "Officers should obtain approval from a commander or officer-in-charge"
    )
    assert approval.new[0].page_start == 3
    felony = _find(madison_pdf, new_kinds, "is arrested for any violent felony")
    assert felony.new[0].number == "C."


def test_madison_old_statement_is_removed_and_context_unchanged(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    removed = [c.old_text for c in madison_pdf.changes if c.kind == "removed"]
    assert "The Madison Police Department will not act as an immigration authority. [paraphrase]" in removed
    unchanged = [c.new_text for c in madison_pdf.changes if c.kind == "unchanged"]
    assert "RECONSTRUCTION FROM NEWS REPORTING, NOT THE OFFICIAL DOCUMENT." in unchanged
    order = [c.new[0].char_start for c in madison_pdf.changes if c.new]
    assert order == sorted(order), "changes are in the reading order of the new document"
