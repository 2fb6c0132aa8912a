"""Repository functions for users and their login sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from treffsicher.storage.account_tables import LoginSessionRow, ServerSecretRow, UserRow
from treffsicher.storage.tables import Client


def add_user(session: Session, name: str, password_hash: str) -> UserRow:
    """Add a user (flushed, so it has an id)."""
    user = UserRow(name=name, password_hash=password_hash)
    session.add(user)
    session.flush()
    return user


def get_user_by_name(session: Session, name: str) -> UserRow | None:
    """The user called exactly `name`, or None."""
    return session.scalars(select(UserRow).where(UserRow.name == name)).first()


def list_users(session: Session) -> Sequence[UserRow]:
    """All users, ordered by name."""
    return session.scalars(select(UserRow).order_by(UserRow.name)).all()


def count_users(session: Session) -> int:
    """How many users there are."""
    return int(session.scalar(select(func.count()).select_from(UserRow)) or 0)


def count_private_clients(session: Session, user_id: int) -> int:
    """How many clients are private to this user."""
    query = select(func.count()).select_from(Client).where(Client.owner_id == user_id)
    return int(session.scalar(query) or 0)


def delete_user(session: Session, user_id: int) -> None:
    """Delete a user; the database cascades to her login sessions."""
    session.execute(delete(LoginSessionRow).where(LoginSessionRow.user_id == user_id))
    session.execute(delete(UserRow).where(UserRow.id == user_id))


def add_login_session(session: Session, id_hash: str, user_id: int, expires_at: datetime) -> None:
    """Store a login session by the hash of its id."""
    session.add(LoginSessionRow(id_hash=id_hash, user_id=user_id, expires_at=expires_at))
    session.flush()


def get_login_session(session: Session, id_hash: str) -> LoginSessionRow | None:
    """The login session with this id hash, or None."""
    return session.get(LoginSessionRow, id_hash)


def delete_login_session(session: Session, id_hash: str) -> None:
    """End one login session."""
    session.execute(delete(LoginSessionRow).where(LoginSessionRow.id_hash == id_hash))


def delete_user_sessions(session: Session, user_id: int) -> None:
    """End every login session of a user (after a password change or removal)."""
    session.execute(delete(LoginSessionRow).where(LoginSessionRow.user_id == user_id))


def delete_expired_sessions(session: Session, now: datetime) -> None:
    """Drop login sessions whose time is over."""
    session.execute(delete(LoginSessionRow).where(LoginSessionRow.expires_at <= now))


def get_secret(session: Session, name: str) -> str | None:
    """The shared secret called `name`, or None."""
    row = session.get(ServerSecretRow, name)
    return row.value if row else None


def add_secret(session: Session, name: str, value: str) -> None:
    """Store a shared secret (IntegrityError when another process was first)."""
    session.add(ServerSecretRow(name=name, value=value))
    session.flush()
