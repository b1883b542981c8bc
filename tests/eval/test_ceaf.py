"""CEAF-REE as GRIT scores it: normalisation, strict entity match, Hungarian alignment."""

from __future__ import annotations

import pytest

from strife.scoring.ceaf import (
    aligned_matches,
    normalise_entities,
    normalise_mention,
    score_corpus,
    score_document,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The FMLN", "fmln"),
        ('the "Santo Tomas" presidential farm', "santo tomas presidential farm"),
        ("a car-bomb", "carbomb"),  # ASCII punctuation is removed, not replaced by a space
        ("An  urban   guerrilla", "urban guerrilla"),
        ("theater", "theater"),  # only whole words a/an/the go
        ("the", ""),
    ],
)
def test_normalise_mention_follows_grit(raw: str, expected: str) -> None:
    assert normalise_mention(raw) == expected


def test_predicted_entity_must_be_among_gold_mentions() -> None:
    gold = normalise_entities([["guerrillas", "guerrilla column"]])
    assert aligned_matches(normalise_entities([["the guerrillas"]]), gold) == 1
    assert aligned_matches(normalise_entities([["guerrilla"]]), gold) == 0
    # every predicted string must match, not just one of them
    assert aligned_matches(normalise_entities([["guerrillas", "rebels"]]), gold) == 0


def test_alignment_is_one_to_one() -> None:
    gold = normalise_entities([["bus"], ["car", "bus"]])
    # two predictions, each matching only the entity both could take: best alignment gives 2
    predicted = normalise_entities([["bus"], ["car"]])
    assert aligned_matches(predicted, gold) == 2
    # the same string twice collapses to one predicted entity
    assert aligned_matches(normalise_entities([["bus"], ["the bus"]]), gold) == 1


def test_document_counts_and_micro_average() -> None:
    gold = {
        "d1": {"PerpInd": [["guerrillas"]], "Weapon": [["bomb"], ["dynamite"]]},
        "d2": {},
    }
    predicted = {
        "d1": {"PerpInd": [["guerrillas"]], "Weapon": [["bomb"], ["rifle"]]},
        "d2": {"Target": [["bus"]]},
    }
    counts = score_document(predicted["d1"], gold["d1"])
    assert (counts["Weapon"].matched, counts["Weapon"].predicted, counts["Weapon"].gold) == (
        1, 2, 2)
    report = score_corpus(predicted, gold)
    micro = report.micro
    assert (micro.matched, micro.predicted, micro.gold) == (2, 4, 3)
    assert micro.precision == pytest.approx(0.5)
    assert micro.recall == pytest.approx(2 / 3)
    assert micro.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_missing_prediction_counts_as_nothing_predicted() -> None:
    report = score_corpus({}, {"d1": {"Victim": [["cerezo"]]}})
    assert report.micro.gold == 1 and report.micro.predicted == 0 and report.micro.f1 == 0.0


@pytest.mark.parametrize(
    ("mention", "head"),
    [
        ("the car bomb", "bomb"),
        ("A powerful Car Bomb", "bomb"),
        ("members of the FMLN", "members"),
        ("the mayor of San Salvador, Juan Perez", "mayor"),
        ("two policemen who guarded the bank", "policemen"),
        ("Roberto Garcia Alvarado", "alvarado"),
        ("the", ""),
    ],
)
def test_head_word(mention: str, head: str) -> None:
    from strife.scoring.ceaf import head_word

    assert head_word(mention) == head


def test_head_match_accepts_other_boundaries_but_not_other_heads() -> None:
    gold = {"d": {"Weapon": [["a car bomb"]], "Victim": [["the mayor of the town"]]}}
    loose = {"d": {"Weapon": [["the powerful car bomb"]], "Victim": [["the town"]]}}
    exact = score_corpus(loose, gold)
    head = score_corpus(loose, gold, match="head")
    assert exact.micro.matched == 0
    assert head.roles["Weapon"].matched == 1
    assert head.roles["Victim"].matched == 0  # "town" is not the mayor
