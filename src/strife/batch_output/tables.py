"""Extraction results as two Arrow tables per partition: documents and incidents.

Each row carries the full record as JSON (``record``: exactly what ``strife ingest`` reads back,
so a batch round-trip cannot drop a field) beside key columns for people who query the
partitions directly with pandas, DuckDB or Spark (ids, dates, country, attack types, tolls).
``position`` is the document's place in the input stream, so readers can restore input order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyarrow as pa

from strife.models import Document, Incident, Result

_STR = pa.string()

DOCUMENT_SCHEMA = pa.schema(
    [
        ("position", pa.int64()),
        ("id", _STR),
        ("published", pa.date32()),
        ("source", _STR),
        ("url", _STR),
        ("title", _STR),
        ("incidents", pa.int32()),
        ("prefiltered", pa.bool_()),
        ("record", _STR),
    ]
)
"""``prefiltered``: the relevance prefilter skipped the document (no parse, no incidents)."""

INCIDENT_SCHEMA = pa.schema(
    [
        ("document_id", _STR),
        ("index", pa.int32()),
        ("id", _STR),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("country_code", _STR),
        ("attack_types", pa.list_(_STR)),
        ("killed", pa.int64()),
        ("wounded", pa.int64()),
        ("record", _STR),
    ]
)
"""``index``: the incident's place among its document's incidents (extraction order)."""


@dataclass(frozen=True)
class PartitionTables:
    """What one partition gives: its document rows and incident rows."""

    documents: pa.Table
    incidents: pa.Table
    failed: tuple[tuple[str, str], ...] = ()
    """(document, reason) for each document the pipeline failed on: left out of the tables
    and listed, as ``strife ingest`` does."""


@dataclass(frozen=True)
class ResultRow:
    position: int
    result: Result
    prefiltered: bool = False


def result_tables(
    rows: Sequence[ResultRow], failed: tuple[tuple[str, str], ...] = ()
) -> PartitionTables:
    documents = [
        _document_row(r.result.document, r.position, len(r.result.incidents), r.prefiltered)
        for r in rows
    ]
    incidents = [
        _incident_row(r.result.document.id, index, incident)
        for r in rows
        for index, incident in enumerate(r.result.incidents)
    ]
    return PartitionTables(
        pa.Table.from_pylist(documents, schema=DOCUMENT_SCHEMA),
        pa.Table.from_pylist(incidents, schema=INCIDENT_SCHEMA),
        failed,
    )


def _document_row(document: Document, position: int, incidents: int, skipped: bool) -> dict:
    return {
        "position": position,
        "id": document.id,
        "published": document.published,
        "source": document.source,
        "url": document.url,
        "title": document.title,
        "incidents": incidents,
        "prefiltered": skipped,
        "record": document.model_dump_json(),
    }


def _incident_row(document_id: str, index: int, incident: Incident) -> dict:
    return {
        "document_id": document_id,
        "index": index,
        "id": incident.id,
        "date_start": incident.date.start,
        "date_end": incident.date.end,
        "country_code": incident.location.country_code,
        "attack_types": incident.attack_types,
        "killed": incident.killed.total,
        "wounded": incident.wounded.total,
        "record": incident.model_dump_json(),
    }


def documents_in_order(table: pa.Table) -> Iterator[Document]:
    for record in table.sort_by("position").column("record").to_pylist():
        yield Document.model_validate_json(record)


def incidents_by_document(table: pa.Table) -> dict[str, list[Incident]]:
    """Each document's incidents, in extraction order."""
    grouped: dict[str, list[tuple[int, Incident]]] = {}
    rows = table.select(["document_id", "index", "record"]).to_pylist()
    for row in rows:
        incident = Incident.model_validate_json(row["record"])
        grouped.setdefault(row["document_id"], []).append((row["index"], incident))
    return {doc_id: [i for _, i in sorted(items, key=lambda p: p[0])]
            for doc_id, items in grouped.items()}  # fmt: skip
