"""Streamlit front end: upload an old and a new version, read what changed, clause by clause.

Thin over ``analyzer``: every comparison comes from ``compare_documents``; this file only lays
it out. Document text is untrusted: it is HTML-escaped before it reaches any markup."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import streamlit as st

from analyzer import AnalyzerError, CompareSettings, compare_documents, load_document
from analyzer.models import Change, Clause, Comparison
from analyzer.nlp import load_pipeline
from analyzer.report import to_json, to_markdown

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
.pd-why {font-size:0.85rem; color:#111827; background:#f8fafc; border-left:3px solid #6366f1;
         padding:0.2rem 0.5rem;}
</style>
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@st.cache_resource(show_spinner=False)
def language_model(name: str) -> Any:
    return load_pipeline(name)


@st.cache_data(show_spinner=False, max_entries=16)
def run_comparison(
    old: bytes, old_name: str, new: bytes, new_name: str, settings_json: str
) -> dict[str, Any]:
    """Cached by the files' bytes (hashed by Streamlit) and the settings; filters never recompute."""
    settings = CompareSettings(**json.loads(settings_json))
    language_model(settings.spacy_model)
    result = compare_documents(
        load_document(old, filename=old_name, settings=settings),
        load_document(new, filename=new_name, settings=settings),
        settings=settings,
    )
    return {"comparison": result, "json": to_json(result), "md": to_markdown(result)}


def clause_meta(clauses: tuple[Clause, ...]) -> str:
    if not clauses:
        return ""
    first, last = clauses[0], clauses[-1]
    pages = (
        f"p. {first.page_start}"
        if first.page_start == last.page_end
        else f"pp. {first.page_start}–{last.page_end}"
    )
    number = f"§ {esc(first.number)} · " if first.number else ""
    path = " › ".join(esc(p) for p in first.path[-3:])
    ocr = ' <span class="pd-ocr">OCR — check against the page</span>' if any(c.ocr for c in clauses) else ""
    return f"{number}{pages}" + (f" · {path}" if path else "") + ocr


def side_html(change: Change, side: str) -> str:
    clauses = change.old if side == "old" else change.new
    if not clauses:
        return '<div class="pd-cell pd-empty">(not in this version)</div>'
    parts = []
    if change.kind in ("unchanged", "renumbered") or not (change.old and change.new):
        parts.append("<br>".join(esc(c.text) for c in clauses))
    else:
        for op in change.diff:
            text = esc(op.text).replace("\n", "<br>")
            if op.op == "equal":
                parts.append(text)
            elif op.op == "delete" and side == "old":
                parts.append(f'<del class="pd-del" title="deleted">{text}</del>')
            elif op.op == "insert" and side == "new":
                parts.append(f'<ins class="pd-ins" title="inserted">{text}</ins>')
    return f'<div class="pd-cell"><div class="pd-meta">{clause_meta(clauses)}</div>{"".join(parts)}</div>'


def change_html(change: Change) -> str:
    note = ""
    if change.kind == "moved" and change.old:
        note = f" moved from {esc(clause_meta(change.old[:1]))}"
    elif change.kind == "renumbered":
        note = f" renumbered {esc(change.old[0].number or '—')} → {esc(change.new[0].number or '—')}"
    elif change.kind in ("split", "merged"):
        note = f" {len(change.old)} old clause(s) ↔ {len(change.new)} new clause(s)"
    topics = "".join(f'<span class="pd-topic">{esc(t)}</span>' for t in change.topic_ids)
    why = ""
    if change.assessment is not None:
        why = (
            f'<div class="pd-why"><b>{esc(change.assessment.direction.replace("_", " "))}</b>: '
            f"{esc(change.assessment.explanation)}</div>"
        )
    head = (
        f'<div id="{esc(change.id)}"><span class="pd-kind">{esc(change.kind)}</span>'
        f"<small>{esc(change.id)}{note}</small> {topics}</div>{why}"
    )
    return f'{head}<div class="pd-row">{side_html(change, "old")}{side_html(change, "new")}</div>'


def read_upload(label: str, key: str) -> tuple[bytes, str] | None:
    upload = st.file_uploader(label, type=["pdf", "docx", "txt", "md"], key=key)
    if upload is not None:
        return upload.getvalue(), upload.name
    demo = st.session_state.get(f"demo_{key}")
    if demo:
        return demo
    return None


def summary_panel(result: Comparison) -> None:
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
                    "topic": topic,
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
    if not old or not new:
        st.info("Upload an old and a new version (PDF, Word, text or Markdown), or load the demo.")
        return

    settings = CompareSettings()
    try:
        with st.status("Comparing…", expanded=False) as status:
            bundle = run_comparison(
                old[0], old[1], new[0], new[1], json.dumps(settings.to_dict(), sort_keys=True)
            )
            status.update(label="Compared", state="complete")
    except AnalyzerError as exc:
        st.error(str(exc))
        return
    result: Comparison = bundle["comparison"]
    st.subheader(f"{result.old.filename} → {result.new.filename}")
    summary_panel(result)
    notices_panel(result)

    d1, d2 = st.columns(2)
    d1.download_button(
        "Download JSON (contract)",
        bundle["json"],
        file_name="comparison.json",
        mime="application/json",
        key="dl_json",
    )
    d2.download_button(
        "Download Markdown brief", bundle["md"], file_name="comparison.md", mime="text/markdown", key="dl_md"
    )

    st.subheader("Side by side")
    f1, f2, f3, f4 = st.columns([0.8, 1.4, 1.4, 1.4])
    only_changes = f1.toggle("Changes only", value=True, key="only_changes")
    kinds = f2.multiselect("Change kind", [k for k in KINDS if k != "unchanged"], key="kinds")
    all_topics = sorted(
        {t for c in result.changes for t in c.topic_ids},
        key=lambda t: TOPIC_ORDER.index(t) if t in TOPIC_ORDER else 99,
    )
    topics = f3.multiselect("Topic", all_topics, key="topics")
    query = f4.text_input("Search both versions", key="query").strip().casefold()

    shown = [
        c
        for c in result.changes
        if (not only_changes or c.kind != "unchanged")
        and (not kinds or c.kind in kinds)
        and (not topics or set(topics) & set(c.topic_ids))
        and (not query or query in c.old_text.casefold() or query in c.new_text.casefold())
    ]
    pages = max(1, -(-len(shown) // PAGE_SIZE))
    page = (
        st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, key="page")
        if pages > 1
        else 1
    )
    st.caption(f"{len(shown)} of {len(result.changes)} aligned clauses shown")
    h1, h2 = st.columns(2)
    h1.markdown(f"**Old:** {esc(result.old.filename)}", unsafe_allow_html=True)
    h2.markdown(f"**New:** {esc(result.new.filename)}", unsafe_allow_html=True)
    chunk = shown[(int(page) - 1) * PAGE_SIZE : int(page) * PAGE_SIZE]
    st.markdown("".join(change_html(c) for c in chunk), unsafe_allow_html=True)


main()
