"""The statute probes (tests/data/statute_probes): every probe is well formed, and the scorer tells a
right answer from one the other way."""

from __future__ import annotations

import json
from pathlib import Path

from analyzer.lenses.evaluate_probes import judge
from analyzer.settings import CompareSettings

PROBES = Path(__file__).parent / "data" / "statute_probes"


def test_every_probe_names_its_source_and_a_direction() -> None:
    files = sorted(PROBES.glob("*.jsonl"))
    assert len(files) >= 10 and (PROBES / "SOURCE.md").is_file()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            assert case["src"] and case["new"] is not None
            assert case["want"] in ("limits_enforcement", "expands_enforcement", "neutral")
            assert case.get("old", "") != case["new"]


def test_the_scorer_tells_right_from_the_other_way() -> None:
    settings = CompareSettings()
    ban = "A law enforcement official shall not detain an individual on the basis of an immigration hold."
    right, said = judge({"new": ban, "want": "limits_enforcement", "src": "t"}, settings)
    assert (right, said) == ("right", ["limits_enforcement"])
    wrong, _ = judge({"new": ban, "want": "expands_enforcement", "src": "t"}, settings)
    assert wrong == "opposite"
    nothing, said = judge(
        {"new": "The council meets on Tuesdays.", "want": "limits_enforcement", "src": "t"}, settings
    )
    assert nothing == "none" and "limits_enforcement" not in said
