"""What a batch worker runs: read one document, or run one comparison and write its result.

Both are the workbench's own calls (``Workbench.read``, ``Workbench.compare``) on the batch's
library, so a document read once (by sha256) is never read again by any comparison that uses
it, in any worker. A task never raises: a file that cannot be read or compared comes back as a
failed ``TaskResult`` with its code and clear message, so one bad document never stops a batch.
Results are written by the worker, atomically (a temporary file renamed into place), so a batch
killed half way leaves only finished results behind and the driver never holds them."""

from __future__ import annotations

import atexit
import json
import multiprocessing
import os
import threading
from dataclasses import dataclass
from multiprocessing.util import Finalize
from pathlib import Path

from ..errors import AnalyzerError
from ..settings import CompareSettings
from ..workbench import Workbench

_BENCHES: dict[tuple[str, str, int], Workbench] = {}
_STOPPING: list[bool] = []


@dataclass(frozen=True)
class TaskResult:
    ok: bool
    code: str = ""
    message: str = ""
    sha256: str = ""
    pages: int = 0
    changes: int = 0


def _bench(settings: CompareSettings, db: str) -> Workbench:
    """One workbench per worker process, thread and settings (a SQLite connection stays in the
    thread that opened it); the language model and lens are then loaded once per worker."""
    key = (db, json.dumps(settings.to_dict(), sort_keys=True, default=str), threading.get_ident())
    if not _STOPPING:
        # before this process exits (and waits for its children), stop the PDF page readers
        # it started; run before multiprocessing joins children (exit priority >= 0)
        Finalize(None, Workbench.stop_readers, exitpriority=10)
        atexit.register(Workbench.stop_readers)
        _STOPPING.append(True)
    bench = _BENCHES.get(key)
    if bench is None:
        bench = Workbench.open(settings, db=db)
        # a workbench without its library would read every document of every comparison again,
        # for the rest of the batch: a library that could not be opened is tried again next task
        if bench.store is not None:
            _BENCHES[key] = bench
    return bench


def warm(settings: CompareSettings) -> None:
    """Load what every comparison needs (the lens and its language model) before the first task,
    while the driver is still planning: a Dask worker runs this as it joins the batch."""
    Workbench(settings).warm()


def is_daemonic() -> bool:
    """Whether this worker process is daemonic (it then cannot start the PDF page readers)."""
    return bool(multiprocessing.current_process().daemon)


def failure(exc: BaseException, path: str) -> TaskResult:
    """A failed task's code and message: the tool's own message for the errors it knows; for
    anything else, what happened and what to do, never a traceback."""
    if isinstance(exc, AnalyzerError):
        return TaskResult(False, exc.code, str(exc))
    if isinstance(exc, OSError):
        return TaskResult(
            False,
            "cannot_open",
            f"{path}: cannot open the file ({exc.strerror or exc}). Check the path in the manifest "
            "(relative paths are read from the manifest's folder).",
        )
    return TaskResult(
        False,
        "internal_error",
        f"{Path(path).name}: the tool failed on this file ({type(exc).__name__}: {exc}). The rest of "
        "the batch went on; this is a fault in the tool, so please report it with the file.",
    )


def read_task(path: str, settings: CompareSettings, db: str) -> TaskResult:
    """Read one document into the batch's library (nothing is done if it was read before)."""
    try:
        document = _bench(settings, db).read(path)
    except Exception as exc:  # every failure becomes a row of failures.csv
        return failure(exc, path)
    return TaskResult(True, sha256=document.sha256, pages=len(document.pages))


def write_atomically(target: Path, text: str) -> None:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)


def compare_task(old: str, new: str, settings: CompareSettings, db: str, target: str) -> TaskResult:
    """Compare ``old`` with ``new`` and write the contract JSON to ``target``."""
    try:
        outcome = _bench(settings, db).compare(old, new)
        write_atomically(Path(target), outcome.json)
        changes = json.loads(outcome.json)["changes"]
    except Exception as exc:  # every failure becomes a row of failures.csv
        return failure(exc, new)
    return TaskResult(True, changes=sum(1 for c in changes if c["kind"] != "unchanged"))
