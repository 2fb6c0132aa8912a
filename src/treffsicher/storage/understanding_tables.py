"""Tables of the understanding log: assumptions, their history and evidence marks,
check-back rounds with their items and her answers (append-only), questionnaire questions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from treffsicher.storage.tables import Base, utc_now


class AssumptionRow(Base):
    """Something the user believes about the client or the brief (core.assumptions)."""

    __tablename__ = "assumptions"
    __table_args__ = (UniqueConstraint("client_id", "proposal_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(10), default="de")
    terms: Mapped[str] = mapped_column(Text, default="[]")  # JSON list (no-go terms)
    replacement: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(String(20), default="")  # her last answer
    # Proposals carry a stable key, so proposing twice adds nothing; NULL for the user's own.
    proposal_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AssumptionEventRow(Base):
    """One change of an assumption: who, when, what (never updated, never deleted alone)."""

    __tablename__ = "assumption_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assumption_id: Mapped[int] = mapped_column(
        ForeignKey("assumptions.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    actor: Mapped[str] = mapped_column(String(20))  # user | client | system
    action: Mapped[str] = mapped_column(String(20))  # created | status | text | pin | …
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class EvidenceMarkRow(Base):
    """A quote the user pinned to an assumption or dismissed from it."""

    __tablename__ = "evidence_marks"
    __table_args__ = (UniqueConstraint("assumption_id", "passage_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assumption_id: Mapped[int] = mapped_column(ForeignKey("assumptions.id", ondelete="CASCADE"))
    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"))
    mark: Mapped[str] = mapped_column(String(20))  # pinned | dismissed
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CheckBackRoundRow(Base):
    """A private link for the client: a check-back or a questionnaire. Only the sha256 of
    the link's secret is stored; the PIN only as an argon2/scrypt hash."""

    __tablename__ = "checkback_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # checkback | questionnaire
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(10))  # du | sie
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CheckBackItemRow(Base):
    """One statement (or question) of a round, as she sees it."""

    __tablename__ = "checkback_items"
    __table_args__ = (UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("checkback_rounds.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    assumption_id: Mapped[int | None] = mapped_column(
        ForeignKey("assumptions.id", ondelete="SET NULL"), nullable=True
    )
    statement: Mapped[str] = mapped_column(Text)


class CheckBackAnswerRow(Base):
    """One answer of hers to an item, append-only: a new answer adds a row; the latest wins."""

    __tablename__ = "checkback_answers"
    __table_args__ = (Index("ix_checkback_answers_item_id_id", "item_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("checkback_items.id", ondelete="CASCADE"))
    answer: Mapped[str] = mapped_column(String(20))  # yes | partly | no | text
    text: Mapped[str] = mapped_column(Text, default="")  # „nämlich …“ / „sondern …“
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    passage_id: Mapped[int | None] = mapped_column(
        ForeignKey("passages.id", ondelete="SET NULL"), nullable=True
    )


class QuestionRow(Base):
    """A question of the questionnaire (Kennenlern-Fragebogen), per language, editable."""

    __tablename__ = "questionnaire_questions"
    __table_args__ = (UniqueConstraint("language", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
