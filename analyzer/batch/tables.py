"""The batch's tables, built from the kept results one file at a time (the driver never holds
the whole batch): ``changes.csv`` and ``changes.parquet`` (one row per change, the manifest's
columns first), ``matrix.csv`` (one row per document, one column per lens action) and
``failures.csv``. Rows follow the manifest's order, whichever engine ran the batch and in
whatever order its tasks finished, so the files are the same byte for byte.

The matrix cell for a document and an action is the binding of that document's provision on
the action, in a word (``required``, ``permitted``, ``prohibited``, ``discretionary``; empty
where the document states no rule on it). Where a document has several provisions on one action,
the cell shows the first in reading order (the rule as the policy first states it; exceptions
and conditions are read into that provision, not counted apart) and ``<action>_count`` says how
many there are. ``<action>_source`` quotes the sentence the rule rests on with its page."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..workbench import Workbench
from .manifest import Manifest

CHANGE_COLUMNS = ["row_id", "old_file", "new_file", "change_id", "kind", "old_number", "new_number"]
CHANGE_COLUMNS += ["old_pages", "new_pages", "topics", "direction", "explanation", "old_text", "new_text"]
FAILURE_COLUMNS = ["row_id", "file", "code", "message"]
QUOTE_CHARS = 300
"""A matrix source cell quotes at most this many characters of the rule's sentence."""


@dataclass(frozen=True)
class DocumentRow:
    """One row of the matrix: a document, its manifest columns, where its provisions are read."""

    row_id: str
    file: str
    columns: tuple[tuple[str, str], ...]
    result: Path | None
    side: str = "new"


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[dict[str, str]]) -> int:
    """A CSV, header row first, every cell safe for a spreadsheet; written to a temporary file
    and renamed, so a batch killed while writing leaves no half table."""
    temporary = path.with_name(f".{path.name}.tmp")
    count = 0
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: Workbench.spreadsheet_safe(row.get(k, "")) for k in header})
            count += 1
    os.replace(temporary, path)
    return count


def _load(path: Path | None) -> dict[str, Any] | None:
    if path is None or not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def manifest_header(manifest: Manifest) -> list[str]:
    """The manifest's own columns, renamed where they clash with the batch's (``id`` stays)."""
    return [c if c not in CHANGE_COLUMNS else f"manifest_{c}" for c in manifest.columns]


def change_rows(manifest: Manifest, results: Sequence[tuple[str, Path | None]]) -> Iterable[dict[str, str]]:
    """Every change of every result, in manifest order, then the order of the result."""
    names = manifest_header(manifest)
    rows = {row.id: row for row in manifest.rows}
    for row_id, path in results:
        data = _load(path)
        if data is None:
            continue
        own = dict(zip(names, (value for _, value in rows[row_id].columns), strict=True))
        files = {side: data["documents"][side]["filename"] for side in ("old", "new")}
        for change in data["changes"]:
            table = Workbench.change_row(change)
            change_id = table.pop("id")
            yield {
                **own,
                "row_id": row_id,
                "old_file": files["old"],
                "new_file": files["new"],
                "change_id": change_id,
                **table,
            }


def write_changes(folder: Path, manifest: Manifest, results: Sequence[tuple[str, Path | None]]) -> int:
    header = manifest_header(manifest) + CHANGE_COLUMNS
    count = _write_csv(folder / "changes.csv", header, change_rows(manifest, results))
    _write_parquet(folder / "changes.parquet", header, manifest, results)
    return count


def _write_parquet(
    path: Path, header: list[str], manifest: Manifest, results: Sequence[tuple[str, Path | None]]
) -> None:
    """The same rows as changes.csv (text as written, no spreadsheet guard), one row group per
    result, so memory holds one document's changes at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.string()) for name in header])
    temporary = path.with_name(f".{path.name}.tmp")
    with pq.ParquetWriter(temporary, schema) as writer:
        for row_id, result in results:
            rows = list(change_rows(manifest, [(row_id, result)]))
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    os.replace(temporary, path)


def _quote(provision: dict[str, Any]) -> str:
    text = " ".join(str(provision.get("quote") or provision.get("summary") or "").split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1].rstrip() + "…"
    return f'p. {provision.get("page", "?")}: "{text}"'


def matrix_cells(provisions: Sequence[dict[str, Any]], actions: Sequence[str]) -> dict[str, str]:
    """``{action: binding, action_source: quote, action_count: n}`` for one document."""
    cells: dict[str, str] = {}
    for action in actions:
        found = [p for p in provisions if p.get("action") == action]
        cells[action] = found[0]["binding"] if found else ""
        cells[f"{action}_source"] = _quote(found[0]) if found else ""
        cells[f"{action}_count"] = str(len(found)) if found else ""
    return cells


def matrix_header(manifest: Manifest, actions: Sequence[str]) -> list[str]:
    header = manifest_header(manifest) + ["row_id", "file", "status"]
    for action in actions:
        header += [action, f"{action}_source", f"{action}_count"]
    return header


def write_matrix(
    folder: Path, manifest: Manifest, documents: Sequence[DocumentRow], actions: Sequence[str]
) -> int:
    names = manifest_header(manifest)

    def rows() -> Iterable[dict[str, str]]:
        for doc in documents:
            data = _load(doc.result)
            own = dict(zip(names, (value for _, value in doc.columns), strict=False))
            status = "ok" if data is not None else "failed"
            cells = matrix_cells(data["provisions"][doc.side] if data else [], actions)
            yield {**own, "row_id": doc.row_id, "file": doc.file, "status": status, **cells}

    return _write_csv(folder / "matrix.csv", matrix_header(manifest, actions), rows())


def write_failures(folder: Path, failures: Sequence[tuple[str, str, str, str]]) -> int:
    rows = [dict(zip(FAILURE_COLUMNS, failure, strict=True)) for failure in failures]
    return _write_csv(folder / "failures.csv", FAILURE_COLUMNS, rows)


def read_table(path: Path) -> list[dict[str, str]]:
    """A table the batch wrote, spreadsheet guards removed (for the app and the tests)."""
    text = path.read_text(encoding="utf-8")
    return [{k: _unguard(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell
