"""An incident's killed and wounded totals from all the figures its sentences state.

GTD codebook, "Casualties and Consequences" (in our words): ``nkill`` is the number of
confirmed deaths of the incident, perpetrators included, ``nkillter`` those perpetrators;
``nwound``/``nwoundte`` the confirmed non-fatal injuries the same way. Where sources give
several figures, the coder takes the most recent total, never a partial figure.

So, among the figures of one incident:
* A running total ("12 people were killed", "the toll rose to 15") is the whole toll; several
  running totals are a rising toll and the largest wins. Steps of one attack ("he shot dead
  two officers", "the first blast killed five") add up; a step is never the total when a
  larger total is stated, and one figure told for several blasts is counted once.
* Attackers are added to the victims unless a figure already counts them ("eight died,
  including the bomber"); attackers stated on top of a figure ("in addition to the two
  attackers") or as the only casualties come in through their own figure.
* A report that counts the wounded (or says nobody was hurt) and names no dead gives 0 dead.
* Deaths of the wounded ("two of the wounded later died") move people from the wounded to the
  dead, and people "more" ("two more bodies were found", "the other two were hurt") come on
  top, unless a total stated after them already counts them.
"""

from __future__ import annotations

from collections.abc import Iterable

from strife.extract.casualty_phrases import CasualtyCount
from strife.extract.lexicon import word_list
from strife.extract.numbers import word_number
from strife.models import Count


def _victims(items: list[CasualtyCount]) -> tuple[int, int]:
    """(largest running total of victims, sum of steps), attackers left out."""
    aggregate = max((c.value - c.perpetrators for c in items if c.aggregate and
                     c.value > c.perpetrators), default=0)
    steps = sum(c.value - c.perpetrators for c in items if not c.aggregate)
    return aggregate, steps


def _after(items: list[CasualtyCount], basis: int) -> int:
    return sum(c.value for c in items if c.start > basis)


def casualty_totals(
    counts: Iterable[CasualtyCount], kind: str, suicide_attackers: int
) -> tuple[Count, list[CasualtyCount]]:
    """GTD totals of one kind from all figures, and the figures the total rests on."""
    every = list(counts)
    items = [c for c in every if c.kind == kind and not (c.later or c.extra)]
    later = [c for c in every if c.kind == "killed" and c.later]
    extra = [c for c in every if c.kind == kind and c.extra]
    if not items and not extra and not suicide_attackers and not (kind == "killed" and later):
        wounded = next((c for c in every if c.kind == "wounded"), None)
        if kind == "killed" and wounded is not None:
            # "None of the hostages was hurt", "a grenade wounded seven": a report that counts
            # the hurt and names no dead tells of none (news gives the dead first).
            return Count(total=0, perpetrators=0), []
        return Count(), []
    victims_agg, victims_steps = _victims(items)
    perps_stated = max((c.perpetrators for c in items), default=0)
    perps = max(perps_stated, suicide_attackers if kind == "killed" else 0)
    victims = max(victims_agg, victims_steps)
    if perps and perps_stated_in_total(items, perps, victims):
        # "22 dead, six attackers among them" / "bringing the total death toll to 22": a
        # figure that already counts the attackers is the total itself.
        victims -= perps
    used = [c for c in items if (c.aggregate and c.value - c.perpetrators == victims_agg)
            or (not c.aggregate and victims_steps >= victims_agg) or c.perpetrators]
    if later or extra:
        # Deaths of the wounded and people "more" are on top of the totals told before them.
        basis = max((c.start for c in used), default=-1)
        moved = _after(later, basis)
        victims = victims + moved if kind == "killed" else max(0, victims - moved)
        victims += _after(extra, basis)
        used += [c for c in [*later, *extra] if c.start > basis and c.kind == kind]
    counted = perps if perps or items or later or extra else None
    return Count(total=victims + perps, perpetrators=counted), used


def stated_bombers(text: str, cue_start: int) -> int:
    """How many suicide attackers the cue names: "three suicide bombers" → 3, else 1."""
    before = text[max(0, cue_start - 24) : cue_start].split()[-2:]
    numbers = [n for w in before if (n := word_number(w)) is not None]
    return numbers[-1] if numbers and numbers[-1] > 1 else 1


def suicide_attackers(bombers: int, counts: list[CasualtyCount], text: str) -> int:
    """The suicide attackers die (GTD): ``bombers`` of them when nothing else counts them.
    When the dead attackers counted are others ("killed all three gunmen"), the bomber comes
    on top: returned as one more than they are."""
    if not bombers:
        return 0
    perp_counts = [c for c in counts if c.kind == "killed" and c.perpetrators]
    if not perp_counts:
        return bombers
    bomber_words = word_list("suicide_attacker_words")
    if any(bomber_words.occurs_in(text[c.start : c.end]) for c in perp_counts):
        return 0
    most = max(c.perpetrators for c in perp_counts)
    # A lone dead attacker is the suicide attacker; "all three gunmen" were others.
    return most + 1 if most > 1 else 0


def perps_stated_in_total(items: list[CasualtyCount], perps: int, victims: int) -> bool:
    """Whether the largest running total equals another victims' figure plus the attackers."""
    aggregates = [c.value for c in items if c.aggregate and not c.perpetrators]
    others = {c.value for c in items if not c.perpetrators}
    # total == other + perps with other != total: a lookup per total, not a pass over pairs
    return perps > 0 and any(total - perps in others for total in aggregates) and (
        victims in aggregates)
