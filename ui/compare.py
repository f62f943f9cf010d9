"""The compare view: two uploads (or the demo) in, the summary, the rules, the notices, the
downloads and the side-by-side list out. Every comparison comes from ``Workbench.compare``."""

from __future__ import annotations

import hashlib
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

import streamlit as st

from analyzer import AnalyzerError, CompareSettings
from analyzer.models import SHOWN_KINDS, Change, Comparison
from analyzer.report.glance import FRAMING, glance
from analyzer.report.html import (
    cosmetic_count,
    esc,
    glance_html,
    kinds_sentence,
    legend_html,
    rules_html,
    topics_table_html,
)
from analyzer.report.rules_view import DIRECTION_WORDS, NO_RULES_SENTENCE, rules_rows
from analyzer.workbench import Note, Outcome, Unkept, Workbench

from .review import review_panel
from .rows import render_rows, with_origins

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpora" / "madison-2017"
PAGE_SIZE = 40
Upload = tuple[bytes, str]
DOWNLOADS = {
    "json": ("JSON (contract)", "application/json"),
    "html": ("HTML redline", "text/html"),
    "md": ("Markdown brief", "text/markdown"),
    "csv": ("CSV (one row per change)", "text/csv"),
    "summary": ("one-page summary", "text/markdown"),
}
SUFFIX = {"summary": "summary.md"}
DIRECTIONS = ("limits_enforcement", "expands_enforcement", "unclear", "neutral")
SHORT_WORDS = {
    "limits_enforcement": "limits",
    "expands_enforcement": "expands",
    "unclear": "unclear",
    "neutral": "no change",
}
"""The chart's bar labels: short, so that they fit a phone's width beside the bar."""
COLOURS = {
    "limits_enforcement": "#0369a1",
    "expands_enforcement": "#b91c1c",
    "unclear": "#6b7280",
    "neutral": "#9ca3af",
}


class NotYetComputed(Exception):
    """Raised by ``remembered`` on a cache miss (exceptions are never cached)."""


@st.cache_resource(show_spinner=False, max_entries=16)
def remembered(key: str, _bundle: dict[str, Any] | None = None) -> dict[str, Any]:
    """Outcomes by ``Workbench.key`` (files, settings, pairings, library). Called with ``_bundle``
    it stores it; called without, it returns the stored bundle or raises ``NotYetComputed``.

    The comparison itself runs outside the cached function so that it can drive a live progress
    bar: Streamlit replays elements touched inside a cached function, which breaks for a bar
    created outside it. A resource, not data: the bundle is kept as it is, not pickled on the way
    in and copied on every rerun (most of a second for a 300-page pair); nothing changes it but
    ``keep``, once, under its lock."""
    if _bundle is None:
        raise NotYetComputed(key)
    return _bundle


@st.cache_resource(show_spinner=False)
def model_warning(model: str) -> str | None:
    notice = Workbench(CompareSettings(spacy_model=model)).model_notice()
    return notice.message if notice is not None else None


@st.cache_data(show_spinner=False, max_entries=32)
def marked_up(data: bytes, name: str) -> bool:
    return Workbench().is_marked_up((data, name))


def run(bench: Workbench, old: Upload, new: Upload, *, redline: bool) -> dict[str, Any]:
    """The comparison, from the memo or from the workbench (with a bar). A new result is not yet
    written as JSON nor kept in the library (``unkept``): ``show_result`` does that once the first
    screen is drawn."""
    key = bench.key(old, new, redline=redline)
    try:
        return remembered(key)
    except NotYetComputed:
        pass
    slot = st.empty()  # the box goes once the comparison is done: the summary comes first
    with slot.status("Comparing…", expanded=True) as status:
        bar = st.progress(0.0, text="Starting")
        try:
            outcome = bench.compare_first(
                old, new, redline=redline, progress=lambda message, done: bar.progress(done, text=message)
            )
            comparison = outcome.comparison  # built now if it came from the library: the bar moves
        except AnalyzerError:
            # the message goes below, in full; the box says it stopped rather than hanging on "Starting"
            bar.empty()
            status.update(label="Could not compare these files (see the message below)", state="error")
            raise
        bar.empty()
        status.update(label="Compared", state="complete", expanded=False)
    slot.empty()
    # the JSON is the outcome's own text (for a new result, written by ``keep`` after the first
    # screen); the other reports are written when their download button is pressed (show_result)
    bundle: dict[str, Any] = {"comparison": comparison, "notices": outcome.notices, "lock": threading.Lock()}
    if isinstance(outcome, Unkept):
        bundle.update(library_id=None, json=None, unkept=outcome)
    else:
        bundle.update(library_id=outcome.library_id, json=bench.render(outcome, "json"))
    remembered(key, _bundle=bundle)
    return bundle


