"""Reviewed edits outrank later extraction: the hook the ingest writer calls after a merge.

Kept apart from ``strife.store.review`` because the writer imports it, and ``review`` imports
the store (a cycle otherwise).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from strife.models import StoredIncident
from strife.store.review_tables import ReviewRow


def reapply_edits(session: Session, record: StoredIncident) -> StoredIncident:
    """``record`` with the latest reviewed value of every edited field put back on top."""
    changes: Sequence[dict[str, Any]] = session.scalars(
        select(ReviewRow.changes)
        .where(ReviewRow.incident_id == record.id, ReviewRow.action == "edit")
        .order_by(ReviewRow.id)
    ).all()
    if not changes:
        return record
    data = record.model_dump(mode="json")
    for edit in changes:
        for path, change in edit.items():
            set_path(data, path, change["to"])
    return StoredIncident.model_validate(data)


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``data["killed"]["total"]`` for ``path`` "killed.total"."""
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value
