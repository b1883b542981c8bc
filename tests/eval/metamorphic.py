"""Metamorphic variants of gold articles: other numbers, group names, towns and people.

Each variant rewrites an article and its gold coding together, so the same extraction rules
must give the rewritten answer: a casualty figure changed (and written as digits or words), the
perpetrator group renamed (to another listed group or to an invented one), or the incident's
town moved to another real town of the same country (and province, when the text names it),
picked from strife's gazetteer with its coordinates; with a parser, the people it finds (victims,
officials) are given invented names. A rewrite is only made where it is safe:
the value or name occurs literally, and nothing else in the text would contradict it (a
second nearby town, an alias of the group). Seeded: the same seed gives the same variants.

Used by ``tests/eval/test_paraphrase.py`` (a seeded sample) and ``bench/bench_metamorphic.py``
(every variant); ``metamorphic_eval.py`` scores them.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
SOURCE_DIRS = ("articles", "devset", "paraphrase")
KINDS = ("numbers", "names", "places")  # "people" too when variants() is given a parser

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# A number followed by one of these measures something else than people.
_MEASURES = ("kilogram", "kg", "metre", "meter", "hour", "day", "week", "month", "year",
             "minute", "percent", "per cent", "decade", "million", "tonne", "km", "kilometre",
             "mile", "time", "shell", "round", "rocket", "grenade", "truck", "bus", "vehicle",
             "house", "home", "classroom", "excavator", "mast", "antenna", "silo")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
# Invented group names (no real group is meant); real ones come from strife's group list.
_INVENTED_GROUPS = ("Popular Liberation Front", "Red Dawn Brigade",
                    "Movement for Popular Salvation", "Sons of the Plains",
                    "People's Revolutionary Vanguard", "Coastal Resistance Army",
                    "Islamic Front of the Faithful", "United Patriotic Militia")


@dataclass
class Variant:
    name: str
    kind: str
    text: str
    gold: dict[str, Any]
    source: str = ""  # the stem of the gold article it was made from


def number_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")


def _number_pattern(n: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w/.,-])(?:{n}|{re.escape(number_words(n))})(?![\w/-])", re.I)


def _is_count_use(text: str, match: re.Match[str]) -> bool:
    """Not a date, a time span or a measure: ``12 May``, ``May 12``, ``five kilograms``."""
    before = text[max(0, match.start() - 12):match.start()].lower().split()
    after = text[match.end():match.end() + 16].lower().lstrip(" -").split()
    if before and before[-1].strip(",") in _MONTHS:
        return False
    if after and (after[0].strip(",.") in _MONTHS or after[0].startswith(_MEASURES)):
        return False
    return not (after and re.match(r"\d{4}", after[0]))


def _surface(old: str, new: int, rng: random.Random) -> str:
    """The new number in digits or words (either, at random), in the old one's case."""
    if rng.random() < 0.5:
        word = number_words(new)
        return word.upper() if old.isupper() and len(old) > 1 else (
            word.capitalize() if old[:1].isupper() else word)
    return str(new)


