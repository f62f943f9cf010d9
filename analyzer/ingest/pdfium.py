"""A page's characters through pypdfium2 (50-100x faster than pdfminer), in pdfplumber's shape.

pdfplumber spends nearly all its time in pdfminer parsing a page into objects; its line building
(``chars_to_textmap``) is cheap. So the fast path reads each character's text, box and font with
PDFium and hands them to that same line builder: the lines come out as pdfplumber makes them.
Boxes follow pdfminer's convention (a glyph box is one em high, from the baseline plus the font's
descent), so sizes, gaps and positions match the careful path to a fraction of a point.

The page's other content (drawn lines and rectangles, images) is only counted here: deciding
whether a page needs pdfplumber's layout reading (tables, strike-through, columns) is cheap, and
only those pages pay for pdfminer (see ``pdf.py``)."""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

_GENERATED_BREAKS = {"\r", "\n", "\x02", "\ufffe", "\x00"}
_FONT_NAME_BYTES = 256
_SPACE_EM = 0.1  # narrower than this share of the font size, a gap PDFium marks is no word space
_THIN = 1.5  # a drawn path thinner than this (pt) is a rule: a strike-through, an underline, a table line


@dataclass(frozen=True)
class PageFacts:
    """What one page holds, as PDFium sees it: its characters (pdfplumber-style dicts) and counts
    of the other objects that decide how carefully the page must be read."""

    chars: list[dict[str, Any]]
    width: float
    height: float
    paths: int
    """Drawn lines, rectangles and curves anywhere on the page."""
    table_edges: int
    """Vertical edges beside text, as a ruled table has: thin vertical rules crossing a line of
    text's height, and rectangles framing text (two edges each). Underlines and other horizontal
    rules do not count (they change no reading outside a redlined draft)."""
    images: int
    rotated: bool
    """The page has a /Rotate, or a crop box not at the origin: positions need pdfplumber."""


def _font_name(textpage: Any, index: int, buffer: Any, flags: Any) -> str:
    size = raw.FPDFText_GetFontInfo(textpage, index, buffer, _FONT_NAME_BYTES, flags)
    if size <= 0:
        return ""
    return bytes(buffer.raw[: max(0, min(size, _FONT_NAME_BYTES) - 1)]).decode("utf-8", "replace")


def _descent(textpage: Any, index: int, size: float, cache: dict[int, float]) -> float:
    """The font's descent (a negative number of points) at this size, as pdfminer places a glyph box."""
    obj = raw.FPDFText_GetTextObject(textpage, index)
    key = ctypes.cast(obj, ctypes.c_void_p).value or 0
    per_point = cache.get(key)
    if per_point is None:
        per_point = -0.2
        font = raw.FPDFTextObj_GetFont(obj) if obj else None
        if font:
            out = ctypes.c_float()
            if raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(out)):
                per_point = float(out.value) / 1000.0
        cache[key] = per_point
    return per_point * size


def _char(
    text: str, x0: float, x1: float, top: float, bottom: float, size: float, fontname: str, upright: bool
) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "size": size, "fontname": fontname,
            "upright": upright, "object_type": "char"}  # fmt: skip


def _advance(
    obj: Any, code: int, scale: float, loose: float, cache: dict[tuple[int, int], float], key: int
) -> float:
    """A glyph's advance width in points (pdfminer's char box), or PDFium's loose box width where
    the font cannot say or says something implausible (a CID font looked up by Unicode)."""
    per_unit = cache.get((key, code))
    if per_unit is None:
        per_unit = -1.0
        font = raw.FPDFTextObj_GetFont(obj) if obj else None
        out = ctypes.c_float()
        if font and raw.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(1.0), ctypes.byref(out)):
            per_unit = float(out.value)
        cache[(key, code)] = per_unit
    width = per_unit * scale
    if per_unit <= 0 or loose <= 0 or not 0.5 * loose <= width <= 1.5 * loose + 0.5:
        return max(0.0, loose)
    return width


def _break_after_last(chars: list[dict[str, Any]], x0: float, baseline: float, size: float) -> None:
    """A word-breaking space after the last glyph, unless the next glyph (at ``x0``, on
    ``baseline``) follows it on the same line closer than a space's width."""
    last = chars[-1]
    if last["text"].isspace():
        return
    same_line = (
        abs((last["bottom"] - last["top"]) - size) < 0.5 and last["top"] <= baseline <= last["bottom"] + 1
    )
    if same_line and x0 - last["x1"] < _SPACE_EM * size:
        return
    chars.append(_char(" ", last["x1"], last["x1"], last["top"], last["bottom"],
                       last["size"], last["fontname"], last["upright"]))  # fmt: skip


