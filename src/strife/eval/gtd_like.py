"""GTD-like CSV files, generated with a seed: for the import benchmark and the watch tests.

Nothing here is real data. Countries and their rough yearly counts come from
``strife.eval.gtd_profile`` (very skewed: two countries with tens of incidents a week, a long
tail with a few a year, trends, conflicts starting mid-series). Around that level each week
adds a mild season, multi-week campaigns, gamma noise, and same-day clusters of attacks, so
the counts are as bursty as a conflict's. Fewer rows than the profile's total thin every
country alike (a random extract). Places are real names the gazetteer knows, so a fifth of
the rows are written without coordinates and must be placed through it.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from strife.eval.gtd_profile import PROFILE, CountryProfile
from strife.export.rows import GTD_COLUMNS

ATTACKS = ("Bombing/Explosion", "Armed Assault", "Hostage Taking (Kidnapping)", "Assassination")
WEAPONS = {"Bombing/Explosion": "Explosives", "Armed Assault": "Firearms",
           "Hostage Taking (Kidnapping)": "Firearms", "Assassination": "Firearms"}  # fmt: skip
TARGETS = ("Private Citizens & Property", "Military", "Police", "Government (General)")
CAMPAIGNS_PER_SERIES = 1.5  # multi-week offensives per country over the series, on average
CLUSTERED = 0.15  # share of attacks that come with further sites the same day (GTD codes each)


@dataclass(frozen=True)
class Generated:
    """Weekly incident counts per country (rows follow ``countries``)."""

    countries: tuple[CountryProfile, ...]
    counts: np.ndarray


def _level(profile: CountryProfile, weeks: int, scale: float) -> np.ndarray:
    """The country's weekly rate: log-linear between the middles of 2016, 2017 and 2018."""
    t = np.arange(weeks)
    per_week = np.log(np.maximum(np.array(profile.per_year), 0.2) / 52.0)
    level = np.exp(np.interp(t, [26, 78, 130], per_week)) * scale
    level[: profile.first_week] = 0.0
    return level


def _campaigns(rng: np.random.Generator, weeks: int, first: int) -> np.ndarray:
    """Multi-week offensives and crackdowns: a few weeks at 1.5-3 times the level."""
    factor = np.ones(weeks)
    for _ in range(rng.poisson(CAMPAIGNS_PER_SERIES)):
        begin = int(rng.integers(min(first, weeks - 1), weeks))
        length = int(rng.geometric(0.35))
        factor[begin : begin + length] *= math.exp(rng.uniform(math.log(1.5), math.log(3.0)))
    return factor


def country_counts(
    profile: CountryProfile, weeks: int, scale: float, rng: np.random.Generator
) -> np.ndarray:
    """One country's weekly counts: level x season x campaigns x gamma noise, in clusters."""
    t = np.arange(weeks)
    season = 1.0 + 0.2 * np.sin(2 * np.pi * t / 52.0 + rng.uniform(0, 2 * np.pi))
    mu = _level(profile, weeks, scale) * season * _campaigns(rng, weeks, profile.first_week)
    shape = 1.0 / rng.uniform(0.05, 0.3)  # week-to-week overdispersion beyond the above
    mean_cluster = 1.0 + CLUSTERED * 2.0
    attacks = rng.poisson(rng.gamma(shape, mu / shape / mean_cluster))
    clustered = rng.binomial(attacks, CLUSTERED)
    extra = clustered + rng.negative_binomial(np.maximum(clustered, 1), 0.5) * (clustered > 0)
    return attacks + extra


def weekly_matrix(n_rows: int, weeks: int, seed: int) -> Generated:
    """About ``n_rows`` incidents over ``weeks`` weeks, shared out as ``PROFILE`` says
    (fewer rows than GTD holds is a random extract: every country thinned alike)."""
    rng = np.random.default_rng(seed)
    per_series = sum(sum(p.per_year) for p in PROFILE) * weeks / 156.0
    scale = n_rows / per_series
    counts = np.stack([country_counts(p, weeks, scale, rng) for p in PROFILE])
    return Generated(PROFILE, counts)


def gtd_like_rows(n_rows: int, start: date, weeks: int, seed: int) -> Iterator[dict[str, Any]]:
    """About ``n_rows`` GTD-like rows over ``weeks`` weeks from ``start``."""
    generated = weekly_matrix(n_rows, weeks, seed)
    rng = np.random.default_rng(seed + 1)
    serial = 0
    for profile, row in zip(generated.countries, generated.counts, strict=True):
        for week, n in enumerate(row):
            for _ in range(int(n)):
                serial += 1
                when = start + timedelta(days=7 * week + int(rng.integers(0, 7)))
                yield _row(rng, profile, when, serial)


def _row(
    rng: np.random.Generator, profile: CountryProfile, when: date, serial: int
) -> dict[str, Any]:
    country, city = profile.country, profile.city
    attack = str(rng.choice(ATTACKS))
    killed = int(rng.geometric(0.4)) - 1
    day_known = rng.random() > 0.05  # GTD: 0 for an unknown day
    row: dict[str, Any] = dict.fromkeys(GTD_COLUMNS, "")
    row.update(
        eventid=f"{when:%Y%m%d}{serial:05d}", iyear=when.year, imonth=when.month,
        iday=when.day if day_known else 0, country_txt=country, city=city,
        attacktype1_txt=attack, targtype1_txt=str(rng.choice(TARGETS)),
        weaptype1_txt=WEAPONS[attack], gname="Unknown", claimed=-9, nkill=killed,
        nwound=int(rng.geometric(0.3)) - 1, suicide=0, success=1,
        summary=f"{when:%m/%d/%Y}: A generated {attack.lower()} incident in {city}.",
    )  # fmt: skip
    if rng.random() > 0.2:  # the rest must be placed through the gazetteer
        row.update(latitude=round(float(rng.uniform(-1, 1)), 4),
                   longitude=round(float(rng.uniform(-1, 1)), 4))  # fmt: skip
    return row


def write_gtd_csv(rows: Iterator[dict[str, Any]], path: Path) -> int:
    columns = [*GTD_COLUMNS, "success"]
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
