"""The benchmark's 30-page smoke version: a generated manual pair, scored against its truth.

Accuracy only; `make bench` measures time and memory (never asserted here)."""

from __future__ import annotations

import json
import sys

import pytest

from analyzer import CompareSettings, compare_documents, load_document
from analyzer.report import to_json, validate

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
import run  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("bench30")
    generate.generate(30, folder, seed=11)
    settings = CompareSettings()
    result = compare_documents(
        load_document(folder / "old.pdf", settings=settings),
        load_document(folder / "new.pdf", settings=settings),
        settings=settings,
    )
    data = json.loads(to_json(result))
    validate(data)
    truth = json.loads((folder / "truth.json").read_text())
    return {"truth": truth, **run.score_result(truth, data)}


def test_generated_pair_has_every_kind_of_edit(scored: dict[str, object]) -> None:
    kinds = {c["kind"] for c in scored["truth"]["changes"]}  # type: ignore[index]
    assert kinds >= {"modified", "added", "removed", "moved", "renumbered", "split", "merged", "unchanged"}


def test_every_clause_is_read_as_the_truth_draws_it(scored: dict[str, object]) -> None:
    seg = scored["segmentation"]
    assert seg["old"] >= 0.99 and seg["new"] >= 0.99, seg  # type: ignore[index]


def test_alignment_finds_each_kind_and_beats_a_plain_diff(scored: dict[str, object]) -> None:
    ours, plain = scored["score_ours"], scored["score_plain"]
    for kind, row in ours.items():  # type: ignore[attr-defined]
        assert row["f1"] >= 0.9, (kind, row)
    assert scored["moved_as_removed"] == 0
    for kind in ("moved", "renumbered", "split", "merged"):
        assert plain[kind]["f1"] == 0.0  # type: ignore[index]
    assert plain["modified"]["f1"] < ours["modified"]["f1"]  # type: ignore[index]
