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

import bisect
import ctypes
import functools
import math
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .lines import BOTTOM, SIZE, TEXT, TOP, UPRIGHT, X1, Glyph, char_dict

_MAYBE_GENERATED = {0x20, 0x0D, 0x0A, 0x02, 0xFFFE}  # what PDFium's generated characters are
_BREAK_CODES = {0x0D, 0x0A, 0xFFFE}  # line breaks PDFium put in the text, not drawn (0x02: see below)
_FONT_NAME_BYTES = 256
_SPACE_EM = 0.1  # narrower than this share of the font size, a gap PDFium marks is no word space
_THIN = 1.5  # a drawn path thinner than this (pt) is a rule: a strike-through, an underline, a table line


@dataclass(frozen=True)
class PageFacts:
    """What one page holds, as PDFium sees it: its characters (``Glyph`` tuples; ``chars`` gives
    pdfplumber's dicts) and counts of the other objects that decide how carefully the page must
    be read."""

    glyphs: list[Glyph]
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
    rules: list[dict[str, Any]] = field(default_factory=list)
    """Where the page may hold a ruled table (``table_edges`` ≥ 2, upright): its drawn lines as
    pdfplumber's edges (``page_edges``), for pdfplumber's table finder."""

    @functools.cached_property
    def chars(self) -> list[dict[str, Any]]:
        """The characters as pdfplumber's dicts (for its table finder and line builder)."""
        return [char_dict(glyph) for glyph in self.glyphs]


def _font_name(textpage: Any, index: int, buffer: Any, flags: Any) -> str:
    size = raw.FPDFText_GetFontInfo(textpage, index, buffer, _FONT_NAME_BYTES, flags)
    if size <= 0:
        return ""
    return bytes(buffer.raw[: max(0, min(size, _FONT_NAME_BYTES) - 1)]).decode("utf-8", "replace")


def _advance(obj: int, code: int, scale: float, loose: float) -> float:
    """A glyph's advance width per point of ``scale`` (pdfminer's char box is that wide), or -1
    where the font cannot say or says something implausible against PDFium's loose box (a CID
    font looked up by Unicode): the loose box is used then."""
    font = raw.FPDFTextObj_GetFont(ctypes.cast(obj, raw.FPDF_PAGEOBJECT)) if obj else None
    out = ctypes.c_float()
    if not font or not raw.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(1.0), ctypes.byref(out)):
        return -1.0
    per_unit = float(out.value)
    width = per_unit * scale
    if per_unit <= 0 or loose <= 0 or not 0.5 * loose <= width <= 1.5 * loose + 0.5:
        return -1.0
    return per_unit


def _break_after_last(
    chars: list[Glyph], x0: float, baseline: float, size: float, drawn: bool = False
) -> None:
    """A word-breaking space after the last glyph, unless the next glyph (at ``x0``, on
    ``baseline``) follows it on the same line closer than a space's width and no space glyph was
    ``drawn`` there (a space set as a text object of its own, which PDFium leaves out)."""
    last = chars[-1]
    if last[TEXT].isspace():
        return
    same_line = abs(last[SIZE] - size) < 0.5 and last[TOP] <= baseline <= last[BOTTOM] + 1
    if same_line and x0 - last[X1] < _SPACE_EM * size and not drawn:
        return
    chars.append((" ", last[X1], last[X1], last[TOP], last[BOTTOM], last[SIZE], last[6], last[UPRIGHT]))


def _all_codes(tp: Any, tpp: int | None, count: int) -> list[int]:
    """Every character's code, in one call for the page where PDFium's UTF-16 text has one unit a
    character (no character outside the Basic Multilingual Plane); else one call a character."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units = memoryview(buffer.raw).cast("H")[: max(0, written - 1)].tolist() if written > 0 else []
    if len(units) != count or (units and max(units) >= 0xD800 and any(0xD800 <= u < 0xE000 for u in units)):
        return [_GET_UNICODE(tpp, i) for i in range(count)]
    return units


def _space_objects(
    texts: list[int], objects: list[int], codes: list[int], tpp: int, height: float
) -> list[tuple[float, float]]:
    """Where the page draws a text object holding nothing but a space (left edge, baseline from
    the top). PDFium leaves such objects out of its text, and some generators set the space
    between two words, or between a word and a bold one, as an object of its own.

    An object that some character of the text page belongs to has text (PDFium's
    ``FPDFTextObj_GetText`` joins exactly those characters); only the others are asked, as that
    call walks every character of the page each time."""
    having = {obj for obj, code in zip(objects, codes, strict=True) if code}
    out: list[tuple[float, float]] = []
    for obj in texts:
        if obj not in having and _TEXT_OF_OBJECT(obj, tpp, None, 0) <= 2:  # the terminator alone
            left, bottom, _, _ = _bounds(obj)
            out.append((left, height - bottom))
    return out


def _bounds(obj: int) -> tuple[float, float, float, float]:
    """An object's left, bottom, right and top in PDF page space (pypdfium2's ``get_bounds``)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not _GET_BOUNDS(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)):
        raise pdfium.PdfiumError("Failed to locate pageobject.")
    return (left.value, bottom.value, right.value, top.value)


