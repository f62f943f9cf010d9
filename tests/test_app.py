"""The app's logic through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import html
import re

from streamlit.testing.v1 import AppTest

from .conftest import CASES, MADISON, ROOT


def _app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    return at


def _markup(at: AppTest) -> str:
    return "".join(m.value for m in at.markdown)


def _visible(at: AppTest) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", _markup(at)))


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


def test_app_topic_filter_narrows_the_list() -> None:
    at = _app()
    at.button(key="demo").click().run()
    everything = _visible(at)
    at.multiselect(key="topics").select("document_requests").run()
    narrowed = _visible(at)
    assert "Officers will not ask anyone to show a passport" in narrowed
    assert "MPD will not participate in coordinated operations" in everything
    assert "MPD will not participate in coordinated operations" not in narrowed


def test_app_bad_upload_shows_message_not_traceback() -> None:
    at = _app()
    at.file_uploader(key="old").upload("empty.pdf", b"", "application/pdf").run()
    at.file_uploader(key="new").upload("new.txt", (MADISON / "new.txt").read_bytes(), "text/plain").run()
    assert not at.exception
    assert any("empty" in e.value for e in at.error)


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
