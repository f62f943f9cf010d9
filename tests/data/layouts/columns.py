"""Column layouts made by two different generators, for the reading-order tests (see SOURCE.md:
all text here is invented for the tests). Run as a script to write them as PDFs:

    python tests/data/layouts/columns.py DIR

* ``reportlab``: reportlab's canvas, one ``drawString`` per line (its own text objects, fonts
  sized with ``Tf``): a narrow 10 pt gutter, columns of unequal length, full-width headings
  between column blocks.
* ``operators``: PDF content streams written by hand (a different generator's habits: one text
  object for the whole page, every font set at size 1 and scaled by the text matrix ``Tm``,
  words placed with ``TJ`` kerning arrays): two columns with an 8 pt gutter and three columns.

Each layout comes with the clauses it must read as, in reading order (one page: the running
header is not yet known to repeat, so it is read as the first clause)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = 612.0, 792.0
MARGIN = 54.0
HEADER = "Column layouts test manual (generated for the tests, invented text)"

_SUBJECTS = ["officers", "supervisors", "staff", "investigators", "the district commander"]
_ACTIONS = ["record each search", "keep the notes on file", "tell the person why", "ask for consent first"]


def clause(number: str, k: int, words: int = 34) -> str:
    """A numbered clause of invented policy text, different for each number."""
    subject = _SUBJECTS[k % len(_SUBJECTS)]
    action = _ACTIONS[k % len(_ACTIONS)]
    base = (
        f"Under clause {number} {subject} on duty in area {k} shall {action}, and shall write down "
        f"the reasons within {k + 2} days, unless a senior officer decides that doing so would put "
        "an investigation or a person at risk of harm."
    ).split()
    return f"{number} " + " ".join(base[:words])


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _column_lines(texts: list[str], width: float, size: float) -> list[tuple[str, bool]]:
    """Lines of the clauses, each clause's first line marked (a paragraph gap goes before it)."""
    out: list[tuple[str, bool]] = []
    for text in texts:
        for k, line in enumerate(wrap(text, "Times-Roman", size, width)):
            out.append((line, k == 0))
    return out


# ------------------------------------------------------------------------------- reportlab


def reportlab_blocks() -> list[tuple[str, list[list[str]]]]:
    """(full-width heading, clauses per column) blocks of the reportlab layout."""
    return [
        ("Part 1 Searching people", [[clause(f"1.{k}", k) for k in range(1, 6)], [clause("1.6", 6)]]),
        (
            "Part 2 Searching vehicles and places",
            [[clause(f"2.{k}", k, 20) for k in range(1, 3)], [clause(f"2.{k}", k, 40) for k in range(3, 6)]],
        ),
    ]


REPORTLAB_CLAUSES = [HEADER] + [
    text
    for heading, columns in reportlab_blocks()
    for text in [heading, *(t for col in columns for t in col)]
]


def reportlab_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    gutter, size, leading = 10.0, 10.0, 12.5
    column = (PAGE_W - 2 * MARGIN - gutter) / 2
    page.setFont("Helvetica", 8)
    page.drawString(MARGIN, PAGE_H - 36, HEADER)
    page.drawRightString(PAGE_W - MARGIN, 30, "Page 1 of 1")
    y = PAGE_H - 80
    for heading, columns in reportlab_blocks():
        page.setFont("Helvetica-Bold", 13)
        page.drawString(MARGIN, y, heading)
        y -= 24
        bottoms = []
        for c, texts in enumerate(columns):
            x = MARGIN + c * (column + gutter)
            yy = y
            page.setFont("Times-Roman", size)
            for n, (line, first) in enumerate(_column_lines(texts, column, size)):
                if first and n:
                    yy -= 6
                page.drawString(x, yy, line)
                yy -= leading
            bottoms.append(yy)
        y = min(bottoms) - 18
    page.showPage()
    page.save()
    return buffer.getvalue()


# ------------------------------------------------------------------------------- operators


def _pdf(content: bytes) -> bytes:
    """A one-page PDF around a content stream (Helvetica as F1, Times-Roman as F2)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def _tj(line: str) -> bytes:
    """A line as a TJ array: words as strings, each space as a kerning step (no space glyph)."""
    words = line.split(" ")
    parts = [b"(" + _escape(w) + b")" for w in words]
    return b"[" + b" -250 ".join(parts) + b"] TJ"


def _operators_page(columns: list[list[str]], gutter: float, heading: str) -> bytes:
    size, leading = 9.5, 12.0
    count = len(columns)
    column = (PAGE_W - 2 * MARGIN - (count - 1) * gutter) / count
    ops = [
        b"BT",
        b"/F1 1 Tf",
        b"8 0 0 8 %.2f %.2f Tm" % (MARGIN, PAGE_H - 36),
        b"(" + _escape(HEADER) + b") Tj",
    ]
    ops += [b"14 0 0 14 %.2f %.2f Tm" % (MARGIN, PAGE_H - 80), b"(" + _escape(heading) + b") Tj", b"/F2 1 Tf"]
    for c, texts in enumerate(columns):
        x = MARGIN + c * (column + gutter)
        y = PAGE_H - 104
        for n, (line, first) in enumerate(_column_lines(texts, column, size)):
            if first and n:
                y -= 5
            # a space drawn as a 250/1000 em kerning step is narrower than the glyph: keep the
            # line inside its column by measuring it as typeset
            ops += [b"%.2f 0 0 %.2f %.2f %.2f Tm" % (size, size, x, y), _tj(line)]
            y -= leading
    ops += [b"/F1 1 Tf", b"8 0 0 8 %.2f 30 Tm" % (PAGE_W - MARGIN - 40), b"(Page 1) Tj", b"ET"]
    return _pdf(b"\n".join(ops))


def operators_columns(count: int) -> tuple[str, list[list[str]]]:
    if count == 2:
        return "Part 3 Warrants", [
            [clause(f"3.{k}", k) for k in range(1, 5)],
            [clause(f"3.{k}", k, 22) for k in (5, 6)],
        ]
    return "Part 4 Records", [
        [clause(f"4.{k}", k, 24) for k in range(3 * c + 1, 3 * c + 4)] for c in range(3)
    ]


def operators_pdf(count: int) -> bytes:
    heading, columns = operators_columns(count)
    return _operators_page(columns, 8.0 if count == 2 else 14.0, heading)


def operators_clauses(count: int) -> list[str]:
    heading, columns = operators_columns(count)
    return [HEADER, heading, *(t for col in columns for t in col)]


LAYOUTS = {
    "reportlab-narrow-unequal-headings": (reportlab_pdf, REPORTLAB_CLAUSES),
    "operators-two-columns-8pt": (lambda: operators_pdf(2), operators_clauses(2)),
    "operators-three-columns": (lambda: operators_pdf(3), operators_clauses(3)),
}


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, (make, _) in LAYOUTS.items():
        (out / f"{name}.pdf").write_bytes(make())
