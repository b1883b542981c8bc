"""IncidentFilter and ordering, evaluated in SQL on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from store_records import document, incident, result

from strife.errors import UsageError
from strife.store import IncidentFilter, Store


@pytest.fixture
def filled(store: Store) -> Store:
    incidents = [
        incident(
            "taraz",
            start="2011-11-12",
            killed={"total": 8},
            perpetrators=[{"name": "Kariyev", "kind": "individual"}],
            target_types=["Police"],
            summary="Gunman kills police officers in Taraz.",
        ),
        incident(
            "atyrau",
            start="2011-10-21",
            end="2011-10-31",
            place="Atyrau",
            city="Atyrau",
            lat=47.1,
            lon=51.9,
            attack_types=["Bombing/Explosion"],
            killed={"total": 1},
            claimed_by=["Jund al-Khilafah"],
            summary="Blast near offices.",
        ),
        incident(
            "bishkek",
            start="2011-11-01",
            country_code="KG",
            country="Kyrgyzstan",
            place="Bishkek",
            city="Bishkek",
            lat=42.87,
            lon=74.59,
            killed={"total": 0},
            attack_types=["Hostage Taking (Kidnapping)"],
            perpetrators=[{"name": "Islamic Movement of Uzbekistan", "kind": "group"}],
        ),
        incident(
            "fiji",
            start=None,
            country_code="FJ",
            country="Fiji",
            lat=-17.8,
            lon=179.9,
            summary="An attack of 100% unknown date.",
        ),
        incident(
            "nowhere",
            start="2011-11-20",
            country_code=None,
            country=None,
            lat=None,
            lon=None,
            attack_types=[],
        ),
    ]
    for n, inc in enumerate(incidents):
        store.add_result(result(document(str(n)), inc))
    return store


def ids(store: Store, **conditions: object) -> set[str]:
    wanted = IncidentFilter(**conditions)  # type: ignore[arg-type]
    found = {i.id.removeprefix("inc-") for i in store.iter_incidents(wanted)}
    assert store.count_incidents(wanted) == len(found)
    return found


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({}, {"taraz", "atyrau", "bishkek", "fiji", "nowhere"}),
        # A date range counts when it overlaps the asked-for days.
        ({"date_from": date(2011, 10, 30), "date_to": date(2011, 11, 1)}, {"atyrau", "bishkek"}),
        ({"date_from": date(2011, 11, 13)}, {"nowhere"}),
        ({"country": "kz"}, {"taraz", "atyrau"}),
        ({"country": "Kyrgyzstan"}, {"bishkek"}),
        ({"attack_type": "bombing/explosion"}, {"atyrau"}),
        ({"target_type": "Police"}, {"taraz"}),
        ({"group": "khilafah"}, {"atyrau"}),
        ({"group": "islamic movement"}, {"bishkek"}),
        ({"group": "%"}, set()),
        ({"q": "POLICE officers"}, {"taraz"}),
        ({"q": "100%"}, {"fiji"}),
        ({"min_killed": 1}, {"taraz", "atyrau"}),
        ({"bbox": (70.0, 40.0, 75.0, 45.0)}, {"taraz", "bishkek"}),
        ({"bbox": (179.0, -20.0, -179.0, -15.0)}, {"fiji"}),
        ({"country": "KZ", "min_killed": 2, "date_to": date(2011, 12, 31)}, {"taraz"}),
    ],
)
def test_filters(filled: Store, conditions: dict[str, object], expected: set[str]) -> None:
    assert ids(filled, **conditions) == expected


def test_newest_first_puts_undated_incidents_last(filled: Store) -> None:
    order = [i.id.removeprefix("inc-") for i in filled.iter_incidents(order="-date")]
    assert order == ["nowhere", "taraz", "bishkek", "atyrau", "fiji"]


def test_limit_and_offset_page_through_the_order(filled: Store) -> None:
    page = filled.iter_incidents(order="killed", limit=2, offset=1)
    assert [i.id for i in page] == ["inc-atyrau", "inc-taraz"]


def test_an_unknown_order_is_a_usage_error(filled: Store) -> None:
    with pytest.raises(UsageError, match="unknown order"):
        list(filled.iter_incidents(order="colour"))
