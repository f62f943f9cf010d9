"""Cleaning stages: character normalisation, running headers/footers, page numbers, contents
page numbers. Each stage is a function from pages to pages; what a stage drops is returned as
``Removed`` so that nothing disappears silently."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .models import Line, Page, Removed
from .settings import CompareSettings

# Characters that PDFs and word processors use for what is, for comparison, the same text.
_CHAR_MAP = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_SPACES = re.compile(r" {2,}")

# Lines that are nothing but a page mark: "7", "7/13", "Page 7 of 13", "- 7 -", "p. 7".
PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:/|of)\s*\d{1,4})?\s*[-–—]?$", re.IGNORECASE
)
# A contents entry: text, optional dot leaders, then a page number at the end of the line.
_CONTENTS_ENTRY = re.compile(r"^(?P<entry>.*?[A-Za-z].*?\S)(?:\s*\.{2,})?\s+(?P<page>\d{1,4})$")
# A line with no letter or digit at all, a few characters long: a stray mark drawn on the page.
_STRAY = re.compile(r"^[^\w]{1,3}$")
_CONTENTS_TITLE = re.compile(r"^(table of )?contents$", re.IGNORECASE)


def normalise_text(text: str) -> str:
    """Ligatures, curly quotes, odd spaces and soft hyphens to their plain forms; spaces collapsed."""
    return _SPACES.sub(" ", text.translate(_CHAR_MAP)).strip()


def repeat_key(text: str) -> str:
    """What a running line looks like with its numbers and dates ignored."""
    key = re.sub(r"\d+", "#", text.casefold())
    key = re.sub(
        r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b",
        "@",
        key,
    )
    return re.sub(r"\s+", " ", key).strip()


def _margin_positions(page: Page, settings: CompareSettings) -> dict[int, str]:
    """Indexes of lines in the top or bottom margin of a page, with the zone they are in."""
    lines = page.lines
    zones: dict[int, str] = {}
    n = len(lines)
    for i, line in enumerate(lines):
        in_first = i < settings.margin_lines
        in_last = i >= n - settings.margin_lines
        if not (in_first or in_last):
            continue
        if page.height and line.top is not None and line.bottom is not None:
            if line.top <= page.height * settings.margin_fraction:
                zones[i] = "header"
            elif line.bottom >= page.height * (1 - settings.margin_fraction):
                zones[i] = "footer"
        elif page.height is None:
            zones[i] = "header" if in_first else "footer"
    return zones


def _representatives(keys: Counter[str], similarity: float) -> dict[str, str]:
    """Each margin-line key mapped to the most frequent key it closely resembles (rapidfuzz ratio at
    least ``similarity``), so a running line that varies a little from page to page (a stamp read
    differently, OCR's slips, a date in another form) is counted as one line."""
    from rapidfuzz import fuzz, process

    reps: list[str] = []
    out: dict[str, str] = {}
    for key, _ in sorted(keys.items(), key=lambda item: (-item[1], item[0])):
        match = (
            process.extractOne(key, reps, scorer=fuzz.ratio, score_cutoff=100 * similarity)
            if len(key) >= _FUZZY_MIN_CHARS and reps
            else None
        )
        out[key] = match[0] if match else key
        if match is None:
            reps.append(key)
    return out


_FUZZY_MIN_CHARS = 8  # shorter margin lines (page numbers, "Police") must repeat exactly


def running_keys(pages: Sequence[Page], settings: CompareSettings) -> set[tuple[str, str]]:
    """(zone, key) pairs of margin lines that repeat on enough pages to be running lines.

    A line counts wherever it stands in either margin ("page 3 of 12" at the top of one page and
    the foot of the next), and close variants count together (see ``_representatives``)."""
    per_page = [
        {repeat_key(page.lines[i].text) for i in _margin_positions(page, settings)} - {""} for page in pages
    ]
    seen: Counter[str] = Counter(key for keys in per_page for key in keys)
    reps = _representatives(seen, settings.running_similarity)
    counts: Counter[str] = Counter(rep for keys in per_page for rep in {reps[k] for k in keys})
    need = max(2, math.ceil(settings.repeat_fraction * len(pages)))
    running = {rep for rep, count in counts.items() if count >= need}
    return {(zone, key) for key, rep in reps.items() if rep in running for zone in ("header", "footer")}


def _like_running(key: str, running: list[str], similarity: float) -> bool:
    """A margin line close to a running line (read by OCR, or varied on this page only)."""
    from rapidfuzz import fuzz, process

    if len(key) < _FUZZY_MIN_CHARS or not running:
        return False
    return process.extractOne(key, running, scorer=fuzz.ratio, score_cutoff=100 * similarity) is not None


def remove_running_lines(
    pages: Sequence[Page], settings: CompareSettings
) -> tuple[list[Page], list[Removed]]:
    """Drop running headers, footers and page marks from the page margins."""
    keys = running_keys(pages, settings) if len(pages) > 1 else set()
    running = sorted({key for _, key in keys if len(key) >= _FUZZY_MIN_CHARS})
    kept_pages: list[Page] = []
    removed: list[Removed] = []
    for page in pages:
        zones = _margin_positions(page, settings)
        kept: list[Line] = []
        for i, line in enumerate(page.lines):
            zone = zones.get(i)
            reason = None
            if zone is not None:
                if PAGE_NUMBER.match(line.text):
                    reason = "page number"
                elif (zone, repeat_key(line.text)) in keys or _like_running(
                    repeat_key(line.text), running, settings.running_similarity
                ):
                    reason = f"running {zone}"
            if reason:
                removed.append(Removed(page.number, line.text, reason))
            else:
                kept.append(line)
        kept_pages.append(replace(page, lines=tuple(kept)))
    return kept_pages, removed


def strip_contents_page_numbers(
    pages: Sequence[Page], settings: CompareSettings | None = None
) -> tuple[list[Page], list[Removed]]:
    """On a table-of-contents page, drop the page number at the end of each entry.

    Contents page numbers shift whenever anything is added earlier in a document; left in
    place, every entry after an insertion would show as a change."""
    settings = settings or CompareSettings()
    out: list[Page] = []
    removed: list[Removed] = []
    for page in pages:
        texts = [line.text for line in page.lines]
        # contents entries are short; the length check also keeps the pattern's backtracking
        # bounded on a huge single-line paragraph
        # (the pattern ends in a digit: trying it on other lines only costs its backtracking)
        longest = settings.contents_entry_max_chars
        entries = [
            _CONTENTS_ENTRY.match(t) if len(t) <= longest and t[-1:].isdigit() else None for t in texts
        ]
        titled = any(_CONTENTS_TITLE.match(t) for t in texts)
        share = sum(1 for m in entries if m) / max(1, len(texts))
        enough = share >= settings.contents_min_share or (titled and share >= settings.contents_titled_share)
        if not (len(texts) >= settings.contents_min_lines and enough):
            out.append(page)
            continue
        lines = []
        for line, m in zip(page.lines, entries, strict=True):
            if m:
                entry = m.group("entry").rstrip(" .")
                removed.append(Removed(page.number, line.text, "contents page number"))
                lines.append(replace(line, text=entry, block_start=True))
            else:
                lines.append(line)
        out.append(replace(page, lines=tuple(lines)))
    return out, removed


def normalise_pages(pages: Sequence[Page]) -> tuple[list[Page], list[Removed]]:
    """Normalise every line's characters; drop empty lines and stray marks (listed as removed)."""
    out = []
    removed: list[Removed] = []
    for page in pages:
        lines = []
        for line in page.lines:
            text = normalise_text(line.text)
            if text and _STRAY.match(text) and not (line.top is None and text in ("*", "-")):
                removed.append(Removed(page.number, text, "stray mark"))
            elif text:
                lines.append(replace(line, text=text))
        out.append(replace(page, lines=tuple(lines)))
    return out, removed


def assign_offsets(pages: Sequence[Page]) -> tuple[list[Page], str]:
    """Give every line its character span in the document text (lines joined by newlines)."""
    parts: list[str] = []
    pos = 0
    out = []
    for page in pages:
        lines = []
        for line in page.lines:
            start = pos
            parts.append(line.text)
            pos += len(line.text)
            lines.append(replace(line, char_start=start, char_end=pos))
            parts.append("\n")
            pos += 1
        out.append(replace(page, lines=tuple(lines)))
    return out, "".join(parts)
