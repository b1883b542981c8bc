"""Choose one entry per place name using the whole document as context.

Mentions with the same name are one group (one sense per discourse). Each round, every
group's candidates are rescored by:

- country context: the share of the other groups' probability that lies in the
  candidate's country (a Kazakh story's "Taraz" is in Kazakhstan);
- admin1 context: the same for the first-level region (a Louisiana paper's "Alexandria");
- nearness to the other groups' likely towns and counties (places in one story cluster),
  and coherence: how many other names have some reading near the candidate at all;
- stated containment: "Alexandria, La." keeps only candidates inside the container.

Five rounds settle almost every document; a mention with no candidates stays unresolved.
The weights were set on LGL (a development set); see ``strife eval geo``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
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
# A reading counts fully when its prior odds against its name's best reading are 1:PLAUSIBLE.
PLAUSIBLE_SCALE = 4.0
W_NEIGHBOUR = 0.3
# Set on LGL and GeoVirus together (`strife eval geo` on both; 1.5 to 6 move either by under
# 0.2 points), kept high so that a named country outweighs a bigger namesake abroad.
W_OUTSIDE = 3.0
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
    contained: list[int] = field(default_factory=list)  # groups this one contains

    @property
    def best(self) -> int | None:
        if not self.candidates:
            return None
        i = max(range(len(self.probs)), key=self.probs.__getitem__)
        return self.candidates[i].row


@dataclass
class _Round:
    """The context every group is scored against in one round."""

    countries: defaultdict[str, float]
    admins: defaultdict[int, float]
    anchors: list[tuple[int, int, float]]
    total: float
    prior: Mapping[str, float]


def disambiguate(
    gaz: Gazetteer, groups: list[Group], prior_countries: Mapping[str, float],
    named: frozenset[str] = frozenset(),
) -> None:
    """Fill each group's ``probs``; ``group.best`` is then the chosen row. ``named``: the
    countries the text names outright (by name or adjective); a reading outside them, for
    a name that has one inside, pays ``W_OUTSIDE`` before any other evidence counts."""
    if named:
        outside_named(gaz, groups, named)
    for n, g in enumerate(groups):
        g.probs = _softmax([c.prior for c in g.candidates])
        if g.container is not None:
            groups[g.container].contained.append(n)
    coherence = _coherence(gaz, groups)
    for _ in range(ROUNDS):
        countries, admins = _context(gaz, groups)
        total = sum(g.weight for g in groups if g.candidates) + sum(prior_countries.values())
        ctx = _Round(countries, admins, _anchors(gaz, groups), total, prior_countries)
        for n, g in enumerate(groups):
            if g.candidates:
                own = _context(gaz, [g])  # the group must not vote for itself
                g.probs = _softmax([
                    _score(gaz, groups, n, i, ctx, own) + W_COHERENCE * coherence[n][i]
                    for i in range(len(g.candidates))
                ])


def outside_named(gaz: Gazetteer, groups: list[Group], named: frozenset[str]) -> bool:
    """Lower the prior of readings outside the named countries; whether any changed."""
    changed = False
    for g in groups:
        inside = [gaz.countries[c.row] in named for c in g.candidates]
        if any(inside) and not all(inside):
            g.candidates = [
                c if ok else Candidate(c.row, c.prior - W_OUTSIDE, c.match)
                for c, ok in zip(g.candidates, inside, strict=True)
            ]
            changed = True
    return changed


def _score(
    gaz: Gazetteer, groups: list[Group], n: int, i: int, ctx: _Round,
    own: tuple[defaultdict[str, float], defaultdict[int, float]],
) -> float:
    """Candidate i of group n: its prior plus what the rest of the document says."""
    g = groups[n]
    row = g.candidates[i].row
    score = g.candidates[i].prior
    own_c, own_a = own
    others = ctx.total - g.weight
    if others > 0:
        cc = gaz.countries[row]
        share = ctx.countries[cc] - own_c[cc] + ctx.prior.get(cc, 0.0)
        # A story about Israel names Gaza: neighbouring countries count a little.
        share += W_NEIGHBOUR * sum(
            ctx.countries[nb] - own_c[nb] + ctx.prior.get(nb, 0.0)
            for nb in gaz.neighbours.get(cc, ())
        )
        score += W_COUNTRY * share / others
        admin = _admin1_of(gaz, row)
        if admin >= 0:
            score += W_ADMIN1 * (ctx.admins[admin] - own_a[admin]) / others
    score += W_NEAR * _nearness(gaz, row, ctx.anchors, n)
    return score + _containment(gaz, groups, n, row)


def _coherence(gaz: Gazetteer, groups: list[Group]) -> list[list[float]]:
    """For each candidate, the share of the other names that have a plausible reading
    near it, whatever the rounds later make of them. Two small places named side by side
    ("Paris and Henry County") fit each other in one state only; the world city that shares
    one of the names fits nothing. A reading counts in proportion to its prior, so a far-
    fetched one (a Mexican "San Salvador") cannot drag "Medellín" out of Colombia."""
    towns = []
    for g in groups:
        top = g.candidates[:COHERENCE_PER_GROUP]
        best = top[0].prior if top else 0.0
        towns.append([
            (c.row, min(1.0, PLAUSIBLE_SCALE * math.exp(c.prior - best)))
            for c in top if gaz.kinds[c.row] in _ANCHOR_KINDS
        ])
    others = sum(1 for t in towns if t)
    out = []
    for n, g in enumerate(groups):
        scores = []
        for cand in g.candidates:
            if gaz.kinds[cand.row] not in _ANCHOR_KINDS or others <= 1:
                scores.append(0.0)
                continue
            fit = sum(
                max((w * _pull(gaz, cand.row, row) for row, w in rows), default=0.0)
                for m, rows in enumerate(towns) if m != n and rows
            )
            scores.append(fit / (others - (1 if towns[n] else 0)))
        out.append(scores)
    return out


def _softmax(scores: list[float]) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _admin1_of(gaz: Gazetteer, row: int) -> int:
    return row if gaz.kinds[row] == KIND_ADMIN1 else gaz.admin1[row]


def _context(
    gaz: Gazetteer, groups: list[Group]
) -> tuple[defaultdict[str, float], defaultdict[int, float]]:
    countries: defaultdict[str, float] = defaultdict(float)
    admins: defaultdict[int, float] = defaultdict(float)
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
    for inner in g.contained:
        if any(contains(gaz, row, c.row) for c in groups[inner].candidates):
            score += W_CONTAINER_FITS
    return score