class _Spaces:
    """Space objects (``_space_objects``) sorted by x, to ask for one in a box quickly: some PDFs
    set every space as an object of its own, and every change of text object asks."""

    def __init__(self, spaces: list[tuple[float, float]]) -> None:
        # a NaN coordinate is in no box (every comparison with it is false)
        self.spaces = sorted((x, y) for x, y in spaces if not (math.isnan(x) or math.isnan(y)))
        self.xs = [x for x, _ in self.spaces]

    def between(self, x0: float, x1: float, top: float, bottom: float) -> bool:
        """Whether a space object stands with x0 <= x <= x1 and top <= y <= bottom."""
        if not x0 <= x1:  # an empty box, or a NaN edge
            return False
        spaces, xs = self.spaces, self.xs
        for k in range(bisect.bisect_left(xs, x0), bisect.bisect_right(xs, x1)):
            if top <= spaces[k][1] <= bottom:
                return True
        return False


@dataclass(frozen=True)
class _Objects:
    """A page's objects (forms opened to the depth pypdfium2's ``get_objects(max_depth=4)`` goes),
    as PDFium's addresses, in content order: text objects, drawn paths, and a count of images."""

    texts: list[int]
    paths: list[int]
    images: int


def _walk(page: Any) -> _Objects:
    texts: list[int] = []
    paths: list[int] = []
    images = 0

    def visit(parent: int, count: int, get: Any, level: int) -> None:
        nonlocal images
        if count < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        for index in range(count):
            obj = get(parent, index)
            if not obj:
                raise pdfium.PdfiumError("Failed to get pageobject.")
            kind = _OBJECT_TYPE(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                texts.append(obj)
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                paths.append(obj)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
            elif kind == raw.FPDF_PAGEOBJ_FORM and level < _MAX_DEPTH - 1:
                visit(obj, _FORM_COUNT(obj), _FORM_OBJECT, level + 1)

    address = ctypes.cast(page.raw, ctypes.c_void_p).value or 0
    visit(address, raw.FPDFPage_CountObjects(page.raw), _PAGE_OBJECT, 0)
    return _Objects(texts, paths, images)


def _fast(function: Any, restype: Any, *argtypes: Any) -> Any:
    """The same PDFium function, called with plain pointers (ints): the generated bindings'
    pointer types cost more per call than the call itself, and a page has thousands of chars."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _untyped(function: Any, restype: Any) -> Any:
    """The same PDFium function without declared arguments: ctypes passes Python ints as C ints
    and ``byref`` objects as pointers without checking them (a pointer must come as ``c_void_p``)."""
    fast = _fast(function, restype)
    fast.argtypes = None
    return fast


_VP, _INT, _FP = ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)
_GET_UNICODE = _fast(raw.FPDFText_GetUnicode, ctypes.c_uint, _VP, _INT)
_IS_GENERATED = _untyped(raw.FPDFText_IsGenerated, _INT)
_GET_OBJECT = _untyped(raw.FPDFText_GetTextObject, ctypes.c_size_t)  # the address, 0 for none
_GET_ORIGIN = _untyped(raw.FPDFText_GetCharOrigin, _INT)
_GET_FONT = _fast(raw.FPDFTextObj_GetFont, _VP, _VP)
_TEXT_OF_OBJECT = _fast(raw.FPDFTextObj_GetText, ctypes.c_ulong, _VP, _VP, _VP, ctypes.c_ulong)
_GET_BOUNDS = _fast(raw.FPDFPageObj_GetBounds, _INT, _VP, _FP, _FP, _FP, _FP)
_OBJECT_TYPE = _fast(raw.FPDFPageObj_GetType, _INT, _VP)
_PAGE_OBJECT = _fast(raw.FPDFPage_GetObject, _VP, _VP, _INT)
_FORM_COUNT = _fast(raw.FPDFFormObj_CountObjects, _INT, _VP)
_FORM_OBJECT = _fast(raw.FPDFFormObj_GetObject, _VP, _VP, ctypes.c_ulong)
_MAX_DEPTH = 4
"""Forms within forms are opened to this depth (as ``get_objects(max_depth=4)`` did)."""


@dataclass(frozen=True)
class _Run:
    """What all characters of one text object share."""

    size: float
    font_size: float
    hscale: float
    fontname: str
    descent: float
    upright: bool
    font: int
    """The font's address: advance widths are kept per font and character."""


def _run(tp: Any, index: int, obj: int, fonts: dict[int, tuple[str, float]]) -> _Run:
    """What the characters of text object ``obj`` (its first character at ``index``) share; a
    font's name and descent are looked up once per page in ``fonts``."""
    matrix = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(tp, index, matrix)  # the text and page matrices scale the font size
    font_size = float(raw.FPDFText_GetFontSize(tp, index))
    size = font_size * math.hypot(matrix.c, matrix.d)
    font = (_GET_FONT(obj) or 0) if obj else 0
    known = fonts.get(font) if font else None
    if known is None:
        buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        fontname = _font_name(tp, index, buffer, ctypes.c_int())
        per_point = -0.2
        if font:
            out = ctypes.c_float()
            handle = ctypes.cast(font, raw.FPDF_FONT)
            if raw.FPDFFont_GetDescent(handle, ctypes.c_float(1000.0), ctypes.byref(out)):
                per_point = float(out.value) / 1000.0
            fonts[font] = (fontname, per_point)
    else:
        fontname, per_point = known
    upright = abs(matrix.b) < 1e-6 and abs(matrix.c) < 1e-6 and matrix.a > 0 and matrix.d > 0
    return _Run(size, font_size, font_size * matrix.a, fontname, per_point * size, upright, font)


def page_chars(page: Any, height: float) -> list[dict[str, Any]]:
    """Every character drawn on the page as pdfplumber's dicts (``page_glyphs``)."""
    return [char_dict(glyph) for glyph in page_glyphs(page, height)]


def page_glyphs(page: Any, height: float, objects: _Objects | None = None) -> list[Glyph]:
    """Every character drawn on the page: text, x0, x1, top, bottom, size, fontname, upright
    (pdfplumber's values, as a ``Glyph`` tuple). PDFium's generated spaces and line breaks
    become one word-breaking space (see ``_break_after_last``). ``objects``: the page's objects
    (``_walk``), when the caller has them.

    The loop runs for every character of every page, so what all characters of one text object
    share (``_Run``: size, font, descent, advance widths) is looked up once per object, not per
    character, and PDFium is called through plain pointers (``_fast``, ``_untyped``)."""
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        tpp = ctypes.cast(tp, ctypes.c_void_p).value or 0
        count = raw.FPDFText_CountChars(tp)
        chars: list[Glyph] = []
        append = chars.append
        box = raw.FS_RECTF()
        origin = (ctypes.c_double * 2)()
        px, py = ctypes.byref(origin), ctypes.byref(origin, 8)
        ox_oy = memoryview(origin).cast("B").cast("d")
        get_origin, textpage_pointer = _GET_ORIGIN, ctypes.c_void_p(tpp)
        is_generated, maybe_generated, breaks = _IS_GENERATED, _MAYBE_GENERATED, _BREAK_CODES
        runs: dict[int, _Run] = {}
        fonts: dict[int, tuple[str, float]] = {}
        widths_by_font: dict[int, dict[int, float]] = {}
        pending = False
        last_obj: int | None = None
        char_obj = 0  # the text object of the last character kept
        spaces: _Spaces | None = None
        run: _Run | None = None
        size = descent = hscale = 0.0
        fontname = ""
        upright = True
        widths: dict[int, float] = {}
        codes = _all_codes(tp, tpp, count)
        get_object = _GET_OBJECT
        object_of = [get_object(textpage_pointer, i) for i in range(count)]
        for i, code, obj in zip(range(count), codes, object_of, strict=True):
            if code in maybe_generated:
                if is_generated(textpage_pointer, i):
                    # PDFium puts a space or a line break where the PDF's spacing or a change of
                    # text object separates words (and sometimes drops the drawn space glyph there)
                    pending = pending or bool(chars)
                    continue
                if code == 0x02:
                    text = "-"  # a hyphen PDFium took for a line-end soft hyphen
                elif code in breaks:
                    continue
                else:
                    text = chr(code)
            elif 0 < code < 0x110000:
                text = chr(code)
            else:
                continue
            if obj != last_obj or run is None:
                run = runs.get(obj)
                if run is None:
                    run = runs[obj] = _run(tp, i, obj, fonts)
                last_obj = obj
                size, descent, hscale, fontname, upright = (
                    run.size,
                    run.descent,
                    run.hscale,
                    run.fontname,
                    run.upright,
                )
                widths = widths_by_font.setdefault(run.font, {})
            get_origin(textpage_pointer, i, px, py)
            ox, oy = ox_oy[0], ox_oy[1]
            if obj != char_obj and chars:
                if spaces is None:
                    texts = (objects if objects is not None else _walk(page)).texts
                    spaces = _Spaces(_space_objects(texts, object_of, codes, tpp, height))
                last = chars[-1]
                drawn = spaces.between(last[X1] - 1, ox + 1, last[TOP], last[BOTTOM] + 1)
                if pending or drawn:
                    _break_after_last(chars, ox, height - oy, size, drawn)
                    pending = False
            elif pending:
                _break_after_last(chars, ox, height - oy, size, False)
                pending = False
            char_obj = obj
            if upright:
                bottom = height - (oy + descent)
                top = bottom - size
                per_unit = widths.get(code)
                if per_unit is None or per_unit < 0:
                    raw.FPDFText_GetLooseCharBox(tp, i, box)
                    loose = float(box.right) - ox
                    if per_unit is None:
                        per_unit = widths[code] = _advance(obj, code, hscale, loose)
                    width = loose if per_unit < 0 else per_unit * hscale
                else:
                    width = per_unit * hscale
                append((text, ox, ox + width, top, bottom, size, fontname, True))
            else:  # sideways text: PDFium's loose box; such pages are read by pdfplumber
                raw.FPDFText_GetLooseCharBox(tp, i, box)
                top, bottom = height - float(box.top), height - float(box.bottom)
                append((text, float(box.left), float(box.right), top, bottom, size, fontname, False))
        return chars
    finally:
        textpage.close()


def _objects(
    page: Any, height: float, chars: list[Glyph], objects: _Objects | None = None
) -> tuple[int, int, int]:
    """Counts of drawn paths, vertical table edges beside text, and images."""
    walked = objects if objects is not None else _walk(page)
    edges = 0
    boxes: list[tuple[float, float, float, float]] = []
    if walked.paths:
        boxes = [(c[1], c[2], c[3], c[4]) for c in chars if not c[0].isspace()]  # x0, x1, top, bottom
    for obj in walked.paths:
        left, bottom, right, top = _bounds(obj)
        y0, y1 = height - top, height - bottom
        if right - left < _THIN and y1 - y0 >= _THIN and _beside_text(left, right, y0, y1, boxes):
            edges += 1
        elif min(right - left, y1 - y0) >= _THIN and _frames_text(left, right, y0, y1, boxes):
            edges += 2
    return len(walked.paths), edges, walked.images


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
        objects = _walk(page)
        chars = page_glyphs(page, height, objects)
        paths, edges, images = _objects(page, height, chars, objects)
        rules = page_edges(page, height) if edges >= 2 and not rotated else []
    finally:
        page.close()
    return PageFacts(chars, width, height, paths, edges, images, rotated, rules)


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(obj: Any, outer: Matrix) -> Matrix:
    """An object's matrix followed by its container's (a form's children are in the form's space)."""
    m = raw.FS_MATRIX()
    a, b, c, d, e, f = (m.a, m.b, m.c, m.d, m.e, m.f) if raw.FPDFPageObj_GetMatrix(obj, m) else _IDENTITY
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _subpaths(obj: Any, m: Matrix, height: float) -> list[tuple[str, list[tuple[float, float]]]]:
    """A path object's subpaths as pdfminer sees them: its shape ("m", "l", "c", "h" for moveto,
    lineto, a Bézier curve, close) and each segment's end point in page space (top-down)."""
    a, b, c, d, e, f = m
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[tuple[str, list[tuple[float, float]]]] = []
    shape, controls = "", 0
    points: list[tuple[float, float]] = []
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        px, py = float(x.value), float(y.value)
        point = (a * px + c * py + e, height - (b * px + d * py + f))
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO or not shape:
            if shape:
                out.append((shape, points))
            shape, points, controls = "m", [point], 0
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            controls += 1  # PDFium gives a curve as its two control points and its end point
            if controls % 3 == 0:
                shape, points = shape + "c", [*points, point]
        else:
            shape, points = shape + "l", [*points, point]
        if raw.FPDFPathSegment_GetClose(segment):
            shape, points = shape + "h", [*points, points[0]]
    if shape:
        out.append((shape, points))
    return out


def _edge(
    kind: str, x0: float, x1: float, top: float, bottom: float, orientation: str | None
) -> dict[str, Any]:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "doctop": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}  # fmt: skip


