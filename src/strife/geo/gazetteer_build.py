"""Build the ``Gazetteer`` from package data (see ``sources``) and, when the user imported one,
a GeoNames dump (see ``gazetteer_extend``): a few seconds, once per install.

Subdivisions have no coordinates in the packages, so each gets one from its own towns: a
county is small enough that the mean of its towns lands near its centre; a state or province
is not (towns crowd into one corner), so it takes the mean of the half-degree cells that hold
a town, which approximates the centre of its settled area.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from importlib import resources

from strife.geo.designators import display_name, short_name
from strife.geo.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_OTHER,
    MATCH_ALT,
    MATCH_NAME,
    MATCH_SHORT,
    Gazetteer,
)
from strife.geo.gazetteer_extend import add_imported
from strife.geo.geonames_store import ImportedGeoNames
from strife.geo.names import is_latin_name, name_key
from strife.geo.sources import (
    CityRow,
    CountryRow,
    SubdivisionRow,
    read_cities,
    read_continents,
    read_countries,
    read_subdivisions,
)

_CELL = 0.5  # degrees


def build_gazetteer(imported: ImportedGeoNames | None = None) -> Gazetteer:
    """The package data, plus an imported GeoNames dump when one is given."""
    gaz = Gazetteer()
    countries = read_countries()
    subdivisions = read_subdivisions()
    cities = read_cities()
    country_rows = _add_countries(gaz, countries)
    sub_rows = _add_subdivisions(gaz, subdivisions, countries)
    _add_cities(gaz, cities, subdivisions, sub_rows, countries)
    for continent in read_continents():
        row = gaz.add(
            continent.name, continent.geonames_id, (continent.lat, continent.lon), KIND_OTHER,
            population=continent.population,
        )
        gaz.index_name(continent.name, row, MATCH_NAME)
    if imported is not None:
        add_imported(gaz, imported)
    _place_regions(gaz, country_rows)
    gaz.capitals = _capitals(gaz, countries)
    _add_country_aliases(gaz)
    _add_demonyms(gaz, countries)
    gaz.freeze_index()
    return gaz


def _add_countries(gaz: Gazetteer, countries: list[CountryRow]) -> list[int]:
    rows = []
    for c in countries:
        if c.geonames_id is None:
            rows.append(-1)
            continue
        row = gaz.add(c.name, c.geonames_id, c.point, KIND_COUNTRY, c.iso2, c.population)
        gaz.country_rows[c.iso2] = row
        gaz.neighbours[c.iso2] = c.neighbours
        gaz.index_name(c.name, row, MATCH_NAME)
        for alias in c.names:
            gaz.index_name(alias, row, MATCH_ALT)
            # "Republic of Kazakhstan" also matches as "Kazakhstan".
            bare = re.sub(r"^(?:the )?(?:\w+ )?(?:republic|kingdom|state) of (?:the )?", "", alias,
                          flags=re.I)
            if bare != alias:
                gaz.index_name(bare, row, MATCH_ALT)
        rows.append(row)
    return rows


def _add_subdivisions(
    gaz: Gazetteer, subdivisions: list[SubdivisionRow], countries: list[CountryRow]
) -> dict[int, int]:
    """Admin1 and admin2 entries; returns subdivision table row → gazetteer row."""
    rows: dict[int, int] = {}
    for i, sub in enumerate(subdivisions):
        if sub.geonames_id is None or sub.level not in (1, 2):
            continue
        kind = KIND_ADMIN1 if sub.level == 1 else KIND_ADMIN2
        rows[i] = gaz.add(
            display_name(sub.name), sub.geonames_id, None, kind, countries[sub.country].iso2
        )
    for i, row in rows.items():
        sub = subdivisions[i]
        if sub.parent is not None and sub.parent in rows:
            gaz.admin1[row] = rows[sub.parent]
        for name, match in [(sub.name, MATCH_NAME)] + [(a, MATCH_ALT) for a in sub.aliases]:
            if match == MATCH_ALT and not is_latin_name(name):
                continue
            gaz.index_name(name, row, match)
            shown = display_name(name)
            if shown != name:  # "Avtonomna Krym" for "Avtonomna Respublika Krym"
                gaz.index_name(shown, row, match)
            short = short_name(name.split(",")[0] if "," in name else name)
            if "," in name and short is None:  # "Dagestan, Respublika"
                short = name.split(",")[0]
            if short:
                gaz.index_name(short, row, MATCH_SHORT)
    return rows


def _add_cities(
    gaz: Gazetteer,
    cities: list[CityRow],
    subdivisions: list[SubdivisionRow],
    sub_rows: dict[int, int],
    countries: list[CountryRow],
) -> None:
    for city in cities:
        row = gaz.add(
            city.name, city.geonames_id, (city.lat, city.lon), KIND_CITY,
            countries[city.country].iso2, city.population,
        )
        for s in city.subdivisions:
            target = sub_rows.get(s)
            if target is None:
                continue
            if subdivisions[s].level == 1:
                gaz.admin1[row] = target
            else:
                gaz.admin2[row] = target
                if gaz.admin1[row] < 0 and gaz.admin1[target] >= 0:
                    gaz.admin1[row] = gaz.admin1[target]
        gaz.index_name(city.name, row, MATCH_NAME)
        for alt in city.alternates:
            if is_latin_name(alt):
                gaz.index_name(alt, row, MATCH_ALT)


def _place_regions(gaz: Gazetteer, country_rows: list[int]) -> None:
    """Points and populations for subdivisions (and countries without a point) from towns."""
    towns: dict[int, list[int]] = defaultdict(list)
    for row in range(len(gaz)):
        if gaz.kinds[row] != KIND_CITY:
            continue
        for parent in (gaz.admin1[row], gaz.admin2[row], gaz.country_rows.get(gaz.countries[row])):
            if parent is not None and parent >= 0:
                towns[parent].append(row)
    for row, members in towns.items():
        kind = gaz.kinds[row]
        if kind == KIND_COUNTRY:
            if not gaz.has_point(row):
                gaz.lats[row], gaz.lons[row] = _cell_centre(gaz, members)
            continue
        gaz.populations[row] = max(
            gaz.populations[row], sum(gaz.populations[m] for m in members)
        )
        if gaz.has_point(row):
            continue  # an imported dump gave the division its own point
        if kind == KIND_ADMIN2:
            gaz.lats[row] = sum(gaz.lats[m] for m in members) / len(members)
            gaz.lons[row] = sum(gaz.lons[m] for m in members) / len(members)
        else:
            gaz.lats[row], gaz.lons[row] = _cell_centre(gaz, members)


def _cell_centre(gaz: Gazetteer, members: list[int]) -> tuple[float, float]:
    cells = {(math.floor(gaz.lats[m] / _CELL), math.floor(gaz.lons[m] / _CELL)) for m in members}
    lat = sum((a + 0.5) * _CELL for a, _ in cells) / len(cells)
    lon = sum((b + 0.5) * _CELL for _, b in cells) / len(cells)
    return lat, lon


def _capitals(gaz: Gazetteer, countries: list[CountryRow]) -> frozenset[int]:
    """The biggest town of each country that bears its capital's name."""
    rows = set()
    for c in countries:
        if not c.capital or c.geonames_id is None:
            continue
        towns = [
            row for row, _ in gaz.lookup(name_key(c.capital))
            if gaz.kinds[row] == KIND_CITY and gaz.countries[row] == c.iso2
        ]
        if towns:
            rows.add(max(towns, key=lambda r: gaz.populations[r]))
    return frozenset(rows)


