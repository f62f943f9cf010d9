"""Layout cases generated for the tests: a Word draft with tracked changes (and what its old and
new versions must read). Run as a script to write them: python tests/data/layouts/make.py DIR"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MARK = 'w:id="{n}" w:author="Drafting committee" w:date="2017-01-05T00:00:00Z"'

# (old text, new text, the paragraph's XML body with tracked changes)
TRACKED = [
    ("1. Scope", "1. Scope", "<w:r><w:t>1. Scope</w:t></w:r>"),
    (
        "Officers shall ask about immigration status during traffic stops.",
        "Officers may not ask about immigration status during traffic stops.",
        '<w:r><w:t xml:space="preserve">Officers </w:t></w:r>'
        "<w:del {m1}><w:r><w:delText>shall</w:delText></w:r></w:del>"
        "<w:ins {m2}><w:r><w:t>may not</w:t></w:r></w:ins>"
        '<w:r><w:t xml:space="preserve"> ask about immigration status during traffic stops.</w:t></w:r>',
    ),
    (
        "Officers will honor every detainer request from ICE.",
        None,
        "<w:del {m3}><w:r><w:delText>Officers will honor every detainer request from ICE."
        "</w:delText></w:r></w:del>",
    ),
    (
        None,
        "A commander must approve any contact with ICE in advance.",
        "<w:ins {m4}><w:r><w:t>A commander must approve any contact with ICE in advance.</w:t></w:r></w:ins>",
    ),
    (
        "Records are kept for seven years.",
        "Records are kept for seven years.",
        "<w:r><w:t>Records are kept for seven years.</w:t></w:r>",
    ),
]


def tracked_docx() -> bytes:
    document = docx.Document()
    body = document.element.body
    for n, (_, _, xml) in enumerate(TRACKED):
        marks = {f"m{k}": MARK.format(n=10 * n + k) for k in range(1, 5)}
        body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{xml.format(**marks)}</w:p>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def expected(view: str) -> list[str]:
    k = 0 if view == "old" else 1
    return [row[k] for row in TRACKED if row[k] is not None]


def plain_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Officers will not ask about immigration status.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "tracked.docx").write_bytes(tracked_docx())
    (out / "plain.docx").write_bytes(plain_docx())


TWO_COLUMN_CLAUSES = [
    f"{n}.{k} "
    + " ".join(
        [
            f"Clause {n}.{k} says that officers on duty in district {k} shall record each contact,",
            "keep the notes with the case file, and give a copy to the person when they ask for it,",
            "unless a supervisor decides that doing so would put an investigation at risk.",
        ]
    )
    for n in (1, 2, 3, 4, 5, 6)
    for k in range(1, 6)
]


def two_column_pdf() -> bytes:
    """Clauses set in two columns, with a full-width running header and footer."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    buffer = io.BytesIO()
    width, height = LETTER
    gap = 0.4 * inch
    column = (width - 2 * inch - gap) / 2
    frames = [
        Frame(inch, inch, column, height - 2 * inch, id="left"),
        Frame(inch + column + gap, inch, column, height - 2 * inch, id="right"),
    ]

    def decorate(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(inch, height - 0.5 * inch, "Two-column test manual (generated for the tests)")  # type: ignore[attr-defined]
        canvas.drawRightString(width - inch, 0.5 * inch, f"Page {canvas.getPageNumber()}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = BaseDocTemplate(buffer, pagesize=LETTER, invariant=1)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=decorate)])
    style = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5, spaceAfter=8)
    doc.build([Paragraph(text, style) for text in TWO_COLUMN_CLAUSES])
    return buffer.getvalue()


FAKE_BOLD_LINES = [
    "1. Scope",
    "Officers will not ask any person about their immigration status.",
    "2. Records",
    "Records of every stop are kept for seven years.",
]


def fake_bold_pdf() -> bytes:
    """Every line drawn twice, a fraction of a point apart — how some tools fake bold type."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    y = 760.0
    for text in FAKE_BOLD_LINES:
        for dx in (0.0, 0.25):
            c.drawString(72 + dx, y, text)
        y -= 28
    c.showPage()
    c.save()
    return buffer.getvalue()


TABLE_ROWS = [
    ("Term", "Definition"),
    ("Detainer", "A request from ICE to hold a person beyond their release date."),
    ("Administrative warrant", "A warrant signed by an immigration officer, not by a judge."),
    ("Commander", "The officer in charge of the shift, or the on-call lieutenant."),
]


def table_pdf() -> bytes:
    """A paragraph, a ruled table with a header row, and a paragraph after it."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    buffer = io.BytesIO()
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
    table = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in TABLE_ROWS], colWidths=[150, 300])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, invariant=1)
    doc.build(
        [
            Paragraph("1. Definitions", body),
            Paragraph("These words have the following meanings in this order.", body),
            table,
            Paragraph("2. Scope", body),
        ]
    )
    return buffer.getvalue()


