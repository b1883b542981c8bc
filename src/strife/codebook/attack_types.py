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
   which is not a bombing, is an Assassination; so is a bombing whose first, direct target
   was that person (the codebook's own example: an assassination carried out with
   explosives is coded Assassination). A beating that only hurt an official is an unarmed
   assault, not an assassination. The shooting that carried an assassination out is not
   coded again as an Armed Assault.
4. A bomb or gun that turned out to be fake is the means of a hijacking or a hostage taking,
   not a Bombing/Explosion.
5. People abducted and then "held hostage" or "taken" somewhere were kidnapped (Kidnapping:
   seized and moved); the holding words make a Barricade Incident only when nobody was
   abducted.
6. "Unknown" is dropped when anything more specific was found; the rest are ordered by the
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
    holding: bool = False
    """a word that only says hostages were held or taken ("held them hostage")"""


@dataclass(frozen=True)
class Victim:
    """What the rule needs to know of who was attacked and how it ended."""

    prominent: bool = False
    """a prominent person was targeted (an official, a leader, a named journalist)"""
    bomb_aimed_at_them: bool = False
    """that person was the first, direct target of the attack words"""
    killed: bool = False
    """someone died"""


def decide_attack_types(
    triggers: Sequence[AttackCue],
    weapon: AttackCue | None,
    victim: Victim | bool,
    fake_weapon: bool = False,
) -> dict[AttackType, Span]:
    """The incident's attack types in hierarchy order, each with the span that evidences it.

    ``weapon``: the attack type the first weapon named implies (``implied_attack``), if any;
    ``victim``: who was attacked (``True``: a prominent person, shot at); ``fake_weapon``: the
    bomb or gun named was not real.
    """
    if isinstance(victim, bool):
        victim = Victim(prominent=victim)
    tables = gtd_tables()
    strong = {t.attack for t in triggers if t.strong} - {"Unknown"}
    found: dict[AttackType, Span] = {}
    for t in triggers:
        if t.strong or t.attack not in tables.outranked_by_strong_trigger or not strong:
            found.setdefault(t.attack, (t.start, t.end))
    if weapon is not None and not strong and weapon.attack != "Unknown":
        found.setdefault(weapon.attack, (weapon.start, weapon.end))
    if fake_weapon:
        found.pop("Bombing/Explosion", None)
    _kidnapping_or_barricade(found, triggers)
    _assassination(found, victim)
    if len(found) > 1:
        found.pop("Unknown", None)  # a specific type says more than "an attack"
    return {kind: found[kind] for kind in sorted(found, key=tables.attack_order.index)}


def _kidnapping_or_barricade(found: dict[AttackType, Span],
                             triggers: Sequence[AttackCue]) -> None:
    barricade: AttackType = "Hostage Taking (Barricade Incident)"
    if "Hostage Taking (Kidnapping)" in found and barricade in found and all(
        t.holding for t in triggers if t.attack == barricade
    ):
        found.pop(barricade)


def _assassination(found: dict[AttackType, Span], victim: Victim) -> None:
    """GTD: an attack whose aim is to kill a prominent person is an assassination. A bombing
    is one only when aimed at the person (not one victim among a crowd); a beating that only
    hurt is an unarmed assault. The means are not coded again as an armed assault."""
    if "Assassination" not in found:
        if not victim.prominent or ("Unarmed Assault" in found and not victim.killed):
            return
        bombing = "Bombing/Explosion" in found
        if bombing and not victim.bomb_aimed_at_them:
            return
        first = found.get("Armed Assault") or found.get("Unknown") or found.get(
            "Bombing/Explosion")
        if first is None:
            return
        found["Assassination"] = first
    found.pop("Armed Assault", None)
    found.pop("Unknown", None)


def implied_attack(weapon_type: str) -> AttackType:
    """The attack type a weapon implies by GTD's definitions ("Unknown" when none)."""
    return gtd_tables().implied_attack(weapon_type)
