"""What a date rule is, and the small readers of regex groups that the rules share.

A rule pairs one compiled pattern (over the lower-cased text) with a builder that turns a match
into a ``Reading``: the resolved range, what kind of expression it was, and whether the text gave
the year (range merging needs that to carry 2011 from "3 March to 5 April 2011" back to 3 March).
Every pattern names the expression's span ``x``; context words around it ("in", "on") stay out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from strife.models import DateRange
from strife.normalise.dates_calendar import expand_two_digit_year
from strife.normalise.dates_lexicon import MONTHS, VERBISH_AFTER_MAY

Kind = Literal[
    "explicit", "weekday", "relative", "overnight", "month", "year", "part", "period", "ago",
    "season", "range",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reading:
    """A matched expression resolved against the publication date."""

    range: DateRange
    kind: Kind
    year_given: bool = False


Builder = Callable[[re.Match[str], date | None], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern over lower-cased text, tried only near words of its ``anchors`` classes
    (see ``dates_lexicon.ANCHOR_WORDS``): scanning every rule over a whole article is too slow."""

    name: str
    pattern: re.Pattern[str]
    build: Builder
    anchors: tuple[str, ...]


def compile_rule(name: str, pattern: str, build: Builder, anchors: tuple[str, ...]) -> Rule:
    # No IGNORECASE: the text is lower-cased once, which makes every scan several times faster.
    return Rule(name, re.compile(pattern), build, anchors)


def month_of(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[m.group(group).lower().rstrip(".")]


def year_of(m: re.Match[str], published: date | None) -> int | None:
    """The year the match wrote, four-digit or two-digit; None when it wrote none."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    short = groups.get("yy") or groups.get("yy2")
    return expand_two_digit_year(int(short), published) if short else None


def words(m: re.Match[str], group: str) -> str:
    """A group's text lower-cased with runs of space made one, or "" when it did not match."""
    return " ".join((m.group(group) or "").lower().split())


_VERB_AFTER = re.compile(rf"\s+{VERBISH_AFTER_MAY}", re.IGNORECASE)
_DATE_BEFORE = re.compile(
    r"(?:\b(?:on|since|until|till|by|from|before|after|between|and|to|through|of|the|dated|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|[,(\n]|^)\s*$",
    re.IGNORECASE,
)


def month_word_is_verb(m: re.Match[str], *, needs_lead_in: bool) -> bool:
    """Whether "may" or "march" in this match is the verb: "the 10 may be freed",
    "some 20 march to the square". Other month names are never verbs. ``needs_lead_in`` asks,
    for a date with no year, for a word before it that introduces a date ("on 1 may", "the
    march 3 attack") or the start of the text or line."""
    if m.group("mon").lower() not in ("may", "march"):
        return False
    text = m.string
    if _VERB_AFTER.match(text, m.end("x")):
        return True
    if needs_lead_in:
        return _DATE_BEFORE.search(text, max(0, m.start("x") - 12), m.start("x")) is None
    return False
