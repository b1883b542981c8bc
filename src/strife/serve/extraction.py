"""One extractor per server process, built on the first submitted article.

Loading spaCy and the lexicons takes seconds and hundreds of megabytes, so a server that only
reads never pays for it. A lock serialises extraction: a spaCy ``Language`` is not documented
as safe to call from several threads at once, and articles arrive rarely.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from strife.extracting import Extracting, extract_one
from strife.models import Document, Result


def default_factory() -> Extracting:
    from strife.pipeline import Extractor

    return Extractor()


class LazyExtractor:
    def __init__(self, factory: Callable[[], Extracting] | None = None) -> None:
        self._factory = factory or default_factory
        self._extractor: Extracting | None = None
        self._lock = threading.Lock()

    def extract(self, document: Document) -> Result:
        with self._lock:
            if self._extractor is None:
                self._extractor = self._factory()
            return extract_one(self._extractor, document)
