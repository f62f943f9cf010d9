"""Is a page's text layer text, or garbage an old OCR pass left behind?

Scanned pages are often published with an invisible text layer from some earlier OCR, and some
of those layers are garbage ("PliRCEIVED CUMULATIVE ASSESSMENT", "Yoorsub/@chveassESsmen").
Tesseract reading the page image does better, but only where the layer really is garbage, so it
is scored from two cheap signals:

* the share of its words that are shaped like dictionary words: letters only (an apostrophe or
  hyphen inside), all lower case, Capitalised or ALL CAPS, with a vowel, no run of five
  consonants, and not absurdly long. There is no word list offline; the shape alone separates
  a language from OCR noise well (a real policy page scores above 0.85, the garbage above 0.4);
* the share of odd characters: anything but letters, digits, spaces and common punctuation.

The thresholds are named constants; a page needs a few words before it is judged at all."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Notice, Page
from ..settings import CompareSettings

MIN_WORDS = 8
"""Pages with fewer words than this are not judged (a caption, a page number)."""
MIN_WORD_SHARE = 0.8
"""Below this share of dictionary-like words, a text layer is garbage..."""
MAX_ODD_SHARE = 0.12
"""...and so it is above this share of odd characters."""

_WORD = re.compile(r"^[A-Za-z]+(?:['\u2019-][A-Za-z]+)*$")
_CONSONANTS = re.compile(r"[b-df-hj-np-tv-xz]{5,}", re.IGNORECASE)
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_ORDINARY = re.compile(r"[A-Za-z0-9\s.,;:!?'\"()\[\]\-\u2010-\u2015\u2018-\u201d/&%$#*+=@…•·§]")
_EDGE = "\"'()[]{}.,;:!?*•·–—-"


@dataclass(frozen=True)
class TextScore:
    words: int
    word_share: float
    """Share of the words shaped like dictionary words."""
    odd_share: float
    """Share of the characters (spaces aside) that are not letters, digits or common punctuation."""

    @property
    def garbage(self) -> bool:
        return self.words >= MIN_WORDS and (
            self.word_share < MIN_WORD_SHARE or self.odd_share > MAX_ODD_SHARE
        )


def _dictionary_like(token: str) -> bool:
    word = token.strip(_EDGE)
    if not word or any(ch.isdigit() for ch in word):
        return True  # numbers and section labels are neither words nor noise
    if not _WORD.match(word) or len(word) > 24:
        return False
    letters = word.replace("'", "").replace("\u2019", "").replace("-", "")
    cased = letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower())
    return cased and bool(_VOWEL.search(letters) or len(letters) <= 2) and not _CONSONANTS.search(letters)


def score(texts: Iterable[str]) -> TextScore:
    """Score the lines of one page's text layer."""
    tokens = [t for text in texts for t in text.split()]
    counted = [t for t in tokens if any(ch.isalpha() for ch in t)]
    chars = [ch for t in tokens for ch in t]
    odd = sum(1 for ch in chars if not _ORDINARY.match(ch) and not ch.isalpha())
    odd += sum(1 for ch in chars if ch.isalpha() and not ch.isascii() and not _latin(ch))
    like = sum(1 for t in counted if _dictionary_like(t))
    return TextScore(
        words=len(counted),
        word_share=like / len(counted) if counted else 1.0,
        odd_share=odd / len(chars) if chars else 0.0,
    )


def _latin(ch: str) -> bool:
    """Accented Latin letters (Māori macrons, French accents) are ordinary."""
    return "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"


def garbled_pages(
    pages: list[Page], imaged: set[int], scanned: list[int], settings: CompareSettings
) -> list[int]:
    """Pages that carry an image and a garbage text layer (and are not already taken for scans)."""
    if not settings.ocr_garbled_text:
        return []
    return [
        p.number
        for p in pages
        if p.number in imaged and p.number not in scanned and score(ln.text for ln in p.lines).garbage
    ]


def kept_notice(filename: str, numbers: list[int], why: str) -> Notice:
    """Garbled pages that could not be read by OCR instead."""
    return Notice(
        "garbled_text_layer",
        "warning",
        f"{filename}: the text layer of pages {', '.join(map(str, numbers))} looks garbled (left by an "
        f"earlier OCR of a scan) and was kept, because {why}. Check quoted text against the page image.",
    )
