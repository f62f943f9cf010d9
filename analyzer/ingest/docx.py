"""Word (.docx) to lines: body paragraphs and table rows in order, with the list numbers that
Word computes at display time (stored as numbering definitions, not as text)."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import docx
from docx.oxml.ns import qn

from ..errors import CorruptFileError, EncryptedFileError, LimitExceededError
from ..models import Line, Notice, Page
from ..settings import CompareSettings

_HEADING_STYLE = re.compile(r"^(heading|title)\s*(\d*)$", re.IGNORECASE)


def _roman(n: int) -> str:
    table = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = ""
    for value, sym in table:
        while n >= value:
            out += sym
            n -= value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Counts list items the way Word displays them (decimal, letters, roman; %1.%2 level text)."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.findall(qn("w:abstractNum")):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in a.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                fmt_el, text_el, start_el = (lvl.find(qn(t)) for t in ("w:numFmt", "w:lvlText", "w:start"))
                fmt = fmt_el.get(qn("w:val"), "decimal") if fmt_el is not None else "decimal"
                text = text_el.get(qn("w:val"), "") if text_el is not None else ""
                start = int(start_el.get(qn("w:val"), "1")) if start_el is not None else 1
                lv[ilvl] = (fmt, text, start)
            abstract[a.get(qn("w:abstractNumId"), "")] = lv
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(qn("w:val"), ""), {}).items():
                self.levels[(num.get(qn("w:numId"), ""), ilvl)] = spec

    def label(self, num_id: str, ilvl: int) -> str | None:
        if (num_id, ilvl) not in self.levels:
            return None
        counters = self.counters.setdefault(num_id, [0] * 9)
        fmt, text, start = self.levels[(num_id, ilvl)]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "•"
        label = text
        for level in range(ilvl + 1):
            spec = self.levels.get((num_id, level))
            value = counters[level] or (spec[2] if spec else 1)
            label = label.replace(f"%{level + 1}", _format_number(value, spec[0] if spec else "decimal"))
        return label.strip() or None


def _style_numbering(document: Any) -> dict[str, Any]:
    """Paragraph styles that carry list numbering ("List Number"), following ``basedOn``."""
    try:
        styles = {el.get(qn("w:styleId")): el for el in document.styles.element.findall(qn("w:style"))}
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    found: dict[str, Any] = {}
    for style_id, el in styles.items():
        seen = set()
        current = el
        while current is not None and style_id not in found and current.get(qn("w:styleId")) not in seen:
            seen.add(current.get(qn("w:styleId")))
            num_pr = current.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                found[style_id] = num_pr
                break
            based = current.find(qn("w:basedOn"))
            current = styles.get(based.get(qn("w:val"))) if based is not None else None
    return found


def _check_zip(data: bytes, filename: str, limit: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise CorruptFileError(
            "This Word file could not be read",
            cause="the file is damaged or incomplete",
            fix="Open it in Word or LibreOffice and save it again as .docx",
            filename=filename,
        ) from exc
    if total > limit:
        raise LimitExceededError(
            f"This Word file would unpack to {total // (1024 * 1024)} MB",
            cause="it is far larger than any real document (possibly a 'zip bomb')",
            fix="Check where the file came from; if it is genuine, save it as PDF and upload that "
            "(or raise max_unpacked_bytes in the settings)",
            filename=filename,
        )


_INSERTED = ("w:ins", "w:moveTo")
_DELETED = ("w:del", "w:moveFrom")


def _paragraph_text(p: Any, view: str = "new") -> tuple[str, bool, int]:
    """The paragraph's text as it reads before (``view="old"``) or after (``"new"``) its tracked
    changes; whether it has any; and the page breaks before its first text."""
    parts: list[str] = []
    state = {"tracked": False, "breaks": 0}
    inserted = {qn(t) for t in _INSERTED}
    deleted = {qn(t) for t in _DELETED}

    def walk(el: Any, skip: bool) -> None:
        for child in el:
            tag = child.tag
            if tag in inserted or tag in deleted:
                if child.getparent() is not None and child.getparent().tag == qn("w:rPr"):
                    continue  # a mark on the paragraph sign or run properties, not text
                state["tracked"] = True
                walk(child, skip or (tag in inserted if view == "old" else tag in deleted))
                continue
            if skip:
                continue
            if tag == qn("w:t") or (tag == qn("w:delText") and view == "old"):
                parts.append(child.text or "")
            elif tag == qn("w:tab"):
                parts.append(" ")
            elif _is_page_break(child) and not "".join(parts).strip():
                state["breaks"] += 1
            walk(child, skip)

    walk(p, False)
    return "".join(parts), bool(state["tracked"]), int(state["breaks"])


def read_docx(
    data: bytes, *, filename: str, settings: CompareSettings, view: str | None = None
) -> tuple[list[Page], list[Notice]]:
    """Pages of lines. ``view`` "old" or "new" reads a file with tracked changes as it was before
    or after them (un-redlining); None reads it with the changes accepted, with a notice."""
    _check_zip(data, filename, settings.max_unpacked_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for damaged packages
        if b"EncryptedPackage" in data[:4096]:
            raise EncryptedFileError("This Word file is password-protected", filename=filename) from exc
        raise CorruptFileError(
            "This Word file could not be read",
            cause=f"the package is damaged ({type(exc).__name__})",
            fix="Open it in Word or LibreOffice and save it again as .docx",
            filename=filename,
        ) from exc
    numbering = _Numbering(document)
    style_numbering = _style_numbering(document)
    body = document.element.body
    page = 1
    lines: list[Line] = []
    tracked_any = False
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text, tracked, breaks = _paragraph_text(child, view or "new")
            tracked_any = tracked_any or tracked
            page += breaks
            ppr = child.pPr
            if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None and lines:
                page += 1
            if not text.strip():
                continue
            style = ""
            label = None
            if ppr is not None:
                style_el = ppr.find(qn("w:pStyle"))
                style = style_el.get(qn("w:val"), "") if style_el is not None else ""
                num_pr = ppr.find(qn("w:numPr"))
                if num_pr is None:
                    num_pr = style_numbering.get(style)
                if num_pr is not None:
                    num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
                    if num_id_el is not None:
                        ilvl = int(ilvl_el.get(qn("w:val"), "0")) if ilvl_el is not None else 0
                        label = numbering.label(num_id_el.get(qn("w:val"), ""), ilvl)
            m = _HEADING_STYLE.match(re.sub(r"(?<=[a-z])(?=\d)", " ", style))
            level = (int(m.group(2)) if m.group(2) else 1) if m else None
            runs = [
                r for r in child.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()
            ]
            bold = bool(runs) and all(r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None for r in runs)
            lines.append(
                Line(text=text, page=page, heading_level=level, label=label, bold=bold, block_start=True)
            )
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = []
                for cell in row.iter(qn("w:tc")):
                    cells.append(
                        " ".join(
                            _paragraph_text(p, view or "new")[0].strip() for p in cell.iter(qn("w:p"))
                        ).strip()
                    )
                text = " | ".join(c for c in cells if c)
                if text:
                    lines.append(Line(text=text, page=page, block_start=True))
    notices: list[Notice] = []
    if view is not None:
        notices.append(
            Notice(
                "redline_split" if tracked_any else "redline_none",
                "info" if tracked_any else "warning",
                f"{filename}: read as it was {'before' if view == 'old' else 'after'} its tracked changes."
                if tracked_any
                else f"{filename} has no tracked changes: its old and new versions are the same text.",
            )
        )
    elif tracked_any:
        notices.append(
            Notice(
                "tracked_changes",
                "warning",
                f"{filename} contains tracked changes; it was read with all changes accepted. "
                "To compare the text before and after the tracked changes, split the file first "
                "(python -m analyzer split-redline).",
            )
        )
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    last = max(pages) if pages else 1
    return [Page(n, "text", tuple(pages.get(n, ()))) for n in range(1, last + 1)], notices


def _is_page_break(el: Any) -> bool:
    """A rendered page break or an explicit one (`<w:br w:type="page"/>`)."""
    if el.tag == qn("w:lastRenderedPageBreak"):
        return True
    return bool(el.tag == qn("w:br") and el.get(qn("w:type")) == "page")
