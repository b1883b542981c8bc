"""Why an incident gets the attack types it gets: the whole rule, in one place.

GTD codebook, "Attack Type": the general method of attack, up to three per incident. Each
type is defined by the aim and the means: an Assassination aims to kill a prominent person
(an official, a leader, a public figure), not ordinary people; a Bombing/Explosion is carried
out with explosives; an Armed Assault harms people with firearms, knives or other weapons that
are not explosives; an Unarmed Assault uses chemical agents or no weapon; a
Facility/Infrastructure Attack aims at a building or structure, not people (arson, sabotage);
hostage takings and hijackings take people or vehicles. When several types apply they are
listed in the codebook's hierarchy (``codebook/gtd.yaml``: Assassination first, Unknown last).

strife applies this as follows (``decide_attack_types``):

1. Every attack word kept by ``strife.extract.triggers`` proposes the type its lexicon entry
   names (``lexicon/triggers.yaml``). A weak word proposing a low-ranked type (Armed Assault,
   Unarmed Assault, Facility/Infrastructure Attack) is ignored when a strong word names one.
2. With no strong word, the first weapon named implies a type by GTD's definitions
   ("Gunmen attacked a post, killing five": the means say what kind of attack it was).
3. An armed assault, or an attack of unknown kind, whose target is a prominent person and
   which is not a bombing, is an Assassination.
4. "Unknown" is dropped when anything more specific was found; the rest are ordered by the
   hierarchy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from strife.codebook.tables import gtd_tables
from strife.models import AttackType

Span = tuple[int, int]


@dataclass(frozen=True)
class AttackCue:
    """One piece of evidence for an attack type: a trigger word or a weapon, with its span."""

    attack: AttackType
    start: int
    end: int
    strong: bool = False


def decide_attack_types(
    triggers: Sequence[AttackCue],
    weapon: AttackCue | None,
    prominent_person_targeted: bool,
) -> dict[AttackType, Span]:
    """The incident's attack types in hierarchy order, each with the span that evidences it.

    ``weapon``: the attack type the first weapon named implies (``implied_attack``), if any.
    """
    tables = gtd_tables()
    strong = {t.attack for t in triggers if t.strong} - {"Unknown"}
    found: dict[AttackType, Span] = {}
    for t in triggers:
        if t.strong or t.attack not in tables.outranked_by_strong_trigger or not strong:
            found.setdefault(t.attack, (t.start, t.end))
    if weapon is not None and not strong and weapon.attack != "Unknown":
        found.setdefault(weapon.attack, (weapon.start, weapon.end))
    if prominent_person_targeted:
        _assassination(found)
    if len(found) > 1:
        found.pop("Unknown", None)  # a specific type says more than "an attack"
    return {kind: found[kind] for kind in sorted(found, key=tables.attack_order.index)}


def _assassination(found: dict[AttackType, Span]) -> None:
    """GTD: an attack whose aim is to kill a prominent person is an assassination, unless it
    was a bombing (coded Bombing/Explosion whoever the target)."""
    if "Bombing/Explosion" in found:
        return
    if "Armed Assault" in found:
        found["Assassination"] = found.pop("Armed Assault")
        found.pop("Unknown", None)
    elif "Unknown" in found:
        found["Assassination"] = found.pop("Unknown")


def implied_attack(weapon_type: str) -> AttackType:
    """The attack type a weapon implies by GTD's definitions ("Unknown" when none)."""
    return gtd_tables().implied_attack(weapon_type)
