"""Add an imported GeoNames dump (see ``geonames_store``) to a gazetteer built from packages.

The packages hold the places of 500+ people; a full dump adds the villages, hamlets and
districts that reports from rural Nigeria, Somalia or Afghanistan name. Entries already
present (same GeoNames id) are kept and only gain the dump's alternate names and, for a
division, the dump's own point instead of one made from its towns. Divisions are linked by
their GeoNames codes ("AF.08" → Helmand), which admin1CodesASCII.txt and admin2Codes.txt
map to ids; a town whose codes are unknown still counts in its country.
"""

from __future__ import annotations

from collections.abc import Iterable

from strife.geo.designators import display_name, short_name
from strife.geo.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_CITY,
    MATCH_ALT,
    MATCH_NAME,
    MATCH_SHORT,
    Gazetteer,
)
from strife.geo.geonames_store import AdminRecord, ImportedGeoNames, PlaceRecord


def add_imported(gaz: Gazetteer, imported: ImportedGeoNames) -> None:
    by_id = {gid: row for row, gid in enumerate(gaz.geonames_ids) if gid}
    admin1 = _add_admins(gaz, imported.admins(1), 1, by_id, {})
    admin2 = _add_admins(gaz, imported.admins(2), 2, by_id, admin1)
    for place in imported.places():
        if place.country not in gaz.country_rows:
            continue
        row = by_id.get(place.geonames_id)
        if place.feature_class == "A":
            _add_division(gaz, place, row, by_id, admin1)
        elif row is not None:
            for alt in place.alternates:
                gaz.index_name(alt, row, MATCH_ALT)
        else:
            by_id[place.geonames_id] = _add_town(gaz, place, admin1, admin2)
    for gid, name in imported.alternates():
        row = by_id.get(gid)
        if row is not None:
            gaz.index_name(name, row, MATCH_ALT)


def _add_admins(
    gaz: Gazetteer, records: Iterable[AdminRecord], level: int, by_id: dict[int, int],
    parents: dict[str, int],
) -> dict[str, int]:
    """Code → row for every division in a codes file, adding those the packages lack."""
    codes: dict[str, int] = {}
    for rec in records:
        row = by_id.get(rec.geonames_id)
        country = rec.code.split(".")[0]
        if row is None:
            if country not in gaz.country_rows:
                continue
            kind = KIND_ADMIN1 if level == 1 else KIND_ADMIN2
            row = gaz.add(display_name(rec.name), rec.geonames_id, None, kind, country)
            _index_division(gaz, row, rec.name, rec.ascii_name)
            by_id[rec.geonames_id] = row
        if level == 2 and gaz.admin1[row] < 0:
            gaz.admin1[row] = parents.get(rec.code.rsplit(".", 1)[0], -1)
        codes[rec.code] = row
    return codes


def _add_division(
    gaz: Gazetteer, place: PlaceRecord, row: int | None, by_id: dict[int, int],
    admin1: dict[str, int],
) -> None:
    """An ADM1/ADM2 row of the geoname table: its point, or a new division."""
    if row is None:
        kind = KIND_ADMIN1 if place.feature_code == "ADM1" else KIND_ADMIN2
        row = gaz.add(display_name(place.name), place.geonames_id, None, kind, place.country,
                      place.population)
        _index_division(gaz, row, place.name, place.ascii_name)
        if kind == KIND_ADMIN2:
            gaz.admin1[row] = admin1.get(f"{place.country}.{place.admin1_code}", -1)
        by_id[place.geonames_id] = row
    gaz.lats[row], gaz.lons[row] = place.lat, place.lon
    for alt in place.alternates:
        gaz.index_name(alt, row, MATCH_ALT)


def _index_division(gaz: Gazetteer, row: int, name: str, ascii_name: str) -> None:
    for form in dict.fromkeys((name, ascii_name, display_name(name))):
        gaz.index_name(form, row, MATCH_NAME)
        short = short_name(form)
        if short:
            gaz.index_name(short, row, MATCH_SHORT)


def _add_town(
    gaz: Gazetteer, place: PlaceRecord, admin1: dict[str, int], admin2: dict[str, int]
) -> int:
    row = gaz.add(place.name, place.geonames_id, (place.lat, place.lon), KIND_CITY,
                  place.country, place.population)
    a1 = admin1.get(f"{place.country}.{place.admin1_code}", -1)
    a2 = admin2.get(f"{place.country}.{place.admin1_code}.{place.admin2_code}", -1)
    gaz.admin1[row] = a1 if a1 >= 0 else (gaz.admin1[a2] if a2 >= 0 else -1)
    gaz.admin2[row] = a2
    gaz.index_name(place.name, row, MATCH_NAME)
    if place.ascii_name != place.name:
        gaz.index_name(place.ascii_name, row, MATCH_NAME)
    for alt in place.alternates:
        gaz.index_name(alt, row, MATCH_ALT)
    return row
