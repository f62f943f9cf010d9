"""The one public call: two documents in, a ``Comparison`` out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import __version__
from .align import Match, align, apply_overrides
from .diff import word_diff
from .ingest import load_document
from .models import (
    CHANGE_KINDS,
    Change,
    ChangeKind,
    Clause,
    Comparison,
    DiffOp,
    DocInfo,
    Document,
    Notice,
    Override,
    Provision,
    Summary,
)
from .segment import segment
from .settings import CompareSettings

if TYPE_CHECKING:
    from .lenses.lens import LensSpec

TOOL = {"name": "policy-diff-analyzer", "version": __version__}
Progress = Callable[[str, float], None]
Segmented = tuple[list[Clause], list[Notice]]
"""One version's clauses and the notices finding them gave (``find_clauses``)."""


def _order(matches: list[Match]) -> list[Match]:
    """Reading order of the new document; removed clauses where they stood in the old one."""
    new_pos: dict[int, int] = {}
    for m in matches:
        for i in m.old:
            if m.new:
                new_pos[i] = min(m.new)
    keyed = []
    for m in matches:
        if m.new:
            keyed.append(((min(m.new), 0, 0), m))
        else:
            i = min(m.old)
            anchor = max((new_pos[k] for k in range(i) if k in new_pos), default=-1)
            keyed.append(((anchor, 1, i), m))
    return [m for _, m in sorted(keyed, key=lambda pair: pair[0])]


def _diff(
    match: Match, old: Sequence[Clause], new: Sequence[Clause], timeout: float
) -> tuple[tuple[DiffOp, ...], bool]:
    old_text = "\n".join(old[i].text for i in match.old)
    new_text = "\n".join(new[j].text for j in match.new)
    if not match.new:
        return (DiffOp("delete", old_text),), False
    if not match.old:
        return (DiffOp("insert", new_text),), False
    return word_diff(old_text, new_text, timeout=timeout)


def _info(doc: Document, clauses: int) -> DocInfo:
    return DocInfo(
        doc.filename,
        doc.sha256,
        doc.media_type,
        len(doc.pages),
        clauses,
        doc.method,
        tuple(doc.ocr_pages),
        doc.removed,
    )


def find_clauses(doc: Document, settings: CompareSettings, side: str) -> Segmented:
    """The clauses of one version (``side``: "old" or "new", which prefixes their ids), as
    ``compare_documents`` finds them: a caller that has one version before the other (the
    workbench, while the other file is still being read) can find them early and pass them in."""
    return segment(doc, settings, id_prefix="o" if side == "old" else "n")


@dataclass(frozen=True)
class SideRules:
    """One version's provisions, read before the comparison needs them (``read_rules``): the
    clauses they were read from, in the lens's order, the lens spec read with, and the provisions
    numbered from 1."""

    clauses: tuple[Clause, ...]
    spec: LensSpec
    provisions: tuple[Provision, ...]


def read_rules(clauses: Sequence[Clause], settings: CompareSettings) -> SideRules:
    """The provisions of one version's clauses (``find_clauses``), read as the topic lens reads
    them (sorted by place, numbered from 1): a caller that has one version's clauses while the
    other file is still being read can read them then, and pass them to ``compare_documents``.
    Used there only if they are of exactly the clauses, and the lens, the comparison reads."""
    from .lenses import get_lens, in_reading_order
    from .rules import read_provisions

    spec = get_lens(settings.lens, settings.spacy_model).spec
    ordered = tuple(in_reading_order(clauses))
    return SideRules(ordered, spec, read_provisions(ordered, spec))


def _same(read: Sequence[Clause], wanted: Sequence[Clause]) -> bool:
    return len(read) == len(wanted) and all(a is b or a == b for a, b in zip(read, wanted, strict=True))


