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
