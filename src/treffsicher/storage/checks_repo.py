"""Repository functions for checks and the profile cache; each takes a Session."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

# the profile cache's key, shared with storage.lite's path for `profile`
from treffsicher.storage.lite import make_passages_key as make_passages_key
from treffsicher.storage.tables import CheckRow, ProfileCacheRow, utc_now


def hash_text(text: str) -> str:
    """The sha256 hex digest of a draft's text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_check(
    session: Session,
    client_id: int,
    *,
    draft_name: str,
    draft_text: str,
    language: str,
    register: str,
    score: float | None,
    band: str,
    report: str,
    created_at: datetime | None = None,
) -> CheckRow:
    """Store one check (flushed, so it has an id) and return it."""
    row = CheckRow(
        client_id=client_id,
        created_at=created_at or utc_now(),
        draft_name=draft_name,
        draft_text=draft_text,
        draft_hash=hash_text(draft_text),
        language=language,
        register=register,
        score=score,
        band=band,
        report=report,
    )
    session.add(row)
    session.flush()
    return row


def list_checks(session: Session, client_id: int) -> Sequence[CheckRow]:
    """A client's checks, newest first (ties: the later id first)."""
    return session.scalars(
        select(CheckRow)
        .where(CheckRow.client_id == client_id)
        .order_by(CheckRow.created_at.desc(), CheckRow.id.desc())
    ).all()


def find_latest_check_id(session: Session, client_id: int) -> int | None:
    """The id of the client's newest check, or None."""
    return session.scalars(
        select(CheckRow.id)
        .where(CheckRow.client_id == client_id)
        .order_by(CheckRow.created_at.desc(), CheckRow.id.desc())
        .limit(1)
    ).first()


def list_latest_scores(session: Session) -> dict[int, float | None]:
    """Per client id, the fit score of her newest check (clients without checks absent)."""
    newest = (
        select(CheckRow.client_id, func.max(CheckRow.id).label("last_id"))
        .group_by(CheckRow.client_id)
        .subquery()
    )
    rows = session.execute(
        select(CheckRow.client_id, CheckRow.score).join(newest, CheckRow.id == newest.c.last_id)
    ).all()
    return {int(client_id): score for client_id, score in rows}


def find_previous_check(
    session: Session, client_id: int, draft_name: str, before_id: int | None = None
) -> CheckRow | None:
    """The latest check of the same draft name (older than `before_id`), or None."""
    query = select(CheckRow).where(
        CheckRow.client_id == client_id, CheckRow.draft_name == draft_name
    )
    if before_id is not None:
        query = query.where(CheckRow.id < before_id)
    return session.scalars(query.order_by(CheckRow.created_at.desc(), CheckRow.id.desc())).first()


def read_profile_cache(session: Session, client_id: int, passages_key: str) -> str | None:
    """The cached profile JSON when it was built from the same passages, else None."""
    row = session.get(ProfileCacheRow, client_id)
    if row is None or row.passages_key != passages_key:
        return None
    return row.data


def write_profile_cache(session: Session, client_id: int, passages_key: str, data: str) -> None:
    """Store (or replace) the client's cached profile JSON.

    One INSERT … ON CONFLICT DO UPDATE (SQLite and PostgreSQL alike): two server workers
    that build the same client's profile at the same moment both store it, the later one
    wins. Reading first and then inserting let the second one fail on the primary key.
    """
    built_at = utc_now()
    values = {
        "client_id": client_id,
        "passages_key": passages_key,
        "data": data,
        "built_at": built_at,
    }
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):  # another database: read, then write
        row = session.get(ProfileCacheRow, client_id)
        if row is None:
            session.add(ProfileCacheRow(**values))
        else:
            row.passages_key, row.data, row.built_at = passages_key, data, built_at
        session.flush()
        return
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        # the same statement in the SQLite dialect (its class differs only in name)
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    statement = dialect_insert(ProfileCacheRow).values(**values)
    replaced = ("passages_key", "data", "built_at")
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[ProfileCacheRow.client_id],
            set_={name: statement.excluded[name] for name in replaced},
        )
    )
    # A row this session loaded before holds the old values: read it again if asked.
    session.expire_all()


def read_profile_cache_stamp(session: Session, client_id: int) -> tuple[str, str] | None:
    """(passages key, build time) of the client's cached profile, without its data; None
    when there is none. Any rebuild or removal of the row changes it."""
    row = session.execute(
        select(ProfileCacheRow.passages_key, ProfileCacheRow.built_at).where(
            ProfileCacheRow.client_id == client_id
        )
    ).first()
    return None if row is None else (str(row[0]), row[1].isoformat())
