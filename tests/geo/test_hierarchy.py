"""Chains of divisions as a hierarchy, fallback to the lowest known unit, names inside names."""

from __future__ import annotations

import pytest

# Invented village names (no gazetteer has them), in chains of real divisions.
VILLAGES = ("Qorbakhel", "Zandrigar", "Malkotu")


def places(resolver, parse, text):
    return {p.text: p for p in resolver.resolve_doc(parse(text))}


@pytest.mark.parametrize("village", VILLAGES)
@pytest.mark.parametrize(
    ("template", "country", "admin1", "precision"),
    [
        ("Assailants attacked a checkpoint in {v}, Nad Ali district, Helmand province, "
         "Afghanistan.", "AF", "Helmand", "admin2"),
        ("Gunmen abducted {n} women in {v}, Borno, Nigeria.", "NG", "Borno", "admin1"),
        ("Militants ambushed a patrol near {v} in Balochistan province on Monday.", "PK",
         "Balochistan", "admin1"),
        ("{n} soldiers died when a bomb hit their convoy outside {v}, Somalia.", "SO", None,
         "country"),
    ],
)
def test_an_unknown_village_falls_back_to_the_lowest_unit_named(
    resolver, parse, village, template, country, admin1, precision
):
    text = template.format(v=village, n=4)
    place = places(resolver, parse, text)[village]
    assert place.fallback and place.name == village  # the text's own name is kept
    assert place.country_code == country and place.feature == precision
    if admin1:
        assert place.admin1 == admin1
    assert place.lat is not None


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # Towns whose names towns in other countries share: the chain decides.
        ("Boko Haram fighters stormed Bama, Borno, Nigeria, on Sunday.", "Bama", "NG"),
        ("Gunmen killed two farmers near Alexandria, Louisiana.", "Alexandria", "US"),
        ("A bomb exploded in a market in Kaya, Sanmatenga, Burkina Faso.", "Kaya", "BF"),
        ("ALMATY, Kazakhstan — A gunman killed five police officers in the southern Kazakh "
         "city of Taraz on Saturday.", "Taraz", "KZ"),
    ],
)
def test_the_chain_or_the_article_picks_the_country(resolver, parse, text, town, country):
    found = places(resolver, parse, text)
    assert found[town].country_code == country and not found[town].fallback
    assert all(p.country_code == country for p in found.values() if p.resolved)


def test_a_list_of_peers_is_not_a_chain(resolver, parse):
    found = places(resolver, parse, "Refugees fled to Iraq, Syria and Turkey last year.")
    assert {found[n].country_code for n in ("Iraq", "Syria", "Turkey")} == {"IQ", "SY", "TR"}
    assert not any(p.fallback for p in found.values())


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Gunmen attacked the Jaffar Express near Sibi in Balochistan province.", "Jaffar"),
        ("Fighters of the Derna Mujahideen Shura Council clashed with troops in Benghazi.",
         "Derna"),
    ],
)
def test_a_place_that_opens_a_longer_name_is_not_an_event_place(resolver, parse, text, inside):
    found = places(resolver, parse, text)
    assert inside not in found or found[inside].in_name
    assert any(not p.in_name and p.resolved for p in found.values())


def test_a_site_in_a_place_keeps_the_place(resolver, parse):
    found = places(resolver, parse, "A rocket hit Kandahar International Airport on Friday.")
    assert found["Kandahar"].country_code == "AF" and not found["Kandahar"].in_name
