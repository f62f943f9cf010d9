"""Reports from one Comparison: HTML redline, CSV, Markdown brief — each with the evidence block."""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analyzer import __version__, cli
from analyzer.report import read_csv, to_csv, to_html, to_json, to_markdown, validate
from analyzer.report.csv import change_row, json_change_row

from .conftest import CASES, MADISON, compare_texts

RUN_AT = "2026-11-28T12:00:00Z"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in ("href", "src", "action", "srcset") and value:
                self.urls.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_is_self_contained_and_holds_every_change(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    page = to_html(madison_pdf, run_at=RUN_AT, labels={"document_requests": "Documentation requests"})
    parsed = _Collect()
    parsed.feed(page)
    parsed.close()
    changed = [c for c in madison_pdf.changes if c.kind != "unchanged"]
    assert {c.id for c in changed} <= set(parsed.ids)
    assert not parsed.urls and "script" not in parsed.tags and "link" not in parsed.tags
    assert not re.search(r"https?://|url\(", page)
    text = " ".join(" ".join(parsed.text).split())
    for change in changed:  # every change's citation: its clause numbers' pages
        for clause in change.new or change.old:
            assert f"p. {clause.page_start}" in text or f"pp. {clause.page_start}" in text
    for needle in (madison_pdf.old.sha256, madison_pdf.new.sha256, RUN_AT, __version__, "min_similarity"):
        assert needle in page
    assert "Officers will not ask anyone to show a" in text
    assert re.search(r'<mark class="ev" title="evidence: [^"]*document_requests[^"]*">passport</mark>', page)


def test_html_report_escapes_document_text(tmp_path: Path) -> None:
    old = b"1. Scope\n\nOfficers will not ask about status.\n"
    new = b"1. Scope\n\nOfficers will not ask about status. <script>alert(1)</script> [x](javascript:x)\n"
    result = compare_texts(old, new, old_name="a.txt", new_name="<b>b</b>.txt")
    page = to_html(result, run_at=RUN_AT)
    assert "<script>" not in page and "<b>b</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_csv_round_trips_to_the_change_list(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    text = to_csv(madison_pdf, run_at=RUN_AT, every_row=True)
    assert text.startswith(
        "id,kind,old_number,new_number,old_pages,new_pages,topics,direction,explanation,old_text,new_text\n"
    )
    assert not any(line.startswith("#") for line in text.splitlines())
    rows = read_csv(text)
    assert rows == [change_row(c) for c in madison_pdf.changes]
    kinds = {r["kind"] for r in rows}
    assert {"added", "removed", "modified", "unchanged"} <= kinds
    assert any("document_requests" in r["topics"] and r["direction"] == "limits_enforcement" for r in rows)


@pytest.mark.parametrize("case", ["moved", "renumbered", "split", "merged", "hyphenation", "negation"])
def test_csv_row_from_the_contract_json_explains_as_the_comparison_does(case: str) -> None:
    """Batch tables are built from the kept JSON: the same explanation, word for word, for every
    kind (renumbered names the numbers, moved with edits says so, cosmetic says cosmetic)."""
    from analyzer.report import to_json

    folder = CASES / case
    result = compare_texts(
        (folder / "old.txt").read_bytes(),
        (folder / "new.txt").read_bytes(),
        old_name="o.txt",
        new_name="n.txt",
    )
    stored = json.loads(to_json(result))["changes"]
    assert [json_change_row(c) for c in stored] == [change_row(c) for c in result.changes]
    assert any(c.kind == case for c in result.changes) or case in ("hyphenation", "negation")


def test_csv_row_from_the_madison_json_carries_the_lens_reason(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    from analyzer.report import to_json

    rows = [json_change_row(c) for c in json.loads(to_json(madison_pdf))["changes"]]
    assert rows == [change_row(c) for c in madison_pdf.changes]
    passport = next(r for r in rows if "show a passport" in r["new_text"])
    assert passport["explanation"].startswith(passport["kind"]) and ". " in passport["explanation"]


def test_csv_neutralises_spreadsheet_formulas_and_still_round_trips() -> None:
    old = b"1. Fees\n\nThe fee is set by the council.\n"
    new = b'1. Fees\n\n=HYPERLINK("http://x","y") is the fee.\n\n\'quoted\' text stays.\n'
    result = compare_texts(old, new, old_name="a.txt", new_name="b.txt")
    text = to_csv(result, run_at=RUN_AT, every_row=True)
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert read_csv(text) == [change_row(c) for c in result.changes]


def test_markdown_brief_quotes_the_madison_key_changes_with_pages(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    brief = to_markdown(madison_pdf, run_at=RUN_AT)
    for quote in (
        "MPD will not participate in coordinated operations or raids",
        "Officers will not ask anyone to show a passport",
        "Officers should obtain approval from a commander or officer-in-charge",
        "is not contingent upon their citizenship or immigration status",
    ):
        assert quote in brief, quote
    assert "## Evidence" in brief and RUN_AT in brief and madison_pdf.new.sha256 in brief
    assert re.search(r"new § \S+ p\. 3", brief)


@pytest.mark.parametrize("fmt", ["html", "csv", "md", "summary.md", "txt"])
def test_cli_writes_each_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    status = cli.main(["compare", str(MADISON / "old.txt"), str(MADISON / "new.txt"), "-o", str(out)])
    assert status == 0
    body = out.read_text(encoding="utf-8")
    assert "passport" in body
    if fmt == "html":
        assert body.startswith("<!DOCTYPE html>") and "Documentation requests" in body and "old.txt" in body
    if fmt in ("summary.md", "txt"):
        assert body.startswith("# What changed: old.txt → new.txt (one-page summary)")
    if fmt == "md":
        assert body.startswith("# What changed: old.txt → new.txt\n")
        assert "officer-in-charge" in body and "## Evidence" in body
    if fmt == "csv":
        rows = read_csv(body)
        assert {r["kind"] for r in rows} == {"added", "removed", "modified"}  # the changes only
        evidence = json.loads((tmp_path / "report.evidence.json").read_text(encoding="utf-8"))
        assert evidence["documents"]["old"]["filename"] == "old.txt"
        assert (
            evidence["documents"]["new"]["sha256"]
            == hashlib.sha256((MADISON / "new.txt").read_bytes()).hexdigest()
        )
        assert evidence["tool"]["version"] == __version__ and "min_similarity" in evidence["settings"]


def _broken_results() -> list[tuple[str, dict[str, object]]]:
    """A valid result, and copies of it broken against the schema's required fields, types, const,
    enum, pattern and the if/then rule of an added change."""
    import copy

    result = compare_texts(
        "1. Scope\n\nOfficers will not ask about status.\n\n2. Records\n\nKeep records.\n",
        "1. Scope\n\nOfficers shall ask about status.\n\n3. Raids\n\nNo raids.\n",
    )
    data = json.loads(to_json(result))
    added = next(k for k, c in enumerate(data["changes"]) if c["kind"] == "added")
    edits: list[tuple[str, object]] = [
        ("no schema_version", lambda d: d.pop("schema_version")),
        ("wrong schema_version", lambda d: d.update(schema_version="2")),
        ("tool not an object", lambda d: d.update(tool="x")),
        ("a change without its kind", lambda d: d["changes"][0].pop("kind")),
        ("an unknown kind", lambda d: d["changes"][0].update(kind="rewritten")),
        ("a bad sha256", lambda d: d["documents"]["old"].update(sha256="xyz")),
        (
            "an added change with an old clause",
            lambda d: d["changes"][added].update(old=d["changes"][0]["new"]),
        ),
        ("changes not a list", lambda d: d.update(changes={})),
    ]
    broken = []
    for name, edit in edits:
        copied = copy.deepcopy(data)
        edit(copied)  # type: ignore[operator]
        broken.append((name, copied))
    return [("valid", data), *broken]


def test_validate_rejects_every_kind_of_broken_result_with_jsonschemas_error() -> None:
    """``validate`` checks with jsonschema_rs first: it must reject what jsonschema rejects, and
    raise jsonschema's own error."""
    import jsonschema

    from analyzer.report.json import _fast_validator, schema

    assert _fast_validator() is not None  # a test dependency: the fast check is the one tested
    (_, valid), *broken = _broken_results()
    validate(valid)
    for name, data in broken:
        with pytest.raises(jsonschema.ValidationError):
            validate(data)
        assert not jsonschema.Draft202012Validator(schema()).is_valid(data), name
