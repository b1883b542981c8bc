"""Hand-built incident records for the merge tests (places and counts written out by hand)."""

from __future__ import annotations

from datetime import date
from typing import Any

from strife.models import Document, Incident, Location, Source, StoredIncident

TARAZ = Location(
    name="Taraz", city="Taraz", admin1="Jambyl", country="Kazakhstan", country_code="KZ",
    lat=42.898, lon=71.373, geonames_id=1516905, precision="city",
)
ATYRAU = Location(
    name="Atyrau", city="Atyrau", admin1="Atyrau", country="Kazakhstan", country_code="KZ",
    lat=47.105, lon=51.884, geonames_id=610529, precision="city",
)
BISHKEK = Location(
    name="Bishkek", city="Bishkek", country="Kyrgyzstan", country_code="KG",
    lat=42.87, lon=74.59, geonames_id=1528675, precision="city",
)
JAMBYL = Location(
    name="Jambyl", admin1="Jambyl", country="Kazakhstan", country_code="KZ", precision="admin1"
)
KAZAKHSTAN = Location(
    name="Kazakhstan", country="Kazakhstan", country_code="KZ", precision="country"
)


def incident(**fields: Any) -> Incident:
    """A Taraz-like incident on 2011-11-12; keyword arguments replace any field."""
    base: dict[str, Any] = {
        "id": "inc",
        "date": {"start": "2011-11-12", "end": "2011-11-12", "precision": "day"},
        "location": TARAZ.model_dump(),
        "attack_types": ["Armed Assault", "Bombing/Explosion"],
        "target_types": ["Police"],
        "weapon_types": ["Firearms", "Explosives"],
        "perpetrators": [{"name": "Kariyev", "kind": "individual", "claimed": False}],
        "killed": {"total": 8, "perpetrators": 1},
        "summary": "A gunman killed seven people in Taraz, most of them police officers, "
        "and then blew himself up.",
    }
    base.update(fields)
    return Incident.model_validate(base)


def document(doc_id: str, published: str | None, text: str = "An article.") -> Document:
    return Document(
        id=doc_id,
        text=text,
        title=f"Report {doc_id}",
        url=f"https://news.example/{doc_id}",
        source="news.example",
        published=date.fromisoformat(published) if published else None,
    )


def source(doc: Document) -> Source:
    return Source(
        document_id=doc.id, url=doc.url, source=doc.source, title=doc.title,
        published=doc.published,
    )


def stored(inc: Incident, doc: Document) -> StoredIncident:
    return StoredIncident(
        **inc.model_dump(), sources=[source(doc)], first_reported=doc.published
    )
