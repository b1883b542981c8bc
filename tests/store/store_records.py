"""Small builders of documents, incidents and results for the store tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from strife.models import Document, Incident, Result, Source, StoredIncident


def document(name: str, published: str | None = "2011-11-13", **fields: Any) -> Document:
    text = fields.pop("text", f"Report {name}: gunmen attacked a police post, officials said.")
    return Document(
        id=f"doc-{name}",
        url=fields.pop("url", f"https://news.example/{name}"),
        source=fields.pop("source", "news.example"),
        title=fields.pop("title", f"Report {name}"),
        published=date.fromisoformat(published) if published else None,
        text=text,
        **fields,
    )


def incident(
    name: str,
    *,
    start: str | None = "2011-11-12",
    end: str | None = None,
    country_code: str | None = "KZ",
    country: str | None = "Kazakhstan",
    lat: float | None = 42.9,
    lon: float | None = 71.37,
    **fields: Any,
) -> Incident:
    return Incident.model_validate(
        {
            "id": f"inc-{name}",
            "date": {
                "start": start,
                "end": end or start,
                "precision": "day" if start else "unknown",
            },
            "location": {
                "name": fields.pop("place", "Taraz"),
                "city": fields.pop("city", "Taraz"),
                "admin1": fields.pop("admin1", "Zhambyl"),
                "country": country,
                "country_code": country_code,
                "lat": lat,
                "lon": lon,
                "precision": "city",
            },
            "attack_types": fields.pop("attack_types", ["Armed Assault"]),
            "summary": fields.pop("summary", f"Incident {name}."),
            **fields,
        }
    )


def result(doc: Document, *incidents: Incident) -> Result:
    return Result(document=doc, incidents=list(incidents))


def stored(inc: Incident, *docs: Document) -> StoredIncident:
    """What the store should hold for ``inc`` reported (only) by ``docs``."""
    sources = [
        Source(document_id=d.id, url=d.url, source=d.source, title=d.title, published=d.published)
        for d in docs
    ]
    return StoredIncident.model_validate(
        {
            **inc.model_dump(),
            "sources": [s.model_dump() for s in sources],
            "first_reported": docs[0].published,
        }
    )


RICH_INCIDENT_FIELDS: dict[str, Any] = {
    "attack_types": ["Armed Assault", "Bombing/Explosion"],
    "target_types": ["Police", "Private Citizens & Property"],
    "weapon_types": ["Firearms", "Explosives"],
    "perpetrators": [{"name": "Kariyev", "kind": "individual", "claimed": False}],
    "claimed_by": ["Jund al-Khilafah"],
    "killed": {"total": 8, "perpetrators": 1},
    "wounded": {"total": 3, "perpetrators": None},
    "suicide": True,
    "success": True,
    "roles": {"PerpInd": [["Kariyev", "the attacker"]], "Victim": [["two police officers"]]},
    "actions": [{"text": "shot two officers", "attack_type": "Armed Assault", "killed": 2}],
    "evidence": [{"field": "killed.total", "start": 0, "end": 6, "text": "Report"}],
    "confidence": 0.75,
}
