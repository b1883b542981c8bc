"""Rules for dates the text gives relative to publication: weekdays, "yesterday", "last week",
"three days ago". Without a publication date these are found but left unknown.

Conventions (why: they are how wire copy is written and how GTD coders read it):
- "Saturday" is the latest Saturday on or before publication, so "on Sunday" in a Sunday paper is
  that day; "last Friday" is the latest Friday strictly before it; "next Tuesday" the first after.
- "overnight" alone is the night before publication: the day before to publication day,
  precision approximate, because a morning paper's "overnight" straddles midnight.
- "last week" is the previous Monday-Sunday week, approximate; "last month" / "last year" are the
  previous calendar month / year, at month / year precision.
- "N days ago" is that day exactly; "N weeks ago" the week centred N*7 days before; "N months
  ago" that calendar month and "N years ago" that calendar year, all approximate.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from strife.models import DateRange
from strife.normalise.dates_calendar import (
    day_range,
    month_bounds,
    month_range,
    part_of_month,
    part_of_span,
    part_of_year,
    recent_weekend,
    shift_months,
    span,
    unknown,
    week_of,
    weekday_after,
    weekday_before,
    year_range,
)
from strife.normalise.dates_lexicon import (
    COUNT,
    NEWSPAPER_WORDS,
    NUMBER_WORDS,
    VAGUE_COUNTS,
    WEEKDAY,
    WEEKDAYS,
)
from strife.normalise.dates_rule import Reading, Rule, compile_rule, words

_DAY_OFFSETS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0,
    "yesterday": -1, "last night": -1, "last evening": -1, "the day before yesterday": -2,
    "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_ROLLING = ("past", "the past", "the last", "the previous")
_FUTURE = ("next", "coming", "this coming")


def _build_weekday(m: re.Match[str], published: date | None) -> Reading | None:
    if published is None:
        return Reading(unknown(), "weekday")
    weekday, relation = WEEKDAYS[m.group("wd").lower()], words(m, "rel")
    if relation in _FUTURE:
        return Reading(day_range(weekday_after(published, weekday)), "weekday")
    strictly = relation in ("last", "past", "this past")
    return Reading(day_range(weekday_before(published, weekday, strictly=strictly)), "weekday")


def _build_day(m: re.Match[str], published: date | None) -> Reading | None:
    phrase = words(m, "x")
    if phrase == "overnight":
        if published is None:
            return Reading(unknown(), "overnight")
        night = span(published - timedelta(days=1), published, "approximate")
        return Reading(night, "overnight")
    if published is None:
        return Reading(unknown(), "relative")
    return Reading(day_range(published + timedelta(days=_DAY_OFFSETS[phrase])), "relative")


def _count(m: re.Match[str]) -> tuple[int, int, bool]:
    """(fewest, most, exact) for the count before a unit: "two" is (2, 2, True)."""
    text = words(m, "count")
    if text.isdigit():
        return int(text), int(text), True
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text], NUMBER_WORDS[text], True
    low, high = VAGUE_COUNTS.get(text, VAGUE_COUNTS["some"])  # bare "days ago": some days
    return low, high, False


def _months_ago(published: date, low: int, high: int) -> DateRange:
    first = month_bounds(*shift_months(published, -high))[0]
    last = month_bounds(*shift_months(published, -low))[1]
    return span(first, last, "approximate")


def _ago(published: date, unit: str, low: int, high: int, exact: bool) -> DateRange:
    if unit in ("minute", "moment"):
        return day_range(published)
    if unit == "hour":
        return span(published - timedelta(days=1), published, "approximate")
    if unit == "day" and exact:
        return day_range(published - timedelta(days=low))
    if unit == "week" and exact:
        centre = published - timedelta(weeks=low)
        return span(centre - timedelta(days=3), centre + timedelta(days=3), "approximate")
    if unit == "month":
        return _months_ago(published, low, high)
    if unit == "year":
        return span(
            date(published.year - high, 1, 1), date(published.year - low, 12, 31), "approximate"
        )
    days = _UNIT_DAYS[unit]
    return span(
        published - timedelta(days=high * days),
        published - timedelta(days=low * days),
        "approximate",
    )


def _build_ago(m: re.Match[str], published: date | None) -> Reading | None:
    if published is None:
        return Reading(unknown(), "ago")
    unit = words(m, "unit").removesuffix("s")
    low, high, exact = _count(m)
    if low == 0 or high > 2000:
        return None
    return Reading(_ago(published, unit, low, high, exact), "ago")


def _calendar_unit(published: date, unit: str, offset: int) -> DateRange:
    """The week, weekend, month or year ``offset`` units from the one holding publication."""
    if unit == "week":
        return span(*week_of(published, offset), "approximate")
    if unit == "weekend":
        if offset == 0:
            return span(*recent_weekend(published), "approximate")
        saturday = (
            weekday_after(published, 5)
            if offset > 0
            else week_of(published, -1)[1] - timedelta(days=1)
        )
        return span(saturday, saturday + timedelta(days=1), "approximate")
    if unit == "month":
        return month_range(*shift_months(published, offset))
    return year_range(published.year + offset)


def _period(published: date, relation: str, unit: str) -> DateRange:
    if relation in _ROLLING:
        return span(published - timedelta(days=_UNIT_DAYS.get(unit, 2)), published, "approximate")
    if relation in ("the next", "the coming"):
        return span(published, published + timedelta(days=_UNIT_DAYS.get(unit, 2)), "approximate")
    offset = {"last": -1, "next": 1}.get(relation, 0)
    whole = _calendar_unit(published, unit, offset)
    assert whole.start is not None and whole.end is not None
    if relation == "earlier this":
        return span(whole.start, max(whole.start, published), "approximate")
    if relation == "later this":
        return span(min(whole.end, published), whole.end, "approximate")
    return whole


def _build_period(m: re.Match[str], published: date | None) -> Reading | None:
    if published is None:
        return Reading(unknown(), "period")
    unit = words(m, "unit")
    part = words(m, "part").removeprefix("the ").removesuffix(" of")  # "the end of" -> "end"
    whole = _period(published, words(m, "rel"), unit)
    if not part or whole.start is None or whole.end is None:
        return Reading(whole, "period")
    if unit == "month":
        return Reading(part_of_month(whole.start.year, whole.start.month, part), "part")
    if unit == "year":
        return Reading(part_of_year(whole.start.year, part), "part")
    return Reading(part_of_span(whole.start, whole.end, part), "part")


def _build_recent(m: re.Match[str], published: date | None) -> Reading | None:
    """From that long before publication to it: "the past three weeks", "in recent days".

    The pattern wants "the" before "last": in "could last many months" it is the verb."""
    if published is None:
        return Reading(unknown(), "period")
    unit = (m.group("unit") or m.group("unit2")).lower()
    high = _count(m)[1] if m.group("count") else VAGUE_COUNTS["a few"][1]  # "recent days"
    days = _UNIT_DAYS[unit] * high
    return Reading(span(published - timedelta(days=days), published, "approximate"), "period")


def _build_weekend(m: re.Match[str], published: date | None) -> Reading | None:
    if published is None:
        return Reading(unknown(), "period")
    return Reading(span(*recent_weekend(published), "approximate"), "period")


_REL_DAY = (
    r"today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+"
    r"tomorrow|last\s+night|last\s+evening|this\s+(?:morning|afternoon|evening)|overnight|"
    r"earlier\s+today|later\s+today"
)
_PERIOD_REL = (
    r"(?P<rel>last|this|next|past|earlier\s+this|later\s+this|the\s+past|the\s+last|"
    r"the\s+previous|the\s+coming|the\s+next)"
)

RELATIVE_RULES: tuple[Rule, ...] = (
    compile_rule("weekday", rf"(?<!bloody\s)(?<!black\s)\b(?P<x>(?:(?P<rel>last|next|this\s+"
                 rf"coming|this\s+past|this|past|coming)\s+)?{WEEKDAY})(?!\s+{NEWSPAPER_WORDS})",
                 _build_weekday, ("weekday",)),
    compile_rule("relative_day", rf"\b(?P<x>{_REL_DAY})\b(?!\s+(?:curfew|stay|shift|flight|"
                 r"train|bus|rain|delivery)\b)", _build_day, ("day",)),
    compile_rule("ago", rf"\b(?P<x>(?:{COUNT}\s+)?(?P<unit>moment|minute|hour|day|week|month|"
                 r"year)s?\s+ago)\b", _build_ago, ("ago",)),
    compile_rule("period", rf"\b(?P<x>(?:(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|"
                 rf"middle|end)\s+of)[\s-]+)?{_PERIOD_REL}\s+"
                 r"(?P<unit>week|weekend|month|year))\b(?!-)", _build_period, ("unit",)),
    compile_rule("recent", rf"\b(?P<x>(?:the\s+(?:past|last|previous)|past)\s+{COUNT}\s+"
                 r"(?P<unit>day|week|month|year)s|recent\s+(?P<unit2>day|week|month)s)\b",
                 _build_recent, ("unit",)),
    compile_rule("weekend", r"\b(?:over|at|during|on)\s+(?P<x>the\s+weekend)\b", _build_weekend,
                 ("unit",)),
)  # fmt: skip
