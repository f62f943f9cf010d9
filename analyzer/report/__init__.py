"""Renderers of a ``Comparison``: JSON (the contract) and a Markdown brief."""

from __future__ import annotations

from .json import to_json, validate
from .markdown import to_markdown

__all__ = ["to_json", "to_markdown", "validate"]
