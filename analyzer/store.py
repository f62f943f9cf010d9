"""The local library: one SQLite file (standard library ``sqlite3``, WAL mode, versioned schema).

What it keeps:

* ``extractions`` — a document as read and cleaned, by the file's sha256 and the settings that
  shape reading, so a file compared before is not read again (PDF reading is most of the time);
* ``comparisons`` — results (the contract JSON) by both files' sha256 and all settings;
* ``notes`` — reviewer notes on a change (reserved for the library and reviewer features).

Every write is one transaction; a crash mid-write leaves the earlier state intact (WAL). The
database path comes from ``--db``, else ``ANALYZER_DB``, else the per-user data folder. A
library that cannot be opened or is damaged never stops a comparison: the caller gets a
``StoreError`` and carries on without it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from . import __version__
from .errors import AnalyzerError
from .models import Clause, Document, Line, Notice, Override, Page, Removed, text_sha
from .settings import CompareSettings

MIGRATIONS = [
    # 1: extraction cache and stored comparisons
    """
    CREATE TABLE extractions (
        sha256 TEXT NOT NULL,
        reading_key TEXT NOT NULL,
        media_type TEXT NOT NULL,
        pages INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (sha256, reading_key)
    );
    CREATE TABLE comparisons (
        id INTEGER PRIMARY KEY,
        cache_key TEXT NOT NULL UNIQUE,
        old_sha256 TEXT NOT NULL,
        new_sha256 TEXT NOT NULL,
        old_filename TEXT NOT NULL,
        new_filename TEXT NOT NULL,
        result BLOB NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        change_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'not_significant', 'note')),
        text TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL
    );
    CREATE INDEX notes_by_comparison ON notes (comparison_id, change_id);
    """,
    # 2: manual pairings (by the two files, so they apply to every later run of the pair)
    """
    CREATE TABLE pairings (
        id INTEGER PRIMARY KEY,
        old_sha256 TEXT NOT NULL,
        new_sha256 TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('pair', 'unpair')),
        old_clause TEXT NOT NULL,
        old_text_sha TEXT NOT NULL,
        new_clause TEXT NOT NULL,
        new_text_sha TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL
    );
    CREATE INDEX pairings_by_pair ON pairings (old_sha256, new_sha256);
    """,
    # 3: a comparison keeps its row (and its notes) when pairings change; the stored result
    # records which pairings it was made with
    """
    ALTER TABLE comparisons ADD COLUMN variant TEXT NOT NULL DEFAULT ''
    """,
]
NOTE_STATUSES = ("confirmed", "not_significant", "note")


class StoreError(AnalyzerError):
    """The library could not be used; the message says what, why and what to do."""

    code = "library_error"


@dataclass(frozen=True)
class StoredComparison:
    """A comparison kept in the library. ``result`` (the contract JSON as kept) and ``settings``
    are filled when one comparison is asked for, not in the listing."""

    id: int
    old_filename: str
    new_filename: str
    old_sha256: str
    new_sha256: str
    created_at: float
    notes: int = 0
    result: str = ""
    settings: CompareSettings | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "old_filename": self.old_filename,
            "new_filename": self.new_filename,
            "old_sha256": self.old_sha256,
            "new_sha256": self.new_sha256,
            "created_at": self.created_at,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class Note:
    """A reviewer's note on one change of a kept comparison."""

    id: int
    change_id: str
    status: str
    text: str
    author: str
    created_at: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "change_id": self.change_id,
            "status": self.status,
            "text": self.text,
            "author": self.author,
            "created_at": self.created_at,
        }


def default_path() -> Path:
    if os.environ.get("ANALYZER_DB"):
        return Path(os.environ["ANALYZER_DB"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "policy-diff" / "library.db"


def variant_key(overrides: list[Override]) -> str:
    """Which manual pairings a stored result was made with."""
    return json.dumps([list(vars(o).values()) for o in overrides])


def reading_key(settings: CompareSettings) -> str:
    """What a read document depends on: the tool's version and every setting tagged ``reading``
    (a new reading setting joins the key by being tagged, not by being listed here)."""
    return json.dumps({"version": __version__, **settings.key("reading")}, sort_keys=True)


def comparison_key(
    old_sha: str,
    new_sha: str,
    old_name: str,
    new_name: str,
    settings: CompareSettings,
) -> str:
    """Everything a result depends on: both files, their names (they are in the result), the
    settings, the tool's version, and the content of a lens file given by path."""
    lens = Path(settings.lens)
    lens_sha = hashlib.sha256(lens.read_bytes()).hexdigest() if lens.is_file() else None
    return json.dumps(
        {
            "version": __version__,
            "old": [old_sha, old_name],
            "new": [new_sha, new_name],
            "lens_sha256": lens_sha,
            **settings.to_dict(),
        },
        sort_keys=True,
    )


_LINE_FIELDS = [f.name for f in fields(Line)]


def document_to_blob(doc: Document) -> bytes:
    data = {
        "media_type": doc.media_type,
        "method": doc.method,
        "text": doc.text,
        "removed": [[r.page, r.text, r.reason] for r in doc.removed],
        "notices": [[n.code, n.severity, n.message] for n in doc.notices],
        "pages": [
            {
                "number": p.number,
                "method": p.method,
                "width": p.width,
                "height": p.height,
                "ocr_confidence": p.ocr_confidence,
                "reader": p.reader,
                "lines": [[getattr(line, name) for name in _LINE_FIELDS] for line in p.lines],
            }
            for p in doc.pages
        ],
    }
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), 6)


