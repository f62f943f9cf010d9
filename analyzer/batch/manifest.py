"""The manifest (a CSV listing documents) and the comparisons it asks for.

A manifest has a ``path`` column (relative to the manifest's folder, or absolute) and any
columns the user likes (``agency``, ``state``, ``date`` …), kept in the tables in their order.
An ``id`` column, when present, names each row's result (``results/<id>.json``); otherwise rows
are ``row0001``, ``row0002`` … in manifest order.

With a model policy (``--against MODEL``) every document is compared with the model. Without
one, rows sharing an ``agency`` are compared in ``date`` order (ISO dates, ties in manifest
order), each version with the previous one; the earliest version of an agency has nothing earlier
to compare with, so it is compared with itself (its result lists every clause as unchanged, and
its rules are read exactly as every other version's are)."""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import AnalyzerError

MODEL_ID = "model"
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ManifestError(AnalyzerError):
    code = "bad_manifest"


@dataclass(frozen=True)
class Row:
    """One document of the manifest: its id, its file and the manifest's own columns."""

    id: str
    path: Path
    columns: tuple[tuple[str, str], ...]

    def column(self, name: str) -> str:
        return dict(self.columns).get(name, "")


@dataclass(frozen=True)
class Manifest:
    path: Path
    sha256: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Job:
    """One comparison: ``old`` → ``new``; ``row`` names the result (the new document's row)."""

    row: str
    old: Path
    new: Path
    old_row: str
    """The row id of the old document, ``model`` for the model policy, or the row itself."""


def read_manifest(path: str | Path) -> Manifest:
    """The manifest's rows; a clear ``ManifestError`` for one the batch cannot use. A listed
    file that is missing is not an error here: it becomes a failed row, and the batch goes on."""
    where = Path(path)
    try:
        data = where.read_bytes()
    except OSError as exc:
        raise ManifestError(
            f"Cannot open the manifest {where}",
            cause=exc.strerror or str(exc),
            fix="Check the path; the manifest is a CSV file with a 'path' column",
        ) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ManifestError(
            f"The manifest {where.name} is not UTF-8 text",
            cause="it may be a spreadsheet file rather than a CSV",
            fix="Save it as 'CSV UTF-8' and try again",
        ) from exc
    reader = csv.DictReader(text.splitlines())
    columns = tuple(name.strip() for name in (reader.fieldnames or []))
    if "path" not in columns:
        raise ManifestError(
            f"The manifest {where.name} has no 'path' column",
            cause=f"its header row is: {', '.join(columns) or '(empty)'}",
            fix="Make the first row a header with a 'path' column naming each document's file",
        )
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(reader, start=1):
        values = {k.strip(): (v or "").strip() for k, v in record.items() if k is not None}
        if not any(values.values()):
            continue  # a blank line
        if not values.get("path"):
            raise ManifestError(
                f"Row {number} of the manifest {where.name} has no path",
                fix="Fill in the file of every row, or delete the row",
            )
        row_id = values.get("id") or f"row{number:04d}"
        if not _SAFE_ID.match(row_id) or row_id == MODEL_ID:
            raise ManifestError(
                f"Row {number} of the manifest has the id {row_id!r}, which cannot name a result file",
                cause="ids are used as file names (results/<id>.json); 'model' is kept for the model policy",
                fix="Use letters, digits, '.', '_' and '-' only, starting with a letter or digit",
            )
        if row_id in seen:
            raise ManifestError(
                f"Rows {seen[row_id]} and {number} of the manifest share the id {row_id!r}",
                fix="Give every row its own id",
            )
        seen[row_id] = number
        file = Path(values["path"]).expanduser()
        if not file.is_absolute():
            file = where.parent / file
        rows.append(Row(row_id, file, tuple((c, values.get(c, "")) for c in columns)))
    if not rows:
        raise ManifestError(f"The manifest {where.name} lists no document", fix="Add one row per document")
    return Manifest(where, hashlib.sha256(data).hexdigest(), columns, tuple(rows))


def _when(row: Row, number: int) -> date:
    text = row.column("date")
    if not text:
        return date.min
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ManifestError(
            f"Row {row.id} of the manifest has the date {text!r}, which is not a date the batch can order",
            fix="Write dates as YYYY-MM-DD",
        ) from exc


def plan(manifest: Manifest, against: Path | None) -> list[Job]:
    """The comparisons, in manifest order (one per row)."""
    if against is not None:
        return [Job(row.id, against, row.path, MODEL_ID) for row in manifest.rows]
    if "agency" not in manifest.columns:
        raise ManifestError(
            "Without --against the batch compares each agency's versions, but the manifest has no "
            "'agency' column",
            fix="Add 'agency' (and 'date') columns, or give a model policy with --against MODEL",
        )
    previous: dict[str, Row] = {}
    jobs: dict[str, Job] = {}
    order = sorted(enumerate(manifest.rows), key=lambda item: (_when(item[1], item[0]), item[0]))
    for _, row in order:
        before = previous.get(row.column("agency"))
        if before is None:
            jobs[row.id] = Job(row.id, row.path, row.path, row.id)
        else:
            jobs[row.id] = Job(row.id, before.path, row.path, before.id)
        previous[row.column("agency")] = row
    return [jobs[row.id] for row in manifest.rows]


def replan(manifest: Manifest, job: Job, unreadable: set[Path]) -> Job:
    """A version whose previous version could not be read is compared with the latest earlier
    version that could (or with itself, if none could)."""
    if job.old not in unreadable or job.old_row == MODEL_ID:
        return job
    rows = {row.id: row for row in manifest.rows}
    me = rows[job.row]
    earlier = [
        (_when(row, k), k, row)
        for k, row in enumerate(manifest.rows)
        if row.column("agency") == me.column("agency") and row.path not in unreadable and row.id != me.id
    ]
    mine = (_when(me, manifest.rows.index(me)), manifest.rows.index(me))
    candidates = [item for item in earlier if (item[0], item[1]) < mine]
    if not candidates:
        return Job(job.row, job.new, job.new, job.row)
    best = max(candidates, key=lambda item: (item[0], item[1]))[2]
    return Job(job.row, best.path, job.new, best.id)
