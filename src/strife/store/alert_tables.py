"""The ``alerts`` table: what ``strife watch`` found, kept for the API and the dashboard.

An alert's id names its level, area, period and method, so judging the same period again
replaces the alert instead of adding a second one. Created by migration 0004.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from strife.store.tables import Base, JSONType


class AlertRow(Base):
    __tablename__ = "alerts"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    area: Mapped[str] = mapped_column(String)
    area_code: Mapped[str] = mapped_column(String)
    level: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    observed: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    coverage_surge: Mapped[bool] = mapped_column(Boolean)
    # The whole alert as its JSON (incident ids and the chart series included).
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index("ix_alerts_period_start", "period_start"),
        Index("ix_alerts_area_code", "area_code"),
    )
