"""PDF pages to lines with positions, through pdfplumber."""

from __future__ import annotations

import contextlib
import functools
import io
import multiprocessing
import os
import re
import resource
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from operator import itemgetter
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import chars_to_textmap

from ..errors import AnalyzerError, CorruptFileError, EncryptedFileError, LimitExceededError
from ..lifeline import submit, watch
from ..models import Line, Page
from ..settings import CompareSettings
from .columns import BAND, glyph_groups, reading_groups
from .lines import FONT, SIZE, TEXT, UPRIGHT, Glyph, char_dict, glyph_lines, glyphs_of
from .pdfium import PageFacts, open_pdf, plain_pages, read_facts

_BOLD_FONT = re.compile(r"(bold|black|heavy|semibold|demi|-b$|-bd$|,b$|bd$)", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1]
    return bool(_BOLD_FONT.search(name))


def _line_from(raw: dict[str, Any], page_number: int) -> Line:
    """A line of pdfplumber's (``chars``: its character dicts) as ours."""
    chars = [c for c in raw.get("chars", []) if not str(c.get("text", "")).isspace()]
    sizes = [float(c["size"]) for c in chars] or [float(raw.get("size", 0.0))]
    bold = bool(chars) and all(map(_is_bold, {str(c.get("fontname", "")) for c in chars}))
    return _line(raw, page_number, sizes, bold)


def _line_of_glyphs(raw: dict[str, Any], page_number: int) -> Line:
    """A line of ``glyph_lines`` (``chars``: its glyphs) as ours, as ``_line_from`` makes it."""
    glyphs = [g for g in raw["chars"] if not g[TEXT].isspace()]
    sizes = [float(g[SIZE]) for g in glyphs] or [0.0]
    bold = bool(glyphs) and all(map(_is_bold, {g[FONT] for g in glyphs}))
    return _line(raw, page_number, sizes, bold)


def _line(raw: dict[str, Any], page_number: int, sizes: list[float], bold: bool) -> Line:
    return Line(
        text=str(raw["text"]),
        page=page_number,
        x0=round(float(raw["x0"]), 2),
        x1=round(float(raw["x1"]), 2),
        top=round(float(raw["top"]), 2),
        bottom=round(float(raw["bottom"]), 2),
        size=round(statistics.median(sizes), 2),
        bold=bold,
        block_start=bool(raw.get("block_start", False)),
    )


