"""GTD, ACLED and GeoJSON rows follow their codebooks' conventions."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from strife.errors import UsageError
from strife.export import write_results
from strife.export.rows import (
    ACLED_COLUMNS,
    GTD_COLUMNS,
    acled_row,
    geojson_feature,
    gtd_date,
    gtd_row,
)
from strife.models import Incident, Result, Source


def make(**fields: Any) -> Incident:
    return Incident.model_validate({"id": "i1", **fields})


SOURCES = [
    Source(document_id="d1", url="https://a.example/1", source="a.example"),
    Source(document_id="d2", url="https://b.example/2", source="b.example"),
]


def test_gtd_columns_are_the_schema_md_list() -> None:
    assert GTD_COLUMNS[:10] == (
        "eventid",
        "iyear",
        "imonth",
        "iday",
        "approxdate",
        "country_txt",
        "provstate",
        "city",
        "latitude",
        "longitude",
    )
    assert "weaptype4_txt" in GTD_COLUMNS
    assert GTD_COLUMNS[-9:] == (
        "gname",
        "claimed",
        "nkill",
        "nkillter",
        "nwound",
        "nwoundte",
        "suicide",
        "summary",
        "scite1",
    )
    assert ACLED_COLUMNS == (
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "fatalities",
        "notes",
        "source",
    )


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ({"start": "2011-11-12", "end": "2011-11-12", "precision": "day"}, (2011, 11, 12, "")),
        # GTD: an unknown day is 0, and approxdate says what is known.
        (
            {"start": "2011-10-01", "end": "2011-10-31", "precision": "month"},
            (2011, 10, 0, "2011-10"),
        ),
        ({"start": "2011-01-01", "end": "2011-12-31", "precision": "year"}, (2011, 0, 0, "2011")),
        (
            {"start": "2011-10-21", "end": "2011-10-31", "precision": "approximate"},
            (2011, 10, 0, "2011-10-21 to 2011-10-31"),
        ),
        (
            {"start": "2011-10-28", "end": "2011-11-03", "precision": "approximate"},
            (2011, 0, 0, "2011-10-28 to 2011-11-03"),
        ),
        ({"precision": "unknown"}, (None, None, None, "")),
    ],
)
def test_gtd_dates(when: dict[str, str], expected: tuple[Any, ...]) -> None:
    assert gtd_date(make(date=when)) == expected


def test_gtd_row_values() -> None:
    row = gtd_row(
        make(
            location={
                "city": "Taraz",
                "admin1": "Zhambyl",
                "country": "Kazakhstan",
                "lat": 42.9,
                "lon": 71.37,
            },
            attack_types=["Armed Assault", "Bombing/Explosion"],
            weapon_types=["Firearms", "Explosives", "Incendiary", "Melee"],
            perpetrators=[
                {"name": "Kariyev", "kind": "individual"},
                {"name": "Jund al-Khilafah", "kind": "group", "claimed": True},
            ],
            killed={"total": 8, "perpetrators": 1},
            suicide=True,
            summary="S.",
        ),
        SOURCES,
    )
    assert (row["attacktype2_txt"], row["attacktype3_txt"]) == ("Bombing/Explosion", None)
    assert row["weaptype4_txt"] == "Melee"
    assert (row["gname"], row["claimed"], row["suicide"]) == ("Jund al-Khilafah", 1, 1)
    assert (row["nkill"], row["nkillter"], row["nwound"]) == (8, 1, None)
    assert row["scite1"] == "https://a.example/1"
    assert (row["city"], row["provstate"]) == ("Taraz", "Zhambyl")


def test_gtd_group_is_unknown_without_a_named_group() -> None:
    lone = make(perpetrators=[{"name": "Kariyev", "kind": "individual"}])
    assert gtd_row(lone, [])["gname"] == "Unknown"
    assert gtd_row(lone, [])["claimed"] == 0
    assert gtd_row(make(claimed_by=["Group X"]), [])["gname"] == "Group X"


@pytest.mark.parametrize(
    ("fields", "event_type", "sub_event_type"),
    [
        (
            {"attack_types": ["Bombing/Explosion"], "suicide": True},
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            {"attack_types": ["Bombing/Explosion"]},
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ({"attack_types": ["Armed Assault"], "target_types": ["Police"]}, "Battles", "Armed clash"),
        (
            {"attack_types": ["Armed Assault"], "target_types": ["Private Citizens & Property"]},
            "Violence against civilians",
            "Attack",
        ),
        (
            {"attack_types": ["Hostage Taking (Kidnapping)"]},
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (
            {"attack_types": ["Facility/Infrastructure Attack"]},
            "Strategic developments",
            "Looting/property destruction",
        ),
        ({"attack_types": ["Unknown"], "target_types": ["Military"]}, "Battles", "Armed clash"),
        ({}, "Violence against civilians", "Attack"),
    ],
)
def test_acled_event_types(fields: dict[str, Any], event_type: str, sub_event_type: str) -> None:
    row = acled_row(make(**fields), SOURCES)
    assert (row["event_type"], row["sub_event_type"]) == (event_type, sub_event_type)


def test_acled_row_values() -> None:
    row = acled_row(
        make(
            date={"start": "2011-11-12", "end": "2011-11-12", "precision": "day"},
            location={"name": "Taraz", "country": "Kazakhstan"},
            summary="S.",
        ),
        SOURCES,
    )
    assert row["event_date"] == "2011-11-12"
    assert row["actor1"] == "Unidentified Armed Group (Kazakhstan)"
    assert row["fatalities"] == 0  # ACLED: no reported death is 0, not blank
    assert row["location"] == "Taraz"
    assert row["source"] == "a.example; b.example"


def test_geojson_leaves_out_incidents_without_coordinates() -> None:
    assert geojson_feature(make(location={"lat": 42.9}), SOURCES) is None
    feature = geojson_feature(make(location={"lat": 42.9, "lon": 71.37}), SOURCES)
    assert feature is not None
    assert feature["geometry"] == {"type": "Point", "coordinates": [71.37, 42.9]}
    assert feature["properties"]["sources"] == ["https://a.example/1", "https://b.example/2"]


def extraction_results() -> list[Result]:
    return [
        Result.model_validate(
            {
                "document": {"id": "d1", "text": "t", "url": "https://a.example/1"},
                "incidents": [
                    {"id": "a", "location": {"lat": 1.0, "lon": 2.0}, "killed": {"total": 3}},
                    {"id": "b"},
                ],
            }
        ),
        Result.model_validate({"document": {"id": "d2", "text": "t"}, "incidents": []}),
    ]


def test_extraction_results_as_gtd_csv() -> None:
    out = io.StringIO()
    assert write_results(extraction_results(), "gtd-csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["eventid"], r["nkill"], r["scite1"]) for r in rows] == [
        ("a", "3", "https://a.example/1"),
        ("b", "", "https://a.example/1"),
    ]


def test_extraction_results_as_geojson_and_acled() -> None:
    out = io.StringIO()
    write_results(extraction_results(), "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == ["a"]
    out = io.StringIO()
    write_results(extraction_results(), "acled-csv", out)
    assert [r["fatalities"] for r in csv.DictReader(io.StringIO(out.getvalue()))] == ["3", "0"]


def test_an_unknown_table_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown format"):
        write_results(extraction_results(), "xlsx", io.StringIO())


def test_the_incidents_own_acled_coding_wins_over_its_gtd_types() -> None:
    # An air strike is a GTD Bombing/Explosion; alone, that type would say "IED".
    strike = make(attack_types=["Bombing/Explosion"],
                  acled={"event_type": "Explosions/Remote violence",
                         "sub_event_type": "Air/drone strike"})
    row = acled_row(strike, SOURCES)
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence",
                                                          "Air/drone strike")
