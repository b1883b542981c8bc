"""find_match on hand-built incidents: what merges, what stays apart, and why."""

from __future__ import annotations

from merge_records import ATYRAU, BISHKEK, JAMBYL, document, incident, stored

from strife.merge import THRESHOLD, MatchDecision, find_match, score_pair

DOC = document("a", "2011-11-13")


def test_a_rewrite_of_the_same_attack_matches() -> None:
    old = stored(incident(id="taraz"), DOC)
    rewrite = incident(
        id="new",
        attack_types=["Armed Assault"],
        perpetrators=[{"name": "Rustam Kariyev", "kind": "individual"}],
        summary="An armed man shot dead seven people in Taraz before a bomb killed him.",
    )
    decision = find_match(rewrite, [old])
    assert decision.incident_id == "taraz"
    assert decision.score >= THRESHOLD
    assert decision.reasons["place"] == 1.0 and decision.reasons["perpetrator"] == 1.0


def test_a_rising_toll_still_matches() -> None:
    old = stored(incident(id="taraz", killed={"total": 3}), DOC)
    update = incident(id="new", killed={"total": 12})
    text = "The death toll rose to 12 on Monday after nine of the wounded died."
    with_story = find_match(update, [old], new_text=text)
    assert with_story.incident_id == "taraz"
    without_story = score_pair(update, old)[1]["casualties"]
    assert with_story.reasons["casualties"] > without_story


def test_two_attacks_in_one_city_on_one_day_stay_two() -> None:
    shooting = stored(incident(id="shooting"), DOC)
    market_bomb = incident(
        id="bomb",
        attack_types=["Bombing/Explosion"],
        target_types=["Business"],
        weapon_types=["Explosives"],
        perpetrators=[],
        killed={"total": 25},
        summary="A bomb hidden in a cart exploded at the central bazaar, killing 25 shoppers.",
    )
    decision = find_match(market_bomb, [shooting])
    assert decision.incident_id is None
    assert decision.reasons["place"] == 1.0 and decision.reasons["date"] == 1.0
    assert decision.reasons["penalty"] > 0


def test_same_group_in_another_city_on_the_same_day_is_another_incident() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    atyrau = incident(id="new", location=ATYRAU.model_dump())
    decision = find_match(atyrau, [taraz])
    assert decision.incident_id is None
    assert decision.reasons == {"veto_place": 1.0}


def test_a_place_outside_the_other_province_is_another_incident() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    other_province = JAMBYL.model_copy(update={"name": "Mangystau", "admin1": "Mangystau"})
    decision = find_match(incident(id="new", location=other_province.model_dump()), [taraz])
    assert decision.reasons == {"veto_place": 1.0}


def test_the_same_city_a_week_later_is_another_incident() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    week_later = {"start": "2011-11-19", "end": "2011-11-19", "precision": "day"}
    later = incident(id="new", date=week_later)
    assert find_match(later, [taraz]) == MatchDecision(None, 0.0, {"veto_date": 1.0})


def test_a_place_in_another_country_never_matches() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    decision = find_match(incident(id="new", location=BISHKEK.model_dump()), [taraz])
    assert decision.incident_id is None and "veto_country" in decision.reasons


def test_a_coarser_place_that_contains_the_city_still_matches() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    decision = find_match(incident(id="new", location=JAMBYL.model_dump()), [taraz])
    assert decision.incident_id == "taraz"
    assert 0 < decision.reasons["place"] < 1


def test_silence_is_neither_agreement_nor_contradiction() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    sparse = incident(id="new", perpetrators=[], killed={}, target_types=[])
    score, reasons = score_pair(sparse, taraz)
    assert "perpetrator" not in reasons and "casualties" not in reasons
    assert reasons["penalty"] == 0
    assert find_match(sparse, [taraz]).incident_id == "taraz"
    full_score, _ = score_pair(incident(id="new"), taraz)
    assert score < full_score


def test_the_best_of_several_candidates_wins() -> None:
    atyrau = stored(incident(id="atyrau", location=ATYRAU.model_dump()), DOC)
    other = stored(
        incident(id="other", attack_types=["Hostage Taking (Kidnapping)"], perpetrators=[]), DOC
    )
    taraz = stored(incident(id="taraz"), DOC)
    assert find_match(incident(id="new"), [atyrau, other, taraz]).incident_id == "taraz"


def test_no_candidates_means_a_new_incident() -> None:
    assert find_match(incident(id="new"), []) == MatchDecision(None, 0.0, {})


def test_the_document_text_stands_in_when_the_record_has_no_words() -> None:
    taraz = stored(incident(id="taraz"), DOC)
    wordless = incident(id="new", summary="")
    assert "text" not in score_pair(wordless, taraz)[1]
    text = "A gunman killed seven people in Taraz, most of them police officers."
    assert score_pair(wordless, taraz, text)[1]["text"] > 0.5