def _has_doubled_chars(chars: list[dict[str, Any]]) -> bool:
    """Whether glyphs are drawn twice at (almost) the same spot, as some PDFs do for fake bold.

    pdfplumber's ``dedupe_chars`` fixes that but costs more than reading the page, so it runs
    only where this cheap count finds doubles."""
    seen: set[tuple[str, int, int]] = set()
    doubled = 0
    for c in chars:
        spot = (str(c.get("text")), round(float(c["x0"])), round(float(c["top"])))
        if spot in seen and not spot[0].isspace():
            doubled += 1
        seen.add(spot)
    return doubled > max(3, len(chars) // 50)


def _open(data: bytes, filename: str) -> Any:
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _classify(exc, filename) from exc
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _corrupt(filename, exc) from exc


def _classify(exc: BaseException, filename: str) -> Exception:
    inner = exc.args[0] if exc.args else exc
    if isinstance(inner, PDFPasswordIncorrect) or "password" in str(inner).lower():
        return EncryptedFileError(
            "This PDF is protected with a password",
            cause="its text cannot be read without the password",
            fix="Open it with the password in a PDF reader, save an unprotected copy, and upload that",
            filename=filename,
        )
    return _corrupt(filename, inner)


def _corrupt(filename: str, exc: BaseException) -> CorruptFileError:
    return CorruptFileError(
        "This PDF could not be read",
        cause=f"the file is damaged or incomplete ({type(exc).__name__})",
        fix="Download it again, or open it in a PDF reader and save or print it to a new PDF",
        filename=filename,
    )


def _count_pages(pdf: Any, filename: str, max_pages: int) -> int:
    try:
        count = len(pdf.pages)
    except PdfminerException as exc:
        raise _classify(exc, filename) from exc
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise _corrupt(filename, exc) from exc
    if count > max_pages:
        raise _too_long(count, max_pages, filename)
    return count


def _too_long(count: int, max_pages: int, filename: str) -> LimitExceededError:
    return LimitExceededError(
        f"This PDF has {count} pages, more than the limit of {max_pages}",
        cause="very long files are refused to keep the tool responsive",
        fix="Raise max_pages in the settings (CLI: --max-pages) or split the file",
        filename=filename,
    )


def _turned_upright(page: Any) -> list[dict[str, Any]] | None:
    """Lines of a page whose text runs sideways (down or up the page as displayed), read as if
    the page were turned to make it upright; None for an ordinary page."""
    chars = [c for c in page.chars if not str(c.get("text", "")).isspace()]
    sideways = [c for c in chars if not c.get("upright", True)]
    if len(sideways) < 20 or len(sideways) < 0.6 * len(chars):
        return None
    steps = [
        float(b["top"]) - float(a["top"])
        for a, b in zip(sideways, sideways[1:], strict=False)
        if abs(float(b["x0"]) - float(a["x0"])) < 2
    ]
    down = sum(1 for d in steps if d > 0) >= sum(1 for d in steps if d < 0)
    right = max(float(c["x1"]) for c in page.chars)
    low = max(float(c["bottom"]) for c in page.chars)
    turned = []
    for c in page.chars:
        if down:  # text runs down the page; its lines follow from right to left
            x0, x1, top, bottom = (
                float(c["top"]),
                float(c["bottom"]),
                right - float(c["x1"]),
                right - float(c["x0"]),
            )
        else:  # text runs up the page; its lines follow from left to right
            x0, x1, top, bottom = (
                low - float(c["bottom"]),
                low - float(c["top"]),
                float(c["x0"]),
                float(c["x1"]),
            )
        turned.append(
            {**c, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True,
             "width": x1 - x0, "height": bottom - top}
        )  # fmt: skip
    lines: list[dict[str, Any]] = chars_to_textmap(turned).extract_text_lines(strip=True, return_chars=True)
    return lines


class _RuledPage:
    """What pdfplumber's table finder reads of a page — its characters, edges and box — built
    from PDFium (``PageFacts.rules``), so a page with a ruled table needs no pdfminer parse."""

    def __init__(self, facts: PageFacts) -> None:
        self.chars = facts.chars
        self.edges = facts.rules
        self.bbox = (0.0, 0.0, facts.width, facts.height)
        self.rects = [e for e in facts.rules if e["object_type"] == "rect_edge"]
        self.lines = [e for e in facts.rules if e["object_type"] == "line"]

    def find_tables(self) -> list[Any]:
        return list(TableFinder(self, TableSettings.resolve(None)).tables)  # type: ignore[arg-type]


def _ruled_tables(page: Any) -> list[Any]:
    """Tables drawn with ruling lines, of at least two rows and two columns."""
    if not (page.rects or page.lines):  # finding tables costs as much as reading the page
        return []
    return [t for t in page.find_tables() if len(t.rows) >= 2 and len(t.rows[0].cells) >= 2]


def _with_table_rows(page: Any, tables: list[Any]) -> list[dict[str, Any]]:
    """The page's lines, with each row of a ruled table as one line of its own ("header: cell |
    header: cell"), so a table row becomes one clause with its column headings as context."""
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (float(obj["x0"]) + float(obj["x1"])) / 2, (float(obj["top"]) + float(obj["bottom"])) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    out = _text_lines([c for c in page.chars if outside(c)])
    for table in tables:
        cells = [[" ".join((c or "").split()) for c in row] for row in table.extract()]
        # a first row of short cells is a header row ("Term | Definition"); one with a sentence
        # in it is data, and the rows get no header context
        is_header = all(len(c.split()) <= 5 for c in cells[0]) and any(cells[0])
        header = cells[0] if is_header else [""] * len(cells[0])
        for k, (row, texts) in enumerate(zip(table.rows, cells, strict=False)):
            if k == 0 and is_header:
                text = " | ".join(c for c in header if c)
            else:
                text = " | ".join(f"{h}: {c}" if h else c for h, c in zip(header, texts, strict=False) if c)
            if not text:
                continue
            x0, top, x1, bottom = row.bbox
            out.append(
                {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "chars": [],
                 "size": 0.0, "block_start": True}
            )  # fmt: skip
    out.sort(key=lambda line: (round(float(line["top"]), 1), float(line["x0"])))
    return out


def _text_lines(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfplumber's own line building (what ``page.extract_text_lines`` does with a page's chars);
    both readers go through it, so the same characters make the same lines."""
    if not chars:
        return []
    lines: list[dict[str, Any]] = chars_to_textmap(chars).extract_text_lines(strip=True, return_chars=True)
    return lines


def _quick_text_lines(glyphs: list[Glyph]) -> list[dict[str, Any]]:
    """The same lines as ``_text_lines``, built without pdfplumber's general machinery (lines.py);
    each line's ``chars`` are its glyphs. (A sideways glyph, which the fast path never keeps,
    would send the group to pdfplumber's builder.)"""
    lines = glyph_lines(glyphs)
    if lines is None:
        lines = _text_lines([char_dict(g) for g in glyphs])
        for line in lines:
            line["chars"] = glyphs_of(line["chars"])
    return lines


LineBuilder = Callable[[list[dict[str, Any]]], list[dict[str, Any]]]


def _lines_by_columns(
    chars: list[dict[str, Any]],
    width: float,
    height: float,
    build: LineBuilder = _text_lines,
    band: float = BAND,
) -> list[dict[str, Any]]:
    """Text lines top to bottom; on a page set in columns, each column's lines in turn between
    full-width rows (columns.py; the header and footer bands are read full width)."""
    groups = reading_groups(chars, width, height, band)
    if groups is None:
        return build(chars)
    return [line for group in groups for line in build(group)]


def _glyph_lines_by_columns(
    glyphs: list[Glyph], width: float, height: float, band: float = BAND
) -> list[dict[str, Any]]:
    """``_lines_by_columns`` of the fast path's glyphs, with ``_quick_text_lines``."""
    groups = glyph_groups(glyphs, width, height, band)
    return [line for group in ([glyphs] if groups is None else groups) for line in _quick_text_lines(group)]


def _lines_in_reading_order(
    page: Any, width: float, height: float, band: float = BAND
) -> list[dict[str, Any]]:
    """A pdfplumber page's lines in reading order: turned upright if its text runs sideways, a
    ruled table's rows as lines of their own, columns one after the other."""
    turned = _turned_upright(page)
    if turned is not None:
        return turned
    tables = _ruled_tables(page)
    if tables:
        return _with_table_rows(page, tables)
    return _lines_by_columns(page.chars, width, height, band=band)


def _rgb(colour: Any) -> tuple[float, float, float] | None:
    """A fill colour as RGB (gray and CMYK converted), or None when it cannot be read."""
    if not isinstance(colour, (tuple, list)) or not colour:
        return None
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0], values[0], values[0]
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None


