"""The app's logic through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import html
import json
import re

from streamlit.testing.v1 import AppTest

from .conftest import CASES, MADISON, ROOT, compare_paths


def _app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    return at


def _markup(at: AppTest, holding: str = "") -> str:
    """The page's markup; with ``holding``, only the blocks that contain it (``pd-row``: the
    side-by-side list, not the rules panel that also quotes the documents)."""
    return "".join(m.value for m in at.markdown if holding in m.value)


def _visible(at: AppTest, holding: str = "") -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", _markup(at, holding)))


def _counts(at: AppTest) -> dict[str, int]:
    """The counters' numbers by kind."""
    found = re.findall(r'<span class="pd-count"><b>(\d+)</b> (\w+)</span>', _markup(at))
    return {kind: int(n) for n, kind in found}


def _glance(at: AppTest) -> list[tuple[str, str]]:
    """At a glance as (topic, direction) rows."""
    markup = _markup(at, 'class="pd-glance"')
    return [
        (html.unescape(topic), direction)
        for topic, direction in re.findall(
            r'<tr><th scope="row">([^<]+)</th><td class="pd-dir[^"]*"><b>([^<]+)</b>', markup
        )
    ]


def test_app_demo_renders_summary_and_madison_clauses() -> None:
    at = _app()
    at.button(key="demo").click().run()
    assert not at.exception
    counts = _counts(at)
    assert counts["added"] >= 10 and counts["removed"] >= 1
    page = _visible(at)
    assert "Officers will not ask anyone to show a passport" in page
    markup = _markup(at)
    assert '<ins class="pd-ins"' in markup
    # the topic's evidence is marked inside the clause text, naming its topic
    assert re.search(
        r'<mark class="pd-ev" title="evidence: [^"]*document_requests[^"]*">passport</mark>', markup
    )
    assert any("ICE contact" in t.value for t in at.text)
    # first on the page: how to read it, then one line per topic, before the counts' details
    assert markup.index("<h2>At a glance</h2>") < markup.index("<h2>By topic</h2>")
    assert "Machine reading" in at.info[0].value
    glance = _glance(at)
    assert glance[0][0] == "ICE contact" and {row[1] for row in glance} == {"limits enforcement"}


def test_app_topic_filter_narrows_the_list() -> None:
    at = _app()
    at.button(key="demo").click().run()
    everything = _visible(at, 'class="pd-row"')
    at.multiselect(key="topics").select("document_requests").run()
    narrowed = _visible(at, 'class="pd-row"')
    assert "Officers will not ask anyone to show a passport" in narrowed
    assert "MPD will not participate in coordinated operations" in everything
    assert "MPD will not participate in coordinated operations" not in narrowed


def test_app_bad_upload_shows_message_not_traceback() -> None:
    at = _app()
    at.file_uploader(key="old").upload("empty.pdf", b"", "application/pdf").run()
    at.file_uploader(key="new").upload("new.txt", (MADISON / "new.txt").read_bytes(), "text/plain").run()
    assert not at.exception
    assert any("empty" in e.value for e in at.error)
    damaged = _app()
    damaged.file_uploader(key="old").upload("bad.pdf", b"%PDF-1.4 garbage", "application/pdf").run()
    damaged.file_uploader(key="new").upload("new.txt", (MADISON / "new.txt").read_bytes(), "text/plain").run()
    assert any("damaged" in e.value for e in damaged.error)
    # the progress box says it stopped, not "Comparing… Starting" above the message
    assert [s.label for s in damaged.status] == ["Could not compare these files (see the message below)"]


def test_app_moved_clause_is_marked_at_its_old_place_and_links_both_ways() -> None:
    at = _app()
    for side in ("old", "new"):
        data = (CASES / "moved" / f"{side}.txt").read_bytes()
        at.file_uploader(key=side).upload(f"{side}.txt", data, "text/plain").run()
    assert not at.exception
    markup = _markup(at)
    moved = re.search(r'<div id="(c\d+)"><span class="pd-kind">moved</span>', markup)
    assert moved, "no moved row"
    change = moved.group(1)
    assert f'<div id="from-{change}" class="pd-moved-from">' in markup
    assert f'<a href="#from-{change}">show where it was</a>' in markup
    assert f'<a href="#{change}">go to it</a>' in markup
    # the marker sits before the moved row: the clause moved down the document
    assert markup.index(f'id="from-{change}"') < markup.index(f'id="{change}"')


