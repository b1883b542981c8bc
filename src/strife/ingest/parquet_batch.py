"""Read what ``strife batch`` wrote, so that ``strife ingest DIR`` stores it without re-parsing.

Two pieces, because ingest separates reading from extracting:

- ``read_batch`` is the reader for a batch directory (one with ``_strife_batch.json``): it
  yields the documents in the order the batch read them, then the inputs the batch could not
  read, as failures. Ingest then skips stored documents and counts, exactly as for files.
- ``with_batch_results`` wraps ingest's extractor: a document that a batch directory among the
  inputs already extracted gets the incidents stored there; any other document goes to the real
  extractor, made only when the first such document comes.

Storing the same results in the same order is what makes batch + ingest give the same store as
a plain ingest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from strife.batch_output.layout import BatchDir, is_batch_dir, part_name
from strife.chunking import chunks
from strife.errors import InputError
from strife.ingest.items import ReadItem
from strife.models import Document, Incident, Result

if TYPE_CHECKING:
    from strife.extracting import Extracting

__all__ = ["BatchResults", "is_batch_dir", "read_batch", "with_batch_results"]

CHUNK = 64


def read_batch(path: str, published: date | None = None) -> Iterator[ReadItem]:
    """The documents of a batch directory, partition by partition, in input order.

    ``published`` is ignored: the batch run applied its own ``--published`` when it read them.
    """
    import pyarrow.parquet as pq

    from strife.batch_output.tables import documents_in_order

    try:
        batch = BatchDir.read(Path(path))
    except InputError as exc:
        yield ReadItem(path, error=exc)
        return
    done = batch.completed_partitions()
    if not batch.manifest.get("complete"):
        yield ReadItem(path, error=InputError(
            f"{path}: the batch run has not finished ({len(done)} partition(s) written); run "
            "the same `strife batch` command again to complete it, then ingest again"
        ))  # fmt: skip
    for index in done:
        table = pq.read_table(batch.documents_path(index), columns=["position", "record"])
        for row, document in enumerate(documents_in_order(table)):
            yield ReadItem(f"{path}/documents/{part_name(index)}:{row + 1}", document=document)
    for label, reason in batch.manifest.get("failed", []):
        yield ReadItem(str(label), error=InputError(str(reason)))


def with_batch_results(
    paths: Iterable[str], make_extractor: Callable[[], Extracting]
) -> Extracting:
    """Ingest's extractor for ``paths``: batch results where there are any, else the real one."""
    directories = [Path(p) for p in paths if p != "-" and is_batch_dir(p)]
    if not directories:
        return make_extractor()
    return BatchResults(directories, make_extractor)


class BatchResults:
    """Answers ``extract_many`` from batch output; other documents go to the real extractor."""

    def __init__(self, directories: list[Path], make_extractor: Callable[[], Extracting]) -> None:
        self.batches = [BatchDir.read(d) for d in directories]
        self._make_extractor = make_extractor
        self._extractor: Extracting | None = None
        self._where: dict[str, tuple[int, int]] | None = None
        self._loaded: tuple[tuple[int, int], dict[str, list[Incident]]] | None = None

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for chunk in chunks(documents, CHUNK):
            yield from self._run(chunk)

    @property
    def failures(self) -> list:
        """The real extractor's ``failures``, for documents that were not in a batch."""
        return list(getattr(self._extractor, "failures", ()))

    def _run(self, chunk: list[Document]) -> Iterator[Result]:
        where = self._index()
        others = [d for d in chunk if d.id not in where]
        parsed: dict[str, Result] = {}
        if others:
            if self._extractor is None:
                self._extractor = self._make_extractor()
            # By id: an extractor that skips failures leaves the failed documents out.
            parsed = {r.document.id: r for r in self._extractor.extract_many(others)}
        for document in chunk:
            if document.id in where:
                incidents = self._incidents(where[document.id]).get(document.id, [])
                yield Result(document=document, incidents=incidents)
            elif document.id in parsed:
                yield parsed[document.id]

    def _index(self) -> dict[str, tuple[int, int]]:
        """Document id → (batch, partition), from the id column alone (cheap to read)."""
        if self._where is None:
            import pyarrow.parquet as pq

            self._where = {}
            for number, batch in enumerate(self.batches):
                for index in batch.completed_partitions():
                    ids = pq.read_table(batch.documents_path(index), columns=["id"])
                    for doc_id in ids.column("id").to_pylist():
                        self._where.setdefault(doc_id, (number, index))
        return self._where

    def _incidents(self, place: tuple[int, int]) -> dict[str, list[Incident]]:
        """One partition's incidents by document; documents come partition by partition, so
        keeping the last partition loaded reads each file once."""
        if self._loaded is None or self._loaded[0] != place:
            import pyarrow.parquet as pq

            from strife.batch_output.tables import incidents_by_document

            batch = self.batches[place[0]]
            table = pq.read_table(batch.incidents_path(place[1]))
            self._loaded = (place, incidents_by_document(table))
        return self._loaded[1]
