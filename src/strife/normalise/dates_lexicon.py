"""Words and regex fragments for English date expressions, shared by the date rules.

Every fragment is written for ``re.IGNORECASE`` so that mixed-case wire copy, MUC-4's lower-case
text and ALL-CAPS headlines read alike. Fragments carry no named groups of their own except where
a rule needs the value back (``mon``, ``day``, ``year``...), and each rule uses a fragment once.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip

VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "a couple of": (2, 3),
    "a few": (2, 5),
    "few": (2, 5),
    "several": (3, 7),
    "some": (2, 7),
    "many": (5, 10),
}
"""Counts that name no number: the span of quantities a reader would accept for each."""

# Full names first so that "march" is not read as "mar" + "ch"; the trailing \b does the rest.
MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
MONTH = rf"(?P<mon>(?:{MONTH_NAMES})\b|(?:{_ABBR})\b\.?)"
"""Any month name or abbreviation; abbreviations only where a day or year gives context."""

MONTH_FULL = rf"(?P<mon>{MONTH_NAMES})\b"
"""Full month names only: bare abbreviations ("mar", "jun") are too often something else."""

WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"

DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|d)?\b"
"""A day of the month, with an ordinal suffix as written in wire copy or MUC ("2d")."""

_Y4 = r"1[89]\d\d|20\d\d"
YEAR4 = rf"(?P<year>{_Y4})\b(?![-/]\d|['’]?s\b)"
"""A four-digit year; a trailing "-12" or "/13" is a span or fraction, "1980s" a decade."""

YEAR = (
    rf"(?:(?P<year>{_Y4})\b|['’](?P<yy>\d\d)\b"
    r"|(?P<yy2>\d\d)\b(?=[ \t]*(?:[^\w\s]|\n|$)))(?![-/]\d|['’]?s\b)"
)
"""A year as written after a day and month: "2011", "'89", or MUC's "90" before punctuation.

A bare two-digit year is taken only before punctuation or a line end, because
"on 12 november 11 people died" is far commoner than a year written that way mid-sentence.
"""

COUNT = (
    r"(?P<count>\d{1,3}|a\s+couple\s+of|a\s+few|few|several|some|many|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")"
)

PART = (
    r"(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end|first\s+half|"
    r"second\s+half|first\s+week|second\s+week|third\s+week|last\s+week)\s+of)"
)
"""Words that pick part of a month or year: "late October", "the end of March"."""

NEWSPAPER_WORDS = (
    r"(?:times|telegraph|express|mirror|herald|post|mail|tribune|observer|"
    r"independent|star|world|sport|edition|magazine|night\s+live)\b"
)
"""Words after a weekday that make it a title ("Sunday Times"), not a date."""

VERBISH_AFTER_MAY = (
    r"(?:be|been|have|not|also|well|face|soon|now|still|never|only|again|"
    r"stay|remain|return|need|want|continue|join|lose|win|take|get|go|come|make|become|seek|"
    r"try|die|rise|fall|vote|decide|include|towards|toward|into|past|down|up)\b"
)
"""Words that show "the 10 may ..." or "some 20 march ..." use the verb, not the month."""

ANCHOR_WORDS: dict[str, str] = {
    **{name: "month" for name in MONTHS},
    **{name: "weekday" for name in WEEKDAYS},
    **dict.fromkeys(
        ("today", "tonight", "yesterday", "tomorrow", "night", "evening", "overnight",
         "morning", "afternoon"), "day"),
    "ago": "ago",
    **dict.fromkeys(
        ("day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"), "unit"),
    **dict.fromkeys(("spring", "summer", "autumn", "fall", "winter"), "season"),
}  # fmt: skip
"""Words every date expression contains at least one of, by class; a rule is tried only near
words of its classes (and of the class "year4": a four-digit number from 1800 to 2099)."""
