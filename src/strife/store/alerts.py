"""Saving and listing alerts (``strife.store.alert_tables``).

The store keeps alerts as JSON records beside the columns users filter on; the watch stage
hands them in as plain dicts (``Alert.model_dump(mode="json")``), so the store does not depend
on the stage that computes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from strife.errors import StoreError
from strife.store.alert_tables import AlertRow
from strife.store.engine import WRITE_OPTION, reason
from strife.store.store import Store


@dataclass(frozen=True)
class AlertFilter:
    area: str | None = None  # area code (IQ, "IQ/Baghdad") or name, any case
    level: str | None = None
    date_from: date | None = None  # periods ending on or after
    date_to: date | None = None  # periods starting on or before


def save_alerts(store: Store, alerts: Iterable[tuple[str, dict[str, Any]]]) -> list[str]:
    """Insert or replace ``(id, record)`` pairs; returns the ids that were not stored before."""
    now = datetime.now(UTC)
    new: list[str] = []
    try:
        writer = store.engine.execution_options(**{WRITE_OPTION: True})
        with Session(writer) as session, session.begin():
            for alert_id, record in alerts:
                row = session.get(AlertRow, alert_id)
                if row is None:
                    row = AlertRow(id=alert_id, created_at=now)
                    session.add(row)
                    new.append(alert_id)
                _fill(row, record)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot write alerts to {store.url}: {reason(exc)}") from None
    return new


def _fill(row: AlertRow, record: dict[str, Any]) -> None:
    row.area = record["area"]
    row.area_code = record["area_code"]
    row.level = record["level"]
    row.period = record["period"]
    row.period_start = date.fromisoformat(record["period_start"])
    row.period_end = date.fromisoformat(record["period_end"])
    row.observed = record["observed"]
    row.score = record["score"]
    row.coverage_surge = record["coverage_surge"]
    row.record = record


def _conditions(f: AlertFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if f.area:
        wanted = f.area.strip().lower()
        by_code = func.lower(AlertRow.area_code) == wanted
        found.append(by_code | (func.lower(AlertRow.area) == wanted))
    if f.level:
        found.append(AlertRow.level == f.level)
    if f.date_from:
        found.append(AlertRow.period_end >= f.date_from)
    if f.date_to:
        found.append(AlertRow.period_start <= f.date_to)
    return found


def list_alerts(
    store: Store, f: AlertFilter, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """The total matching and one page of alert records, newest period first."""
    where = _conditions(f)
    try:
        with store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(AlertRow).where(*where)).scalar()
            rows = conn.execute(
                select(AlertRow.id, AlertRow.record).where(*where)
                .order_by(AlertRow.period_start.desc(), AlertRow.score.desc(), AlertRow.id)
                .limit(limit).offset(offset)
            )  # fmt: skip
            records = [{"id": r.id, **r.record} for r in rows]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {store.url}: {reason(exc)}") from None
    return int(total or 0), records
