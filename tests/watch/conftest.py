"""A store filled with weekly incident counts written in the test."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from strife.models import Count, DateRange, Document, Incident, Location, Result

START = date(2016, 1, 4)  # a Monday
COUNTRIES = {"KZ": "Kazakhstan", "KG": "Kyrgyzstan", "TJ": "Tajikistan"}


def result(code: str, day: date, n: int, copy: int = 0, killed: int = 1) -> Result:
    """One report of incident ``n`` in country ``code`` on ``day``; ``copy`` makes another
    report of the same incident (merged by summary, see ``merge_by_summary``)."""
    summary = f"attack {code} {day} {n}"
    text = f"{summary} report {copy}"
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, published=day)
    incident = Incident(
        id=f"{code}-{day}-{n}-{copy}",
        date=DateRange(start=day, end=day, precision="day"),
        location=Location(name="x", country=COUNTRIES[code], country_code=code,
                          admin1=f"{code}-north", precision="admin1"),
        attack_types=["Armed Assault"], killed=Count(total=killed), summary=summary,
    )  # fmt: skip
    return Result(document=doc, incidents=[incident])


class MergeBySummary:
    """Reports merge exactly when their summaries are equal (``open_store(merger=...)``)."""

    def find_match_id(self, new, candidates, new_text=None):  # type: ignore[no-untyped-def]
        return next((c.id for c in candidates if c.summary == new.summary), None)

    def combine(self, stored, new, source, document):  # type: ignore[no-untyped-def]
        return stored.model_copy(update={"sources": [*stored.sources, source]})


@pytest.fixture
def merger() -> MergeBySummary:
    """The ``store`` fixture's stores merge by summary here."""
    return MergeBySummary()


@pytest.fixture
def fill() -> Callable[..., None]:
    def _fill(store, code: str, weekly: list[int], reports: int = 1,  # type: ignore[no-untyped-def]
              start: date = START) -> None:  # fmt: skip
        batch = []
        for week, count in enumerate(weekly):
            day = start + timedelta(days=7 * week + 2)
            for n in range(count):
                batch.extend(result(code, day, n, copy) for copy in range(reports))
        list(store.add_results(batch, batch_size=200))

    return _fill
