"""Reviewing stored incidents: accept, edit fields, reject; every action audited.

An edit names fields by dotted path (``killed.total``, ``location.lat``, ``attack_types``) and
gives new values. The audit row keeps each field's old and new value. Edits survive later
ingests: when the merge folds a new report into a reviewed incident, ``reapply_edits`` puts the
reviewer's latest value of every edited field back on top of the merged record, because a
person who checked the sources outranks the extractor (``strife.store.review_merge``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from strife.errors import StoreError, UsageError
from strife.models import (
    ATTACK_TYPES,
    TARGET_TYPES,
    WEAPON_TYPES,
    Review,
    ReviewStatus,
    StoredIncident,
)
from strife.store.engine import WRITE_OPTION, reason
from strife.store.review_merge import set_path
from strife.store.review_tables import ReviewRow
from strife.store.store import _WRITE_LOCK, Store
from strife.store.writer import load_incidents, save_incident

ReviewAction = Literal["accept", "edit", "reject"]
STATUS_OF_ACTION: dict[str, ReviewStatus] = {
    "accept": "accepted",
    "edit": "edited",
    "reject": "rejected",
}

EDITABLE: frozenset[str] = frozenset(
    {
        "date.start", "date.end", "date.precision",
        "location.name", "location.city", "location.admin1", "location.country",
        "location.country_code", "location.lat", "location.lon", "location.geonames_id",
        "location.precision",
        "attack_types", "target_types", "weapon_types", "perpetrators", "claimed_by",
        "killed.total", "killed.perpetrators", "wounded.total", "wounded.perpetrators",
        "suicide", "success", "summary",
    }
)  # fmt: skip
"""What a reviewer may change: the coded fields. Evidence, roles and sources stay the text's."""

FIGURES = frozenset(
    {"killed.total", "killed.perpetrators", "wounded.total", "wounded.perpetrators"}
)
"""Casualty figures: the fields the merge reconciles across sources (``alternatives``)."""

_VOCABULARIES = {
    "attack_types": ATTACK_TYPES,
    "target_types": TARGET_TYPES,
    "weapon_types": WEAPON_TYPES,
}


@dataclass(frozen=True)
class ReviewEntry:
    """One line of an incident's audit trail."""

    at: datetime
    by: str
    action: str
    changes: dict[str, Any]
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "by": self.by,
            "action": self.action,
            "changes": self.changes,
            "note": self.note,
        }


def review_incident(
    store: Store,
    incident_id: str,
    action: ReviewAction,
    by: str,
    edits: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> StoredIncident | None:
    """Apply one review action; None when no such incident. Bad edits raise ``UsageError``."""
    if action not in STATUS_OF_ACTION:
        raise UsageError(f"unknown review action {action!r}; use accept, edit or reject")
    if action == "edit" and not edits:
        raise UsageError("an edit needs at least one field to change")
    if action != "edit" and edits:
        raise UsageError(f"{action} takes no field changes; use the edit action for those")
    now = datetime.now(UTC)
    try:
        with Session(store.engine.execution_options(**{WRITE_OPTION: True})) as session:
            with session.begin():
                if store.engine.dialect.name == "postgresql":
                    # The ingest writer's lock: a merge never reads a half-reviewed incident.
                    session.execute(select(func.pg_advisory_xact_lock(_WRITE_LOCK)))
                stored = load_incidents(session, [incident_id]).get(incident_id)
                if stored is None:
                    return None
                record, changes = apply_edits(stored, dict(edits or {}))
                review = Review(
                    status=STATUS_OF_ACTION[action], by=by, at=now.isoformat(timespec="seconds")
                )
                record = record.model_copy(update={"review": review})
                save_incident(session, record, now, replace=True)
                session.add(
                    ReviewRow(incident_id=incident_id, at=now, by=by, action=action,
                              changes=changes, note=note)
                )  # fmt: skip
            return record
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot write to {store.url}: {reason(exc)}") from None


def apply_edits(
    incident: StoredIncident, edits: dict[str, Any]
) -> tuple[StoredIncident, dict[str, Any]]:
    """The incident with ``edits`` applied, and ``{path: {"from", "to"}}`` of what changed."""
    unknown = sorted(set(edits) - EDITABLE)
    if unknown:
        raise UsageError(
            f"cannot edit {', '.join(unknown)}; editable fields: {', '.join(sorted(EDITABLE))}"
        )
    data = incident.model_dump(mode="json")
    changes: dict[str, Any] = {}
    for path, value in sorted(edits.items()):
        _check_vocabulary(path, value)
        old = _get(data, path)
        set_path(data, path, value)
        changes[path] = {"from": old, "to": value}
        if path in FIGURES and old is not None and old != value:
            _keep_reported_figure(data, path, old)
    try:
        edited = StoredIncident.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"invalid edit of {where}: {first['msg']}") from None
    # Report the values as stored (normalised by the model), so the trail shows what is kept.
    stored = edited.model_dump(mode="json")
    for path in changes:
        changes[path]["to"] = _get(stored, path)
    return edited, changes


def review_history(store: Store, incident_id: str) -> list[ReviewEntry]:
    """The audit trail of an incident, oldest first."""
    try:
        with Session(store.engine) as session:
            rows = session.scalars(
                select(ReviewRow).where(ReviewRow.incident_id == incident_id).order_by(ReviewRow.id)
            ).all()
            return [ReviewEntry(r.at, r.by, r.action, dict(r.changes), r.note) for r in rows]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {store.url}: {reason(exc)}") from None


def _keep_reported_figure(data: dict[str, Any], path: str, reported: Any) -> None:
    """Before a reviewer overrides a figure the sources agreed on, note what they said.

    Otherwise the merge stage, meeting a later report that disagrees, would credit the
    reviewer's figure to the earlier sources (it credits the stored value to them).
    """
    alternatives = data.setdefault("alternatives", {})
    if not alternatives.get(path):
        alternatives[path] = [
            {"value": reported, "document_id": source["document_id"]}
            for source in data.get("sources", [])
        ]


def _check_vocabulary(path: str, value: Any) -> None:
    vocabulary = _VOCABULARIES.get(path)
    if vocabulary is None:
        return
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{path} must be a list of names")
    wrong = [v for v in value if v not in vocabulary]
    if wrong:
        raise UsageError(
            f"{path}: {', '.join(map(repr, wrong))} not in the GTD codebook; "
            f"use {', '.join(vocabulary)}"
        )


def _get(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node
