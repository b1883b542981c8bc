"""GTT-style template scoring: incident types and role fillers within aligned templates.

This is strife's implementation of the scoring idea of GTT (Du, Rush, Cardie, NAACL 2021):
per document, predicted templates are aligned one-to-one with gold templates so that the
number of matched items (incident type + role-filler entities, GRIT's entity match) is
largest; an unaligned template's items all count as spurious (predicted) or missing (gold).
Identical gold templates are scored once (the MUC-4 test key repeats some). A gold type with
alternatives ("attack / bombing") accepts either. It is not GTT's script, so figures are
labelled "strife template scorer" and are not comparable digit for digit with published GTT.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from strife.models import ROLE_NAMES
from strife.scoring.ceaf import RoleCounts, aligned_matches, normalise_entities
from strife.scoring.muc4_corpus import MucTemplate


def _type_match(predicted: str, gold: str) -> bool:
    return predicted.strip() in {t.strip() for t in gold.split("/")}


def _pair_score(p: MucTemplate, g: MucTemplate) -> tuple[int, dict[str, int]]:
    per_role = {
        role: aligned_matches(normalise_entities(p.roles.get(role, [])),
                              normalise_entities(g.roles.get(role, [])))
        for role in ROLE_NAMES
    }
    return int(_type_match(p.incident_type, g.incident_type)), per_role


def _dedupe(templates: Sequence[MucTemplate]) -> list[MucTemplate]:
    seen: list[tuple] = []
    out = []
    for t in templates:
        key = (t.incident_type, tuple(tuple(map(tuple, t.roles.get(r, []))) for r in ROLE_NAMES))
        if key not in seen:
            seen.append(key)
            out.append(t)
    return out


def score_document(predicted: Sequence[MucTemplate], gold: Sequence[MucTemplate]
                   ) -> dict[str, RoleCounts]:
    """Counts for ``incident_type`` and each role after the best template alignment."""
    gold = _dedupe(gold)
    counts = {name: RoleCounts() for name in ("incident_type", *ROLE_NAMES)}
    for t in predicted:
        counts["incident_type"].predicted += 1
        for role in ROLE_NAMES:
            counts[role].predicted += len(normalise_entities(t.roles.get(role, [])))
    for t in gold:
        counts["incident_type"].gold += 1
        for role in ROLE_NAMES:
            counts[role].gold += len(normalise_entities(t.roles.get(role, [])))
    if not predicted or not gold:
        return counts
    pairs = [[_pair_score(p, g) for p in predicted] for g in gold]
    total = np.array([[t + sum(r.values()) for t, r in row] for row in pairs], dtype=float)
    for i, j in zip(*linear_sum_assignment(-total), strict=True):
        type_hit, per_role = pairs[i][j]
        counts["incident_type"].matched += type_hit
        for role, n in per_role.items():
            counts[role].matched += n
    return counts


def score_corpus(predicted: Mapping[str, Sequence[MucTemplate]],
                 gold: Mapping[str, Sequence[MucTemplate]]) -> dict[str, RoleCounts]:
    totals = {name: RoleCounts() for name in ("incident_type", *ROLE_NAMES)}
    for docid, gold_templates in gold.items():
        for name, c in score_document(predicted.get(docid, []), gold_templates).items():
            totals[name].add(c)
    return totals


def format_template_report(totals: Mapping[str, RoleCounts], title: str) -> str:
    micro = RoleCounts()
    for role in ROLE_NAMES:
        micro.add(totals[role])
    lines = [title, f"{'slot':<14}{'P':>7}{'R':>7}{'F1':>7}{'match':>7}{'pred':>6}{'gold':>6}"]
    for name, c in [*totals.items(), ("roles micro", micro)]:
        lines.append(f"{name:<14}{100 * c.precision:7.2f}{100 * c.recall:7.2f}"
                     f"{100 * c.f1:7.2f}{c.matched:7d}{c.predicted:6d}{c.gold:6d}")
    return "\n".join(lines)
