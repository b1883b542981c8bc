"""One incident → one GTD row, one ACLED row, one GeoJSON feature.

The same builders serve extraction results (the document is the only source) and stored
incidents (every source, oldest first). Column names follow schema.md exactly; values follow the
GTD codebook's conventions (0 for an unknown month or day, 1/0 for yes/no, blank for unknown).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from strife.codebook.loader import load_data
from strife.codebook.schema import AcledFile
from strife.models import Incident, Source

GTD_COLUMNS: tuple[str, ...] = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "country_txt", "provstate", "city",
    "latitude", "longitude",
    "attacktype1_txt", "attacktype2_txt", "attacktype3_txt",
    "targtype1_txt", "targtype2_txt", "targtype3_txt",
    "weaptype1_txt", "weaptype2_txt", "weaptype3_txt", "weaptype4_txt",
    "gname", "claimed", "nkill", "nkillter", "nwound", "nwoundte", "suicide", "summary", "scite1",
)  # fmt: skip

ACLED_COLUMNS: tuple[str, ...] = (
    "event_date", "event_type", "sub_event_type", "actor1", "country", "admin1", "location",
    "latitude", "longitude", "fatalities", "notes", "source",
)  # fmt: skip

ACLED_MAPPING = "export/acled_event_types.yaml"
UNKNOWN_GROUP = "Unknown"  # GTD's gname when no group is named


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _slots(values: Sequence[str], n: int) -> list[str | None]:
    return [values[i] if i < len(values) else None for i in range(n)]


def gtd_date(incident: Incident) -> tuple[int | None, int | None, int | None, str]:
    """``iyear, imonth, iday, approxdate``: GTD puts 0 where the month or day is not known and
    describes an approximate date in ``approxdate``."""
    when = incident.date
    start = when.start or when.end
    if start is None:
        return None, None, None, ""
    end = when.end or start
    if when.precision == "day" and start == end:
        return start.year, start.month, start.day, ""
    if when.precision == "year":
        return start.year, 0, 0, str(start.year)
    if when.precision == "month":
        return start.year, start.month, 0, start.strftime("%Y-%m")
    same_month = (start.year, start.month) == (end.year, end.month)
    approx = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
    return start.year, start.month if same_month else 0, 0, approx


def group_names(incident: Incident) -> list[str]:
    """Named groups: perpetrator groups first, then claimants not already listed."""
    names = [p.name for p in incident.perpetrators if p.kind == "group"]
    return list(dict.fromkeys(names + list(incident.claimed_by)))


def claimed(incident: Incident) -> bool:
    return bool(incident.claimed_by) or any(p.claimed for p in incident.perpetrators)


def city_of(incident: Incident) -> str | None:
    where = incident.location
    return where.city or (where.name if where.precision == "city" else None)


def gtd_row(incident: Incident, sources: Sequence[Source]) -> dict[str, Any]:
    iyear, imonth, iday, approx = gtd_date(incident)
    where = incident.location
    groups = group_names(incident)
    attack = _slots(incident.attack_types, 3)
    target = _slots(incident.target_types, 3)
    weapon = _slots(incident.weapon_types, 4)
    row: dict[str, Any] = {
        "eventid": incident.id, "iyear": iyear, "imonth": imonth, "iday": iday,
        "approxdate": approx, "country_txt": where.country, "provstate": where.admin1,
        "city": city_of(incident), "latitude": where.lat, "longitude": where.lon,
    }  # fmt: skip
    row.update({f"attacktype{i + 1}_txt": v for i, v in enumerate(attack)})
    row.update({f"targtype{i + 1}_txt": v for i, v in enumerate(target)})
    row.update({f"weaptype{i + 1}_txt": v for i, v in enumerate(weapon)})
    row.update(
        gname=groups[0] if groups else UNKNOWN_GROUP,
        claimed=int(claimed(incident)),
        # GTD: nkill counts everyone who died, perpetrators included; nkillter the perpetrators.
        nkill=incident.killed.total, nkillter=incident.killed.perpetrators,
        nwound=incident.wounded.total, nwoundte=incident.wounded.perpetrators,
        suicide=_flag(incident.suicide), summary=incident.summary,
        scite1=next((s.url for s in sources if s.url), None),
    )  # fmt: skip
    return row


def acled_event_type(incident: Incident) -> tuple[str, str]:
    """ACLED ``event_type, sub_event_type`` by the rules in the mapping data file
    (``strife/data/export/acled_event_types.yaml``): the first rule that fits wins."""
    mapping = load_data(ACLED_MAPPING, AcledFile)
    attack = incident.attack_types[0] if incident.attack_types else None
    armed = any(t in mapping.armed_targets for t in incident.target_types)
    for rule in mapping.rules:
        if rule.attack_type is not None and rule.attack_type != attack:
            continue
        if rule.suicide and not incident.suicide:
            continue
        if rule.armed_target and not armed:
            continue
        return rule.event_type, rule.sub_event_type
    raise AssertionError("the last ACLED rule matches everything")


def actor1(incident: Incident) -> str:
    """ACLED's ``actor1``: the named group, else the named attacker, else ACLED's label for an
    unidentified armed group in the country."""
    groups = group_names(incident)
    if groups:
        return groups[0]
    if incident.perpetrators:
        return incident.perpetrators[0].name
    country = incident.location.country
    return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"


def acled_row(incident: Incident, sources: Sequence[Source]) -> dict[str, Any]:
    event_type, sub_event_type = acled_event_type(incident)
    where = incident.location
    start: date | None = incident.date.start or incident.date.end
    outlets = [name for s in sources if (name := s.source or s.url)]
    return {
        "event_date": start.isoformat() if start else None,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1(incident),
        "country": where.country,
        "admin1": where.admin1,
        "location": city_of(incident) or where.name,
        "latitude": where.lat,
        "longitude": where.lon,
        # ACLED records 0 where no death is reported.
        "fatalities": incident.killed.total or 0,
        "notes": incident.summary,
        "source": "; ".join(dict.fromkeys(outlets)),
    }


def geojson_feature(incident: Incident, sources: Sequence[Source]) -> dict[str, Any] | None:
    """A GeoJSON Feature; None for an incident without coordinates (left out of the file)."""
    record = incident.model_dump(mode="json", include=_FEATURE_FIELDS)
    record["sources"] = [{"url": s.url} for s in sources]
    return feature_of_record(record)


_FEATURE_FIELDS = {
    "id", "date", "location", "attack_types", "target_types", "weapon_types", "perpetrators",
    "claimed_by", "killed", "wounded", "suicide", "success", "summary", "first_reported", "review",
}  # fmt: skip


def feature_of_record(record: dict[str, Any]) -> dict[str, Any] | None:
    """The one GeoJSON projection of an incident, read from its JSON form: a model dumped with
    ``model_dump(mode="json")`` or a stored record read as JSON (the API's fast read path, which
    skips validating every record). Stored incidents add ``first_reported`` and
    ``review_status``."""
    where, when = record["location"], record["date"]
    if where["lat"] is None or where["lon"] is None:
        return None
    properties: dict[str, Any] = {
        "id": record["id"],
        "date_start": when["start"], "date_end": when["end"], "date_precision": when["precision"],
        "place": where["name"], "city": where["city"], "admin1": where["admin1"],
        "country": where["country"], "country_code": where["country_code"],
        "attack_types": record["attack_types"], "target_types": record["target_types"],
        "weapon_types": record["weapon_types"],
        "perpetrators": [p["name"] for p in record["perpetrators"]],
        "claimed_by": record["claimed_by"],
        "killed": record["killed"]["total"],
        "killed_perpetrators": record["killed"]["perpetrators"],
        "wounded": record["wounded"]["total"],
        "wounded_perpetrators": record["wounded"]["perpetrators"],
        "suicide": record["suicide"], "success": record["success"],
        "summary": record["summary"],
        "sources": [s["url"] for s in record["sources"] if s["url"]],
    }  # fmt: skip
    if "review" in record:
        properties["first_reported"] = record["first_reported"]
        properties["review_status"] = record["review"]["status"]
    return {
        "type": "Feature",
        "id": record["id"],
        # GeoJSON (RFC 7946) orders coordinates longitude first.
        "geometry": {"type": "Point", "coordinates": [where["lon"], where["lat"]]},
        "properties": properties,
    }
