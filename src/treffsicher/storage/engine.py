"""make_engine(url): one SQLAlchemy engine per workspace; SQLite gets WAL and foreign keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from treffsicher.errors import StorageError

# Pragmas set on every new SQLite connection (WAL, foreign keys, busy timeout): kept in
# storage.lite, whose connections for `profile` set the same ones.
from treffsicher.storage.lite import SQLITE_PRAGMAS as SQLITE_PRAGMAS


def make_engine(url: str, echo: bool = False) -> Engine:
    """An engine for `url` (SQLite file or memory, or PostgreSQL via psycopg)."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError; any bad URL is a user error
        raise StorageError(f"Ungültige Datenbank-URL / invalid database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, echo=echo)
        event.listen(engine, "connect", set_sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":
        # psycopg 3 is the driver we document; plain "postgresql://" would pick psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, echo=echo, pool_pre_ping=True)


def set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    """Connect-event hook: turn on WAL, foreign keys and a busy timeout."""
    # The sqlite3 driver opens a transaction lazily; pragmas must run outside one.
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit (services return them)."""
    return sessionmaker(bind=engine, expire_on_commit=False)
