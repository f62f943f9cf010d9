"""A self-contained HTML redline: one file, no external assets or scripts, opens offline and
prints cleanly from a browser. Also the pieces the app shows on screen, so the page and the
report mark text the same way.

Document text is untrusted: every piece of it is escaped here before it becomes markup."""

from __future__ import annotations

import html

from ..models import SHOWN_KINDS, Change, Clause, Comparison, pages_label
from .evidence import evidence_rows
from .glance import FRAMING, GlanceRow, glance
from .rules_view import DIRECTION_WORDS, NO_RULE, NO_RULES_SENTENCE, RuleRow, rules_rows

STYLE = """
body {font-family: Georgia, 'Times New Roman', serif; color:#111827; margin:2rem auto; max-width:78rem;
      padding:0 1rem; line-height:1.45;}
h1 {font-size:1.6rem;} h2 {font-size:1.25rem; margin-top:2rem; border-bottom:1px solid #d1d5db;}
table {border-collapse:collapse; width:100%;} th, td {border:1px solid #d1d5db; padding:0.35rem 0.5rem;
      vertical-align:top; text-align:left;}
th {background:#f3f4f6;}
.evidence td:first-child {white-space:nowrap; font-weight:bold;}
.code {font-family: 'DejaVu Sans Mono', monospace; font-size:0.8rem; word-break:break-all;}
.change {border:1px solid #d1d5db; border-radius:6px; margin:0.9rem 0; padding:0.5rem 0.7rem;
         page-break-inside:avoid; break-inside:avoid;}
.change .head {font-size:0.85rem; color:#374151; margin-bottom:0.3rem;}
.kind {font-weight:bold; text-transform:uppercase; letter-spacing:0.04em; border:1px solid #9ca3af;
       border-radius:4px; padding:0 0.3rem; margin-right:0.4rem;}
.sides {display:grid; grid-template-columns:1fr 1fr; gap:0.6rem;}
.side {border:1px solid #e5e7eb; border-radius:4px; padding:0.4rem 0.6rem;}
.meta {font-size:0.78rem; color:#4b5563; margin-bottom:0.2rem;}
.empty {color:#6b7280; font-style:italic; background:#f9fafb;}
del {text-decoration:line-through; background:#fde2e2; color:#8a1c1c;}
ins {text-decoration:underline; background:#dcfce7; color:#14532d;}
mark {background:none; color:inherit; outline:1px dashed #4f46e5; outline-offset:1px; border-radius:2px;}
.why {font-size:0.88rem; background:#f8fafc; border-left:4px solid #9ca3af; padding:0.2rem 0.5rem;
      margin:0.3rem 0;}
.why.limits {border-left:4px solid #0369a1; background:#e0f2fe;}
.why.expands {border-left:6px double #b91c1c; background:#fee2e2;}
.why.unclear {border-left:4px dashed #6b7280; background:#f3f4f6;}
.legend {font-size:0.82rem; color:#374151; display:flex; flex-wrap:wrap; gap:0.3rem 0.9rem; margin:0.4rem 0;}
.legend span.key {white-space:nowrap;} .legend .why {display:inline-block; margin:0; padding:0 0.4rem;}
.topic {display:inline-block; font-size:0.75rem; border:1px solid #6366f1; color:#3730a3;
        border-radius:10px; padding:0 0.4rem; margin-right:0.25rem;}
.rules td.rule {width:34%;} .rules td.dir {min-width:9rem;} .rules ol {margin:0; padding-left:1.2rem;}
.norule {color:#6b7280; font-style:italic;}
.ocr {font-size:0.75rem; color:#92400e; border:1px dashed #d97706; padding:0 0.3rem;}
.framing {font-size:0.85rem; color:#374151; background:#fffbeb; border:1px solid #f59e0b;
           border-radius:4px; padding:0.3rem 0.5rem;}
.dir.limits {background:#e0f2fe;} .dir.expands {background:#fee2e2;} .dir.unclear {background:#f3f4f6;}
table {max-width:100%;} td {overflow-wrap:anywhere;}
table.glance tbody th {background:none; font-weight:bold; min-width:6.5rem;}
table.glance td.dir {min-width:8rem;} table.glance td[data-label="pages"] {white-space:nowrap;}
@media (max-width: 640px) { .sides {grid-template-columns:1fr;} body {margin:0.5rem;}
  table.glance thead {display:none;} table.glance tbody th, table.glance td.dir {min-width:0;}
  .legend span.key {white-space:normal;}
  table.glance, table.glance tbody, table.glance tr,
  table.glance th, table.glance td {display:block; width:auto;}
  table.glance tr {border:1px solid #d1d5db; border-radius:4px; margin-bottom:0.5rem;}
  table.glance th, table.glance td {border:none;}
  table.glance td[data-label]::before {content: attr(data-label) ": "; font-weight:600; color:#4b5563;}
  th, td {padding:0.2rem 0.25rem; font-size:0.78rem;} th {overflow-wrap:anywhere; font-weight:600;} }
@page {size: A4; margin: 12mm;}
@media print { body {margin:0; max-width:none; font-size:10pt;} a {color:inherit; text-decoration:none;}
               .change {border-color:#9ca3af;} table {font-size:8pt;}
               * {-webkit-print-color-adjust:exact; print-color-adjust:exact;}
               .summary {break-after:page; page-break-after:always; font-size:8pt; line-height:1.25;}
               .summary h1 {font-size:13pt; margin:0 0 0.3rem 0;}
               .summary h2 {font-size:10pt; margin:0.5rem 0 0.2rem 0;}
               .summary .framing, .summary .legend {font-size:7.5pt; margin:0.2rem 0;}
               .summary table {font-size:7.5pt;} .summary th, .summary td {padding:0.1rem 0.25rem;}
               .summary p {margin:0.2rem 0;} }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def clause_meta(clauses: tuple[Clause, ...]) -> str:
    """Clause numbers, pages and section path of one side, as escaped HTML."""
    if not clauses:
        return ""
    numbers = [c.number for c in clauses if c.number]
    number = f"§ {esc(' + '.join(numbers))} · " if numbers else ""
    path = " › ".join(esc(p) for p in clauses[0].path[-3:])
    ocr = (
        ' <span class="ocr pd-ocr">OCR — check against the page</span>' if any(c.ocr for c in clauses) else ""
    )
    return f"{number}{pages_label(clauses, '–')}" + (f" · {path}" if path else "") + ocr


def side_segments(change: Change, side: str) -> list[tuple[str, str]]:
    """The side's text as (text, op) runs: equal, delete (old side) or insert (new side)."""
    text = change.old_text if side == "old" else change.new_text
    if not change.diff or not (change.old and change.new):
        return [(text, "equal")]
    keep = "delete" if side == "old" else "insert"
    return [(op.text, op.op) for op in change.diff if op.op in ("equal", keep)]


