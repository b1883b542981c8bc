"""Choose the decoding settings (relevance gate, per-role thresholds and caps) on MUC-4 dev.

The boosters' probabilities are computed once per dev document; the search then only re-runs
the cheap decoding. A coarse shared grid comes first, then a few rounds of per-role
coordinate ascent on CEAF-REE micro F1. Only dev is used here, never test.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from strife.models import ROLE_NAMES
from strife.roles.dataset import DocRows
from strife.roles.decode import DecodeConfig, decode_role
from strife.scoring.ceaf import CeafReport, score_corpus
from strife.scoring.muc4_corpus import MucDocument

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
CAPS = (1, 2, 3, 4, 5, 6)
GATES = (0.2, 0.3, 0.4, 0.5)


@dataclass
class ScoredDoc:
    docid: str
    rows: DocRows
    probs: np.ndarray
    relevance: float


def decode_all(docs: Sequence[ScoredDoc], config: DecodeConfig) -> dict[str, dict]:
    """Canonical strings per role for every document under ``config``."""
    out: dict[str, dict] = {}
    for d in docs:
        roles: dict[str, list[list[str]]] = {role: [] for role in ROLE_NAMES}
        if d.relevance >= config.relevance and len(d.probs):
            mention_probs = d.probs[d.rows.string_ids]
            for r, role in enumerate(ROLE_NAMES):
                chosen = decode_role(role, d.rows.candidates, d.rows.texts, mention_probs[:, r],
                                     config.thresholds[role], config.caps[role])
                roles[role] = [[d.rows.texts[i]] for i in chosen]
        out[d.docid] = roles
    return out


def evaluate(docs: Sequence[ScoredDoc], gold: dict[str, dict], config: DecodeConfig
             ) -> CeafReport:
    return score_corpus(decode_all(docs, config), gold)


def tune(docs: Sequence[ScoredDoc], corpus: Sequence[MucDocument]) -> DecodeConfig:
    gold = {d.docid: d.roles for d in corpus}
    best, best_f1 = DecodeConfig(), -1.0
    for gate, threshold, cap in itertools.product(GATES, THRESHOLDS, (2, 3, 4)):
        config = DecodeConfig(gate, dict.fromkeys(ROLE_NAMES, threshold),
                              dict.fromkeys(ROLE_NAMES, cap))
        f1 = evaluate(docs, gold, config).micro.f1
        if f1 > best_f1:
            best, best_f1 = config, f1
    for _ in range(2):
        for role in ROLE_NAMES:
            for threshold, cap in itertools.product(THRESHOLDS, CAPS):
                trial = DecodeConfig(best.relevance, {**best.thresholds, role: threshold},
                                     {**best.caps, role: cap})
                f1 = evaluate(docs, gold, trial).micro.f1
                if f1 > best_f1:
                    best, best_f1 = trial, f1
        for gate in GATES:
            trial = DecodeConfig(gate, best.thresholds, best.caps)
            f1 = evaluate(docs, gold, trial).micro.f1
            if f1 > best_f1:
                best, best_f1 = trial, f1
    return best
