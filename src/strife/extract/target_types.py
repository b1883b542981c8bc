"""Which GTD target types an incident gets, from the targets its sentences name.

GTD codebook, target/victim type (our wording): the type of the person or thing attacked, not of
the place where it stood (soldiers hit at a market are Military; a market itself is Private
Citizens & Property, like homes and squares). Up to three types, the main target first; others
only when they were hit as much. "Unknown" when the text does not say what was hit. People known
only by the place they were at (passengers, crews, customers) take the type of that place, and
victims that say nothing of their kind ("people", "hostages", "staff") leave it to the place.
"""

from __future__ import annotations

from collections.abc import Callable

from strife.codebook.tables import gtd_tables
from strife.extract.lexicon import load_lexicon
from strife.extract.mentions import SentenceFindings
from strife.extract.targets import TargetMention
from strife.models import TargetType

PRIVATE: TargetType = "Private Citizens & Property"
_SECURITY: tuple[TargetType, ...] = ("Police", "Military")
# Private citizens count half: an attack on a checkpoint that also kills passers-by is an attack
# on the police; only many more civilians than officers make the civilians the main target.
_PRIVATE_WEIGHT = 0.5
_GENERIC_WEIGHT = 0.1
# A prominent person singled out is the main target: the bodyguards killed with a legislator
# and the mosque he was shot outside are not (GTD codes the intended target first).
_PROMINENT_WEIGHT = 10.0
# What an attack word was aimed at ("attacked the Chinese consulate") outranks the guards killed
# there; private places (markets, homes) get no such bonus, their victims decide.
_AIMED_BONUS = 2.0


def _weight(t: TargetMention) -> float:
    if t.generic:
        return _GENERIC_WEIGHT
    if t.prominent and t.is_person:
        return _PROMINENT_WEIGHT
    if t.target_type == PRIVATE:
        return t.size * _PRIVATE_WEIGHT
    return t.size + (_AIMED_BONUS if t.aimed else 0.0)


def _security_type(pool: list[TargetMention]) -> TargetType | None:
    """The police or soldiers hit: a bare checkpoint or post was theirs."""
    counts: dict[TargetType, int] = {}
    for t in pool:
        for kind in _SECURITY:
            if t.is_person and t.target_type == kind:
                counts[kind] = counts.get(kind, 0) + t.size
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    return ranked[0][0] if ranked else None


def _place_type(t: TargetMention, place: TargetType | None) -> TargetType | None:
    """People known only by where they were ("eight passengers" at an airport, "two
    customers" of a store) take the type of that place: Airports & Aircraft, Business."""
    if place is None:
        return t.target_type
    return place if load_lexicon().cue("people_of_a_place").occurs_in(t.text) else t.target_type


def target_types(findings: list[SentenceFindings], add_evidence: Callable[[int, int], None]
                 ) -> list[TargetType]:
    """Target types, the most hit first (see the module docstring)."""
    hit = [t for f in findings for t in f.targets]
    named = [t for f in findings if f.reports_attack for t in f.mentioned]
    pool = hit if any(not t.generic for t in hit) else [*hit, *named]
    places = [t for t in [*pool, *named] if not t.is_person and not t.generic]
    place = next((t.target_type for t in places if t.target_type != PRIVATE), None)
    security = _security_type(pool)
    weight: dict[TargetType, float] = {}
    for t in pool:
        kind = security if t.manned and security else _place_type(t, place)
        if not kind:
            continue
        weight[kind] = weight.get(kind, 0.0) + _weight(t)
        add_evidence(t.start, t.end)
    if not weight:
        return ["Unknown"]
    ranked = sorted(weight, key=lambda k: -weight[k])
    return ranked[:1] + [
        k for k in ranked[1:3]
        if weight[k] >= weight[ranked[0]] and k not in gtd_tables().incidental_target_types
    ]