def _colour_marks(chars: list[dict[str, Any]]) -> tuple[set[int], set[int]]:
    """Without drawn lines, the usual redline colours: red text deleted, blue or green inserted.
    Only used when both colours occur, so a red heading alone is not taken for a deletion."""
    red: set[int] = set()
    other: set[int] = set()
    for k, c in enumerate(chars):
        rgb = _rgb(c.get("non_stroking_color"))
        if rgb is None or str(c.get("text", "")).isspace():
            continue
        r, g, b = rgb
        if r > 0.6 and g < 0.4 and b < 0.4:
            red.add(k)
        elif (b > 0.5 or g > 0.4) and r < 0.4:
            other.add(k)
    return (red, other) if red and other else (set(), set())


def _marks(page: Any) -> tuple[set[int], set[int]]:
    """Characters (by index in ``page.chars``) struck through and underlined: a thin horizontal
    line or rectangle across the middle of the glyph, or just under it."""
    segments = [
        (float(o["x0"]), float(o["x1"]), (float(o["top"]) + float(o["bottom"])) / 2)
        for o in [*page.lines, *page.rects]
        if abs(float(o["bottom"]) - float(o["top"])) < 1.5 and float(o["x1"]) - float(o["x0"]) > 2
    ]
    struck: set[int] = set()
    under: set[int] = set()
    if not segments:
        return _colour_marks(page.chars)
    for k, c in enumerate(page.chars):
        x = (float(c["x0"]) + float(c["x1"])) / 2
        top, bottom = float(c["top"]), float(c["bottom"])
        height = bottom - top
        for x0, x1, y in segments:
            if not x0 <= x <= x1:
                continue
            if top + 0.3 * height <= y <= bottom - 0.2 * height:
                struck.add(k)
            elif bottom - 0.2 * height < y <= bottom + 3:
                under.add(k)
    return struck, under


