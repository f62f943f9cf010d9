"""A batch, start to finish: plan the comparisons, skip the ones a killed run already finished,
read every document once (one task per distinct file, by sha256), compare (one task per
comparison), then write the tables and ``run.json``.

Nothing here prints: progress goes to a callback, which the CLI draws on the terminal and the
app shows as a bar."""

from __future__ import annotations

import hashlib
import json
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import AnalyzerError
from ..settings import CompareSettings
from ..workbench import Workbench
from .engines import Call, Starting
from .manifest import MODEL_ID, Job, Manifest, plan, read_manifest, replan
from .tables import DocumentRow, write_changes, write_failures, write_matrix
from .tasks import TaskResult, compare_task, failure, read_task, write_atomically


@dataclass
class Progress:
    """Where a batch stands; ``eta`` in seconds (None until something has finished)."""

    phase: str = "planning"
    read: int = 0
    to_read: int = 0
    compared: int = 0
    to_compare: int = 0
    reused: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def eta(self) -> float | None:
        done, total = self.read + self.compared, self.to_read + self.to_compare
        if done == 0 or total == 0:
            return None
        return self.elapsed / done * (total - done)


@dataclass(frozen=True)
class BatchReport:
    output: Path
    documents: int
    comparisons: int
    computed: int
    reused: int
    failures: tuple[tuple[str, str, str, str], ...]
    changes: int
    seconds: float
    engine: dict[str, Any]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _finished(target: Path, job: Job, shas: dict[Path, str], settings: CompareSettings) -> bool:
    """A result a killed run left behind counts as done only if it is whole and was made from
    these same files, with these settings, by this version of the tool."""
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        documents = data["documents"]
        return bool(
            documents["old"]["sha256"] == shas.get(job.old)
            and documents["new"]["sha256"] == shas.get(job.new)
            and data["tool"]["version"] == __version__
            and data["settings"] == json.loads(json.dumps(settings.to_dict()))
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


def run_batch(
    manifest_path: str | Path,
    output: str | Path,
    *,
    against: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    settings: CompareSettings | None = None,
    db: str | Path | None = None,
    progress: Callable[[Progress], None] | None = None,
    compare_fn: Callable[..., TaskResult] = compare_task,
) -> BatchReport:
    """Run (or resume) the batch the manifest describes; see ``analyzer/batch/__init__.py``.
    ``db``: the library the documents are read into (default ``OUTPUT/library.db``)."""
    began = time.monotonic(), datetime.now(UTC).isoformat(timespec="seconds")
    manifest = read_manifest(manifest_path)
    out = Path(output)
    results = out / "results"
    try:
        results.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnalyzerError(
            f"Cannot write to the output folder {out}", cause=str(exc), fix="Choose a writable --output"
        ) from exc
    # one document is read by one process: the batch is parallel across documents instead
    settings = replace(settings or CompareSettings(), workers=1)
    # the engine starts (and its workers load the language model) while this process plans
    starting = Starting(engine, workers=workers, scheduler=scheduler, scratch=out / ".running", warm=settings)
    try:
        return _run(manifest, out, results, settings, starting, against, db, progress, compare_fn, began)
    finally:
        starting.stop()


def _run(
    manifest: Manifest,
    out: Path,
    results: Path,
    settings: CompareSettings,
    starting: Starting,
    against: str | Path | None,
    db: str | Path | None,
    progress: Callable[[Progress], None] | None,
    compare_fn: Callable[..., TaskResult],
    began: tuple[float, str],
) -> BatchReport:
    library = str(Path(db) if db else out / "library.db")
    # the library's tables are made here, once, before the workers all open it at the same moment
    Workbench.open(settings, db=library).close()
    actions = [a for a, _ in Workbench(settings).lens_actions()]
    model = Path(against).expanduser() if against else None
    if model is not None and not model.is_file():
        raise AnalyzerError(
            f"The model policy {model} does not exist",
            fix="Check the path given to --against (a PDF, Word, text or Markdown file)",
        )
    state = Progress()
    report = progress or (lambda _: None)

    # which files can be opened, and their sha256
    shas: dict[Path, str] = {}
    failed: dict[str, tuple[str, str, str, str]] = {}
    unreadable: set[Path] = set()
    for path in ([model] if model else []) + [row.path for row in manifest.rows]:
        if path in shas or path in unreadable:
            continue
        try:
            shas[path] = sha256_of(path)
        except OSError as exc:
            unreadable.add(path)
            note = failure(exc, str(path))
            for row in manifest.rows:
                if row.path == path:
                    failed[row.id] = (row.id, str(path), note.code, note.message)

    jobs = {job.row: replan(manifest, job, unreadable) for job in plan(manifest, model)}
    target = {row: results / f"{row}.json" for row in jobs}

    def pending() -> list[Job]:
        return [
            j
            for j in jobs.values()
            if j.row not in failed
            and j.new not in unreadable
            and not _finished(target[j.row], j, shas, settings)
        ]

    todo = pending()
    reused = sum(1 for j in jobs.values() if j.row not in failed) - len(todo)
    for job in todo:  # a result from other files or settings must not survive into the tables
        target[job.row].unlink(missing_ok=True)
    state.reused = reused
    to_read = sorted({p for j in todo for p in (j.old, j.new)}, key=lambda p: shas[p])
    by_sha: dict[str, list[Path]] = {}
    for path in to_read:
        by_sha.setdefault(shas[path], []).append(path)
    state.to_read, state.to_compare, state.failed = len(by_sha), len(todo), len(failed)
    runner = starting.engine()
    info = runner.describe()
    write_atomically(out / "run.json", _run_json(manifest, model, shas, settings, info, began[1], "running"))
    computed = 0
    try:
        state.phase = "reading"
        report(state)
        read_keys = {f"read-{sha[:16]}": sha for sha in by_sha}
        reads: list[Call] = [
            (key, read_task, (str(by_sha[sha][0]), settings, library)) for key, sha in read_keys.items()
        ]
        for key, result in runner.run(reads):
            state.read += 1
            if not result.ok:
                for path in by_sha[read_keys[key]]:
                    unreadable.add(path)
                    if path == model:
                        raise AnalyzerError(
                            f"The model policy {model.name} could not be read, so nothing can be compared "
                            f"with it: {result.message}",
                            fix="Fix the model file, or give another one with --against",
                        )
                    for row in manifest.rows:
                        if row.path == path:
                            failed[row.id] = (row.id, str(path), result.code, result.message)
                state.failed = len(failed)
            report(state)
        jobs = {row: replan(manifest, job, unreadable) for row, job in jobs.items()}
        todo = pending()
        state.to_compare = len(todo)
        state.phase = "comparing"
        report(state)
        calls: list[Call] = [
            (f"compare-{j.row}", compare_fn, (str(j.old), str(j.new), settings, library, str(target[j.row])))
            for j in todo
        ]
        for key, result in runner.run(calls):
            row_id = key.removeprefix("compare-")
            state.compared += 1
            if result.ok:
                computed += 1
            else:
                failed[row_id] = (row_id, str(jobs[row_id].new), result.code, result.message)
                state.failed = len(failed)
            report(state)
    finally:
        starting.stop(wait=False)  # the workers shut down while the tables are written

    state.phase = "tables"
    report(state)
    order = [(row.id, target[row.id] if row.id not in failed else None) for row in manifest.rows]
    documents = [
        DocumentRow(row.id, str(row.path), row.columns, path)
        for (row, (_, path)) in zip(manifest.rows, order, strict=True)
    ]
    if model is not None:
        first = next((path for _, path in order if path is not None), None)
        documents.insert(0, DocumentRow(MODEL_ID, str(model), (), first, side="old"))
    changes = write_changes(out, manifest, order)
    write_matrix(out, manifest, documents, actions)
    failures = tuple(failed[row.id] for row in manifest.rows if row.id in failed)
    write_failures(out, failures)
    seconds = time.monotonic() - began[0]
    facts = {
        "documents": len(manifest.rows),
        "comparisons": len(jobs),
        "computed": computed,
        "reused": reused,
        "failed": len(failures),
        "changes": changes,
    }
    write_atomically(
        out / "run.json",
        _run_json(manifest, model, shas, settings, info, began[1], "done", counts=facts, seconds=seconds),
    )
    state.phase = "done"
    report(state)
    return BatchReport(out, len(manifest.rows), len(jobs), computed, reused, failures, changes, seconds, info)


def _run_json(
    manifest: Manifest,
    model: Path | None,
    shas: dict[Path, str],
    settings: CompareSettings,
    engine: dict[str, Any],
    began_at: str,
    status: str,
    *,
    counts: dict[str, int] | None = None,
    seconds: float | None = None,
) -> str:
    """The evidence for every table: files, sha256, tool, settings, engine, times."""
    data: dict[str, Any] = {
        "status": status,
        "tool": {"name": "policy-diff-analyzer", "version": __version__},
        "manifest": {
            "file": str(manifest.path),
            "sha256": manifest.sha256,
            "columns": list(manifest.columns),
        },
        "against": {"file": str(model), "sha256": shas.get(model)} if model else None,
        "documents": [
            {"row_id": row.id, "file": str(row.path), "sha256": shas.get(row.path)} for row in manifest.rows
        ],
        "settings": settings.to_dict(),
        "engine": engine,
        "started_at": began_at,
    }
    if counts is not None:
        data["counts"] = counts
        data["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        data["seconds"] = round(seconds or 0.0, 3)
        data["driver_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
