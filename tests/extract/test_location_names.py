"""``location.name`` is the place as the text writes it (schema), and the city keeps the text's
spelling where the gazetteer transliterates ("Kandahār", "Dar‘a"); text set in one case gets the
gazetteer's spelling, marks folded, and a lower-case designator after the name is dropped."""

from __future__ import annotations

import pytest

STYLES = [
    "Assailants attacked a police checkpoint in {place}, {province}, {country}. Three officers "
    "were killed. No group claimed responsibility.",
    "On 4 March 2019, gunmen killed three police officers at a checkpoint in {place}.",
    "{PLACE}, {country} — Gunmen killed three police officers at a checkpoint in {place} on "
    "Monday, officials said.",
]
PLACES = [
    ("Daraa", "Daraa", "Syria", "SY"),
    ("Kandahar", "Kandahar", "Afghanistan", "AF"),
    ("Khost", "Khost", "Afghanistan", "AF"),
]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("place", "province", "country", "code"), PLACES)
def test_the_city_is_spelled_as_the_text_spells_it(run, style, place, province, country, code):
    text = style.format(place=place, PLACE=place.upper(), province=province, country=country)
    [incident] = run(text, published="2019-03-05").incidents
    assert incident.location.country_code == code
    assert incident.location.city == place
    assert incident.location.name == place


def test_a_lower_case_designator_is_not_part_of_the_name(run):
    [incident] = run("Assailants shot dead a tribal elder in Khost city, Khost province, "
                     "Afghanistan.", published="2019-03-05").incidents
    assert (incident.location.name, incident.location.city) == ("Khost", "Khost")


def test_a_capitalised_designator_is_part_of_the_name(run):
    [incident] = run("A bomb exploded in a market in Quezon City on Monday, killing two "
                     "vendors.", published="2019-03-05").incidents
    assert incident.location.city == "Quezon City"


def test_one_case_text_gets_the_gazetteer_spelling_without_marks(run):
    [incident] = run("GUNMEN KILLED TWO POLICE OFFICERS IN KANDAHAR ON MONDAY.",
                     published="2019-03-05").incidents
    assert incident.location.city == "Kandahar"