def _read_page(
    pdf: Any, index: int, filename: str, view: str | None = None, band: float = BAND
) -> tuple[Page, bool]:
    """One page's lines (with positions and fonts), and whether it carries images; then close it."""
    try:
        page = pdf.pages[index]
        clean = page.dedupe_chars() if _has_doubled_chars(page.chars) else page
        if view is not None:  # a redlined draft: drop what the view does not contain
            struck, under = _marks(clean)
            drop = under if view == "old" else struck
            ids = {id(c) for k, c in enumerate(clean.chars) if k in drop}
            clean = clean.filter(lambda obj: id(obj) not in ids)
        raw_lines = _lines_in_reading_order(clean, float(page.width), float(page.height), band)
        lines = tuple(_line_from(raw, index + 1) for raw in raw_lines if str(raw["text"]).strip())
        has_images = bool(page.images)
        out = Page(
            index + 1, "text", lines, width=float(page.width), height=float(page.height), reader="pdfplumber"
        )
        page.close()  # without this pdfplumber keeps every page's objects (MBs per page)
    except PdfminerException as exc:
        raise _classify(exc, filename) from exc
    except MemoryError:
        raise
    except Exception as exc:
        raise _corrupt(filename, exc) from exc
    return out, has_images


@contextlib.contextmanager
def _reading(filename: str) -> Iterator[None]:
    """Whatever a damaged file makes the PDF libraries raise, while opening, reading or closing it,
    becomes the clear message (pdfminer raises dozens of types; none of them is the user's fault)."""
    try:
        yield
    except AnalyzerError:
        raise
    except MemoryError as exc:
        raise _out_of_memory(filename) from exc
    except PdfminerException as exc:
        raise _classify(exc, filename) from exc
    except Exception as exc:
        raise _corrupt(filename, exc) from exc


def _close(pdf: Any) -> None:
    """Close a PDF without letting an error raised while closing (pdfplumber re-reads the page
    tree of a damaged file) replace the answer or the clear message already on its way."""
    with contextlib.suppress(Exception):
        pdf.close()


def count_marks(data: bytes, filename: str, pages: int | None = None) -> tuple[int, int]:
    """How many characters of a PDF (or of its first ``pages``) are struck through and
    underlined (in a worker process). The quick look at a file's first pages (is it a marked-up
    draft?) asks PDFium first: pages with no drawn lines and only gray text have no marks, and
    pdfplumber, which takes about a second for ten pages, is spared."""
    with _reading(filename):
        if pages is not None:
            document = open_pdf(data)
            try:
                if plain_pages(document, pages):
                    return 0, 0
            finally:
                _close(document)
        pdf = _open(data, filename)
        try:
            struck = under = 0
            for page in pdf.pages[:pages]:
                s, u = _marks(page)
                struck, under = struck + len(s), under + len(u)
                page.close()
            return struck, under
        finally:
            _close(pdf)


