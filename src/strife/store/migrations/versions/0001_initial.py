"""The first store schema: documents, incidents, their sources, alternatives and terms.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON_TYPE = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("dateline", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    _create_incidents()
    op.create_table(
        "incident_sources",
        sa.Column(
            "incident_id",
            sa.String(),
            sa.ForeignKey("incidents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("document_id", sa.String(), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
    )
    op.create_index("ix_incident_sources_document_id", "incident_sources", ["document_id"])
    op.create_table(
        "incident_alternatives",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "incident_id",
            sa.String(),
            sa.ForeignKey("incidents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value", JSON_TYPE, nullable=True),
        sa.Column("document_id", sa.String(), nullable=False),
    )
    op.create_index(
        "ix_incident_alternatives_incident_id", "incident_alternatives", ["incident_id"]
    )
    op.create_table(
        "incident_terms",
        sa.Column(
            "incident_id",
            sa.String(),
            sa.ForeignKey("incidents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_index("ix_incident_terms_kind_value", "incident_terms", ["kind", "value"])


def _create_incidents() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("country_code", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("admin1", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("killed_total", sa.Integer(), nullable=True),
        sa.Column("wounded_total", sa.Integer(), nullable=True),
        sa.Column("first_reported", sa.Date(), nullable=True),
        sa.Column("review_status", sa.String(16), nullable=False),
        sa.Column("review_by", sa.String(), nullable=True),
        sa.Column("review_at", sa.String(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("record", JSON_TYPE, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incidents_country_date", "incidents", ["country_code", "date_start"])
    op.create_index("ix_incidents_date_start", "incidents", ["date_start"])
    op.create_index("ix_incidents_lat_lon", "incidents", ["lat", "lon"])
    op.create_index("ix_incidents_killed_total", "incidents", ["killed_total"])
    op.create_index("ix_incidents_first_reported", "incidents", ["first_reported"])
    op.create_index("ix_incidents_review_status", "incidents", ["review_status"])


def downgrade() -> None:
    for index, table in (
        ("ix_incident_terms_kind_value", "incident_terms"),
        ("ix_incident_alternatives_incident_id", "incident_alternatives"),
        ("ix_incident_sources_document_id", "incident_sources"),
    ):
        op.drop_index(index, table_name=table)
    for table in ("incident_terms", "incident_alternatives", "incident_sources"):
        op.drop_table(table)
    for index in (
        "ix_incidents_review_status",
        "ix_incidents_first_reported",
        "ix_incidents_killed_total",
        "ix_incidents_lat_lon",
        "ix_incidents_date_start",
        "ix_incidents_country_date",
    ):
        op.drop_index(index, table_name="incidents")
    op.drop_table("incidents")
    op.drop_table("documents")
