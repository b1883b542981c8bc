"""What runs on a Dask worker: one ``Extractor`` per worker process, one task per partition.

Loading spaCy and the gazetteer takes seconds and hundreds of MB, so it must happen once per
worker, never per task. ``ExtractorPlugin`` loads the models when a worker starts (or joins the
cluster later); ``extract_partition`` takes the same per-process object, and would load it
itself on a worker that somehow missed the plugin.
"""

from __future__ import annotations

import resource
import sys
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from strife.batch_output.tables import PartitionTables, ResultRow, result_tables
from strife.models import Document, Result

if TYPE_CHECKING:
    from strife.pipeline import Extractor

PLUGIN_NAME = "strife-extractor"

_lock = threading.Lock()
"""Workers with several threads share one Extractor; spaCy pipelines are not thread-safe."""


@lru_cache(maxsize=1)
def process_extractor() -> Extractor:
    """The one Extractor of this process (a worker process, or the client's for threads).

    As in ``strife ingest``, a document that breaks the pipeline is listed, not fatal."""
    from strife.pipeline import Extractor

    return Extractor(skip_failures=True)


class ExtractorPlugin(WorkerPlugin):
    """Loads the models when a worker starts, so the first partition does not wait for them."""

    name = PLUGIN_NAME

    def setup(self, worker: Any) -> None:
        with _lock:
            process_extractor()


def extract_partition(
    documents: list[Document], first_position: int, prefilter: bool
) -> PartitionTables:
    """Extract every document of one partition; with ``prefilter``, skip irrelevant ones."""
    keep = [True] * len(documents)
    if prefilter:
        from strife.prefilter import Prefilter

        relevance = Prefilter.load()
        keep = [relevance.keeps(d) for d in documents]
    parsed, failed = _extract([d for d, k in zip(documents, keep, strict=True) if k])
    rows = []
    for offset, (document, kept) in enumerate(zip(documents, keep, strict=True)):
        if not kept:
            rows.append(ResultRow(first_position + offset, Result(document=document), True))
        elif document.id in parsed:  # else the pipeline failed on it: listed in ``failed``
            rows.append(ResultRow(first_position + offset, parsed[document.id]))
    return result_tables(rows, failed)


def _extract(documents: list[Document]) -> tuple[dict[str, Result], tuple[tuple[str, str], ...]]:
    """Results by document id (ids are unique in a partition), and the failures."""
    if not documents:
        return {}, ()
    with _lock:
        extractor = process_extractor()
        results = {r.document.id: r for r in extractor.extract_many(documents)}
        failed = tuple((d.url or d.id, str(error)) for d, error in extractor.failures)
        extractor.failures.clear()
    return results, failed


def peak_rss_bytes() -> int:
    """This process's peak resident memory (``client.run(peak_rss_bytes)`` asks each worker)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB
