"""The writer's own voice: a client row of kind "writer" (clients.kind).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 22:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add clients.kind; every existing row is a client."""
    with op.batch_alter_table("clients") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="client")
        )


def downgrade() -> None:
    """Drop clients.kind (the writer's row, if any, stays as a client)."""
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("kind")