def marked_html(
    segments: list[tuple[str, str]], spans: list[tuple[int, int, str]], prefix: str = "pd-"
) -> str:
    """Escaped HTML of the runs, with deletions struck through, insertions underlined (both also
    coloured, so colour is never the only cue) and topic evidence (character spans of the side's
    text) marked with the topic it supports."""
    cuts = sorted({0, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[str] = []
    offset = 0
    for text, op in segments:
        end = offset + len(text)
        points = [offset, *(c for c in cuts if offset < c < end), end]
        pieces = []
        for a, b in zip(points, points[1:], strict=False):
            piece = esc(text[a - offset : b - offset]).replace("\n", "<br>")
            topics = sorted({t for s0, s1, t in spans if s0 <= a and b <= s1})
            if topics and piece:
                piece = f'<mark class="{prefix}ev" title="evidence: {esc(", ".join(topics))}">{piece}</mark>'
            pieces.append(piece)
        body = "".join(pieces)
        if op == "delete":
            body = f'<del class="{prefix}del" title="deleted">{body}</del>'
        elif op == "insert":
            body = f'<ins class="{prefix}ins" title="inserted">{body}</ins>'
        out.append(body)
        offset = end
    return "".join(out)


def evidence_spans(change: Change, side: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, hit.topic) for hit in change.topics for e in hit.evidence if e.side == side]


def side_html(change: Change, side: str, *, prefix: str = "") -> str:
    """One side of a change as the report and the app show it: where it stands, then its text
    with deletions, insertions and topic evidence marked. ``prefix`` namespaces the CSS classes
    (the app's ``pd-``)."""
    clauses = change.old if side == "old" else change.new
    if not clauses:
        return f'<div class="{prefix}side {prefix}empty">(not in this version)</div>'
    body = marked_html(side_segments(change, side), evidence_spans(change, side), prefix=prefix)
    meta = f'<div class="{prefix}meta">{side}: {clause_meta(clauses)}</div>'
    return f'<div class="{prefix}side">{meta}{body}</div>'


def topics_html(change: Change, labels: dict[str, str], *, prefix: str = "") -> str:
    """The change's topics as labelled chips (the id in the tooltip)."""
    return "".join(
        f'<span class="{prefix}topic" title="{esc(t)}">{esc(labels.get(t, t))}</span>'
        for t in change.topic_ids
    )


def why_html(change: Change, *, prefix: str = "") -> str:
    """The direction the lens gave the change, and why ("" where no topic applies)."""
    if change.assessment is None:
        return ""
    kind = _DIRECTION_CLASS[change.assessment.direction]
    words = esc(DIRECTION_WORDS[change.assessment.direction])
    return (
        f'<div class="{prefix}why {prefix}{kind}"><b>{words}</b>: {esc(change.assessment.explanation)}</div>'
    )


def legend_html(*, prefix: str = "") -> str:
    """What each mark means, each shown as it looks and named in words (colour is never the only
    cue: struck through, underlined, a dashed box, solid, double or dashed bars)."""
    keys = [
        f'<del class="{prefix}del">struck through</del> deleted words',
        f'<ins class="{prefix}ins">underlined</ins> inserted words',
        f'<mark class="{prefix}ev">dashed box</mark> topic evidence: the words that put a clause under '
        "a topic (not a change)",
        f'<span class="{prefix}why {prefix}limits"><b>limits enforcement</b></span> solid bar',
        f'<span class="{prefix}why {prefix}expands"><b>expands enforcement</b></span> double bar',
        f'<span class="{prefix}why {prefix}unclear"><b>unclear</b></span> dashed bar: check by hand',
        f'<span class="{prefix}why"><b>no change in effect</b></span> grey bar',
    ]
    return (
        f'<div class="{prefix}legend" role="note"><b>How the marks read:</b> '
        + "".join(f'<span class="{prefix}key">{k}</span>' for k in keys)
        + "</div>"
    )


def _rules_side(texts: tuple[str, ...], prefix: str, said: str = NO_RULE) -> str:
    if not texts:  # "no rule", or what the row says replaced it
        return f'<span class="{prefix}norule">{esc(said)}</span>'
    if len(texts) == 1:
        return esc(texts[0])
    return "<ol>" + "".join(f"<li>{esc(t)}</li>" for t in texts) + "</ol>"


def rules_html(
    rows: list[RuleRow], *, prefix: str = "", links: set[str] | frozenset[str] = frozenset()
) -> str:
    """The provisions as a table, one topic a block: action, before, after, and the direction in
    words with the changes behind it (linked when their id is in ``links``, e.g. on screen)."""
    if not rows:
        return f"<p>{esc(NO_RULES_SENTENCE)}</p>"
    out = [
        f'<table class="{prefix}rules"><thead><tr><th>topic</th><th>action</th><th>before</th>'
        "<th>after</th><th>direction</th></tr></thead><tbody>"
    ]
    for k, row in enumerate(rows):
        topic = ""
        if k == 0 or rows[k - 1].topic != row.topic:
            span = sum(1 for r in rows if r.topic == row.topic)
            topic = f'<th scope="rowgroup" rowspan="{span}">{esc(row.topic_label)}</th>'
        changes = ", ".join(
            f'<a href="#{esc(c)}">{esc(c)}</a>' if c in links else esc(c) for c in row.changes
        )
        out.append(
            f"<tr>{topic}<td>{esc(row.action_label)}</td>"
            f'<td class="{prefix}rule">{_rules_side(row.before_rules, prefix)}</td>'
            f'<td class="{prefix}rule">{_rules_side(row.after_rules, prefix, row.after)}</td>'
            f'<td class="{prefix}dir"><b>{esc(row.direction_words)}</b>'
            + (f"<br><small>{changes}</small>" if changes else "")
            + "</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _change(change: Change, labels: dict[str, str]) -> str:
    note = ""
    if change.kind == "moved":
        note = f" — moved from old {clause_meta(change.old)} to new {clause_meta(change.new)}"
    elif change.kind == "renumbered":
        note = f" — § {esc(change.old[0].number or '—')} → § {esc(change.new[0].number or '—')}"
    elif change.kind in ("split", "merged"):
        note = f" — {len(change.old)} old clause(s) ↔ {len(change.new)} new clause(s)"
    return (
        f'<section class="change" id="{esc(change.id)}"><div class="head"><span class="kind">'
        f"{esc(change.kind)}</span>{esc(change.id)}{note} {topics_html(change, labels)}</div>"
        f"{why_html(change)}"
        f'<div class="sides">{side_html(change, "old")}{side_html(change, "new")}</div></section>'
    )


def to_html(comparison: Comparison, *, run_at: str, labels: dict[str, str] | None = None) -> str:
    """The whole report as one HTML document (UTF-8, inline CSS, no scripts, no external URL)."""
    labels = labels or {}
    old, new = comparison.old, comparison.new
    title = f"What changed: {old.filename} → {new.filename}"
    counts = comparison.summary.counts
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        '<section class="summary">',
        f"<h1>{esc(title)}</h1>",
        f'<p class="framing">{esc(FRAMING)}</p>',
        glance_html(glance(comparison, labels), comparison),
        "<h2>Changes by kind</h2>",
        f'<p class="kinds">{esc(kinds_sentence(counts, cosmetic_count(comparison)))}</p>',
        topics_table_html(comparison, labels),
        legend_html(),
        "</section>",
    ]
    highlights = comparison.summary.highlights
    if highlights:
        parts += ["<h2>Highlights</h2><ul>", *(f"<li>{esc(h)}</li>" for h in highlights), "</ul>"]
    rules = rules_rows(comparison, labels)
    if rules:
        parts += ["<h2>Rules, before and after</h2>", rules_html(rules)]
    changed = [c for c in comparison.changes if c.kind != "unchanged"]
    parts.append(
        f"<h2>Side by side: {len(changed)} changed of {len(comparison.changes)} aligned clauses</h2>"
    )
    if not changed:
        parts.append("<p>No change between the two versions.</p>")
    parts += [_change(c, labels) for c in changed]
    if comparison.notices:
        parts += [
            "<h2>Notices</h2><ul>",
            *(
                f"<li><b>{esc(n.severity)}</b> ({esc(n.code)}): {esc(n.message)}</li>"
                for n in comparison.notices
            ),
            "</ul>",
        ]
    removed = list(old.removed) + list(new.removed)
    if removed:
        parts += [
            "<h2>Removed while reading (running headers, footers, page numbers)</h2>",
            "<table><thead><tr><th>page</th><th>reason</th><th>text</th></tr></thead><tbody>",
            *(
                f"<tr><td>{r.page}</td><td>{esc(r.reason)}</td><td>{esc(r.text)}</td></tr>"
                for r in removed[:500]
            ),
            "</tbody></table>",
        ]
    parts += [
        "<h2>Evidence: the files and the run</h2>",
        '<table class="evidence"><tbody>',
        *(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in evidence_rows(comparison, run_at)),
        "</tbody></table>",
    ]
    parts.append("</body></html>\n")
    return "\n".join(parts)


_DIRECTION_CLASS = {
    "limits_enforcement": "limits",
    "expands_enforcement": "expands",
    "unclear": "unclear",
    "neutral": "neutral",
}


def kinds_sentence(counts: dict[str, int], cosmetic: int = 0) -> str:
    """ "1 modified, 18 added, 2 removed, 3 unchanged (2 of them only cosmetic)"."""
    said = ", ".join(f"{int(counts.get(k, 0))} {k}" for k in SHOWN_KINDS if counts.get(k))
    if said and cosmetic:
        said += f" ({cosmetic} cosmetic difference{'s' * (cosmetic != 1)} among them, not counted as changes)"
    return said or "none: the two versions say the same"


def cosmetic_count(comparison: Comparison) -> int:
    return sum(1 for c in comparison.changes if c.cosmetic)


def glance_html(rows: list[GlanceRow], comparison: Comparison, *, prefix: str = "") -> str:
    """ "At a glance": one row per topic, the direction in words (colour only doubles the word)."""
    if not rows:
        empty = (
            "This lens found no immigration language in either version."
            if not any(c.topics for c in comparison.changes)
            else "No change on the lens's topics."
        )
        return f'<h2>At a glance</h2><p class="{prefix}norule">{esc(empty)}</p>'
    body = "".join(
        f'<tr><th scope="row">{esc(r.topic_label)}</th>'
        f'<td class="{prefix}dir {prefix}{_DIRECTION_CLASS[r.direction]}">'
        f"<b>{esc(r.direction_words)}</b><br><small>{esc(r.confidence)}</small></td>"
        f'<td data-label="before">{esc(r.before_words)}</td><td data-label="after">{esc(r.after)}</td>'
        f'<td data-label="pages">{esc(r.pages)}</td></tr>'
        for r in rows
    )
    return (
        f'<h2>At a glance</h2><table class="{prefix}glance"><thead><tr><th>topic</th><th>direction</th>'
        "<th>before</th><th>after</th><th>pages</th></tr></thead><tbody>" + body + "</tbody></table>"
    )


TOPIC_COLUMNS = ("changed", "limits", "expands", "neutral", "unclear")
"""The by-topic table's count columns, short so that every one fits a phone's width."""


def topics_table_html(comparison: Comparison, labels: dict[str, str], *, prefix: str = "") -> str:
    """ "By topic": per topic, changed clauses and how many limit, expand, keep or leave unclear
    enforcement; short headers, so no column hides behind a sideways scroll ("" without topics)."""
    topics = comparison.summary.topics
    if not topics:
        return ""
    order = list(labels)
    head = "".join(f"<th>{esc(c)}</th>" for c in TOPIC_COLUMNS)
    out = [
        f'<h2>By topic</h2><table class="{prefix}bytopic"><thead><tr><th>topic</th>{head}</tr></thead><tbody>'
    ]
    for topic in sorted(topics, key=lambda t: order.index(t) if t in order else len(order)):
        row = topics[topic]
        cells = (row.changed, row.limits_enforcement, row.expands_enforcement, row.neutral, row.unclear)
        out.append(
            f"<tr><td>{esc(labels.get(topic, topic))}</td>"
            + "".join(f"<td>{int(c)}</td>" for c in cells)
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)
