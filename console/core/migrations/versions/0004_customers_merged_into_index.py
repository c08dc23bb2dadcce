"""customers: index the merged_into_id self-reference (partial: merged rows only)

Deleting a customer makes the database look for customers merged into it. Without an index on
``merged_into_id`` that is a scan of the whole table for every row deleted: undoing an import of 20,000
customers took 37 s on a 22,000-customer database and would take hours on a million (SQLite and PostgreSQL
alike). The index is partial: only merged customers (a handful) are in it, so it costs nothing to keep, and
queries for ``merged_into_id IS NULL`` (the portfolio) cannot be steered onto it.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = sa.text("merged_into_id IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_customers_merged_into_id", "customers", ["merged_into_id"],
                    sqlite_where=WHERE, postgresql_where=WHERE)


def downgrade() -> None:
    op.drop_index("ix_customers_merged_into_id", table_name="customers")