def keep(bench: Workbench, bundle: dict[str, Any]) -> None:
    """Write a new result's JSON and keep it in the library, once: the memo holds this same bundle,
    which gets the JSON, the library's number and the notices about keeping it."""
    if "unkept" not in bundle:  # kept already, or reopened from the library
        return
    with bundle["lock"]:
        unkept = bundle.get("unkept")
        if unkept is None:
            return
        outcome = bench.keep(unkept)
        bundle.update(json=outcome.json, library_id=outcome.library_id, notices=outcome.notices)
        del bundle["unkept"]


def lens_choice() -> str | None:
    """The built-in immigration lens, or a lens file the user uploads; None if that file is bad
    (the error, naming the line, is shown)."""
    with st.expander("Topic lens: immigration (built in) — or upload your own"):
        st.caption(
            "A lens is a small TOML file of topics, terms and patterns (see docs/methodology.md), "
            "for example on use of force or body cameras. It changes what is tagged, not what is compared."
        )
        upload = st.file_uploader("Lens file (.toml)", type=["toml"], key="lens_file")
    if upload is None:
        return "immigration"
    data = upload.getvalue()
    folder = Path(tempfile.gettempdir()) / "policy-diff-lenses"
    folder.mkdir(exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(upload.name).stem)[:40] or "lens"
    path = folder / f"{hashlib.sha256(data).hexdigest()[:12]}-{safe}.toml"
    path.write_bytes(data)
    try:
        Workbench(CompareSettings(lens=str(path))).lens_topics()
    except AnalyzerError as exc:
        st.error(f"{upload.name}: {exc}")
        return None
    st.caption(f"Using the lens from {upload.name}.")
    return str(path)


def redline_choice(old: Upload | None, new: Upload | None) -> Upload | None:
    """Offer to split an uploaded marked-up draft into its text before and after its tracked
    changes; the draft to compare that way, once asked for."""
    for side, upload in (("old", old), ("new", new)):
        if upload is None or not marked_up(*upload):
            continue
        st.info(
            f"{upload[1]} is a marked-up draft (tracked changes or struck-through text). Compare it as "
            "two versions — its text before the tracked changes against its text after them — or upload "
            "another file to compare with (the draft is then read with its changes accepted)."
        )
        if st.button(f"Compare {upload[1]} before and after its tracked changes", key=f"redline_{side}"):
            st.session_state["redline"] = upload
    chosen = st.session_state.get("redline")
    if chosen is not None and chosen in (old, new):
        return chosen  # type: ignore[no-any-return]
    st.session_state.pop("redline", None)
    return None


def read_upload(label: str, key: str) -> Upload | None:
    upload = st.file_uploader(label, type=["pdf", "docx", "txt", "md"], key=key)
    if upload is not None:
        return upload.getvalue(), upload.name
    demo = st.session_state.get(f"demo_{key}")
    return demo if demo else None  # type: ignore[no-any-return]


def glance_panel(result: Comparison, labels: dict[str, str], shown: list[Change]) -> Any:
    """First on the page: one line per topic, directional first; both it and the chart under it
    (``chart_panel``) follow the filters (the rows and bars of the changes shown). Returns the
    place of the chart, which is drawn once the first rows of the side-by-side are on the screen:
    the chart's first drawing imports altair, pandas and pyarrow (two seconds of a cold start)."""
    ids = {c.id for c in shown}
    every = glance(result, labels)
    rows = [r for r in every if ids & set(r.changes)]
    markup = glance_html(rows, result, prefix="pd-")
    if every and not rows:
        markup = '<h2>At a glance</h2><p class="pd-norule">No topic among the changes the filters show.</p>'
    st.markdown(f'<div class="pd-summary">{markup}</div>', unsafe_allow_html=True)  # escaped text only
    return st.container()


def chart_panel(shown: list[Change], labels: dict[str, str]) -> None:
    """The chart of the changes shown, by topic and direction (under At a glance)."""
    chart = topic_chart(shown, labels)
    if chart is not None:
        st.altair_chart(chart, width="stretch")