def redline_marks(
    data: bytes, *, filename: str, settings: CompareSettings, pages: int | None = None
) -> tuple[int, int]:
    pool = _pool(worker_count(settings), settings.worker_memory_mb)
    future = submit(pool, count_marks, data, filename, pages)
    marks: tuple[int, int] = future.result(timeout=settings.extract_timeout)
    return marks


def _needs_layout(facts: PageFacts) -> bool:
    """Whether a page needs pdfplumber's own reading, from signals PDFium gives cheaply: sideways
    text, a rotated or shifted page box. A ruled table does not: pdfplumber's table finder runs
    on the edges PDFium reads (``_RuledPage``). Columns need no pdfplumber: the gutter is found
    from the characters' own positions on either path. Glyphs drawn twice over themselves (fake
    bold) need nothing either: PDFium reads them once. Struck-through, underlined and coloured
    text only matter when a redlined draft is split, and that is always read by pdfplumber."""
    return facts.rotated or not all(map(itemgetter(UPRIGHT), facts.glyphs))


def _read_ruled(facts: PageFacts, index: int, band: float = BAND) -> Page:
    """A page that may hold a ruled table, from PDFium: the rows of its tables as lines of their
    own (pdfplumber's table finder on PDFium's edges), or, with no table, the fast reading."""
    ruled = _RuledPage(facts)
    tables = _ruled_tables(ruled)
    if not tables:
        return _read_fast(facts, index, band)
    return _pdfium_page(facts, index, _with_table_rows(ruled, tables))


