"""The real extractor for end-to-end flows."""

from __future__ import annotations

import pytest

from strife.ingest.documents import document_from_plain_text
from strife.models import Result
from strife.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor: Extractor):
    """Extract from body text written in the test, with an optional publication date."""
    from datetime import date

    def _run(body: str, published: str | None = None, title: str = "") -> Result:
        doc = document_from_plain_text(
            body, published=date.fromisoformat(published) if published else None, title=title
        )
        return extractor.extract(doc)

    return _run


@pytest.fixture(scope="session")
def nlp(extractor: Extractor):
    return extractor.nlp
