"""The one place the store reaches the merge stage (``strife.merge``).

``find_match`` and ``combine`` come from ``strife.merge`` when it is installed. Until that module
exists, the FALLBACK below is used: it never matches (every incident is new) and ``combine`` only
appends the source. ``MERGE_FALLBACK`` says which one is active.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from strife.models import Document, Incident, Source, StoredIncident


def _fallback_find_match(new: Incident, candidates: list[StoredIncident], **_: Any) -> None:
    """FALLBACK: no merge stage installed, so nothing matches."""
    return None


def _fallback_combine(
    stored: StoredIncident, new: Incident, source: Source, document: Document
) -> StoredIncident:
    """FALLBACK: no merge stage installed; only the source is added."""
    if any(s.document_id == source.document_id for s in stored.sources):
        return stored
    return stored.model_copy(update={"sources": [*stored.sources, source]})


_find_match: Callable[..., Any]
_combine: Callable[[StoredIncident, Incident, Source, Document], StoredIncident]
try:
    from strife.merge import combine as _combine
    from strife.merge import find_match as _find_match

    MERGE_FALLBACK = False
except ImportError as exc:
    # Only a missing strife.merge (or one that does not yet export these names) selects the
    # fallback; an error inside a present merge module must surface, not be hidden here.
    if exc.name != "strife.merge":
        raise
    _find_match, _combine = _fallback_find_match, _fallback_combine
    MERGE_FALLBACK = True


def find_match_id(
    new: Incident, candidates: list[StoredIncident], new_text: str | None = None
) -> str | None:
    """The id of the stored incident that ``new`` reports again, or None.

    ``new_text`` is the new document's text, which the scorer's text similarity uses.
    """
    if not candidates:
        return None
    decision = _find_match(new, candidates, new_text=new_text)
    return None if decision is None else decision.incident_id


def combine(
    stored: StoredIncident, new: Incident, source: Source, document: Document
) -> StoredIncident:
    """``stored`` with ``new``'s report folded in (source added, alternatives, reconcile rule)."""
    return _combine(stored, new, source, document)