def test_app_uses_an_uploaded_lens_and_names_the_line_of_a_bad_one() -> None:
    at = _app()
    lens = (
        'name = "use of force"\n[[topics]]\nid = "chokeholds"\nlabel = "Chokeholds"\n'
        'terms = ["chokehold", "neck restraint"]\n'
    )
    at.file_uploader(key="lens_file").upload("force.toml", lens.encode(), "application/toml").run()
    old = b"1. Force\n\nOfficers may use a chokehold when resisted.\n"
    new = b"1. Force\n\nOfficers will not use a chokehold.\n"
    at.file_uploader(key="old").upload("old.txt", old, "text/plain").run()
    at.file_uploader(key="new").upload("new.txt", new, "text/plain").run()
    assert not at.exception
    assert '<span class="pd-topic" title="chokeholds">Chokeholds</span>' in _markup(at)
    at.file_uploader(key="lens_file").upload("bad.toml", b'name = "x"\n[[topics]\n', "application/toml").run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "bad.toml" in errors and "line 2" in errors
    assert not _counts(at)  # nothing compared with a broken lens


def test_app_keeps_review_notes_and_pairings_in_the_library(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANALYZER_DB", str(tmp_path / "library.db"))
    at = _app()
    at.button(key="demo").click().run()
    assert not at.exception
    # a form sends its fields with the submit: fill them in, then press the button
    at.text_area[0].input("Checked against page 3 of the PDF")
    next(t for t in at.text_input if t.label == "Your name" and t.key != "pair_author").input("A. Reporter")
    next(r for r in at.radio if r.label == "Status").set_value("not_significant")
    next(b for b in at.button if b.label == "Save note").click().run()
    assert not at.exception
    assert "Note (not significant, A. Reporter): Checked against page 3 of the PDF" in _visible(at)
    # a pairing made in the app is applied to the comparison at once, and on every later run
    next(b for b in at.button if b.label == "Apply to this pair of files").click().run()
    assert not at.exception
    assert any("manual pairing(s) from the library were applied" in t.value for t in at.text)
    # the library page lists the comparison with its note
    at.sidebar.radio(key="view").set_value("Library").run()
    assert not at.exception
    assert any("Notes (1)" in m.value for m in at.markdown)
    # reports rebuilt from the documents the library kept: one click each, no "rebuild" step first
    labels = [d.proto.label for d in at.get("download_button")]
    assert labels == [
        "Download JSON (as kept)",
        "Download HTML redline",
        "Download Markdown brief",
        "Download CSV",
        "Download one-page summary",
    ]
    assert not [b for b in at.button if b.key == "lib_rebuild"]
    # reopened side by side, not only its summary, with the note in its row
    next(b for b in at.button if b.key == "lib_open").click().run()
    assert not at.exception and not at.error
    assert "Side by side" in [s.value for s in at.subheader]
    assert "Officers will not ask anyone to show a passport" in _visible(at, 'class="pd-row"')
    assert "Note (not significant, A. Reporter): Checked against page 3 of the PDF" in _visible(at)
    restarted = _app()  # a fresh app (a restart) still finds it
    restarted.sidebar.radio(key="view").set_value("Library").run()
    assert any("Notes (1)" in m.value for m in restarted.markdown)


def test_app_offers_to_split_a_marked_up_word_draft() -> None:
    from .test_layouts import layouts

    at = _app()
    at.file_uploader(key="old").upload("draft.docx", layouts.tracked_docx(), "application/octet-stream").run()
    assert any("is a marked-up draft" in i.value for i in at.info)
    next(b for b in at.button if b.label.startswith("Compare draft.docx before and after")).click().run()
    assert not at.exception
    markup = _markup(at)
    assert '<del class="pd-del" title="deleted">shall</del>' in markup
    assert '<ins class="pd-ins" title="inserted">may not</ins>' in markup
    assert "limits enforcement" in _visible(at)


def _upload_madison_text(at: AppTest) -> None:
    for side in ("old", "new"):
        data = (MADISON / f"{side}.txt").read_bytes()
        at.file_uploader(key=side).upload(f"{side}.txt", data, "text/plain").run()


def test_app_rules_section_shows_what_the_comparison_read() -> None:
    from analyzer import CompareSettings
    from analyzer.lenses import topic_labels
    from analyzer.report.rules_view import NO_RULES_SENTENCE, rules_rows

    at = _app()
    _upload_madison_text(at)
    assert not at.exception
    assert "Rules, before and after" in [s.value for s in at.subheader]
    result = compare_paths(str(MADISON / "old.txt"), str(MADISON / "new.txt"))
    captions = [c.value for c in at.caption]
    rows = rules_rows(result, topic_labels(CompareSettings()))
    if not (result.provisions["old"] or result.provisions["new"]):
        assert NO_RULES_SENTENCE in captions
        return
    assert rows and NO_RULES_SENTENCE not in captions
    page = _visible(at)
    for row in rows:
        assert row.action_label in page and row.direction_words in page
        for text in row.before_rules + row.after_rules:
            assert text in page, text


def test_app_rules_section_lists_the_rules_of_a_comparison_with_provisions(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Provisions built by hand onto the real Madison comparison (so this holds whatever rules.py
    reads): the panel quotes them, says "no rule" where a version has none, names the direction
    in words and links the change behind it."""
    from dataclasses import replace

    import analyzer.compare
    from analyzer.models import Part, Provision, ProvisionLink
    from analyzer.report.rules_view import NO_RULES_SENTENCE

    monkeypatch.setenv("ANALYZER_DB", str(tmp_path / "library.db"))  # no result cached by another test
    compare = analyzer.compare.compare_documents

    def with_provisions(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = compare(*args, **kwargs)
        change = next(c for c in result.changes if "passport" in c.new_text and c.assessment)
        clause = change.new[0]
        provision = Provision(
            id="p0001",
            action="request_documents",
            topic="document_requests",
            binding="prohibited",
            scope=(),
            conditions=(Part("during police work", clause.id, clause.page_start, "forbids"),),
            exceptions=(),
            approvals=(),
            clauses=(clause.id,),
            summary="Asking for immigration documents: prohibited.",
            label="Asking for immigration documents",
            quote=clause.text,
            page=clause.page_start,
        )
        assert change.assessment is not None
        linked = replace(
            change, assessment=replace(change.assessment, provisions=(ProvisionLink(None, "p0001"),))
        )
        changes = tuple(linked if c.id == change.id else c for c in result.changes)
        return replace(result, changes=changes, provisions={"old": (), "new": (provision,)})

    monkeypatch.setattr(analyzer.compare, "compare_documents", with_provisions)
    at = _app()
    _upload_madison_text(at)
    assert not at.exception
    assert NO_RULES_SENTENCE not in [c.value for c in at.caption]
    markup = _markup(at)
    table = markup[markup.index('<table class="pd-rules">') :]
    table = table[: table.index("</table>")]
    text = html.unescape(re.sub(r"<[^>]+>", " ", table))
    assert "Documentation requests" in text and "Asking for immigration documents" in text
    assert "no rule" in text  # the old version has none
    assert "Prohibited: “Officers will not ask anyone to show a passport" in text
    assert "Conditions: “during police work”" in text
    assert "limits enforcement" in text  # the direction as a word, not a colour
    assert re.search(r'<a href="#(c\d+)">\1</a>', table)  # the change behind it, on this page


def test_app_filters_drive_the_glance_the_chart_the_highlights_and_the_side_by_side() -> None:
    """Old code: the filters sat below the highlights and changed only the side-by-side list."""
    at = _app()
    at.button(key="demo").click().run()
    assert not at.exception
    everything = {topic for topic, _ in _glance(at)}
    assert {"ICE contact", "Raids and joint operations", "Documentation requests"} <= everything
    bars, text = json.loads(at.get("vega_lite_chart")[0].proto.spec)["layer"]
    assert "limits enforcement" in bars["encoding"]["color"]["scale"]["domain"]  # the legend's words
    assert (
        text["mark"]["type"] == "text" and text["encoding"]["text"]["field"] == "label"
    )  # words by each bar
    assert {row.split(" (")[0] for row in bars["encoding"]["y"]["sort"]} == everything
    at.multiselect(key="topics").select("document_requests").run()
    assert {topic for topic, _ in _glance(at)} == {"Documentation requests"}
    assert all(
        line.value.startswith("• Documentation requests") for line in at.text if line.value.startswith("•")
    )
    assert "MPD will not participate in coordinated operations" not in _visible(at, 'class="pd-row"')
    bars, _ = json.loads(at.get("vega_lite_chart")[0].proto.spec)["layer"]
    assert bars["encoding"]["y"]["sort"] == ["Documentation requests"]
    at.multiselect(key="topics").set_value([]).run()
    at.multiselect(key="directions").select("expands_enforcement").run()  # the Madison change expands nothing
    assert _glance(at) == [] and "No topic among the changes the filters show." in _visible(at)
    assert 'class="pd-row"' not in _markup(at)


def test_app_counters_tables_and_legend_are_wrapping_html_with_words() -> None:
    """Old code: eight st.metric columns (a 700 px stack at 400 px) and st.dataframe tables that hide
    their direction columns behind a sideways scroll and are cut when printed."""
    at = _app()
    at.button(key="demo").click().run()
    assert not at.metric and not [d for d in at.dataframe if "limits" in str(d.value)]
    markup = _markup(at)
    assert '<div class="pd-counts"' in markup
    table = markup[markup.index('<table class="pd-bytopic">') :]
    assert [h for h in re.findall(r"<th>([^<]+)</th>", table[: table.index("</thead>")])] == [
        "topic",
        "changed",
        "limits",
        "expands",
        "neutral",
        "unclear",
    ]
    assert "How the marks read" in markup and "topic evidence" in markup
    assert re.search(r'<div class="pd-why pd-limits"><b>limits enforcement</b>', markup)
    # the file area folds away once both files are in, so the summary is first on the page
    assert any(e.label.startswith("Files: madison-old.pdf → madison-new.pdf") for e in at.expander)
    assert not at.status  # no leftover "Compared" box above the summary


def test_app_pairing_lists_show_numbers_and_headings_not_ids() -> None:
    at = _app()
    at.button(key="demo").click().run()
    old = next(s for s in at.selectbox if s.label == "Old clause")
    new = next(s for s in at.selectbox if s.label == "New clause")
    for box in (old, new):
        assert box.options and not any(re.match(r"[on]\d{4}", o) for o in box.options)
        assert all(" · p. " in o for o in box.options)
    assert any(o.startswith("§ ") for o in new.options)


def _upload(at: AppTest, old: bytes, new: bytes) -> None:
    at.file_uploader(key="old").upload("old.txt", old, "text/plain").run()
    at.file_uploader(key="new").upload("new.txt", new, "text/plain").run()


def test_app_says_when_files_are_identical_or_hold_no_immigration_language() -> None:
    """Old code: identical files showed all zeros; a policy without immigration language silently
    lost its by-topic table and highlights."""
    same = b"1. Scope\n\nOfficers will not ask about immigration status.\n"
    at = _app()
    _upload(at, same, same)
    assert not at.exception
    assert [s.value for s in at.success] == ["The two files are identical: nothing changed."]
    dogs = _app()
    _upload(
        dogs,
        b"ANIMAL CONTROL\n\n1. Dogs shall be kept on a leash in parks.\n",
        b"ANIMAL CONTROL\n\n1. Dogs shall be kept on a leash in all parks.\n",
    )
    assert not dogs.exception
    assert "This lens found no immigration language in either version." in _visible(dogs)
    assert _counts(dogs)["modified"] == 1


def test_app_a_new_note_starts_open_and_an_entry_can_be_deleted_after_a_confirm(
    tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANALYZER_DB", str(tmp_path / "library.db"))
    at = _app()
    _upload(
        at,
        b"1. Scope\n\nOfficers may ask about status.\n",
        b"1. Scope\n\nOfficers will not ask about status.\n",
    )
    assert next(r for r in at.radio if r.label == "Status").value == "note"  # open, not "confirmed"
    at.sidebar.radio(key="view").set_value("Library").run()
    delete = next(b for b in at.button if b.key == "lib_delete")
    assert delete.disabled  # nothing goes before the confirmation is ticked
    next(c for c in at.checkbox if c.label.startswith("Yes, delete comparison")).check().run()
    next(b for b in at.button if b.key == "lib_delete").click().run()
    assert not at.exception
    assert any("No comparison has been kept yet" in i.value for i in at.info)
