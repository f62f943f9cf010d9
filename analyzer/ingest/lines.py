"""Characters to text lines, as pdfplumber's ``extract_text_lines`` makes them, in a fraction of
its time.

pdfplumber's line builder (``chars_to_textmap(chars).extract_text_lines(strip=True)``, default
tolerances, no layout) is general: any text direction, a regular expression over a character map.
For upright text it comes down to four steps, written out here with the same rules and the same
tolerances, so both readers give the same lines from the same characters (a test checks this on
every page of the corpus): cluster characters into lines by ``top``, sort each line by ``x0``, cut
words at spaces and gaps, re-cluster the words by ``top`` and join each cluster's words with one
space. Pages with any sideways character go to pdfplumber's own builder."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

X_TOLERANCE = DEFAULT_X_TOLERANCE
Y_TOLERANCE = DEFAULT_Y_TOLERANCE


def _cluster_ids(values: list[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's ``make_cluster_dict``: sorted distinct values, a new cluster wherever the step
    from the previous value exceeds the tolerance."""
    ids: dict[float, int] = {}
    cluster = -1
    last: float | None = None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            cluster += 1
        ids[value] = cluster
        last = value
    return ids


def _words(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    ids = _cluster_ids([c["top"] for c in chars], Y_TOLERANCE)
    by_line = sorted(chars, key=lambda c: ids[c["top"]])  # stable: content order within a line
    words: list[list[dict[str, Any]]] = []
    for _, line in groupby(by_line, key=lambda c: ids[c["top"]]):
        current: list[dict[str, Any]] = []
        for char in sorted(line, key=lambda c: c["x0"]):
            if char["text"].isspace():
                if current:
                    words.append(current)
                current = []
                continue
            if current:
                prev = current[-1]
                if (
                    char["x0"] < prev["x0"]
                    or char["x0"] > prev["x1"] + X_TOLERANCE
                    or abs(char["top"] - prev["top"]) > Y_TOLERANCE
                ):
                    words.append(current)
                    current = []
            current.append(char)
        if current:
            words.append(current)
    return words


def text_lines(chars: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """Lines (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``chars``) of upright characters; None
    when some character is sideways (pdfplumber's builder handles other directions)."""
    if any(not c["upright"] for c in chars):
        return None
    words = _words(chars)
    if not words:
        return []
    tops = [min(c["top"] for c in word) for word in words]
    ids = _cluster_ids(tops, Y_TOLERANCE)
    lines: list[dict[str, Any]] = []
    numbered = list(zip(words, tops, strict=True))
    for _, group in groupby(numbered, key=lambda item: ids[item[1]]):  # consecutive, as presorted
        members = [word for word, _ in group]
        line_chars = [c for word in members for c in word]
        text = " ".join("".join(LIGATURES.get(c["text"], c["text"]) for c in word) for word in members)
        if not text.strip():
            continue
        lines.append(
            {"text": text, "x0": min(c["x0"] for c in line_chars), "x1": max(c["x1"] for c in line_chars),
             "top": min(c["top"] for c in line_chars), "bottom": max(c["bottom"] for c in line_chars),
             "chars": line_chars}
        )  # fmt: skip
    return lines
