"""Streamlit front end: upload an old and a new version, read what changed, clause by clause.

Thin over ``analyzer``: every comparison comes from ``compare_documents``; this file only lays
it out. Document text is untrusted: it is HTML-escaped before it reaches any markup."""

from __future__ import annotations

import hashlib
import io
import json
import re
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import streamlit as st

from analyzer import AnalyzerError, CompareSettings, compare_documents, load_document
from analyzer.ingest.pdf import redline_marks
from analyzer.lenses import read_lens, topic_labels
from analyzer.library import reopen
from analyzer.models import Change, Clause, Comparison
from analyzer.nlp import load_pipeline
from analyzer.report import now, to_csv, to_html, to_json, to_markdown
from analyzer.report.html import clause_meta, esc, evidence_spans, marked_html, rules_html, side_segments
from analyzer.report.rules_view import NO_RULES_SENTENCE, rules_rows
from analyzer.store import NOTE_STATUSES, Store, StoreError, comparison_key, variant_key

ROOT = Path(__file__).resolve().parent
DEMO = ROOT / "corpora" / "madison-2017"
KINDS = ["modified", "added", "removed", "moved", "renumbered", "split", "merged", "unchanged"]
PAGE_SIZE = 40
TOPIC_ORDER = [
    "ice_cooperation",
    "raids_joint_operations",
    "document_requests",
    "status_inquiry",
    "detainers_holds",
    "information_sharing",
    "access_to_services",
    "supervisor_approval",
    "enforcement_authority",
]

CSS = """
<style>
.pd-row {display:grid; grid-template-columns: 1fr 1fr; gap: 0.8rem; margin: 0.35rem 0 0.9rem 0;}
.pd-cell {border:1px solid #d0d4da; border-radius:6px; padding:0.5rem 0.7rem; background:#fff;
          line-height:1.5;}
.pd-empty {background:#f4f5f7; color:#6b7280; font-style:italic;}
.pd-meta {font-size:0.78rem; color:#4b5563; margin-bottom:0.25rem;}
.pd-kind {font-size:0.72rem; font-weight:700; text-transform:uppercase; letter-spacing:0.04em;
          padding:0.05rem 0.4rem; border-radius:4px; border:1px solid #9ca3af; margin-right:0.4rem;}
del.pd-del {text-decoration: line-through; background:#fde2e2; color:#8a1c1c;}
ins.pd-ins {text-decoration: underline; background:#dcfce7; color:#14532d;}
.pd-topic {display:inline-block; font-size:0.72rem; border:1px solid #6366f1; color:#3730a3;
           border-radius:10px; padding:0 0.45rem; margin:0 0.25rem 0.2rem 0;}
.pd-ocr {font-size:0.72rem; color:#92400e; border:1px dashed #d97706; padding:0 0.3rem; border-radius:4px;}
mark.pd-ev {background:#fef3c7; color:inherit; border-bottom:2px dotted #b45309; padding:0;}
.pd-moved-from {margin:0.2rem 0 0.8rem 0; padding:0.3rem 0.5rem; border:1px dashed #9ca3af; border-radius:6px;
                color:#374151;}
.pd-note {font-size:0.85rem; background:#f0fdf4; border-left:3px solid #16a34a; padding:0.15rem 0.5rem;}
table.pd-rules {border-collapse:collapse; width:100%; margin-bottom:0.8rem; font-size:0.9rem;}
table.pd-rules th, table.pd-rules td {border:1px solid #d0d4da; padding:0.35rem 0.5rem; vertical-align:top;
          text-align:left;}
table.pd-rules thead th {background:#f4f5f7;} table.pd-rules ol {margin:0; padding-left:1.2rem;}
td.pd-rule {width:34%;} td.pd-dir {min-width:9rem;} .pd-norule {color:#6b7280; font-style:italic;}
.pd-why {font-size:0.85rem; color:#111827; background:#f8fafc; border-left:3px solid #6366f1;
         padding:0.2rem 0.5rem;}
</style>
"""


