"""Placing dataset rows through the gazetteer (``strife.geo.PlaceResolver.lookup``).

A row with coordinates keeps them (the dataset's coders placed it); its country still gets an
ISO code from the gazetteer, because the store blocks merges and the watch groups areas by it.
A row without coordinates is placed at its city, else its province, else its country, each
looked up within the row's country; ``precision`` says which one was found.
"""

from __future__ import annotations

from typing import Protocol

from strife.datasets.rows import PlaceHint
from strife.geo import ResolvedPlace
from strife.models import Location


class Looks(Protocol):
    def lookup(self, name: str, country_code: str | None = None) -> ResolvedPlace | None: ...


class Placer:
    """Fills a row's ``Location``; each distinct name is looked up once per import."""

    def __init__(self, resolver: Looks) -> None:
        self.resolver = resolver
        self._seen: dict[tuple[str, str | None], ResolvedPlace | None] = {}

    def _lookup(self, name: str | None, code: str | None) -> ResolvedPlace | None:
        if not name:
            return None
        key = (name.lower(), code)
        if key not in self._seen:
            self._seen[key] = self.resolver.lookup(name, code)
        return self._seen[key]

    def country(self, name: str | None) -> ResolvedPlace | None:
        hit = self._lookup(name, None)
        return hit if hit is not None and hit.feature == "country" else None

    def locate(self, hint: PlaceHint) -> Location:
        country = self.country(hint.country)
        code = country.country_code if country else None
        city = self._lookup(hint.city, code) if code else None
        province = self._lookup(hint.admin1, code) if code else None
        admin1 = hint.admin1 or (city.admin1 if city else None)
        name = hint.city or hint.admin1 or hint.country
        if hint.point is not None:
            lat, lon = hint.point
            precision = "city" if hint.city else "admin1" if hint.admin1 else "country"
            return Location(
                name=name, city=hint.city, admin1=admin1, country=hint.country,
                country_code=code, lat=lat, lon=lon, precision=precision,  # type: ignore[arg-type]
            )  # fmt: skip
        found = next(
            (p for p in (city, province, country) if p is not None and p.resolved), None
        )
        if found is None:
            return Location(name=name, city=hint.city, admin1=admin1, country=hint.country,
                            country_code=code)  # fmt: skip
        precision = "city" if found is city else "admin1" if found is province else "country"
        return Location(
            name=name, city=hint.city, admin1=admin1, country=hint.country, country_code=code,
            lat=found.lat, lon=found.lon, geonames_id=found.geonames_id,
            precision=precision,  # type: ignore[arg-type]
        )  # fmt: skip
