"""Is a newly extracted incident one that the store already holds?

Scoring a (new, stored) pair
----------------------------
1. **Vetoes.** The pair cannot match, whatever else agrees, when the two records name
   different countries, when their places disagree outright (place agreement 0: city-level
   places more than ``DIFFERENT_PLACE_KM`` apart, or a place outside the other's province),
   or when their date ranges are more than ``MAX_GAP_DAYS`` apart. (The same group striking
   two cities, or one city a week later, are different incidents.) Within one city and day
   (``strife.merge.targets``, GTD: different targets or places are separate incidents): the
   words of what each says was attacked share nothing and the target types clash; each names
   a different part of the city ("the northern part of"); or a report says it tells one of
   several attacks and neither the target nor the toll shows it is the same one.
2. **Agreement.** Seven features, each in [0, 1] (``strife.merge.agreement``, ``.names``,
   ``.text``): place, date, attack type, target type, perpetrator, casualties and text
   similarity. A feature that one record does not state counts as ``NEUTRAL`` (0.5): silence is
   neither agreement nor disagreement. The agreement is the weighted mean with ``WEIGHTS``.
3. **Contradictions.** Two attacks in one city on one day share place and date, which carry
   40% of the weight, so their difference must show in the details: each detail feature
   (attack type, target type, perpetrator, casualties) that both records state and that
   agrees at most ``CONTRADICTION_LEVEL`` subtracts ``CONTRADICTION_PENALTY`` (twice for
   casualties and attack type: a bombing and a shooting in one city are two attacks).

``score = weighted agreement - penalties``; the best-scoring candidate at or above
``THRESHOLD`` is the match, and no candidate above it means a new incident.

How the numbers were chosen
---------------------------
On the merge dev set ``tests/data/merge/pairs.jsonl`` (48 pairs at the time, 56 now;
``strife eval merge --sweep``
prints precision, recall and F1 per threshold). The weights are set by role: place and date
carry the most because a real incident has one place and time; text is next because reports
of one event share its words; attack type, perpetrator and casualties are the details that
tell apart attacks at one place and time; target type is coded differently from outlet to
outlet, so it weighs least. The threshold lies where three views of the dev set agree: with
the hand-coded incidents (``--incidents tests/data/merge/incidents.jsonl``) every threshold
from 0.54 to 0.74 separates all pairs; with strife's own extraction F1 peaks on 0.56-0.60;
with extraction noise simulated on the hand-coded incidents (each field dropped at random,
30% of the time) F1 peaks on 0.54-0.58. 0.58 lies in all three. The vetoes within one city
and day and the doubled attack-type penalty were set on ``strife eval distinct`` (generated
distinct attacks) while keeping every same-incident pair of the dev set merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from strife.merge.agreement import (
    attack_agreement,
    casualty_agreement,
    countries_differ,
    date_agreement,
    date_gap_days,
    place_agreement,
    says_toll_rose,
    target_agreement,
)
from strife.merge.names import perpetrator_agreement
from strife.merge.targets import (
    city_parts,
    different_objects,
    security_forces_only,
    target_head_agreement,
    tells_several_attacks,
)
from strife.merge.text import incident_text, overlap_similarity
from strife.models import Incident, StoredIncident

WEIGHTS: dict[str, float] = {
    "place": 0.22,
    "date": 0.18,
    "text": 0.18,
    "attack": 0.12,
    "perpetrator": 0.12,
    "casualties": 0.12,
    "target": 0.06,
}
NEUTRAL = 0.5
DETAIL_FEATURES = ("attack", "target", "perpetrator", "casualties")
CONTRADICTION_LEVEL = 0.2
CONTRADICTION_PENALTY = 0.1
# Tolls rise, they do not fall from many dead to none: such a clash counts twice.
CONTRADICTION_WEIGHT: dict[str, int] = {"casualties": 2, "attack": 2}
MAX_GAP_DAYS = 3
THRESHOLD = 0.58
SAME_TOLL = 0.9
"""Casualty agreement at which two reports of "one of several attacks" tell the same one."""


@dataclass(frozen=True)
class MatchDecision:
    """The store's answer: which stored incident (``None``: a new one), how sure, and why.

    ``reasons`` holds each stated feature's agreement, ``penalty``, and ``veto_*`` keys
    (value 1.0) when a veto applied; for ``incident_id=None`` they describe the best
    candidate that fell short.
    """

    incident_id: str | None
    score: float
    reasons: dict[str, float] = field(default_factory=dict)


def vetoes(new: Incident, stored: Incident, new_text: str | None = None) -> list[str]:
    """Reasons the pair cannot be one incident, however well the rest agrees."""
    found = _target_vetoes(new, stored, new_text)
    if countries_differ(new.location, stored.location):
        found.append("veto_country")
    if place_agreement(new.location, stored.location) == 0.0:
        found.append("veto_place")
    gap = date_gap_days(new.date, stored.date)
    if gap is not None and gap > MAX_GAP_DAYS:
        found.append("veto_date")
    return found


def _target_vetoes(new: Incident, stored: Incident, new_text: str | None) -> list[str]:
    """Different targets: both records name what was attacked, no target word is shared and
    the target types differ, or both name the thing attacked ("a church", "a mosque") in
    words that share nothing (police and military aside: outlets name forces and their posts
    in any words);
    different parts of one city; or a report of one of several attacks whose target is not
    shown to be the same (its casualty figures not the same either)."""
    heads = target_head_agreement(new, stored, new_text)
    types = target_agreement(new.target_types, stored.target_types)
    forces = security_forces_only(new.target_types, stored.target_types)
    if heads == 0.0 and types is not None and types < 1.0 and not forces:
        return ["veto_target"]
    if different_objects(new, stored) and not forces:
        return ["veto_target_object"]
    parts_new = city_parts(incident_text(new)) or city_parts(new_text)
    parts_stored = city_parts(incident_text(stored))
    if parts_new and parts_stored and not parts_new & parts_stored:
        return ["veto_city_part"]
    several = tells_several_attacks(new_text) or tells_several_attacks(incident_text(new)) \
        or tells_several_attacks(incident_text(stored))
    if several and heads != 1.0:
        tolls = casualty_agreement(stored.killed, stored.wounded, new.killed, new.wounded)
        if heads == 0.0 or tolls is None or tolls < SAME_TOLL:
            return ["veto_several"]
    return []


def feature_agreements(
    new: Incident, stored: Incident, new_text: str | None = None
) -> dict[str, float | None]:
    """Each feature's agreement in [0, 1], ``None`` where a record does not say."""
    own_text = incident_text(new)
    # The record's own words describe this incident alone; the whole document may also
    # describe others, so it stands in only when the record has no words of its own.
    text = own_text or (new_text or "")
    rising = says_toll_rose(new_text) or says_toll_rose(own_text)
    return {
        "place": place_agreement(new.location, stored.location),
        "date": date_agreement(new.date, stored.date),
        "text": overlap_similarity(text, incident_text(stored)),
        "attack": attack_agreement(new.attack_types, stored.attack_types),
        "perpetrator": perpetrator_agreement(new, stored),
        "casualties": casualty_agreement(
            stored.killed, stored.wounded, new.killed, new.wounded, rising
        ),
        "target": target_agreement(new.target_types, stored.target_types),
    }


