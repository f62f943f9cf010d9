"""The same policy as TXT, PDF and DOCX gives the same clauses."""

from __future__ import annotations

import pytest

from analyzer import CompareSettings, load_document
from analyzer.segment import segment

from .conftest import MADISON


@pytest.mark.parametrize("name", ["old", "new"])
def test_formats_same_clause_texts(name: str) -> None:
    settings = CompareSettings()
    texts = {}
    for ext in ("txt", "pdf", "docx"):
        clauses, _ = segment(load_document(MADISON / f"{name}.{ext}", settings=settings), settings)
        texts[ext] = [(c.number, c.text) for c in clauses]
    assert texts["pdf"] == texts["txt"]
    assert texts["docx"] == texts["txt"]
    assert len(texts["txt"]) >= 5


def test_formats_pdf_clauses_carry_pages_and_paths() -> None:
    settings = CompareSettings()
    clauses, _ = segment(load_document(MADISON / "new.pdf", settings=settings), settings)
    raid = next(c for c in clauses if c.text.startswith("MPD will not participate"))
    assert raid.page_start == 2
    assert raid.path == ("CODE OF CONDUCT", "8. Enforcement of Immigration Laws")
    item = next(c for c in clauses if c.number == "C.")
    assert item.text.startswith("is arrested for any violent felony")
    assert item.page_start == 3
    assert item.path == ("STANDARD OPERATING PROCEDURE: ENFORCEMENT OF IMMIGRATION LAWS",)
