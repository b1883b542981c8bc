"""Find the date expressions in an article and resolve them against its publication date.

``find_date_mentions`` runs on every article, so detection is compiled regexes and resolution is
calendar arithmetic (``dates_calendar``); nothing here parses with dateparser. The steps:

1. every rule (``dates_absolute``, ``dates_relative``) proposes spans with a resolved reading;
2. overlapping proposals give way to the earliest, then longest, then most specific;
3. neighbours joined by "to", "-", "until" (or "and" after "between") become one range, and a
   weekday or "today" followed by the calendar date it names ("Thursday, 25 May") becomes that
   date; "overnight Saturday" becomes the night from Saturday into Sunday;
4. modifiers that change no date ("the night of", "early", "late", "... morning") join the span.

Conventions for relative expressions are in ``dates_relative``; for years and parts of months in
``dates_calendar``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from strife.models import DatePrecision, DateRange
from strife.normalise.dates_absolute import ABSOLUTE_RULES
from strife.normalise.dates_calendar import span, unknown
from strife.normalise.dates_lexicon import ANCHOR_WORDS
from strife.normalise.dates_relative import RELATIVE_RULES
from strife.normalise.dates_rule import Kind, Reading

__all__ = ["DateMention", "find_date_mentions", "resolve_date"]

_RULES = ABSOLUTE_RULES + RELATIVE_RULES


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: ``text == document[start:end]``; ``range`` is what it resolves to."""

    start: int
    end: int
    text: str
    range: DateRange
    kind: Kind


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    reading: Reading
    priority: int


def find_date_mentions(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``published``.

    Expressions that need a publication date (weekdays, "yesterday") are still returned without
    one, with an unknown range, so callers can see that the text dated the event.
    """
    published = _as_date(published)
    found = _proposals(text, published)
    chosen = _merge_neighbours(text, _without_overlaps(found))
    return [_mention(text, _widen(text, item)) for item in chosen]


def resolve_date(expression: str, published: date | None) -> DateRange | None:
    """The range one date expression stands for, or None when it holds none.

    The caller vouches that the expression is about time, so a bare "October" or "2009" (which
    ``find_date_mentions`` leaves alone in running text) is read as "in October" / "in 2009".
    With several expressions inside, the first one counts.
    """
    mentions = find_date_mentions(expression, published)
    if not mentions:
        mentions = find_date_mentions(f"in {expression}", published)
    return mentions[0].range if mentions else None


def _as_date(published: date | None) -> date | None:
    # A datetime is a date too, but date arithmetic on it keeps the clock, and DateRange wants days.
    return published.date() if isinstance(published, datetime) else published


_YEAR_TOKEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_BEFORE, _AFTER = 45, 50
"""How far from an anchor word an expression may reach ("between 3 and 5 March 2011")."""


def _lower(text: str) -> str:
    """The text lower-cased with every offset kept (a few characters, like "İ", lower to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _anchors(low: str) -> list[tuple[int, int, str]]:
    """Where the anchor words stand, as (start, end, class), in order.

    ``str.find`` per word is several times faster than any one regex over the article, and
    this runs on every article."""
    hits = [(m.start(), m.end(), "year4") for m in _YEAR_TOKEN.finditer(low)]
    size = len(low)
    for word, kind in ANCHOR_WORDS.items():
        at = low.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not low[at - 1].isalpha()) and (end == size or not low[end].isalpha()):
                hits.append((at, end, kind))
            at = low.find(word, end)
    hits.sort()
    return hits


def _windows(low: str) -> dict[str, list[tuple[int, int]]]:
    """For each anchor class, the stretches of text around its words, overlaps merged."""
    windows: dict[str, list[tuple[int, int]]] = {}
    for at, end, kind in _anchors(low):
        start, stop = max(0, at - _BEFORE), end + _AFTER
        spans = windows.setdefault(kind, [])
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], stop)
        else:
            spans.append((start, stop))
    return windows


def _proposals(text: str, published: date | None) -> list[_Found]:
    low = _lower(text)
    windows = _windows(low)
    found = {}
    for priority, rule in enumerate(_RULES):
        spans = sorted(s for kind in rule.anchors for s in windows.get(kind, ()))
        for start, end in spans:
            for m in rule.pattern.finditer(low, start, end):
                key = (m.start("x"), m.end("x"), priority)
                if key not in found and (reading := rule.build(m, published)) is not None:
                    found[key] = _Found(key[0], key[1], reading, priority)
    return list(found.values())


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    ordered = sorted(found, key=lambda f: (f.start, f.start - f.end, f.priority))
    kept: list[_Found] = []
    for item in ordered:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