def _lens_provisions(
    changes: list[Change], settings: CompareSettings, rules: tuple[SideRules | None, SideRules | None]
) -> tuple[tuple[Provision, ...], tuple[Provision, ...]] | None:
    """Each version's provisions as ``apply_lens`` would read them, taking those read in advance
    where they were read from exactly the clauses (and with the lens) it would read them from;
    None when none were read in advance (``apply_lens`` then reads both)."""
    if all(r is None for r in rules):
        return None
    from .lenses import _side_clauses, get_lens
    from .rules import read_provisions, renumber

    spec = get_lens(settings.lens, settings.spacy_model).spec
    wanted = [_side_clauses(changes, side) for side in ("old", "new")]
    ahead = [
        r if r is not None and r.spec is spec and _same(r.clauses, w) else None
        for r, w in zip(rules, wanted, strict=True)
    ]
    old = ahead[0].provisions if ahead[0] is not None else read_provisions(wanted[0], spec)
    start = len(old) + 1
    new = (
        renumber(ahead[1].provisions, start)
        if ahead[1] is not None
        else read_provisions(wanted[1], spec, start=start)
    )
    return old, new


def compare_documents(
    old: Document,
    new: Document,
    *,
    settings: CompareSettings | None = None,
    progress: Progress | None = None,
    overrides: Sequence[Override] = (),
    clauses: tuple[Segmented | None, Segmented | None] = (None, None),
    rules: tuple[SideRules | None, SideRules | None] = (None, None),
) -> Comparison:
    """Align two documents clause by clause and describe every change. ``overrides`` are a
    reviewer's manual pairings (from the library), applied on top of the alignment. ``clauses``:
    either version's ``find_clauses(doc, settings, side)``, where the caller has it already;
    ``rules``: either version's ``read_rules`` of those clauses, likewise."""
    from .lenses import apply_lens  # the lens loads spaCy patterns; import here keeps start-up light

    settings = settings or CompareSettings()
    report = progress or (lambda stage, fraction: None)
    notices: list[Notice] = [*old.notices, *new.notices]
    report("Finding clauses in the old version", 0.0)
    old_clauses, seg_notices = clauses[0] or find_clauses(old, settings, "old")
    report("Finding clauses in the new version", 0.2)
    new_clauses, more = clauses[1] or find_clauses(new, settings, "new")
    for notice in [*seg_notices, *more]:
        if notice not in notices:
            notices.append(notice)
    report("Aligning clauses", 0.4)
    matches = align(old_clauses, new_clauses, settings)
    if overrides:
        matches, applied, skipped = apply_overrides(matches, old_clauses, new_clauses, overrides)
        if applied:
            notices.append(
                Notice(
                    "manual_pairing",
                    "info",
                    f"{len(applied)} manual pairing(s) from the library were applied: "
                    + "; ".join(f"{o.action} {o.old_id} ↔ {o.new_id}" for o in applied),
                )
            )
        if skipped:
            notices.append(
                Notice(
                    "manual_pairing_skipped",
                    "warning",
                    f"{len(skipped)} manual pairing(s) were not applied because a clause is gone or its "
                    "text changed: " + "; ".join(f"{o.action} {o.old_id} ↔ {o.new_id}" for o in skipped),
                )
            )
    matches = _order(matches)
    report("Comparing wording", 0.6)
    changes: list[Change] = []
    for number, match in enumerate(matches, start=1):
        ops, timed_out = _diff(match, old_clauses, new_clauses, settings.diff_timeout)
        change = Change(
            id=f"c{number:04d}",
            kind=match.kind,
            old=tuple(old_clauses[i] for i in match.old),
            new=tuple(new_clauses[j] for j in match.new),
            similarity=match.similarity,
            diff=ops,
        )
        change = _cosmetic(change)
        if timed_out:
            notices.append(
                Notice(
                    "diff_timeout",
                    "warning",
                    f"Change {change.id}: the word diff hit its {settings.diff_timeout:g} s limit; "
                    "it is correct but may mark more words as changed than necessary.",
                )
            )
        changes.append(change)
    changes = _rejoin_cosmetic(changes, settings)
    report("Reading topics and direction", 0.8)
    changes, lens_summary, lens_notices, provisions = apply_lens(
        changes, settings, _lens_provisions(changes, settings, rules)
    )
    notices.extend(lens_notices)
    counts: dict[str, int] = {kind: 0 for kind in CHANGE_KINDS}
    for change in changes:
        # a cosmetic change keeps its kind of place (unchanged, renumbered, moved) and is counted
        # there, never as modified; the reports count the cosmetic ones apart from ``cosmetic``
        counts[change.kind] += 1
    summary = Summary.from_dict({"counts": counts, **lens_summary})
    report("Done", 1.0)
    return Comparison(
        tool=dict(TOOL),
        settings=settings.to_dict(),
        old=_info(old, len(old_clauses)),
        new=_info(new, len(new_clauses)),
        changes=tuple(changes),
        summary=summary,
        notices=tuple(notices),
        provisions=provisions,
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _cosmetic(change: Change) -> Change:
    """A one-to-one change whose only differences are whitespace, hyphenation, punctuation or
    letter case ("section 9" → "section9", "co-operate" → "cooperate") keeps its kind of place
    (unchanged or renumbered) and is marked cosmetic, never modified."""
    if change.kind != "modified" or len(change.old) != 1 or len(change.new) != 1:
        return change
    old, new = change.old[0], change.new[0]
    if _letters(old.text) != _letters(new.text) or old.is_heading != new.is_heading:
        return change
    kind: ChangeKind = (
        "unchanged" if _letters(old.number or "") == _letters(new.number or "") else "renumbered"
    )
    return replace(change, kind=kind, cosmetic=True)


def _rejoin_cosmetic(changes: list[Change], settings: CompareSettings) -> list[Change]:
    """A clause removed and the same words added, read apart only because a space or hyphen changed
    how its label was read ("Section 9 Immigration" → "Section9 Immigration"), is one cosmetic change,
    not a removal and an addition. Removed and added clauses are matched in reading order by their
    letters, wherever they stand, so that comparing B with A finds the same pairs as A with B."""

    def key(clause: Clause) -> str:
        return _letters(f"{clause.number or ''} {clause.text}")

    added: dict[str, list[int]] = {}
    for k, change in enumerate(changes):
        if change.kind == "added" and len(change.new) == 1:
            added.setdefault(key(change.new[0]), []).append(k)
    merged: dict[int, Change] = {}
    dropped: set[int] = set()
    for k, change in enumerate(changes):
        if change.kind != "removed" or len(change.old) != 1:
            continue
        waiting = added.get(key(change.old[0]))
        if not waiting:
            continue
        at = waiting.pop(0)
        twin = changes[at]
        old_clause, new_clause = change.old[0], twin.new[0]
        before = f"{old_clause.number or ''} {old_clause.text}".strip()
        after = f"{new_clause.number or ''} {new_clause.text}".strip()
        ops, _ = word_diff(old_clause.text, new_clause.text, timeout=settings.diff_timeout)
        kind: ChangeKind = "unchanged" if before.casefold() == after.casefold() else "renumbered"
        merged[k] = replace(change, kind=kind, new=twin.new, similarity=1.0, diff=ops, cosmetic=True)
        dropped.add(at)
    if not merged:
        return changes
    out = [merged.get(k, c) for k, c in enumerate(changes) if k not in dropped]
    return [replace(c, id=f"c{n:04d}") for n, c in enumerate(out, start=1)]


def compare_files(old_path: str, new_path: str, *, settings: CompareSettings | None = None) -> Comparison:
    settings = settings or CompareSettings()
    return compare_documents(
        load_document(old_path, settings=settings),
        load_document(new_path, settings=settings),
        settings=settings,
    )
