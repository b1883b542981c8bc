"""Weeks (Monday to Sunday, ISO 8601) and calendar months as date ranges."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Period = Literal["week", "month"]
PERIODS: tuple[Period, ...] = ("week", "month")


def period_start(day: date, period: Period) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_start(start: date, period: Period) -> date:
    if period == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def period_end(start: date, period: Period) -> date:
    """The last day of the period, included."""
    return next_start(start, period) - timedelta(days=1)


def starts_between(first: date, last: date, period: Period) -> list[date]:
    """Starts of every period from the one holding ``first`` to the one holding ``last``."""
    found = []
    start = period_start(first, period)
    while start <= last:
        found.append(start)
        start = next_start(start, period)
    return found


def latest_complete(today: date, period: Period) -> date:
    """The start of the last period that ended before ``today``."""
    current = period_start(today, period)
    return period_start(current - timedelta(days=1), period)


def max_span_days(period: Period) -> int:
    """An incident dated more loosely than this cannot be put in one period."""
    return 6 if period == "week" else 30
