"""Choose one entry per place name using the whole document as context.

Mentions with the same name are one group (one sense per discourse). Each round, every
group's candidates are rescored by:

- country context: the share of the other groups' probability that lies in the
  candidate's country (a Kazakh story's "Taraz" is in Kazakhstan);
- admin1 context: the same for the first-level region (a Louisiana paper's "Alexandria");
- nearness to the other groups' current best town or county (places in one story cluster);
- stated containment: "Alexandria, La." keeps only candidates inside the container.

Three rounds settle almost every document; a mention with no candidates stays unresolved.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from strife.geo.candidates import Candidate
from strife.geo.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_CITY,
    KIND_COUNTRY,
    Gazetteer,
)

W_COUNTRY = 4.0
W_ADMIN1 = 3.0
W_NEAR = 1.5
W_COHERENCE = 3.0
COHERENCE_PER_GROUP = 8
W_NEIGHBOUR = 0.3
W_CONTAINED = 8.0
W_CONTAINER_FITS = 3.0
ROUNDS = 5
ANCHORS_PER_GROUP = 5
MIN_ANCHOR = 0.02
_ANCHOR_KINDS = (KIND_CITY, KIND_ADMIN2)
_KM_PER_DEGREE = 111.2


@dataclass
class Group:
    candidates: list[Candidate]
    weight: float  # how many mentions share it (context-only mentions count less)
    container: int | None = None  # index of the containing group
    probs: list[float] = field(default_factory=list)

    @property
    def best(self) -> int | None:
        if not self.candidates:
            return None
        i = max(range(len(self.probs)), key=self.probs.__getitem__)
        return self.candidates[i].row


def disambiguate(gaz: Gazetteer, groups: list[Group], prior_countries: Counter[str]) -> None:
    """Fill each group's ``probs``; ``group.best`` is then the chosen row."""
    for g in groups:
        g.probs = _softmax([c.prior for c in g.candidates])
    coherence = _coherence(gaz, groups)
    for _ in range(ROUNDS):
        countries, admins = _context(gaz, groups)
        anchors = _anchors(gaz, groups)
        total = sum(g.weight for g in groups if g.candidates)
        for n, g in enumerate(groups):
            if not g.candidates:
                continue
            own_c, own_a = _context(gaz, [g])
            others = max(total - g.weight, 0.0) + sum(prior_countries.values())
            scores = []
            for cand in g.candidates:
                row = cand.row
                cc = gaz.countries[row]
                score = cand.prior
                if others > 0:
                    share = countries[cc] - own_c[cc] + prior_countries[cc]
                    # A story about Israel names Gaza: neighbours count a little.
                    share += W_NEIGHBOUR * sum(
                        countries[n] - own_c[n] + prior_countries[n]
                        for n in gaz.neighbours.get(cc, ())
                    )
                    score += W_COUNTRY * share / others
                    admin = _admin1_of(gaz, row)
                    if admin >= 0:
                        score += W_ADMIN1 * (admins[admin] - own_a[admin]) / others
                score += W_NEAR * _nearness(gaz, row, anchors, n)
                score += W_COHERENCE * coherence[n][len(scores)]
                score += _containment(gaz, groups, n, row)
                scores.append(score)
            g.probs = _softmax(scores)


def _coherence(gaz: Gazetteer, groups: list[Group]) -> list[list[float]]:
    """For each candidate, the share of the other names that have a plausible reading
    near it, whatever their current probability. Two small places named side by side
    ("Paris and Henry County") fit each other in one state only; the world city that shares
    one of the names fits nothing."""
    towns = [
        [c.row for c in g.candidates[:COHERENCE_PER_GROUP] if gaz.kinds[c.row] in _ANCHOR_KINDS]
        for g in groups
    ]
    others = sum(1 for t in towns if t)
    out = []
    for n, g in enumerate(groups):
        scores = []
        for cand in g.candidates:
            if gaz.kinds[cand.row] not in _ANCHOR_KINDS or others <= 1:
                scores.append(0.0)
                continue
            fit = sum(
                max((_pull(gaz, cand.row, row) for row in rows), default=0.0)
                for m, rows in enumerate(towns) if m != n and rows
            )
            scores.append(fit / (others - (1 if towns[n] else 0)))
        out.append(scores)
    return out