def _page_ranges(numbers: list[int]) -> str:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = ", ".join(f"{r[0]}" if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return f"page {spans}" if len(numbers) == 1 else f"pages {spans}"


def reading_method(pages: list[Page]) -> str:
    """Which library read which pages of a PDF, for the evidence block: ``pypdfium2 (pages 1-12,
    14), pdfplumber (page 13), tesseract OCR (pages 2-3)``, in the order each first appears."""
    by_reader: dict[str, list[int]] = {}
    for page in pages:
        name = page.reader or ("tesseract" if page.method == "ocr" else "pdfplumber")
        by_reader.setdefault(name, []).append(page.number)
    label = {"tesseract": "tesseract OCR"}
    return ", ".join(
        f"{label.get(name, name)} ({_page_ranges(numbers)})" for name, numbers in by_reader.items()
    )


def _read_fast(facts: PageFacts, index: int, band: float = BAND) -> Page:
    raw_lines = _glyph_lines_by_columns(facts.glyphs, facts.width, facts.height, band)
    return _pdfium_page(facts, index, raw_lines, _line_of_glyphs)


def _pdfium_page(
    facts: PageFacts,
    index: int,
    raw_lines: list[dict[str, Any]],
    line: Callable[[dict[str, Any], int], Line] = _line_from,
) -> Page:
    lines = tuple(line(raw, index + 1) for raw in raw_lines if str(raw["text"]).strip())
    return Page(index + 1, "text", lines, width=facts.width, height=facts.height, reader="pypdfium2")


def read_page_range(
    data: bytes,
    start: int,
    stop: int,
    filename: str,
    view: str | None = None,
    reader: str = "auto",
    band: float = BAND,
) -> list[tuple[Page, bool]]:
    """Pages ``start``..``stop-1`` (0-based) and whether each carries images, in a worker process.

    With ``reader="auto"`` (and no redline view) each page is read with PDFium, and only pages
    that need layout reading (``_needs_layout``) are opened with pdfplumber as well. ``band``: the
    top and bottom share of each page read full width (settings.pdf_margin_band)."""
    with _reading(filename):
        if reader == "pdfplumber" or view is not None:
            pdf = _open(data, filename)
            try:
                return [_read_page(pdf, index, filename, view, band) for index in range(start, stop)]
            finally:
                _close(pdf)
        document = open_pdf(data)
        careful: Any = None
        try:
            out: list[tuple[Page, bool]] = []
            for index in range(start, stop):
                facts = read_facts(document, index)
                if _needs_layout(facts):
                    careful = careful if careful is not None else _open(data, filename)
                    page, has_images = _read_page(careful, index, filename, band=band)
                    out.append((page, has_images or facts.images > 0))
                elif facts.table_edges >= 2:
                    out.append((_read_ruled(facts, index, band), facts.images > 0))
                else:
                    out.append((_read_fast(facts, index, band), facts.images > 0))
            return out
        finally:
            if careful is not None:
                _close(careful)
            _close(document)


def quick_count(data: bytes) -> int:
    """PDFium's page count, 0 where PDFium cannot open the file (in a worker)."""
    with contextlib.suppress(Exception):
        document = open_pdf(data)
        try:
            return len(document)
        finally:
            _close(document)
    return 0


def count_pages(data: bytes, filename: str, max_pages: int) -> int:
    """The page count (opening the file is the first thing a crafted PDF can abuse), in a worker.

    PDFium counts first, so a file over ``max_pages`` is refused at once (pdfminer walks the whole
    page tree to count: four seconds for 5,000 blank pages); under the limit, or where PDFium
    cannot open the file, pdfminer's count is the answer, as it also tells an encrypted or
    damaged file."""
    quick = quick_count(data)
    if quick > max_pages:
        raise _too_long(quick, max_pages, filename)
    with _reading(filename):
        pdf = _open(data, filename)
        try:
            return _count_pages(pdf, filename, max_pages)
        finally:
            _close(pdf)


def _out_of_memory(filename: str) -> LimitExceededError:
    return LimitExceededError(
        "Reading this PDF needed more memory than the limit allows",
        cause="a page holds very large or deeply nested content (worker_memory_mb in the settings)",
        fix="Raise worker_memory_mb in the settings if the file is trusted, or split the file",
        filename=filename,
    )


PageProgress = Callable[[int, int], None]
_POOLS: dict[tuple[int, int], ProcessPoolExecutor] = {}
_POOLS_LOCK = threading.Lock()


def _limit_memory(megabytes: int, owner: int = 0) -> None:
    """Worker start-up: end with the process that started the pool (``owner``, see lifeline.py);
    cap the address space, so one crafted file cannot exhaust the machine."""
    if owner:
        watch(owner)
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _pool(workers: int, memory_mb: int) -> ProcessPoolExecutor:
    """One pool per process and limits, kept for later files: starting workers costs more than
    reading a small PDF.

    ``forkserver`` rather than ``fork``: the app's server is multi-threaded, and forking a
    threaded process can deadlock. The server preloads this module so workers start warm."""
    key = (workers, memory_mb)
    with _POOLS_LOCK:  # two files read at once (the workbench) must not start two pools
        if key not in _POOLS:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([__name__])
            _POOLS[key] = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=context,
                initializer=_limit_memory,
                initargs=(memory_mb, os.getpid()),
            )
        return _POOLS[key]


def _started() -> bool:
    return True


def start_pool(settings: CompareSettings) -> None:
    """Start the page workers now, each on a task that does nothing, so that the first file read
    does not wait for them to start (the app does this once, before the first upload)."""
    pool = _pool(worker_count(settings), settings.worker_memory_mb)
    for future in [submit(pool, _started) for _ in range(worker_count(settings))]:
        future.result(timeout=settings.extract_timeout)


def close_pools() -> None:
    """Stop this process's page-reading workers. A worker process of a batch calls it before it
    exits: a process waits for its own children at exit, so idle readers would keep it alive."""
    for key in list(_POOLS):
        _discard(key)  # idle readers are stopped, not joined: joining them can hang at exit


