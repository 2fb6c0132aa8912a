"""Tables of the team server: user accounts and their login sessions (migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from treffsicher.storage.tables import Base, utc_now

MAX_USER_NAME_CHARS = 100


class UserRow(Base):
    """A person who logs in to the web interface; the password only as an argon2 hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(MAX_USER_NAME_CHARS), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class LoginSessionRow(Base):
    """A logged-in browser: the SHA-256 of the random id in its cookie (never the id
    itself, so a copy of the database logs nobody in), the user and when it expires."""

    __tablename__ = "login_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ServerSecretRow(Base):
    """A random secret all server processes of one workspace share (e.g. the key that
    signs CSRF cookies, so that a form from one worker is accepted by another)."""

    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