def _shape_edges(shape: str, points: list[tuple[float, float]]) -> list[dict[str, Any]]:
    """pdfplumber's edges of one painted subpath: pdfminer makes a line of "ml", a rectangle of an
    axis-aligned closed "mlllh", and a curve of anything else (one edge per segment)."""
    if len(shape) > 3 and shape.endswith("lh") and points[-2] == points[0]:
        shape, points = shape[:-2] + "h", [*points[:-2], points[-1]]
    if shape in ("ml", "mlh"):
        (x0, t0), (x1, t1) = points[0], points[1]
        return [_edge("line", min(x0, x1), max(x0, x1), min(t0, t1), max(t0, t1), "h" if t0 == t1 else "v")]
    if shape in ("mlllh", "mllll") and points[0] == points[4]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
        if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        ):
            left, right, top, bottom = min(x0, x2), max(x0, x2), min(y0, y2), max(y0, y2)
            return [
                _edge("rect_edge", left, right, top, top, "h"),
                _edge("rect_edge", left, right, bottom, bottom, "h"),
                _edge("rect_edge", left, left, top, bottom, "v"),
                _edge("rect_edge", right, right, top, bottom, "v"),
            ]
    return [
        _edge(
            "curve_edge",
            min(p[0], q[0]),
            max(p[0], q[0]),
            min(p[1], q[1]),
            max(p[1], q[1]),
            "v" if p[0] == q[0] else ("h" if p[1] == q[1] else None),
        )  # fmt: skip
        for p, q in zip(points, points[1:], strict=False)
    ]


