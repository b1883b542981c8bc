"""Calendar arithmetic for resolving date expressions against a publication date.

Pure functions over ``datetime.date``; no parsing here. The conventions (which Saturday is
"Saturday", which October is "late October") are stated once, in the docstrings below, and the
date rules call these rather than re-deriving them.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from strife.models import DatePrecision, DateRange

DAY_SLACK = 7
"""A day-month without a year may lie this many days after publication and keep that year:
articles mention the coming days ("talks on 20 March"); a date further ahead is last year's."""

PART_OF_MONTH: dict[str, tuple[int, int]] = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20),
    "late": (20, 31), "end": (20, 31),
    "first half": (1, 15), "second half": (16, 31),
    "first week": (1, 7), "second week": (8, 14), "third week": (15, 21), "last week": (25, 31),
}  # fmt: skip
"""Days of the month each part covers (31 stands for the month's last day). Late = 20-31 follows
the seed's reference coding; "the last week of" is taken as the last seven days."""

PART_OF_YEAR: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning": (1, 4), "start": (1, 4),
    "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (9, 12),
    "first half": (1, 6), "second half": (7, 12),
}  # fmt: skip
"""Months of the year each part covers: thirds, as "early 2011" is read by analysts."""

SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
}  # fmt: skip
"""Northern-hemisphere meteorological seasons as (first month, last month); winter runs into
the next year, so its last month is written 14 (February of the following year)."""


def day_range(day: date, precision: DatePrecision = "day") -> DateRange:
    return DateRange(start=day, end=day, precision=precision)


def span(start: date, end: date, precision: DatePrecision) -> DateRange:
    return DateRange(start=start, end=end, precision=precision)


def unknown() -> DateRange:
    """What an expression that needs a publication date gets when there is none."""
    return DateRange(start=None, end=None, precision="unknown")


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, last_day(year, month))


def month_range(year: int, month: int, precision: DatePrecision = "month") -> DateRange:
    return span(*month_bounds(year, month), precision)


def year_range(year: int, precision: DatePrecision = "year") -> DateRange:
    return span(date(year, 1, 1), date(year, 12, 31), precision)


def shift_months(day: date, months: int) -> tuple[int, int]:
    """The (year, month) that lies ``months`` calendar months from ``day`` (negative: before)."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def weekday_before(published: date, weekday: int, *, strictly: bool) -> date:
    """The most recent ``weekday`` on or before publication (strictly before for "last Friday").

    News convention: "on Sunday" in a Sunday paper is that day, while "last Sunday" is a week ago.
    """
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - timedelta(days=back)


def weekday_after(published: date, weekday: int) -> date:
    """The first ``weekday`` strictly after publication, for "next Tuesday"."""
    ahead = (weekday - published.weekday()) % 7
    return published + timedelta(days=ahead or 7)


def week_of(day: date, weeks: int = 0) -> tuple[date, date]:
    """Monday and Sunday of the ISO week holding ``day``, moved by ``weeks`` (-1: last week)."""
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def recent_weekend(published: date) -> tuple[date, date]:
    """The latest Saturday on or before publication and the Sunday after it ("the weekend")."""
    saturday = weekday_before(published, 5, strictly=False)
    return saturday, saturday + timedelta(days=1)


def infer_year_for_day(month: int, day: int, published: date) -> int | None:
    """The year of a day-month written without one: the latest that puts it at most
    ``DAY_SLACK`` days after publication ("1 January" in a 28 December paper is the coming one).
    None if no year fits (31 April); 29 February goes back to the latest leap year."""
    horizon = published + timedelta(days=DAY_SLACK)
    for candidate in range(published.year + 1, published.year - 9, -1):
        if day > last_day(candidate, month):
            continue
        if date(candidate, month, day) > horizon:
            continue
        return candidate
    return None


def infer_year_for_month(month: int, published: date, *, relation: str = "") -> int:
    """The year of a month written without one: the latest such month that has begun by
    publication ("late October" in a November 2011 paper is 2011, "in December" in a January
    2012 paper is 2011). ``relation`` "last" wants a month wholly before publication's month;
    "next" the first one after it; "this" publication's year."""
    if relation == "this":
        return published.year
    if relation == "next":
        return published.year if month > published.month else published.year + 1
    if relation == "last":
        return published.year if month < published.month else published.year - 1
    return published.year if month <= published.month else published.year - 1


def part_of_month(year: int, month: int, part: str) -> DateRange:
    first, last = PART_OF_MONTH[part]
    end = last_day(year, month)
    if part == "last week":
        first = end - 6
    return span(date(year, month, first), date(year, month, min(last, end)), "approximate")


def part_of_year(year: int, part: str) -> DateRange:
    first, last = PART_OF_YEAR[part]
    return span(date(year, first, 1), date(year, last, last_day(year, last)), "approximate")


def part_of_span(start: date, end: date, part: str) -> DateRange:
    """Early, mid or late part of any period (a week, say) as thirds of its days."""
    days = (end - start).days + 1
    third = max((days + 2) // 3, 1)  # a week: Monday-Wednesday early, Friday-Sunday late
    if part in ("early", "beginning", "start"):
        return span(start, start + timedelta(days=third - 1), "approximate")
    if part in ("late", "end"):
        return span(end - timedelta(days=third - 1), end, "approximate")
    return span(start + timedelta(days=third), end - timedelta(days=third), "approximate")


def season_range(year: int, season: str) -> DateRange:
    return span(*_season_bounds(year, season), "approximate")


def _season_bounds(year: int, season: str) -> tuple[date, date]:
    first, last = SEASONS[season]
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return date(year, first, 1), month_bounds(end_year, end_month)[1]


def infer_year_for_season(season: str, published: date, relation: str) -> int:
    """The latest such season that has begun by publication; "last" wants one that has ended."""
    first, last = SEASONS[season]
    year = published.year if date(published.year, first, 1) <= published else published.year - 1
    if relation == "next":
        return year + 1
    if relation == "last" and _season_bounds(year, season)[1] >= published:
        return year - 1
    return year


def expand_two_digit_year(yy: int, published: date | None) -> int:
    """A two-digit year ("3 feb 90") in the century that puts it nearest publication without
    going more than a year past it; with no publication date, 50-99 are 19xx and 00-49 20xx."""
    if published is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    century = published.year // 100 * 100
    year = century + yy
    return year - 100 if year > published.year + 1 else year
