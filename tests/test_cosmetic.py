"""Trivial differences — a space, a hyphen, a comma, letter case — are cosmetic: counted apart,
shown in the diff, never "modified" (contract field ``cosmetic``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from analyzer.report import to_json

from .conftest import compare_texts

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_CHECK = ROOT.parent / "shared" / "tools" / "contract_check.py"

OLD = (
    "CONTENTS\n\n"
    "Section 9 Immigration\n\n"
    "1. Officers will not co-operate with ICE detainers.\n\n"
    "2. Officers will not ask about immigration status.\n\n"
    "3. Officers may accept a passport as identification.\n"
)
NEW = (
    "CONTENTS\n\n"
    "Section9 Immigration\n\n"
    "1. Officers will not cooperate with ICE detainers.\n\n"
    "2. Officers will NOT ask about immigration status\n\n"
    "3. Officers may accept a passport as identification only if offered.\n"
)


def test_cosmetic_differences_are_not_modifications(tmp_path: Path) -> None:
    result = compare_texts(OLD, NEW)
    by_text = {c.new_text: c for c in result.changes}
    cosmetic = [c for c in result.changes if c.cosmetic]
    assert {c.new_text for c in cosmetic} == {
        "Section9 Immigration",
        "Officers will not cooperate with ICE detainers.",
        "Officers will NOT ask about immigration status",
    }
    assert all(c.kind in ("unchanged", "renumbered") and c.assessment is None for c in cosmetic)
    hyphen = by_text["Officers will not cooperate with ICE detainers."]
    assert ("delete", "co-operate") in [(d.op, d.text) for d in hyphen.diff]  # the diff still shows it
    real = by_text["Officers may accept a passport as identification only if offered."]
    assert real.kind == "modified" and not real.cosmetic
    assert sum(c.cosmetic for c in result.changes) == 3 and result.summary.counts["modified"] == 1
    assert "cosmetic" not in result.summary.counts  # the contract counts kinds only
    data = json.loads(to_json(result))
    assert sum(1 for c in data["changes"] if c.get("cosmetic")) == 3
    assert "cosmetic" not in next(c for c in data["changes"] if c["kind"] == "modified")
    if CONTRACT_CHECK.exists():
        path = tmp_path / "result.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        check = subprocess.run(
            [sys.executable, str(CONTRACT_CHECK), str(path)], capture_output=True, text=True
        )
        assert check.returncode == 0 and check.stdout.strip().endswith("contract: ok"), check.stdout
