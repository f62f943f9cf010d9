"""Columns from any generator (tests/data/layouts/columns.py): a narrow gutter, columns of unequal
length, headings over the columns, three columns; from reportlab and from hand-written PDF
operators. Both readers read them in order; single-column pages are never split."""

from __future__ import annotations

from dataclasses import replace

import pytest

from analyzer import CompareSettings, load_document
from analyzer.ingest.columns import split_gutters
from analyzer.ingest.pdfium import open_pdf, read_facts
from analyzer.segment import segment

from .conftest import CORPORA, ROOT, load_script

columns = load_script(ROOT / "tests" / "data" / "layouts" / "columns.py")
AUTO = CompareSettings()


def _read(data: bytes, settings: CompareSettings) -> list[str]:
    doc = load_document(data, filename="columns.pdf", settings=settings)
    return [f"{c.number} {c.text}" if c.number else c.text for c in segment(doc, settings)[0]]


def _unspaced(texts: list[str]) -> list[str]:
    return ["".join(t.split()) for t in texts]


@pytest.mark.parametrize("name", sorted(columns.LAYOUTS))
def test_columns_are_read_in_order_from_any_generator(name: str) -> None:
    make, expected = columns.LAYOUTS[name]
    data = make()
    assert _read(data, AUTO) == expected
    # pdfplumber reads a word space drawn as a kerning step (TJ) as no space at all, so the
    # careful path is held to the order and the words, spacing aside
    assert _unspaced(_read(data, replace(AUTO, reader="pdfplumber"))) == _unspaced(expected)


@pytest.mark.parametrize("name", sorted(columns.LAYOUTS))
def test_columns_gutters_are_found_where_the_generator_put_them(name: str) -> None:
    facts = read_facts(open_pdf(columns.LAYOUTS[name][0]()), 0)
    gutters = split_gutters(facts.chars, facts.width, facts.height)
    assert len(gutters) == (2 if "three" in name else 1)
    middle = columns.PAGE_W / 2
    if len(gutters) == 1:
        assert abs(gutters[0] - middle) < 20


@pytest.mark.slow
def test_columns_no_single_column_page_of_the_corpus_is_split() -> None:
    for path in sorted(CORPORA.rglob("*.pdf")):
        document = open_pdf(path.read_bytes())
        for index in range(len(document)):
            facts = read_facts(document, index)
            assert split_gutters(facts.chars, facts.width, facts.height) == [], (path, index + 1)