def score_pair(
    new: Incident, stored: Incident, new_text: str | None = None
) -> tuple[float, dict[str, float]]:
    """The pair's score (see the module docstring) and the reasons behind it."""
    vetoed = vetoes(new, stored, new_text)
    if vetoed:
        return 0.0, {name: 1.0 for name in vetoed}
    features = feature_agreements(new, stored, new_text)
    reasons = {name: value for name, value in features.items() if value is not None}
    agreement = sum(
        weight * reasons.get(name, NEUTRAL) for name, weight in WEIGHTS.items()
    ) / sum(WEIGHTS.values())
    contradictions = sum(
        CONTRADICTION_WEIGHT.get(name, 1)
        for name in DETAIL_FEATURES if name in reasons and reasons[name] <= CONTRADICTION_LEVEL
    )
    heads = target_head_agreement(new, stored, new_text)
    if heads is not None:
        # Shown, not scored: outlets name one target in other words ("the gate of the
        # ministry", "the ministry entrance"), so alone it only backs up the vetoes.
        reasons["target_words"] = heads
    reasons["penalty"] = contradictions * CONTRADICTION_PENALTY
    return max(0.0, agreement - reasons["penalty"]), reasons


def find_match(
    new: Incident,
    candidates: list[StoredIncident],
    *,
    new_text: str | None = None,
    threshold: float = THRESHOLD,
) -> MatchDecision:
    """The stored incident that ``new`` reports again, or ``incident_id=None`` for a new one.

    ``candidates`` are already blocked by the store (country, date window); ``new_text`` is
    the new document's text, used for the text feature when the record has none and to
    notice a report that says the toll rose. Ties go to the earlier candidate.
    """
    best: MatchDecision | None = None
    for candidate in candidates:
        score, reasons = score_pair(new, candidate, new_text)
        if best is None or score > best.score:
            best = MatchDecision(candidate.id, score, reasons)
    if best is None:
        return MatchDecision(None, 0.0, {})
    if best.score < threshold:
        return MatchDecision(None, best.score, best.reasons)
    return best
