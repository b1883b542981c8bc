"""batch: the extraction pipeline over partitions with Dask distributed, into Parquet.

::

    from strife.batch import BatchOptions, run_batch
    summary = run_batch(["news/"], BatchOptions(out=Path("out"), workers=4, prefilter=True))

``strife ingest out/`` then loads the partitions into the store (``strife.ingest.parquet_batch``).
Names are imported on first use, so that reading a batch directory does not import Dask.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "BatchDir": "strife.batch_output.layout",
    "is_batch_dir": "strife.batch_output.layout",
    "BatchOptions": "strife.batch.runner",
    "BatchSummary": "strife.batch.runner",
    "run_batch": "strife.batch.runner",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'strife.batch' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
