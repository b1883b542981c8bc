"""``strife batch``: the extraction pipeline mapped over partitions with Dask distributed.

The client reads the inputs lazily, drops duplicates (same document id, as ingest does) and cuts
the stream into partitions of ``partition_size`` documents in input order. Each partition is
one task; at most two per worker are in flight, so memory stays flat on any input size. The
client writes each finished partition (``layout``), so the workers need no shared disk. The
cluster starts only when a partition needs work: a finished run re-run costs no model load.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from strife.batch.worker import ExtractorPlugin, extract_partition
from strife.batch_output.layout import BatchDir, BatchSettings
from strife.errors import UsageError
from strife.ingest import ReadItem, iter_documents
from strife.models import Document

DEFAULT_PARTITION_SIZE = 100
TASKS_PER_WORKER = 2

Progress = Callable[[int, "int | None"], None]
"""Called with (documents done, documents in all once the input has been read through)."""


@dataclass
class BatchOptions:
    out: Path
    scheduler: str | None = None
    """Address of a running Dask scheduler; None starts a LocalCluster."""
    workers: int = 2
    partition_size: int | None = None
    """None: the size an earlier run into ``out`` used, else ``DEFAULT_PARTITION_SIZE``."""
    published: date | None = None
    prefilter: bool = False
    processes: bool = True
    """LocalCluster workers as processes (one model each); False runs threads in this process."""


@dataclass
class BatchSummary:
    read: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    partitions: int = 0
    partitions_resumed: int = 0
    """Partitions found complete from an earlier run and skipped."""
    extracted: int = 0
    prefiltered: int = 0
    incidents: int = 0


@dataclass(frozen=True)
class Partition:
    index: int
    first_position: int
    documents: list[Document]

    @property
    def key(self) -> str:
        digest = hashlib.sha256()
        for document in self.documents:
            digest.update(document.id.encode() + b"\n")
        return digest.hexdigest()


def run_batch(
    paths: list[str], options: BatchOptions, on_progress: Progress | None = None
) -> BatchSummary:
    """Extract every document of ``paths`` into Parquet partitions under ``options.out``."""
    size = options.partition_size or _earlier_partition_size(options.out) or DEFAULT_PARTITION_SIZE
    settings = BatchSettings(
        partition_size=size,
        published=options.published.isoformat() if options.published else None,
        prefilter=options.prefilter,
    )
    summary = BatchSummary()
    items = iter_documents(paths, options.published)
    plan = plan_partitions(_readable(items, summary), size)
    first = next(plan, None)
    if first is None:
        return summary  # nothing readable: no directory is made, no cluster started
    batch = BatchDir.create(options.out, settings)
    with _LazyClient(options) as client:
        _Execution(batch, client, options.prefilter, summary, on_progress).run(_chain(first, plan))
    batch.finish(summary.partitions, summary.read, summary.duplicates, summary.failed)
    return summary


def _earlier_partition_size(out: Path) -> int | None:
    from strife.batch_output.layout import is_batch_dir

    return BatchDir.read(out).settings.partition_size if is_batch_dir(out) else None


def _readable(items: Iterable[ReadItem], summary: BatchSummary) -> Iterator[Document]:
    """Documents in input order, first copy of each id only; failures noted in ``summary``."""
    seen: set[str] = set()
    for item in items:
        if item.document is None:
            summary.failed.append((item.label, str(item.error) if item.error else "unreadable"))
            continue
        summary.read += 1
        if item.document.id in seen:
            summary.duplicates += 1
            continue
        seen.add(item.document.id)
        yield item.document


def plan_partitions(documents: Iterable[Document], size: int) -> Iterator[Partition]:
    chunk: list[Document] = []
    index = position = 0
    for document in documents:
        chunk.append(document)
        if len(chunk) == size:
            yield Partition(index, position, chunk)
            index, position, chunk = index + 1, position + size, []
    if chunk:
        yield Partition(index, position, chunk)


def _chain(first: Partition, rest: Iterator[Partition]) -> Iterator[Partition]:
    yield first
    yield from rest


class _LazyClient:
    """A Dask client made on first use: a LocalCluster, or a connection to ``--scheduler``."""

    def __init__(self, options: BatchOptions) -> None:
        self.options = options
        self.client: Any = None
        self.cluster: Any = None

    def __enter__(self) -> _LazyClient:
        return self

    def __exit__(self, *_: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def get(self) -> Any:
        if self.client is None:
            self.client = self._connect()
            # Every worker loads the models once, now and when it joins later.
            self.client.register_plugin(ExtractorPlugin())
        return self.client

    def workers(self) -> int:
        return max(1, len(self.get().scheduler_info()["workers"]))

    def _connect(self) -> Any:
        from distributed import Client, LocalCluster

        if self.options.scheduler is None:
            self.cluster = LocalCluster(
                n_workers=self.options.workers, threads_per_worker=1,
                processes=self.options.processes,
                dashboard_address=":0",  # any free port: 8787 may be taken by another run
                silence_logs=logging.ERROR,
            )  # fmt: skip
            return Client(self.cluster)
        try:
            return Client(self.options.scheduler, timeout="15s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(
                f"--scheduler {self.options.scheduler}: cannot connect ({exc}); "
                "check the address, or leave it out for a local cluster"
            ) from None


class _Execution:
    """Submits partitions with a bounded number in flight and writes each as it finishes."""

    def __init__(self, batch: BatchDir, client: _LazyClient, prefilter: bool,
                 summary: BatchSummary, on_progress: Progress | None) -> None:  # fmt: skip
        self.batch = batch
        self.client = client
        self.prefilter = prefilter
        self.summary = summary
        self.on_progress = on_progress or (lambda done, total: None)
        self.done = 0
        self.limit = TASKS_PER_WORKER
        self.in_flight: dict[Any, Partition] = {}

    def run(self, plan: Iterator[Partition]) -> None:
        finished: Any = None
        for partition in plan:
            self.summary.partitions += 1
            if self.batch.is_done(partition.index, partition.key):
                self.summary.partitions_resumed += 1
                self.summary.failed.extend(self.batch.partition_failures(partition.index))
                self._advance(len(partition.documents))
                continue
            if finished is None:
                finished = self._start()
            future = self.client.get().submit(
                extract_partition, partition.documents, partition.first_position,
                self.prefilter, pure=False,
            )  # fmt: skip
            self.in_flight[future] = partition
            finished.add(future)
            while finished.count() >= self.limit:
                self._collect(next(finished))
        self.on_progress(self.done, self.summary.read - self.summary.duplicates)
        for future in finished or ():
            self._collect(future)

    def _start(self) -> Any:
        """Start the cluster (first partition with work) and the queue of finished tasks."""
        from distributed import as_completed

        client = self.client.get()
        self.limit = TASKS_PER_WORKER * self.client.workers()
        return as_completed(loop=client.loop)

    def _collect(self, future: Any) -> None:
        from distributed import KilledWorker

        partition = self.in_flight.pop(future)
        try:
            tables = future.result()  # a task's own error is raised here, in the client
        except KilledWorker:
            raise UsageError(
                f"partition {partition.index}: the workers running it died (out of memory?); "
                "lower --partition-size or give workers more memory, then run the same "
                "command again to resume"
            ) from None
        future.release()
        self.batch.write_partition(partition.index, partition.key, tables)
        self.summary.failed.extend(tables.failed)
        documents = tables.documents
        self.summary.extracted += len(partition.documents)
        self.summary.prefiltered += sum(documents.column("prefiltered").to_pylist())
        self.summary.incidents += tables.incidents.num_rows
        self._advance(len(partition.documents))

    def _advance(self, count: int) -> None:
        self.done += count
        self.on_progress(self.done, None)