@st.cache_resource(show_spinner=False)
def language_model(name: str) -> Any:
    return load_pipeline(name)


class NotYetComputed(Exception):
    """Raised by ``remembered`` on a cache miss (exceptions are never cached)."""


@st.cache_data(show_spinner=False, max_entries=16)
def remembered(key: str, _bundle: dict[str, Any] | None = None) -> dict[str, Any]:
    """Results by the files' sha256 and the settings (``key``). Called with ``_bundle`` it stores
    it; called without, it returns the stored copy or raises ``NotYetComputed``.

    The comparison itself runs outside the cached function so that it can drive a live progress
    bar: Streamlit replays elements touched inside a cached function, which breaks for a bar
    created outside it."""
    if _bundle is None:
        raise NotYetComputed(key)
    return _bundle


def open_library() -> Store | None:
    """The local library (one per script run: SQLite connections stay in their thread)."""
    try:
        return Store()
    except StoreError as exc:
        st.warning(f"{exc}")
        return None


def run_comparison(
    old: tuple[bytes, str],
    new: tuple[bytes, str],
    settings: CompareSettings,
    bar: Any,
    store: Store | None,
    *,
    redline: bool = False,
) -> dict[str, Any]:
    """Read both files and compare them, moving ``bar`` page by page: reading the old file is
    the first 45%, the new one the next 45%, aligning and assessing the rest. Files read before
    come from the library, the reviewer's pairings are applied, and the result is kept there."""
    shas = [hashlib.sha256(old[0]).hexdigest(), hashlib.sha256(new[0]).hexdigest()]
    overrides = store.overrides(*shas) if store is not None else []
    library_key = comparison_key(shas[0], shas[1], old[1], new[1], settings)
    variant = variant_key(overrides)
    memo_key = json.dumps([library_key, variant, str(store.path) if store is not None else None, redline])
    try:
        return remembered(memo_key)
    except NotYetComputed:
        pass
    language_model(settings.spacy_model)

    def stage(start: float, width: float) -> Callable[[str, float], None]:
        def report(message: str, fraction: float) -> None:
            bar.progress(min(1.0, start + width * fraction), text=message)

        return report

    if redline:  # one marked-up draft: its text before its tracked changes, then after them
        documents = [
            load_document(
                old[0], filename=old[1], settings=settings, progress=stage(0.45 * k, 0.45), redline=view
            )
            for k, view in enumerate(("old", "new"))
        ]
    else:
        documents = [
            load_document(data, filename=name, settings=settings, progress=stage(0.45 * k, 0.45), store=store)
            for k, (data, name) in enumerate((old, new))
        ]
    result = compare_documents(*documents, settings=settings, progress=stage(0.9, 0.1), overrides=overrides)
    run_at = now()
    labels = labels_for(settings)
    bundle = {
        "comparison": result,
        "json": to_json(result),
        "md": to_markdown(result, run_at=run_at, labels=labels),
        "html": to_html(result, run_at=run_at, labels=labels),
        "csv": to_csv(result, run_at=run_at),
        "library_id": None,
    }
    if store is not None and not redline:
        try:
            bundle["library_id"] = store.save_result(library_key, bundle["json"], variant)
        except StoreError as exc:
            st.warning(str(exc))
    remembered(memo_key, _bundle=bundle)
    return bundle


def side_html(change: Change, side: str) -> str:
    clauses = change.old if side == "old" else change.new
    if not clauses:
        return '<div class="pd-cell pd-empty">(not in this version)</div>'
    body = marked_html(side_segments(change, side), evidence_spans(change, side))
    return f'<div class="pd-cell"><div class="pd-meta">{clause_meta(clauses)}</div>{body}</div>'


