"""Place mentions found in running text and resolved to GeoNames (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from strife.geo import PlaceResolver, ResolvedPlace

TARAZ, ATYRAU = 1516905, 610529
KAZAKHSTAN = 1522867


def places(resolver: PlaceResolver, parse: Callable[[str], Doc], text: str,
           **kwargs: object) -> dict[str, ResolvedPlace]:
    return {p.text: p for p in resolver.resolve_doc(parse(text), **kwargs)}


def test_city_after_a_possessive_country(resolver, parse):
    found = places(resolver, parse,
                   "Police said the attack happened in Kazakhstan's southern city of Taraz.")
    assert found["Taraz"].geonames_id == TARAZ
    assert found["Taraz"].feature == "city"
    assert found["Taraz"].country == "Kazakhstan"
    assert found["Kazakhstan"].geonames_id == KAZAKHSTAN
    assert found["Kazakhstan"].feature == "country"


def test_town_after_adjectives(resolver, parse):
    found = places(resolver, parse, "Gunmen stormed a bank in the western oil town of Atyrau.")
    assert found["Atyrau"].geonames_id == ATYRAU
    assert abs(found["Atyrau"].lat - 47.1) < 0.1


def test_historical_name_resolves_to_the_current_city(resolver, parse):
    found = places(resolver, parse, "Older residents of Dzhambul still use the Soviet name.")
    assert found["Dzhambul"].geonames_id == TARAZ
    assert found["Dzhambul"].name == "Taraz"


def test_offsets_point_into_the_text(resolver, parse):
    text = "Two guards were hurt in Atyrau and one in Taraz on Monday."
    for place in resolver.resolve_doc(parse(text)):
        assert text[place.start : place.end] == place.text


def test_demonyms_only_on_request(resolver, parse):
    text = "Kazakh police detained two men after the raid."
    assert "Kazakh" not in places(resolver, parse, text)
    found = places(resolver, parse, text, demonyms=True)
    assert found["Kazakh"].country_code == "KZ"
    assert found["Kazakh"].feature == "country"


def test_state_abbreviation_keeps_alexandria_in_louisiana(resolver, parse):
    found = places(resolver, parse, "A fire damaged a church in Alexandria, La., on Sunday.")
    assert found["Alexandria"].geonames_id == 4314550
    assert found["Alexandria"].admin1 == "Louisiana"
    assert found["La."].feature == "admin1"
    assert found["La."].name == "Louisiana"


def test_country_after_comma_keeps_alexandria_in_egypt(resolver, parse):
    found = places(resolver, parse, "Protesters marched through Alexandria, Egypt, on Friday.")
    assert found["Alexandria"].country_code == "EG"
    assert found["Alexandria"].feature == "city"


def test_district_inside_the_named_province(resolver, parse):
    found = places(resolver, parse,
                   "Militants attacked a checkpoint in Nad Ali district, Helmand province.")
    helmand = next(p for p in found.values() if p.text.startswith("Helmand"))
    assert helmand.geonames_id == 1140043
    assert helmand.feature == "admin1"
    assert found["Nad Ali"].country_code == "AF"
    assert found["Nad Ali"].admin1 == "Helmand"


def test_document_context_picks_the_country_or_the_state(resolver, parse):
    caucasus = places(resolver, parse,
                      "Troops in Georgia exchanged fire near Tbilisi and Gori overnight.")
    assert caucasus["Georgia"].geonames_id == 614540
    south = places(resolver, parse,
                   "Storms flooded roads in Atlanta, Macon and Savannah across Georgia.")
    assert south["Georgia"].geonames_id == 4197000
    assert south["Georgia"].feature == "admin1"


def test_nearby_mentions_pick_the_small_town(resolver, parse):
    text = "Deputies searched farms between Paris and Henry County after the shooting."
    found = places(resolver, parse, text)
    assert found["Paris"].admin1 == "Tennessee"


def test_dateline_is_context_not_a_place(resolver, parse):
    doc = parse("Gunmen fired on a police convoy near Gori late on Tuesday.")
    found = {p.text: p for p in resolver.resolve_doc(doc, dateline="TBILISI, Georgia")}
    assert found["Gori"].country_code == "GE"
    assert "TBILISI" not in found


def test_lower_case_text_without_common_word_places(resolver, parse):
    text = "the bomb exploded in san salvador, the army said. police may give details in march."
    found = places(resolver, parse, text)
    assert found["san salvador"].country_code == "SV"
    assert found["san salvador"].feature == "city"  # the city, not the department
    assert not {"police", "may", "march", "said"} & set(found)


def test_all_caps_text(resolver, parse):
    found = places(resolver, parse,
                   "A CAR BOMB EXPLODED IN SAN SALVADOR, EL SALVADOR, POLICE SAID TODAY.")
    assert found["SAN SALVADOR"].country_code == "SV"
    assert found["EL SALVADOR"].feature == "country"
    assert "POLICE" not in found


def test_sentence_initial_common_word_is_not_a_place(resolver, parse):
    found = places(resolver, parse, "Police said Reading was closed. March came early.")
    assert "Police" not in found and "March" not in found


def test_street_named_after_a_place_is_not_the_place(resolver, parse):
    found = places(resolver, parse,
                   "He lived at 12 Orchard Street and worked in Richmond, Virginia.")
    assert "Orchard" not in found
    assert found["Richmond"].admin1 == "Virginia"


def test_surname_is_not_a_place(resolver, parse):
    text = "Judge Haywood Turner lost the race. Turner said he would not appeal."
    assert "Turner" not in places(resolver, parse, text)


def test_small_town_abroad_is_not_guessed(resolver, parse):
    text = "Soldiers patrolled San Salvador, Soyapango and Montebello after rebels hit Usulutan."
    found = places(resolver, parse, text)
    assert found["Soyapango"].country_code == "SV"
    # Montebello, California fits nothing else in the story: name kept, no coordinates.
    assert found["Montebello"].geonames_id is None
    assert found["Montebello"].lat is None
    assert found["Montebello"].name == "Montebello"


def test_region_without_an_entry_stays_unresolved(resolver, parse):
    found = places(resolver, parse, "Tensions rose across the Middle East this week.")
    assert all(p.geonames_id is None for p in found.values())


def test_country_context_counts_mentions(resolver, parse):
    doc = parse("Kazakh police said the attackers came from Taraz and fled to Atyrau.")
    context = resolver.country_context(doc)
    assert context.most_common(1)[0][0] == "KZ"
    assert context["KZ"] >= 3


@pytest.mark.parametrize(
    ("sentence", "adjective", "country"),
    [
        ("A car bomb hit a hotel in the Somali capital on Saturday.", "Somali", "SO"),
        ("Gunmen raided a police post in a Somali town overnight.", "Somali", "SO"),
        ("Two soldiers died in an ambush outside a Kurdish city on Monday.", "Kurdish", None),
        ("A grenade was thrown at a bar in the Kenyan capital.", "Kenyan", "KE"),
    ],
)
def test_an_adjective_before_a_town_word_is_its_country(resolver, parse, sentence, adjective,
                                                         country):
    """"the Somali capital" is Somalia's, never Ethiopia's Somali Region, which shares the word;
    a division word keeps the region's reading open ("the Somali region of Ethiopia")."""
    found = places(resolver, parse, sentence, demonyms=True)
    if country is None:
        assert adjective not in found or found[adjective].country_code != "ET"
        return
    assert found[adjective].country_code == country
    assert found[adjective].feature == "country"


def test_a_region_word_after_the_adjective_keeps_the_region(resolver, parse):
    found = places(resolver, parse, "Gunmen attacked a post in the Somali region of Ethiopia.")
    assert found["Somali"].country_code == "ET"
