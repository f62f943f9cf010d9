"""Renderers of a ``Comparison``: JSON (the contract), a Markdown brief, an HTML redline, CSV."""

from __future__ import annotations

from .csv import read_csv, to_csv
from .evidence import now
from .html import to_html
from .json import to_json, validate
from .markdown import to_markdown

__all__ = ["now", "read_csv", "to_csv", "to_html", "to_json", "to_markdown", "validate"]