def topic_chart(shown: list[Change], labels: dict[str, str]) -> Any:
    """Bars of the shown changes per topic and direction, each bar labelled with its count and
    direction in words (the colour only doubles the word); None without assessed changes."""
    import altair as alt

    order = list(labels)
    counts: dict[tuple[str, str], int] = {}
    for change in shown:
        if change.assessment is None or change.kind == "unchanged":
            continue
        for topic in change.topic_ids:
            key = (topic, change.assessment.direction)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    per_topic: dict[str, int] = {}
    for topic, _ in counts:
        per_topic[topic] = per_topic.get(topic, 0) + 1
    data = []
    for (topic, direction), n in sorted(
        counts.items(), key=lambda kv: (order.index(kv[0][0]) if kv[0][0] in order else len(order), kv[0][1])
    ):
        label = labels.get(topic, topic)
        data.append(
            {
                # one bar per row: a topic with changes in two directions gets a row for each
                "row": label if per_topic[topic] == 1 else f"{label} ({SHORT_WORDS[direction]})",
                "topic": label,
                "direction": DIRECTION_WORDS[direction],  # type: ignore[index]
                "changes": n,
                "label": f"{n} {SHORT_WORDS[direction]}",
            }
        )
    present = {direction for _, direction in counts}
    words = [DIRECTION_WORDS[d] for d in DIRECTIONS if d in present]  # type: ignore[index]
    colours = [COLOURS[d] for d in DIRECTIONS if d in present]
    most = max(counts.values())
    base = alt.Chart(alt.Data(values=data)).encode(
        y=alt.Y("row:N", sort=[d["row"] for d in data], title=None, axis=alt.Axis(labelLimit=150)),
        x=alt.X(
            "changes:Q",
            title="changed clauses",
            scale=alt.Scale(domain=[0, most * 1.6]),  # room for the words after the longest bar
            axis=alt.Axis(tickMinStep=1, format="d"),
        ),
    )
    bars = base.mark_bar(height=14).encode(
        color=alt.Color(
            "direction:N",
            scale=alt.Scale(domain=words, range=colours),
            legend=alt.Legend(orient="top", title=None, columns=2, labelLimit=170),
        ),
        tooltip=["topic:N", "direction:N", "changes:Q"],
    )
    text = base.mark_text(align="left", dx=4, fontSize=12).encode(text="label:N")
    return (bars + text).properties(height=alt.Step(24), title="Changed clauses by topic and direction")


def filters(result: Comparison, labels: dict[str, str]) -> list[Change]:
    """The filter bar: the changes it lets through, for At a glance, the chart, the highlights and
    the side-by-side alike."""
    st.markdown("**Show** — these filters apply to At a glance, the chart, the highlights and the clauses")
    f1, f2, f3, f4, f5 = st.columns([0.8, 1.3, 1.3, 1.3, 1.3])
    only_changes = f1.toggle("Changes only", value=True, key="only_changes")
    order = list(labels)
    present = {t for c in result.changes for t in c.topic_ids}
    all_topics = sorted(present, key=lambda t: order.index(t) if t in order else len(order))
    topics = f2.multiselect("Topic", all_topics, key="topics", format_func=lambda t: labels.get(t, t))
    directions = f3.multiselect(
        "Direction",
        list(DIRECTIONS),
        key="directions",
        format_func=lambda d: DIRECTION_WORDS[d],  # type: ignore[index]
    )
    kinds = f4.multiselect("Change kind", [k for k in SHOWN_KINDS if k != "unchanged"], key="kinds")
    query = f5.text_input("Search both versions", key="query").strip().casefold()
    return [
        c
        for c in result.changes
        if (not only_changes or c.kind != "unchanged")
        and (not kinds or c.kind in kinds)
        and (not topics or set(topics) & set(c.topic_ids))
        and (not directions or (c.assessment is not None and c.assessment.direction in directions))
        and (not query or query in c.old_text.casefold() or query in c.new_text.casefold())
    ]


def counts_html(result: Comparison) -> str:
    """The counts by kind as one wrapping line of labelled numbers (never a tall column)."""
    counts = result.summary.counts
    chips = "".join(
        f'<span class="pd-count"><b>{int(counts.get(kind, 0))}</b> {esc(kind)}</span>' for kind in SHOWN_KINDS
    )
    label = kinds_sentence(counts, cosmetic_count(result))
    return f'<div class="pd-counts" aria-label="{esc(label)}">{chips}</div>'


