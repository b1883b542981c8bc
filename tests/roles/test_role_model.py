"""The shipped role model: loads, finds MUC-style fillers in any casing, gates irrelevant text."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.errors import ModelError
from strife.roles import RoleModel, lower_text, spans_to_roles

ARTICLE = (
    "San Salvador, 12 Nov 89 -- Urban guerrillas of the Farabundo Marti National Liberation "
    "Front (FMLN) today attacked the headquarters of the National Guard in San Salvador with "
    "a car bomb. The explosion destroyed three vehicles and killed two soldiers. Army "
    "spokesman Colonel Juan Lopez said the terrorists fled toward the Guazapa volcano. The "
    "FMLN claimed responsibility for the attack in a radio broadcast."
)
UNRELATED = (
    "The central bank said today that inflation fell to 3 percent in October, and the finance "
    "minister presented the budget for next year to the legislative assembly, which will "
    "debate it next week. Coffee exports rose by 12 percent."
)


@pytest.fixture(scope="module")
def nlp():
    from strife.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def model(nlp) -> RoleModel:
    return RoleModel.load(nlp=nlp)


def _roles(model: RoleModel, nlp, text: str) -> dict[str, list[list[str]]]:
    return spans_to_roles(model.predict(nlp(text)))


def test_upper_and_lower_case_agree_and_mixed_case_is_served(model: RoleModel, nlp) -> None:
    mixed = model.predict(nlp(ARTICLE))
    upper = model.predict(nlp(ARTICLE.upper()))
    lower = model.predict(nlp(ARTICLE.lower()))
    key = [(s.role, s.start, s.end, s.entity) for s in lower]
    assert key, "the model found no role filler in a plain bombing report"
    # ALL CAPS is read lower-cased; mixed case is read as parsed (no second parse)
    assert key == [(s.role, s.start, s.end, s.entity) for s in upper]
    found = {(s.role, s.text.lower()) for s in mixed}
    assert found & {("PerpOrg", "fmln"), ("PerpOrg", "the fmln"),
                    ("PerpOrg", "the farabundo marti national liberation front")}
    assert found & {("Weapon", "car bomb"), ("Weapon", "a car bomb")}
    # offsets point into each input as given
    assert all(ARTICLE.upper()[s.start : s.end] == s.text for s in upper)
    assert all(ARTICLE[s.start : s.end] == s.text for s in mixed)


def test_finds_muc_style_fillers(model: RoleModel, nlp) -> None:
    roles = _roles(model, nlp, lower_text(ARTICLE))
    found = {m.lower() for entities in roles.values() for e in entities for m in e}
    assert found & {"fmln", "the fmln", "the farabundo marti national liberation front"}
    assert found & {"car bomb", "a car bomb"}
    assert found & {"the headquarters of the national guard", "the headquarters"}
    assert "army spokesman colonel juan lopez" not in found  # he only speaks


def test_relevance_separates_attack_from_economy(model: RoleModel, nlp) -> None:
    attack, economy = model.relevance(nlp(ARTICLE)), model.relevance(nlp(UNRELATED))
    assert attack > economy
    assert model.predict(nlp(UNRELATED)) == []


def test_missing_artefacts_raise_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="make model"):
        RoleModel.load(tmp_path)
