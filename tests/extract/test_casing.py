"""The same article in mixed case, ALL CAPS and lower case gives the same incidents."""

from __future__ import annotations

import pytest

from strife.ingest.documents import document_from_plain_text
from strife.nlp.casing import case_mode, parse_form

ARTICLES = [
    "Gunmen Storm Checkpoint In Baghdad\n\nMarch 9, 2022\n\n"
    "BAGHDAD, Iraq — Gunmen attacked a police checkpoint in Baghdad on Tuesday, killing three "
    "policemen and wounding two others, officials said. The Islamic State group claimed "
    "responsibility for the attack.",
    "Bomb Kills Five At Kabul Market\n\nJune 3, 2021\n\n"
    "ISLAMABAD, Pakistan — A bomb hidden in a cart exploded at a crowded market in Kabul on "
    "Wednesday, killing five people and wounding 14, police said. No group claimed the blast.",
    "Hostages Taken In Bamako Hotel\n\nJanuary 21, 2019\n\n"
    "DAKAR, Senegal — Armed men stormed a hotel in Bamako on Sunday and held guests hostage "
    "for several hours before troops ended the siege. Two guards were killed.",
]


def incident_keys(result):
    return [
        (
            i.date.start, i.location.geonames_id, i.location.country_code, tuple(i.attack_types),
            i.killed.total, i.killed.perpetrators, i.wounded.total, i.suicide,
            tuple(sorted(p.name.lower() for p in i.perpetrators)),
        )
        for i in result.incidents
    ]


@pytest.mark.parametrize("text", ARTICLES)
def test_three_casings_same_incidents(extractor, text):
    keys = []
    for variant in (text, text.upper(), text.lower()):
        doc = document_from_plain_text(variant)
        keys.append(incident_keys(extractor.extract(doc)))
    assert keys[0], "the mixed-case article must give an incident"
    assert keys[0] == keys[1] == keys[2]


def test_parse_form_keeps_length_and_offsets():
    text = "GUNMEN KILLED TWO POLICEMEN IN KABUL ON MONDAY. İSTANBUL WAS QUIET."
    lowered = parse_form(text)
    assert len(lowered) == len(text)
    assert lowered.startswith("gunmen killed two policemen in kabul on monday.")
    assert case_mode(text) == "upper" and case_mode(text.lower()) == "lower"
    assert parse_form("Mixed Case stays.") == "Mixed Case stays."
    assert parse_form("lower case stays.") == "lower case stays."
