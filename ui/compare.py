"""The compare view: two uploads (or the demo) in, the summary, the rules, the notices, the
downloads and the side-by-side list out. Every comparison comes from ``Workbench.compare``."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import Any

import streamlit as st

from analyzer import AnalyzerError, CompareSettings
from analyzer.models import SHOWN_KINDS, Comparison
from analyzer.report.glance import FRAMING, glance
from analyzer.report.html import esc, rules_html
from analyzer.report.rules_view import NO_RULES_SENTENCE, rules_rows
from analyzer.workbench import FORMATS, Note, Workbench

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
}


class NotYetComputed(Exception):
    """Raised by ``remembered`` on a cache miss (exceptions are never cached)."""


@st.cache_data(show_spinner=False, max_entries=16)
def remembered(key: str, _bundle: dict[str, Any] | None = None) -> dict[str, Any]:
    """Outcomes by ``Workbench.key`` (files, settings, pairings, library). Called with ``_bundle``
    it stores it; called without, it returns the stored copy or raises ``NotYetComputed``.

    The comparison itself runs outside the cached function so that it can drive a live progress
    bar: Streamlit replays elements touched inside a cached function, which breaks for a bar
    created outside it."""
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
    """The outcome and its four reports, from the memo or from the workbench (with a bar)."""
    key = bench.key(old, new, redline=redline)
    try:
        return remembered(key)
    except NotYetComputed:
        pass
    with st.status("Comparing…", expanded=True) as status:
        bar = st.progress(0.0, text="Starting")
        try:
            outcome = bench.compare(
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
    bundle: dict[str, Any] = {
        "comparison": comparison,
        "library_id": outcome.library_id,
        "notices": outcome.notices,
        **{fmt: bench.render(outcome, fmt) for fmt in FORMATS},
    }
    remembered(key, _bundle=bundle)
    return bundle


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


def glance_panel(result: Comparison, labels: dict[str, str]) -> None:
    """First on the page: how to read this, then one line per topic, directional first."""
    st.info(FRAMING)
    st.subheader("At a glance")
    rows = glance(result, labels)
    if not rows:
        st.write(
            "This lens found no immigration language in either version."
            if not any(c.topics for c in result.changes)
            else "No change on the lens's topics."
        )
        return
    st.dataframe(
        [
            {
                "topic": r.topic_label,
                "direction": r.direction_words,
                "confidence": r.confidence,
                "before": f"{r.what}: {r.before}",
                "after": r.after,
                "pages": r.pages,
            }
            for r in rows
        ],
        hide_index=True,
        width="stretch",
    )


def summary_panel(result: Comparison, labels: dict[str, str]) -> None:
    counts = result.summary.counts
    for col, kind in zip(st.columns(len(SHOWN_KINDS)), SHOWN_KINDS, strict=True):
        col.metric(kind, counts.get(kind, 0))
    if counts.get("cosmetic"):
        st.caption(
            f"{counts['cosmetic']} cosmetic difference(s) — spacing, hyphens, punctuation or letter case "
            "only — are not counted as changes; they are listed with the unchanged clauses."
        )
    topics = result.summary.topics
    if topics:
        st.subheader("By topic")
        order = list(labels)  # the lens file's order
        rows = []
        for topic in sorted(topics, key=lambda t: order.index(t) if t in order else len(order)):
            row = topics[topic]
            rows.append(
                {
                    "topic": labels.get(topic, topic),
                    "changed clauses": row.changed,
                    "limits enforcement": row.limits_enforcement,
                    "expands enforcement": row.expands_enforcement,
                    "neutral": row.neutral,
                    "unclear": row.unclear,
                }
            )
        st.dataframe(rows, hide_index=True, width="stretch")
    highlights = result.summary.highlights
    if highlights:
        st.subheader("Highlights")
        for line in highlights:
            st.text("• " + line)


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


def notices_panel(result: Comparison) -> None:
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
        if removed:
            st.dataframe(
                [{"page": r.page, "reason": r.reason, "text": r.text} for r in removed],
                hide_index=True,
                width="stretch",
            )


def uploads() -> tuple[Upload | None, Upload | None]:
    c1, c2, c3 = st.columns([1, 1, 0.5])
    with c3:
        st.write("")
        if st.button("Load the Madison 2017 demo", key="demo", type="primary"):
            for side in ("old", "new"):
                path = DEMO / f"{side}.pdf"
                st.session_state[f"demo_{side}"] = (path.read_bytes(), f"madison-{side}.pdf")
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
    for notice in bundle["notices"]:
        if notice.severity != "info":
            st.warning(notice.message)
    result: Comparison = bundle["comparison"]
    st.subheader(f"{result.old.filename} → {result.new.filename}")
    labels = bench.labels()
    if not result.has_changes and result.old.sha256 == result.new.sha256:
        st.success("The two files are identical: nothing changed.")
    glance_panel(result, labels)
    summary_panel(result, labels)
    rules_slot = st.container()  # filled once the page of changes (the link targets) is known
    notices_panel(result)
    for column, (fmt, (label, mime)) in zip(st.columns(len(DOWNLOADS)), DOWNLOADS.items(), strict=True):
        column.download_button(
            f"Download {label}", bundle[fmt], file_name=f"comparison.{fmt}", mime=mime, key=f"dl_{fmt}"
        )
    visible = side_by_side(result, labels, bench, bundle["library_id"])
    with rules_slot:
        rules_panel(result, labels, visible)
    if bench.store is not None and bundle["library_id"] is not None:
        review_panel(bench, result, bundle["library_id"])


def side_by_side(
    result: Comparison, labels: dict[str, str], bench: Workbench, library_id: int | None
) -> set[str]:
    """The filtered, paged list of changes; returns the anchors shown (for the rules' links)."""
    st.subheader("Side by side")
    f1, f2, f3, f4 = st.columns([0.8, 1.4, 1.4, 1.4])
    only_changes = f1.toggle("Changes only", value=True, key="only_changes")
    kinds = f2.multiselect("Change kind", [k for k in SHOWN_KINDS if k != "unchanged"], key="kinds")
    order = list(labels)
    present = {t for c in result.changes for t in c.topic_ids}
    all_topics = sorted(present, key=lambda t: order.index(t) if t in order else len(order))
    topics = f3.multiselect("Topic", all_topics, key="topics", format_func=lambda t: labels.get(t, t))
    query = f4.text_input("Search both versions", key="query").strip().casefold()
    shown = [
        c
        for c in result.changes
        if (not only_changes or c.kind != "unchanged")
        and (not kinds or c.kind in kinds)
        and (not topics or set(topics) & set(c.topic_ids))
        and (not query or query in c.old_text.casefold() or query in c.new_text.casefold())
    ]
    rows = with_origins(shown, list(result.changes))
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = (
        st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, key="page")
        if pages > 1
        else 1
    )
    st.caption(f"{len(shown)} of {len(result.changes)} aligned clauses shown")
    h1, h2 = st.columns(2)
    h1.markdown(f"**Old:** {esc(result.old.filename)}", unsafe_allow_html=True)
    h2.markdown(f"**New:** {esc(result.new.filename)}", unsafe_allow_html=True)
    chunk = rows[(int(page) - 1) * PAGE_SIZE : int(page) * PAGE_SIZE]
    notes: dict[str, list[Note]] = {}
    if bench.store is not None and library_id is not None:
        for n in bench.notes(library_id):
            notes.setdefault(n.change_id, []).append(n)
    st.markdown(render_rows(chunk, labels, notes), unsafe_allow_html=True)  # escaped text only
    return {c.id if what == "change" else f"from-{c.id}" for what, c in chunk}
