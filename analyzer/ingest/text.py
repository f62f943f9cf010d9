"""Plain text and Markdown to lines. Form feeds separate pages; blank lines separate paragraphs."""

from __future__ import annotations

import re

from ..errors import UnsupportedFileError
from ..models import Line, Notice, Page

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def decode_text(data: bytes, filename: str) -> tuple[str, list[Notice]]:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16; fall back to Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
        even_zeros = sample[1::2].count(0) > sample[0::2].count(0)
        try:
            return data.decode("utf-16-le" if even_zeros else "utf-16-be"), []
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        notices: list[Notice] = []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        notices = [
            Notice(
                "encoding_fallback",
                "warning",
                f"{filename} is not valid UTF-8; it was read as Windows-1252 (Latin-1). "
                "Check accented letters against the original.",
            )
        ]
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(5, len(text[:20000]) // 100):
        raise UnsupportedFileError(
            "This file is not a document the tool can read",
            cause="it contains binary data, not text, and is not a PDF or Word file",
            fix="Upload the policy as PDF, Word (.docx), plain text (.txt) or Markdown (.md)",
            filename=filename,
        )
    return text, notices


def read_text(data: bytes, *, filename: str, markdown: bool) -> tuple[list[Page], list[Notice]]:
    text, notices = decode_text(data, filename)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[Page] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines: list[Line] = []
        blank_before = True
        for raw in chunk.split("\n"):
            if not raw.strip():
                blank_before = True
                continue
            level = None
            content = raw
            if markdown:
                m = _MD_HEADING.match(raw.strip())
                if m:
                    level, content = len(m.group(1)), m.group(2)
            lines.append(
                Line(
                    text=content,
                    page=number,
                    heading_level=level,
                    block_start=blank_before or level is not None,
                )
            )
            blank_before = level is not None
        pages.append(Page(number, "text", tuple(lines)))
    return pages, notices
