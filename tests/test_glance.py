"""What a reader sees first: the per-topic summary and the honest framing, above the machinery, in
the Markdown brief and the HTML report (issue: "What a reporter sees first")."""

from __future__ import annotations

from pathlib import Path

from analyzer.lenses import topic_labels
from analyzer.lenses.evaluate_docs import SEED_POINTS  # the twelve points of ../shared/seeds/README.md
from analyzer.report.glance import FRAMING, glance
from analyzer.report.html import to_html
from analyzer.report.markdown import to_markdown
from analyzer.settings import CompareSettings

from .conftest import compare_paths, compare_texts

ROOT = Path(__file__).resolve().parent.parent
MADISON = ROOT / "corpora" / "madison-2017"
LABELS = topic_labels(CompareSettings())


def test_glance_madison_one_line_per_topic_all_limits_and_clear() -> None:
    result = compare_paths(str(MADISON / "old.txt"), str(MADISON / "new.txt"))
    rows = glance(result, LABELS)
    topics = [r.topic for r in rows]
    assert len(topics) == len(set(topics))  # one line per topic
    assert {"ice_cooperation", "raids_joint_operations", "document_requests", "status_inquiry"} <= set(topics)
    assert {r.direction for r in rows} == {"limits_enforcement"}  # the reporting: nothing expands
    ice = next(r for r in rows if r.topic == "ice_cooperation")
    assert ice.topic_label == "ICE contact" and ice.before == "no rule" and "only" in ice.after
    assert ice.confidence == "clear" and ice.pages.startswith("p")


def test_glance_brief_and_html_open_with_the_summary_and_end_with_the_evidence() -> None:
    result = compare_paths(str(MADISON / "old.txt"), str(MADISON / "new.txt"))
    brief = to_markdown(result, run_at="2026-12-01T10:00:00Z", labels=LABELS)
    assert brief.index("Machine reading") < brief.index("## At a glance") < brief.index("## Highlights")
    assert brief.index("## Changes, in the order") < brief.index("sha256")  # hashes after the substance
    assert "ICE contact — limits enforcement (clear)" in brief
    assert "\\[paraphrase\\]" not in brief and "[paraphrase]" in brief  # pasted text reads as written
    assert "| ICE contact |" in brief and "| ice_cooperation |" not in brief  # labels, not ids
    page = to_html(result, run_at="2026-12-01T10:00:00Z", labels=LABELS)
    assert page.index('class="framing"') < page.index("At a glance") < page.index("Changes by kind")
    assert page.index("Side by side") < page.index('class="evidence"')
    assert '<td class="dir limits"><b>limits enforcement</b>' in page  # the word, not colour alone
    assert FRAMING[:40] in page


def test_glance_says_when_the_lens_found_nothing() -> None:
    old = "ANIMAL CONTROL\n\n1. Dogs shall be kept on a leash in parks.\n"
    new = "ANIMAL CONTROL\n\n1. Dogs shall be kept on a leash in all parks.\n"
    result = compare_texts(old, new)
    assert glance(result, LABELS) == []
    brief = to_markdown(result, labels=LABELS)
    assert "This lens found no immigration language in either version." in brief
    assert "found no immigration language" in to_html(result, run_at="now", labels=LABELS)


def test_glance_madison_pdf_names_all_twelve_points_of_the_reporting(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    """Each point of ../shared/seeds/README.md reaches the per-topic summary (old code: one rule
    per topic, cut at 220 characters, lost the four ICE conditions, "voluntarily", "contingent")."""
    text = " ".join(f"{r.topic_label} {r.after}" for r in glance(madison_pdf, LABELS)).lower()
    for number, words in SEED_POINTS.items():
        assert words in text, (number, words)


def test_csv_lists_changes_only_with_an_explanation_and_every_row_on_request(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    from analyzer.report import read_csv, to_csv

    rows = read_csv(to_csv(madison_pdf, run_at="now"))
    assert rows and all(r["kind"] != "unchanged" for r in rows)  # "one row per change" holds
    assert len(rows) == sum(1 for c in madison_pdf.changes if c.kind != "unchanged")
    added = next(r for r in rows if "passport" in r["new_text"])
    assert added["explanation"].startswith("added: only the new version has this clause.")
    assert len(added["explanation"]) > len("added: only the new version has this clause.")  # the lens's why
    every = read_csv(to_csv(madison_pdf, run_at="now", every_row=True))
    assert len(every) == len(madison_pdf.changes)
    assert any(r["explanation"] == "unchanged: the same words" for r in every)


def test_csv_says_a_cosmetic_difference_is_cosmetic() -> None:
    from analyzer.report import read_csv, to_csv

    result = compare_texts(
        "1. Scope\n\nOfficers will not ask about status .\n\n2. Other\n\nThe chief sets the hours.\n",
        "1. Scope\n\nOfficers will not ask about status.\n\n2. Other\n\nThe chief sets the hours and days.\n",
    )
    assert any(c.cosmetic for c in result.changes)
    assert [r["kind"] for r in read_csv(to_csv(result, run_at="now"))] == ["modified"]
    every = read_csv(to_csv(result, run_at="now", every_row=True))
    assert any(r["explanation"].startswith("cosmetic: only spacing") for r in every)


def test_summary_is_one_page_with_the_glance_top_changes_and_page_cites(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    from analyzer.report.summary import WORD_BUDGET, to_summary

    page = to_summary(madison_pdf, run_at="2026-12-01T10:00:00Z", labels=LABELS)
    assert len(page.split()) <= WORD_BUDGET + 20  # one printed page
    assert page.index("Machine reading") < page.index("## At a glance") < page.index("## Top changes")
    assert "**ICE contact** — limits enforcement (clear), pp. 2, 3." in page
    assert "1. Added, new p. 2 — " in page  # each top change cites its page
    assert madison_pdf.new.sha256[:12] in page and "ice_cooperation" not in page
    assert "\\[" not in page and "\\(" not in page  # reads as written when pasted


def test_html_legend_names_each_mark_and_limits_and_expands_look_different() -> None:
    from analyzer.report.html import STYLE, legend_html, why_html

    old = (
        "1. Rules\n\nOfficers shall not ask about immigration status.\n\n"
        "Officers may share records with ICE.\n"
    )
    new = (
        "1. Rules\n\nOfficers may ask about immigration status.\n\n"
        "Officers shall not share records with ICE.\n"
    )
    result = compare_texts(old, new)
    directions = {c.assessment.direction: why_html(c) for c in result.changes if c.assessment}
    assert {"limits_enforcement", "expands_enforcement"} <= set(directions)
    assert 'class="why limits"><b>limits enforcement</b>' in directions["limits_enforcement"]
    assert 'class="why expands"><b>expands enforcement</b>' in directions["expands_enforcement"]
    # one purple bar for both before: now a solid and a double bar, and the word in each
    assert ".why.limits {border-left:4px solid" in STYLE and ".why.expands {border-left:6px double" in STYLE
    legend = legend_html()
    for words in (
        "deleted words",
        "inserted words",
        "topic evidence",
        "limits enforcement",
        "expands enforcement",
    ):
        assert words in legend
    assert "unclear</b></span> dashed bar" in legend
    page = to_html(result, run_at="now", labels=LABELS)
    assert page.index("How the marks read") < page.index("Side by side")
    assert "border-bottom:2px dotted" not in page  # topic evidence no longer looks like a change
