"""Writing one extraction result inside the caller's transaction: document, then incidents.

For each new incident the store offers the merge stage its candidates (same country code and a
date window of ±3 days; with no country, the incidents of the same document), then either folds
the report into the match or stores a new incident whose only source is this document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from strife.models import Document, Incident, Result, Source, StoredIncident
from strife.store import codec
from strife.store.merging import Merger
from strife.store.review_merge import reapply_edits
from strife.store.tables import (
    AlternativeRow,
    DocumentRow,
    IncidentRow,
    SourceRow,
    TermRow,
)

DATE_WINDOW = timedelta(days=3)
MAX_CANDIDATES = 500
"""More stored incidents than this in one country and week would make scoring slow, not wrong."""


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one result did. A document already stored changes nothing."""

    document_new: bool
    incidents_new: int = 0
    incidents_merged: int = 0
    document_id: str = ""
    incident_ids: tuple[str, ...] = ()


def write_result(
    session: Session, result: Result, now: datetime, merger: Merger
) -> IngestOutcome:
    document = result.document
    if session.get(DocumentRow, document.id) is not None:
        return IngestOutcome(document_new=False, document_id=document.id)
    session.add(codec.document_row(document, now))
    session.flush()
    new = merged = 0
    ids: list[str] = []
    for incident in result.incidents:
        candidates = load_candidates(session, incident, document)
        incident_id, was_merged = place_incident(
            session, incident, candidates, document, now, merger
        )
        merged += was_merged
        new += not was_merged
        ids.append(incident_id)
    return IngestOutcome(True, new, merged, document.id, tuple(ids))


def place_incident(
    session: Session, incident: Incident, candidates: list[StoredIncident], document: Document,
    now: datetime, merger: Merger,
) -> tuple[str, bool]:  # fmt: skip
    """Fold ``incident`` (reported by ``document``) into its match among ``candidates``, or
    store it as a new incident; returns the stored id and whether it merged. News reports and
    dataset rows (``strife.store.dataset_writer``) both go through here."""
    source = Source.from_document(document)
    match_id = merger.find_match_id(incident, candidates, document.text)
    if match_id is not None:
        stored = {c.id: c for c in candidates}[match_id]
        # The stored incident keeps its id whatever the merge stage returns.
        record = merger.combine(stored, incident, source, document).model_copy(
            update={"id": stored.id}
        )
        record = reapply_edits(session, record)  # a reviewer's edits outrank the new report
        save_incident(session, record, now, replace=True)
        return record.id, True
    record = StoredIncident.model_validate(
        {
            **incident.model_dump(),
            "id": unused_id(session, incident.id, document.id),
            "sources": [source.model_dump()],
            "first_reported": document.published,
        }
    )
    save_incident(session, record, now, replace=False)
    return record.id, False


def unused_id(session: Session, wanted: str, document_id: str) -> str:
    """``wanted`` unless another document's incident has it already (ids from JSONL input)."""
    candidate = wanted
    suffix = 0
    while session.get(IncidentRow, candidate) is not None:
        suffix += 1
        candidate = f"{wanted}-{document_id[:12]}" + (f"-{suffix}" if suffix > 1 else "")
    return candidate


def load_candidates(
    session: Session, incident: Incident, document: Document
) -> list[StoredIncident]:
    """Stored incidents the new one may report again (the merge stage's blocking)."""
    code = incident.location.country_code
    start = incident.date.start or incident.date.end or document.published
    end = incident.date.end or start
    query = select(IncidentRow.id)
    if code and start is not None and end is not None:
        query = query.where(
            IncidentRow.country_code == code.upper(),
            IncidentRow.date_start <= end + DATE_WINDOW,
            func.coalesce(IncidentRow.date_end, IncidentRow.date_start) >= start - DATE_WINDOW,
        )
    else:
        query = query.join(SourceRow, SourceRow.incident_id == IncidentRow.id).where(
            SourceRow.document_id == document.id
        )
    ids = list(
        session.scalars(
            query.order_by(IncidentRow.date_start, IncidentRow.id).limit(MAX_CANDIDATES)
        )
    )
    return list(load_incidents(session, ids).values())


def load_incidents(session: Session, ids: Iterable[str]) -> dict[str, StoredIncident]:
    """Whole records for ``ids`` (missing ids are left out), three queries in all."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = session.execute(select(IncidentRow.__table__).where(IncidentRow.id.in_(wanted)))
    return assemble([r._mapping for r in rows], *child_rows(session, wanted))


def child_rows(executor: Session | Connection, ids: list[str]) -> tuple[list, list]:
    """The sources and alternatives of incidents ``ids``, in their stored order."""
    sources = executor.execute(
        select(SourceRow.__table__)
        .where(SourceRow.incident_id.in_(ids))
        .order_by(SourceRow.incident_id, SourceRow.position)
    )
    alternatives = executor.execute(
        select(AlternativeRow.__table__)
        .where(AlternativeRow.incident_id.in_(ids))
        .order_by(AlternativeRow.incident_id, AlternativeRow.field, AlternativeRow.position)
    )
    return [s._mapping for s in sources], [a._mapping for a in alternatives]


def assemble(rows: list, sources: list, alternatives: list) -> dict[str, StoredIncident]:
    by_source: dict[str, list] = {}
    for src in sources:
        by_source.setdefault(src["incident_id"], []).append(src)
    by_alt: dict[str, list] = {}
    for alt in alternatives:
        by_alt.setdefault(alt["incident_id"], []).append(alt)
    return {
        row["id"]: codec.stored_incident(
            row, by_source.get(row["id"], []), by_alt.get(row["id"], [])
        )
        for row in rows
    }


def save_incident(
    session: Session, record: StoredIncident, now: datetime, *, replace: bool
) -> None:
    """Write ``record`` and its child rows; ``replace`` rewrites an incident already stored."""
    columns = codec.incident_columns(record)
    if replace:
        row = session.get(IncidentRow, record.id)
        assert row is not None, "the merge stage matched an incident that is not stored"
        for name, value in columns.items():
            setattr(row, name, value)
        row.updated_at = now
        for table in (SourceRow, AlternativeRow, TermRow):
            session.execute(delete(table).where(table.incident_id == record.id))
    else:
        session.add(IncidentRow(id=record.id, created_at=now, updated_at=now, **columns))
    session.flush()
    for table, rows in (
        (SourceRow, codec.source_rows(record)),
        (AlternativeRow, codec.alternative_rows(record)),
        (TermRow, codec.term_rows(record)),
    ):
        if rows:
            session.execute(insert(table), rows)
