"""``import_dataset``: a GTD or ACLED CSV file streamed into the store in batches.

Memory stays bounded: rows are read, parsed and written ``batch_size`` at a time. Bad rows are
listed (one line each) and skipped; a file that is not the dataset's CSV, or a store that cannot
be written, stops the import with one error and leaves earlier batches stored, so running the
same command again resumes where it stopped (stored rows are recognised and skipped).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from strife.datasets import acled, gtd
from strife.datasets.csv_rows import open_rows
from strife.datasets.places import Looks, Placer
from strife.datasets.rows import DatasetRow
from strife.datasets.values import BadValue
from strife.errors import UsageError
from strife.store import Store
from strife.store.dataset_writer import DatasetItem, write_dataset_batch

BATCH_SIZE = 500
MAX_LISTED = 50  # bad rows listed one per line; the rest are counted


@dataclass
class ImportSummary:
    """What an import did; ``bad`` holds one line per skipped row (up to ``MAX_LISTED``)."""

    read: int = 0
    new: int = 0
    merged: int = 0
    present: int = 0
    out_of_scope: int = 0
    bad_count: int = 0
    bad: list[str] = field(default_factory=list)

    def reject(self, message: str) -> None:
        self.bad_count += 1
        if len(self.bad) < MAX_LISTED:
            self.bad.append(message)


@dataclass(frozen=True)
class Dataset:
    name: str
    required: tuple[str, ...]
    parse: Callable[[dict[str, str], Placer], DatasetRow]


DATASETS = {
    "gtd": Dataset("GTD", gtd.REQUIRED, gtd.gtd_row),
    "acled": Dataset("ACLED", acled.REQUIRED, acled.acled_row),
}


def file_size(path: str) -> int | None:
    file = Path(path)
    return file.stat().st_size if file.is_file() else None


def import_dataset(
    store: Store,
    dataset: str,
    path: str,
    resolver: Looks,
    *,
    batch_size: int = BATCH_SIZE,
    on_bytes: Callable[[int], None] = lambda _n: None,
) -> ImportSummary:
    """Import ``path`` as ``dataset`` ("gtd" or "acled"); raises ``InputError``/``StoreError``."""
    if dataset not in DATASETS:
        raise UsageError(f"unknown dataset {dataset!r}; use one of {', '.join(DATASETS)}")
    if batch_size < 1:
        raise UsageError(f"batch size must be at least 1, not {batch_size}")
    kind = DATASETS[dataset]
    _, rows = open_rows(path, kind.required, kind.name, on_bytes)
    summary = ImportSummary()
    parsed = _parsed(rows, kind, Placer(resolver), summary)
    while batch := list(islice(parsed, batch_size)):
        items = [DatasetItem(r.document, r.incident) for r in batch]
        for outcome in write_dataset_batch(store, items, dataset):
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    return summary


def _parsed(
    rows: Iterator[tuple[int, dict[str, str]]], kind: Dataset, placer: Placer,
    summary: ImportSummary,
) -> Iterator[DatasetRow]:
    for number, row in rows:
        summary.read += 1
        try:
            yield kind.parse(row, placer)
        except acled.NotViolence:
            summary.out_of_scope += 1
        except (BadValue, ValueError) as exc:  # pydantic's ValidationError is a ValueError
            first = str(exc).splitlines()[0]
            ident = row.get("eventid") or row.get("event_id_cnty") or row.get("data_id") or ""
            summary.reject(f"row {number}{f' ({ident.strip()})' if ident.strip() else ''}: "
                           f"{first}")  # fmt: skip
