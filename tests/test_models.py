"""Records: the one source-of-document builder and the typed GTD vocabularies."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from strife.models import ATTACK_TYPES, Document, Incident, Source, source_of


def test_a_source_names_the_documents_outlet_or_else_the_host_of_its_url() -> None:
    named = Document(id="d1", url="https://www.dawn.com/news/1", source="Dawn", text="x",
                     title="Blast", published=date(2024, 1, 2))  # fmt: skip
    assert Source.from_document(named) == Source(
        document_id="d1", url="https://www.dawn.com/news/1", source="Dawn", title="Blast",
        published=date(2024, 1, 2),
    )  # fmt: skip
    unnamed = Document(id="d2", url="https://www.dawn.com/news/1", text="x")
    assert Source.from_document(unnamed).source == "dawn.com"
    assert Source.from_document(Document(id="d3", text="x")).source is None
    assert source_of("http://news.example.org/a?b=1") == "news.example.org"


def test_gtd_labels_are_typed_and_checked_at_the_boundary() -> None:
    assert "Hostage Taking (Kidnapping)" in ATTACK_TYPES and len(ATTACK_TYPES) == 9
    Incident(id="i", attack_types=["Armed Assault"], weapon_types=["Melee"])
    with pytest.raises(ValidationError):
        Incident(id="i", attack_types=["Shooting"])
    with pytest.raises(ValidationError):
        Incident(id="i", target_types=["Cops"])
