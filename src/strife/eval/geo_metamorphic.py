"""Metamorphic place tests generated from the gazetteer itself.

Each case is one sentence in the style of an analyst summary or a wire report that names a
town by its chain of divisions, with the answer known from the gazetteer row it was built
from. Three kinds of town:

- ``real``: a town of the gazetteer;
- ``twin``: a town whose name some town in another country shares (the chain must decide);
- ``invented``: a name no gazetteer entry has; the place must fall back to the smallest
  unit the sentence gives (its admin1 or country).

Whatever the town, the country must be right; the first-level division must be right
wherever the sentence gives one (issue 10: country 100%, admin1 at least 99%). The generator
is seeded, so a run is repeatable: ``bench/bench_geo_metamorphic.py`` runs thousands,
``tests/geo/test_metamorphic.py`` a sample.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from strife.geo.gazetteer import KIND_ADMIN1, KIND_CITY, Gazetteer
from strife.geo.names import name_key

SEED = 20261130
# Countries whose reports the issue names, sampled as often as the rest of the world.
FOCUS = ("AF", "NG", "SO", "PK", "IQ", "SY", "ML", "PH", "CO", "YE", "LY", "NE", "BF", "CM",
         "IN", "TR", "KE", "CD", "MZ", "UA")
STYLES: tuple[str, ...] = (
    "Gunmen attacked a checkpoint in {town}, {admin2}, {admin1}, {country}.",
    "{TOWN}, {country} — A bomb exploded near a crowded market on {day}, killing {n} people.",
    "Insurgents opened fire on a police patrol near {town} in {admin1} province on {day}.",
    "{n} soldiers were killed when militants ambushed a convoy outside {town}, {admin1}, "
    "{country}.",
    "Assailants abducted {n} villagers in {town}, {admin1}, {country}, officials said.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SYLLABLES = ("ka", "ro", "zu", "mel", "tar", "bi", "qo", "nda", "shi", "vel", "gar", "lu",
              "ori", "ben", "kwa", "dri", "sam", "yel", "pon", "tuk")


@dataclass(frozen=True)
class Case:
    text: str
    start: int  # the town's offsets in ``text``
    end: int
    kind: str  # "real", "twin" or "invented"
    country: str  # ISO alpha-2
    admin1: str | None  # expected first-level division name, None where the text has none
    geonames_id: int | None  # the town's id; None for an invented town


@dataclass
class MetamorphicScores:
    cases: int
    country: float
    admin1: float  # over cases whose sentence names an admin1
    town: float  # real and twin towns: the very entry
    fallback: float  # invented towns: placed at a containing unit, not a guess
    by_kind: dict[str, tuple[int, float]]  # kind → (cases, country accuracy)
    failures: list[str]

    def lines(self) -> list[str]:
        out = [
            f"cases: {self.cases}",
            f"  country right:        {self.country:.2%}",
            f"  admin1 right:         {self.admin1:.2%}",
            f"  town's own entry:     {self.town:.2%} (real and twin towns)",
            f"  invented town falls back to a containing unit: {self.fallback:.2%}",
        ]
        for kind, (n, acc) in sorted(self.by_kind.items()):
            out.append(f"  {kind:9s} {n:5d} cases, country {acc:.2%}")
        return out


def generate(gaz: Gazetteer, count: int, seed: int = SEED) -> list[Case]:
    """``count`` cases: half real towns, a quarter twins, a quarter invented names."""
    rng = random.Random(seed)
    towns, twins = _towns(gaz)
    focus = [r for r in towns if gaz.countries[r] in FOCUS]
    shared = _shared_admin1_names(gaz)
    out: list[Case] = []
    while len(out) < count:
        roll = rng.random()
        if roll < 0.25:
            kind, row = "twin", rng.choice(twins)
        else:
            kind, row = ("invented" if roll < 0.5 else "real"), rng.choice(
                focus if rng.random() < 0.5 else towns)
        style = rng.choice(STYLES)
        if "{admin2}" in style and gaz.admin2[row] < 0:
            style = STYLES[-1]
        if "{country}" not in style and name_key(gaz.names[gaz.admin1[row]]) in shared:
            style = STYLES[-1]  # "in Punjab province" alone: Pakistan's or India's?
        name = _invented(gaz, rng) if kind == "invented" else gaz.names[row]
        out.append(_case(gaz, row, name, kind, style, rng))
    return out


def _towns(gaz: Gazetteer) -> tuple[list[int], list[int]]:
    """Towns in an admin1 with a plain name; those whose name a town abroad shares."""
    by_key: defaultdict[str, set[str]] = defaultdict(set)
    towns = []
    for row in range(len(gaz)):
        if gaz.kinds[row] != KIND_CITY or gaz.admin1[row] < 0 or not gaz.countries[row]:
            continue
        units = (row, gaz.admin1[row], gaz.admin2[row])
        if not all(_printable(gaz.names[u]) for u in units if u >= 0):
            continue
        towns.append(row)
        by_key[name_key(gaz.names[row])].add(gaz.countries[row])
    twins = [r for r in towns if len(by_key[name_key(gaz.names[r])]) > 1]
    return towns, twins


def _shared_admin1_names(gaz: Gazetteer) -> set[str]:
    """Keys of first-level divisions whose name another country's division also bears."""
    seen: defaultdict[str, set[str]] = defaultdict(set)
    for row in range(len(gaz)):
        if gaz.kinds[row] == KIND_ADMIN1:
            seen[name_key(gaz.names[row])].add(gaz.countries[row])
    return {key for key, countries in seen.items() if len(countries) > 1}