def _body(text: str) -> str:
    """The text without its headline (a first line that does not end like a sentence)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and not lines[0].rstrip().endswith((".", '"')):
        lines = lines[1:]
    return "\n".join(lines)


def _new_count(text: str, old: int, rng: random.Random, taken: set[int]) -> int:
    while True:
        new = rng.choice([v for v in range(2, 60) if v != old])
        if new not in taken and not _number_pattern(new).search(text):
            return new


def substitute_numbers(text: str, gold: dict[str, Any], rng: random.Random
                       ) -> tuple[str, dict[str, Any]] | None:
    """Change killed/wounded totals that the text states as one literal figure."""
    if len(gold["incidents"]) != 1:
        return None
    incident = copy.deepcopy(gold["incidents"][0])
    counts = {f: (incident.get(f) or {}).get("total") for f in ("killed", "wounded")}
    taken = {v for v in counts.values() if isinstance(v, int)}
    changed = False
    for field, old in counts.items():
        if not isinstance(old, int) or old < 2 or list(counts.values()).count(old) > 1:
            continue
        uses = [m for m in _number_pattern(old).finditer(text)]
        if not uses or not all(_is_count_use(text, m) for m in uses):
            continue
        if not _number_pattern(old).search(_body(text)):
            continue  # only the headline has it; the body may compose it ("two and a third")
        new = _new_count(text, old, rng, taken)
        taken.add(new)
        perps = incident[field].get("perpetrators")
        if isinstance(perps, int) and perps > 0:
            continue  # "N, including the attacker": keep the split, do not guess it
        text = _number_pattern(old).sub(lambda m, n=new: _surface(m.group(0), n, rng), text)
        incident[field]["total"] = new
        changed = True
    if not changed:
        return None
    return text, {**gold, "incidents": [incident]}


@lru_cache(maxsize=1)
def _known_groups() -> tuple[str, ...]:
    """Canonical names of the product's group list (none if its layout has changed)."""
    try:
        from strife.extract.lexicon import load_lexicon

        names = sorted(set(load_lexicon().groups.values()))
    except (ImportError, AttributeError):
        return ()
    return tuple(re.sub(r"\s*\(.*\)$", "", name) for name in names)


@lru_cache(maxsize=1)
def _known_aliases() -> tuple[str, ...]:
    """Every spelling in the product's group list ("islamic state", "ttp")."""
    try:
        from strife.extract.lexicon import load_lexicon

        return tuple(sorted(load_lexicon().groups))
    except (ImportError, AttributeError):
        return ()


def _names_a_group(text: str, aliases: Sequence[str]) -> bool:
    """Whether the text names a listed group or one of ``aliases`` (short acronyms only in
    capitals, so "Ira" the name is not the IRA)."""
    for alias in [*aliases, *_known_aliases(), *_known_groups()]:
        short = len(alias) < 5
        found = re.search(rf"(?<!\w){re.escape(alias.upper() if short else alias)}(?!\w)", text,
                          0 if short else re.I)
        if found:
            return True
    return False


def substitute_group(text: str, gold: dict[str, Any], rng: random.Random
                     ) -> tuple[str, dict[str, Any]] | None:
    """Rename the one coded group, where its name (and no alias of it) is in the text."""
    if len(gold["incidents"]) != 1:
        return None
    incident = copy.deepcopy(gold["incidents"][0])
    perps = incident.get("perpetrators") or {}
    groups = perps.get("groups") or []
    if len(groups) != 1:
        return None
    old = groups[0]
    pattern = re.compile(rf"(?<!\w)(?:the )?{re.escape(old)}(?!\w)", re.I)
    rest = pattern.sub(" ", text)
    aliases = [a for a in [*perps.get("aliases", []), *perps.get("accept_groups", [])]
               if isinstance(a, str)]
    if not pattern.search(text) or _names_a_group(rest, aliases):
        return None  # an alias or another group (a parent, a rival) would still be named
    pool = [g for g in (*_known_groups(), *_INVENTED_GROUPS)
            if g.casefold() not in text.casefold() and old.casefold() not in g.casefold()]
    new = rng.choice(pool)
    text = pattern.sub(lambda m: m.group(0)[:4] + new if m.group(0).lower().startswith("the ")
                       else new, text)
    perps.update(groups=[new], accept_groups=[])
    perps.pop("aliases", None)
    if any(c.casefold() == old.casefold() for c in incident.get("claimed_by", [])):
        incident["claimed_by"] = [new]
    incident["perpetrators"] = perps
    return text, {**gold, "incidents": [incident]}