def summary_panel(result: Comparison, labels: dict[str, str], shown: list[Change]) -> None:
    cosmetic = cosmetic_count(result)
    st.markdown(counts_html(result), unsafe_allow_html=True)  # numbers and kind names only
    if cosmetic:
        st.caption(
            f"{cosmetic} cosmetic difference(s) — spacing, hyphens, punctuation or letter case "
            "only — are not counted as changes; they are listed with the unchanged clauses."
        )
    table = topics_table_html(result, labels, prefix="pd-")
    if table:
        st.markdown(table, unsafe_allow_html=True)  # labels and numbers, escaped
    highlights = result.summary.highlights
    topics_shown = {labels.get(t, t) for c in shown for t in c.topic_ids}
    directions = st.session_state.get("directions") or []
    words = [DIRECTION_WORDS[d] for d in directions]  # type: ignore[index]
    kept = [
        line
        for line in highlights
        if any(line.startswith(label) for label in topics_shown)
        and (not words or any(w in line for w in words))
    ]
    if highlights:
        st.subheader("Highlights")
        if not kept:
            st.caption("No highlight among the changes the filters show.")
        for line in kept:
            st.text("• " + line)
    st.markdown(legend_html(prefix="pd-"), unsafe_allow_html=True)  # our own words


def rules_panel(result: Comparison, labels: dict[str, str], visible: set[str]) -> None:
    """What each version says on each action of the lens, per topic; the changes behind a row
    link to their place when they are on the page shown."""
    st.subheader("Rules, before and after")
    rows = rules_rows(result, labels)
    if not rows:
        st.caption(NO_RULES_SENTENCE)
        return
    st.caption(
        "Each version's rule on each action, quoted with its page; the direction is that of the "
        "changes that altered it."
    )
    st.markdown(rules_html(rows, prefix="pd-", links=visible), unsafe_allow_html=True)  # escaped text only


def notices_panel(result: Comparison) -> Any:
    """The notices and how each file was read, in a folded box; returns the place in it of the table
    of removed headers and footers (``removed_table``, drawn after the first rows: a table's first
    drawing imports pandas and pyarrow)."""
    removed = list(result.old.removed) + list(result.new.removed)
    with st.expander(f"Notices ({len(result.notices)}) and removed headers/footers ({len(removed)})"):
        for notice in result.notices:
            st.text(f"[{notice.severity}] {notice.message}")
        if not result.notices:
            st.text("No notices: both files were read without fallbacks, OCR or timeouts.")
        for side, info in (("old", result.old), ("new", result.new)):
            st.text(
                f"{side}: {info.filename} · {info.pages} pages · {info.clauses} clauses"
                f" · read by {info.method}"
                + (f" · OCR pages {list(info.ocr_pages)}" if info.ocr_pages else "")
            )
        return st.container()


def removed_table(result: Comparison) -> None:
    """The running headers and footers cleaning removed, one row each (in the notices' box)."""
    removed = list(result.old.removed) + list(result.new.removed)
    if removed:
        st.dataframe(
            [{"page": r.page, "reason": r.reason, "text": r.text} for r in removed],
            hide_index=True,
            width="stretch",
        )


def _loaded(side: str) -> str | None:
    """The name of the file in use on one side (an upload, else the demo's), before it is read."""
    upload = st.session_state.get(side)
    if upload is not None:
        return str(upload.name)
    demo = st.session_state.get(f"demo_{side}")
    return str(demo[1]) if demo else None


def uploads() -> tuple[Upload | None, Upload | None]:
    c1, c2, c3 = st.columns([1, 1, 0.5])
    with c3:
        st.write("")
        if st.button("Load the Madison 2017 demo", key="demo", type="primary"):
            for side in ("old", "new"):
                path = DEMO / f"{side}.pdf"
                st.session_state[f"demo_{side}"] = (path.read_bytes(), f"madison-{side}.pdf")
            st.rerun()  # drawn again with the files folded away, the summary first
        if st.button("Swap old ↔ new", key="swap"):
            st.session_state["swapped"] = not st.session_state.get("swapped", False)
        st.caption("Demo: a reconstruction from news reporting, not the official documents.")
    with c1:
        old = read_upload("Old version", "old")
    with c2:
        new = read_upload("New version", "new")
    if st.session_state.get("swapped"):
        old, new = new, old
        st.info("Swapped: the second upload is being read as the old version.")
    limit = st.get_option("server.maxUploadSize")
    st.caption(
        f"Files up to {limit} MB each (set in .streamlit/config.toml; larger files are refused by the "
        "uploader with a message). Scanned pages are read by OCR."
    )
    return old, new


