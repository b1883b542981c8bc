"""Exports of stored incidents stream row by row, in flat memory, and replace files atomically."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

import strife.export.parquet as parquet_module
from strife.errors import StoreError, UsageError
from strife.export.parquet import SCHEMA, incident_from_parquet
from strife.export.stored import export_incidents, write_stored_text
from strife.models import StoredIncident


def incident(n: int) -> StoredIncident:
    return StoredIncident.model_validate(
        {
            "id": f"inc-{n}",
            "date": {"start": "2011-11-12", "end": "2011-11-12", "precision": "day"},
            "location": {"name": "Taraz", "country": "Kazakhstan", "lat": 42.9, "lon": 71.37},
            "attack_types": ["Armed Assault"],
            "killed": {"total": n},
            "summary": f"Incident number {n} in Taraz.",
            "sources": [{"document_id": f"doc-{n}", "url": f"https://news.example/{n}"}],
            "alternatives": {"killed.total": [{"value": n + 1, "document_id": "doc-x"}]},
        }
    )


def incidents(count: int, fail_after: int | None = None) -> Iterator[StoredIncident]:
    for n in range(count):
        if fail_after is not None and n == fail_after:
            raise StoreError("the database went away")
        yield incident(n)


@pytest.mark.parametrize("fmt", ["jsonl", "gtd-csv", "acled-csv", "geojson"])
def test_rows_are_written_as_they_arrive(fmt: str) -> None:
    out = io.StringIO()
    with pytest.raises(StoreError):
        write_stored_text(incidents(10, fail_after=3), fmt, out)
    # Three incidents were written before the failure: nothing waited for the whole input.
    assert out.getvalue().count("Incident number") == 3


def peak_memory(fmt: str, count: int, tmp_path: Path) -> int:
    tracemalloc.start()
    try:
        export_incidents(incidents(count), fmt, str(tmp_path / f"out.{fmt}"))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["gtd-csv", "geojson", "parquet"])
def test_memory_does_not_grow_with_the_number_of_incidents(
    fmt: str, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(parquet_module, "BATCH_ROWS", 100)
    small = peak_memory(fmt, 300, tmp_path)
    large = peak_memory(fmt, 1500, tmp_path)
    assert large < 1.5 * small, (small, large)


def test_a_failed_export_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "incidents.csv"
    target.write_text("the previous export\n")
    with pytest.raises(StoreError):
        export_incidents(incidents(10, fail_after=5), "gtd-csv", str(target))
    assert target.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.csv"]


def test_parquet_goes_out_in_record_batches(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(parquet_module, "BATCH_ROWS", 2)
    target = tmp_path / "incidents.parquet"
    assert export_incidents(incidents(5), "parquet", str(target)) == 5
    assert pq.ParquetFile(target).metadata.num_row_groups == 3
    back = [incident_from_parquet(row) for row in pq.read_table(target).to_pylist()]
    assert back == list(incidents(5))


def test_parquet_has_a_column_for_every_record_field() -> None:
    assert set(SCHEMA.names) == set(StoredIncident.model_fields)


def test_export_checks_its_arguments(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown export format"):
        export_incidents(incidents(1), "xlsx", str(tmp_path / "x"))
    with pytest.raises(UsageError, match="does not exist"):
        export_incidents(incidents(1), "jsonl", str(tmp_path / "missing" / "x.jsonl"))