_APPOSED = {("weekday", "explicit"), ("relative", "explicit")}
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and|into)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*[,(]?\s*", re.IGNORECASE)
_OVERNIGHT_JOIN = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _merge_neighbours(text: str, found: list[_Found]) -> list[_Found]:
    merged: list[_Found] = []
    for item in found:
        joined = _join(text, merged[-1], item) if merged else None
        if joined is None:
            merged.append(item)
        else:
            merged[-1] = joined
    return merged


def _join(text: str, first: _Found, second: _Found) -> _Found | None:
    """One expression made of two neighbours, or None when they stay apart."""
    gap = text[first.end : second.start]
    kinds = (first.reading.kind, second.reading.kind)
    if kinds in _APPOSED and _APPOSITION.fullmatch(gap):
        # "Thursday, 25 May", "today, 19 march", "wednesday (4 october)": the date decides.
        end = second.end + (1 if "(" in gap and text[second.end : second.end + 1] == ")" else 0)
        return _Found(first.start, end, second.reading, first.priority)
    if kinds[0] == "overnight" and _OVERNIGHT_JOIN.fullmatch(gap):
        return _Found(first.start, second.end, _overnight(second.reading), second.priority)
    if not _RANGE_JOIN.fullmatch(gap) or "range" in kinds:
        return None
    if "and" in gap.lower() and not _BETWEEN.search(text, max(0, first.start - 12), first.start):
        return None  # "on Monday and Wednesday" names two days, not the days between
    reading = _range_of(first.reading, second.reading)
    return _Found(first.start, second.end, reading, first.priority) if reading else None


def _overnight(reading: Reading) -> Reading:
    """The night from Friday into Saturday, for "overnight Friday"."""
    start = reading.range.start
    if start is None or reading.range.precision != "day":
        return reading
    return Reading(span(start, start + timedelta(days=1), "approximate"), reading.kind)


_SHIFTABLE: tuple[Kind, ...] = ("explicit", "month", "part", "season")


def _range_of(first: Reading, second: Reading) -> Reading | None:
    """From the start of ``first`` to the end of ``second``, moving ``first`` back (a week for a
    weekday, a year for an inferred year) when it would otherwise come after ``second``."""
    a, b = first.range, second.range
    if a.start is None or a.end is None or b.start is None or b.end is None:
        if a.precision == "unknown" or b.precision == "unknown":
            return Reading(unknown(), "range")
        return None
    start = a.start
    if second.year_given and not first.year_given and first.kind in _SHIFTABLE:
        start = _in_year(start, b.start.year)  # "3 March to 5 April 2011": 2011 for both
    if start > b.start and first.kind == "weekday":
        start -= timedelta(weeks=1 + (start - b.start).days // 7)
    elif start > b.start and not first.year_given and first.kind in _SHIFTABLE:
        start = _in_year(start, start.year - 1)
    if start > b.end:
        return None
    precision = a.precision if a.precision == b.precision else "approximate"
    return Reading(span(start, b.end, _range_precision(precision)), "range", second.year_given)


def _range_precision(precision: DatePrecision) -> DatePrecision:
    return precision if precision in ("day", "month", "year") else "approximate"


def _in_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)


_PREFIX = re.compile(
    r"(?:\b(?:the\s+)?(?:night|evening|morning|afternoon|early\s+hours|small\s+hours|"
    r"early\s+morning|dawn)\s+of\s+(?:the\s+)?|\b(?:early|late|earlier|later)\s+(?:on\s+)?)$",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"\s+(?:morning|afternoon|evening|night|nighttime)\b", re.IGNORECASE)
_WIDENED: tuple[Kind, ...] = ("weekday", "relative", "explicit", "range")


def _widen(text: str, item: _Found) -> _Found:
    """Take in words that qualify a day without moving it: "the night of", "early", "morning"."""
    if item.reading.kind not in _WIDENED:
        return item
    start, end = item.start, item.end
    before = _PREFIX.search(text, max(0, start - 40), start)
    if before is not None:
        start = before.start()
    after = _SUFFIX.match(text, end)
    if after is not None and not text[item.start : end].lower().endswith(("night", "evening")):
        end = after.end()
    return replace(item, start=start, end=end)


def _mention(text: str, item: _Found) -> DateMention:
    return DateMention(
        item.start, item.end, text[item.start : item.end], item.reading.range, item.reading.kind
    )
