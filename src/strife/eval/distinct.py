"""How many distinct attacks the merge step wrongly fuses (``strife eval distinct``).

A seeded generator writes short GTD-style summaries of distinct attacks, each its own
document: varied cities and days, and on purpose the hard cases that share place and time —
several attacks in one city on one day against different targets, in different
neighbourhoods, and "one of two related attacks" in one city. Every summary goes through the
full extraction pipeline and into a fresh store, exactly as separate reports would arrive;
every record that ends up holding more than one event's document is a fusion. Nothing here
is a real event; the cities are real so that they geocode.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from strife.ingest.documents import document_from_plain_text
from strife.models import Document, Result

CITIES = (
    ("Baghdad", "Baghdad", "Iraq"), ("Mosul", "Nineveh", "Iraq"), ("Kirkuk", "Kirkuk", "Iraq"),
    ("Kabul", "Kabul", "Afghanistan"), ("Kandahar", "Kandahar", "Afghanistan"),
    ("Jalalabad", "Nangarhar", "Afghanistan"), ("Mogadishu", "Banadir", "Somalia"),
    ("Quetta", "Balochistan", "Pakistan"), ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Karachi", "Sindh", "Pakistan"), ("Maiduguri", "Borno", "Nigeria"),
    ("Kano", "Kano", "Nigeria"), ("Aden", "Aden", "Yemen"), ("Benghazi", "Benghazi", "Libya"),
    ("Aleppo", "Aleppo", "Syria"), ("Istanbul", "Istanbul", "Turkey"),
    ("Diyarbakir", "Diyarbakir", "Turkey"), ("Srinagar", "Jammu and Kashmir", "India"),
    ("Manila", "Metro Manila", "Philippines"), ("Yala", "Yala", "Thailand"),
    ("Bamako", "Bamako", "Mali"), ("Nairobi", "Nairobi", "Kenya"),
    ("Garissa", "Garissa", "Kenya"), ("Dhaka", "Dhaka", "Bangladesh"),
    ("Cairo", "Cairo", "Egypt"), ("Tripoli", "Tripoli", "Libya"),
)
# (target phrase, the victims' noun): distinct targets that attacks in one city can hit.
TARGETS = (
    ("a police station", "police officers"), ("a crowded market", "civilians"),
    ("a Shiite mosque", "worshippers"), ("a military checkpoint", "soldiers"),
    ("a primary school", "students"), ("a bus station", "passengers"),
    ("the office of a local newspaper", "journalists"), ("a government office", "employees"),
    ("a church", "worshippers"), ("a hotel", "guests"), ("a football stadium", "spectators"),
    ("a hospital", "patients"), ("the residence of a local councillor", "family members"),
    ("a bank", "customers"), ("a fuel depot", "workers"),
)
ATTACKS = (
    ("detonated an explosives-laden vehicle outside", "in the blast"),
    ("opened fire on", "in the shooting"),
    ("threw a grenade at", "in the explosion"),
    ("detonated an improvised explosive device near", "in the blast"),
    ("stormed", "in the assault"),
)
QUARTERS = ("northern", "southern", "eastern", "western", "central")
GROUPS = ("No group claimed responsibility for the incident.",
          "No group claimed responsibility.",
          "The Islamic State claimed responsibility for the attack.",
          "Authorities suspected local militants.")


@dataclass(frozen=True)
class Event:
    id: str
    text: str
    published: date


def _summary(rng: random.Random, day: date, city: tuple[str, str, str], target: tuple[str, str],
             quarter: str | None, related: int) -> str:
    verb, where = rng.choice(ATTACKS)
    place = f"the {quarter} part of {city[0]}" if quarter else city[0]
    killed, wounded = rng.randint(1, 30), rng.randint(0, 60)
    lines = [f"On {day.day} {day:%B %Y}, assailants {verb} {target[0]} in {place}, "
             f"{city[1]}, {city[2]}."]
    lines.append(f"At least {killed} {target[1]} were killed and {wounded} others were "
                 f"wounded {where}." if wounded else f"{killed} {target[1]} were killed {where}.")
    if related > 1:
        lines.append(f"This was one of {related} related attacks in {city[0]} on this date.")
    lines.append(rng.choice(GROUPS))
    return " ".join(lines)


def generate_events(count: int = 200, seed: int = 13) -> list[Event]:
    """``count`` distinct attacks; about half share their city and day with another one."""
    rng = random.Random(seed)
    events: list[Event] = []
    start = date(2015, 1, 1)
    while len(events) < count:
        city = rng.choice(CITIES)
        day = start + timedelta(days=rng.randrange(0, 3 * 365))
        size = min(rng.choice((1, 1, 2, 2, 3)), count - len(events))
        targets = rng.sample(TARGETS, size)
        related = size if size > 1 and rng.random() < 0.5 else 0
        quarters = rng.sample(QUARTERS, size) if size > 1 and rng.random() < 0.4 else [None] * size
        for target, quarter in zip(targets, quarters, strict=True):
            text = _summary(rng, day, city, target, quarter, related)
            events.append(Event(f"event-{len(events):04d}", text, day))
    return events


class Extracts(Protocol):
    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]: ...


@dataclass(frozen=True)
class DistinctReport:
    events: int
    records: int
    fused_events: int
    fused_records: int
    examples: list[list[str]]

    @property
    def fused_share(self) -> float:
        return self.fused_events / self.events if self.events else 0.0


def evaluate_distinct(events: list[Event], extractor: Extracts) -> DistinctReport:
    """Extract every event into a fresh store and count the records holding several events."""
    from strife.store import open_store

    documents = [document_from_plain_text(e.text, published=e.published, title=e.id)
                 for e in events]
    by_document = {d.id: e for d, e in zip(documents, events, strict=True)}
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'distinct.db'}")
        try:
            for result in extractor.extract_many(documents):
                store.add_result(result)
            groups = [sorted({by_document[s.document_id].id for s in incident.sources
                              if s.document_id in by_document})
                      for incident in store.iter_incidents()]
        finally:
            store.close()
    fused = [g for g in groups if len(g) > 1]
    return DistinctReport(
        events=len(events), records=len(groups),
        fused_events=len({e for g in fused for e in g}), fused_records=len(fused),
        examples=fused[:10],
    )


def render_distinct(report: DistinctReport, events: list[Event]) -> str:
    texts = {e.id: e.text for e in events}
    lines = [
        f"distinct events: {report.events}, records: {report.records}",
        f"fused: {report.fused_events} events ({100 * report.fused_share:.1f}%) "
        f"into {report.fused_records} records",
    ]
    for group in report.examples:
        lines.append("  fused: " + " | ".join(texts[e][:90] for e in group))
    return "\n".join(lines)
