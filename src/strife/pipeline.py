"""The extraction pipeline as one object: load once, extract many documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from strife.models import Document, Result


class Extractor:
    """Holds the loaded models; ``extract`` turns a ``Document`` into a ``Result``."""

    def __init__(self) -> None:
        from strife.nlp import load_nlp

        self.nlp = load_nlp()

    def extract(self, document: Document) -> Result:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for document in documents:
            yield Result(document=document, incidents=[])
