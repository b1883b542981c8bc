"""Distinct attacks in one city on one day stay apart; rewrites naming the target differently
still merge (issue 11, item 3)."""

from __future__ import annotations

import pytest
from merge_records import document, incident, stored

from strife.merge import find_match
from strife.merge.targets import (
    city_parts,
    lowers_toll,
    target_head_agreement,
    target_heads,
    tells_several_attacks,
)
from strife.models import Evidence

DOC = document("a", "2011-11-13")


def _with_target(phrase: str, target_type: str, **fields: object) -> object:
    evidence = [Evidence(field="target_types", start=0, end=len(phrase), text=phrase)]
    return incident(target_types=[target_type], evidence=evidence, perpetrators=[], **fields)


def test_target_words_leave_out_places_numbers_and_people_in_general() -> None:
    record = _with_target("the gate of the ministry of mines in central Kabul", "Police")
    assert target_heads(record) == {"gate", "ministry", "mine"}
    assert target_heads(_with_target("12 people", "Private Citizens & Property")) == set()


def test_one_target_named_in_other_words_agrees() -> None:
    a = _with_target("the gate of the ministry of mines", "Government (General)")
    b = _with_target("the mines ministry entrance", "Government (General)")
    assert target_head_agreement(a, b) == 1.0


def test_a_market_and_a_police_station_on_one_day_stay_apart() -> None:
    police = stored(_with_target("a police station", "Police", id="police"), DOC)
    market = _with_target("a crowded vegetable market", "Private Citizens & Property",
                          id="market", attack_types=["Bombing/Explosion"])
    decision = find_match(market, [police])
    assert decision.incident_id is None
    assert "veto_target" in decision.reasons


def test_a_report_silent_on_the_stored_target_tells_another_attack() -> None:
    police = stored(_with_target("a police station", "Police", id="police"), DOC)
    other = incident(id="other", target_types=["Private Citizens & Property"], perpetrators=[])
    text = "A bomb went off near a hospital in Taraz, killing eight patients."
    assert find_match(other, [police], new_text=text).incident_id is None
    rewrite = "A bomb went off at the police station in Taraz, killing eight officers."
    assert target_head_agreement(other, police, rewrite) == 1.0


@pytest.mark.parametrize(("text", "parts"), [
    ("a grenade hit a shop in the northern part of Kabul", {"north"}),
    ("on the southern outskirts of the city", {"south"}),
    ("in central Kabul", set()),
])
def test_city_parts(text: str, parts: set[str]) -> None:
    assert city_parts(text) == parts


def test_different_parts_of_one_city_stay_apart() -> None:
    north = stored(incident(id="north", summary="A bomb exploded in the northern part of Taraz."),
                   DOC)
    south = incident(id="south", summary="A bomb exploded in the southern part of Taraz.")
    decision = find_match(south, [north])
    assert decision.incident_id is None and "veto_city_part" in decision.reasons


@pytest.mark.parametrize("text", [
    "This was one of two related attacks in Quetta on this date.",
    "It was one of three coordinated bombings in the city that day.",
    "In a separate attack, gunmen shot dead a police officer.",
])
def test_reports_of_one_of_several_attacks(text: str) -> None:
    assert tells_several_attacks(text)


def test_one_of_several_attacks_needs_its_target_or_toll_to_agree() -> None:
    market = stored(_with_target("a market", "Private Citizens & Property", id="market",
                                 killed={"total": 14}), DOC)
    mosque = _with_target("a Shiite mosque", "Religious Figures/Institutions", id="mosque",
                          killed={"total": 7})
    text = "This was one of two related attacks in Taraz on this date."
    decision = find_match(mosque, [market], new_text=text)
    assert decision.incident_id is None
    same = _with_target("the market", "Private Citizens & Property", id="same",
                        killed={"total": 14})
    assert find_match(same, [market], new_text=text).incident_id == "market"


def test_a_toll_lowered_on_purpose_is_recognised() -> None:
    assert lowers_toll("Officials revised the death toll down to six.")
    assert not lowers_toll("The gunman killed two officers who were following him.")


def test_two_named_places_of_one_type_sharing_no_word_stay_apart() -> None:
    church = stored(_with_target("a church", "Religious Figures/Institutions", id="church"), DOC)
    mosque = _with_target("a Shiite mosque", "Religious Figures/Institutions", id="mosque")
    decision = find_match(mosque, [church])
    assert decision.incident_id is None and "veto_target_object" in decision.reasons


def test_security_forces_posts_named_in_other_words_still_merge() -> None:
    post = stored(_with_target("a military post near Taraz", "Military", id="post"), DOC)
    position = _with_target("an army position near the town of Taraz", "Military", id="new")
    assert find_match(position, [post]).incident_id == "post"
