"""Writing dataset rows (GTD, ACLED) to the store: one transaction per batch, idempotent.

Each row is stored as a "document" whose id is ``dataset:row-id`` (``strife.datasets.rows``), so
a re-import finds its rows already there and adds nothing. The incident goes through the same
matcher as a news report (the store's ``Merger``), with one difference in blocking: incidents
that already hold a row of the same dataset are never candidates, because the dataset has
already deduplicated its own rows (two GTD attacks in one city on one day are two attacks).
A news report ingested later meets imported incidents through the ordinary ``write_result``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import exists, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from strife.errors import StoreError
from strife.models import Document, Incident, StoredIncident
from strife.store import codec
from strife.store.engine import WRITE_OPTION, reason
from strife.store.merging import Merger
from strife.store.store import _WRITE_LOCK, Store
from strife.store.tables import DocumentRow, IncidentRow, SourceRow
from strife.store.writer import DATE_WINDOW, MAX_CANDIDATES, load_incidents, place_incident

RowOutcome = Literal["new", "merged", "present"]


@dataclass(frozen=True)
class DatasetItem:
    """One row to store: its stand-in document and its incident."""

    document: Document
    incident: Incident


def write_dataset_batch(
    store: Store, items: Sequence[DatasetItem], dataset: str
) -> list[RowOutcome]:
    """Store ``items`` (rows of ``dataset``) in one transaction; one outcome per item."""
    now = datetime.now(UTC)
    writer = store.engine.execution_options(**{WRITE_OPTION: True})
    try:
        with Session(writer) as session, session.begin():
            if store.engine.dialect.name == "postgresql":
                session.execute(select(func.pg_advisory_xact_lock(_WRITE_LOCK)))
            ids = [item.document.id for item in items]
            present = set(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(ids))))
            outcomes: list[RowOutcome] = []
            for item in items:
                if item.document.id in present:
                    outcomes.append("present")
                    continue
                present.add(item.document.id)
                outcomes.append(_write_row(session, item, dataset, now, store.merger))
            return outcomes
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot write to {store.url}: {reason(exc)}; nothing from the failed batch was "
            "stored (run the same import again to resume)"
        ) from None


def _write_row(
    session: Session, item: DatasetItem, dataset: str, now: datetime, merger: Merger
) -> RowOutcome:
    session.add(codec.document_row(item.document, now))
    session.flush()
    candidates = _candidates(session, item.incident, dataset)
    _, merged = place_incident(session, item.incident, candidates, item.document, now, merger)
    return "merged" if merged else "new"


def _candidates(session: Session, incident: Incident, dataset: str) -> list[StoredIncident]:
    """Stored incidents in the same country and date window holding no row of ``dataset``."""
    code = incident.location.country_code
    start = incident.date.start or incident.date.end
    end = incident.date.end or start
    if not code or start is None or end is None:
        return []
    own_row = exists().where(
        SourceRow.incident_id == IncidentRow.id, SourceRow.document_id.like(f"{dataset}:%")
    )
    query = (
        select(IncidentRow.id)
        .where(
            IncidentRow.country_code == code.upper(),
            IncidentRow.date_start <= end + DATE_WINDOW,
            func.coalesce(IncidentRow.date_end, IncidentRow.date_start) >= start - DATE_WINDOW,
            ~own_row,
        )
        .order_by(IncidentRow.date_start, IncidentRow.id)
        .limit(MAX_CANDIDATES)
    )
    return list(load_incidents(session, list(session.scalars(query))).values())
