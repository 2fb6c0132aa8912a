"""User accounts of the team server: add, list, remove, passwords (argon2), login sessions,
and who may see which client (private to one user, or shared with the team)."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Engine, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import t
from treffsicher.storage import accounts_repo
from treffsicher.storage.account_tables import MAX_USER_NAME_CHARS, LoginSessionRow, UserRow
from treffsicher.storage.tables import Client

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD_LENGTH = 12
SESSION_LIFETIME = timedelta(hours=12)
SESSION_ID_BYTES = 32
USER_NAME_PATTERN = re.compile(r"^[\w.-]+$")


@dataclass(frozen=True)
class UserInfo:
    """A user as services report her: id, name and how many clients are private to her."""

    id: int
    name: str
    n_private_clients: int = 0


@cache
def password_hasher() -> PasswordHasher:
    """argon2id with the library's recommended parameters (RFC 9106, low-memory profile);
    argon2 is loaded here, not by every command that lists clients."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def dummy_hash() -> str:
    """A hash to verify against when the user name is unknown, so that the answer takes
    as long as for a known name and does not tell which names exist."""
    return password_hasher().hash(secrets.token_urlsafe(16))


def hash_session_id(session_id: str) -> str:
    """The SHA-256 of a session id as stored (the id itself lives only in the cookie)."""
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def clean_user_name(name: str, lang: str) -> str:
    """The name without surrounding space; InputError when empty or not a plain name."""
    name = name.strip()
    if not name:
        raise InputError(t("account.name_empty", lang))
    if len(name) > MAX_USER_NAME_CHARS or not USER_NAME_PATTERN.match(name):
        raise InputError(t("account.name_invalid", lang, name=name[:80], limit=MAX_USER_NAME_CHARS))
    return name


