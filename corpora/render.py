"""Render a corpus text file as a multi-page PDF and as a Word file, so the same policy exists
in three formats. Form feeds in the text are page breaks; blank lines separate paragraphs; an
all-capitals line or a short numbered line is a heading; "A." ... lines are list items.

    python corpora/render.py corpora/madison-2017/old.txt corpora/madison-2017/new.txt

Each PDF page carries a running header (the title and a reconstruction warning) and a
"Page N of M" footer, which the analyzer must remove again when it reads the PDF."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

HEADER = "Madison Police Department (reconstruction from news reporting, not the official text)"
_ITEM = re.compile(r"^[A-Z]\.\s")
_NUMBERED_TITLE = re.compile(r"^\d+\.\s+[A-Z][^.]*$")


def parse(text: str) -> list[list[str]]:
    """Pages of paragraphs."""
    return [[p.strip() for p in re.split(r"\n\s*\n", page) if p.strip()] for page in text.split("\f")]


def is_heading(paragraph: str) -> bool:
    return paragraph.upper() == paragraph or bool(_NUMBERED_TITLE.match(paragraph))


def render_pdf(pages: list[list[str]], target: Path) -> None:
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=10)
    item = ParagraphStyle("item", parent=body, leftIndent=24)
    heading = ParagraphStyle(
        "heading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=10, spaceBefore=6
    )

    def decorate(canvas: object, doc: object) -> None:
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        c.drawString(inch, LETTER[1] - 0.5 * inch, HEADER)  # type: ignore[attr-defined]
        number = c.getPageNumber()  # type: ignore[attr-defined]
        c.drawRightString(LETTER[0] - inch, 0.5 * inch, f"Page {number} of {len(pages)}")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    story: list[object] = []
    for n, page in enumerate(pages):
        if n:
            story.append(PageBreak())
        for paragraph in page:
            style = heading if is_heading(paragraph) else item if _ITEM.match(paragraph) else body
            story.append(Paragraph(escape(paragraph), style))
    doc = SimpleDocTemplate(
        str(target),
        pagesize=LETTER,
        topMargin=inch,
        bottomMargin=inch,
        title=target.stem,
        author="policy-diff-analyzer corpus",
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def render_docx(pages: list[list[str]], target: Path) -> None:
    document = docx.Document()
    document.core_properties.author = "policy-diff-analyzer corpus"
    for n, page in enumerate(pages):
        for k, paragraph in enumerate(page):
            if is_heading(paragraph):
                p = document.add_heading(paragraph, level=1 if paragraph.upper() == paragraph else 2)
            else:
                p = document.add_paragraph(paragraph)
                p.paragraph_format.left_indent = Pt(18) if _ITEM.match(paragraph) else None
            if n and k == 0:
                p.paragraph_format.page_break_before = True
    document.save(str(target))


def main(paths: list[str]) -> None:
    for name in paths:
        source = Path(name)
        pages = parse(source.read_text(encoding="utf-8"))
        render_pdf(pages, source.with_suffix(".pdf"))
        render_docx(pages, source.with_suffix(".docx"))
        print(f"wrote {source.with_suffix('.pdf')} and {source.with_suffix('.docx')}")


if __name__ == "__main__":
    main(sys.argv[1:])
