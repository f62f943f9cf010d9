"""Damaged copies of the corpus's PDFs and Word files (bench/fuzz.py, at a size that keeps
``make test`` quick; ``python bench/fuzz.py`` runs a few hundred): each ends in a clear message
or a result, never a traceback; a hang fails on the timeout, a memory blow-up on the check."""

from __future__ import annotations

import resource

import pdfplumber
import pytest

from analyzer import CompareSettings
from analyzer.errors import CorruptFileError
from analyzer.ingest.pdf import count_pages, read_page_range

from .conftest import MADISON, ROOT, load_script

fuzz = load_script(ROOT / "bench" / "fuzz.py")
SETTINGS = CompareSettings(extract_timeout=60.0)
MUTANTS = list(fuzz.mutants(fuzz.sources(ROOT), 36, 3))


def test_fuzz_mutants_are_deterministic_and_cover_every_kind_and_format() -> None:
    again = list(fuzz.mutants(fuzz.sources(ROOT), 36, 3))
    assert [d for _, d in again] == [d for _, d in MUTANTS]
    kinds = {name.split("-")[1] for name, _ in MUTANTS}
    assert kinds == set(fuzz.KINDS)
    assert {name.rsplit(".", 1)[1] for name, _ in MUTANTS} == {"pdf", "docx"}
    originals = {p.read_bytes() for p in fuzz.sources(ROOT)}
    assert not any(d in originals for _, d in MUTANTS)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_fuzz_every_damaged_file_ends_in_a_clear_message_or_a_result() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcomes = [fuzz.read_one(name, data, SETTINGS) for name, data in MUTANTS]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert set(outcomes) <= {"ok", "corrupt_file", "unsupported_file", "no_text", "empty_file"}
    assert "corrupt_file" in outcomes and "ok" in outcomes
    assert grown_mb < 500, grown_mb


def _raise(*args: object) -> None:
    raise ValueError("re-read the page tree of a damaged file")


def test_an_error_raised_while_closing_a_pdf_does_not_replace_the_answer_or_the_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (MADISON / "new.pdf").read_bytes()
    monkeypatch.setattr(pdfplumber.PDF, "close", _raise)
    assert count_pages(data, "new.pdf", 100) == 3
    assert [page.number for page, _ in read_page_range(data, 0, 2, "new.pdf")] == [1, 2]
    with pytest.raises(CorruptFileError, match="could not be read"):
        count_pages(data[: len(data) // 2], "cut.pdf", 100)