def page_edges(page: Any, height: float) -> list[dict[str, Any]]:
    """The page's drawn lines, rectangles and curves as pdfplumber's ``page.edges`` (the same
    edges to a fifth of a point on the corpus's ruled tables; tests/test_readers.py), read
    from PDFium's path objects, forms included: pdfplumber's table finder needs nothing else."""
    out: list[dict[str, Any]] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()

    def walk(objects: list[Any], outer: Matrix) -> None:
        for obj in objects:
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                children = [
                    raw.FPDFFormObj_GetObject(obj, j) for j in range(raw.FPDFFormObj_CountObjects(obj))
                ]
                walk(children, _matrix(obj, outer))
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                raw.FPDFPath_GetDrawMode(obj, fill, stroke)
                if fill.value or stroke.value:  # a path neither filled nor stroked is not painted
                    for shape, points in _subpaths(obj, _matrix(obj, outer), height):
                        out.extend(_shape_edges(shape, points))

    walk([raw.FPDFPage_GetObject(page.raw, j) for j in range(raw.FPDFPage_CountObjects(page.raw))], _IDENTITY)
    order = {"line": 0, "rect_edge": 1, "curve_edge": 2}  # pdfplumber's order: lines, rectangles, curves
    return sorted(out, key=lambda edge: order[edge["object_type"]])


_GRAY = 8
"""Fill colours whose red, green and blue (0-255) differ by at most this much are gray."""


def plain_pages(pdf: Any, count: int) -> bool:
    """Whether the first ``count`` pages draw no paths (lines, rectangles, curves) at all and all
    their text is gray or black: then nothing on them can be struck through or underlined, and
    no text is marked by colour (pdfplumber's careful look at such pages finds no marks)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for index in range(min(count, len(pdf))):
        page = pdf[index]
        try:
            for obj in page.get_objects(max_depth=4):
                if obj.type == raw.FPDF_PAGEOBJ_PATH:
                    return False
                if obj.type != raw.FPDF_PAGEOBJ_TEXT:
                    continue
                if not raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a):
                    return False
                if max(r.value, g.value, b.value) - min(r.value, g.value, b.value) > _GRAY:
                    return False
        finally:
            page.close()
    return True


def open_pdf(data: bytes) -> Any:
    """A PDFium document over the bytes (errors are classified by the caller)."""
    return pdfium.PdfDocument(data)