def _printable(name: str) -> bool:
    """Names as English copy prints them: a capital first, letters, spaces, hyphens and
    apostrophes (not "‘Ayn Jannā" or "Rosemont–La Petite-Patrie", which a reporter
    would respell)."""
    return bool(name) and name[0].isupper() and all(
        c.isalpha() or c in " -'." for c in name)


def _invented(gaz: Gazetteer, rng: random.Random) -> str:
    while True:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name_key(name) not in gaz.index:
            return name


def _case(gaz: Gazetteer, row: int, name: str, kind: str, style: str,
          rng: random.Random) -> Case:
    cc = gaz.countries[row]
    admin1 = gaz.names[gaz.admin1[row]]
    admin2 = gaz.names[gaz.admin2[row]] if gaz.admin2[row] >= 0 else ""
    fields = {
        "town": name, "TOWN": name.upper(), "admin1": admin1, "admin2": admin2,
        "country": gaz.names[gaz.country_rows[cc]], "day": rng.choice(_DAYS),
        "n": str(rng.randint(2, 19)),
    }
    text = style.format(**fields)
    marker = "{TOWN}" if "{TOWN}" in style else "{town}"
    start = len(style[: style.index(marker)].format(**fields))
    town_text = fields[marker.strip("{}")]
    return Case(
        text=text, start=start, end=start + len(town_text), kind=kind, country=cc,
        admin1=admin1 if "{admin1}" in style else None,
        geonames_id=gaz.geonames_ids[row] if kind != "invented" else None,
    )


def score(
    cases: list[Case], resolver: Any, parse: Callable[[Iterable[str]], Iterable[Any]],
) -> MetamorphicScores:
    """Resolve every sentence with ``resolver.resolve_doc`` and check the town's place."""
    country = admin1 = admin1_cases = town = real = fallback = invented = 0
    kinds: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[str] = []
    for case, doc in zip(cases, parse(c.text for c in cases), strict=True):
        place = next((p for p in resolver.resolve_doc(doc) if p.start == case.start), None)
        got_country = place is not None and place.country_code == case.country
        country += got_country
        kinds[case.kind][0] += 1
        kinds[case.kind][1] += got_country
        if case.admin1 is not None:
            admin1_cases += 1
            ok = place is not None and place.admin1 == case.admin1 or (
                place is not None and place.feature == "admin1" and place.name == case.admin1)
            admin1 += ok
            got_country = got_country and ok
        if case.kind == "invented":
            invented += 1
            fallback += place is not None and place.fallback
        else:
            real += 1
            town += place is not None and place.geonames_id == case.geonames_id
        if not got_country and len(failures) < 40:
            got = "nothing" if place is None else (
                f"{place.name} ({place.feature}, {place.admin1}, {place.country_code})")
            failures.append(f"{case.kind}: {case.text} → {got}")
    n = len(cases)
    return MetamorphicScores(
        cases=n,
        country=country / n,
        admin1=admin1 / admin1_cases if admin1_cases else 1.0,
        town=town / real if real else 1.0,
        fallback=fallback / invented if invented else 1.0,
        by_kind={k: (v[0], v[1] / v[0]) for k, v in kinds.items()},
        failures=failures,
    )

