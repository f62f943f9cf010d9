"""Lines to clauses: paragraphs, numbering and headings to a clause tree, long clauses to runs
of sentences. Stages, top to bottom: ``group_blocks`` → ``classify`` → ``build_clauses`` →
``split_long``."""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .models import Clause, Document, Line, Notice
from .nlp import load_pipeline, split_sentences
from .settings import CompareSettings

# --- numbering labels, in the order they are tried -----------------------------------------
_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (
        "section",
        re.compile(
            r"^((?:Section|SECTION|Sec\.|§|Article|ARTICLE|Chapter|CHAPTER|Part|PART)"
            r"\s+(?:\d+[A-Za-z]?(?:\.\d+)*|[IVXLC]+))(?:[.:)]\s*|\s+[-–—]\s+|\s+|$)(?![a-z])"
        ),
    ),
    ("decimal", re.compile(r"^(\d{1,4}(?:\.\d{1,4})+)\.?(?:\s+|$)")),
    ("paren_num", re.compile(r"^(\(\d{1,3}\))\s+")),
    ("paren_alpha", re.compile(r"^(\([a-z]{1,3}\))\s+")),
    ("paren_upper", re.compile(r"^(\([A-Z]{1,3}\))\s+")),
    # "(.1) Buildings;" — the Philadelphia Code's fourth level, below "(a)"
    ("paren_dot", re.compile(r"^(\(\.\d{1,3}\))\s+")),
    # up to four digits (long manuals reach section 1000), but not a year opening a sentence
    ("num", re.compile(r"^((?!(?:19|20)\d\d[.)])\d{1,4}[.)])\s+")),
    ("upper", re.compile(r"^([A-Z]{1,4}[.)])\s+")),
    ("alpha", re.compile(r"^([a-z]{1,4}[.)])\s+")),
    ("bullet", re.compile(r"^([•●○◦▪■□➢►✓\-–*·])\s+")),
]
_ROMAN = re.compile(r"^[ivxlc]+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:?!\"')\]]$")
_HYPHEN_PREFIXES = {
    "self",
    "non",
    "co",
    "ex",
    "anti",
    "cross",
    "well",
    "multi",
    "inter",
    "post",
    "pre",
    "semi",
    "sub",
    "full",
    "part",
    "long",
    "short",
    "high",
    "low",
    "third",
    "first",
    "second",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_MINOR_WORDS = {
    *("a", "an", "the", "of", "for", "and", "or", "nor"),
    *("to", "in", "on", "with", "by", "at", "from", "as"),
}


def _title_case(text: str) -> bool:
    """A line set in Title Case without closing punctuation: "Employees Will Not Request Specific
    Documents for the Sole Purpose of Determining …" — a section title printed on its own line."""
    body = text.strip()
    if not body or body.endswith((".", ";", ",", ":", "?", "!")):
        return False
    words = [w for w in _WORD.findall(body) if w.lower() not in _MINOR_WORDS]
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 0.8 * len(words)


def _prose(text: str) -> bool:
    """A line of running text: most of its first words in lower case."""
    words = _WORD.findall(text)[:12]
    return len(words) >= 4 and sum(1 for w in words if w[0].islower()) >= 0.6 * len(words)


@dataclass
class Block:
    lines: list[Line]
    label: str | None = None
    style: str | None = None
    heading: bool = False
    rank: float = 0.0
    """Headings: smaller is higher in the tree."""
    text: str = ""
    anchors: list[tuple[int, int]] = field(default_factory=list)
    """(offset in ``text``, offset in the document) where each line's text begins."""


def _label(text: str) -> tuple[str, str] | None:
    for style, pattern in _LABELS:
        m = pattern.match(text)
        if m and len(text) > len(m.group(0)):
            label = m.group(1)
            if (
                style in ("upper", "alpha")
                and len(label.rstrip(".)")) > 1
                and not _ROMAN.match(label.rstrip(".)"))
            ):
                continue
            return style, label
    return None


def _alpha_or_roman(style: str, label: str, previous: dict[str, str]) -> str:
    """Tell ``i.``/``(v)`` the roman numeral from the letter, by what came before at that style."""
    core = label.strip("().")
    if style not in ("alpha", "upper", "paren_alpha", "paren_upper") or not _ROMAN.match(core):
        return style
    prev = previous.get(style, "").strip("().")
    if len(core) == 1 and prev and len(prev) == 1 and ord(core.lower()) == ord(prev.lower()) + 1:
        return style
    if len(core) == 1 and core.lower() not in "ivx":
        return style
    if len(core) == 1 and not previous.get(style + "_roman") and core.lower() != "i" and prev:
        return style
    return style + "_roman"


def _line_pitch(lines: Sequence[Line], same_size: float = 0.6) -> float:
    pitches = [
        b.top - a.top
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page
        and a.top is not None
        and b.top is not None
        and a.size
        and 0 < b.top - a.top < 3 * a.size
        and abs((a.size or 0) - (b.size or 0)) < same_size
    ]
    return statistics.median(pitches) if pitches else 0.0


def _spaced_paragraphs(lines: Sequence[Line], pitch: float, settings: CompareSettings) -> bool:
    """Whether this document separates paragraphs with extra space (most typeset policies do):
    enough same-page gaps between lines clearly exceed the usual line pitch."""
    if not pitch:
        return False
    gaps = [
        b.top - a.top
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and a.top is not None and b.top is not None and b.top > a.top
    ]
    wide = sum(1 for g in gaps if g > settings.paragraph_gap * pitch)
    return len(gaps) >= 10 and wide >= max(3, 0.08 * len(gaps))


def _same_style(a: Line, b: Line) -> bool:
    return a.bold == b.bold and abs((a.size or 0.0) - (b.size or 0.0)) < 1.0


def group_blocks(doc: Document, settings: CompareSettings) -> list[Block]:
    """Tidy lines into paragraphs (a PDF keeps its line breaks)."""
    lines = doc.lines
    pitch = _line_pitch(lines, settings.same_size_tolerance)
    spaced = _spaced_paragraphs(lines, pitch, settings)
    right_edge: dict[int, float] = {}
    for line in lines:
        if line.x1 is not None:
            right_edge[line.page] = max(right_edge.get(line.page, 0.0), line.x1)
    blocks: list[Block] = []
    prev: Line | None = None
    for line in lines:
        new = (
            prev is None
            or line.block_start
            or line.heading_level is not None
            or (prev.heading_level is not None)
        )
        if (
            not new
            and prev is not None
            and blocks[-1].lines == [prev]
            and line.text[:1].isupper()
            and _title_case(prev.text)
            and _prose(line.text)
        ):
            new = True  # a title on its own line, then the paragraph it heads
        if not new and prev is not None:
            geometric = line.top is not None and prev.top is not None
            starts_label = _label(line.text) is not None
            prev_ends = bool(_SENTENCE_END.search(prev.text))
            if line.page != prev.page:
                if spaced:  # the gap is lost at a page break: a paragraph ends on a short line
                    short_end = (prev.x1 or 0) < right_edge.get(prev.page, 0) - 4 * (prev.size or 10)
                    new = starts_label or not _same_style(line, prev) or (prev_ends and short_end)
                else:
                    new = prev_ends or not line.text[:1].islower() or not _same_style(line, prev)
            elif not _same_style(line, prev) and (line.bold or prev.bold or geometric):
                new = True
            elif geometric:
                gap = (line.top or 0) - (prev.top or 0)
                short_prev = (prev.x1 or 0) < right_edge.get(prev.page, 0) - 4 * (prev.size or 10)
                new = (
                    (gap > settings.paragraph_gap * pitch if pitch else gap > 2 * (prev.size or 10))
                    or gap < 0
                    or (
                        starts_label and (prev_ends or short_prev or abs((line.x0 or 0) - (prev.x0 or 0)) > 2)
                    )
                )
                # without space between paragraphs, a short line ending a sentence ends one; with
                # it, that is only a sentence that happened to end early on the line
                new = new or (not spaced and short_prev and prev_ends and line.text[:1].isupper())
            else:
                new = starts_label
        if new:
            blocks.append(Block([line]))
        else:
            blocks[-1].lines.append(line)
        prev = line
    return blocks


def _join(lines: Sequence[Line], vocabulary: set[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join a paragraph's lines with spaces, rejoining words split by a line-end hyphen."""
    text = ""
    anchors: list[tuple[int, int]] = []
    for line in lines:
        piece = line.text
        if text.endswith("-") and piece[:1].islower():
            before = re.search(r"([A-Za-z]+)-$", text)
            after = re.match(r"[a-z]+", piece)
            head = before.group(1).lower() if before else ""
            tail = after.group(0) if after else ""
            keep = f"{head}-{tail}" in vocabulary or (
                head in _HYPHEN_PREFIXES and head + tail not in vocabulary
            )
            if not keep and before:
                text = text[:-1]
        elif text:
            text += " "
        anchors.append((len(text), line.char_start))
        text += piece
    return text, anchors


def classify(blocks: list[Block], doc: Document, settings: CompareSettings) -> list[Block]:
    """Find each block's numbering label and whether it is a heading."""
    vocabulary = {w.lower() for w in _WORD.findall(doc.text)}
    sizes = [line.size for line in doc.lines if line.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    previous: dict[str, str] = {}
    for block in blocks:
        block.text, block.anchors = _join(block.lines, vocabulary)
        first = block.lines[0]
        found = (None, first.label) if first.label else _label(block.text)
        if found:
            style, label = found
            if style is None:
                style = "word_list"
            else:
                style = _alpha_or_roman(style, label, previous)
                previous[style.removesuffix("_roman")] = label
                if style.endswith("_roman"):
                    previous[style] = label
            block.label, block.style = label, style
        body = (
            _after_label(block.text, block.label, block.style).strip()
            if block.label and not first.label
            else block.text
        )
        letters = [ch for ch in body if ch.isalpha()]
        # "(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR" (a bill's new text in capitals) is a list
        # item, not a title
        short = (
            len(body) <= settings.max_heading_chars
            # a closing quote after the stop ("… of the United States Constitution.\"" ends a bill's quoted
            # new section, Hawaii SB 2057 SD1, 2026): still a sentence, not a title
            and not body.rstrip().rstrip("\"'\u201d\u2019)]").endswith((".", ";", ","))
            and not re.search(r"[;,]\s*(?:or|and)$", body.rstrip(), re.I)
        )
        step = settings.heading_size_step
        if first.heading_level is not None:
            block.heading, block.rank = True, float(first.heading_level)
        elif short and all(line.bold for line in block.lines) and letters:
            block.heading = True
            block.rank = 10.0 - (first.size or body_size)  # bigger type is higher in the tree
        elif short and letters and first.size and body_size and first.size - body_size >= step:
            block.heading, block.rank = True, 10.0 - first.size
        elif short and len(letters) >= 3 and body.upper() == body and len(block.lines) <= 2:
            block.heading, block.rank = True, 5.0
        elif (
            block.label
            and short
            and body[:1].isupper()
            and len(body) <= 80
            and len(block.lines) == 1
            and block.style not in ("bullet",)
            and (_title_case(body) or len(_WORD.findall(body)) <= 6)
            and not re.search(r"[;,]\s*(?:or|and)$|\b(?:or|and)$", body, re.I)
        ):
            block.heading = True  # "8. Enforcement of Immigration Laws": a numbered section title
    return blocks


@dataclass
class _Entry:
    style: str | None
    title: str
    heading: bool
    rank: float
    x0: float | None


def _after_label(text: str, label: str, style: str | None) -> str:
    """A block's words after its label; a section's label leaves out the stop or dash that ends it
    ("Sec. 8. Federal-State Agreements.", Executive Order 13768)."""
    rest = text[len(label) :]
    if style == "section":
        rest = re.sub(r"^\s*(?:[.:)]|[-–—](?=\s))", "", rest)
    return rest.lstrip()


def build_clauses(blocks: list[Block], doc: Document, *, id_prefix: str) -> list[tuple[Clause, Block, int]]:
    """Nest blocks by their numbering and headings; every block becomes one clause (returned with
    its block and label length, so that later stages can map text offsets back to pages)."""
    stack: list[_Entry] = []
    clauses: list[tuple[Clause, Block, int]] = []
    for block in blocks:
        first = block.lines[0]
        own_label = block.label if not first.label else None
        body = _after_label(block.text, own_label, block.style) if own_label else block.text
        title = f"{block.label} {body}".strip() if block.label else body
        if block.label is not None:
            labeled_heading = block.heading
            styles = [e.style for e in stack]
            if block.style in styles:
                del stack[styles.index(block.style) :]
            elif labeled_heading:
                # a numbered title ends open lists and lower unnumbered headings
                while stack and not stack[-1].heading:
                    stack.pop()
            entry = _Entry(
                block.style, title if labeled_heading else block.label, labeled_heading, block.rank, first.x0
            )
        elif block.heading:
            # back to the nearest unnumbered heading of a higher level; numbered sections inside a
            # heading of the same level close with it
            same = [k for k, e in enumerate(stack) if e.heading and e.style is None and e.rank >= block.rank]
            if same:
                del stack[same[0] :]
            while stack and not stack[-1].heading:
                stack.pop()
            entry = _Entry(None, title, True, block.rank, first.x0)
        else:
            while (
                stack
                and not stack[-1].heading
                and not (first.x0 is not None and stack[-1].x0 is not None and first.x0 > stack[-1].x0 + 3)
            ):
                stack.pop()
            entry = None
        path = tuple(e.title for e in stack)
        heading = next((e.title for e in reversed(stack) if e.heading), None)
        if block.heading:
            heading = title
        last = block.lines[-1]
        clause = Clause(
            id=f"{id_prefix}{len(clauses) + 1:04d}",
            number=block.label,
            heading=heading,
            path=path,
            text=body,
            page_start=first.page,
            page_end=last.page,
            char_start=first.char_start,
            char_end=last.char_end,
            is_heading=block.heading,
            ocr=any(line.ocr for line in block.lines),
            position=len(clauses),
        )
        clauses.append((clause, block, len(block.text) - len(body)))
        if entry is not None:
            stack.append(entry)
    return clauses


def _locate(block: Block, offset: int) -> tuple[int, int]:
    """Document offset and page of a character offset in the block's joined text."""
    starts = [a[0] for a in block.anchors]
    i = max(0, bisect.bisect_right(starts, offset) - 1)
    text_start, doc_start = block.anchors[i]
    return doc_start + (offset - text_start), block.lines[i].page


def _bounded(spans: list[tuple[int, int]], text: str, limit: int) -> list[tuple[int, int]]:
    """Sentence spans, with any sentence longer than ``limit`` (a run-on paragraph with no full
    stops, a table flattened into one line) cut at the last space before the limit."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > limit:
            cut = text.rfind(" ", start + 1, start + limit)
            cut = cut if cut > start else start + limit
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def split_long(
    built: list[tuple[Clause, Block, int]], nlp: Any, settings: CompareSettings, *, id_prefix: str
) -> list[Clause]:
    """Split clauses longer than ``max_clause_chars`` into runs of whole sentences."""
    long_ones = [c for c, _, _ in built if len(c.text) > settings.max_clause_chars]
    if not long_ones:
        return [c for c, _, _ in built]
    spans = dict(
        zip((c.id for c in long_ones), split_sentences(nlp, [c.text for c in long_ones]), strict=True)
    )
    out: list[Clause] = []
    for clause, block, label_len in built:
        if clause.id not in spans:
            out.append(clause)
            continue
        runs: list[tuple[int, int]] = []
        for start, end in _bounded(spans[clause.id], clause.text, settings.max_clause_chars):
            if runs and end - runs[-1][0] <= settings.max_clause_chars:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
        for k, (start, end) in enumerate(runs):
            piece = clause.text[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            s_off, s_page = _locate(block, label_len + start + lead)
            e_off, e_page = _locate(block, label_len + start + lead + len(piece))
            out.append(
                Clause(
                    id="",
                    number=clause.number if k == 0 else None,
                    heading=clause.heading,
                    path=clause.path,
                    text=piece,
                    page_start=s_page,
                    page_end=e_page,
                    char_start=s_off,
                    char_end=e_off,
                    is_heading=False,
                    ocr=clause.ocr,
                )
            )
    return [replace(c, id=f"{id_prefix}{i + 1:04d}", position=i) for i, c in enumerate(out)]


def segment(
    doc: Document, settings: CompareSettings, *, id_prefix: str = "c"
) -> tuple[list[Clause], list[Notice]]:
    """The clause list of a document, in reading order, and any notices (model fallback)."""
    nlp, notice = load_pipeline(settings.spacy_model)
    blocks = classify(group_blocks(doc, settings), doc, settings)
    clauses = split_long(build_clauses(blocks, doc, id_prefix=id_prefix), nlp, settings, id_prefix=id_prefix)
    return clauses, [notice] if notice else []