def compare_page(bench: Workbench) -> None:
    st.title("What changed in this policy?")
    st.caption("Upload two versions. Everything runs on this computer: nothing is sent anywhere.")
    for notice in bench.notices:
        st.warning(notice.message)
    warning = model_warning(CompareSettings().spacy_model)
    if warning is not None:
        st.warning(warning)
    names = [_loaded(side) for side in ("old", "new")]
    if all(names):  # a comparison is on the page: the files fold away, the summary comes first
        with st.expander(f"Files: {names[0]} → {names[1]} — change, swap, or pick a lens"):
            old, new = uploads()
            lens = lens_choice()
    else:
        old, new = uploads()
        lens = lens_choice()
    redline = redline_choice(old, new)
    if redline is not None:
        old = new = redline
    elif not old or not new:
        st.info("Upload an old and a new version (PDF, Word, text or Markdown), or load the demo.")
        return
    if lens is None:
        return
    bench = Workbench(CompareSettings(lens=lens), bench.store)
    try:
        bundle = run(bench, old, new, redline=redline is not None)  # type: ignore[arg-type]
    except AnalyzerError as exc:
        st.error(str(exc))
        return
    show_result(bench, bundle, title=False)  # the files' names head the folded file area


def show_result(bench: Workbench, bundle: dict[str, Any], *, title: bool = True) -> None:
    """A comparison on screen, summary first: the compare page's, or one reopened from the library.
    The chart and the table of removed headers and footers are drawn in their places once the
    side-by-side list is on the screen; then a new result is written as JSON and kept in the
    library, and the downloads, the rules, the review and any warning about keeping it follow."""
    warnings = st.container()  # filled once the result is kept (a library that cannot be written)
    result: Comparison = bundle["comparison"]
    if title:
        st.subheader(f"{result.old.filename} → {result.new.filename}")
    labels = bench.labels()
    if not result.has_changes and result.old.sha256 == result.new.sha256:
        st.success("The two files are identical: nothing changed.")
    st.info(FRAMING)
    glance_slot = st.container()  # filled once the filters below are read
    shown = filters(result, labels)
    with glance_slot:
        chart_slot = glance_panel(result, labels, shown)
    summary_panel(result, labels, shown)
    rules_slot = st.container()  # filled once the page of changes (the link targets) is known
    removed_slot = notices_panel(result)
    downloads = st.container(key="pd_downloads", horizontal=True)
    visible = side_by_side(result, labels, bench, bundle["library_id"], shown)
    # the first rows are on the screen: then the chart and the table, whose first drawing imports
    # altair, pandas and pyarrow, and only then the JSON and the library
    with chart_slot:
        chart_panel(shown, labels)
    with removed_slot:
        removed_table(result)
    keep(bench, bundle)
    with warnings:
        for notice in bundle["notices"]:
            if notice.severity != "info":
                st.warning(notice.message)
    for fmt, (label, mime) in DOWNLOADS.items():
        name = f"comparison.{SUFFIX.get(fmt, fmt)}"
        downloads.download_button(
            f"Download {label}", _report(bench, bundle, fmt), file_name=name, mime=mime, key=f"dl_{fmt}"
        )
    with rules_slot:
        rules_panel(result, labels, visible)
    if bench.store is not None and bundle["library_id"] is not None:
        review_panel(bench, result, bundle["library_id"])


def _report(bench: Workbench, bundle: dict[str, Any], fmt: str) -> Any:
    """A report's text, or (when the bundle does not hold it yet) a function that writes it when
    its download button is pressed: on a 300-page pair each report is megabytes, and writing all
    four before the first render, then keeping them with the memoised outcome, costs seconds."""
    if fmt in bundle:
        return bundle[fmt]
    comparison: Comparison = bundle["comparison"]
    outcome = Outcome(
        json=bundle["json"],
        settings=bench.settings,
        library_id=bundle["library_id"],
        build=lambda: comparison,
    )
    return lambda: bench.render(outcome, fmt)


def side_by_side(
    result: Comparison, labels: dict[str, str], bench: Workbench, library_id: int | None, shown: list[Change]
) -> set[str]:
    """The filtered, paged list of changes; returns the anchors shown (for the rules' links)."""
    st.subheader("Side by side")
    rows = with_origins(shown, list(result.changes))
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = (
        st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, key="page")
        if pages > 1
        else 1
    )
    st.caption(f"{len(shown)} of {len(result.changes)} aligned clauses shown")
    st.caption(f"Old: {result.old.filename} (left, or first on a narrow screen) · New: {result.new.filename}")
    chunk = rows[(int(page) - 1) * PAGE_SIZE : int(page) * PAGE_SIZE]
    notes: dict[str, list[Note]] = {}
    if bench.store is not None and library_id is not None:
        for n in bench.notes(library_id):
            notes.setdefault(n.change_id, []).append(n)
    st.markdown(render_rows(chunk, labels, notes), unsafe_allow_html=True)  # escaped text only
    return {c.id if what == "change" else f"from-{c.id}" for what, c in chunk}
