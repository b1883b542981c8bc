"""Typed records at strife's boundaries: the public contract of ``docs/schema.md``.

Every stage hands these models to the next; nothing passes loose dicts. Field names and
vocabularies are the contract that users, exports and evaluation scripts rely on.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field

AttackType = Literal[
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
]
ATTACK_TYPES: tuple[AttackType, ...] = get_args(AttackType)

TargetType = Literal[
    "Business",
    "Government (General)",
    "Police",
    "Military",
    "Abortion Related",
    "Airports & Aircraft",
    "Government (Diplomatic)",
    "Educational Institution",
    "Food or Water Supply",
    "Journalists & Media",
    "Maritime",
    "NGO",
    "Other",
    "Private Citizens & Property",
    "Religious Figures/Institutions",
    "Telecommunication",
    "Terrorists/Non-State Militia",
    "Tourists",
    "Transportation",
    "Unknown",
    "Utilities",
    "Violent Political Party",
]
TARGET_TYPES: tuple[TargetType, ...] = get_args(TargetType)

WeaponType = Literal[
    "Biological",
    "Chemical",
    "Radiological",
    "Nuclear",
    "Firearms",
    "Explosives",
    "Fake Weapons",
    "Incendiary",
    "Melee",
    "Vehicle",
    "Sabotage Equipment",
    "Other",
    "Unknown",
]
WEAPON_TYPES: tuple[WeaponType, ...] = get_args(WeaponType)

ROLE_NAMES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")

DatePrecision = Literal["day", "month", "year", "approximate", "unknown"]
PlacePrecision = Literal["city", "admin2", "admin1", "country", "unknown"]
ReviewStatus = Literal["unreviewed", "accepted", "edited", "rejected"]


class Record(BaseModel):
    """Base for every record: unknown keys are an error, so typos surface at the boundary."""

    model_config = ConfigDict(extra="forbid")


class Document(Record):
    """One article as strife reads it; every evidence offset points into ``text``."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | None = None
    dateline: str | None = None
    language: str = "en"
    text: str


class DateRange(Record):
    start: date | None = None
    end: date | None = None
    precision: DatePrecision = "unknown"


class Location(Record):
    name: str | None = None
    city: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: PlacePrecision = "unknown"


class Perpetrator(Record):
    name: str
    kind: Literal["individual", "group"]
    claimed: bool = False


class Count(Record):
    """A casualty figure; ``total`` includes perpetrators (GTD nkill / nwound)."""

    total: int | None = None
    perpetrators: int | None = None


class Action(Record):
    text: str
    attack_type: AttackType
    killed: int | None = None


class Evidence(Record):
    field: str
    start: int
    end: int
    text: str
    document_id: str | None = None
    """the document whose text the offsets point into (a merged incident has several)"""


class Roles(Record):
    """MUC-4 role fillers: each inner list is one entity's verbatim mentions."""

    PerpInd: list[list[str]] = Field(default_factory=list)
    PerpOrg: list[list[str]] = Field(default_factory=list)
    Target: list[list[str]] = Field(default_factory=list)
    Victim: list[list[str]] = Field(default_factory=list)
    Weapon: list[list[str]] = Field(default_factory=list)


class Incident(Record):
    id: str
    date: DateRange = Field(default_factory=DateRange)
    location: Location = Field(default_factory=Location)
    attack_types: list[AttackType] = Field(default_factory=list)
    target_types: list[TargetType] = Field(default_factory=list)
    weapon_types: list[WeaponType] = Field(default_factory=list)
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    claimed_by: list[str] = Field(default_factory=list)
    killed: Count = Field(default_factory=Count)
    wounded: Count = Field(default_factory=Count)
    suicide: bool | None = None
    success: bool | None = None
    roles: Roles = Field(default_factory=Roles)
    actions: list[Action] = Field(default_factory=list)
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0


class Result(Record):
    """What extracting one document gives: the document and its incidents (maybe none)."""

    document: Document
    incidents: list[Incident] = Field(default_factory=list)


class Source(Record):
    document_id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | None = None

    @classmethod
    def from_document(cls, document: Document) -> Source:
        """The source record of a document: the one builder the store, the merge and the
        exports use. The outlet is the document's own, else the host of its URL."""
        return cls(
            document_id=document.id,
            url=document.url,
            source=document.source or source_of(document.url),
            title=document.title,
            published=document.published,
        )


def source_of(url: str | None) -> str | None:
    """The outlet a URL belongs to: its host without "www." (www.dawn.com → dawn.com)."""
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else (host or None)


class AlternativeValue(Record):
    value: int | float | str | bool | None
    document_id: str


class Review(Record):
    status: ReviewStatus = "unreviewed"
    by: str | None = None
    at: str | None = None


class StoredIncident(Incident):
    """An incident as kept in the store: the merge of every document that reported it."""

    sources: list[Source] = Field(default_factory=list)
    first_reported: date | None = None
    review: Review = Field(default_factory=Review)
    alternatives: dict[str, list[AlternativeValue]] = Field(default_factory=dict)