def change_html(
    change: Change, labels: dict[str, str], visible: set[str], notes: dict[str, list[dict[str, Any]]]
) -> str:
    """One aligned row: kind, where a moved or renumbered clause came from, topics, the
    assessment, then old and new side by side. ``visible`` holds the anchors on this page."""
    note = ""
    if change.kind == "moved" and change.old:
        origin = f"from-{change.id}"
        where = f"old {clause_meta(change.old)}"
        link = f' <a href="#{origin}">show where it was</a>' if origin in visible else ""
        note = f" moved from {where}{link}"
    elif change.kind == "renumbered":
        note = f" renumbered § {esc(change.old[0].number or '—')} → § {esc(change.new[0].number or '—')}"
    elif change.kind in ("split", "merged"):
        note = (
            f" one group: {len(change.old)} old clause(s) ↔ {len(change.new)} new clause(s)"
            f" (old {clause_meta(change.old)} ↔ new {clause_meta(change.new)})"
        )
    topics = "".join(
        f'<span class="pd-topic" title="{esc(t)}">{esc(labels.get(t, t))}</span>' for t in change.topic_ids
    )
    why = ""
    if change.assessment is not None:
        why = (
            f'<div class="pd-why"><b>{esc(change.assessment.direction.replace("_", " "))}</b>: '
            f"{esc(change.assessment.explanation)}</div>"
        )
    reviewed = "".join(
        f'<div class="pd-note">Note ({esc(n["status"].replace("_", " "))}'
        f"{', ' + esc(n['author']) if n['author'] else ''}): {esc(n['text'])}</div>"
        for n in notes.get(change.id, [])
    )
    head = (
        f'<div id="{esc(change.id)}"><span class="pd-kind">{esc(change.kind)}</span>'
        f"<small>{esc(change.id)}{note}</small> {topics}</div>{why}{reviewed}"
    )
    return f'{head}<div class="pd-row">{side_html(change, "old")}{side_html(change, "new")}</div>'


def origin_html(change: Change, visible: set[str]) -> str:
    """A marker at a moved clause's old place, linking to where it went."""
    target = change.id
    link = f' <a href="#{esc(target)}">go to it</a>' if target in visible else ""
    return (
        f'<div id="from-{esc(change.id)}" class="pd-moved-from"><span class="pd-kind">moved away</span>'
        f"<small>old {clause_meta(change.old)} now sits at new {clause_meta(change.new)} "
        f"({esc(change.id)}){link}</small></div>"
    )


def with_origins(changes: list[Change], all_changes: list[Change]) -> list[tuple[str, Change]]:
    """The shown changes in order, each moved one also marked at its old place: after the
    change that holds the old clause just before it."""
    holder = {c.id: ch.id for ch in all_changes for c in ch.old}
    old_ids = sorted(holder, key=clause_order)
    place = {clause_id: k for k, clause_id in enumerate(old_ids)}
    after: dict[str, list[Change]] = {}
    for change in changes:
        if change.kind != "moved" or not change.old:
            continue
        at = place[change.old[0].id]
        previous = holder[old_ids[at - 1]] if at > 0 else ""
        after.setdefault(previous, []).append(change)
    shown_ids = {c.id for c in changes}
    rows: list[tuple[str, Change]] = [("origin", c) for c in after.pop("", [])]
    for change in all_changes:
        if change.id in shown_ids:
            rows.append(("change", change))
        rows.extend(("origin", c) for c in after.pop(change.id, []))
    return rows


def labels_for(settings: CompareSettings) -> dict[str, str]:
    """Topic labels for the page; none (ids are shown) if the lens cannot be read."""
    try:
        return topic_labels(settings)
    except AnalyzerError:
        return {}


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
        read_lens(str(path))
    except AnalyzerError as exc:
        st.error(f"{upload.name}: {exc}")
        return None
    st.caption(f"Using the lens from {upload.name}.")
    return str(path)


