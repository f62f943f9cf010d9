"""The one workflow the app, the CLI and batch share: read two files (from the library when they
were read before), apply the reviewer's pairings, compare, keep the result, render reports.

The shells only ask and show: ``cli.py`` parses arguments and makes one call here per command;
the Streamlit views in ``ui/`` lay out what comes back. Like the pipeline below it, this layer
never prints; what the user should know about the workflow itself (a library that could not be
opened, where a result was kept) comes back as ``Notice`` values in the ``Outcome``.

Layers, each importing only the ones below it:
ui / cli → workbench → compare, ingest, segment, align, lenses, report, store →
models, settings, errors."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import queue
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import AnalyzerError
from .library import History
from .models import Clause, Comparison, Document, Notice, Override
from .settings import CompareSettings
from .store import NOTE_STATUSES, Note, Store, StoredComparison, StoreError, comparison_key, variant_key

if TYPE_CHECKING:
    from .compare import SideRules

Progress = Callable[[str, float], None]
Segmented = tuple[list[Clause], list[Notice]]
FileInput = str | Path | tuple[bytes, str]
"""A path, or the bytes of an upload with its file name."""
FORMATS = ("json", "md", "html", "csv", "summary")

__all__ = [
    "FORMATS",
    "NOTE_STATUSES",
    "FileInput",
    "Note",
    "Outcome",
    "StoredComparison",
    "Unkept",
    "Workbench",
]


@dataclass(frozen=True)
class Outcome:
    """One comparison as the shells receive it: the contract JSON, where the library keeps it,
    and what the workflow wants the user to know. ``comparison`` is built on first use when the
    result came from the library (the JSON is then the bytes kept there)."""

    json: str
    settings: CompareSettings
    library_id: int | None = None
    notices: tuple[Notice, ...] = ()
    build: Callable[[], Comparison] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def comparison(self) -> Comparison:
        if self.build is None:  # pragma: no cover - every Outcome is made with one
            raise AnalyzerError("This outcome holds no comparison")
        return self.build()

    @property
    def has_changes(self) -> bool:
        return any(c["kind"] != "unchanged" for c in json.loads(self.json)["changes"])


@dataclass(frozen=True)
class Unkept:
    """A new comparison, not yet written as its contract JSON nor kept in the library, nor, if
    they were read at the same time, its documents (``Workbench.compare_first``); ``Workbench.keep``
    does all that and gives the ``Outcome``."""

    comparison: Comparison
    settings: CompareSettings
    notices: tuple[Notice, ...]
    library_key: str = field(repr=False)
    variant: str = field(repr=False)
    documents: tuple[Document, ...] = field(default=(), repr=False)
    """Documents read for it and not yet kept in the library (``keep`` keeps them first)."""


def _outcome(
    comparison: Comparison,
    settings: CompareSettings,
    library_id: int | None,
    notices: Sequence[Notice],
    text: str | None = None,
) -> Outcome:
    from .report import to_json

    return Outcome(
        json=text if text is not None else to_json(comparison),
        settings=settings,
        library_id=library_id,
        notices=tuple(notices),
        build=lambda: comparison,
    )


class Workbench:
    """``Workbench(settings, store)``: every command of the app and the CLI, on one library.

    Without a store nothing is cached or kept, and notes and pairings are refused."""

    def __init__(self, settings: CompareSettings | None = None, store: Store | None = None) -> None:
        self.settings = settings or CompareSettings()
        self.store = store
        self.notices: list[Notice] = []
        """About the workflow, not the documents (e.g. the library could not be opened)."""

    @classmethod
    def open(
        cls,
        settings: CompareSettings | None = None,
        *,
        db: str | Path | None = None,
        library: bool = True,
        required: bool = False,
    ) -> Workbench:
        """A workbench on the library at ``db`` (default: ``ANALYZER_DB``, else the per-user
        folder). A library that cannot be opened is a notice, and the work goes on without it,
        unless it is ``required`` (notes, pairings, export): then it is the error."""
        if not library:
            return cls(settings)
        try:
            store = Store(db)
        except StoreError as exc:
            if required:
                raise
            bench = cls(settings)
            bench.notices.append(Notice("library_unavailable", "warning", str(exc)))
            return bench
        return cls(settings, store)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    @staticmethod
    def stop_readers() -> None:
        """Stop the worker processes that read PDF pages for this process (they are kept for the
        next file); a batch's worker process calls it before it exits."""
        from .ingest.pdf import close_pools

        close_pools()

    def start_readers(self) -> None:
        """Start the worker processes that read PDF pages now rather than with the first file (the
        app does this as its page first opens). They are the workers every read uses: bounded, and
        ended with this process (lifeline.py). Call it from the thread that runs the script: a
        Streamlit script run swaps ``__main__``, which a worker started from another thread at
        that moment could be told to import. A failure here is met again by the first read."""
        from .ingest.pdf import start_pool

        with contextlib.suppress(Exception):
            start_pool(self.settings)

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------

    def source(self, file: FileInput) -> tuple[bytes, str]:
        """The bytes and the file name, with the size and emptiness checks of reading."""
        from .ingest import read_source

        if isinstance(file, tuple):
            return read_source(file[0], filename=file[1], settings=self.settings)
        return read_source(file, settings=self.settings)

    def read(
        self, file: FileInput, *, progress: Progress | None = None, redline: str | None = None
    ) -> Document:
        """A file as a cleaned ``Document``. A file read before with the same reading settings
        comes from the library; a newly read one is kept there (a failure to keep it loses
        nothing: the library is a cache here). A redline view is read afresh each time."""
        from .ingest import load_document

        data, name = self.source(file)
        if redline is not None or self.store is None:
            return load_document(
                data, filename=name, settings=self.settings, progress=progress, redline=redline
            )
        sha256 = hashlib.sha256(data).hexdigest()
        cached = self.store.cached_document(sha256, self.settings, name)
        if cached is not None:
            if progress is not None:
                progress(f"Read {name} from the library (read before)", 1.0)
            return cached
        document = load_document(data, filename=name, settings=self.settings, progress=progress)
        self._keep(document)
        return document

    def _keep(self, document: Document) -> None:
        """Keep a newly read document in the library (a failure to keep it loses nothing)."""
        if self.store is None:
            return
        try:
            self.store.save_document(document, self.settings)
        except StoreError as exc:
            self.notices.append(Notice("library_not_written", "warning", str(exc)))

    def is_marked_up(self, file: FileInput) -> bool:
        """A Word file whose text carries tracked insertions or deletions, or a PDF with
        struck-through text in its first pages: a marked-up draft, which can be compared with
        itself (before and after its marks)."""
        from .ingest import MEDIA_DOCX, MEDIA_PDF, detect_media_type

        try:
            data, name = self.source(file)
            media_type = detect_media_type(data, name)
        except (AnalyzerError, OSError):
            return False  # an unreadable file gets its message from the comparison itself
        if media_type == MEDIA_PDF:
            from .ingest.pdf import redline_marks

            try:
                struck, _ = redline_marks(data, filename=name, settings=self.settings, pages=10)
            except Exception:  # a PDF that cannot be read gets its message from the comparison itself
                return False
            return struck > 0
        if media_type != MEDIA_DOCX:
            return False
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                info = archive.getinfo("word/document.xml")
                if info.file_size > self.settings.max_unpacked_bytes:
                    return False
                xml = archive.read(info)
        except (KeyError, zipfile.BadZipFile, OSError):
            return False
        return b"<w:ins " in xml or b"<w:del " in xml

    # --- comparing -------------------------------------------------------------------------

    def _keys(self, old: tuple[bytes, str], new: tuple[bytes, str]) -> tuple[str, list[Override]]:
        shas = [hashlib.sha256(data).hexdigest() for data, _ in (old, new)]
        overrides = self.store.overrides(*shas) if self.store is not None else []
        return comparison_key(shas[0], shas[1], old[1], new[1], self.settings), overrides

    def key(self, old: FileInput, new: FileInput | None = None, *, redline: bool = False) -> str:
        """Everything a comparison's outcome depends on (files, names, settings, version, lens
        content, pairings, library): the app memoises outcomes by it."""
        first = self.source(old)
        second = first if redline or new is None else self.source(new)
        library_key, overrides = self._keys(first, second)
        where = str(self.store.path) if self.store is not None else None
        return json.dumps([library_key, variant_key(overrides), where, redline])

    def compare(
        self,
        old: FileInput,
        new: FileInput | None = None,
        *,
        redline: bool = False,
        progress: Progress | None = None,
    ) -> Outcome:
        """Compare ``old`` with ``new``; with ``redline``, ``old`` is one marked-up draft compared
        before and after its marks (``new`` is then left out or the same file).

        ``progress(message, fraction)`` runs from 0 to 1 over the whole job: reading the old file
        is the first 45%, the new one the next 45%, aligning and assessing the rest. With a
        library, the same files, settings and pairings give back the kept result (same bytes),
        and a new result is kept there."""
        first = self.compare_first(old, new, redline=redline, progress=progress)
        return first if isinstance(first, Outcome) else self.keep(first)

    def compare_first(
        self,
        old: FileInput,
        new: FileInput | None = None,
        *,
        redline: bool = False,
        progress: Progress | None = None,
    ) -> Outcome | Unkept:
        """``compare``, except that a new result comes back ``Unkept``: not yet written as JSON nor
        kept in the library, which ``keep`` then does (the app shows the first screen of a long
        comparison before it spends a second on both). A redline comparison, or one the library
        kept before, is an ``Outcome`` as from ``compare``."""
        from .compare import compare_documents

        report = progress or (lambda message, fraction: None)

        def stage(start: float, width: float) -> Progress:
            return lambda message, fraction: report(message, min(1.0, start + width * fraction))

        if redline:
            draft = self.source(old)
            documents = [
                self.read(draft, progress=stage(0.45 * k, 0.45), redline=view)
                for k, view in enumerate(("old", "new"))
            ]
            comparison = compare_documents(*documents, settings=self.settings, progress=stage(0.9, 0.1))
            return _outcome(comparison, self.settings, None, self.notices)
        if new is None:
            raise AnalyzerError(
                "Compare needs two files, OLD and NEW", fix="Give both, or one marked-up file with --redline"
            )
        files = (self.source(old), self.source(new))
        library_key, overrides = self._keys(*files)
        variant = variant_key(overrides)
        if self.store is not None:
            kept = self.store.cached_result(library_key, variant)
            if kept is not None:  # same files, settings, pairings and version: same bytes
                kept_id, kept_json = kept
                return Outcome(
                    json=kept_json,
                    settings=self.settings,
                    library_id=kept_id,
                    notices=tuple(self.notices),
                    build=lambda: self._compare_files(files, overrides, report, stage),
                )
        read: list[Document] = []  # read at the same time: kept in the library by ``keep``
        comparison = self._compare_files(files, overrides, report, stage, read)
        return Unkept(comparison, self.settings, tuple(self.notices), library_key, variant, tuple(read))

    def keep(self, unkept: Unkept) -> Outcome:
        """A new result as its contract JSON, kept in this workbench's library (if it has one)."""
        from .report import to_json

        for document in unkept.documents:
            self._keep(document)
        notices = [*unkept.notices, *(n for n in self.notices if n not in unkept.notices)]
        text = to_json(unkept.comparison)
        number: int | None = None
        if self.store is not None:
            try:
                number = self.store.save_result(unkept.library_key, text, unkept.variant)
                notices.append(
                    Notice(
                        "library_kept",
                        "info",
                        f"kept in the library ({self.store.path}) as comparison {number}",
                    )
                )
            except StoreError as exc:
                notices.append(Notice("library_not_written", "warning", str(exc)))
        return _outcome(unkept.comparison, unkept.settings, number, notices, text)

    def _compare_files(
        self,
        files: tuple[tuple[bytes, str], tuple[bytes, str]],
        overrides: Sequence[Override],
        report: Progress,
        stage: Callable[[float, float], Progress] | None = None,
        unkept: list[Document] | None = None,
    ) -> Comparison:
        """Read (or take from the library) both files and compare them. Two new PDFs are read at
        the same time; with ``unkept``, they are not kept in the library yet but added to it."""
        from .compare import compare_documents

        def part(start: float, width: float) -> Progress:
            return stage(start, width) if stage is not None else report

        # PDF pages are read in worker processes: meanwhile this process loads the language model
        loading = self._preload_models() if any(b"%PDF-" in data[:1024] for data, _ in files) else None
        clauses: list[Segmented | None] = [None, None]
        rules: list[SideRules | None] = [None, None]
        try:
            if loading is not None and self._read_together(files):
                documents = self._read_both(files, part(0.0, 0.9), loading, clauses, unkept, rules)
            else:
                documents = [self.read(f, progress=part(0.45 * k, 0.45)) for k, f in enumerate(files)]
        finally:
            if loading is not None:
                loading.join()  # spaCy must not be imported by two threads at once
        return compare_documents(
            *documents,
            settings=self.settings,
            progress=part(0.9, 0.1),
            overrides=overrides,
            clauses=(clauses[0], clauses[1]),
            rules=(rules[0], rules[1]),
        )

    def _read_together(self, files: tuple[tuple[bytes, str], tuple[bytes, str]]) -> bool:
        """Whether two files are best read at the same time: both PDFs (whose pages are read in
        worker processes, while this process waits), neither kept in the library, not the same
        bytes (the second would then come from the library once the first is kept)."""
        if not all(b"%PDF-" in data[:1024] for data, _ in files):
            return False
        shas = [hashlib.sha256(data).hexdigest() for data, _ in files]
        if shas[0] == shas[1]:
            return False
        if self.store is None:
            return True
        return not any(self.store.has_document(sha, self.settings) for sha in shas)

    def _read_both(
        self,
        files: tuple[tuple[bytes, str], tuple[bytes, str]],
        report: Progress,
        loading: threading.Thread,
        clauses: list[Segmented | None],
        unkept: list[Document] | None = None,
        rules: list[SideRules | None] | None = None,
    ) -> list[Document]:
        """Read two PDFs at the same time: both files' pages go to the page workers at once, so
        neither core waits while one file's last pages, or the other's page count, are read; and
        while the workers read the new file this process cleans the old one, keeps it in the
        library (or adds it to ``unkept``, for later), finds its clauses (into ``clauses``; the
        new file's, if it is read first) and reads their provisions for the topic lens (into
        ``rules``: the lens would otherwise read them after the alignment, on one core while the
        other waits). The documents are those ``read`` gives.

        A file that fails is read again on its own when the failure may be the other file's doing
        (the shared workers were stopped: a crash or a time limit), so that the error, and the file
        it names, are those reading one file after the other gives."""
        from .compare import find_clauses, read_rules
        from .ingest import load_document

        events: queue.SimpleQueue[tuple[int, str | None, object]] = queue.SimpleQueue()

        def work(k: int) -> None:
            data, name = files[k]
            try:
                document = load_document(
                    data,
                    filename=name,
                    settings=self.settings,
                    progress=lambda message, fraction: events.put((k, message, fraction)),
                )
            except BaseException as exc:  # handed to the caller's thread, which raises it
                events.put((k, None, exc))
            else:
                events.put((k, None, document))

        readers = [threading.Thread(target=work, args=(k,), name=f"read-{k}", daemon=True) for k in (0, 1)]
        for reader in readers:
            reader.start()
        done: dict[int, object] = {}
        fractions = [0.0, 0.0]
        while len(done) < 2:
            k, message, value = events.get()
            if message is not None:
                fractions[k] = float(value)  # type: ignore[arg-type]
                report(message, (fractions[0] + fractions[1]) / 2)
                continue
            done[k] = value
            if isinstance(value, Document):
                if unkept is None:
                    self._keep(value)
                else:
                    unkept.append(value)
                if 1 - k not in done:  # the other file is still being read: find this one's clauses
                    loading.join()  # the language model, loaded meanwhile (one thread imports spaCy)
                    clauses[k] = found = find_clauses(value, self.settings, ("old", "new")[k])
                    # the lens reads them again if this fails: its error comes where it always did
                    if rules is not None:
                        with contextlib.suppress(Exception):
                            rules[k] = read_rules(found[0], self.settings)
        for reader in readers:
            reader.join()
        documents: list[Document] = []
        for k in (0, 1):
            value = done[k]
            if isinstance(value, Document):
                documents.append(value)
            elif _shared_failure(value):  # perhaps the other file's: read this one alone
                documents.append(self.read(files[k], progress=lambda message, fraction: report(message, 0.9)))
            else:
                raise value  # type: ignore[misc]
        return documents

    def _preload_models(self) -> threading.Thread:
        """Load the language model and build the lens in the background while the files are read:
        PDF pages are read in worker processes, and until they are back this process only waits
        (on a 300-page pair this takes loading spaCy off the critical path)."""
        from .ingest import docx, ocr, pdf, quality, text  # noqa: F401
        from .nlp import preload

        # what reading imports is imported first, here: two threads importing one package at
        # once can fail, and the reading modules share packages (numpy) with spaCy
        settings = self.settings

        def lens() -> None:
            from .lenses import get_lens

            get_lens(settings.lens, settings.spacy_model)

        return preload(settings.spacy_model, then=lens)

    # --- reports ---------------------------------------------------------------------------

    def lens_topics(self, settings: CompareSettings | None = None) -> list[tuple[str, str]]:
        """The lens's topics as (id, label), in the order of the lens file. Raises ``LensError``
        (naming the line) for a lens that cannot be read."""
        from .lenses import read_lens

        return [(t.id, t.label) for t in read_lens((settings or self.settings).lens).topics]

    def lens_actions(self, settings: CompareSettings | None = None) -> list[tuple[str, str]]:
        """The lens's enforcement actions as (id, label), in the order of the lens file (the
        columns of a batch's matrix). Raises ``LensError`` for a lens that cannot be read."""
        from .lenses import read_lens

        return [(a.id, a.label) for a in read_lens((settings or self.settings).lens).actions]

    @staticmethod
    def change_row(change: dict[str, object]) -> dict[str, str]:
        """One change of a kept contract JSON as a table row (the columns of the CSV report)."""
        from .report.csv import json_change_row

        return json_change_row(change)

    @staticmethod
    def spreadsheet_safe(cell: str) -> str:
        """A cell a spreadsheet shows as text, never runs as a formula (``read_csv`` undoes it)."""
        from .report.csv import guard

        return guard(cell)

    def warm(self) -> None:
        """Load the lens with its language model now rather than in the first comparison (a batch
        worker does this as it joins the batch)."""
        from .lenses import get_lens

        get_lens(self.settings.lens, self.settings.spacy_model)

    def labels(self, settings: CompareSettings | None = None) -> dict[str, str]:
        """Topic id → label, in lens order; none (ids are shown) if the lens cannot be read."""
        try:
            return dict(self.lens_topics(settings))
        except AnalyzerError:
            return {}

    def model_notice(self) -> Notice | None:
        """Loads the language model now (it is kept for later); a notice if it fell back to a
        blank English pipeline."""
        from .nlp import load_pipeline

        return load_pipeline(self.settings.spacy_model)[1]

    def glance(self, outcome: Outcome) -> list[str]:
        """ "At a glance" as plain lines: per topic, before, after, direction and confidence."""
        from .report.glance import glance, glance_lines

        return glance_lines(glance(outcome.comparison, self.labels()))

    def render(
        self, outcome: Outcome, fmt: str, *, run_at: str | None = None, every_row: bool = False
    ) -> str:
        """The outcome as ``json`` (the contract, as kept), ``md``, ``html``, ``csv`` (header
        row first, the changes; ``every_row``: unchanged clauses too; its evidence is
        ``evidence(outcome)``) or ``summary`` (one page)."""
        from .report import now, to_csv, to_html, to_markdown
        from .report.summary import to_summary

        if fmt == "json":
            return outcome.json
        run_at = run_at or now()
        if fmt == "csv":
            return to_csv(outcome.comparison, run_at=run_at, every_row=every_row)
        labels = self.labels(outcome.settings)
        if fmt == "summary":
            return to_summary(outcome.comparison, run_at=run_at, labels=labels)
        if fmt == "md":
            return to_markdown(outcome.comparison, run_at=run_at, labels=labels)
        if fmt == "html":
            return to_html(outcome.comparison, run_at=run_at, labels=labels)
        raise AnalyzerError(f"There is no report format {fmt!r}", fix=f"Use one of {', '.join(FORMATS)}")

    def evidence(self, outcome: Outcome, *, run_at: str | None = None) -> str:
        """Which files, tool, settings and time a report rests on, as JSON (the CSV's sidecar)."""
        from .report import now
        from .report.csv import evidence_json

        return evidence_json(outcome.comparison, run_at=run_at or now())

    def write(self, outcome: Outcome, fmt: str, path: str | Path, *, every_row: bool = False) -> list[Path]:
        """Write the report to ``path``; a CSV also gets ``<name>.evidence.json`` beside it.
        Returns the files written."""
        from .report import now

        target = Path(path)
        run_at = now()
        target.write_text(self.render(outcome, fmt, run_at=run_at, every_row=every_row), encoding="utf-8")
        written = [target]
        if fmt == "csv":
            sidecar = target.with_name(target.stem + ".evidence.json")
            sidecar.write_text(self.evidence(outcome, run_at=run_at), encoding="utf-8")
            written.append(sidecar)
        return written

    # --- the library -----------------------------------------------------------------------

    def _library(self) -> Store:
        if self.store is None:
            raise StoreError(
                "The library is not open",
                cause="it could not be opened, or was switched off",
                fix="Point --db (or ANALYZER_DB) at the library file",
            )
        return self.store

    def comparisons(self) -> list[StoredComparison]:
        return self._library().comparisons()

    def stored(self, comparison_id: int) -> StoredComparison:
        store = self._library()
        row = store.comparison(comparison_id)
        if row is None:
            raise StoreError(
                f"There is no comparison {comparison_id} in the library at {store.path}",
                fix="List what is there with: python -m analyzer library list",
            )
        return row

    def notes(self, comparison_id: int) -> list[Note]:
        return self._library().notes(comparison_id)

    def delete(self, comparison_id: int) -> None:
        """Forget a kept comparison and its notes; an error naming the number if there is none."""
        if not self._library().delete_comparison(comparison_id):
            raise AnalyzerError(
                f"There is no comparison {comparison_id} in the library",
                fix="See the numbers with `python -m analyzer library list`",
            )

    def reopen(self, comparison_id: int) -> Outcome:
        """A kept comparison, with the settings it was made with. Its JSON is the one kept,
        unless pairings were recorded since; the ``comparison`` is rebuilt from the documents
        the library kept (no file is read again), with those pairings."""
        store = self._library()
        row = self.stored(comparison_id)
        settings = row.settings or self.settings
        overrides = store.overrides(row.old_sha256, row.new_sha256)

        def rebuild() -> Comparison:
            from .compare import compare_documents

            docs: list[Document] = []
            for sha, name in ((row.old_sha256, row.old_filename), (row.new_sha256, row.new_filename)):
                doc = store.cached_document(sha, settings, name)
                if doc is None:
                    raise AnalyzerError(
                        f"The library holds the result of comparison {comparison_id} "
                        f"but not the text of {name}",
                        fix="Compare the two files again (python -m analyzer compare OLD NEW)",
                    )
                docs.append(doc)
            return compare_documents(docs[0], docs[1], settings=settings, overrides=overrides)

        if not overrides:
            return Outcome(json=row.result, settings=settings, library_id=row.id, build=rebuild)
        return _outcome(rebuild(), settings, row.id, ())

    def describe(self, comparison_id: int) -> str:
        """A kept comparison in a few lines: its files, what changed, its reviewer notes."""
        row = self.stored(comparison_id)
        counts = ", ".join(f"{n} {k}" for k, n in json.loads(row.result)["summary"]["counts"].items() if n)
        out = [f"comparison {row.id}: {row.old_filename} → {row.new_filename}: {counts}"]
        for note in self.notes(comparison_id):
            by = f" ({note.author})" if note.author else ""
            out.append(f"  {note.change_id}: {note.status}{by} {note.text}".rstrip())
        return "\n".join(out)

    def note(
        self, comparison_id: int, change_id: str, status: str = "note", text: str = "", author: str = ""
    ) -> int:
        """Keep a reviewer's note on one change of a kept comparison."""
        if not change_id:
            raise AnalyzerError("Say which change the note is on", fix="Add --change c0012")
        return self._library().add_note(comparison_id, change_id, status, text, author)

    def pair(
        self,
        comparison_id: int,
        old_clause: str,
        new_clause: str,
        *,
        action: str = "pair",
        author: str = "",
        comparison: Comparison | None = None,
    ) -> None:
        """Pair (or ``action="unpair"``) an old and a new clause of a kept comparison; the
        correction applies to every later run of the same two files. ``comparison``: the
        comparison on screen, if the caller has it (else it is rebuilt from the library)."""
        if not (old_clause and new_clause):
            raise AnalyzerError(
                "Say which two clauses", fix="Add --old-clause o0012 --new-clause n0015 (ids from the JSON)"
            )
        store = self._library()
        row = self.stored(comparison_id)
        current = comparison if comparison is not None else self.reopen(comparison_id).comparison
        olds = {c.id: c for ch in current.changes for c in ch.old}
        news = {c.id: c for ch in current.changes for c in ch.new}
        if old_clause not in olds or new_clause not in news:
            raise AnalyzerError(
                f"No clause {old_clause} in the old version or {new_clause} in the new one",
                fix="Use the clause ids of the JSON result (old clauses o…, new clauses n…)",
            )
        store.add_pairing(row.old_sha256, row.new_sha256, action, olds[old_clause], news[new_clause], author)

    # --- several versions, one file --------------------------------------------------------

    def history(self, files: Sequence[FileInput]) -> History:
        """Each clause's line of descent across the versions, oldest first."""
        from .library import history

        return history([self.read(f) for f in files], self.settings)

    def history_text(self, files: Sequence[FileInput], *, fmt: str = "json") -> str:
        """The history as JSON, or as a Markdown list of the lineages that changed (``md``)."""
        from .library import history_markdown

        data = self.history(files)
        return history_markdown(data) if fmt == "md" else json.dumps(data.to_dict(), indent=2) + "\n"

    def inspect(self, file: FileInput) -> str:
        """What the tool reads from one file: pages, what cleaning removed, the clauses found."""
        from .ingest import load_document
        from .report.reading import reading_report
        from .segment import segment

        data, name = self.source(file)
        doc = load_document(data, filename=name, settings=self.settings)
        clauses, notices = segment(doc, self.settings)
        return reading_report(doc, clauses, notices)

    def split_redline(self, file: FileInput, folder: str | Path) -> list[tuple[Path, Document]]:
        """Write a marked-up draft's text before and after its marks, as ``<name>.old.txt`` and
        ``<name>.new.txt`` (read back the same way: list numbers written out, a blank line between
        paragraphs, a form feed between pages)."""
        from .report.reading import as_text

        data, name = self.source(file)
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for view in ("old", "new"):
            doc = self.read((data, name), redline=view)
            target = out / f"{Path(name).stem}.{view}.txt"
            target.write_text(as_text(doc), encoding="utf-8")
            written.append((target, doc))
        return written


def _shared_failure(error: object) -> bool:
    """A reading error that may come from another file read at the same time: the page workers
    were stopped (one of them was killed, or the time limit of a file ran out while its pages
    waited behind the other file's)."""
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(error, AnalyzerError) and isinstance(error.__cause__, (TimeoutError, BrokenProcessPool))
