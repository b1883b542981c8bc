"""Dates: hand-written sentences with expected ranges, plus properties that must hold for any
publication date (``strife.normalise.dates``)."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from strife.models import DateRange
from strife.normalise.dates import find_date_mentions, resolve_date

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "dated_sentences.yaml").read_text(encoding="utf-8")
)
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

published_dates = st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))
cases = st.sampled_from([str.lower, str.upper, str.title, lambda s: s])


def _as_row(mention: Any) -> list[Any]:
    return [mention.text, mention.range.start, mention.range.end, mention.range.precision]


def test_the_dated_set_has_at_least_sixty_sentences() -> None:
    assert len(CASES) >= 60
    assert sum(1 for case in CASES if not case["mentions"]) >= 10  # false positives covered


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:48] for case in CASES])
def test_dated_sentence(case: dict[str, Any]) -> None:
    found = find_date_mentions(case["text"], case["published"])
    assert [_as_row(m) for m in found] == [list(row) for row in case["mentions"]]
    assert all(case["text"][m.start : m.end] == m.text for m in found)


# --- resolve_date ---------------------------------------------------------------------------


def test_resolve_date_reads_a_single_expression() -> None:
    sunday = date(2011, 11, 13)
    assert resolve_date("Saturday", sunday) == DateRange(
        start=date(2011, 11, 12), end=date(2011, 11, 12), precision="day"
    )
    assert resolve_date("late October", date(2012, 1, 5)) == DateRange(
        start=date(2011, 10, 20), end=date(2011, 10, 31), precision="approximate"
    )


def test_resolve_date_takes_a_bare_month_or_year_as_a_date() -> None:
    # Running text needs "in October"; a caller handing over "October" vouches it is a date.
    assert resolve_date("October", date(2012, 1, 5)) == DateRange(
        start=date(2011, 10, 1), end=date(2011, 10, 31), precision="month"
    )
    assert resolve_date("2009", None) == DateRange(
        start=date(2009, 1, 1), end=date(2009, 12, 31), precision="year"
    )


def test_resolve_date_without_publication_date() -> None:
    assert resolve_date("Saturday", None) == DateRange(start=None, end=None, precision="unknown")
    assert resolve_date("3 february 1990", None) == DateRange(
        start=date(1990, 2, 3), end=date(1990, 2, 3), precision="day"
    )


def test_resolve_date_returns_none_for_text_without_a_date() -> None:
    assert resolve_date("the interior ministry", date(2011, 11, 13)) is None
    assert resolve_date("", date(2011, 11, 13)) is None


def test_a_datetime_publication_counts_as_its_day() -> None:
    morning = datetime(2011, 11, 13, 9, 30)
    assert resolve_date("yesterday", morning) == DateRange(
        start=date(2011, 11, 12), end=date(2011, 11, 12), precision="day"
    )


# --- properties -----------------------------------------------------------------------------


@given(published_dates, st.sampled_from(range(7)), cases)
def test_a_weekday_is_the_latest_such_day_on_or_before_publication(
    published: date, weekday: int, case: Any
) -> None:
    found = resolve_date(case(f"on {WEEKDAY_NAMES[weekday]}"), published)
    assert found is not None and found.start == found.end and found.precision == "day"
    assert found.start is not None and found.start.weekday() == weekday
    assert published - timedelta(days=6) <= found.start <= published


@given(published_dates, st.sampled_from(range(7)))
def test_last_and_next_weekday_never_mean_publication_day(published: date, weekday: int) -> None:
    last = resolve_date(f"last {WEEKDAY_NAMES[weekday]}", published)
    coming = resolve_date(f"next {WEEKDAY_NAMES[weekday]}", published)
    assert last is not None and last.start is not None and last.start.weekday() == weekday
    assert coming is not None and coming.start is not None and coming.start.weekday() == weekday
    assert published - timedelta(days=7) <= last.start < published
    assert published < coming.start <= published + timedelta(days=7)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    cases,
    st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "the {d}th of {M} {y}", "{iso}"]),
)
def test_a_written_out_date_resolves_to_itself(day: date, case: Any, layout: str) -> None:
    text = case(
        layout.format(d=day.day, M=MONTH_NAMES[day.month - 1], y=day.year, iso=day.isoformat())
    )
    found = find_date_mentions(f"It happened on {text}.", None)
    assert [(m.text, m.range) for m in found] == [
        (text, DateRange(start=day, end=day, precision="day"))
    ]


@given(published_dates, st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_a_day_without_year_is_the_latest_one_at_most_a_week_ahead(
    published: date, day: date
) -> None:
    found = resolve_date(f"on {day.day} {MONTH_NAMES[day.month - 1]}", published)
    assert found is not None and found.start is not None
    assert (found.start.month, found.start.day) == (day.month, day.day)
    horizon = published + timedelta(days=7)
    assert found.start <= horizon
    later_years = (found.start.year + k for k in range(1, 9))
    later = next(date(y, day.month, day.day) for y in later_years if _valid(y, day))
    assert later > horizon  # no later such day fits, so this one is the latest


def _valid(year: int, day: date) -> bool:
    return not (day.month == 2 and day.day == 29 and not _is_leap(year))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@given(published_dates, st.sampled_from(range(1, 13)), st.sampled_from(["early", "mid", "late"]))
def test_part_of_month_is_in_the_latest_such_month_begun_by_publication(
    published: date, month: int, part: str
) -> None:
    found = resolve_date(f"in {part} {MONTH_NAMES[month - 1]}", published)
    assert found is not None and found.start is not None and found.end is not None
    assert found.precision == "approximate" and found.start.month == month == found.end.month
    assert date(found.start.year, month, 1) <= published < date(found.start.year + 1, month, 1)


SENTENCES = [
    "Gunmen attacked the post on Saturday night and again on 3 March 2012.",
    "The bombing in late October followed raids last week and two days ago.",
    "Fighting ran from 28 December to 3 January, and since May 2010 the town was quiet.",
]


@given(st.sampled_from(SENTENCES), published_dates)
def test_upper_and_lower_case_give_the_same_dates(sentence: str, published: date) -> None:
    def spans(text: str) -> list[tuple[int, int, DateRange]]:
        return [(m.start, m.end, m.range) for m in find_date_mentions(text, published)]

    mixed = spans(sentence)
    assert len(mixed) >= 2
    assert spans(sentence.upper()) == mixed == spans(sentence.lower())


TOKENS = (
    "3 31 12th 2011 1989 90 '89 - / ( ) , . to and between from until the of on in last next this "
    "early late mid may March Saturday SUNDAY overnight night ago days weeks a few past İ ß"
).split()


@settings(max_examples=300)
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=3), max_size=30).map(" ".join))
def test_any_text_gives_ordered_mentions_that_are_slices_of_it(text: str) -> None:
    found = find_date_mentions(text, date(2011, 11, 13))
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# --- speed ----------------------------------------------------------------------------------


def _best_of(runs: int, text: str) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        find_date_mentions(text, date(2011, 11, 13))
        best = min(best, time.perf_counter() - began)
    return best


def test_a_600_word_article_takes_milliseconds() -> None:
    words = " ".join(case["text"] for case in CASES).split()
    article = " ".join((words * 2)[:600])  # far denser in dates than any real article
    # The target is under 5 ms; the bound leaves room for a loaded test machine.
    assert _best_of(5, article) < 0.025


def test_long_runs_of_date_like_tokens_do_not_backtrack() -> None:
    for text in ("1 " * 3000, "may " * 2000, "3 march to " * 500, "2011-" * 1000):
        assert _best_of(1, text) < 1.0
