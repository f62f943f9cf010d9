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


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile")
    make.main(folder)
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    return {c["file"]: {**c, "path": str(folder / c["file"])} for c in cases}


def test_the_corpus_has_at_least_forty_cases() -> None:
    assert len(NAMES) >= 40 and len(set(NAMES)) == len(NAMES)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", NAMES)
def test_hostile_file(corpus: dict[str, dict[str, str]], name: str) -> None:
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
    corpus: dict[str, dict[str, str]], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = ROOT / "corpora" / "madison-2017" / "old.txt"
    assert cli.main(["compare", str(good), corpus[name]["path"], "--no-library"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"error: {name}: ") and "Traceback" not in err
    assert out == ""
