"""The hostile corpus (tests/data/hostile/make.py): every bad file gets its specific, readable
error or is read correctly — never another exception, never a hang (pytest-timeout)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import analyzer.errors as errors
from analyzer import AnalyzerError, CompareSettings, cli, compare_documents, load_document
from analyzer.report import to_json, validate

from .conftest import ROOT, load_script

MAKE = ROOT / "tests" / "data" / "hostile" / "make.py"
make = load_script(MAKE)
NAMES = [case[0] for case in make.CASES]
SETTINGS = CompareSettings()
# over a million characters through the whole pipeline, lens included: tens of seconds each
LARGE = {"one-paragraph-200k-words.txt", "tiny-clauses-20000.txt"}


class Corpus:
    """The hostile corpus in a folder, each file written by make.py when a test first asks for it
    (with the same listing as ``make.py``'s cases.json), so a test run on several workers does not
    build every file — the 1 GB zip bomb takes seconds — once per worker."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.cases = {
            name: (build, {"file": name, "expect": expect, **checks})
            for name, build, expect, checks in make.CASES
        }

    def __getitem__(self, name: str) -> dict[str, str]:
        build, case = self.cases[name]
        path = self.folder / name
        if not path.exists():
            path.write_bytes(build())
        return {**case, "path": str(path)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("hostile"))


def test_the_corpus_has_at_least_forty_cases() -> None:
    assert len(NAMES) >= 40 and len(set(NAMES)) == len(NAMES)


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=[pytest.mark.slow] if name in LARGE else []) for name in NAMES]
)
def test_hostile_file(corpus: Corpus, name: str) -> None:
    case = corpus[name]
    path = Path(case["path"])
    if case["expect"] != "ok":
        with pytest.raises(AnalyzerError) as caught:
            load_document(path, settings=SETTINGS)
        assert type(caught.value) is getattr(errors, case["expect"])
        message = str(caught.value)
        assert message.startswith(f"{name}: ") and caught.value.fix  # what happened, and what to do
        return
    doc = load_document(path, settings=SETTINGS)
    if "contains" in case:
        assert case["contains"] in doc.text
    if "absent" in case:
        assert case["absent"] not in doc.text
    other = load_document(
        b"1. Scope\n\nOfficers will not ask about status.\n", filename="x.txt", settings=SETTINGS
    )
    result = compare_documents(other, doc, settings=SETTINGS)
    assert all(len(c.text) <= SETTINGS.max_clause_chars for ch in result.changes for c in ch.new)
    validate(json.loads(to_json(result)))


@pytest.mark.parametrize(
    "name", ["encrypted-user-password.pdf", "zip-bomb.docx", "truncated.pdf", "exe-named.pdf"]
)
def test_cli_gives_the_message_and_exit_2_never_a_traceback(
    corpus: Corpus, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = ROOT / "corpora" / "madison-2017" / "old.txt"
    assert cli.main(["compare", str(good), corpus[name]["path"], "--no-library"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"error: {name}: ") and "Traceback" not in err
    assert out == ""