@lru_cache(maxsize=1)
def _towns_by_area() -> dict[tuple[str, str], list[int]]:
    """Gazetteer rows of towns (≥ 30,000 people, a name no other country shares), by
    (country, admin1 name) and by (country, "")."""
    from strife.geo.gazetteer import KIND_CITY
    from strife.geo.gazetteer_cache import load_gazetteer
    from strife.geo.names import name_key

    gaz = load_gazetteer()
    areas: dict[tuple[str, str], list[int]] = {}
    for row in range(len(gaz)):
        if gaz.kinds[row] != KIND_CITY or gaz.populations[row] < 30000:
            continue
        name = gaz.names[row]
        if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", name) or len(name) < 4:
            continue
        if {gaz.countries[r] for r, _ in gaz.lookup(name_key(name))} != {gaz.countries[row]}:
            continue
        admin = gaz.names[gaz.admin1[row]] if gaz.admin1[row] >= 0 else ""
        areas.setdefault((gaz.countries[row], admin), []).append(row)
        areas.setdefault((gaz.countries[row], ""), []).append(row)
    return areas


def _place_forms(city: str) -> list[str]:
    from strife.geo.names import fold

    forms = {city, fold(city).title(), city.replace("-", " "), fold(city)}
    return sorted(forms, key=len, reverse=True)


def _other_nearby_place(text: str, city: str, country: str, lat: float, lon: float) -> bool:
    """Whether the text names another town of the country near the incident (it would
    still point at the old place after the town is replaced)."""
    from strife.geo.distance import haversine_km
    from strife.geo.gazetteer import KIND_ADMIN2, KIND_CITY
    from strife.geo.gazetteer_cache import load_gazetteer
    from strife.geo.names import name_key

    gaz = load_gazetteer()
    own = name_key(city)
    words = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", text)
    for phrase in words:
        parts = phrase.split()
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                key = name_key(" ".join(parts[i:j]))
                if not key or key in own or own in key:
                    continue
                for row, _ in gaz.lookup(key):
                    if (gaz.kinds[row] in (KIND_CITY, KIND_ADMIN2)
                            and gaz.countries[row] == country and gaz.has_point(row)
                            and haversine_km(lat, lon, gaz.lats[row], gaz.lons[row]) < 150):
                        return True
    return False


def substitute_place(text: str, gold: dict[str, Any], rng: random.Random
                     ) -> tuple[str, dict[str, Any]] | None:
    """Move the incident to another town of its country (same province when one is named)."""
    from strife.geo.gazetteer_cache import load_gazetteer

    if len(gold["incidents"]) != 1:
        return None
    incident = copy.deepcopy(gold["incidents"][0])
    loc = incident.get("location") or {}
    city, country = loc.get("city"), (loc.get("country_code") or "").upper()
    if not city or not country or loc.get("lat") is None:
        return None
    if (loc.get("admin1") or "").casefold() == city.casefold():
        return None  # "Kaduna (Kaduna)": which mention is the town is not decidable here
    forms = [f for f in _place_forms(city)
             if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text, re.I)]
    if not forms or _other_nearby_place(text, city, country, loc["lat"], loc["lon"]):
        return None
    admin = loc.get("admin1") or ""
    area = (country, admin) if admin and admin.casefold() in text.casefold() else (country, "")
    gaz = load_gazetteer()
    pool = [r for r in _towns_by_area().get(area, [])
            if gaz.names[r].casefold() not in text.casefold()
            and gaz.names[r].casefold() != city.casefold()]
    if not pool:
        return None
    row = rng.choice(pool)
    new = gaz.names[row]
    for form in forms:  # not inside a URL ("…/quetta-polio-team")
        text = re.sub(rf"(?<![\w/-]){re.escape(form)}(?![\w/-])",
                      lambda m: new.upper() if m.group(0).isupper() else new, text, flags=re.I)
    loc.update(city=new, lat=round(gaz.lats[row], 4), lon=round(gaz.lons[row], 4),
               max_error_km=30)
    if gaz.admin1[row] >= 0:
        loc["admin1"] = gaz.names[gaz.admin1[row]]
    loc.pop("not", None)
    incident["location"] = loc
    document = dict(gold.get("document") or {})
    if document.get("dateline"):
        for form in forms:
            document["dateline"] = re.sub(re.escape(form), new.upper(), document["dateline"],
                                          flags=re.I)
    return text, {**gold, "document": document, "incidents": [incident]}


