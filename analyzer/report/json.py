"""The contract's JSON: deterministic bytes, validated against the shipped schema."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from ..models import Comparison


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("analyzer").joinpath("schema/comparison.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``data`` breaks the contract."""
    import jsonschema

    jsonschema.validate(data, schema())


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
