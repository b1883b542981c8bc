"""Candidate entries for one mention and their prior scores, before any document context.

The prior prefers what a reader assumes with no other clue: the bigger place, a country or
state over a town of the same name, the place's own name over an alternate spelling, and
the kind a designator word asks for ("Zhambyl region" → the region, not the town).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from strife.geo.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_OTHER,
    MATCH_ALT,
    MATCH_NAME,
    MATCH_SHORT,
    Gazetteer,
)
from strife.geo.lexicon import KIND_HINTS
from strife.geo.mention import Mention

KIND_BONUS = {KIND_COUNTRY: 3.0, KIND_ADMIN1: 0.5, KIND_ADMIN2: 0.3, KIND_CITY: 0.0,
              KIND_OTHER: 2.0}
MATCH_PENALTY = {MATCH_NAME: 0.0, MATCH_ALT: 1.5, MATCH_SHORT: 2.5}
POPULATION_WEIGHT = 1.0  # per tenfold population
HINT_BONUS = 3.0
CAPITAL_BONUS = 1.5
NAMESAKE_SHARE = 0.2
LIMIT = 30  # candidates kept per mention; the rest are smaller places of the same name
# A link of a chain ("San Juan, Huancavelica, Peru") keeps more: its container will pick the
# one inside it, however small, among the hundreds of a common name.
CHAIN_LIMIT = 400


@dataclass(frozen=True, slots=True)
class Candidate:
    row: int
    prior: float
    match: int = MATCH_NAME


def lookup_keys(mention: Mention) -> list[tuple[str, int | None]]:
    """Keys to try, in order, each with the kind hint it implies."""
    key = mention.key
    keys: list[tuple[str, int | None]] = [(key, mention.hint)]
    words = key.split()
    if words and words[0] == "the":
        words = words[1:]
        keys.append((" ".join(words), mention.hint))
    if len(words) > 1 and words[-1] in KIND_HINTS:  # "Nad Ali district", "Taraz city"
        keys.append((" ".join(words[:-1]), KIND_HINTS[words[-1]]))
    if len(words) > 2 and words[0] in KIND_HINTS and words[1] == "of":  # "city of Taraz"
        keys.append((" ".join(words[2:]), KIND_HINTS[words[0]]))
    return keys


def candidates(gaz: Gazetteer, mention: Mention) -> list[Candidate]:
    limit = CHAIN_LIMIT if mention.container is not None else LIMIT
    if mention.demonym:
        row = gaz.country_rows.get(mention.demonym)
        return [Candidate(row, 0.0)] if row is not None else []
    for key, hint in lookup_keys(mention):
        found = [
            Candidate(row, prior(gaz, row, match, hint), match)
            for row, match in gaz.lookup(key)
            if gaz.has_point(row)
            and (mention.container_name is None or gaz.countries[row] == mention.container_name)
        ]
        if _is_initialism(mention.text):
            # "EU", "UN", "AP": short capitals name a country or state ("US", "UAE") or
            # nothing, never the French town of Eu.
            found = [c for c in found if gaz.kinds[c.row] in (KIND_COUNTRY, KIND_ADMIN1)]
        if found:
            if hint != KIND_ADMIN1:
                found = _prefer_namesake_city(gaz, found)
            found.sort(key=lambda c: -c.prior)
            return found[:limit]
    return []


def _is_initialism(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 3 and all(c.isupper() for c in letters)


def _prefer_namesake_city(gaz: Gazetteer, found: list[Candidate]) -> list[Candidate]:
    """A region named after its big city ("Cairo", "San Salvador", "Medellín") means the
    city unless the text says region: the region's prior drops below the city's. Not where
    the name is the region's own and only an alternate for the city ("New York" is the
    state; the city is "New York City")."""
    cities: dict[int, Candidate] = {}
    for c in found:
        if gaz.kinds[c.row] != KIND_CITY:
            continue
        for region in (gaz.admin1[c.row], gaz.admin2[c.row]):
            if region >= 0 and (
                region not in cities or gaz.populations[c.row] > gaz.populations[cities[region].row]
            ):
                cities[region] = c
    out = []
    for c in found:
        city = cities.get(c.row) if gaz.kinds[c.row] in (KIND_ADMIN1, KIND_ADMIN2) else None
        if (
            city is not None
            and city.match <= c.match
            and gaz.populations[city.row] >= NAMESAKE_SHARE * gaz.populations[c.row]
        ):
            c = Candidate(c.row, min(c.prior, city.prior - 0.5), c.match)
        out.append(c)
    return out


def prior(gaz: Gazetteer, row: int, match: int, hint: int | None) -> float:
    kind = gaz.kinds[row]
    score = POPULATION_WEIGHT * math.log10(gaz.populations[row] + 100)
    score += KIND_BONUS[kind] - MATCH_PENALTY[match]
    if row in gaz.capitals:  # "Washington" is the capital before it is the state
        score += CAPITAL_BONUS
    if hint is not None and _fits_hint(kind, hint):
        score += HINT_BONUS
    return score


def _fits_hint(kind: int, hint: int) -> bool:
    if hint == KIND_ADMIN2:  # "district" is an admin2 in one country, a town in another
        return kind in (KIND_ADMIN2, KIND_CITY)
    return kind == hint
