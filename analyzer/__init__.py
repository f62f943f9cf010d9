"""Compare versions of a policy clause by clause, with page citations.

from analyzer import compare_documents, load_document, CompareSettings
result = compare_documents(load_document("old.pdf"), load_document("new.pdf"), settings=CompareSettings())
"""

from __future__ import annotations

__version__ = "0.2.0"

from .compare import compare_documents, compare_files  # noqa: E402
from .errors import AnalyzerError  # noqa: E402
from .ingest import load_document  # noqa: E402
from .models import Comparison, Document  # noqa: E402
from .settings import CompareSettings  # noqa: E402

__all__ = [
    "AnalyzerError",
    "CompareSettings",
    "Comparison",
    "Document",
    "compare_documents",
    "compare_files",
    "load_document",
    "__version__",
]
