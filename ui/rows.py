"""The side-by-side list as HTML: one row per change, and a marker where a moved clause stood.
The row's sides, topics and direction are the HTML report's own pieces (``analyzer.report.html``);
only the on-screen links between a move's two places are added here."""

from __future__ import annotations

from analyzer.models import Change
from analyzer.report.html import clause_meta, esc, side_html, topics_html, why_html
from analyzer.workbench import Note

PREFIX = "pd-"


def change_html(
    change: Change, labels: dict[str, str], visible: set[str], notes: dict[str, list[Note]]
) -> str:
    """One aligned row: kind, where a moved or renumbered clause came from, topics, the
    assessment, reviewer notes, then old and new side by side. ``visible``: the anchors on this page."""
    note = ""
    if change.kind == "moved" and change.old:
        origin = f"from-{change.id}"
        link = f' <a href="#{origin}">show where it was</a>' if origin in visible else ""
        note = f" moved from old {clause_meta(change.old)}{link}"
    elif change.kind == "renumbered":
        note = f" renumbered § {esc(change.old[0].number or '—')} → § {esc(change.new[0].number or '—')}"
    elif change.kind in ("split", "merged"):
        note = (
            f" one group: {len(change.old)} old clause(s) ↔ {len(change.new)} new clause(s)"
            f" (old {clause_meta(change.old)} ↔ new {clause_meta(change.new)})"
        )
    reviewed = "".join(
        f'<div class="pd-note">Note ({esc(n.status.replace("_", " "))}'
        f"{', ' + esc(n.author) if n.author else ''}): {esc(n.text)}</div>"
        for n in notes.get(change.id, [])
    )
    head = (
        f'<div id="{esc(change.id)}"><span class="pd-kind">{esc(change.kind)}</span>'
        f"<small>{esc(change.id)}{note}</small> {topics_html(change, labels, prefix=PREFIX)}</div>"
        f"{why_html(change, prefix=PREFIX)}{reviewed}"
    )
    sides = side_html(change, "old", prefix=PREFIX) + side_html(change, "new", prefix=PREFIX)
    return f'{head}<div class="pd-row">{sides}</div>'


def origin_html(change: Change, visible: set[str]) -> str:
    """A marker at a moved clause's old place, linking to where it went."""
    link = f' <a href="#{esc(change.id)}">go to it</a>' if change.id in visible else ""
    return (
        f'<div id="from-{esc(change.id)}" class="pd-moved-from"><span class="pd-kind">moved away</span>'
        f"<small>old {clause_meta(change.old)} now sits at new {clause_meta(change.new)} "
        f"({esc(change.id)}){link}</small></div>"
    )


def with_origins(changes: list[Change], all_changes: list[Change]) -> list[tuple[str, Change]]:
    """The shown changes in order, each moved one also marked at its old place: after the
    change that holds the old clause just before it."""
    holder = {c.id: ch.id for ch in all_changes for c in ch.old}
    place = {c.id: c.position for ch in all_changes for c in ch.old}
    old_ids = sorted(holder, key=place.__getitem__)
    rank = {clause_id: k for k, clause_id in enumerate(old_ids)}
    after: dict[str, list[Change]] = {}
    for change in changes:
        if change.kind != "moved" or not change.old:
            continue
        at = rank[change.old[0].id]
        previous = holder[old_ids[at - 1]] if at > 0 else ""
        after.setdefault(previous, []).append(change)
    shown_ids = {c.id for c in changes}
    rows: list[tuple[str, Change]] = [("origin", c) for c in after.pop("", [])]
    for change in all_changes:
        if change.id in shown_ids:
            rows.append(("change", change))
        rows.extend(("origin", c) for c in after.pop(change.id, []))
    return rows


def render_rows(chunk: list[tuple[str, Change]], labels: dict[str, str], notes: dict[str, list[Note]]) -> str:
    visible = {c.id if what == "change" else f"from-{c.id}" for what, c in chunk}
    return "".join(
        change_html(c, labels, visible, notes) if what == "change" else origin_html(c, visible)
        for what, c in chunk
    )
