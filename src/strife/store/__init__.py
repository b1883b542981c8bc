"""store: documents and merged incidents in SQLite (default) or PostgreSQL.

::

    from strife.store import open_store, IncidentFilter
    with open_store("sqlite:///strife.db") as store:
        outcome = store.add_result(result)
        for incident in store.iter_incidents(IncidentFilter(country="KZ"), order="-date"):
            ...
"""

from strife.store import alert_tables, review_tables  # noqa: F401  (their tables join Base.metadata)
from strife.store.filters import IncidentFilter
from strife.store.store import Store, open_store
from strife.store.writer import IngestOutcome

__all__ = ["IncidentFilter", "IngestOutcome", "Store", "open_store"]