@st.cache_data(show_spinner=False, max_entries=32)
def has_tracked_changes(data: bytes) -> bool:
    """A Word file whose text carries tracked insertions or deletions, or a PDF with struck-through
    text in its first pages (a marked-up draft)."""
    if b"%PDF-" in data[:1024]:
        try:
            struck, _ = redline_marks(data, filename="upload.pdf", settings=CompareSettings(), pages=10)
        except Exception:  # an unreadable PDF gets its message from the comparison itself
            return False
        return struck > 0
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > 200 * 1024 * 1024:
                return False
            xml = archive.read(info)
    except (KeyError, zipfile.BadZipFile, OSError):
        return False
    return b"<w:ins " in xml or b"<w:del " in xml


def redline_choice(old: tuple[bytes, str] | None, new: tuple[bytes, str] | None) -> tuple[bytes, str] | None:
    """Offer to split an uploaded marked-up Word draft into its text before and after its
    tracked changes; the draft to compare that way, once asked for."""
    for side, upload in (("old", old), ("new", new)):
        if upload is None or not has_tracked_changes(upload[0]):
            continue
        st.info(
            f"{upload[1]} is a marked-up draft (tracked changes or struck-through text). Compare it as "
            "two versions — "
            "its text before the tracked changes against its text after them — or upload another file "
            "to compare with (the draft is then read with its changes accepted)."
        )
        if st.button(f"Compare {upload[1]} before and after its tracked changes", key=f"redline_{side}"):
            st.session_state["redline"] = upload
    chosen = st.session_state.get("redline")
    if chosen is not None and chosen in (old, new):
        return chosen  # type: ignore[no-any-return]
    st.session_state.pop("redline", None)
    return None


def read_upload(label: str, key: str) -> tuple[bytes, str] | None:
    upload = st.file_uploader(label, type=["pdf", "docx", "txt", "md"], key=key)
    if upload is not None:
        return upload.getvalue(), upload.name
    demo = st.session_state.get(f"demo_{key}")
    if demo:
        return demo
    return None


def summary_panel(result: Comparison, labels: dict[str, str]) -> None:
    counts = result.summary["counts"]
    cols = st.columns(len(KINDS))
    for col, kind in zip(cols, KINDS, strict=True):
        col.metric(kind, counts.get(kind, 0))
    topics = result.summary.get("topics") or {}
    if topics:
        st.subheader("By topic")
        rows = []
        for topic in sorted(topics, key=lambda t: TOPIC_ORDER.index(t) if t in TOPIC_ORDER else 99):
            row = topics[topic]
            rows.append(
                {
                    "topic": labels.get(topic, topic),
                    "changed clauses": row["changed"],
                    "limits enforcement": row["limits_enforcement"],
                    "expands enforcement": row["expands_enforcement"],
                    "neutral": row["neutral"],
                    "unclear": row["unclear"],
                }
            )
        st.dataframe(rows, hide_index=True, width="stretch")
    highlights = result.summary.get("highlights") or []
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


def main() -> None:
    st.set_page_config(page_title="Policy diff", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)  # our own stylesheet, no document text
    view = st.sidebar.radio("View", ["Compare", "Library"], key="view")
    store = open_library()
    try:
        if view == "Library":
            library_page(store)
        else:
            compare_page(store)
    finally:
        if store is not None:
            store.close()


