"""Counts the dashboard draws, computed in the database so 50,000 incidents stay light.

* ``timeline``: incidents and deaths per day, week or month and primary attack type.
* ``map_cells``: incidents grouped into grid cells of ``cell`` degrees, each at the mean
  position of its incidents (a country's points separate as the user zooms in).
* ``countries`` and ``review_counts``: what the filter panel and the stats page list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import Integer, and_, cast, func, select
from sqlalchemy.exc import SQLAlchemyError

from strife.errors import StoreError, UsageError
from strife.store.engine import reason
from strife.store.filters import IncidentFilter, conditions
from strife.store.store import Store
from strife.store.tables import IncidentRow, SourceRow, TermRow

Interval = Literal["day", "week", "month"]
INTERVALS: tuple[str, ...] = ("day", "week", "month")
UNKNOWN_TYPE = "Unknown"


@dataclass(frozen=True)
class TimelineBar:
    period: date
    attack_type: str
    incidents: int
    killed: int


@dataclass(frozen=True)
class MapCell:
    lat: float
    lon: float
    incidents: int
    killed: int
    incident_id: str | None  # the incident itself when the cell holds only one


def timeline(store: Store, f: IncidentFilter, interval: str = "week") -> list[TimelineBar]:
    """Bars in period order. An incident counts once, under its first (most specific) type."""
    if interval not in INTERVALS:
        raise UsageError(f"unknown interval {interval!r}; use day, week or month")
    primary = TermRow.__table__.alias("primary_type")
    query = (
        select(
            IncidentRow.date_start,
            primary.c.value,
            func.count(),
            func.coalesce(func.sum(IncidentRow.killed_total), 0),
        )
        .select_from(IncidentRow)
        .outerjoin(
            primary,
            and_(
                primary.c.incident_id == IncidentRow.id,
                primary.c.kind == "attack",
                primary.c.position == 0,
            ),
        )
        .where(IncidentRow.date_start.is_not(None), *conditions(f))
        .group_by(IncidentRow.date_start, primary.c.value)
    )
    # Days are grouped in SQL; days into weeks or months here, since SQLite and PostgreSQL
    # spell date truncation differently and there are at most a few thousand days.
    totals: dict[tuple[date, str], list[int]] = {}
    for day, kind, count, killed in _rows(store, query):
        key = (period_start(_as_date(day), interval), kind or UNKNOWN_TYPE)
        entry = totals.setdefault(key, [0, 0])
        entry[0] += int(count)
        entry[1] += int(killed or 0)
    return [TimelineBar(p, k, n, d) for (p, k), (n, d) in sorted(totals.items())]


def period_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if interval == "month":
        return day.replace(day=1)
    return day


def map_cells(store: Store, f: IncidentFilter, cell: float = 1.0) -> list[MapCell]:
    """Incidents with coordinates, grouped on a grid of ``cell`` degrees."""
    if not 0.01 <= cell <= 45:
        raise UsageError(f"cell must be between 0.01 and 45 degrees, not {cell}")
    # Shifted to positive values so that truncation and floor agree on both databases.
    row_of = cast((IncidentRow.lat + 90) / cell, Integer)
    col_of = cast((IncidentRow.lon + 180) / cell, Integer)
    query = (
        select(
            func.avg(IncidentRow.lat),
            func.avg(IncidentRow.lon),
            func.count(),
            func.coalesce(func.sum(IncidentRow.killed_total), 0),
            func.min(IncidentRow.id),
        )
        .where(IncidentRow.lat.is_not(None), IncidentRow.lon.is_not(None), *conditions(f))
        .group_by(row_of, col_of)
    )
    return [
        MapCell(
            round(float(lat), 4),
            round(float(lon), 4),
            int(n),
            int(k or 0),
            first if n == 1 else None,
        )
        for lat, lon, n, k, first in _rows(store, query)
    ]


def countries(store: Store, f: IncidentFilter | None = None) -> list[dict[str, Any]]:
    """``[{"country_code", "country", "incidents"}]``, most incidents first."""
    query = (
        select(IncidentRow.country_code, func.max(IncidentRow.country), func.count())
        .where(IncidentRow.country_code.is_not(None), *conditions(f or IncidentFilter()))
        .group_by(IncidentRow.country_code)
        .order_by(func.count().desc(), IncidentRow.country_code)
    )
    return [
        {"country_code": code, "country": name, "incidents": int(n)}
        for code, name, n in _rows(store, query)
    ]


def review_counts(store: Store) -> dict[str, int]:
    query = select(IncidentRow.review_status, func.count()).group_by(IncidentRow.review_status)
    return {status: int(n) for status, n in _rows(store, query)}


def incident_ids_of_document(store: Store, document_id: str) -> list[str]:
    """Incidents that ``document_id`` reports (after merging, maybe with other sources)."""
    query = (
        select(SourceRow.incident_id)
        .where(SourceRow.document_id == document_id)
        .order_by(SourceRow.incident_id)
    )
    return [incident_id for (incident_id,) in _rows(store, query)]


def _rows(store: Store, query: Any) -> list[Any]:
    try:
        with store.engine.connect() as conn:
            return list(conn.execute(query))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {store.url}: {reason(exc)}") from None


def _as_date(value: Any) -> date:
    # SQLite hands grouped dates back as text; PostgreSQL as dates.
    return value if isinstance(value, date) else date.fromisoformat(str(value))
