"""strife: news reports of political violence in, a geocoded incident database out.

The library in three calls::

    import strife

    result = strife.extract("Gunmen killed two police officers in Kandahar on Monday.",
                            published="2024-03-05")
    incident = result.incidents[0]          # a strife.Incident (docs/schema.md)
    incident.killed.total, incident.attack_types, incident.location.name

    extractor = strife.Extractor()          # nlp=, resolver=, roles= may be passed in
    with strife.open_store("sqlite:///strife.db") as store:
        store.add(extractor.extract(article_text, published="2024-03-05"))
        store.query(country="AF", attack_type="Armed Assault")
        store.export("incidents.csv", fmt="gtd-csv")

``import strife`` is cheap: spaCy, the gazetteer and the role model load on first use, once
per process, and are shared by every extractor that does not bring its own.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

# The subpackage strife.extract (the rule layer) is imported here first, so that the function
# below, not the subpackage, is what ``strife.extract`` names: Python binds a subpackage to its
# parent's attribute only when it first imports it. The subpackage's __init__ imports nothing.
import strife.extract as _rule_layer  # noqa: F401
from strife.models import Document, Incident, Result, StoredIncident
from strife.version import __version__

if TYPE_CHECKING:
    from strife.pipeline import Extractor
    from strife.store import Store


__all__ = [
    "Document",
    "Extractor",
    "Incident",
    "Result",
    "StoredIncident",
    "__version__",
    "extract",
    "open_store",
]


def extract(text_or_document: Document | str, published: date | str | None = None) -> Result:
    """Extract the incidents one article reports.

    ``text_or_document``: the article's text (a title line and a date line are recognised) or
    a ``strife.Document``. ``published``: its publication date (a date or "YYYY-MM-DD"); it
    anchors relative dates ("on Monday"). Uses the shared default ``Extractor``.
    """
    from strife.pipeline import default_extractor

    return default_extractor().extract(text_or_document, published)


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the incident store at ``url``
    ("sqlite:///strife.db", the default, or "postgresql://…"); use it as a context manager."""
    from strife.store import open_store as open_store_at

    return open_store_at(url)


def __getattr__(name: str) -> object:
    # ``strife.Extractor`` is imported on first use: its module loads spaCy, which ``import
    # strife`` must not pay for.
    if name == "Extractor":
        from strife.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module 'strife' has no attribute {name!r}")
