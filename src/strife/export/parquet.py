"""Stored incidents as Parquet: the full record, nested as in schema.md, in record batches.

Every key of the record is a column (``date`` and ``location`` are structs, lists are lists),
except ``alternatives``, whose values may be numbers, text or booleans: it is a JSON string.
Rows go out in batches of ``BATCH_ROWS`` so memory stays flat on any number of incidents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from strife.models import StoredIncident

BATCH_ROWS = 5000

_STR = pa.string()
_COUNT = pa.struct([("total", pa.int64()), ("perpetrators", pa.int64())])
_MENTIONS = pa.list_(pa.list_(_STR))

SCHEMA = pa.schema(
    [
        ("id", _STR),
        ("date", pa.struct([("start", pa.date32()), ("end", pa.date32()), ("precision", _STR)])),
        ("location", pa.struct([
            ("name", _STR), ("city", _STR), ("admin1", _STR), ("country", _STR),
            ("country_code", _STR), ("lat", pa.float64()), ("lon", pa.float64()),
            ("geonames_id", pa.int64()), ("precision", _STR),
        ])),
        ("attack_types", pa.list_(_STR)),
        ("target_types", pa.list_(_STR)),
        ("weapon_types", pa.list_(_STR)),
        ("perpetrators", pa.list_(pa.struct(
            [("name", _STR), ("kind", _STR), ("claimed", pa.bool_())]
        ))),
        ("claimed_by", pa.list_(_STR)),
        ("killed", _COUNT),
        ("wounded", _COUNT),
        ("suicide", pa.bool_()),
        ("success", pa.bool_()),
        ("roles", pa.struct([(name, _MENTIONS) for name in
                             ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")])),
        ("actions", pa.list_(pa.struct(
            [("text", _STR), ("attack_type", _STR), ("killed", pa.int64())]
        ))),
        ("summary", _STR),
        ("evidence", pa.list_(pa.struct(
            [("field", _STR), ("start", pa.int64()), ("end", pa.int64()), ("text", _STR)]
        ))),
        ("acled", pa.struct([("event_type", _STR), ("sub_event_type", _STR)])),
        ("confidence", pa.float64()),
        ("sources", pa.list_(pa.struct([
            ("document_id", _STR), ("url", _STR), ("source", _STR), ("title", _STR),
            ("published", pa.date32()),
        ]))),
        ("first_reported", pa.date32()),
        ("review", pa.struct([("status", _STR), ("by", _STR), ("at", _STR)])),
        ("alternatives", _STR),
    ]
)  # fmt: skip


def parquet_record(incident: StoredIncident) -> dict[str, Any]:
    record = incident.model_dump()
    record["alternatives"] = json.dumps(
        incident.model_dump(mode="json")["alternatives"], ensure_ascii=False
    )
    return record


def incident_from_parquet(record: dict[str, Any]) -> StoredIncident:
    """Read one row back (``pq.read_table(path).to_pylist()``) into the record."""
    return StoredIncident.model_validate(
        {**record, "alternatives": json.loads(record["alternatives"] or "{}")}
    )


def write_parquet(incidents: Iterable[StoredIncident], sink: str | BinaryIO) -> int:
    """Write ``incidents`` to ``sink`` (a path or a binary file); returns how many."""
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(sink, SCHEMA, compression="zstd") as writer:
        for incident in incidents:
            batch.append(parquet_record(incident))
            if len(batch) >= BATCH_ROWS:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=SCHEMA))
                count += len(batch)
                batch = []
        if batch:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
