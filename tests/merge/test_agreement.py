"""The per-field agreement functions, names and text similarity, one behaviour each."""

from __future__ import annotations

from datetime import date

import pytest
from merge_records import ATYRAU, JAMBYL, KAZAKHSTAN, TARAZ, incident

from strife.geo.distance import haversine_km
from strife.merge.agreement import (
    attack_agreement,
    casualty_agreement,
    date_agreement,
    place_agreement,
    says_toll_rose,
    target_agreement,
)
from strife.merge.names import perpetrator_agreement, same_actor
from strife.merge.text import overlap_similarity
from strife.models import Count, DateRange, Location


def day_range(start: str, end: str | None = None, precision: str = "day") -> DateRange:
    return DateRange.model_validate({"start": start, "end": end or start, "precision": precision})


def test_haversine_taraz_to_bishkek() -> None:
    # About 262 km along the 43rd parallel.
    assert 255 < haversine_km(42.898, 71.373, 42.87, 74.59) < 270


def test_place_agreement_by_distance_and_precision() -> None:
    suburb = TARAZ.model_copy(update={"geonames_id": None, "lat": 42.93, "lon": 71.40})
    assert place_agreement(TARAZ, suburb) == 1.0
    assert place_agreement(TARAZ, ATYRAU) == 0.0
    assert place_agreement(TARAZ, JAMBYL) == 0.7
    assert place_agreement(TARAZ, KAZAKHSTAN) == 0.5
    other_province = JAMBYL.model_copy(update={"admin1": "Mangystau", "name": "Mangystau"})
    assert place_agreement(TARAZ, other_province) == 0.0
    assert place_agreement(TARAZ, Location()) is None


def test_date_agreement() -> None:
    saturday = day_range("2011-11-12")
    assert date_agreement(saturday, day_range("2011-11-12")) == 1.0
    assert date_agreement(saturday, day_range("2011-11-13")) == 0.4
    assert date_agreement(saturday, day_range("2011-11-19")) == 0.0
    assert date_agreement(saturday, day_range("2011-11-07", "2011-11-13", "approximate")) == 0.8
    assert date_agreement(saturday, DateRange(start=date(2011, 11, 12))) == 1.0
    assert date_agreement(saturday, DateRange()) is None


def test_type_agreement_is_an_overlap_coefficient() -> None:
    assert attack_agreement(["Bombing/Explosion"], ["Armed Assault", "Bombing/Explosion"]) == 1.0
    assert attack_agreement(["Armed Assault"], ["Assassination"]) == 0.5
    assert attack_agreement(["Armed Assault"], ["Hostage Taking (Kidnapping)"]) == 0.0
    assert attack_agreement(["Unknown"], ["Armed Assault"]) is None
    assert attack_agreement(["Armed Assault"], ["Facility/Infrastructure Attack"]) == 0.5
    assert target_agreement(["Police"], ["Military"]) == 0.5
    assert target_agreement(["Police"], ["Religious Figures/Institutions"]) == 0.0


def test_the_catch_all_target_counts_only_alone() -> None:
    ministry = ["Government (General)", "Private Citizens & Property"]
    mosque = ["Religious Figures/Institutions", "Private Citizens & Property"]
    assert target_agreement(ministry, mosque) == 0.0
    assert target_agreement(["Private Citizens & Property"], mosque[1:]) == 1.0


def test_casualty_agreement_tolerates_rising_tolls() -> None:
    seven, nine, forty = Count(total=7), Count(total=9), Count(total=40)
    none = Count()
    assert casualty_agreement(seven, none, seven, none) == 1.0
    assert casualty_agreement(seven, none, nine, none) == pytest.approx(0.8)
    assert casualty_agreement(seven, none, forty, none) == pytest.approx(8 / 41)
    assert casualty_agreement(seven, none, forty, none, rising=True) == 0.8
    # A falling figure is no "rising" story.
    assert casualty_agreement(forty, none, seven, none, rising=True) == pytest.approx(8 / 41)
    assert casualty_agreement(none, none, seven, none) is None


def test_rising_toll_language() -> None:
    assert says_toll_rose("The death toll rose to 19 on Wednesday.")
    assert says_toll_rose("Two of the wounded later died in hospital.")
    assert says_toll_rose("A guard succumbed to his injuries overnight.")
    assert not says_toll_rose("Seven people were killed on Saturday.")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("al-Shabaab", "Al Shabab militants", True),
        ("Kariyev", "Rustam Kariyev", True),
        ("AQAP", "al-Qaeda in the Arabian Peninsula", True),
        ("TTP", "Tehrik-i-Taliban Pakistan", True),
        ("al-Qaeda", "al-Shabaab", False),
        ("Boko Haram", "Islamic State", False),
        ("militants", "gunmen", False),
    ],
)
def test_same_actor(a: str, b: str, same: bool) -> None:
    assert same_actor(a, b) is same


def test_perpetrator_agreement_compares_within_a_kind() -> None:
    group = incident(perpetrators=[{"name": "Jund al-Khilafah", "kind": "group"}])
    other_group = incident(perpetrators=[{"name": "Islamic Movement", "kind": "group"}])
    claimed = incident(perpetrators=[], claimed_by=["Jund al-Khilafah"])
    person = incident()  # Kariyev, an individual
    assert perpetrator_agreement(group, claimed) == 1.0
    assert perpetrator_agreement(group, other_group) == 0.0
    assert perpetrator_agreement(group, person) is None
    assert perpetrator_agreement(incident(perpetrators=[]), person) is None


def test_text_overlap_ranks_a_rewrite_above_another_story() -> None:
    report = "A gunman killed seven people in Taraz, five of them police, then blew himself up."
    rewrite = "Seven people, including five police officers, were killed by a gunman in Taraz."
    other = "A roadside bomb struck an army convoy near Kidal, wounding three peacekeepers."
    same, different = overlap_similarity(report, rewrite), overlap_similarity(report, other)
    assert same is not None and different is not None
    assert same > 0.5 > different
    assert overlap_similarity(report, rewrite) == overlap_similarity(report, rewrite)
    assert overlap_similarity("", rewrite) is None
