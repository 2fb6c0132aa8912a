"""Understanding log: assumptions, their history, evidence marks, check-back rounds, items,
answers (append-only) and questionnaire questions.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06 22:15:48.175829
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the understanding log's tables."""
    op.create_table(
        "questionnaire_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_questions")),
        sa.UniqueConstraint(
            "language", "position", name=op.f("uq_questionnaire_questions_language_position")
        ),
    )
    op.create_table(
        "assumptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("replacement", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=False),
        sa.Column("proposal_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_assumptions_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assumptions")),
        sa.UniqueConstraint(
            "client_id", "proposal_key", name=op.f("uq_assumptions_client_id_proposal_key")
        ),
    )
    with op.batch_alter_table("assumptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assumptions_client_id"), ["client_id"], unique=False)

    op.create_table(
        "checkback_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_checkback_rounds_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkback_rounds")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_checkback_rounds_token_hash")),
    )
    with op.batch_alter_table("checkback_rounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkback_rounds_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "assumption_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assumption_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assumption_id"],
            ["assumptions.id"],
            name=op.f("fk_assumption_events_assumption_id_assumptions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assumption_events")),
    )
    with op.batch_alter_table("assumption_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assumption_events_assumption_id"), ["assumption_id"], unique=False
        )

    op.create_table(
        "checkback_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("assumption_id", sa.Integer(), nullable=True),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assumption_id"],
            ["assumptions.id"],
            name=op.f("fk_checkback_items_assumption_id_assumptions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["checkback_rounds.id"],
            name=op.f("fk_checkback_items_round_id_checkback_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkback_items")),
        sa.UniqueConstraint(
            "round_id", "position", name=op.f("uq_checkback_items_round_id_position")
        ),
    )
    op.create_table(
        "checkback_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("passage_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["checkback_items.id"],
            name=op.f("fk_checkback_answers_item_id_checkback_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["passage_id"],
            ["passages.id"],
            name=op.f("fk_checkback_answers_passage_id_passages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkback_answers")),
    )
    with op.batch_alter_table("checkback_answers", schema=None) as batch_op:
        batch_op.create_index("ix_checkback_answers_item_id_id", ["item_id", "id"], unique=False)

    op.create_table(
        "evidence_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assumption_id", sa.Integer(), nullable=False),
        sa.Column("passage_id", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assumption_id"],
            ["assumptions.id"],
            name=op.f("fk_evidence_marks_assumption_id_assumptions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["passage_id"],
            ["passages.id"],
            name=op.f("fk_evidence_marks_passage_id_passages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_marks")),
        sa.UniqueConstraint(
            "assumption_id", "passage_id", name=op.f("uq_evidence_marks_assumption_id_passage_id")
        ),
    )


def downgrade() -> None:
    """Undo this revision."""
    op.drop_table("evidence_marks")
    with op.batch_alter_table("checkback_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_checkback_answers_item_id_id")

    op.drop_table("checkback_answers")
    op.drop_table("checkback_items")
    with op.batch_alter_table("assumption_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assumption_events_assumption_id"))

    op.drop_table("assumption_events")
    with op.batch_alter_table("checkback_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkback_rounds_client_id"))

    op.drop_table("checkback_rounds")
    with op.batch_alter_table("assumptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assumptions_client_id"))

    op.drop_table("assumptions")
    op.drop_table("questionnaire_questions")