def _discard(key: tuple[int, int], broken: ProcessPoolExecutor | None = None) -> None:
    """Stop a pool whose worker hung or died; the next file gets a fresh one. ``broken``: the pool
    that failed, if the caller knows it — where another file read at the same time has already
    replaced it, that pool is stopped and the new one is left alone."""
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if broken is None or pool is broken:
            _POOLS.pop(key, None)
        else:
            pool = broken
    if pool is None:
        return
    for process in list(getattr(pool, "_processes", {}).values()):  # no public way to stop a running task
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def worker_count(settings: CompareSettings) -> int:
    return settings.workers if settings.workers > 0 else max(1, os.cpu_count() or 1)


def _read_ranges(
    pool: ProcessPoolExecutor,
    data: bytes,
    count: int,
    filename: str,
    settings: CompareSettings,
    view: str | None,
) -> dict[Future[Any], tuple[int, int]]:
    """The ``count`` pages sent to the pool in ranges (four a worker, so the last ones are short)."""
    parts = min(worker_count(settings), max(1, count // max(1, settings.parallel_min_pages)))
    step = max(1, -(-count // (parts * 4))) if parts > 1 else max(1, count)
    ranges = [(start, min(count, start + step)) for start in range(0, count, step)]
    return {
        submit(
            pool, read_page_range, data, a, b, filename, view, settings.reader, settings.pdf_margin_band
        ): (a, b)
        for a, b in ranges
    }


def extract_pages(
    data: bytes,
    *,
    filename: str,
    settings: CompareSettings,
    progress: PageProgress | None = None,
    view: str | None = None,
) -> list[tuple[Page, bool]]:
    """Every page's lines and whether it carries images, in page order.

    All reading happens in worker processes, under a memory cap (``worker_memory_mb``) and a
    time limit for the whole file (``extract_timeout``): a crafted or broken PDF cannot hang or
    kill the app. Long documents are read in page ranges across the pool (pdfplumber is pure
    Python and single-threaded, so processes are the only way to use more than one core); each
    worker closes its pages as it goes, so memory stays flat."""
    report = progress or (lambda done, total: None)
    key = (worker_count(settings), settings.worker_memory_mb)
    deadline = time.monotonic() + settings.extract_timeout
    pool: ProcessPoolExecutor | None = None
    try:
        pool = _pool(*key)
        counting = submit(pool, count_pages, data, filename, settings.max_pages)
        # the pages are read while pdfminer counts them (a few tenths of a second for 300 pages),
        # in the ranges PDFium's count gives; where the counts differ, in pdfminer's ranges
        quick = submit(pool, quick_count, data).result(timeout=settings.extract_timeout)
        futures = (
            _read_ranges(pool, data, quick, filename, settings, view)
            if 0 < quick <= settings.max_pages
            else {}
        )
        try:
            count = counting.result(timeout=max(0.0, deadline - time.monotonic()))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        if count != quick:
            for future in futures:
                future.cancel()
            futures = _read_ranges(pool, data, count, filename, settings, view)
        results: dict[int, list[tuple[Page, bool]]] = {}
        done = 0
        for future in as_completed(futures, timeout=max(0.0, deadline - time.monotonic())):
            start, stop = futures[future]
            results[start] = future.result()
            done += stop - start
            report(done, count)
    except (TimeoutError, FuturesTimeout) as exc:
        _discard(key, pool)
        raise LimitExceededError(
            f"Reading this PDF took longer than the limit of {settings.extract_timeout:g} seconds",
            cause="the file is very long or built to be slow to read",
            fix="Raise extract_timeout in the settings if the file is trusted, or split the file",
            filename=filename,
        ) from exc
    except BrokenProcessPool as exc:
        _discard(key, pool)
        raise LimitExceededError(
            "Reading this PDF stopped: the worker reading it was killed",
            cause="it ran out of memory (worker_memory_mb in the settings) or was stopped by the system",
            fix="Try again; if it happens again, split the file or raise worker_memory_mb",
            filename=filename,
        ) from exc
    return [item for start in sorted(results) for item in results[start]]
