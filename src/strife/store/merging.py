"""The one place the store reaches the merge stage (``strife.merge``)."""

from __future__ import annotations

from typing import Protocol

from strife.merge import combine as _combine
from strife.merge import find_match as _find_match
from strife.models import Document, Incident, Source, StoredIncident


class Merger(Protocol):
    """How the store decides that a new incident reports a stored one, and folds it in. The
    store uses ``ScoredMerge``; callers pass another to ``open_store(url, merger=...)``."""

    def find_match_id(
        self, new: Incident, candidates: list[StoredIncident], new_text: str | None = None
    ) -> str | None: ...

    def combine(
        self, stored: StoredIncident, new: Incident, source: Source, document: Document
    ) -> StoredIncident: ...


class ScoredMerge:
    """The merge stage of ``strife.merge``: match by score, combine by its reconcile rules."""

    def find_match_id(
        self, new: Incident, candidates: list[StoredIncident], new_text: str | None = None
    ) -> str | None:
        return find_match_id(new, candidates, new_text)

    def combine(
        self, stored: StoredIncident, new: Incident, source: Source, document: Document
    ) -> StoredIncident:
        return combine(stored, new, source, document)


def find_match_id(
    new: Incident, candidates: list[StoredIncident], new_text: str | None = None
) -> str | None:
    """The id of the stored incident that ``new`` reports again, or None.

    ``new_text`` is the new document's text, which the scorer's text similarity uses.
    """
    if not candidates:
        return None
    return _find_match(new, candidates, new_text=new_text).incident_id


def combine(
    stored: StoredIncident, new: Incident, source: Source, document: Document
) -> StoredIncident:
    """``stored`` with ``new``'s report folded in (source added, alternatives, reconcile rule)."""
    return _combine(stored, new, source, document)
