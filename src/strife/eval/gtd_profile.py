"""The shape of GTD 2016-2018 as a generator needs it: which countries, how busy, which way.

Figures are rough incidents per year written from general knowledge of the period (Iraq's
decline after Mosul, Afghanistan steady, the Sahel and Cameroon rising in 2018, Turkey and
Egypt falling after 2016, a long tail of countries with a handful of incidents a year); no
GTD data was copied or consulted. ``first_week`` is the week (0 = the first week of 2016)
before which a country has no incidents at all, as for a conflict that starts mid-series.
The city is one the gazetteer knows, for rows written without coordinates. The figures
live in ``strife/data/eval/gtd_profile.csv``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class CountryProfile:
    country: str
    city: str
    per_year: tuple[float, float, float]  # incidents in 2016, 2017, 2018
    first_week: int = 0


PROFILE_FILE = "gtd_profile.csv"


def load_profile() -> tuple[CountryProfile, ...]:
    """The countries of ``strife/data/eval/gtd_profile.csv``, busiest first."""
    text = resources.files("strife.data").joinpath("eval", PROFILE_FILE).read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(
        CountryProfile(
            country=row["country"],
            city=row["city"],
            per_year=(float(row["per_year_2016"]), float(row["per_year_2017"]),
                      float(row["per_year_2018"])),
            first_week=int(row["first_week"]),
        )
        for row in rows
    )


PROFILE: tuple[CountryProfile, ...] = load_profile()