def compare_page(store: Store | None) -> None:
    st.title("What changed in this policy?")
    st.caption("Upload two versions. Everything runs on this computer: nothing is sent anywhere.")

    _, fallback = language_model(CompareSettings().spacy_model)
    if fallback is not None:
        st.warning(fallback.message)

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
    lens = lens_choice()
    redline = redline_choice(old, new)
    if redline is not None:
        old = new = redline
    elif not old or not new:
        st.info("Upload an old and a new version (PDF, Word, text or Markdown), or load the demo.")
        return
    if lens is None:
        return

    settings = CompareSettings(lens=lens)
    try:
        with st.status("Comparing…", expanded=True) as status:
            bar = st.progress(0.0, text="Starting")
            bundle = run_comparison(old, new, settings, bar, store, redline=redline is not None)
            bar.empty()
            status.update(label="Compared", state="complete", expanded=False)
    except AnalyzerError as exc:
        st.error(str(exc))
        return
    result: Comparison = bundle["comparison"]
    st.subheader(f"{result.old.filename} → {result.new.filename}")
    labels = labels_for(settings)
    summary_panel(result, labels)
    rules_slot = st.container()  # filled once the page of changes (the link targets) is known
    notices_panel(result)

    downloads = [
        ("JSON (contract)", "json", "application/json"),
        ("HTML redline", "html", "text/html"),
        ("Markdown brief", "md", "text/markdown"),
        ("CSV (one row per change)", "csv", "text/csv"),
    ]
    for column, (label, ext, mime) in zip(st.columns(len(downloads)), downloads, strict=True):
        column.download_button(
            f"Download {label}", bundle[ext], file_name=f"comparison.{ext}", mime=mime, key=f"dl_{ext}"
        )

    st.subheader("Side by side")
    f1, f2, f3, f4 = st.columns([0.8, 1.4, 1.4, 1.4])
    only_changes = f1.toggle("Changes only", value=True, key="only_changes")
    kinds = f2.multiselect("Change kind", [k for k in KINDS if k != "unchanged"], key="kinds")
    all_topics = sorted(
        {t for c in result.changes for t in c.topic_ids},
        key=lambda t: TOPIC_ORDER.index(t) if t in TOPIC_ORDER else 99,
    )
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
    visible = {c.id if what == "change" else f"from-{c.id}" for what, c in chunk}
    library_id = bundle.get("library_id")
    notes: dict[str, list[dict[str, Any]]] = {}
    if store is not None and library_id is not None:
        for n in store.notes(library_id):
            notes.setdefault(n["change_id"], []).append(n)
    markup = "".join(
        change_html(c, labels, visible, notes) if what == "change" else origin_html(c, visible)
        for what, c in chunk
    )
    st.markdown(markup, unsafe_allow_html=True)  # built here from escaped text only
    with rules_slot:
        rules_panel(result, labels, visible)
    if store is not None and library_id is not None:
        review_panel(result, library_id, store)


def clause_order(clause_id: str) -> int:
    """Reading order of a clause id ("o0012"; past 9999 the ids grow a digit, so not by string)."""
    return int(clause_id[1:])


def _change_label(change: Change) -> str:
    clauses = change.new or change.old
    number = f" § {clauses[0].number}" if clauses and clauses[0].number else ""
    return f"{change.id} · {change.kind}{number} · {(change.new_text or change.old_text)[:60]}"


def _clause_label(clause: Clause) -> str:
    number = f"§ {clause.number} " if clause.number else ""
    return f"{clause.id} · {number}{clause.text[:60]}"


