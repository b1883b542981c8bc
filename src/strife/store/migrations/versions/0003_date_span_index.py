"""An index on both incident dates, for the API's date-range filter.

Revision ID: 0003
Revises: 0002
Create Date: 2024-07-02
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_date_span", "incidents", ["date_start", "date_end"])


def downgrade() -> None:
    op.drop_index("ix_incidents_date_span", table_name="incidents")
