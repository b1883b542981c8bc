"""Rules for dates the text names on the calendar: days, months, years, parts of them, seasons.

A day or month written without a year takes one from the publication date (see
``dates_calendar``); without a publication date it stays unknown rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

from strife.normalise.dates_calendar import (
    PART_OF_MONTH,
    PART_OF_YEAR,
    day_range,
    infer_year_for_day,
    infer_year_for_month,
    infer_year_for_season,
    last_day,
    month_bounds,
    month_range,
    part_of_month,
    part_of_year,
    season_range,
    span,
    unknown,
    year_range,
)
from strife.normalise.dates_lexicon import (
    DAY,
    MONTH,
    MONTH_FULL,
    MONTH_NAMES,
    PART,
    YEAR,
    YEAR4,
)
from strife.normalise.dates_rule import (
    Reading,
    Rule,
    compile_rule,
    month_of,
    month_word_is_verb,
    words,
    year_of,
)

_TO = r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*"
_DAY1 = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th|d)?"
_NOT_A_NAME = r"(?!\s+movement\b)"  # "the 19 april movement" is Colombia's M-19, not a date
_SEPT_11_NAME = re.compile(r"\s+(?:attacks?|hijack|terror|commission|memorial)", re.IGNORECASE)
_COUNT_NOUNS = (
    r"\s+(?:people|persons|men|women|children|soldiers|troops|members|civilians|residents|"
    r"families|houses|homes|km|kilometers|kilometres|miles|meters|metres|dollars|pesos|"
    r"guerrillas|rebels|votes|police|policemen|officers|dead|killed|wounded|injured|hours|hrs|"
    r"gmt|local)\b"
)
_COUNTED = re.compile(_COUNT_NOUNS)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_YEAR_NOT_COUNT = rf"(?![\d,.]\d)(?!{_COUNT_NOUNS})"
_PREP = r"\b(?:in|during|since|until|till|by|throughout|before|after|from|of)\s+"
_YEAR_PREP = r"\b(?:in|during|since|until|till|by|throughout|before|after|from|the\s+year)\s+"


RECENT_DAYS = 60
"""How near the publication date the later of two readings of 07/05/2020 must fall to win."""


def _day_reading(year: int | None, month: int, day: int, published: date | None) -> Reading | None:
    """A single calendar day; None for a day the month lacks (31 April)."""
    if not 1 <= day <= last_day(year or 2000, month):  # 2000 was a leap year: 29 Feb is valid
        return None
    if year is not None:
        return Reading(day_range(date(year, month, day)), "explicit", year_given=True)
    if published is None:
        return Reading(unknown(), "explicit")
    inferred = infer_year_for_day(month, day, published)
    if inferred is None:
        return None
    return Reading(day_range(date(inferred, month, day)), "explicit")


def _build_day(m: re.Match[str], published: date | None) -> Reading | None:
    year = year_of(m, published)
    month, day = month_of(m), int(m.group("day"))
    if year is None and month_word_is_verb(m, needs_lead_in=True):
        return None
    if year is None and m.start("day") > m.start("mon") and _COUNTED.match(m.string, m.end("x")):
        return None  # "in May 12 people were killed": a count, not the 12th
    if (month, day, year) == (9, 11, None) and _SEPT_11_NAME.match(m.string, m.end("x")):
        return None  # "the September 11 attacks" names 2001, not this year's 11 September
    return _day_reading(year, month, day, published)


def _build_day_span(m: re.Match[str], published: date | None) -> Reading | None:
    """Two days of one month: "3-5 March", "between 3 and 5 March 2011", "March 3 to 5"."""
    first = _day_reading(year_of(m, published), month_of(m), int(m.group("d1")), published)
    if first is None or first.range.start is None:
        return first and Reading(unknown(), "range")
    start = first.range.start
    day = int(m.group("day"))
    if not start.day < day <= last_day(start.year, start.month):
        return None
    return Reading(span(start, start.replace(day=day), "day"), "range", first.year_given)


def _build_iso(m: re.Match[str], published: date | None) -> Reading | None:
    return _day_reading(int(m.group("year")), int(m.group("m")), int(m.group("d")), published)


def _build_numeric(m: re.Match[str], published: date | None) -> Reading | None:
    """12/11/2011 is 12 November in Europe and 11 December in the US.

    A reading that only one order allows is taken (25/12/2011, 12/25/2011, 5/5/2011). When both
    orders give a day, the one that falls on or before the publication date (a report follows
    its event) and nearer to it wins; with no publication date to decide, slashes are read month
    first, as GTD's summaries ("MM/DD/YYYY: Assailants ...") and US wire copy write them, and
    dots day first, as European copy writes them.
    """
    a, b = int(m.group("a")), int(m.group("b"))
    year = int(m.group("year"))
    if a > 12 >= b or a == b:
        return _day_reading(year, b, a, published)
    if b > 12 >= a:
        return _day_reading(year, a, b, published)
    if a > 12 or b > 12:
        return None
    month_first, day_first = date(year, a, b), date(year, b, a)
    preferred = month_first if m.group("sep") == "/" else day_first
    if published is not None:
        before = [d for d in (month_first, day_first) if d <= published]
        if len(before) == 1:
            preferred = before[0]
        elif before and (published - max(before)).days <= RECENT_DAYS:
            preferred = max(before)
    return _day_reading(year, preferred.month, preferred.day, published)


def _build_month_year(m: re.Match[str], published: date | None) -> Reading | None:
    year = year_of(m, published)
    return Reading(month_range(year, month_of(m)), "month", year_given=True) if year else None


def _build_month(m: re.Match[str], published: date | None) -> Reading | None:
    if month_word_is_verb(m, needs_lead_in=False):
        return None
    at = m.start()
    if m.group("rel") and m.group("mon") == "march" and _THE_BEFORE.search(m.string, at - 8, at):
        return None  # "the next march" is a protest; "next March" the month

    if published is None:
        return Reading(unknown(), "month")
    year = infer_year_for_month(month_of(m), published, relation=words(m, "rel"))
    return Reading(month_range(year, month_of(m)), "month")


def _build_month_span(m: re.Match[str], published: date | None) -> Reading | None:
    """Whole months, "from January to March 2011"; the first in the year before if it wraps."""
    first, last, year = month_of(m, "mon1"), month_of(m), year_of(m, published)
    if year is None:
        if published is None:
            return Reading(unknown(), "range")
        start_year = infer_year_for_month(first, published)
        end_year = start_year if last >= first else start_year + 1
    else:
        end_year = year
        start_year = year if last >= first else year - 1
    start, end = month_bounds(start_year, first)[0], month_bounds(end_year, last)[1]
    return Reading(span(start, end, "month"), "range", year is not None)


def _part_key(m: re.Match[str]) -> str:
    key = words(m, "part").replace("-", " ")
    return key.removeprefix("the ").removesuffix(" of")


def _build_part_of_month(m: re.Match[str], published: date | None) -> Reading | None:
    key, year = _part_key(m), year_of(m, published)
    if key not in PART_OF_MONTH or month_word_is_verb(m, needs_lead_in=False):
        return None
    if year is None:
        if published is None:
            return Reading(unknown(), "part")
        year = infer_year_for_month(month_of(m), published, relation=words(m, "rel"))
    return Reading(part_of_month(year, month_of(m), key), "part", m.group("year") is not None)


def _build_part_of_year(m: re.Match[str], published: date | None) -> Reading | None:
    key = _part_key(m)
    if key not in PART_OF_YEAR:
        return None
    return Reading(part_of_year(int(m.group("year")), key), "part", year_given=True)


def _build_year(m: re.Match[str], published: date | None) -> Reading | None:
    return Reading(year_range(int(m.group("year"))), "year", year_given=True)


def _build_year_span(m: re.Match[str], published: date | None) -> Reading | None:
    first, last = int(m.group("y1")), int(m.group("year"))
    if first >= last:
        return None
    start, end = date(first, 1, 1), date(last, 12, 31)
    return Reading(span(start, end, "year"), "range", year_given=True)


def _build_season(m: re.Match[str], published: date | None) -> Reading | None:
    season, year = words(m, "season"), year_of(m, published)
    if year is None:
        if published is None:
            return Reading(unknown(), "season")
        year = infer_year_for_season(season, published, words(m, "rel").split(" ")[-1])
    return Reading(season_range(year, season), "season", m.group("year") is not None)


_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)\b"
_REL = r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)"

_ON_DIGIT, _ON_MONTH, _ON_SEASON = ("year4",), ("month",), ("season",)
"""Every rule here holds a month name, a season or a four-digit year, and is tried near one."""

ABSOLUTE_RULES: tuple[Rule, ...] = (
    compile_rule("iso", r"\b(?P<x>(?P<year>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d))\b"
                 r"(?![-/]\d)", _build_iso, _ON_DIGIT),
    compile_rule("numeric", r"(?<![\w/.-])(?P<x>(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d))\b(?![/.-]\d)", _build_numeric, _ON_DIGIT),
    compile_rule("day_span_month", rf"\b(?P<x>{_DAY1}{_TO}{DAY}\s+(?:of\s+)?{MONTH}"
                 rf"(?:\s*,?\s*{YEAR})?){_NOT_A_NAME}", _build_day_span, _ON_MONTH),
    compile_rule("month_day_span", rf"\b(?P<x>{MONTH}\s+{_DAY1}{_TO}{DAY}(?:\s*,?\s*{YEAR})?)",
                 _build_day_span, _ON_MONTH),
    compile_rule("day_month", rf"\b(?P<x>(?:the\s+(?=\d+\w*\s+of\b))?{DAY}\s+(?:of\s+)?{MONTH}"
                 rf"(?:\s*,?\s*{YEAR})?){_NOT_A_NAME}", _build_day, _ON_MONTH),
    compile_rule("month_day", rf"\b(?P<x>{MONTH}\s+(?:the\s+)?{DAY}(?:\s*,?\s*{YEAR})?)"
                 rf"{_NOT_A_NAME}", _build_day, _ON_MONTH),
    compile_rule("month_year", rf"\b(?P<x>{MONTH}\s*,?\s*(?:of\s+)?{YEAR4})",
                 _build_month_year, _ON_MONTH),
    compile_rule("part_of_month", rf"\b(?P<x>{PART}[\s-]*{_REL}?{MONTH}(?:\s*,?\s*(?:of\s+)?"
                 rf"{YEAR4})?)", _build_part_of_month, _ON_MONTH),
    compile_rule("part_of_year", rf"\b(?P<x>{PART}[\s-]*{YEAR4})", _build_part_of_year, _ON_DIGIT),
    compile_rule("month_span", rf"\b(?:from|between)\s+(?P<x>(?P<mon1>{MONTH_NAMES})\b"
                 rf"{_TO}{MONTH_FULL}(?:\s*,?\s*{YEAR4})?)", _build_month_span, _ON_MONTH),
    compile_rule("month", rf"(?:{_PREP}|(?=(?:last|this|next)\s))(?P<x>{_REL}?{MONTH_FULL})"
                 r"(?!\s*\d)", _build_month, _ON_MONTH),
    compile_rule("year_span", rf"\b(?:from|between)\s+(?P<x>(?P<y1>1[89]\d\d|20\d\d){_TO}"
                 rf"{YEAR4})", _build_year_span, _ON_DIGIT),
    compile_rule("year", rf"{_YEAR_PREP}(?=19|20)(?P<x>{YEAR4}){_YEAR_NOT_COUNT}",
                 _build_year, _ON_DIGIT),
    compile_rule("season", rf"(?:\b(?:in|during|over|through|throughout|since|until|by)\s+"
                 rf"(?:the\s+)?|(?=(?:last|this|next)\s))(?P<x>{_REL}?{_SEASON}(?:\s*,?\s*"
                 rf"(?:of\s+)?{YEAR4})?)", _build_season, _ON_SEASON),
    compile_rule("season_year", rf"\b(?P<x>{_SEASON}\s*,?\s*(?:of\s+)?{YEAR4})",
                 _build_season, _ON_SEASON),
)  # fmt: skip
"""Most specific first: where two rules match the same span, the earlier one is kept."""
