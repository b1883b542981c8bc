"""Field checks of ``strife eval gold``: one predicted incident (or its split parts) vs gold.

Gold conventions (``shared/seed/*.gold.json``): a type list is ``{"must": […], "accept": […]}``
and is right when every ``must`` value is predicted and nothing outside ``accept`` is; a
location is right within ``max_error_km`` of the gold point; a count is right when equal (a
gold list of numbers accepts any of them; ``null`` means the text does not say, so the
prediction must be null too; ``accept_total``/``accept_perpetrators`` list other right values);
names match when one contains the other after case folding, and a group's ``aliases`` (names
the text also uses for it: ``ELN``, ``TTP``) count as its name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from strife.geo.distance import haversine_km
from strife.models import Incident

Check = tuple[str, bool, str, str]
"""(field, correct, expected, got)."""


def same_place_name(got: str, want: str) -> bool:
    """Names of one place as coders write them: accents, case and hyphens aside, and one
    name inside the other ("Arish" / "El-Arish", "Iguala" / "Iguala de la Independencia")."""
    a, b = _fold(got), _fold(want)
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name_key(name))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("'", " ").split())


def name_key(name: str) -> str:
    """Case-folded name without punctuation or a leading "the"."""
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def names_match(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def name_sets_match(predicted: Sequence[str], gold: Sequence[str],
                    accept: Sequence[str] = (), aliases: Sequence[str] = ()) -> bool:
    """Every gold name found, and every predicted name is a gold or accepted name. Aliases
    name the one gold group (with several, an alias only counts as an accepted name)."""
    own = list(aliases) if len(gold) == 1 else []
    allowed = [*gold, *accept, *aliases]
    return all(any(names_match(p, g) for p in predicted for g in [name, *own])
               for name in gold) and all(
        any(names_match(p, g) for g in allowed) for p in predicted
    )


def check_types(field: str, gold: dict[str, Any], parts: Sequence[Incident]) -> Check:
    got = sorted({t for part in parts for t in getattr(part, field)})
    must = list(gold.get("must", []))
    accept = set(gold.get("accept", must)) | set(must)
    ok = all(m in got for m in must) and all(g in accept for g in got)
    return field, ok, f"must {must}, accept {sorted(accept)}", str(got)


def check_date(gold: dict[str, Any], parts: Sequence[Incident]) -> Check:
    """Right when the predicted range lies inside the gold range (a day must be that day)."""
    start, end = date.fromisoformat(gold["start"]), date.fromisoformat(gold["end"])
    got = parts[0].date
    ok = got.start is not None and got.end is not None and start <= got.start <= got.end <= end
    return "date", ok, f"{start}..{end}", f"{got.start}..{got.end}"


def check_location(gold: dict[str, Any], parts: Sequence[Incident]) -> list[Check]:
    got = parts[0].location
    checks: list[Check] = []
    if gold.get("lat") is not None and gold.get("lon") is not None:
        limit = float(gold.get("max_error_km", 25))
        ok = got.lat is not None and got.lon is not None and (
            haversine_km(gold["lat"], gold["lon"], got.lat, got.lon) <= limit
        )
        checks.append(("location", ok, f"{gold['lat']},{gold['lon']} ±{limit:g} km",
                       f"{got.lat},{got.lon}"))
    if "city" in gold:
        ok = (got.city is None) if gold["city"] is None else (
            got.city is not None and same_place_name(got.city, gold["city"]))
        checks.append(("city", ok, str(gold["city"]), str(got.city)))
    if "country_code" in gold:
        ok = (got.country_code or "").upper() == (gold["country_code"] or "").upper()
        checks.append(("country", ok, str(gold["country_code"]), str(got.country_code)))
    return checks


def _count_ok(gold: object, got: int | None) -> bool:
    if isinstance(gold, list):
        return got in gold
    return got == gold


def check_counts(field: str, gold: dict[str, Any], parts: Sequence[Incident]) -> list[Check]:
    """``killed``/``wounded`` total and perpetrators; split parts add up (GTD nkill)."""
    checks: list[Check] = []
    for key in ("total", "perpetrators"):
        if key not in gold:
            continue
        values = [getattr(getattr(p, field), key) for p in parts]
        known = [v for v in values if v is not None]
        got = sum(known) if known else None
        ok = _count_ok(gold[key], got) or got in gold.get(f"accept_{key}", [])
        checks.append((f"{field}.{key}", ok, str(gold[key]), str(got)))
    return checks


def check_perpetrators(gold: dict[str, Any], parts: Sequence[Incident]) -> list[Check]:
    perps = [p for part in parts for p in part.perpetrators]
    groups = [p.name for p in perps if p.kind == "group"]
    people = [p.name for p in perps if p.kind == "individual"]
    checks: list[Check] = []
    if "groups" in gold:
        # accept_groups: other names that may be coded, or (lists) other whole codings
        accept = gold.get("accept_groups", [])
        names = [a for a in accept if isinstance(a, str)]
        options = [gold["groups"], *(a for a in accept if isinstance(a, list))]
        ok = any(name_sets_match(groups, option, names, _aliases(gold)) for option in options)
        checks.append(("perpetrators.groups", ok, str(gold["groups"]), str(groups)))
    must = gold.get("must_individual", [])
    if must:
        ok = all(any(names_match(p, m) for p in people) for m in must)
        checks.append(("perpetrators.individuals", ok, str(must), str(people)))
    return checks


def _aliases(perpetrators: dict[str, Any]) -> list[str]:
    return [a for a in perpetrators.get("aliases", []) if isinstance(a, str)]


def check_incident(gold: dict[str, Any], parts: Sequence[Incident]) -> list[Check]:
    """Every field the gold incident codes, checked against the matched prediction."""
    checks: list[Check] = []
    handlers: dict[str, Callable[[Any], list[Check]]] = {
        "date": lambda g: [check_date(g, parts)],
        "location": lambda g: check_location(g, parts),
        "attack_types": lambda g: [check_types("attack_types", g, parts)],
        "target_types": lambda g: [check_types("target_types", g, parts)],
        "weapon_types": lambda g: [check_types("weapon_types", g, parts)],
        "killed": lambda g: check_counts("killed", g, parts),
        "wounded": lambda g: check_counts("wounded", g, parts),
        "perpetrators": lambda g: check_perpetrators(g, parts),
    }
    for key, handler in handlers.items():
        if isinstance(gold.get(key), dict):
            checks += handler(gold[key])
    if "suicide" in gold:
        got = next((p.suicide for p in parts if p.suicide is not None), None)
        checks.append(("suicide", got == gold["suicide"], str(gold["suicide"]), str(got)))
    if "claimed_by" in gold:
        got_claims = [c for p in parts for c in p.claimed_by]
        ok = name_sets_match(got_claims, gold["claimed_by"],
                             aliases=_aliases(gold.get("perpetrators") or {}))
        checks.append(("claimed_by", ok, str(gold["claimed_by"]), str(got_claims)))
    return checks


def expected_fields(gold: dict[str, Any]) -> list[str]:
    """The fields a gold incident codes (all count as wrong when it is not found)."""
    from strife.models import DateRange
    from strife.models import Incident as _Incident

    empty = _Incident(id="none", date=DateRange())
    return [field for field, *_ in check_incident(gold, [empty])]
