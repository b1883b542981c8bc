"""Streamed response bodies: exports and GeoJSON go out in chunks as the store yields records.

The text formats reuse the row builders of ``strife.export.rows`` and are written a chunk of
incidents at a time, so memory stays flat for any number of incidents. Parquet is a binary
format whose footer comes last, so it is built in a temporary file first.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from strife.errors import UsageError
from strife.export.parquet import write_parquet
from strife.export.rows import (
    ACLED_COLUMNS,
    GTD_COLUMNS,
    acled_row,
    feature_of_record,
    geojson_feature,
    gtd_row,
)
from strife.export.stored import STORED_FORMATS
from strife.models import StoredIncident

CHUNK = 200
MEDIA_TYPES = {
    "jsonl": "application/x-ndjson",
    "gtd-csv": "text/csv; charset=utf-8",
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}
EXTENSIONS = {
    "jsonl": "jsonl",
    "gtd-csv": "csv",
    "acled-csv": "csv",
    "geojson": "geojson",
    "parquet": "parquet",
}


def export_chunks(incidents: Iterable[StoredIncident], fmt: str) -> Iterator[bytes]:
    """The export of ``incidents`` in ``fmt`` as a sequence of byte chunks."""
    if fmt not in STORED_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(STORED_FORMATS)}")
    if fmt == "jsonl":
        return _chunked(incidents, lambda i: i.model_dump_json() + "\n")
    if fmt == "gtd-csv":
        return _csv_chunks(incidents, GTD_COLUMNS, gtd_row)
    if fmt == "acled-csv":
        return _csv_chunks(incidents, ACLED_COLUMNS, acled_row)
    if fmt == "geojson":
        return geojson_chunks(incidents)
    return _parquet_chunks(incidents)


def geojson_chunks(incidents: Iterable[StoredIncident]) -> Iterator[bytes]:
    """A FeatureCollection; incidents without coordinates are left out, as in the CLI export."""
    return _feature_collection(incidents, lambda i: geojson_feature(i, i.sources))


def geojson_record_chunks(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """The same FeatureCollection from stored records as plain dicts (the fast read path)."""
    return _feature_collection(records, feature_of_record)


def _feature_collection(
    items: Iterable[Any], feature: Callable[[Any], dict[str, Any] | None]
) -> Iterator[bytes]:
    yield b'{"type": "FeatureCollection", "features": ['
    first = True
    for batch in _batches(items):
        parts = []
        for item in batch:
            feature_json = feature(item)
            if feature_json is not None:
                parts.append(
                    ("\n" if first else ",\n") + json.dumps(feature_json, ensure_ascii=False)
                )
                first = False
        if parts:
            yield "".join(parts).encode("utf-8")
    yield b"\n]}\n"


def _chunked(
    incidents: Iterable[StoredIncident], line: Callable[[StoredIncident], str]
) -> Iterator[bytes]:
    for batch in _batches(incidents):
        yield "".join(line(i) for i in batch).encode("utf-8")


def _csv_chunks(
    incidents: Iterable[StoredIncident],
    columns: tuple[str, ...],
    row: Callable[[Any, Any], dict[str, Any]],
) -> Iterator[bytes]:
    # CRLF line ends, as the CLI export writes (RFC 4180; what R, Stata and Excel expect).
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns))
    writer.writeheader()
    for batch in _batches(incidents):
        for incident in batch:
            writer.writerow(row(incident, incident.sources))
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():
        yield buffer.getvalue().encode("utf-8")


def _parquet_chunks(incidents: Iterable[StoredIncident]) -> Iterator[bytes]:
    # A path, not a file object: pyarrow closes file objects it is handed.
    with tempfile.TemporaryDirectory(prefix="strife-export-") as folder:
        path = Path(folder) / "export.parquet"
        write_parquet(incidents, str(path))
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 16):
                yield chunk


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, CHUNK)):
        yield batch
