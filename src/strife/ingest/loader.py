"""Ingest into the store: read, skip what is stored, extract, store in batches; resumable.

A document whose id is already in the store is skipped before any parsing, so running the same
command again after a crash only does the work that was lost. Each batch of results is one
transaction: a killed process loses at most the batch in flight, and never stores half of it.

The store is opened when the first document has been read, so a run in which nothing can be
read leaves the database untouched (not even created).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from strife.extracting import Extracting
from strife.ingest.items import ReadItem
from strife.ingest.parquet_batch import with_batch_results
from strife.ingest.sources import iter_documents
from strife.models import Document

if TYPE_CHECKING:
    from strife.store import IngestOutcome, Store


@dataclass
class IngestSummary:
    """What one ingest run did; ``failed`` lists (input label, reason) for each unread document."""

    read: int = 0
    duplicates: int = 0
    stored: int = 0
    incidents_new: int = 0
    incidents_merged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class IngestRun:
    """One ``strife ingest``: call ``run()``; ``store`` is set once a document has been read."""

    paths: list[str]
    open_store: Callable[[], Store]
    make_extractor: Callable[[], Extracting]
    published: date | None = None
    batch_size: int = 50
    on_read: Callable[[ReadItem], None] | None = None
    on_stored: Callable[[IngestOutcome], None] | None = None
    summary: IngestSummary = field(default_factory=IngestSummary)
    store: Store | None = None

    def run(self) -> IngestSummary:
        documents = self._new_documents(iter_documents(self.paths, self.published))
        first = next(documents, None)
        if first is None or self.store is None:
            return self.summary  # nothing new: no model is loaded, nothing is written
        extractor = with_batch_results(self.paths, self.make_extractor)
        results = extractor.extract_many(_chain(first, documents))
        for outcome in self.store.add_results(results, self.batch_size):
            self._count(outcome)
        # An extractor made with skip_failures lists the documents it could not handle.
        for document, error in getattr(extractor, "failures", ()):
            self.summary.failed.append((document.url or document.id, str(error)))
        return self.summary

    def _count(self, outcome: IngestOutcome) -> None:
        if outcome.document_new:
            self.summary.stored += 1
        else:
            # Stored by another process between our check and our write.
            self.summary.duplicates += 1
        self.summary.incidents_new += outcome.incidents_new
        self.summary.incidents_merged += outcome.incidents_merged
        if self.on_stored is not None:
            self.on_stored(outcome)

    def _new_documents(self, items: Iterable[ReadItem]) -> Iterator[Document]:
        """Readable documents not yet stored (nor seen earlier in this run), in input order."""
        seen: set[str] = set()
        for item in items:
            if self.on_read is not None:
                self.on_read(item)
            if item.document is None:
                reason = str(item.error) if item.error else "unreadable"
                self.summary.failed.append((item.label, reason))
                continue
            self.summary.read += 1
            if self.store is None:
                self.store = self.open_store()
            doc_id = item.document.id
            if doc_id in seen or self.store.has_document(doc_id):
                self.summary.duplicates += 1
                continue
            seen.add(doc_id)
            yield item.document


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest
