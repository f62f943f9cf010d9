"""The app's logic through Streamlit's AppTest (no browser)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from .conftest import MADISON, ROOT


def _app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    return at


def test_app_demo_renders_summary_and_madison_clauses() -> None:
    at = _app()
    at.button(key="demo").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["added"]) >= 10 and int(metrics["removed"]) >= 1
    page = "".join(m.value for m in at.markdown)
    assert "Officers will not ask anyone to show a passport" in page
    assert '<ins class="pd-ins"' in page or "pd-kind" in page
    assert any("ICE contact" in t.value for t in at.text)


def test_app_topic_filter_narrows_the_list() -> None:
    at = _app()
    at.button(key="demo").click().run()
    everything = "".join(m.value for m in at.markdown)
    at.multiselect(key="topics").select("document_requests").run()
    narrowed = "".join(m.value for m in at.markdown)
    assert "Officers will not ask anyone to show a passport" in narrowed
    assert "MPD will not participate in coordinated operations" in everything
    assert "MPD will not participate in coordinated operations" not in narrowed


def test_app_bad_upload_shows_message_not_traceback() -> None:
    at = _app()
    at.file_uploader(key="old").upload("empty.pdf", b"", "application/pdf").run()
    at.file_uploader(key="new").upload("new.txt", (MADISON / "new.txt").read_bytes(), "text/plain").run()
    assert not at.exception
    assert any("empty" in e.value for e in at.error)
