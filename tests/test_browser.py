"""End to end: a real Streamlit server driven by Debian's Chromium through Playwright."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from analyzer.lenses.evaluate_docs import SEED_POINTS  # the twelve points of ../shared/seeds/README.md
from analyzer.report import validate

from .conftest import ARTIFACTS, MADISON, compare_texts

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(autouse=True)
def _close_pages(browser):  # type: ignore[no-untyped-def]
    """Each test's pages are closed after it: a page left open keeps its app session, and the
    browser its rendering, running beside every later test."""
    yield
    for context in browser.contexts:
        context.close()


def _upload_and_wait(page, old_path, new_path) -> None:  # type: ignore[no-untyped-def]
    # one file at a time, each once the app is idle: an upload reruns the app, and a rerun can
    # redraw the other input while a file is being set on it — and, on a busy machine, drop a file
    # already set; then the comparison never starts, so a file no longer shown is set again
    for _round in range(4):
        for index, path in enumerate((old_path, new_path)):
            uploader = page.locator("[data-testid=stFileUploader]").nth(index)
            if _round and uploader.get_by_text(path.name).count():
                continue
            for _attempt in range(3):
                _idle(page)
                uploader.locator("input[type=file]").set_input_files(str(path))
                try:
                    uploader.get_by_text(path.name).wait_for(timeout=10_000)
                    break
                except PlaywrightTimeout:
                    continue
        try:
            page.get_by_text("Side by side").wait_for(timeout=120_000)
            break
        except PlaywrightTimeout:
            continue
    page.get_by_text("Side by side").wait_for(timeout=60_000)
    _idle(page)


def _idle(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app is not running (Streamlit shows its status widget while it runs)."""
    page.wait_for_timeout(300)
    page.locator("[data-testid=stStatusWidget]").wait_for(state="detached", timeout=300_000)


def test_browser_upload_compare_filter_download(streamlit_server, browser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1500, "height": 1800}, accept_downloads=True)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(streamlit_server)
    page.get_by_text("Upload an old and a new version").wait_for(timeout=60_000)
    _upload_and_wait(page, MADISON / "old.pdf", MADISON / "new.pdf")
    inserted = page.locator("ins.pd-ins, .pd-side").filter(
        has_text="Officers will not ask anyone to show a passport"
    )
    inserted.first.wait_for(timeout=60_000)
    assert page.locator(".pd-topic", has_text="Documentation requests").count() >= 1
    assert page.locator("mark.pd-ev", has_text="passport").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "comparison.png"), full_page=False)
    # the Rules panel in a real browser: the ICE-cooperation rule with its listed conditions
    rules = page.get_by_text("Rules, before and after").first
    rules.evaluate("e => e.scrollIntoView({block: 'start'})")
    assert page.locator("td", has_text="is arrested for any violent felony").count() >= 1
    assert page.locator("td", has_text="limits enforcement").count() >= 1
    assert page.locator("td", has_text="expands enforcement").count() == 0
    page.screenshot(path=str(ARTIFACTS / "rules.png"), full_page=False)
    page.get_by_text("Side by side").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -40)")
    page.screenshot(path=str(ARTIFACTS / "side_by_side.png"), full_page=False)
    raids = page.locator(".pd-side", has_text="MPD will not participate in coordinated operations")
    assert raids.count() >= 1
    # the topic filter, driven as a reader would: open the list, pick a topic by its label
    topic_input = page.locator("[data-testid=stMultiSelect]").filter(has_text="Topic").locator("input")
    option = page.get_by_role("option", name="Documentation requests")
    for _attempt in range(3):
        _idle(page)
        topic_input.click()
        try:
            option.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    option.click()
    raids.first.wait_for(state="detached", timeout=60_000)
    assert page.locator(".pd-side", has_text="Officers will not ask anyone to show a passport").count() >= 1
    assert page.locator(".pd-topic", has_text="Raids and joint operations").count() == 0
    page.keyboard.press("Escape")
    # download the JSON and validate it
    with page.expect_download() as info:
        page.get_by_text("Download JSON (contract)").click()
    target = tmp_path / "result.json"
    info.value.save_as(str(target))
    data = json.loads(target.read_text())
    validate(data)
    assert data["documents"]["new"]["filename"] == "new.pdf"
    assert not dialogs


