"""Running headers and footers that vary a little from page to page (a stamp in another case, a
date in another form, "page x of y" at the top of one page and the foot of the next) are still
found and removed, and every removed line stays listed in ``removed``."""

from __future__ import annotations

import io

from analyzer import CompareSettings, load_document
from analyzer.segment import segment

PAGES = 7  # a running line must stand on 4 pages; no variant below stands on more than 3
STAMPS = [
    "Proactively released by New Zealand Police",
    "Proactively Released by New Zealand Police.",
    "Proactively released by the New Zealand Police",
]
DATES = [
    "This document was current at 5 May 2023",
    "This document was current as at 5 May 2023",
    "This document was current at 05/05/2023",
]


def varying_pdf() -> bytes:
    """Seven pages of numbered clauses; the running lines move and vary from page to page."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    for k in range(1, PAGES + 1):
        top, foot = (810, 30) if k % 2 else (30, 810)  # odd pages: stamp on top; even: at the foot
        page.setFont("Helvetica", 8)
        page.drawString(60, top, STAMPS[k % 3])
        page.drawString(60, top - 10 if top > 400 else top + 10, DATES[k % 3])
        page.drawRightString(535, foot, f"Page {k} of {PAGES}")
        page.setFont("Times-Roman", 11)
        y = 740
        for n in range(1, 8):
            page.drawString(
                60, y, f"{k}.{n} Officers in district {k} shall record search {n} in the register"
            )
            page.drawString(60, y - 14, f"and keep the notes for {n + k} years after the search was made.")
            y -= 60
        page.showPage()
    page.save()
    return buffer.getvalue()


def test_running_lines_that_vary_and_move_are_removed_and_listed() -> None:
    settings = CompareSettings()
    doc = load_document(varying_pdf(), filename="varying.pdf", settings=settings)
    clauses, _ = segment(doc, settings)
    texts = " ".join(c.text for c in clauses).casefold()
    assert "released" not in texts and "current" not in texts and f" of {PAGES}" not in texts
    assert len(clauses) == PAGES * 7
    removed = {(r.page, r.text) for r in doc.removed}
    for k in range(1, PAGES + 1):
        assert {(k, STAMPS[k % 3]), (k, DATES[k % 3]), (k, f"Page {k} of {PAGES}")} <= removed


def test_running_lines_that_vary_are_kept_when_only_exact_repeats_count() -> None:
    strict = CompareSettings(running_similarity=1.0)
    doc = load_document(varying_pdf(), filename="varying.pdf", settings=strict)
    assert any("Released by New Zealand Police." in line.text for line in doc.lines)
