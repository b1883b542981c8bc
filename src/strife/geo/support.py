"""Keep a weakly found place only where the story's geography supports it.

A word that only the gazetteer calls a place ("Turner", "Ripley", "Obama": all towns
somewhere) is kept when it lands near, or in the same first-level region as, a place the text
marks clearly, or is itself a big place in a country the text names; otherwise it was most
likely a surname or a company.
"""

from __future__ import annotations

from collections import Counter

from strife.geo.distance import haversine_km
from strife.geo.gazetteer import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY, Gazetteer
from strife.geo.lexicon import KIND_HINTS
from strife.geo.mention import Mention

NEAR_KM = 150.0
BIG_PLACE = 50_000
ISOLATED_TOWN = 100_000
ISOLATING_MENTIONS = 3


SETTLEMENT_HINT = KIND_HINTS["town"]


def supported(gaz: Gazetteer, mentions: list[Mention], rows: list[int | None]) -> list[bool]:
    strong = [(m, r) for m, r in zip(mentions, rows, strict=True) if not m.weak and r is not None]
    strong_keys = {m.key for m, _ in strong}
    strong_rows = [r for _, r in strong]
    out = []
    for m, row in zip(mentions, rows, strict=True):
        if not m.weak or (m.hint == SETTLEMENT_HINT and row is not None):
            # "the southern town of Ercilla": the text itself says it is a place.
            out.append(True)
        elif row is None:
            out.append(False)
        else:
            out.append(m.key in strong_keys or any(_backs(gaz, s, row) for s in strong_rows))
    return out


def isolated(gaz: Gazetteer, mentions: list[Mention], rows: list[int | None]) -> list[bool]:
    """Small towns abroad that nothing else in the story is near: "Montebello" in a report
    where every other place is in El Salvador is a local name the gazetteer lacks, not the
    Californian town. These are reported unresolved rather than guessed."""
    by_country: Counter[str] = Counter()
    for m, row in zip(mentions, rows, strict=True):
        if row is not None and not m.weak:
            by_country[gaz.countries[row]] += 1
    out = []
    for m, row in zip(mentions, rows, strict=True):
        if row is None or gaz.kinds[row] != KIND_CITY or gaz.populations[row] >= ISOLATED_TOWN:
            out.append(False)
            continue
        cc = gaz.countries[row]
        same = sum(
            1 for other, r in zip(mentions, rows, strict=True)
            if r is not None and not other.weak and other.key == m.key
        )
        near = by_country[cc] - same + sum(by_country[n] for n in gaz.neighbours.get(cc, ()))
        elsewhere = sum(by_country.values()) - by_country[cc]
        out.append(near <= 0 and elsewhere >= ISOLATING_MENTIONS)
    return out


def _backs(gaz: Gazetteer, strong: int, row: int) -> bool:
    kind = gaz.kinds[strong]
    if kind == KIND_COUNTRY:
        return gaz.countries[row] == gaz.countries[strong] and _big(gaz, row)
    own_admin = row if gaz.kinds[row] == KIND_ADMIN1 else gaz.admin1[row]
    if kind == KIND_ADMIN1:
        return own_admin == strong
    strong_admin = gaz.admin1[strong]
    if own_admin >= 0 and own_admin == strong_admin:
        return True
    return _km(gaz, strong, row) <= NEAR_KM


def _big(gaz: Gazetteer, row: int) -> bool:
    return gaz.kinds[row] != KIND_CITY or gaz.populations[row] >= BIG_PLACE


def _km(gaz: Gazetteer, a: int, b: int) -> float:
    return haversine_km(gaz.lats[a], gaz.lons[a], gaz.lats[b], gaz.lons[b])
