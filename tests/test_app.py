"""The app's logic through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import html
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


def test_app_demo_renders_summary_and_madison_clauses() -> None:
    at = _app()
    at.button(key="demo").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["added"]) >= 10 and int(metrics["removed"]) >= 1
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
    headings = [s.value for s in at.subheader]
    assert headings.index("At a glance") < headings.index("By topic")
    assert "Machine reading" in at.info[0].value
    glance = at.dataframe[0].value
    assert list(glance["topic"])[:1] == ["ICE contact"] and set(glance["direction"]) == {"limits enforcement"}


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
    assert not at.metric  # nothing compared with a broken lens


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
    # reports rebuilt from the documents the library kept
    next(b for b in at.button if b.key == "lib_rebuild").click().run()
    assert not at.exception and not at.error
    labels = [d.proto.label for d in at.get("download_button")]
    assert labels == [
        "Download JSON (as kept)",
        "Download HTML redline",
        "Download Markdown brief",
        "Download CSV",
    ]
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
