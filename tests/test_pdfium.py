"""The shortcuts of PDFium's fast path give what the plain way gives: the space objects found
among the text objects no character belongs to are those PDFium gives no text for, and a space
object is found in a box by bisection as by a scan of every one."""

from __future__ import annotations

import ctypes
import random
from pathlib import Path

import pypdfium2.raw as raw
import pytest

from analyzer.ingest import pdfium
from analyzer.ingest.lines import glyph_lines, text_lines

from .conftest import MADISON, NZ

SPACE_HEAVY = NZ / "managing-conflicts-of-interest" / "2023-12-19.pdf"  # a space object between words


@pytest.mark.parametrize("path", [SPACE_HEAVY, MADISON / "new.pdf"], ids=lambda p: p.name)
def test_pdfium_space_objects_are_the_text_objects_with_no_text(path: Path) -> None:
    document = pdfium.open_pdf(path.read_bytes())
    found = 0
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        tpp = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
        height = float(page.get_size()[1])
        count = raw.FPDFText_CountChars(textpage.raw)
        codes = pdfium._all_codes(textpage.raw, tpp, count)
        objects = [pdfium._GET_OBJECT(ctypes.c_void_p(tpp), i) for i in range(count)]
        texts = pdfium._walk(page).texts
        quick = pdfium._space_objects(texts, objects, codes, tpp, height)
        plain = []  # every text object asked for its text, as before
        for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=4):
            if raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0) <= 2:
                left, bottom, _, _ = obj.get_bounds()
                plain.append((float(left), height - float(bottom)))
        assert quick == plain, index + 1
        found += len(quick)
        textpage.close()
        page.close()
    if path == SPACE_HEAVY:
        assert found > 1000


def test_pdfium_a_space_object_is_found_in_a_box_as_by_a_scan() -> None:
    rng = random.Random(13)
    for _ in range(200):
        points = [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(rng.randrange(0, 30))]
        points += [(float("nan"), 5.0), (5.0, float("nan"))][: rng.randrange(0, 3)]
        spaces = pdfium._Spaces(points)
        for _ in range(20):
            x0, x1 = rng.uniform(-5, 105), rng.uniform(-5, 105)
            top, bottom = rng.uniform(-5, 105), rng.uniform(-5, 105)
            if rng.random() < 0.1:
                x0 = float("nan")
            scan = any(x0 <= x <= x1 and top <= y <= bottom for x, y in points)
            assert spaces.between(x0, x1, top, bottom) == scan


def test_pdfium_glyphs_and_dicts_make_the_same_lines() -> None:
    document = pdfium.open_pdf(SPACE_HEAVY.read_bytes())
    facts = pdfium.read_facts(document, 2)
    from_glyphs = glyph_lines(facts.glyphs)
    from_dicts = text_lines(facts.chars)
    assert from_glyphs is not None and from_dicts is not None

    def unchared(lines: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{**line, "chars": None} for line in lines]

    assert unchared(from_glyphs) == unchared(from_dicts)
    assert [len(line["chars"]) for line in from_glyphs] == [len(line["chars"]) for line in from_dicts]
    assert facts.chars == [pdfium.char_dict(g) for g in facts.glyphs]
