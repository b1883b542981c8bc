"""The store's incidents, deaths and news documents per area and period.

Only incidents whose dates fall inside one period are counted (a GTD row known only to the
month is not put in a week); rejected incidents are left out. An area's history starts with
the store's first counted period, so a country quiet for two years has two years of zeros.
Documents are news reports (not dataset rows) among the sources of the area's incidents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from strife.errors import StoreError
from strife.store import Store
from strife.store.engine import reason
from strife.store.tables import IncidentRow, SourceRow
from strife.watch.periods import Period, max_span_days, period_start, starts_between

Level = Literal["country", "admin1"]
DATASET_PREFIXES = ("gtd:", "acled:")


@dataclass(frozen=True)
class Area:
    code: str  # ISO country code, or "CC/admin1"; the name when there is no code
    name: str
    level: Level


@dataclass
class Series:
    """Counts per area (rows) and period (columns, ``starts``)."""

    period: Period
    starts: list[date]
    areas: list[Area]
    incidents: np.ndarray
    deaths: np.ndarray
    documents: np.ndarray
    ids: dict[tuple[int, int], list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Row:
    id: str
    start: date
    area: Area
    killed: int


def _area(row: object, level: Level) -> Area | None:
    code = getattr(row, "country_code", None)
    country = getattr(row, "country", None)
    if level == "country":
        key = code or country
        return Area(key, country or key, level) if key else None
    admin1 = getattr(row, "admin1", None)
    if not admin1 or not (code or country):
        return None
    return Area(f"{code or country}/{admin1}", admin1, level)


def _counted(store: Store, level: Level, period: Period, until: date) -> list[_Row]:
    query = select(
        IncidentRow.id, IncidentRow.date_start, IncidentRow.date_end, IncidentRow.country_code,
        IncidentRow.country, IncidentRow.admin1, IncidentRow.killed_total,
    ).where(
        IncidentRow.date_start.is_not(None), IncidentRow.date_start <= until,
        IncidentRow.review_status != "rejected",
    )  # fmt: skip
    rows = []
    span = max_span_days(period)
    with store.engine.connect() as conn:
        for r in conn.execute(query):
            end = r.date_end or r.date_start
            if (end - r.date_start).days > span or period_start(end, period) != period_start(
                r.date_start, period
            ):
                continue
            area = _area(r, level)
            if area is not None:
                rows.append(_Row(r.id, r.date_start, area, r.killed_total or 0))
    return rows


def _news_sources(store: Store, ids: set[str]) -> dict[str, list[str]]:
    query = select(SourceRow.incident_id, SourceRow.document_id).where(
        *(SourceRow.document_id.not_like(f"{p}%") for p in DATASET_PREFIXES)
    )
    found: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for incident_id, document_id in conn.execute(query):
            if incident_id in ids:
                found.setdefault(incident_id, []).append(document_id)
    return found


def load_series(store: Store, level: Level, period: Period, until: date) -> Series:
    """Every area's series from the store's first counted period to the one holding ``until``."""
    try:
        rows = _counted(store, level, period, until)
        sources = _news_sources(store, {r.id for r in rows})
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {store.url}: {reason(exc)}") from None
    if not rows:
        empty = np.zeros((0, 0))
        return Series(period, [], [], empty, empty.copy(), empty.copy())
    starts = starts_between(min(r.start for r in rows), until, period)
    column = {s: i for i, s in enumerate(starts)}
    names: dict[str, Area] = {}
    for r in rows:
        names.setdefault(r.area.code, r.area)
    areas = sorted(names.values(), key=lambda a: a.code)
    index = {a.code: i for i, a in enumerate(areas)}
    shape = (len(areas), len(starts))
    series = Series(period, starts, areas, np.zeros(shape), np.zeros(shape), np.zeros(shape))
    docs: dict[tuple[int, int], set[str]] = {}
    for r in rows:
        cell = (index[r.area.code], column[period_start(r.start, period)])
        series.incidents[cell] += 1
        series.deaths[cell] += r.killed
        series.ids.setdefault(cell, []).append(r.id)
        docs.setdefault(cell, set()).update(sources.get(r.id, ()))
    for cell, found in docs.items():
        series.documents[cell] = len(found)
    return series
