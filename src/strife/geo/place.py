"""``ResolvedPlace``: one place mention and the GeoNames entry it names (or nulls)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from strife.geo.gazetteer import KIND_ADMIN1, KIND_COUNTRY, KIND_NAMES, Gazetteer

Feature = Literal["country", "admin1", "admin2", "city", "other"]


@dataclass(frozen=True)
class ResolvedPlace:
    """A mention at ``text[start:end]``; a place the gazetteer lacks has ``geonames_id``,
    ``lat`` and ``lon`` set to None and its own text as ``name`` (never a wrong guess)."""

    text: str
    start: int
    end: int
    name: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country_code: str | None
    country: str | None
    admin1: str | None
    feature: Feature
    population: int
    # True when the gazetteer lacks the named place and the entry is the smallest unit the
    # text places it in ("<village>, <district>, <province>"): ``name`` is then the text's.
    fallback: bool = False
    # With ``fallback``: the settlement's name when the text names a town or village (not a
    # district or province), which a record keeps as its city.
    town: str | None = None
    # The words open a longer proper name ("Boko Haram", "Jaffar Express"): a place for
    # context, never the place of an event.
    in_name: bool = False

    @property
    def resolved(self) -> bool:
        return self.geonames_id is not None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def unresolved(text: str, start: int, end: int) -> ResolvedPlace:
    return ResolvedPlace(text, start, end, text, None, None, None, None, None, None, "other", 0)


def place_from_row(gaz: Gazetteer, row: int, text: str, start: int, end: int) -> ResolvedPlace:
    kind = gaz.kinds[row]
    cc = gaz.countries[row] or None
    country_row = gaz.country_rows.get(cc) if cc else None
    admin = row if kind == KIND_ADMIN1 else gaz.admin1[row]
    feature: Feature = KIND_NAMES[kind]  # type: ignore[assignment]
    return ResolvedPlace(
        text=text,
        start=start,
        end=end,
        name=gaz.names[row],
        geonames_id=gaz.geonames_ids[row] or None,
        lat=round(gaz.lats[row], 5),
        lon=round(gaz.lons[row], 5),
        country_code=cc,
        country=gaz.names[country_row] if country_row is not None else None,
        admin1=gaz.names[admin] if admin >= 0 and kind != KIND_COUNTRY else None,
        feature=feature,
        population=gaz.populations[row],
    )
