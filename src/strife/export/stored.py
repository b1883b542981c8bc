"""Exports of stored incidents: streamed from the store to a file, row by row.

``export_incidents`` writes to a temporary file beside the target and renames it when complete,
so a failed export never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from strife.errors import UsageError
from strife.export.parquet import write_parquet
from strife.export.rows import ACLED_COLUMNS, GTD_COLUMNS, acled_row, geojson_feature, gtd_row
from strife.export.streams import write_csv, write_feature_collection
from strife.models import StoredIncident

STORED_FORMATS = ("jsonl", "gtd-csv", "acled-csv", "geojson", "parquet")


def write_stored_text(incidents: Iterable[StoredIncident], fmt: str, out: TextIO) -> int:
    """Write a text format; returns the incidents written (GeoJSON: those with coordinates)."""
    if fmt == "jsonl":
        return _write_jsonl(incidents, out)
    if fmt == "gtd-csv":
        return write_csv((gtd_row(i, i.sources) for i in incidents), GTD_COLUMNS, out)
    if fmt == "acled-csv":
        return write_csv((acled_row(i, i.sources) for i in incidents), ACLED_COLUMNS, out)
    if fmt == "geojson":
        return write_feature_collection((geojson_feature(i, i.sources) for i in incidents), out)
    raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(STORED_FORMATS)}")


def _write_jsonl(incidents: Iterable[StoredIncident], out: TextIO) -> int:
    count = 0
    for incident in incidents:
        out.write(incident.model_dump_json() + "\n")
        count += 1
    return count


def export_incidents(incidents: Iterable[StoredIncident], fmt: str, out: str | None) -> int:
    """Write ``incidents`` as ``fmt`` to the file ``out`` (atomically) or to stdout."""
    if fmt not in STORED_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(STORED_FORMATS)}")
    if out is None or out == "-":
        if fmt == "parquet":
            if sys.stdout.isatty():
                raise UsageError("parquet is a binary format; write it to a file with --out")
            return write_parquet(incidents, sys.stdout.buffer)
        return write_stored_text(incidents, fmt, sys.stdout)
    target = Path(out)
    if not target.parent.is_dir():
        raise UsageError(f"--out {out}: the directory {target.parent} does not exist")
    with _replacing(target) as tmp:
        if fmt == "parquet":
            return write_parquet(incidents, str(tmp))
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            return write_stored_text(incidents, fmt, handle)


class _replacing:
    """A temporary path that replaces ``target`` on success and is removed on failure."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
        self.tmp = Path(name)

    def __enter__(self) -> Path:
        return self.tmp

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            # mkstemp makes the file private; give the export the permissions a new file gets.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            os.replace(self.tmp, self.target)
        else:
            self.tmp.unlink(missing_ok=True)
