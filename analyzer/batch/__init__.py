"""Many comparisons at once: every document of a manifest against a model policy, or each
agency's versions in date order; on a process pool (``local``) or ``dask.distributed``.

``python -m analyzer batch MANIFEST.csv --output DIR`` writes ``DIR/results/<row id>.json`` (the
contract JSON of each comparison), ``changes.csv`` + ``changes.parquet``, ``matrix.csv``,
``failures.csv`` and ``run.json`` (see ../shared/CONTRACT.md, "Batch results"). This is a shell
like the CLI: each task is the workbench's own read or compare, fanned out over an engine."""

from __future__ import annotations

from .manifest import MODEL_ID, Job, Manifest, ManifestError, Row, plan, read_manifest
from .run import BatchReport, Progress, run_batch
from .tables import read_table

__all__ = [
    "MODEL_ID",
    "BatchReport",
    "Job",
    "Manifest",
    "ManifestError",
    "Progress",
    "Row",
    "plan",
    "read_manifest",
    "read_table",
    "run_batch",
]
