"""What a reader sees first: the per-topic summary and the honest framing, above the machinery, in
the Markdown brief and the HTML report (issue: "What a reporter sees first")."""

from __future__ import annotations

from pathlib import Path

from analyzer.lenses import topic_labels
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
