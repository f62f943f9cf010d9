"""Topic lenses: which changes touch which topics, and in which direction they move policy."""

from __future__ import annotations

from typing import Any

from ..models import Change, Notice
from ..settings import CompareSettings


def apply_lens(changes: list[Change], settings: CompareSettings) -> tuple[list[Change], dict[str, Any], list[Notice]]:
    return changes, {"topics": {}, "highlights": []}, []
