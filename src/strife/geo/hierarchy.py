"""Stated containment as a hard rule, and the fallback to the lowest unit the gazetteer has.

"<village>, <district>, <province>, <country>": once the outer links are settled, an inner
link must lie inside them. The resolver's scoring already prefers such readings; here the
choice is made final. A link whose every reading lies elsewhere (a same-name town in another
country) or that has no reading at all (a village the gazetteer lacks) takes the unit that
contains it instead: the province for an unknown district, the district or province for an
unknown village. The record then keeps the text's own name and says by its precision that
the point is that unit's (GTD codes a place it cannot find at the smallest known unit).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from strife.geo.disambiguate import Group, contains
from strife.geo.distance import haversine_km
from strife.geo.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_OTHER,
    Gazetteer,
)
from strife.geo.mention import Mention

_UNITS = (KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2)
# How far from a division's point a same-country town of the name may lie and still be
# taken for the named one (a province's towns lie this far from its point; a district's
# much less). Set on tests/data/devset (Makhmour: Erbil in GeoNames, Nineveh in the text).
BESIDE_KM = {KIND_ADMIN1: 150.0, KIND_ADMIN2: 40.0}
_LEVEL = {KIND_COUNTRY: 0, KIND_ADMIN1: 1, KIND_ADMIN2: 2, KIND_CITY: 3, KIND_OTHER: -1}


@dataclass(frozen=True)
class Settled:
    row: int | None
    fallback: bool = False  # the row is the unit that contains the named place


def settle(
    gaz: Gazetteer, mentions: Sequence[Mention], rows: Sequence[int | None],
    groups: Sequence[Group], member: Sequence[int],
) -> list[Settled]:
    """Each mention's final row, containers first (a chain is settled from its outer end)."""
    out: list[Settled | None] = [None] * len(mentions)

    def visit(i: int, depth: int) -> Settled:
        done = out[i]
        if done is not None:
            return done
        mention = mentions[i]
        result = Settled(rows[i])
        c = mention.container
        if c is not None and depth < len(mentions):
            outer = visit(c, depth + 1).row
            if outer is not None and gaz.kinds[outer] == KIND_CITY and (
                    mentions[c].container is not None):
                # "San Juan, Huancavelica, Peru": a middle link is the division of its name
                # when that division holds a reading of the link inside it.
                division = _division_reading(gaz, groups[member[c]], groups[member[i]])
                if division is not None:
                    outer = division
                    out[c] = Settled(division)
            if outer is not None and gaz.kinds[outer] == KIND_CITY and rows[i] is None:
                outer = _unit_of(gaz, outer)  # "<unknown village>, <town>": the town's district
            if outer is not None and gaz.kinds[outer] in _UNITS:
                result = _inside(gaz, rows[i], outer, groups[member[i]])
        out[i] = result
        return result

    return [visit(i, 0) for i in range(len(mentions))]


def _division_reading(gaz: Gazetteer, outer: Group, inner: Group) -> int | None:
    units = [
        (p, c.row) for p, c in zip(outer.probs, outer.candidates, strict=True)
        if gaz.kinds[c.row] in (KIND_ADMIN1, KIND_ADMIN2)
        and any(contains(gaz, c.row, x.row) for x in inner.candidates)
    ]
    return max(units)[1] if units else None


def _unit_of(gaz: Gazetteer, town: int) -> int | None:
    for unit in (gaz.admin2[town], gaz.admin1[town]):
        if unit >= 0 and gaz.has_point(unit):
            return unit
    return None


def _inside(gaz: Gazetteer, row: int | None, outer: int, group: Group) -> Settled:
    if row == outer:  # "<town>, México, Mexico": the state, not the country again
        deeper = _best_inside(gaz, group, outer)
        return Settled(deeper if deeper is not None else row)
    if row is not None and contains(gaz, outer, row):
        return Settled(row)
    if row is not None and _LEVEL[gaz.kinds[row]] <= _LEVEL[gaz.kinds[outer]]:
        # "Iraq, Syria and Turkey", "Helmand, Kandahar": a list of peers, not a chain.
        return Settled(row)
    inside = _best_inside(gaz, group, outer)
    if inside is None:
        inside = _best_beside(gaz, group, outer)
    return Settled(inside) if inside is not None else Settled(outer, fallback=True)


def _best_beside(gaz: Gazetteer, group: Group, outer: int) -> int | None:
    """A town of the name just across the division's border: the text and the gazetteer
    disagree on a boundary (disputed districts, provinces split since), not on the town."""
    limit = BESIDE_KM.get(gaz.kinds[outer])
    if limit is None:
        return None
    near = [
        (p, c.row) for p, c in zip(group.probs, group.candidates, strict=True)
        if gaz.countries[c.row] == gaz.countries[outer] and gaz.kinds[c.row] == KIND_CITY
        and haversine_km(gaz.lats[c.row], gaz.lons[c.row], gaz.lats[outer], gaz.lons[outer])
        <= limit
    ]
    return max(near)[1] if near else None


def _best_inside(gaz: Gazetteer, group: Group, outer: int) -> int | None:
    inside = [
        (p, c.row) for p, c in zip(group.probs, group.candidates, strict=True)
        if c.row != outer and contains(gaz, outer, c.row)
    ]
    return max(inside)[1] if inside else None