def document_from_blob(blob: bytes, *, filename: str, sha256: str) -> Document:
    data = json.loads(zlib.decompress(blob))
    pages = tuple(
        Page(
            number=p["number"],
            method=p["method"],
            lines=tuple(Line(**dict(zip(_LINE_FIELDS, values, strict=True))) for values in p["lines"]),
            width=p["width"],
            height=p["height"],
            ocr_confidence=p["ocr_confidence"],
            reader=p.get("reader"),
        )
        for p in data["pages"]
    )
    return Document(
        filename=filename,
        sha256=sha256,
        media_type=data["media_type"],
        pages=pages,
        text=data["text"],
        method=data["method"],
        removed=tuple(Removed(*r) for r in data["removed"]),
        notices=tuple(Notice(*n) for n in data["notices"]),
    )


class Store:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"The library at {self.path} could not be opened",
                cause=f"{exc}; comparisons still work, but results and notes are not kept",
                fix="To keep them, point --db (or ANALYZER_DB) at a writable file",
            ) from exc

    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"The library at {self.path} was written by a newer version of this tool",
                cause=f"its schema is {version}; this version knows {len(MIGRATIONS)}",
                fix="Update the tool, or use another --db",
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                # another process opening the same new library (a batch's workers all start at
                # once) may have applied this step while this one waited for the write lock
                if int(self.db.execute("PRAGMA user_version").fetchone()[0]) >= number:
                    self.db.execute("COMMIT")
                    continue
                for statement in script.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- extraction cache -----------------------------------------------------------------

    def cached_document(self, sha256: str, settings: CompareSettings, filename: str) -> Document | None:
        try:
            row = self.db.execute(
                "SELECT data FROM extractions WHERE sha256 = ? AND reading_key = ?",
                (sha256, reading_key(settings)),
            ).fetchone()
            if row is None:
                return None
            return document_from_blob(row[0], filename=filename, sha256=sha256)
        except (sqlite3.Error, zlib.error, ValueError, KeyError, TypeError):
            return None  # a damaged entry is read again, never trusted

    def has_document(self, sha256: str, settings: CompareSettings) -> bool:
        """Whether the library keeps this file's text read with these settings (without reading it)."""
        try:
            row = self.db.execute(
                "SELECT 1 FROM extractions WHERE sha256 = ? AND reading_key = ?",
                (sha256, reading_key(settings)),
            ).fetchone()
        except sqlite3.Error:
            return False
        return row is not None

    def save_document(self, doc: Document, settings: CompareSettings) -> None:
        self._write(
            "INSERT OR REPLACE INTO extractions (sha256, reading_key, media_type, pages, data, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                doc.sha256,
                reading_key(settings),
                doc.media_type,
                len(doc.pages),
                document_to_blob(doc),
                time.time(),
            ),
        )

    # --- stored comparisons -----------------------------------------------------------------

    def cached_result(self, key: str, variant: str = "[]") -> tuple[int, str] | None:
        """The stored result (its number and JSON) for these files and settings, if made with
        these pairings."""
        try:
            row = self.db.execute(
                "SELECT id, result FROM comparisons WHERE cache_key = ? AND variant = ?", (key, variant)
            ).fetchone()
            return (int(row[0]), zlib.decompress(row[1]).decode("utf-8")) if row else None
        except (sqlite3.Error, zlib.error, UnicodeDecodeError):
            return None

    def save_result(self, key: str, result_json: str, variant: str = "[]") -> int:
        """Keep a result; the same files and settings keep one row (and its notes)."""
        data = json.loads(result_json)
        old, new = data["documents"]["old"], data["documents"]["new"]
        self._write(
            "INSERT INTO comparisons (cache_key, old_sha256, new_sha256, old_filename, new_filename, result, "
            "created_at, variant) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(cache_key) DO UPDATE SET "
            "result = excluded.result, variant = excluded.variant",
            (
                key,
                old["sha256"],
                new["sha256"],
                old["filename"],
                new["filename"],
                zlib.compress(result_json.encode("utf-8"), 6),
                time.time(),
                variant,
            ),
        )
        row = self.db.execute("SELECT id FROM comparisons WHERE cache_key = ?", (key,)).fetchone()
        return int(row[0])

    def delete_comparison(self, comparison_id: int) -> bool:
        """Forget one kept comparison and its notes (the documents read stay cached; pairings, kept
        by the pair of files, stay too). False if there was no such comparison."""
        if self.comparison(comparison_id) is None:
            return False
        self._write("DELETE FROM notes WHERE comparison_id = ?", (comparison_id,))
        self._write("DELETE FROM comparisons WHERE id = ?", (comparison_id,))
        return True

    def comparisons(self) -> list[StoredComparison]:
        """Every kept comparison, oldest first, with how many reviewer notes it has."""
        rows = self.db.execute(
            "SELECT id, old_filename, new_filename, old_sha256, new_sha256, created_at, "
            "(SELECT count(*) FROM notes WHERE notes.comparison_id = comparisons.id) "
            "FROM comparisons ORDER BY id"
        ).fetchall()
        return [StoredComparison(*row) for row in rows]

    def comparison(self, comparison_id: int) -> StoredComparison | None:
        row = self.db.execute(
            "SELECT id, old_filename, new_filename, old_sha256, new_sha256, created_at, "
            "(SELECT count(*) FROM notes WHERE notes.comparison_id = comparisons.id), result, cache_key "
            "FROM comparisons WHERE id = ?",
            (comparison_id,),
        ).fetchone()
        if row is None:
            return None
        key = json.loads(row[8])
        known = CompareSettings.field_names()
        settings = CompareSettings(**{k: v for k, v in key.items() if k in known})
        number, old_name, new_name, old_sha, new_sha, created, notes = row[:7]
        return StoredComparison(
            number,
            old_name,
            new_name,
            old_sha,
            new_sha,
            created,
            notes,
            result=zlib.decompress(row[7]).decode("utf-8"),
            settings=settings,
        )

    # --- reviewer notes ---------------------------------------------------------------------

    def add_note(
        self, comparison_id: int, change_id: str, status: str, text: str = "", author: str = ""
    ) -> int:
        if status not in NOTE_STATUSES:
            raise StoreError(
                f"A note's status is one of {', '.join(NOTE_STATUSES)}, not {status!r}",
                fix=f"Give --status {NOTE_STATUSES[0]}, {NOTE_STATUSES[1]} or {NOTE_STATUSES[2]}",
            )
        if self.db.execute("SELECT 1 FROM comparisons WHERE id = ?", (comparison_id,)).fetchone() is None:
            raise StoreError(
                f"There is no comparison {comparison_id} in the library at {self.path}",
                fix="List what is there with: python -m analyzer library list",
            )
        cursor = self._write(
            "INSERT INTO notes (comparison_id, change_id, status, text, author, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (comparison_id, change_id, status, text, author, time.time()),
        )
        return int(cursor.lastrowid or 0)

    def notes(self, comparison_id: int) -> list[Note]:
        rows = self.db.execute(
            "SELECT id, change_id, status, text, author, created_at FROM notes "
            "WHERE comparison_id = ? ORDER BY id",
            (comparison_id,),
        ).fetchall()
        return [Note(*row) for row in rows]

    # --- manual pairings --------------------------------------------------------------------

    def add_pairing(
        self, old_sha: str, new_sha: str, action: str, old: Clause, new: Clause, author: str = ""
    ) -> int:
        if action not in ("pair", "unpair"):
            raise StoreError(f"A pairing is 'pair' or 'unpair', not {action!r}", fix="Use pair or unpair")
        cursor = self._write(
            "INSERT INTO pairings (old_sha256, new_sha256, action, old_clause, old_text_sha, new_clause, "
            "new_text_sha, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (old_sha, new_sha, action, old.id, text_sha(old), new.id, text_sha(new), author, time.time()),
        )
        return int(cursor.lastrowid or 0)

    def overrides(self, old_sha: str, new_sha: str) -> list[Override]:
        try:
            rows = self.db.execute(
                "SELECT action, old_clause, old_text_sha, new_clause, new_text_sha FROM pairings "
                "WHERE old_sha256 = ? AND new_sha256 = ? ORDER BY id",
                (old_sha, new_sha),
            ).fetchall()
        except sqlite3.Error:
            return []
        return [Override(*row) for row in rows]

    def _write(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self.db.execute(sql, params)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(
                f"Could not write to the library at {self.path}",
                cause=str(exc),
                fix="Check that the disk has room and the file is writable, or point --db at another file",
            ) from exc
        return cursor
