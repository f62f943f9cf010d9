#!/usr/bin/env python3
"""Validate tests/data/rules_eval/cases.jsonl (standard library only).

Checks every line: required keys and types, known situation, direction and
topic ids, unique ids, old != new, 3-8 blank-line-separated paragraphs per
side, identical words for `reparagraphed`, a neutral direction for
`restated`/`reparagraphed`, and at least MIN_PER_SITUATION cases per
situation. Exit status 0 when everything passes, 1 otherwise.

    python3 tests/data/rules_eval/check_cases.py [PATH]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

SITUATIONS = (
    "list_item_added",
    "list_item_removed",
    "exception_added",
    "exception_removed",
    "exception_to_exception",
    "modal_change",
    "approval_added",
    "approval_removed_or_weakened",
    "scope_change",
    "double_negation",
    "restated",
    "reparagraphed",
    "cross_clause",
)
DIRECTIONS = ("limits_enforcement", "expands_enforcement", "neutral")
TOPICS = (
    "ice_cooperation",
    "raids_joint_operations",
    "status_inquiry",
    "document_requests",
    "detainers_holds",
    "information_sharing",
    "access_to_services",
    "supervisor_approval",
    "enforcement_authority",
)
REQUIRED = {
    "id": str,
    "situation": str,
    "old": str,
    "new": str,
    "direction": str,
    "topics": list,
    "source": str,
    "note": str,
}
NEUTRAL_ONLY = ("restated", "reparagraphed")
MIN_PER_SITUATION = 12
MIN_CASES = 160
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 3, 8


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def check_case(case: object, line_no: int) -> list[str]:
    where = f"line {line_no}"
    if not isinstance(case, dict):
        return [f"{where}: not a JSON object"]
    errors: list[str] = []
    for key, kind in REQUIRED.items():
        if key not in case:
            errors.append(f"{where}: missing key {key!r}")
        elif not isinstance(case[key], kind):
            errors.append(f"{where}: {key!r} should be {kind.__name__}")
    if errors:
        return errors
    where = f"line {line_no} ({case['id']})"
    extra = set(case) - set(REQUIRED)
    if extra:
        errors.append(f"{where}: unexpected keys {sorted(extra)}")
    if case["situation"] not in SITUATIONS:
        errors.append(f"{where}: unknown situation {case['situation']!r}")
    if case["direction"] not in DIRECTIONS:
        errors.append(f"{where}: unknown direction {case['direction']!r}")
    if case["situation"] in NEUTRAL_ONLY and case["direction"] != "neutral":
        errors.append(f"{where}: {case['situation']} cases must be neutral")
    topics = case["topics"]
    if not 1 <= len(topics) <= 3:
        errors.append(f"{where}: expected 1-3 topics, got {len(topics)}")
    for topic in topics:
        if topic not in TOPICS:
            errors.append(f"{where}: unknown topic {topic!r}")
    if len(set(topics)) != len(topics):
        errors.append(f"{where}: repeated topic")
    if case["old"] == case["new"]:
        errors.append(f"{where}: old and new are identical")
    for side in ("old", "new"):
        count = len(paragraphs(case[side]))
        if not MIN_PARAGRAPHS <= count <= MAX_PARAGRAPHS:
            errors.append(f"{where}: {side} has {count} paragraphs")
    if case["situation"] == "reparagraphed":
        if case["old"].split() != case["new"].split():
            errors.append(f"{where}: reparagraphed must keep exactly the same words")
        if paragraphs(case["old"]) == paragraphs(case["new"]):
            errors.append(f"{where}: reparagraphed must change the paragraph breaks")
    for key in ("source", "note", "id"):
        if not case[key].strip():
            errors.append(f"{where}: empty {key!r}")
    if "http" not in case["source"]:
        errors.append(f"{where}: source has no URL")
    return errors


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("cases.jsonl")
    errors: list[str] = []
    ids: Counter[str] = Counter()
    per_situation: Counter[str] = Counter()
    per_direction: Counter[str] = Counter()
    total = 0
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        total += 1
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {line_no}: invalid JSON ({exc})")
            continue
        errors.extend(check_case(case, line_no))
        if isinstance(case, dict):
            ids[str(case.get("id"))] += 1
            per_situation[str(case.get("situation"))] += 1
            per_direction[str(case.get("direction"))] += 1
    for case_id, count in ids.items():
        if count > 1:
            errors.append(f"id {case_id!r} used {count} times")
    for situation in SITUATIONS:
        if per_situation[situation] < MIN_PER_SITUATION:
            errors.append(
                f"situation {situation!r}: {per_situation[situation]} cases, need {MIN_PER_SITUATION}"
            )
    if total < MIN_CASES:
        errors.append(f"{total} cases, need at least {MIN_CASES}")
    for message in errors:
        print(message, file=sys.stderr)
    print(f"{path}: {total} cases")
    for situation in SITUATIONS:
        print(f"  {situation:30} {per_situation[situation]}")
    print("  directions: " + ", ".join(f"{d}={per_direction[d]}" for d in DIRECTIONS))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
