"""The workflow layer the app and the CLI share, and the direction of the import graph:
ui / cli → workbench → pipeline stages → models, settings, errors."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path

import pytest

from analyzer import AnalyzerError, CompareSettings
from analyzer.report import read_csv
from analyzer.store import Store, StoreError
from analyzer.workbench import Outcome, Unkept, Workbench

from .conftest import MADISON, ROOT

PACKAGE = ROOT / "analyzer"


def _imports(path: Path) -> set[str]:
    """Modules a file imports, relative ones resolved against its package (``..store`` →
    ``analyzer.store``)."""
    package = list(path.relative_to(ROOT).with_suffix("").parts)[:-1]  # a package's __init__ too
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def test_workbench_reading_knows_nothing_of_storage_or_alignment() -> None:
    for path in sorted((PACKAGE / "ingest").glob("*.py")):
        imported = _imports(path)
        assert not {m for m in imported if m.startswith(("analyzer.store", "analyzer.align"))}, path


def test_workbench_is_the_only_way_down_from_the_shells() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        assert not {m for m in _imports(path) if m.split(".")[0] == "streamlit"}, path
        # batch is a shell like the CLI: the workbench's compare fanned out over an engine
        if path.name != "workbench.py" and path.name != "cli.py" and path.parent.name != "batch":
            assert "analyzer.workbench" not in _imports(path), f"{path} imports the layer above it"
    shells = [PACKAGE / "cli.py", *sorted((PACKAGE / "batch").glob("*.py"))]
    for shell in shells:
        reached = {m for m in _imports(shell) if m.startswith("analyzer.")}
        below = {m for m in reached if m.split(".")[1] in ("compare", "ingest", "store", "library", "report")}
        assert not below, f"{shell.name} skips the workbench: {below}"
    stages = ("compare", "ingest", "store", "library", "align", "segment", "lenses", "nlp")
    for shell in [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]:
        reached = {m.split(".")[1] for m in _imports(shell) if m.startswith("analyzer.")}
        assert not reached & set(stages), f"{shell.name} skips the workbench: {reached & set(stages)}"


def test_workbench_renders_every_format_from_one_outcome(tmp_path: Path) -> None:
    bench = Workbench()
    outcome = bench.compare(MADISON / "old.txt", MADISON / "new.txt")
    assert outcome.library_id is None and outcome.has_changes
    data = json.loads(bench.render(outcome, "json"))
    modified = [c for c in data["changes"] if c["kind"] == "modified"]
    assert modified and any(d["op"] == "insert" for d in modified[0]["diff"])
    assert bench.render(outcome, "md").startswith("# What changed: old.txt → new.txt")
    assert "Documentation requests" in bench.render(outcome, "html")
    rows = read_csv(bench.render(outcome, "csv"))  # the changes; every aligned clause on request
    assert [r["id"] for r in rows] == [c["id"] for c in data["changes"] if c["kind"] != "unchanged"]
    every = read_csv(bench.render(outcome, "csv", every_row=True))
    assert [r["id"] for r in every] == [c["id"] for c in data["changes"]]
    assert "one-page summary" in bench.render(outcome, "summary")
    written = bench.write(outcome, "csv", tmp_path / "changes.csv")
    assert [p.name for p in written] == ["changes.csv", "changes.evidence.json"]
    evidence = json.loads(written[1].read_text(encoding="utf-8"))
    assert evidence["documents"]["old"]["sha256"] == data["documents"]["old"]["sha256"]
    with pytest.raises(AnalyzerError, match="no report format"):
        bench.render(outcome, "xlsx")


def test_workbench_keeps_a_result_and_reopens_it_as_kept(tmp_path: Path) -> None:
    with Workbench(CompareSettings(), Store(tmp_path / "lib.db")) as bench:
        outcome = bench.compare(
            (b"1. Scope\n\nOfficers shall ask.\n", "a.txt"), (b"1. Scope\n\nOfficers may ask.\n", "b.txt")
        )
        assert outcome.library_id == 1
        assert any(n.code == "library_kept" for n in outcome.notices)
        again = bench.reopen(1)
        assert again.json == outcome.json  # no pairing since: the JSON as kept
        assert [c.kind for c in again.comparison.changes] == [c.kind for c in outcome.comparison.changes]
        with pytest.raises(StoreError, match="no comparison 9"):
            bench.reopen(9)
        with pytest.raises(AnalyzerError, match="No clause o0999"):
            bench.pair(1, "o0999", "n0001")


def test_compare_first_then_keep_is_compare(tmp_path: Path) -> None:
    """The app shows a new result before it is written as JSON and kept: ``compare_first`` then
    ``keep`` give the bytes and the library entry ``compare`` gives."""
    old, new = (b"1. Scope\n\nOfficers shall ask.\n", "a.txt"), (b"1. Scope\n\nOfficers may ask.\n", "b.txt")
    with Workbench(CompareSettings(), Store(tmp_path / "one.db")) as bench:
        first = bench.compare_first(old, new)
        assert isinstance(first, Unkept) and bench.comparisons() == []
        kept = bench.keep(first)
        assert kept.library_id == 1 and any(n.code == "library_kept" for n in kept.notices)
        again = bench.compare_first(old, new)
        assert isinstance(again, Outcome) and again.json == kept.json and again.library_id == 1
    with Workbench(CompareSettings(), Store(tmp_path / "two.db")) as other:
        assert other.compare(old, new).json == kept.json


def test_two_pdfs_read_at_once_are_those_read_one_after_the_other(tmp_path: Path) -> None:
    """Two new PDFs are read at the same time (the clauses of the first one back are found while
    the other is read): the documents and clauses are those of reading them in turn, both are kept
    in the library, and the progress runs forward to the end."""
    import threading

    from analyzer.compare import find_clauses

    files = ((MADISON / "old.pdf").read_bytes(), "old.pdf"), ((MADISON / "new.pdf").read_bytes(), "new.pdf")
    apart = [Workbench(CompareSettings()).read(f) for f in files]
    with Workbench(CompareSettings(), Store(tmp_path / "lib.db")) as bench:
        assert bench._read_together(files)
        loaded = threading.Thread(target=lambda: None)
        loaded.start()
        clauses: list = [None, None]  # type: ignore[type-arg]
        seen: list[float] = []
        together = bench._read_both(files, lambda message, done: seen.append(done), loaded, clauses)
        assert together == apart
        assert seen == sorted(seen) and seen[-1] == 1.0
        found = [k for k in (0, 1) if clauses[k] is not None]
        assert len(found) == 1  # the file read first; the other is found with the comparison
        for k in found:
            assert clauses[k] == find_clauses(apart[k], bench.settings, ("old", "new")[k])
        assert not bench._read_together(files)  # both kept: read from the library now
    with Workbench(CompareSettings(), Store(tmp_path / "later.db")) as bench:
        later: list = []  # type: ignore[type-arg]
        assert bench._read_both(files, lambda message, done: None, loaded, [None, None], later) == apart
        assert later == apart and bench._read_together(files)  # not kept yet: the app keeps them
        old, new = (
            (b"1. Scope\n\nOfficers shall ask.\n", "a.txt"),
            (b"1. Scope\n\nOfficers may ask.\n", "b.txt"),
        )
        first = bench.compare_first(old, new)
        assert isinstance(first, Unkept)
        bench.keep(replace(first, documents=tuple(later)))  # kept with the result
        assert not bench._read_together(files)
    assert not Workbench()._read_together((files[0], files[0]))  # the same bytes: read once
    assert not Workbench()._read_together((files[0], (b"1. Scope", "new.txt")))


def test_two_pdfs_read_at_once_fail_as_one_after_the_other(monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged file read beside a good one is named in the error, whichever side it is on; a
    file stopped because the shared page workers were (the other file's crash or time limit) is
    read again on its own."""
    from concurrent.futures.process import BrokenProcessPool

    import analyzer.ingest as ingest
    from analyzer.errors import LimitExceededError

    good = ((MADISON / "old.pdf").read_bytes(), "good.pdf")
    bad = (b"%PDF-1.4\n" + b"not a PDF at all " * 50, "bad.pdf")
    bench = Workbench(CompareSettings())
    for files in ((good, bad), (bad, good)):
        with pytest.raises(AnalyzerError) as caught:
            bench._read_both(files, lambda message, done: None, _done_thread(), [None, None])
        assert "bad.pdf" in str(caught.value) and "good.pdf" not in str(caught.value)
    real = ingest.load_document
    stopped: list[str] = []

    def stopped_once(data: bytes, **kwargs: object) -> object:
        if kwargs["filename"] == "good.pdf" and not stopped:
            stopped.append("good.pdf")
            try:
                raise BrokenProcessPool("killed")
            except BrokenProcessPool as exc:
                raise LimitExceededError("Reading this PDF stopped", filename="good.pdf") from exc
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "load_document", stopped_once)
    other = ((MADISON / "new.pdf").read_bytes(), "other.pdf")
    documents = bench._read_both((good, other), lambda message, done: None, _done_thread(), [None, None])
    assert stopped == ["good.pdf"] and [d.filename for d in documents] == ["good.pdf", "other.pdf"]
    assert documents[0] == Workbench().read(good)


