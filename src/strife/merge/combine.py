"""Fold a new report of an incident into the stored incident.

Reconcile rules
---------------
* ``sources``: the new document is appended and the list kept oldest first by published date
  (undated reports last); ``first_reported`` is the earliest date. A document already among
  the sources changes nothing, so a repeated ingest is harmless.
* Lists (attack, target and weapon types; perpetrators, matched by name as in
  ``strife.merge.names``; ``claimed_by``) are the union, stored entries first. "Unknown" is
  dropped once a real type is known. A perpetrator named by both keeps the first report's name
  and is ``claimed`` if either report says so.
* ``roles``, ``actions`` and ``summary`` stay those of the first report (they point into its
  text); new ``evidence`` snippets are added.
* Figures (``killed.total``, ``killed.perpetrators``, ``wounded.total``,
  ``wounded.perpetrators``): while every report agrees (or is silent) the figure is simply
  kept. Once a report disagrees, ``alternatives[field]`` lists every report's value with its
  document id (the stored value is credited to each earlier source, since agreeing reports
  were never told apart), and from then on every later report's value is added. The
  incident's value is the **latest stated total**: the latest-published report's value,
  because death tolls rise as the wounded die and bodies are found; reports published the
  same day → the **maximum**. A later figure *lower* than an earlier one is taken as partial
  (a follow-up retelling one step of the attack) and the highest figure stays, unless that
  report says the toll was revised down (GTD: the most recent *total*, never a partial one).
* ``location``: the more precise one (city over admin1 over country); equal precision keeps
  the stored place, filling its gaps from the new one when both name the same place.
* ``date``: the narrower of the two ranges when they overlap (a later report often pins the
  day); ranges that do not overlap keep the stored one.
* ``acled``: the first report's coding, or the new one's when the stored record has none
  (stored before strife coded ACLED types); a report that reveals a suicide attack makes an
  explosion a "Suicide bomb", as the GTD ``suicide`` flag does.
* ``suicide`` becomes true when any report says so (later reports reveal it); ``success``
  and other scalars keep the first stated value; ``confidence`` is the highest.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from strife.merge.agreement import date_gap_days
from strife.merge.names import same_actor
from strife.merge.targets import lowers_toll
from strife.models import (
    AcledCoding,
    AlternativeValue,
    Count,
    DateRange,
    Document,
    Evidence,
    Incident,
    Location,
    Perpetrator,
    Source,
    StoredIncident,
)

Label = TypeVar("Label", bound=str)

FIGURES: tuple[tuple[str, str], ...] = (
    ("killed", "total"),
    ("killed", "perpetrators"),
    ("wounded", "total"),
    ("wounded", "perpetrators"),
)
_PRECISION_RANK = {"city": 4, "admin2": 3, "admin1": 2, "country": 1, "unknown": 0}


def new_stored_incident(incident: Incident, document: Document) -> StoredIncident:
    """The stored form of an incident seen for the first time, with its one source."""
    return StoredIncident(
        **incident.model_dump(),
        sources=[Source.from_document(document)],
        first_reported=document.published,
    )


def _sorted_sources(sources: list[Source]) -> list[Source]:
    # Oldest first; a report without a date cannot be placed, so it goes last.
    return sorted(sources, key=lambda s: (s.published is None, s.published or date.min))


def union_types(stored: list[Label], new: list[Label]) -> list[Label]:
    """Both reports' GTD types, the stored ones first; "Unknown" only if nothing else is."""
    merged = list(dict.fromkeys([*stored, *new]))
    informative = [t for t in merged if t != "Unknown"]
    return informative or merged


def union_perpetrators(stored: list[Perpetrator], new: list[Perpetrator]) -> list[Perpetrator]:
    merged = [p.model_copy() for p in stored]
    for candidate in new:
        twin = next(
            (p for p in merged if p.kind == candidate.kind and same_actor(p.name, candidate.name)),
            None,
        )
        if twin is None:
            merged.append(candidate.model_copy())
        elif candidate.claimed:
            twin.claimed = True
    return merged


def union_names(stored: list[str], new: list[str]) -> list[str]:
    merged = list(stored)
    merged.extend(n for n in new if not any(same_actor(n, m) for m in merged))
    return merged


def union_evidence(stored: list[Evidence], new: list[Evidence]) -> list[Evidence]:
    seen = {(e.field, e.text) for e in stored}
    return [*stored, *(e for e in new if (e.field, e.text) not in seen)]


def choose_location(stored: Location, new: Location) -> Location:
    """The more precise place; at equal precision the stored one, its gaps filled."""
    if _PRECISION_RANK[new.precision] > _PRECISION_RANK[stored.precision]:
        return new
    same_id = stored.geonames_id is not None and stored.geonames_id == new.geonames_id
    same_name = bool(stored.name and new.name and stored.name.lower() == new.name.lower())
    if new.precision != stored.precision or not (same_id or same_name):
        return stored
    filled = {k: v for k, v in new.model_dump().items() if v is not None}
    filled.update({k: v for k, v in stored.model_dump().items() if v is not None})
    return Location(**filled)


