"""Between records and rows: what of a ``StoredIncident`` goes in which column or child table.

The full INCIDENT record goes into ``incidents.record`` as JSON; the fields users filter on are
copied into columns; ``sources``, ``alternatives``, ``review`` and ``first_reported`` live in
their own columns and tables and are put back together by ``stored_incident``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from strife.models import Document, StoredIncident
from strife.store.tables import DocumentRow

KEPT_APART = frozenset({"sources", "alternatives", "review", "first_reported"})
"""StoredIncident fields that are columns or tables of their own, not part of ``record``."""

TERM_KINDS = ("attack", "target", "weapon", "group")


def document_row(document: Document, now: datetime) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        url=document.url,
        source=document.source,
        title=document.title,
        published=document.published,
        dateline=document.dateline,
        language=document.language,
        text=document.text,
        ingested_at=now,
    )


def document_from_row(row: Any) -> Document:
    return Document(
        id=row.id,
        url=row.url,
        source=row.source,
        title=row.title,
        published=row.published,
        dateline=row.dateline,
        language=row.language,
        text=row.text,
    )


def incident_columns(incident: StoredIncident) -> dict[str, Any]:
    """The ``incidents`` row for a record, except the id and the timestamps."""
    where = incident.location
    code = where.country_code.upper() if where.country_code else None
    return {
        "date_start": incident.date.start,
        "date_end": incident.date.end,
        "date_precision": incident.date.precision,
        "country_code": code,
        "country": where.country,
        "admin1": where.admin1,
        "city": where.city,
        "place": where.name,
        "lat": where.lat,
        "lon": where.lon,
        "killed_total": incident.killed.total,
        "wounded_total": incident.wounded.total,
        "first_reported": incident.first_reported,
        "review_status": incident.review.status,
        "review_by": incident.review.by,
        "review_at": incident.review.at,
        "search_text": search_text(incident),
        "record": incident.model_dump(mode="json", exclude=set(KEPT_APART)),
    }


def search_text(incident: StoredIncident) -> str:
    """What the free-text filter looks in: summary, place names, actors and role fillers."""
    where = incident.location
    parts: list[str] = [incident.summary]
    parts += [p for p in (where.name, where.city, where.admin1, where.country) if p]
    parts += [p.name for p in incident.perpetrators] + list(incident.claimed_by)
    for entities in incident.roles.model_dump().values():
        parts += [mention for entity in entities for mention in entity]
    return "\n".join(parts).lower()


def term_rows(incident: StoredIncident) -> list[dict[str, Any]]:
    """Rows of ``incident_terms``: types as written, group names lower-cased for matching."""
    groups = [p.name for p in incident.perpetrators] + list(incident.claimed_by)
    values: dict[str, list[str]] = {
        "attack": list(incident.attack_types),
        "target": list(incident.target_types),
        "weapon": list(incident.weapon_types),
        "group": list(dict.fromkeys(name.lower() for name in groups)),
    }
    return [
        {"incident_id": incident.id, "kind": kind, "position": i, "value": value}
        for kind in TERM_KINDS
        for i, value in enumerate(values[kind])
    ]


def source_rows(incident: StoredIncident) -> list[dict[str, Any]]:
    """One row per reporting document, in the record's order; a repeated document counts once."""
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for source in incident.sources:
        if source.document_id in seen:
            continue
        seen.add(source.document_id)
        rows.append({"incident_id": incident.id, "position": len(rows), **source.model_dump()})
    return rows


def alternative_rows(incident: StoredIncident) -> list[dict[str, Any]]:
    return [
        {
            "incident_id": incident.id,
            "field": field,
            "position": i,
            "value": alternative.value,
            "document_id": alternative.document_id,
        }
        for field, values in incident.alternatives.items()
        for i, alternative in enumerate(values)
    ]


def stored_incident(
    row: Mapping[str, Any],
    sources: Iterable[Mapping[str, Any]],
    alternatives: Iterable[Mapping[str, Any]],
) -> StoredIncident:
    """Put a record back together from its row and its child rows (already in order)."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for alt in alternatives:
        grouped.setdefault(alt["field"], []).append(
            {"value": alt["value"], "document_id": alt["document_id"]}
        )
    return StoredIncident.model_validate(
        {
            **row["record"],
            "id": row["id"],
            "sources": [
                {key: src[key] for key in ("document_id", "url", "source", "title", "published")}
                for src in sources
            ],
            "first_reported": row["first_reported"],
            "review": {
                "status": row["review_status"],
                "by": row["review_by"],
                "at": row["review_at"],
            },
            "alternatives": grouped,
        }
    )