def review_panel(result: Comparison, library_id: int, store: Store) -> None:
    """Reviewer notes on a change, and manual pairings the tool will apply on every later run."""
    st.subheader("Review")
    st.caption(f"Kept in the library as comparison {library_id} ({store.path}).")
    if "flash" in st.session_state:
        st.success(st.session_state.pop("flash"))
    left, right = st.columns(2)
    changes = {c.id: c for c in result.changes if c.kind != "unchanged"} or {c.id: c for c in result.changes}
    with left.form("note_form", clear_on_submit=True):
        st.markdown("**Add a note to a change**")
        change_id = st.selectbox("Change", list(changes), format_func=lambda k: _change_label(changes[k]))
        status = st.radio("Status", NOTE_STATUSES, horizontal=True, format_func=lambda s: s.replace("_", " "))
        text = st.text_area("Note")
        author = st.text_input("Your name")
        if st.form_submit_button("Save note"):
            try:
                store.add_note(library_id, str(change_id), str(status), text, author)
                st.session_state["flash"] = f"Note saved on {change_id}."
                st.rerun()  # so the note shows in its row above
            except StoreError as exc:
                st.error(str(exc))
    olds = {c.id: c for ch in result.changes for c in ch.old}
    news = {c.id: c for ch in result.changes for c in ch.new}
    with right.form("pair_form"):
        st.markdown("**Pair or un-pair two clauses**")
        old_id = st.selectbox(
            "Old clause", sorted(olds, key=clause_order), format_func=lambda k: _clause_label(olds[k])
        )
        new_id = st.selectbox(
            "New clause", sorted(news, key=clause_order), format_func=lambda k: _clause_label(news[k])
        )
        action = st.radio("Action", ["pair", "unpair"], horizontal=True)
        who = st.text_input("Your name", key="pair_author")
        if st.form_submit_button("Apply to this pair of files"):
            try:
                store.add_pairing(
                    result.old.sha256,
                    result.new.sha256,
                    str(action),
                    olds[str(old_id)],
                    news[str(new_id)],
                    who,
                )
                st.session_state["flash"] = (
                    f"{action} {old_id} ↔ {new_id} kept; the comparison was redone with it."
                )
                st.rerun()
            except StoreError as exc:
                st.error(str(exc))


def library_page(store: Store | None) -> None:
    """Past comparisons with their notes; reports rebuilt from the documents the library kept."""
    st.title("Library")
    if store is None:
        st.info("The library could not be opened; see the message above.")
        return
    rows = store.comparisons()
    if not rows:
        st.info("No comparison has been kept yet. Compare two files and they appear here.")
        return
    st.caption(f"{len(rows)} comparison(s) in {store.path}")
    st.dataframe(
        [
            {
                "id": r["id"],
                "old": r["old_filename"],
                "new": r["new_filename"],
                "notes": r["notes"],
                "kept": datetime.fromtimestamp(r["created_at"], UTC).strftime("%Y-%m-%d %H:%M UTC"),
            }
            for r in reversed(rows)
        ],
        hide_index=True,
        width="stretch",
    )
    chosen = st.selectbox(
        "Open",
        [r["id"] for r in reversed(rows)],
        format_func=lambda i: next(
            f"{i}: {r['old_filename']} → {r['new_filename']}" for r in rows if r["id"] == i
        ),
        key="library_pick",
    )
    row = store.comparison(int(chosen))
    if row is None:
        return
    data = json.loads(row["result"])
    counts = data["summary"]["counts"]
    st.markdown("**Changes:** " + esc(", ".join(f"{n} {k}" for k, n in counts.items() if n)))
    for line in data["summary"].get("highlights") or []:
        st.text("• " + line)
    notes = store.notes(int(chosen))
    st.markdown(f"**Notes ({len(notes)})**")
    if notes:
        st.dataframe(
            [{k: n[k] for k in ("change_id", "status", "author", "text")} for n in notes],
            hide_index=True,
            width="stretch",
        )
    st.download_button(
        "Download JSON (as kept)", row["result"], file_name=f"comparison-{chosen}.json", key="lib_json"
    )
    if st.button("Rebuild HTML, Markdown and CSV reports", key="lib_rebuild"):
        try:
            comparison = reopen(store, int(chosen))
        except AnalyzerError as exc:
            st.error(str(exc))
            return
        labels = labels_for(CompareSettings(**row["settings"]))
        run_at = now()
        for label, ext, body in (
            ("HTML redline", "html", to_html(comparison, run_at=run_at, labels=labels)),
            ("Markdown brief", "md", to_markdown(comparison, run_at=run_at, labels=labels)),
            ("CSV", "csv", to_csv(comparison, run_at=run_at)),
        ):
            st.download_button(
                f"Download {label}", body, file_name=f"comparison-{chosen}.{ext}", key=f"lib_{ext}"
            )


main()
