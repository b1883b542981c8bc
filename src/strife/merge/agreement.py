"""How far two incident records agree, one field at a time.

Every function returns a number in [0, 1] (1 = the two records say the same thing) or ``None``
when at least one record does not say, so that the scorer can tell "unknown" from "different".
The functions are pure and know nothing about weights; ``strife.merge.score`` combines them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from strife.codebook.tables import gtd_tables
from strife.geo.distance import haversine_km
from strife.models import Count, DateRange, Location

SAME_PLACE_KM = 15.0
"""Within this distance two city-level places are one place (a city and its suburb or a
district of it geocode a few km apart)."""

DIFFERENT_PLACE_KM = 120.0
"""Beyond this distance two city-level places are different places; agreement falls linearly
between the two distances."""

_PRECISION_RANK = {"city": 4, "admin2": 3, "admin1": 2, "country": 1, "unknown": 0}

RELATED_CREDIT = 0.5
"""Agreement given to two disjoint type lists that contain a related pair."""

_RISING_TOLL = re.compile(
    r"\b(?:toll|dead|deaths|death|casualt\w*|killed|fatalities|number)\b[^.]{0,60}?"
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|reached|grew|"
    r"revised|updated)\b"
    r"|\b(?:died|succumbed)\b[^.]{0,40}\b(?:wounds|injuries|in hospital)\b"
    r"|\bmore bodies\b|\blater died\b",
    re.I,
)

RISING_CREDIT = 0.8
"""Casualty agreement given to a higher toll in a report that says the toll rose."""


def _norm(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).strip()


def countries_differ(a: Location, b: Location) -> bool:
    """Both records name a country and the countries differ."""
    return bool(a.country_code and b.country_code and a.country_code != b.country_code)


def place_distance_km(a: Location, b: Location) -> float | None:
    """Distance between two city-level places; ``None`` when either is coarser or has no point.

    Coordinates of an admin1 or a country are centroids, so a distance to them means nothing.
    """
    if a.precision != "city" or b.precision != "city":
        return None
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def place_agreement(a: Location, b: Location) -> float | None:
    """1 for one place, 0 for places far apart; coarser places agree in part when consistent."""
    if _PRECISION_RANK[a.precision] == 0 or _PRECISION_RANK[b.precision] == 0:
        return None
    if countries_differ(a, b):
        return 0.0
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return 1.0
    distance = place_distance_km(a, b)
    if distance is not None:
        span = DIFFERENT_PLACE_KM - SAME_PLACE_KM
        return max(0.0, min(1.0, (DIFFERENT_PLACE_KM - distance) / span))
    if a.precision == b.precision == "city":
        # No coordinates: fall back on the names; a district name may differ from its city's.
        return 1.0 if _norm(a.city or a.name) == _norm(b.city or b.name) else 0.2
    if "country" in (a.precision, b.precision):
        return 0.5  # consistent (same or unknown country) but says nothing more
    if a.admin1 and b.admin1:
        # One side is a province: consistent when the other place lies in it.
        return 0.7 if _norm(a.admin1) == _norm(b.admin1) else 0.0
    return 0.5


def _bounds(r: DateRange) -> tuple[date, date] | None:
    if r.start is None and r.end is None:
        return None
    start = r.start or r.end
    end = r.end or r.start
    assert start is not None and end is not None
    return (start, end) if start <= end else (end, start)


def date_gap_days(a: DateRange, b: DateRange) -> int | None:
    """Days between two ranges: 0 when they overlap, ``None`` when either is unknown."""
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return None
    return max(0, (max(ba[0], bb[0]) - min(ba[1], bb[1])).days)


def date_agreement(a: DateRange, b: DateRange) -> float | None:
    """1 for the same day; overlapping vague ranges agree less; a day apart is a common
    off-by-one ("late Saturday" against "overnight into Sunday"); three days apart is 0."""
    gap = date_gap_days(a, b)
    if gap is None:
        return None
    if gap > 0:
        return {1: 0.4, 2: 0.15}.get(gap, 0.0)
    ba, bb = _bounds(a), _bounds(b)
    assert ba is not None and bb is not None
    widest = max((ba[1] - ba[0]).days, (bb[1] - bb[0]).days) + 1
    if widest <= 1:
        return 1.0
    return 0.8 if widest <= 7 else 0.6


def _informative(types: Iterable[str]) -> set[str]:
    tables = gtd_tables()
    known = {t for t in types if t not in tables.uninformative_types}
    specific = known - tables.catch_all_target_types
    return specific or known


def type_agreement(
    a: Iterable[str], b: Iterable[str], related: frozenset[frozenset[str]]
) -> float | None:
    """Overlap coefficient |A∩B| / min(|A|, |B|) of two GTD type lists ("Unknown" ignored,
    the catch-all "Private Citizens & Property" ignored beside a specific type).

    The overlap coefficient, not Jaccard, because one report often names only the first
    stage of a multi-stage attack: {Bombing} against {Armed Assault, Bombing} is agreement.
    """
    sa, sb = _informative(a), _informative(b)
    if not sa or not sb:
        return None
    shared = len(sa & sb)
    if shared:
        return shared / min(len(sa), len(sb))
    if any(frozenset({x, y}) in related for x in sa for y in sb):
        return RELATED_CREDIT
    return 0.0


def attack_agreement(a: Iterable[str], b: Iterable[str]) -> float | None:
    # Related pairs: strife/data/codebook/gtd.yaml (related_attack_types).
    return type_agreement(a, b, gtd_tables().related_attack_types)


def target_agreement(a: Iterable[str], b: Iterable[str]) -> float | None:
    return type_agreement(a, b, gtd_tables().related_target_types)


def says_toll_rose(text: str | None) -> bool:
    """The report tells a story of a rising toll ("the death toll rose to 12")."""
    return bool(text and _RISING_TOLL.search(text))


def _figure_agreement(stored: int | None, new: int | None, rising: bool) -> float | None:
    if stored is None or new is None:
        return None
    low, high = min(stored, new), max(stored, new)
    # +1 smoothing: 0 against 1 is a small disagreement, 0 against 20 a large one.
    ratio = (low + 1) / (high + 1)
    if rising and new > stored:
        return max(ratio, RISING_CREDIT)
    return ratio


def _implied_killed(killed: Count, wounded: Count) -> int | None:
    """A report that counts the wounded but names no dead tells of no deaths: news gives the
    dead first. So "a bomb wounded two" and "a gunman killed seven" disagree."""
    if killed.total is None and wounded.total:
        return 0
    return killed.total


def casualty_agreement(
    stored_killed: Count,
    stored_wounded: Count,
    new_killed: Count,
    new_wounded: Count,
    rising: bool = False,
) -> float | None:
    """Agreement of the killed and wounded totals, killed counting twice as much.

    Tolerant by design: tolls rise while the wounded die and bodies are found, so 7 against
    9 still agrees well (0.8), and a higher figure in a report that says the toll rose agrees
    at least ``RISING_CREDIT``. Very different figures with no such story agree little.
    """
    killed = _figure_agreement(
        _implied_killed(stored_killed, stored_wounded), _implied_killed(new_killed, new_wounded),
        rising,
    )
    wounded = _figure_agreement(stored_wounded.total, new_wounded.total, rising)
    parts = [(killed, 2.0), (wounded, 1.0)]
    known = [(value, weight) for value, weight in parts if value is not None]
    if not known:
        return None
    return sum(value * weight for value, weight in known) / sum(w for _, w in known)
