"""Provenance of mails, archive members and transcripts on sources and passages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 20:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the provenance columns and the (client_id, message_id) unique constraint."""
    # Batch mode: SQLite cannot add a constraint with ALTER TABLE; on PostgreSQL the batch
    # runs as plain ALTER statements. Server defaults fill the rows that already exist.
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("message_id", sa.String(length=998), nullable=True))
        batch.add_column(
            sa.Column("container", sa.String(length=1000), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("container_index", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("subject", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("sender", sa.String(length=320), nullable=False, server_default="")
        )
        batch.create_unique_constraint(
            "uq_sources_client_id_message_id", ["client_id", "message_id"]
        )
    with op.batch_alter_table("passages") as batch:
        batch.add_column(
            sa.Column("role", sa.String(length=20), nullable=False, server_default="body")
        )
        batch.add_column(
            sa.Column("speaker", sa.String(length=200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("timestamp", sa.String(length=20), nullable=False, server_default="")
        )


def downgrade() -> None:
    """Drop the provenance columns and the constraint."""
    with op.batch_alter_table("passages") as batch:
        batch.drop_column("timestamp")
        batch.drop_column("speaker")
        batch.drop_column("role")
    with op.batch_alter_table("sources") as batch:
        batch.drop_constraint("uq_sources_client_id_message_id", type_="unique")
        for column in ("sender", "subject", "occurred_at", "container_index", "container"):
            batch.drop_column(column)
        batch.drop_column("message_id")
