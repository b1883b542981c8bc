"""The one interface every consumer of extraction relies on: ``extract_many``.

``strife.pipeline.Extractor`` implements it; ingest, batch, the prefilter, the API and the merge
evaluation accept anything that does, so tests hand in a small real extractor (or hand-coded
results) instead of patching module globals. A leaf module: it imports only the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from strife.errors import ExtractionError
from strife.models import Document, Result


class Extracting(Protocol):
    """Extracts incidents from documents, one result per document, in input order.

    An extractor may leave out a document it could not process (and list it in its own
    ``failures``); ``extract_one`` turns that into an error for a single document.
    """

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]: ...


def extract_one(extractor: Extracting, document: Document) -> Result:
    for result in extractor.extract_many([document]):
        return result
    raise ExtractionError(f"document {document.id}: the extractor gave no result")
