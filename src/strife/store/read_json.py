"""Stored incidents as JSON-ready dicts, straight from the rows: the API's fast read path.

``Store.iter_incidents`` validates every record into a ``StoredIncident`` (about 0.1 ms each),
which is right for library users but was most of the API's time for a page of the list or a
GeoJSON layer. The rows already hold each record as validated JSON (written from the model by
``strife.store.codec``), so the API can put them together without validating them again.
The dicts equal ``StoredIncident.model_dump(mode="json")``; a test pins that.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.exc import SQLAlchemyError

from strife.errors import StoreError
from strife.models import Incident
from strife.store.engine import reason
from strife.store.filters import IncidentFilter, conditions, order_by
from strife.store.store import STREAM_CHUNK, Store
from strife.store.tables import AlternativeRow, IncidentRow, SourceRow

_SOURCE_KEYS = ("document_id", "url", "source", "title", "published")


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    # A record written by an older strife lacks fields added since; the model gives defaults.
    return Incident(id="").model_dump(mode="json")


def iter_incident_records(
    store: Store,
    f: IncidentFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    order: str = "date",
) -> Iterator[dict[str, Any]]:
    """Matching incidents in ``order`` as schema.md stored records (plain dicts), streamed."""
    query = (
        select(IncidentRow.__table__)
        .where(*conditions(f))
        .order_by(*order_by(order))
        .limit(limit)
        .offset(offset or None)
    )
    try:
        with store.engine.connect() as conn:
            stream = conn.execution_options(stream_results=True, yield_per=STREAM_CHUNK)
            for chunk in stream.execute(query).partitions():
                rows = [row._mapping for row in chunk]
                yield from _complete(conn, rows)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {store.url}: {reason(exc)}") from None


def _complete(conn: Any, rows: Sequence[RowMapping]) -> Iterator[dict[str, Any]]:
    ids = [row["id"] for row in rows]
    sources: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for src in conn.execute(
        select(SourceRow.__table__)
        .where(SourceRow.incident_id.in_(ids))
        .order_by(SourceRow.incident_id, SourceRow.position)
    ):
        entry = {key: getattr(src, key) for key in _SOURCE_KEYS}
        entry["published"] = _iso(entry["published"])
        sources[src.incident_id].append(entry)
    alternatives: dict[str, dict[str, list[dict[str, Any]]]] = {i: {} for i in ids}
    for alt in conn.execute(
        select(AlternativeRow.__table__)
        .where(AlternativeRow.incident_id.in_(ids))
        .order_by(AlternativeRow.incident_id, AlternativeRow.field, AlternativeRow.position)
    ):
        values = alternatives[alt.incident_id].setdefault(alt.field, [])
        values.append({"value": alt.value, "document_id": alt.document_id})
    for row in rows:
        yield {
            **_defaults(),
            **row["record"],
            "id": row["id"],
            "sources": sources[row["id"]],
            "first_reported": _iso(row["first_reported"]),
            "review": {
                "status": row["review_status"],
                "by": row["review_by"],
                "at": row["review_at"],
            },
            "alternatives": alternatives[row["id"]],
        }


def _iso(value: Any) -> str | None:
    # SQLite may hand dates back as text already; PostgreSQL as date objects.
    return None if value is None else value if isinstance(value, str) else value.isoformat()