def _done_thread():  # type: ignore[no-untyped-def]
    import threading

    thread = threading.Thread(target=lambda: None)
    thread.start()
    return thread


def test_the_page_readers_can_be_started_before_the_first_file() -> None:
    from analyzer.ingest import pdf

    settings = CompareSettings()
    Workbench(settings).start_readers()
    pool = pdf._POOLS[(pdf.worker_count(settings), settings.worker_memory_mb)]
    assert len(pool._processes) == pdf.worker_count(settings)  # type: ignore[attr-defined]


def test_workbench_without_a_library_compares_but_refuses_notes(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the library's folder should be")
    bench = Workbench.open(db=blocked / "lib.db")
    assert bench.store is None and bench.notices[0].code == "library_unavailable"
    outcome = bench.compare(MADISON / "old.txt", MADISON / "new.txt")
    assert outcome.has_changes and outcome.notices[0].code == "library_unavailable"
    with pytest.raises(StoreError) as caught:
        bench.note(1, "c0001")
    assert isinstance(caught.value, AnalyzerError) and caught.value.code == "library_error"
    with pytest.raises(StoreError, match="could not be opened"):
        Workbench.open(db=blocked / "lib.db", required=True)


def test_workbench_tells_a_marked_up_draft_from_a_clean_file() -> None:
    from .test_layouts import layouts

    bench = Workbench()
    assert bench.is_marked_up((layouts.tracked_docx(), "draft.docx"))
    assert not bench.is_marked_up(MADISON / "new.docx")
    assert not bench.is_marked_up(MADISON / "new.pdf")
    assert not bench.is_marked_up((b"", "empty.txt"))


def test_workbench_topic_labels_follow_the_lens_file(tmp_path: Path) -> None:
    lens = tmp_path / "lens.toml"
    lens.write_text(
        'name = "x"\n[[topics]]\nid = "zeta"\nlabel = "Zeta"\nterms = ["z"]\n'
        '[[topics]]\nid = "alpha"\nlabel = "Alpha"\nterms = ["a"]\n'
    )
    assert list(Workbench(CompareSettings(lens=str(lens))).labels().items()) == [
        ("zeta", "Zeta"),
        ("alpha", "Alpha"),
    ]
    assert Workbench().labels()["document_requests"] == "Documentation requests"


def test_typed_values_keep_the_contract_form(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    from analyzer.models import Summary

    summary = madison_pdf.summary
    data = madison_pdf.to_dict()["summary"]
    assert list(data) == ["counts", "topics", "highlights"]
    assert Summary.from_dict(data) == summary and summary.to_dict() == data
    assert data["topics"]["document_requests"] == summary.topics["document_requests"].to_dict()
    assert summary.topics["document_requests"].limits_enforcement >= 1
    assert sum(summary.counts.values()) == len(madison_pdf.changes)


def test_one_list_of_change_kinds() -> None:
    """The schema, the counts, the reports and the app all take their kinds from models."""
    from analyzer.models import CHANGE_KINDS, SHOWN_KINDS

    schema = json.loads((PACKAGE / "schema" / "comparison.schema.json").read_text(encoding="utf-8"))
    assert tuple(schema["$defs"]["Kind"]["enum"]) == CHANGE_KINDS
    assert sorted(SHOWN_KINDS) == sorted(CHANGE_KINDS) and SHOWN_KINDS[-1] == "unchanged"
    for path in [*PACKAGE.rglob("*.py"), ROOT / "app.py", *(ROOT / "ui").glob("*.py")]:
        if path.name != "models.py":
            assert '"renumbered", "split"' not in path.read_text(encoding="utf-8"), path


def _cases(count: int) -> list[tuple[str, str]]:
    lines = (ROOT / "tests" / "data" / "rules_eval" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    step = max(1, len(cases) // count)
    return [(c["old"], c["new"]) for c in cases[::step][:count]]


def test_provisions_read_ahead_are_those_the_lens_reads() -> None:
    """Each version's provisions may be read before the comparison (``read_rules``, while the other
    file is still being read); the comparison then takes them instead of reading them in
    ``apply_lens``, and gives the same bytes as without them — also where only one side was read
    ahead, or where what was read ahead is of other clauses (then not taken)."""
    from analyzer.compare import _lens_provisions, compare_documents, find_clauses, read_rules
    from analyzer.ingest import load_document
    from analyzer.lenses import _side_clauses, apply_lens, get_lens
    from analyzer.report import to_json
    from analyzer.rules import read_provisions

    settings = CompareSettings()
    spec = get_lens(settings.lens, settings.spacy_model).spec
    pairs = [tuple(load_document(MADISON / f"{side}.pdf", settings=settings) for side in ("old", "new"))]
    pairs += [
        tuple(
            load_document(text.encode(), filename=f"{side}.txt", settings=settings)
            for side, text in zip(("old", "new"), case, strict=True)
        )
        for case in _cases(12)
    ]
    read_ahead = 0
    for old, new in pairs:
        found = (find_clauses(old, settings, "old"), find_clauses(new, settings, "new"))
        rules = (read_rules(found[0][0], settings), read_rules(found[1][0], settings))
        plain = compare_documents(old, new, settings=settings)
        wrong = replace(rules[0], clauses=rules[0].clauses[1:])  # not the clauses compared: not taken
        for given in ((rules[0], rules[1]), (rules[0], None), (None, rules[1]), (wrong, rules[1])):
            ahead = compare_documents(old, new, settings=settings, clauses=found, rules=given)
            assert to_json(ahead) == to_json(plain)
        # what the comparison takes is what ``apply_lens`` reads itself, numbered alike
        changes = list(plain.changes)
        sides = [_side_clauses(changes, side) for side in ("old", "new")]
        assert [list(r.clauses) for r in rules] == sides  # every clause is in a change: read ahead, taken
        taken = _lens_provisions(changes, settings, rules)
        assert taken is not None
        assert taken[0] == read_provisions(sides[0], spec)
        assert taken[1] == read_provisions(sides[1], spec, start=len(taken[0]) + 1)
        assert apply_lens(changes, settings, taken) == apply_lens(changes, settings)
        read_ahead += bool(taken[1])
    assert read_ahead  # some new side's provisions were renumbered after the old side's


def test_first_pdf_back_has_its_provisions_read_while_the_other_is_read() -> None:
    from analyzer.compare import find_clauses, read_rules

    files = ((MADISON / "old.pdf").read_bytes(), "old.pdf"), ((MADISON / "new.pdf").read_bytes(), "new.pdf")
    bench = Workbench(CompareSettings())
    clauses: list = [None, None]  # type: ignore[type-arg]
    rules: list = [None, None]  # type: ignore[type-arg]
    documents = bench._read_both(files, lambda message, done: None, _done_thread(), clauses, None, rules)
    found = [k for k in (0, 1) if rules[k] is not None]
    assert found == [k for k in (0, 1) if clauses[k] is not None] and len(found) == 1
    for k in found:
        assert clauses[k] == find_clauses(documents[k], bench.settings, ("old", "new")[k])
        assert rules[k] == read_rules(clauses[k][0], bench.settings)