# each line: segments of (text, mark) with mark "" (kept), "del" (struck through) or "ins" (underlined)
REDLINE_PDF = [
    [("1. Scope", "")],
    [
        ("Officers ", ""),
        ("shall", "del"),
        (" ", ""),
        ("may not", "ins"),
        (" ask about immigration status.", ""),
    ],
    [("Officers will honor every detainer request from ICE.", "del")],
    [("A commander must approve any contact with ICE.", "ins")],
    [("Records are kept for seven years.", "")],
]


def redline_expected(view: str) -> list[str]:
    drop = "ins" if view == "old" else "del"
    lines = ["".join(t for t, m in line if m != drop) for line in REDLINE_PDF]
    return [" ".join(line.split()) for line in lines if line.strip()]


def redline_pdf(*, underline_only: bool = False, colour_only: bool = False) -> bytes:
    """A draft with deletions struck through and insertions underlined (drawn lines), or marked
    only by colour (red deleted, blue inserted)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    y = 740.0
    for line in REDLINE_PDF:
        x = 72.0
        for text, mark in line:
            if underline_only and mark == "del":
                continue
            c.setFont("Times-Roman", 12)
            if colour_only:
                c.setFillColorRGB(*{"del": (0.85, 0, 0), "ins": (0, 0, 0.8)}.get(mark, (0, 0, 0)))
            c.drawString(x, y, text)
            width = stringWidth(text, "Times-Roman", 12)
            if colour_only:
                pass
            elif mark == "del":
                c.line(x, y + 4, x + width, y + 4)
            elif mark == "ins":
                c.line(x, y - 1.5, x + width, y - 1.5)
            x += width
        y -= 30
    c.showPage()
    c.save()
    return buffer.getvalue()


ROTATED_LINES = [
    "1. Scope",
    "Officers will not ask any person about their immigration status.",
    "2. Records",
    "Records of every stop are kept for seven years.",
]


def rotated_pdf() -> bytes:
    """A landscape page stored the way scanners and Word save it: a portrait page with /Rotate 90
    whose content is drawn turned, so that it displays upright."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    c.setPageRotation(90)
    width, _ = LETTER
    c.translate(width, 0)
    c.rotate(90)
    y = width - 72
    for text in ROTATED_LINES:
        c.drawString(72, y, text)
        y -= 28
    c.showPage()
    c.save()
    return buffer.getvalue()


def sideways_pdf(direction: str) -> bytes:
    """A portrait page whose text runs down ("down": turned clockwise, like a page with /Rotate 90
    drawn unturned) or up ("up": turned anticlockwise, like a landscape table on a portrait page)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    width, height = LETTER
    if direction == "down":
        c.translate(72, height - 72)
        c.rotate(-90)
    else:
        c.translate(width - 72, 72)
        c.rotate(90)
    y = 0.0
    for text in ROTATED_LINES:
        c.drawString(0, y, text)
        y -= 28
    c.showPage()
    c.save()
    return buffer.getvalue()
