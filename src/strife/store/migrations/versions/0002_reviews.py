"""The review audit trail: ``incident_reviews``.

Revision ID: 0002
Revises: 0001
Create Date: 2024-07-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON_TYPE = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "incident_reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "incident_id",
            sa.String(),
            sa.ForeignKey("incidents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("changes", JSON_TYPE, nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("ix_incident_reviews_incident_id", "incident_reviews", ["incident_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_incident_reviews_incident_id", table_name="incident_reviews")
    op.drop_table("incident_reviews")
