"""Database tables of a workspace: clients (and the writer), identities, sources, passages, checks.

Provenance of mails, archive members and transcripts (migration 0003): sources
carry message id, container, message number, date, subject and sender; passages their
role, speaker and call timestamp.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names so that Alembic migrations are identical on SQLite and
# PostgreSQL and autogenerate can compare them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

IDENTITY_EMAIL = "email"
IDENTITY_SPEAKER = "speaker"
IDENTITY_KINDS = (IDENTITY_EMAIL, IDENTITY_SPEAKER)
# A client row is a client, or the writer herself (migration 0004): her own words are kept
# to tell „klingt nach ihr“ from „klingt nach dir“, never part of a client's profile, and
# she is not listed among the clients.
CLIENT_KIND_CLIENT = "client"
CLIENT_KIND_WRITER = "writer"


def utc_now() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with the shared naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Client(Base):
    """A person or organisation whose voice is learned."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    kind: Mapped[str] = mapped_column(
        String(20), default=CLIENT_KIND_CLIENT, server_default=CLIENT_KIND_CLIENT
    )
    # The user a private client belongs to (migration 0007); NULL: shared with the team.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)

    identities: Mapped[list[Identity]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    sources: Mapped[list[Source]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    checks: Mapped[list[CheckRow]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    profile_cache: Mapped[ProfileCacheRow | None] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )


class Identity(Base):
    """An email address or speaker name that marks the client's own words."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("client_id", "kind", "value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # IDENTITY_KINDS
    value: Mapped[str] = mapped_column(String(320))  # emails stored lower-cased

    client: Mapped[Client] = relationship(back_populates="identities")


class Source(Base):
    """One imported file or pasted text, with its provenance."""

    __tablename__ = "sources"
    # Importing the same bytes twice for one client adds nothing; the same mail
    # in two exports is one source. message_id is NULL when a source has none:
    # SQLite and PostgreSQL both allow many NULLs under a UNIQUE constraint.
    __table_args__ = (
        UniqueConstraint("client_id", "content_hash"),
        UniqueConstraint("client_id", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(1000))
    content_hash: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(100))
    encoding: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    notes: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(998), nullable=True)
    container: Mapped[str] = mapped_column(String(1000), default="")  # mbox, Maildir, zip
    container_index: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1-based
    occurred_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # The sender's offset from UTC at occurred_at (a mail's Date header): her local time.
    utc_offset_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(String(320), default="")

    client: Mapped[Client] = relationship(back_populates="sources")
    passages: Mapped[list[PassageRow]] = relationship(
        back_populates="source",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PassageRow.position",
    )


class PassageRow(Base):
    """A piece of the client's own words taken from a source (core.models.Passage is the
    pure counterpart; the row is named differently to keep the two apart)."""

    __tablename__ = "passages"
    __table_args__ = (UniqueConstraint("source_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    word_count: Mapped[int] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer, default=0)
    char_end: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="body")  # body/greeting/signoff/…
    speaker: Mapped[str] = mapped_column(String(200), default="")
    timestamp: Mapped[str] = mapped_column(String(20), default="")  # "00:01:02" in a call
    # Left out by the user (not her voice): stored and listed, not in profile or evidence.
    excluded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    source: Mapped[Source] = relationship(back_populates="passages")


class CheckRow(Base):
    """A draft held against the client's voice profile: the draft, its score, the report
    (core.models has the pure Check; the row is named differently to keep the two apart)."""

    __tablename__ = "checks"
    # History of a client's checks is read newest first ("58 → 81").
    __table_args__ = (Index("ix_checks_client_id_created_at", "client_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    draft_name: Mapped[str] = mapped_column(String(1000))  # file name, "stdin" or a title
    draft_text: Mapped[str] = mapped_column(Text)
    draft_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the draft text
    language: Mapped[str] = mapped_column(String(10))
    register: Mapped[str] = mapped_column(String(20))  # models.KIND_*: web, email, …
    score: Mapped[float | None] = mapped_column(Float, nullable=True)  # 0–100, None: no score
    band: Mapped[str] = mapped_column(String(20), default="")
    report: Mapped[str] = mapped_column(Text, default="")  # the check report as JSON

    client: Mapped[Client] = relationship(back_populates="checks")


class ProfileCacheRow(Base):
    """The client's voice profile as built last time (core.profile.profile_to_dict as JSON),
    so that a check need not rebuild it from all her passages (check in < 1.5 s).
    `passages_key` identifies the passages it was built from; a different key means stale."""

    __tablename__ = "profile_cache"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    built_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    passages_key: Mapped[str] = mapped_column(String(64))  # sha256 over passage ids and count
    data: Mapped[str] = mapped_column(Text)  # JSON

    client: Mapped[Client] = relationship(back_populates="profile_cache")


# The accounts' tables live in their own module; importing it here puts them into
# Base.metadata wherever the tables are loaded (every client query asks who may see her).
from treffsicher.storage import account_tables as _account_tables  # noqa: E402, F401


def load_all_tables() -> MetaData:
    """Base.metadata with every table, also the understanding log's: their module is
    imported by the code that uses them, not with these tables (~18 ms of every command's
    start-up, docs/decisions/0026-start-up-cost.md). Whatever needs the whole schema
    (Alembic, the export, the tests) asks here."""
    from treffsicher.storage import understanding_tables  # noqa: F401  (registers its tables)

    return Base.metadata