def page_chars(page: Any, height: float) -> list[dict[str, Any]]:
    """Every character drawn on the page (PDFium's generated spaces and line breaks left out),
    with pdfplumber's keys: text, x0, x1, top, bottom, doctop, width, height, size, fontname,
    upright, non_stroking_color."""
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        count = raw.FPDFText_CountChars(tp)
        chars: list[dict[str, Any]] = []
        box = raw.FS_RECTF()
        matrix = raw.FS_MATRIX()
        x, y = ctypes.c_double(), ctypes.c_double()
        buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        flags = ctypes.c_int()
        descents: dict[int, float] = {}
        fonts: dict[int, str] = {}
        widths: dict[tuple[int, int], float] = {}
        pending = False
        for i in range(count):
            code = raw.FPDFText_GetUnicode(tp, i)
            text = chr(code) if 0 < code < 0x110000 else ""
            if raw.FPDFText_IsGenerated(tp, i):
                # PDFium puts a space or a line break where the PDF's spacing or a change of text
                # object separates words (and sometimes drops the drawn space glyph there); it is
                # kept as a space right after the last glyph, unless the next glyph follows on
                # the same line with no room for a space between them
                pending = pending or bool(chars)
                continue
            if text in _GENERATED_BREAKS or not text:
                if text != "\x02":
                    continue
                text = "-"  # a hyphen PDFium took for a line-end soft hyphen
            raw.FPDFText_GetMatrix(tp, i, matrix)  # the text and page matrices scale the font size
            font_size = float(raw.FPDFText_GetFontSize(tp, i))
            size = font_size * math.hypot(matrix.c, matrix.d)
            raw.FPDFText_GetLooseCharBox(tp, i, box)
            raw.FPDFText_GetCharOrigin(tp, i, x, y)
            upright = abs(matrix.b) < 1e-6 and abs(matrix.c) < 1e-6 and matrix.a > 0 and matrix.d > 0
            obj = raw.FPDFText_GetTextObject(tp, i)
            key = ctypes.cast(obj, ctypes.c_void_p).value or 0
            fontname = fonts.get(key)
            if fontname is None:
                fontname = fonts[key] = _font_name(tp, i, buffer, flags)
            if pending:
                _break_after_last(chars, float(x.value), height - float(y.value), size)
                pending = False
            if upright:
                bottom = height - (float(y.value) + _descent(tp, i, size, descents))
                top = bottom - size
                x0 = float(x.value)
                x1 = x0 + _advance(obj, code, font_size * matrix.a, float(box.right) - x0, widths, key)
            else:  # sideways text: PDFium's loose box; the careful path turns such pages upright
                top, bottom = height - float(box.top), height - float(box.bottom)
                x0, x1 = float(box.left), float(box.right)
            chars.append(_char(text, x0, x1, top, bottom, size, fontname, upright))
        return chars
    finally:
        textpage.close()


def _objects(page: Any, height: float, chars: list[dict[str, Any]]) -> tuple[int, int, int]:
    """Counts of drawn paths, vertical table edges beside text, and images."""
    paths = edges = images = 0
    boxes = [(c["x0"], c["x1"], c["top"], c["bottom"]) for c in chars if not str(c["text"]).isspace()]
    for obj in page.get_objects(max_depth=4):
        kind = obj.type
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
            left, bottom, right, top = obj.get_bounds()
            y0, y1 = height - top, height - bottom
            if right - left < _THIN and y1 - y0 >= _THIN and _beside_text(left, right, y0, y1, boxes):
                edges += 1
            elif min(right - left, y1 - y0) >= _THIN and _frames_text(left, right, y0, y1, boxes):
                edges += 2
    return paths, edges, images


def _beside_text(
    left: float, right: float, top: float, bottom: float, boxes: list[tuple[float, float, float, float]]
) -> bool:
    """A vertical rule that spans the height of some character within 20 pt of it (a cell border)."""
    for x0, x1, ctop, cbottom in boxes:
        if top <= ctop and cbottom <= bottom and (left - 20 <= x1 and x0 <= right + 20):
            return True
    return False


def _frames_text(
    left: float, right: float, top: float, bottom: float, boxes: list[tuple[float, float, float, float]]
) -> bool:
    """A rectangle (filled cell or box) around some text: the page may be a table."""
    inside = 0
    for x0, x1, ctop, cbottom in boxes:
        if left <= x0 and x1 <= right and top <= ctop and cbottom <= bottom:
            inside += 1
            if inside >= 2:
                return True
    return False


def read_facts(pdf: Any, index: int) -> PageFacts:
    """One page's characters and object counts (0-based ``index``); the page is closed after."""
    page = pdf[index]
    try:
        width, height = (float(v) for v in page.get_size())
        crop = page.get_cropbox()
        rotated = bool(page.get_rotation()) or abs(crop[0]) > 0.01 or abs(crop[1]) > 0.01
        chars = page_chars(page, height)
        paths, edges, images = _objects(page, height, chars)
    finally:
        page.close()
    return PageFacts(chars, width, height, paths, edges, images, rotated)


def open_pdf(data: bytes) -> Any:
    """A PDFium document over the bytes (errors are classified by the caller)."""
    return pdfium.PdfDocument(data)
