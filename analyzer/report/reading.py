"""What the tool read from one file, as plain text: the ``inspect`` listing, and a document
written back as text the tool reads the same way (``split-redline``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Clause, Document, Notice


def reading_report(doc: Document, clauses: Sequence[Clause], notices: Sequence[Notice]) -> str:
    """Pages and how each was read, what cleaning removed, the clause tree, the notices."""
    out = [f"{doc.filename}: {doc.media_type}, {len(doc.pages)} pages, read by {doc.method}"]
    for page in doc.pages:
        conf = f", OCR confidence {page.ocr_confidence:.0f}" if page.ocr_confidence is not None else ""
        out.append(f"  page {page.number}: {page.method}, {len(page.lines)} lines{conf}")
    out.append(f"removed ({len(doc.removed)}):")
    out += [f"  p. {r.page} [{r.reason}] {r.text}" for r in doc.removed]
    out.append(f"clauses ({len(clauses)}):")
    for c in clauses:
        indent = "  " * (len(c.path) + 1)
        mark = "#" if c.is_heading else "-"
        number = f"{c.number} " if c.number else ""
        out.append(f"{indent}{mark} [{c.pages_label}] {number}{c.text[:100]}")
    for n in [*doc.notices, *notices]:
        out.append(f"{n.severity}: {n.message}")
    return "\n".join(out)


def as_text(doc: Document) -> str:
    """Word's list numbers written out, a blank line between paragraphs, a form feed between
    pages (so pages are kept)."""
    pages = []
    for page in doc.pages:
        pages.append(
            "\n\n".join(f"{line.label} {line.text}" if line.label else line.text for line in page.lines)
        )
    return "\n\f\n".join(pages) + "\n"
