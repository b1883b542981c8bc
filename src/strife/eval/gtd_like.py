"""GTD-like CSV files, generated with a seed: for the import benchmark and the watch tests.

Nothing here is real data. Each country gets a weekly rate (log-uniform, so a few countries
are busy and most are sparse, as in GTD), a slow trend and a yearly season; weekly counts are
negative binomial around that rate. Places are real names the gazetteer knows, so a fifth of
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

from strife.export.rows import GTD_COLUMNS

PLACES: dict[str, tuple[str, ...]] = {
    "Iraq": ("Baghdad", "Mosul", "Kirkuk"), "Afghanistan": ("Kabul", "Kandahar", "Jalalabad"),
    "Nigeria": ("Maiduguri", "Kano"), "Pakistan": ("Karachi", "Peshawar", "Quetta"),
    "Somalia": ("Mogadishu", "Kismayo"), "Syria": ("Aleppo", "Damascus"),
    "Yemen": ("Aden",), "India": ("Srinagar", "Imphal"), "Philippines": ("Marawi", "Cotabato"),
    "Egypt": ("Cairo", "Arish"), "Turkey": ("Diyarbakir", "Ankara"),
    "Colombia": ("Cali", "Cucuta"), "Kenya": ("Mandera", "Garissa"), "Mali": ("Gao",),
    "France": ("Paris", "Nice"), "United Kingdom": ("London", "Belfast"),
    "Thailand": ("Pattani", "Yala"), "Ukraine": ("Donetsk", "Luhansk"),
    "Libya": ("Benghazi", "Sirte"), "Cameroon": ("Maroua",), "Bangladesh": ("Dhaka",),
    "Germany": ("Berlin",), "United States": ("Chicago",), "Kyrgyzstan": ("Bishkek",),
    "Kazakhstan": ("Aktobe",),
}  # fmt: skip
ATTACKS = ("Bombing/Explosion", "Armed Assault", "Hostage Taking (Kidnapping)", "Assassination")
WEAPONS = {"Bombing/Explosion": "Explosives", "Armed Assault": "Firearms",
           "Hostage Taking (Kidnapping)": "Firearms", "Assassination": "Firearms"}  # fmt: skip
TARGETS = ("Private Citizens & Property", "Military", "Police", "Government (General)")


@dataclass(frozen=True)
class CountryRate:
    country: str
    weekly: float  # mean incidents per week at the start
    trend: float  # multiplicative change per year
    dispersion: float  # negative-binomial phi: variance = mu + phi * mu^2


def country_rates(rng: np.random.Generator, total_weekly: float) -> list[CountryRate]:
    """Log-uniform rates scaled so that all countries together average ``total_weekly``."""
    raw = np.exp(rng.uniform(math.log(0.02), math.log(30.0), size=len(PLACES)))
    scale = total_weekly / raw.sum()
    return [
        CountryRate(name, float(r * scale), float(rng.uniform(0.6, 1.5)),
                    float(rng.uniform(0.1, 0.8)))
        for name, r in zip(PLACES, raw, strict=True)
    ]  # fmt: skip


def weekly_counts(rate: CountryRate, weeks: int, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(weeks)
    mu = rate.weekly * rate.trend ** (t / 52.0) * (1 + 0.3 * np.sin(2 * np.pi * t / 52.0))
    shape = 1.0 / rate.dispersion
    return rng.poisson(rng.gamma(shape, mu / shape))


def gtd_like_rows(n_rows: int, start: date, weeks: int, seed: int) -> Iterator[dict[str, Any]]:
    """About ``n_rows`` GTD-like rows over ``weeks`` weeks from ``start``."""
    rng = np.random.default_rng(seed)
    serial = 0
    for rate in country_rates(rng, n_rows / weeks):
        for week, n in enumerate(weekly_counts(rate, weeks, rng)):
            for _ in range(int(n)):
                serial += 1
                when = start + timedelta(days=7 * week + int(rng.integers(0, 7)))
                yield _row(rng, rate.country, when, serial)


def _row(rng: np.random.Generator, country: str, when: date, serial: int) -> dict[str, Any]:
    city = str(rng.choice(PLACES[country]))
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
