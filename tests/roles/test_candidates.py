"""Case folding that keeps offsets, candidate spans on real parses, and decoding rules."""

from __future__ import annotations

import numpy as np
import pytest

from strife.roles.candidates import Candidate, candidate_spans
from strife.roles.decode import DecodeConfig, decode_role, role_spans, spans_to_roles
from strife.roles.features import load_triggers, mention_text
from strife.roles.text import is_lower, lower_text
from strife.roles.tokens import token_table


@pytest.fixture(scope="module")
def nlp():
    from strife.nlp import load_nlp

    return load_nlp()


def test_lower_text_keeps_length_and_offsets() -> None:
    text = "İstanbul: GUNMEN killed Öcalan's aide"
    low = lower_text(text)
    assert len(low) == len(text)
    assert low[10:16] == "gunmen"
    assert low.startswith("İ")  # its lower case is two code points, so it is left alone
    assert is_lower(low) and not is_lower(text)


def test_candidates_cover_muc_style_fillers(nlp) -> None:
    text = ("urban guerrillas of the farabundo marti national liberation front attacked the "
            "headquarters of the national guard with a powerful car bomb in san salvador .")
    doc = nlp(text)
    tt = token_table(doc, load_triggers("attack\nbomb"))
    texts = {mention_text(tt, c) for c in candidate_spans(tt)}
    for filler in ("urban guerrillas", "guerrillas", "farabundo marti national liberation front",
                   "headquarters of national guard", "car bomb", "powerful car bomb"):
        assert filler in texts
    assert "attacked" not in texts and "with" not in texts


def test_decode_suppresses_nested_strings_and_caps() -> None:
    cands = [Candidate(0, 3, 2, 0, 3), Candidate(2, 3, 2, 0, 3), Candidate(5, 6, 5, 5, 6),
             Candidate(8, 9, 8, 8, 9)]
    texts = ["powerful car bomb", "bomb", "dynamite", "grenade"]
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    assert decode_role("Weapon", cands, texts, scores, 0.5, cap=2) == [0, 2]
    assert decode_role("Weapon", cands, texts, scores, 0.75, cap=5) == [0]


def test_role_spans_group_occurrences_into_one_entity(nlp) -> None:
    doc = nlp("guerrillas attacked the farm . the guerrillas fled .")
    cands = [Candidate(0, 1, 0, 0, 1), Candidate(3, 4, 3, 2, 4), Candidate(6, 7, 6, 5, 7)]
    texts = ["guerrillas", "farm", "guerrillas"]
    scores = np.zeros((3, 5))
    scores[[0, 2], 0] = 0.9  # PerpInd
    scores[1, 2] = 0.8  # Target
    config = DecodeConfig(thresholds={r: 0.5 for r in ("PerpInd", "PerpOrg", "Target",
                                                          "Victim", "Weapon")})
    spans = role_spans(doc, cands, texts, scores, config)
    perp = [s for s in spans if s.role == "PerpInd"]
    assert [(s.start, s.text) for s in perp] == [(0, "guerrillas"), (35, "guerrillas")]
    assert len({s.entity for s in perp}) == 1
    roles = spans_to_roles(spans)
    assert roles["PerpInd"] == [["guerrillas"]] and roles["Target"] == [["farm"]]


def test_no_candidate_runs_across_a_line_break() -> None:
    from strife.nlp import load_nlp
    from strife.roles.candidates import candidate_spans
    from strife.roles.tokens import token_table

    doc = load_nlp()("Gunmen storm police post in northern Nigeria\n\nGunmen attacked a police "
                     "checkpoint outside Maiduguri on Sunday.")
    tt = token_table(doc, frozenset({"attack"}))
    spans = [doc.text[tt.idx[c.start] : tt.ends[c.end - 1]] for c in candidate_spans(tt)]
    assert "a police checkpoint" in spans
    assert not [s for s in spans if "\n" in s]
