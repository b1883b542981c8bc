"""Hand-made articles and incidents for the API tests: no spaCy needed, every value known."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from strife.models import Document, Evidence, Incident, Result

TOKEN = "test-token-5f1c"

KZ_TEXT = (
    "Taraz police station attacked\n\n"
    "TARAZ, Kazakhstan - A gunman killed five people at a police station in Taraz on Saturday, "
    "officials said. The Jund al-Khilafah group claimed the attack."
)
NG_TEXT = (
    "Market bomb in Maiduguri\n\n"
    "A bomb exploded at a crowded market in Maiduguri on Monday, killing ten people, "
    "police said. Officials suspect Boko Haram."
)
CO_TEXT = (
    "Police post attacked near Jamundi\n\n"
    "Rebels attacked a police post near Jamundi, Colombia, on Friday, killing two officers "
    "and wounding four, the army said."
)
NOWHERE_TEXT = (
    "Kidnapping reported\n\nArmed men kidnapped an aid worker on Tuesday, the charity said "
    "in a statement, without giving the place."
)


def span(text: str, field: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(field=field, start=start, end=start + len(words), text=words)


def document(name: str, text: str, published: str, **fields: Any) -> Document:
    return Document(
        id=f"doc-{name}",
        url=fields.pop("url", f"https://news.example/{name}"),
        source="news.example",
        title=fields.pop("title", text.splitlines()[0]),
        published=date.fromisoformat(published),
        text=text,
        **fields,
    )


def incident(name: str, **fields: Any) -> Incident:
    return Incident.model_validate({"id": f"inc-{name}", "confidence": 0.8, **fields})


def place(name: str, country: str, code: str, lat: float | None, lon: float | None) -> dict:
    precision = "city" if lat is not None else "unknown"
    return {"name": name, "city": name, "country": country, "country_code": code,
            "lat": lat, "lon": lon, "precision": precision}  # fmt: skip


def seed_results() -> list[Result]:
    """Four articles, four incidents in three countries (one without coordinates)."""
    kz = document("kz", KZ_TEXT, "2011-11-13")
    ng = document("ng", NG_TEXT, "2023-06-19")
    co = document("co", CO_TEXT, "2022-03-09")
    nowhere = document("nowhere", NOWHERE_TEXT, "2021-10-26")
    return [
        Result(document=kz, incidents=[incident(
            "kz",
            date={"start": "2011-11-12", "end": "2011-11-12", "precision": "day"},
            location=place("Taraz", "Kazakhstan", "KZ", 42.9, 71.37),
            attack_types=["Armed Assault"], target_types=["Police"],
            claimed_by=["Jund al-Khilafah"], killed={"total": 5},
            summary="Armed assault in Taraz, Kazakhstan: 5 killed.",
            evidence=[span(KZ_TEXT, "killed.total", "killed five people"),
                      span(KZ_TEXT, "location", "Taraz on Saturday"[:5]),
                      span(KZ_TEXT, "claimed_by", "Jund al-Khilafah")],
        )]),
        Result(document=ng, incidents=[incident(
            "ng",
            date={"start": "2023-06-19", "end": "2023-06-19", "precision": "day"},
            location=place("Maiduguri", "Nigeria", "NG", 11.85, 13.16),
            attack_types=["Bombing/Explosion"], target_types=["Business"],
            perpetrators=[{"name": "Boko Haram", "kind": "group", "claimed": False}],
            killed={"total": 10},
            summary="Bombing in Maiduguri, Nigeria: 10 killed.",
            evidence=[span(NG_TEXT, "killed.total", "killing ten people")],
        )]),
        Result(document=co, incidents=[incident(
            "co",
            date={"start": "2022-03-04", "end": "2022-03-04", "precision": "day"},
            location=place("Jamundi", "Colombia", "CO", 3.26, -76.54),
            attack_types=["Armed Assault"], target_types=["Police"],
            killed={"total": 2}, wounded={"total": 4},
            summary="Armed assault near Jamundi, Colombia: 2 killed.",
            evidence=[span(CO_TEXT, "wounded.total", "wounding four")],
        )]),
        Result(document=nowhere, incidents=[incident(
            "nowhere",
            date={"start": "2021-10-26", "end": "2021-10-26", "precision": "day"},
            attack_types=["Hostage Taking (Kidnapping)"],
            summary="Kidnapping of an aid worker.",
        )]),
    ]  # fmt: skip


class FakeExtractor:
    """Stands in for the spaCy pipeline: one incident per article, in Taraz, 3 killed."""

    calls = 0

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for document in documents:
            yield self.extract(document)

    def extract(self, document: Document) -> Result:
        FakeExtractor.calls += 1
        words = "killed three"
        found = document.text.find(words)
        evidence = (
            [Evidence(field="killed.total", start=found, end=found + len(words), text=words)]
            if found >= 0
            else []
        )
        return Result(
            document=document,
            incidents=[incident(
                document.id[:10],
                date={"start": "2011-11-12", "end": "2011-11-12", "precision": "day"},
                location=place("Taraz", "Kazakhstan", "KZ", 42.9, 71.37),
                attack_types=["Armed Assault"], killed={"total": 3},
                summary=f"Attack reported in: {document.title}",
                evidence=evidence,
            )],
        )  # fmt: skip