def _km(gaz: Gazetteer, a: int, b: int) -> float:
    scale = math.cos(math.radians((gaz.lats[a] + gaz.lats[b]) / 2))
    dlat = gaz.lats[a] - gaz.lats[b]
    dlon = (gaz.lons[a] - gaz.lons[b]) * scale
    return _KM_PER_DEGREE * math.sqrt(dlat * dlat + dlon * dlon)


def _softmax(scores: list[float]) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _admin1_of(gaz: Gazetteer, row: int) -> int:
    return row if gaz.kinds[row] == KIND_ADMIN1 else gaz.admin1[row]


def _context(gaz: Gazetteer, groups: list[Group]) -> tuple[Counter[str], Counter[int]]:
    countries: Counter[str] = Counter()
    admins: Counter[int] = Counter()
    for g in groups:
        for cand, p in zip(g.candidates, g.probs, strict=True):
            mass = p * g.weight
            countries[gaz.countries[cand.row]] += mass
            admin = _admin1_of(gaz, cand.row)
            if admin >= 0:
                admins[admin] += mass
    return countries, admins


def _anchors(gaz: Gazetteer, groups: list[Group]) -> list[tuple[int, int, float]]:
    """(group, row, weight) for each group's likeliest towns and counties. Soft: a guess
    that is still open pulls in proportion to its probability, so two small places that
    fit each other ("Paris and Henry County", Tennessee) can win together."""
    out = []
    for n, g in enumerate(groups):
        ranked = sorted(zip(g.probs, g.candidates, strict=True), key=lambda pc: -pc[0])
        for p, cand in ranked[:ANCHORS_PER_GROUP]:
            weight = p * min(g.weight, 1.0)
            if gaz.kinds[cand.row] in _ANCHOR_KINDS and weight >= MIN_ANCHOR:
                out.append((n, cand.row, weight))
    return out


def _nearness(gaz: Gazetteer, row: int, anchors: list[tuple[int, int, float]],
              own: int) -> float:
    if gaz.kinds[row] not in _ANCHOR_KINDS:
        return 0.0
    per_group: dict[int, float] = {}
    for n, anchor, weight in anchors:
        if n == own or weight <= per_group.get(n, 0.0):
            continue
        pull = weight * _pull(gaz, row, anchor)
        if pull > per_group.get(n, 0.0):
            per_group[n] = pull
    return min(1.0, sum(per_group.values()))


# How strongly two places pull each other, by distance: (km, pull) steps.
_STEPS = ((25.0, 1.0), (100.0, 0.7), (250.0, 0.4), (500.0, 0.15))
_STEPS_SQ = tuple(((km / _KM_PER_DEGREE) ** 2, pull) for km, pull in _STEPS)
_FAR_DEG = _STEPS[-1][0] / _KM_PER_DEGREE


def _kernel(km: float) -> float:
    for limit, pull in _STEPS:
        if km <= limit:
            return pull
    return 0.0


def _pull(gaz: Gazetteer, a: int, b: int) -> float:
    """``_kernel`` of the distance between two rows, without a square root (hot loop)."""
    dlat = gaz.lats[a] - gaz.lats[b]
    if dlat > _FAR_DEG or dlat < -_FAR_DEG:
        return 0.0
    dlon = (gaz.lons[a] - gaz.lons[b]) * math.cos(math.radians(gaz.lats[a]))
    d2 = dlat * dlat + dlon * dlon
    for limit, pull in _STEPS_SQ:
        if d2 <= limit:
            return pull
    return 0.0


def contains(gaz: Gazetteer, outer: int, inner: int) -> bool:
    kind = gaz.kinds[outer]
    if kind == KIND_COUNTRY:
        return gaz.countries[inner] == gaz.countries[outer]
    if kind == KIND_ADMIN1:
        return _admin1_of(gaz, inner) == outer
    if kind == KIND_ADMIN2:
        return gaz.admin2[inner] == outer
    return False


def _containment(gaz: Gazetteer, groups: list[Group], n: int, row: int) -> float:
    score = 0.0
    g = groups[n]
    if g.container is not None:
        outer = groups[g.container].best
        if outer is not None and gaz.kinds[outer] in (KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2):
            score += W_CONTAINED if contains(gaz, outer, row) else -W_CONTAINED
    for inner in groups:
        if inner.container is not None and groups[inner.container] is g and inner.candidates:
            if any(contains(gaz, row, c.row) for c in inner.candidates):
                score += W_CONTAINER_FITS
    return score