def _data_pairs(name: str) -> list[tuple[str, str]]:
    """Rows of a two-column CSV under ``strife/data/geo`` (comments and header skipped)."""
    text = resources.files("strife.data").joinpath("geo", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    pairs = []
    for line in lines[1:]:
        first, second = (part.strip() for part in line.split(",", 1))
        pairs.append((first, second))
    return pairs


def _add_country_aliases(gaz: Gazetteer) -> None:
    for name, iso2 in _data_pairs("country_aliases.csv"):
        if iso2 in gaz.country_rows:
            gaz.index_name(name, gaz.country_rows[iso2], MATCH_ALT)
    wanted: dict[int, list[str]] = defaultdict(list)
    for alias, gid in _data_pairs("place_aliases.csv"):
        wanted[int(gid)].append(alias)
    for row in range(len(gaz)):
        for alias in wanted.get(gaz.geonames_ids[row], ()):
            gaz.index_name(alias, row, MATCH_ALT)


def _add_demonyms(gaz: Gazetteer, countries: list[CountryRow]) -> None:
    """Adjectives and demonyms → country: countryinfo's, then strife's own list."""
    for c in countries:
        if c.demonym:
            gaz.demonyms.setdefault(name_key(c.demonym), c.iso2)
    for word, iso2 in _data_pairs("demonyms.csv"):
        if iso2 in gaz.country_rows:
            gaz.demonyms[name_key(word)] = iso2
