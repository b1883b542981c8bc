"""The attack-type rule of the GTD codebook, applied in strife.codebook.attack_types."""

from __future__ import annotations

import pytest

from strife.codebook.attack_types import AttackCue, decide_attack_types, implied_attack
from strife.codebook.tables import gtd_tables
from strife.models import ATTACK_TYPES, WEAPON_TYPES


def cue(kind: str, strong: bool = False, at: int = 0) -> AttackCue:
    return AttackCue(kind, at, at + 4, strong)  # type: ignore[arg-type]


def test_types_come_out_in_the_codebook_hierarchy() -> None:
    found = decide_attack_types(
        [cue("Armed Assault", True, 0), cue("Hostage Taking (Kidnapping)", True, 10),
         cue("Bombing/Explosion", True, 20)], None, False)  # fmt: skip
    assert list(found) == ["Hostage Taking (Kidnapping)", "Bombing/Explosion", "Armed Assault"]
    assert found["Bombing/Explosion"] == (20, 24)


def test_a_weak_word_yields_to_a_strong_one_for_low_ranked_types() -> None:
    found = decide_attack_types([cue("Armed Assault"), cue("Bombing/Explosion", True)], None, False)
    assert list(found) == ["Bombing/Explosion"]
    # Alone, the weak word decides.
    assert list(decide_attack_types([cue("Armed Assault")], None, False)) == ["Armed Assault"]


@pytest.mark.parametrize(
    ("weapon", "expected"),
    [("Firearms", "Armed Assault"), ("Melee", "Armed Assault"),
     ("Explosives", "Bombing/Explosion"), ("Chemical", "Unarmed Assault"),
     ("Incendiary", "Facility/Infrastructure Attack"), ("Vehicle", "Unarmed Assault"),
     ("Fake Weapons", "Unknown")],
)  # fmt: skip
def test_the_means_imply_the_kind_of_attack(weapon: str, expected: str) -> None:
    assert implied_attack(weapon) == expected
    found = decide_attack_types([cue("Unknown", True)], cue(implied_attack(weapon), at=30), False)
    assert list(found) == [expected]


def test_a_strong_word_outranks_the_weapon() -> None:
    found = decide_attack_types([cue("Hostage Taking (Kidnapping)", True)],
                                cue("Armed Assault", at=30), False)  # fmt: skip
    assert list(found) == ["Hostage Taking (Kidnapping)"]


def test_shooting_a_prominent_person_is_an_assassination_but_bombing_one_is_not() -> None:
    shot = decide_attack_types([cue("Armed Assault", True, 5)], None, True)
    assert shot == {"Assassination": (5, 9)}
    killed = decide_attack_types([cue("Unknown", True, 5)], None, True)
    assert list(killed) == ["Assassination"]
    bombed = decide_attack_types([cue("Bombing/Explosion", True), cue("Armed Assault", True)],
                                 None, True)  # fmt: skip
    assert list(bombed) == ["Bombing/Explosion", "Armed Assault"]


def test_the_tables_cover_the_vocabularies() -> None:
    tables = gtd_tables()
    assert sorted(tables.attack_order) == sorted(ATTACK_TYPES)
    assert set(tables.weapon_implies_attack) <= set(WEAPON_TYPES)
    assert tables.attack_order[0] == "Assassination" and tables.attack_order[-1] == "Unknown"
