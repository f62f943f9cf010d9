"""The evidence block every report carries: which files, which tool, which settings, when."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from ..models import Comparison


def now() -> str:
    """The time of a run, as reports print it (UTC, to the second)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def evidence_rows(comparison: Comparison, run_at: str) -> list[tuple[str, str]]:
    old, new = comparison.old, comparison.new
    return [
        ("old file", old.filename),
        ("old sha256", old.sha256),
        ("old pages", f"{old.pages} ({old.clauses} clauses, read by {old.method})"),
        ("new file", new.filename),
        ("new sha256", new.sha256),
        ("new pages", f"{new.pages} ({new.clauses} clauses, read by {new.method})"),
        ("tool", f"{comparison.tool['name']} {comparison.tool['version']}"),
        ("settings", json.dumps(comparison.settings, sort_keys=True)),
        ("run at", run_at),
    ]


def evidence(comparison: Comparison, run_at: str) -> dict[str, Any]:
    """The same evidence as data (the CSV's sidecar, a batch's run.json)."""
    return {
        "documents": {
            side: {
                "filename": info.filename,
                "sha256": info.sha256,
                "pages": info.pages,
                "clauses": info.clauses,
                "method": info.method,
            }
            for side, info in (("old", comparison.old), ("new", comparison.new))
        },
        "tool": dict(comparison.tool),
        "settings": dict(comparison.settings),
        "run_at": run_at,
    }
