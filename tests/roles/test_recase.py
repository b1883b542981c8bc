"""Truecasing of lower-case training text, and how model and rule roles are combined."""

from __future__ import annotations

import pytest

from strife.models import Roles
from strife.roles.combine import combine_roles
from strife.roles.recase import Recaser

CASED_NEWS = [
    "Police in Kisumu said the attack on the market began at noon. Officials in Kisumu "
    "blamed a gang. The Red Cross said a bus was burned near Kisumu.",
    "Witnesses said the bus was parked near the market when the Red Cross arrived.",
]


@pytest.fixture()
def recaser() -> Recaser:
    return Recaser.build(CASED_NEWS, ["San Salvador", "Bus", "Farabundo Marti National "
                                      "Liberation Front", "FMLN"])


def test_recased_text_keeps_offsets_and_restores_case(recaser: Recaser) -> None:
    text = ("guerrillas of the farabundo marti national liberation front (fmln) attacked a bus "
            "in san salvador.  the red cross said kisumu police helped.  i saw it, he said.")
    cased = recaser.recase(text)
    assert len(cased) == len(text) and cased.lower() == text
    assert cased.startswith("Guerrillas of the Farabundo Marti National Liberation Front (FMLN)")
    assert "attacked a bus in San Salvador." in cased  # "bus" is lower case in news
    assert "The Red Cross said Kisumu police helped." in cased
    assert "I saw it" in cased


def test_a_name_cased_once_is_cased_everywhere(recaser: Recaser) -> None:
    text = "the mayor of san salvador spoke.  later the san salvador council met."
    cased = recaser.recase(text)
    assert cased.count("San Salvador") == 2


def test_non_ascii_letters_keep_length(recaser: Recaser) -> None:
    text = "ünal said the attack on i̇zmir failed."
    assert len(recaser.recase(text)) == len(text)


def test_combine_keeps_one_entity_per_head_in_each_sources_order() -> None:
    model = Roles(PerpInd=[["the gunmen"]], Target=[["the checkpoint"]],
                  Victim=[["the officers"]])
    rules = Roles(PerpInd=[["Gunmen", "the attackers"], ["Musa Bello"]],
                  PerpOrg=[["Boko Haram"]],
                  Target=[["two patrol vans"], ["a police checkpoint"]],
                  Victim=[["three officers"], ["a driver"]])
    both = combine_roles(model, rules)
    assert both.PerpInd == [["Gunmen", "the attackers"], ["Musa Bello"]]  # rules first
    assert both.PerpOrg == [["Boko Haram"]]
    assert both.Target == [["the checkpoint"], ["two patrol vans"]]  # model first
    assert both.Victim == [["three officers"], ["a driver"]]
    assert model.Target == [["the checkpoint"]]  # neither source is changed in place
    assert combine_roles(model, Roles(), frozenset()) == model


def test_known_names_come_from_strife_data() -> None:
    from strife.roles.recase import known_names

    names = set(known_names())
    assert {"FMLN", "Kabul", "El Salvador"} <= names  # a group acronym, a city, a country