def check_new_password(password: str, lang: str) -> None:
    """InputError when a new password is shorter than MIN_PASSWORD_LENGTH."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(t("account.password_short", lang, limit=MIN_PASSWORD_LENGTH))


def check_new_password_pair(new: str, repeated: str, lang: str) -> None:
    """InputError when the new password and its repetition differ, or it is too short
    (checked before the current password, which alone is worth guessing)."""
    if new != repeated:
        raise InputError(t("account.password_mismatch", lang))
    check_new_password(new, lang)


def add_user(engine: Engine, name: str, password: str, lang: str = "en") -> UserInfo:
    """Add a user with an argon2 hash of `password`; InputError when the name is taken."""
    name = clean_user_name(name, lang)
    check_new_password(password, lang)
    with Session(engine) as session, session.begin():
        if accounts_repo.get_user_by_name(session, name) is not None:
            raise InputError(t("account.exists", lang, name=name))
        user = accounts_repo.add_user(session, name, password_hasher().hash(password))
        return UserInfo(user.id, user.name)


def list_users(engine: Engine) -> list[UserInfo]:
    """All users with the number of their private clients, ordered by name."""
    with Session(engine) as session:
        return [
            UserInfo(u.id, u.name, accounts_repo.count_private_clients(session, u.id))
            for u in accounts_repo.list_users(session)
        ]


def count_users(engine: Engine) -> int:
    """How many users there are (none: the web falls back to the shared password)."""
    with Session(engine) as session:
        return accounts_repo.count_users(session)


def find_user(session: Session, name: str, lang: str) -> UserRow:
    """The user called `name`; NotFoundError when there is none."""
    user = accounts_repo.get_user_by_name(session, name.strip())
    if user is None:
        raise NotFoundError(t("account.not_found", lang, name=name.strip()[:80]))
    return user


def get_user_id(engine: Engine, name: str, lang: str = "en") -> int:
    """The id of the user called `name`; NotFoundError when there is none."""
    with Session(engine) as session:
        return find_user(session, name, lang).id


def remove_user(engine: Engine, name: str, lang: str = "en") -> None:
    """Remove a user and end her logins; refused while clients are private to her."""
    with Session(engine) as session, session.begin():
        user = find_user(session, name, lang)
        private = accounts_repo.count_private_clients(session, user.id)
        if private:
            raise InputError(t("account.has_private_clients", lang, name=user.name, count=private))
        accounts_repo.delete_user(session, user.id)


def set_password(engine: Engine, name: str, password: str, lang: str = "en") -> None:
    """Give a user a new password and end all her logins."""
    check_new_password(password, lang)
    with Session(engine) as session, session.begin():
        user = find_user(session, name, lang)
        user.password_hash = password_hasher().hash(password)
        accounts_repo.delete_user_sessions(session, user.id)


def change_own_password(
    engine: Engine, user_id: int, current: str, new: str, repeated: str, lang: str = "en"
) -> None:
    """A logged-in user changes her password: the current one must be right, the new one
    given twice; all her logins end (the caller logs this browser in again)."""
    check_new_password_pair(new, repeated, lang)
    with Session(engine) as session, session.begin():
        user = session.get(UserRow, user_id)
        if user is None or not verify_password(user.password_hash, current):
            raise InputError(t("account.wrong_password", lang))
        user.password_hash = password_hasher().hash(new)
        accounts_repo.delete_user_sessions(session, user.id)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when `password` matches the argon2 hash."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return password_hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_login(engine: Engine, name: str, password: str) -> UserInfo | None:
    """The user when name and password fit, else None (as slow for unknown names)."""
    with Session(engine) as session:
        user = accounts_repo.get_user_by_name(session, name.strip())
        if user is None:
            verify_password(dummy_hash(), password)
            return None
        if not verify_password(user.password_hash, password):
            return None
        return UserInfo(user.id, user.name)


def start_session(engine: Engine, user_id: int, now: datetime | None = None) -> str:
    """A new login session for the user; returns its random id (for the cookie only)."""
    now = now or datetime.now(UTC)
    session_id = secrets.token_urlsafe(SESSION_ID_BYTES)
    with Session(engine) as session, session.begin():
        accounts_repo.delete_expired_sessions(session, now)
        accounts_repo.add_login_session(
            session, hash_session_id(session_id), user_id, now + SESSION_LIFETIME
        )
    return session_id


def user_for_session(
    engine: Engine, session_id: str, now: datetime | None = None
) -> UserInfo | None:
    """The user logged in with this session id, or None when unknown or expired."""
    if not session_id:
        return None
    now = now or datetime.now(UTC)
    query = (
        select(UserRow.id, UserRow.name)
        .join(LoginSessionRow, LoginSessionRow.user_id == UserRow.id)
        .where(LoginSessionRow.id_hash == hash_session_id(session_id))
        .where(LoginSessionRow.expires_at > now)
    )
    with Session(engine) as session:
        row = session.execute(query).first()
    return UserInfo(row.id, row.name) if row else None


def end_session(engine: Engine, session_id: str) -> None:
    """Log out: the session id no longer logs anybody in."""
    with Session(engine) as session, session.begin():
        accounts_repo.delete_login_session(session, hash_session_id(session_id))


def visible_to(viewer_id: int | None) -> ColumnElement[bool]:
    """The SQL condition „this client is shared or private to the viewer“ (None: the
    workspace has no accounts in play, everything is visible)."""
    if viewer_id is None:
        return Client.id.is_not(None)
    return or_(Client.owner_id.is_(None), Client.owner_id == viewer_id)


def require_client_access(
    engine: Engine, viewer_id: int | None, client_id: int, lang: str = "en"
) -> None:
    """NotFoundError unless the viewer may see the client: a private client of another
    user is answered exactly like one that does not exist."""
    if viewer_id is None:
        return
    with Session(engine) as session:
        owner = session.execute(select(Client.owner_id).where(Client.id == client_id)).first()
    if owner is not None and owner.owner_id not in (None, viewer_id):
        raise NotFoundError(t("client.id_not_found", lang))


def shared_secret(engine: Engine, name: str) -> bytes:
    """A random 32-byte secret stored in the workspace, the same for every server process
    on it (made by the first one to ask; a process that loses the race reads the winner's)."""
    with Session(engine) as session:
        stored = accounts_repo.get_secret(session, name)
    if stored is None:
        try:
            with Session(engine) as session, session.begin():
                accounts_repo.add_secret(session, name, secrets.token_hex(32))
        except IntegrityError:
            pass
        with Session(engine) as session:
            stored = accounts_repo.get_secret(session, name)
    if stored is None:
        raise RuntimeError(f"secret {name} could not be stored")
    return bytes.fromhex(stored)


def set_client_owner(engine: Engine, client: str, user: str | None, lang: str = "en") -> int | None:
    """Make the client called `client` private to `user`, or shared with the team when
    `user` is None; returns the new owner's id (None: shared)."""
    from treffsicher.services.clients import find_client

    with Session(engine) as session, session.begin():
        row = find_client(session, client, lang)
        owner = find_user(session, user, lang).id if user else None
        row.owner_id = owner
        return owner