# Invented people (first name, surname) for the people rewrite; no real person is meant.
PEOPLE = (("Omar", "Haidari"), ("Samuel", "Okoro"), ("Lucia", "Ferrand"), ("Tomas", "Varga"),
           ("Aisha", "Rahmani"), ("Daniel", "Mwangi"), ("Nadia", "Sokolova"), ("Jorge", "Almeida"),
           ("Farid", "Nazari"), ("Grace", "Achieng"), ("Ibrahim", "Sangare"), ("Mei", "Lintang"))


def substitute_people(text: str, gold: dict[str, Any], rng: random.Random, nlp: Any
                      ) -> tuple[str, dict[str, Any]] | None:
    """Rename the people the parser finds (victims, officials, spokesmen), full names and
    surnames alike; the gold codes no person, so it stays as it is. Names that are also a
    place, a coded group or a gold value are left alone."""
    from strife.geo.gazetteer_cache import load_gazetteer
    from strife.geo.names import name_key

    gaz = load_gazetteer()
    coded = json.dumps(gold["incidents"]).casefold()
    people = []
    for ent in nlp(_body(text)).ents:  # headlines' capitals fool the tagger
        words = re.sub(r"['’]s$", "", ent.text.strip(".,")).split()
        if (ent.label_ != "PERSON" or len(words) < 2 or len(words[-1]) < 3
                or words[0].casefold() == "the" or not ent.text[0].isupper()
                or any(w.casefold() in coded for w in words if len(w) > 3)
                or gaz.lookup(name_key(" ".join(words)))):
            continue
        people.append(" ".join(words))
    if not people:
        return None
    pool = [p for p in PEOPLE if p[1] not in text]
    for person in sorted(set(people), key=len, reverse=True):
        if not pool:
            break
        first, last = pool.pop(rng.randrange(len(pool)))
        surname = person.split()[-1]
        text = re.sub(rf"(?<!\w){re.escape(person)}(?!\w)", f"{first} {last}", text)
        text = re.sub(rf"(?<!\w){re.escape(surname)}(?!\w)", last, text)
    return text, gold


_SUBSTITUTIONS = {"numbers": substitute_numbers, "names": substitute_group,
                  "places": substitute_place}


def sources(dirs: Sequence[str] = SOURCE_DIRS) -> list[Path]:
    return sorted(p for d in dirs for p in (DATA / d).glob("*.gold.json"))


def variants(seed: int = 0, dirs: Sequence[str] = SOURCE_DIRS, nlp: Any = None
             ) -> Iterator[Variant]:
    """One variant of each kind for each source where that rewrite is safe, then one with all
    of them together. With a spaCy pipeline (``nlp``), people are renamed too ("people")."""
    rng = random.Random(seed)
    for path in sources(dirs):
        stem = path.name.removesuffix(".gold.json")
        text = path.with_name(stem + ".txt").read_text(encoding="utf-8")
        gold = json.loads(path.read_text(encoding="utf-8"))
        combined: tuple[str, dict[str, Any]] = (text, gold)
        done = []
        for kind in KINDS:
            made = _SUBSTITUTIONS[kind](text, gold, rng)
            if made is not None:
                yield Variant(f"{stem}.{kind}", kind, *made, source=stem)
                again = _SUBSTITUTIONS[kind](*combined, rng)
                if again is not None:
                    combined = again
                    done.append(kind)
        if nlp is not None:
            made = substitute_people(text, gold, rng, nlp)
            if made is not None:
                yield Variant(f"{stem}.people", "people", *made, source=stem)
                again = substitute_people(*combined, rng, nlp)
                if again is not None:
                    combined = again
                    done.append("people")
        if len(done) > 1:
            yield Variant(f"{stem}.{'+'.join(done)}", "combined", *combined, source=stem)
