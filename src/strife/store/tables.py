"""The store's tables, as SQLAlchemy 2 declarative models.

An incident row keeps the full record as JSON (``record``) and, beside it, copies of the fields
that users filter and sort on (date, country, coordinates, deaths) so that filtering happens in
SQL on indexed columns. Sources, alternative figures, type/group terms and the review state are
their own columns or child tables, so the API can update them without rewriting the record.

The migrations in ``strife/store/migrations`` create exactly these tables; a test compares them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# JSONB on PostgreSQL so the API can query inside records later; JSON text on SQLite.
JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """One article, stored once: its id is the hash of its normalised text."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    url: Mapped[str | None] = mapped_column(String)
    source: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    published: Mapped[date | None] = mapped_column(Date)
    dateline: Mapped[str | None] = mapped_column(String)
    language: Mapped[str] = mapped_column(String, default="en")
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IncidentRow(Base):
    """One real-world incident: the merge of every report of it."""

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16))
    country_code: Mapped[str | None] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String)
    admin1: Mapped[str | None] = mapped_column(String)
    city: Mapped[str | None] = mapped_column(String)
    place: Mapped[str | None] = mapped_column(String)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    killed_total: Mapped[int | None] = mapped_column(Integer)
    wounded_total: Mapped[int | None] = mapped_column(Integer)
    first_reported: Mapped[date | None] = mapped_column(Date)
    review_status: Mapped[str] = mapped_column(String(16), default="unreviewed")
    review_by: Mapped[str | None] = mapped_column(String)
    review_at: Mapped[str | None] = mapped_column(String)
    # Lower-cased summary, places and actor names: what the text filter ``q`` searches.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # The schema.md INCIDENT fields; sources, alternatives and review live beside it.
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        # The merge blocking query: same country, dates in a window.
        Index("ix_incidents_country_date", "country_code", "date_start"),
        Index("ix_incidents_date_start", "date_start"),
        Index("ix_incidents_lat_lon", "lat", "lon"),
        Index("ix_incidents_killed_total", "killed_total"),
        Index("ix_incidents_first_reported", "first_reported"),
        Index("ix_incidents_review_status", "review_status"),
    )


class SourceRow(Base):
    """One report of an incident, in the order the record lists them (oldest first)."""

    __tablename__ = "incident_sources"

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(String)
    source: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    published: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_incident_sources_document_id", "document_id"),)


class AlternativeRow(Base):
    """One source's own figure for a field where the sources disagree (``killed.total``...)."""

    __tablename__ = "incident_alternatives"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    # JSON keeps the value's type (7, 7.5, "seven", true, null) exactly as the merge gave it.
    value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    document_id: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_incident_alternatives_incident_id", "incident_id"),)


class TermRow(Base):
    """Filterable list values: attack/target/weapon types and lower-cased group names."""

    __tablename__ = "incident_terms"

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_incident_terms_kind_value", "kind", "value"),)
