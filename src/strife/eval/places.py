"""Event places end to end (``strife eval places FILE.jsonl``): the incident's location.

Each line of the file is one short report with the place its incident happened at::

    {"id": "...", "text": "...", "country_code": "AF", "city": "Marja",
     "lat": 31.52, "lon": 64.12}

``city`` is the smallest place the report names (a village the gazetteer lacks included:
the record must then keep the text's name); ``lat``/``lon`` are the point a coder would
give. The text goes through the whole extractor; the first incident's location is scored:

- country: ``location.country_code`` equals the gold code;
- city: the gold city's name matches ``location.name``, ``location.city`` or the text the
  location was read from (its evidence: the gazetteer may spell "Tal Afar" "Tall ‘Afar");
  lines without a city are not counted;
- within 50 km: the location's point lies within 50 km of the gold point (how ACLED
  notes are judged: a point near the event counts).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from strife.errors import EvaluationError
from strife.eval.gold_fields import names_match
from strife.geo.distance import haversine_km
from strife.models import Document, Location, Result

NEAR_KM = 50.0


@dataclass(frozen=True)
class PlaceCase:
    id: str
    text: str
    country_code: str
    city: str | None
    lat: float
    lon: float


@dataclass
class PlaceScores:
    cases: int
    country: float
    city: float
    city_cases: int
    within_50: float
    no_incident: int
    misses: list[str]

    def lines(self) -> list[str]:
        return [
            f"reports: {self.cases} (no incident found in {self.no_incident})",
            f"  country right:   {self.country:.1%}",
            f"  city right:      {self.city:.1%} (of {self.city_cases} with a city)",
            f"  within {NEAR_KM:.0f} km:    {self.within_50:.1%}",
        ]


def read_cases(path: Path) -> list[PlaceCase]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(PlaceCase(
                str(raw.get("id") or f"{path.name}:{number}"), str(raw["text"]),
                str(raw["country_code"]), raw.get("city"), float(raw["lat"]), float(raw["lon"]),
            ))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError):
            raise EvaluationError(
                f'{path}:{number}: expected {{"text", "country_code", "city", "lat", "lon"}}'
            ) from None
    if not cases:
        raise EvaluationError(f"{path}: no reports")
    return cases


def evaluate_places(
    cases: list[PlaceCase], extract: Callable[[Iterable[Document]], Iterable[Result]]
) -> PlaceScores:
    documents = [Document(id=c.id, text=c.text) for c in cases]
    country = city = city_cases = near = empty = 0
    misses: list[str] = []
    for case, result in zip(cases, extract(documents), strict=True):
        first = result.incidents[0] if result.incidents else None
        where = first.location if first is not None else Location()
        said = [e.text for e in first.evidence if e.field == "location"] if first else []
        empty += not result.incidents
        got_country = where.country_code == case.country_code
        country += got_country
        got_city = True
        if case.city:
            city_cases += 1
            got_city = any(
                names_match(n, case.city) for n in (where.name, where.city, *said) if n)
            city += got_city
        close = where.lat is not None and where.lon is not None and (
            haversine_km(where.lat, where.lon, case.lat, case.lon) <= NEAR_KM)
        near += close
        if not (got_country and got_city and close):
            misses.append(f"{case.id}: want {case.city}, {case.country_code}; got "
                          f"{where.name} ({where.precision}, {where.country_code})")
    n = len(cases)
    return PlaceScores(n, country / n, city / city_cases if city_cases else 1.0, city_cases,
                       near / n, empty, misses)
