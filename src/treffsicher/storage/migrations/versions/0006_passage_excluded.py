"""Passages the user left out of her voice: passages.excluded (stored and shown, but not
in her profile or evidence); the sender's UTC offset of a message: sources.utc_offset_minutes
(her local time is shown).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add passages.excluded (every existing passage counts) and
    sources.utc_offset_minutes (unknown for sources stored before)."""
    with op.batch_alter_table("passages") as batch:
        batch.add_column(
            sa.Column("excluded", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("utc_offset_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop passages.excluded (excluded passages count again) and the offsets."""
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("utc_offset_minutes")
    with op.batch_alter_table("passages") as batch:
        batch.drop_column("excluded")