def _width(r: DateRange) -> int:
    if r.start is None or r.end is None:
        return 10**6 if r.start is None and r.end is None else 10**5
    return (r.end - r.start).days


def choose_date(stored: DateRange, new: DateRange) -> DateRange:
    """The narrower range when the two are consistent (overlap); else the stored one."""
    if stored.start is None and stored.end is None:
        return new
    if date_gap_days(stored, new) == 0 and _width(new) < _width(stored):
        return new
    return stored


def reconcile_figure(
    field: str,
    stored_value: int | None,
    new_value: int | None,
    alternatives: dict[str, list[AlternativeValue]],
    earlier: list[Source],
    new_source: Source,
    lowered: bool = False,
) -> int | None:
    """The figure by the rule in the module docstring; updates ``alternatives`` in place.
    ``lowered``: the new report says an earlier toll was too high."""
    entries = alternatives.get(field, [])
    if new_value is None:
        return stored_value
    if not entries:
        if stored_value is None or stored_value == new_value:
            return new_value
        entries = [AlternativeValue(value=stored_value, document_id=s.document_id) for s in earlier]
    entries = [e for e in entries if e.document_id != new_source.document_id]
    entries.append(AlternativeValue(value=new_value, document_id=new_source.document_id))
    alternatives[field] = entries
    latest = latest_value(entries, [*earlier, new_source])
    highest = max((e.value for e in entries if isinstance(e.value, int | float)), default=None)
    if latest is not None and highest is not None and latest < highest and not lowered:
        return int(highest)  # a lower later figure is partial, not a revised total
    return latest


def latest_value(entries: list[AlternativeValue], sources: list[Source]) -> int | None:
    """The latest-published report's value; reports of the same day → the maximum."""
    published = {s.document_id: s.published or date.min for s in sources}
    dated = [(published.get(e.document_id, date.min), e.value) for e in entries]
    numbers = [(day, v) for day, v in dated if isinstance(v, int | float)]
    if not numbers:
        return None
    latest = max(day for day, _ in numbers)
    return int(max(v for day, v in numbers if day == latest))


def _reconcile_counts(
    stored: StoredIncident, new: Incident, source: Source, lowered: bool = False
) -> tuple[dict[str, Count], dict[str, list[AlternativeValue]]]:
    alternatives = {k: list(v) for k, v in stored.alternatives.items()}
    counts = {"killed": stored.killed.model_copy(), "wounded": stored.wounded.model_copy()}
    for group, part in FIGURES:
        value = reconcile_figure(
            f"{group}.{part}",
            getattr(counts[group], part),
            getattr(getattr(new, group), part),
            alternatives,
            stored.sources,
            source,
            lowered,
        )
        setattr(counts[group], part, value)
    return counts, alternatives


def combine(
    stored: StoredIncident, new: Incident, source: Source, document: Document
) -> StoredIncident:
    """The stored incident with ``new`` (extracted from ``document``) folded in."""
    source = source.model_copy(update={"document_id": source.document_id or document.id})
    if any(s.document_id == source.document_id for s in stored.sources):
        return stored.model_copy(deep=True)
    counts, alternatives = _reconcile_counts(stored, new, source, lowers_toll(document.text))
    sources = _sorted_sources([*stored.sources, source])
    dates = [s.published for s in sources if s.published is not None]
    return stored.model_copy(
        deep=True,
        update={
            "date": choose_date(stored.date, new.date),
            "location": choose_location(stored.location, new.location),
            "attack_types": union_types(stored.attack_types, new.attack_types),
            "target_types": union_types(stored.target_types, new.target_types),
            "weapon_types": union_types(stored.weapon_types, new.weapon_types),
            "perpetrators": union_perpetrators(stored.perpetrators, new.perpetrators),
            "claimed_by": union_names(stored.claimed_by, new.claimed_by),
            "killed": counts["killed"],
            "wounded": counts["wounded"],
            "suicide": _suicide(stored.suicide, new.suicide),
            "acled": _acled(stored, new),
            "success": stored.success if stored.success is not None else new.success,
            "roles": (stored.roles if _has_roles(stored) else new.roles).model_copy(deep=True),
            "actions": stored.actions or new.actions,
            "summary": stored.summary or new.summary,
            "evidence": union_evidence(stored.evidence, new.evidence),
            "confidence": max(stored.confidence, new.confidence),
            "sources": sources,
            "first_reported": min(dates) if dates else None,
            "alternatives": alternatives,
        },
    )


def _acled(stored: Incident, new: Incident) -> AcledCoding | None:
    coding = stored.acled or new.acled
    if coding is None or new.acled is None:
        return coding
    if (new.acled.sub_event_type == "Suicide bomb"
            and coding.event_type == "Explosions/Remote violence"):
        return new.acled.model_copy()
    return coding.model_copy()


def _has_roles(incident: Incident) -> bool:
    return any(getattr(incident.roles, name) for name in type(incident.roles).model_fields)


def _suicide(stored: bool | None, new: bool | None) -> bool | None:
    # A later report often reveals that the attacker meant to die (GTD suicide = 1).
    if stored or new:
        return True
    return stored if stored is not None else new