def test_browser_document_with_script_stays_text(streamlit_server, browser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("1. Scope\n\nOfficers will not ask about immigration status.\n")
    new.write_text(
        "1. Scope\n\nOfficers will not ask about immigration status. <script>alert('x')</script> "
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> "
        "[click](javascript:alert(1)) <!-- hidden -->\n"
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(streamlit_server)
    page.get_by_text("Upload an old and a new version").wait_for(timeout=60_000)
    _upload_and_wait(page, old, new)
    page.locator(".pd-side", has_text="<script>alert('x')</script>").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    assert not dialogs
    assert page.evaluate("() => document.body.getAttribute('data-pwned')") is None
    assert page.locator(".pd-side img").count() == 0
    assert page.locator(".pd-side script").count() == 0
    assert page.locator(".pd-side a[href^='javascript']").count() == 0


def test_html_report_renders_offline_without_console_errors(browser, madison_pdf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from analyzer.report import to_html

    report = tmp_path / "report.html"
    report.write_text(to_html(madison_pdf, run_at="2026-11-28T12:00:00Z"), encoding="utf-8")
    context = browser.new_context(offline=True)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(r.url) if not r.url.startswith("file:") else None)
    page.goto(report.as_uri())
    assert page.title() == "What changed: old.pdf → new.pdf"
    edited = next(c for c in madison_pdf.changes if c.kind == "modified")
    assert page.locator(f"section#{edited.id} ins").count() >= 1
    assert page.locator(f"section#{edited.id} del").count() >= 1
    added = next(c for c in madison_pdf.changes if c.kind == "added")
    assert page.locator(f"section#{added.id} .side.empty").count() == 1
    assert not problems
    context.close()


def test_html_report_of_hostile_text_runs_nothing(browser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from analyzer.report import to_html

    payload = (
        "1. Scope\n\nOfficers will not ask. <script>alert('x')</script> "
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> "
        "[click](javascript:alert(1)) <!-- hidden --> <a href='javascript:alert(2)'>link</a>\n"
    )
    result = compare_texts(
        "1. Scope\n\nOfficers will not ask.\n",
        payload,
        old_name="a.txt",
        new_name="<img src=x onerror=alert(3)>.txt",
    )
    report = tmp_path / "report.html"
    report.write_text(to_html(result, run_at="2026-11-28T12:00:00Z"), encoding="utf-8")
    context = browser.new_context(offline=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(report.as_uri())
    page.wait_for_timeout(500)
    assert not dialogs
    assert page.evaluate("() => document.body.getAttribute('data-pwned')") is None
    assert page.locator("img, script:not([type]), a[href^='javascript']").count() == 0
    assert page.get_by_text("<script>alert('x')</script>", exact=False).count() >= 1
    context.close()


@pytest.mark.parametrize("width", [1280, 400])
def test_html_report_opens_with_the_summary_fits_the_screen_and_prints_every_column(  # type: ignore[no-untyped-def]
    browser, madison_pdf, tmp_path, width
) -> None:
    from analyzer.lenses import topic_labels
    from analyzer.report import to_html
    from analyzer.settings import CompareSettings

    report = tmp_path / "report.html"
    html = to_html(madison_pdf, run_at="2026-12-01T12:00:00Z", labels=topic_labels(CompareSettings()))
    report.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(report.as_uri())
    glance = page.get_by_role("heading", name="At a glance")
    assert glance.bounding_box()["y"] < 800  # above the fold
    assert page.locator("table.glance th", has_text="ICE contact").count() == 1
    assert page.locator("table.glance td.dir", has_text="expands enforcement").count() == 0
    # nothing wider than the screen: no sideways scroll hides the direction columns
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    assert page.evaluate("document.documentElement.scrollWidth") <= 794 + 1
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.close()


@pytest.mark.parametrize("width", [1280, 400])
def test_app_madison_summary_above_the_fold_fits_the_screen_and_prints_every_column(  # type: ignore[no-untyped-def]
    streamlit_server, browser, width
) -> None:
    """Issue 16's reader: the per-topic summary above the fold with all twelve points of the
    reporting; at 400 px no sideways scroll, counters on a line or two, old and new stacked; printed,
    every column of the tables is on the page."""
    import pypdfium2 as pdfium

    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(streamlit_server)
    page.get_by_text("Load the Madison 2017 demo").click()
    page.get_by_text("Side by side").wait_for(timeout=300_000)
    _idle(page)
    page.evaluate("window.scrollTo(0, 0)")
    heading = page.locator("h2", has_text="At a glance")
    first_topic = page.locator("table.pd-glance tbody th").first
    assert heading.bounding_box()["y"] < 800 and first_topic.bounding_box()["y"] < 800  # above the fold
    assert first_topic.inner_text() == "ICE contact"
    summary = page.locator("table.pd-glance").inner_text().lower()
    missing = [n for n, words in SEED_POINTS.items() if words not in summary]
    assert not missing, f"points of the reporting not in the summary: {missing}"
    assert "expands enforcement" not in summary
    page.screenshot(path=str(ARTIFACTS / f"app-{width}.png"), full_page=False)
    # nothing wider than the screen: no sideways scroll hides a column
    main_width = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth")
    assert main_width <= width + 1
    counters = page.locator(".pd-counts").bounding_box()
    assert counters["height"] < 120  # a line or two, not a 700 px column
    table = page.locator("table.pd-bytopic")
    for header in ("limits", "expands", "neutral", "unclear"):
        cell = table.locator("th", has_text=header).first.bounding_box()
        assert cell["x"] + cell["width"] <= width + 1
    # both sides measured in one go: the chart drawn after the first rows can move the page between two
    # separate measurements
    old_side, new_side = page.eval_on_selector(
        ".pd-row",
        "row => [...row.querySelectorAll('.pd-side')].slice(0, 2).map(s => {"
        " const r = s.getBoundingClientRect(); return {x: r.x, y: r.y, height: r.height}; })",
    )
    if width == 400:
        assert new_side["y"] >= old_side["y"] + old_side["height"] - 1  # stacked: new below old
    else:
        assert abs(new_side["y"] - old_side["y"]) < 2 and new_side["x"] > old_side["x"]  # side by side
    # printed: every column of the summary tables on the page
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    for selector in ("table.pd-glance th", "table.pd-bytopic th"):
        edges = page.eval_on_selector_all(
            selector, "cells => cells.map(c => c.getBoundingClientRect().right)"
        )
        assert edges and max(edges) <= 794 + 1
    pdf = pdfium.PdfDocument(page.pdf(format="A4"))
    text = "".join(pdf[k].get_textpage().get_text_range() for k in range(len(pdf)))
    for words in ("At a glance", "pages", "limits", "expands", "neutral", "unclear", "Side by side"):
        assert words in text, words
    assert "Load the Madison 2017 demo" not in text  # the controls are not printed
    page.close()


def test_html_report_summary_prints_on_one_page(browser, madison_pdf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Old code: the report opened with hashes and settings and its summary ran over pages."""
    import pypdfium2 as pdfium

    from analyzer.lenses import topic_labels
    from analyzer.report import to_html
    from analyzer.settings import CompareSettings

    report = tmp_path / "report.html"
    report.write_text(
        to_html(madison_pdf, run_at="2026-12-01T12:00:00Z", labels=topic_labels(CompareSettings())),
        encoding="utf-8",
    )
    page = browser.new_page()
    page.goto(report.as_uri())
    page.emulate_media(media="print")
    pdf = pdfium.PdfDocument(page.pdf(prefer_css_page_size=True))
    first, second = (pdf[k].get_textpage().get_text_range() for k in (0, 1))
    for words in (
        "Machine reading",
        "At a glance",
        "ICE contact",
        "Access to services",
        "By topic",
        "unclear",
    ):
        assert words in first, words
    assert "How the marks read" in first and "dashed bar" in first  # the legend ends the page
    assert second.lstrip().startswith("Highlights")  # the rest starts on the next page
    page.close()


def test_browser_batch_page_runs_uploads_and_opens_a_clicked_cell(
    streamlit_server, browser, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The Batch page in a real browser: upload a manifest and its files (the Madison pair as one
    agency's two versions), run, and read the matrix (a word in every cell), the chart of rules
    by binding, and — by clicking a cell — its quoted clause and that document's comparison."""
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "id,path,agency,date\n"
        "madison-2016,old.pdf,Madison Police Department,2016-12-31\n"
        "madison-2017,new.pdf,Madison Police Department,2017-01-15\n",
        encoding="utf-8",
    )
    page = browser.new_page(viewport={"width": 1500, "height": 1400})
    page.goto(streamlit_server)
    heading = page.get_by_text("Compare many policies at once")

    def on_batch_page() -> None:
        # a click on "Batch" while the first run of the page is still going can be undone when that
        # run ends (seen once on a loaded machine): go there again until the page says it is there
        for _attempt in range(3):
            _idle(page)
            if heading.is_visible():
                return
            page.get_by_text("Batch", exact=True).click()
            try:
                heading.wait_for(timeout=60_000)
            except PlaywrightTimeout:
                continue
        heading.wait_for(timeout=60_000)

    page.get_by_text("Upload an old and a new version").wait_for(timeout=60_000)
    on_batch_page()
    uploads = page.locator("[data-testid=stFileUploader]")
    for index, files, shown in (
        (0, [manifest], "manifest.csv"),
        (1, [MADISON / "old.pdf", MADISON / "new.pdf"], "new.pdf"),
    ):
        for _attempt in range(3):
            on_batch_page()
            uploads.nth(index).locator("input[type=file]").set_input_files([str(f) for f in files])
            try:
                uploads.nth(index).get_by_text(shown).wait_for(timeout=10_000)
                break
            except PlaywrightTimeout:
                continue
    _idle(page)
    page.get_by_role("button", name="Run the batch").click()
    page.get_by_text("Matrix: each document's rule on each action").wait_for(timeout=300_000)
    grid = page.locator("[data-testid=stDataFrame]").first
    canvas = grid.locator("canvas").first
    canvas.wait_for(timeout=60_000)
    _idle(page)
    # the grid's accessible cells: a word in each, "no rule" where the document says nothing
    grid.locator("#glide-cell-3-1").wait_for(state="attached", timeout=60_000)
    cells = dict(
        grid.locator("td[role=gridcell]").evaluate_all("tds => tds.map(td => [td.id, td.textContent])")
    )
    heads = grid.locator("th[role=columnheader]").all_inner_texts()
    assert heads[:4] == ["row_id", "agency", "status", "joint_operations"]
    assert cells["glide-cell-0-1"] == "madison-2017" and cells["glide-cell-3-1"] == "prohibited"
    assert cells["glide-cell-3-0"] == "no rule"
    action_cells = [text for key, text in cells.items() if int(key.split("-")[2]) >= 3]
    assert action_cells and all(action_cells), cells
    # the chart: one bar per action and binding, named for screen readers
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.locator("[role=graphics-symbol]").first.wait_for(timeout=60_000)  # drawn after the frame
    bars = chart.locator("[role=graphics-symbol]").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )
    assert any("action: request_documents; binding: prohibited" in (b or "") for b in bars), bars
    assert any("legend titled 'binding'" in (b or "") for b in bars), bars
    page.get_by_text("Provisions by binding").wait_for()
    # click madison-2017's joint_operations cell (fixed column widths: 150 + 220 + 70, then 140 each)
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box is not None and box["height"] == 3 * 35  # a header and two rows of 35 px
    page.mouse.click(box["x"] + 150 + 220 + 70 + 70, box["y"] + 35 + 35 + 17)
    opened = page.get_by_text("madison-2017 · joint_operations: prohibited")
    opened.wait_for(timeout=120_000)
    _idle(page)
    quote = page.get_by_text("MPD will not participate in coordinated operations or raids").first
    assert "p. 2" in quote.inner_text()
    # that document's side-by-side rows (drawn after the quote, in the same run)
    passport = page.locator(".pd-row", has_text="Officers will not ask anyone to show a passport")
    passport.first.wait_for(timeout=120_000)
    assert page.locator(".pd-row", has_text="MPD will not participate in coordinated operations").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "batch.png"), full_page=True)
    page.close()
