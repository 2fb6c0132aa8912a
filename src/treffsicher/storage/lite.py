"""A SQLite workspace read and written with the standard library's sqlite3, without
SQLAlchemy: exactly what `profile` needs (the schema check, her row by name, her passages,
the profile cache). Importing SQLAlchemy, its ORM and the tables costs every process ~0.3 s
of CPU; `profile` on a SQLite workspace skips it (docs/decisions/0027-profile-without-
sqlalchemy.md).

The statements are the ones SQLAlchemy sends for repo and checks_repo (same columns, joins,
filters, order), so rows come back in the same order; the constants the two paths share
live here, and engine, schema and checks_repo take them from this module. Anything this
module does not handle (another URL, a missing file, a schema not at HEAD_REVISION, any
sqlite3 error) ends in LiteUnavailable or None, and the caller takes the SQLAlchemy path.
tests/cli/test_profile_lite.py runs both paths on the same workspaces.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

# The newest migration in storage/migrations/versions. A test pins it to Alembic's head,
# so that opening an up-to-date workspace needs no Alembic import at all (cold start).
HEAD_REVISION = "0007"
VERSION_TABLE = "alembic_version"

# Pragmas set on every new SQLite connection: WAL lets the web UI read while an
# import writes; foreign keys make ON DELETE CASCADE work (SQLite has them off by default);
# busy_timeout waits for a concurrent writer instead of failing at once.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)

# clients.kind of a client (tables.CLIENT_KIND_CLIENT; a test holds them equal)
CLIENT_KIND_CLIENT = "client"

# How SQLAlchemy's SQLite dialect stores a DateTime (also one with timezone=True: it drops
# the offset; our times are UTC): always six digits of microseconds.
SQLITE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

SQLITE_URL_PREFIX = "sqlite:///"

FIND_CLIENT_SQL = "SELECT clients.id, clients.name FROM clients WHERE clients.name = ?"
CLIENT_NAMES_SQL = "SELECT clients.name FROM clients WHERE clients.kind = ? ORDER BY clients.name"
SOURCES_BY_LANGUAGE_SQL = (
    "SELECT passages.language, sources.kind, count(distinct(sources.id)) AS count_1 "
    "FROM passages JOIN sources ON passages.source_id = sources.id "
    "WHERE sources.client_id = ? GROUP BY passages.language, sources.kind"
)
PASSAGE_IDS_SQL = (
    "SELECT passages.id FROM passages JOIN sources ON passages.source_id = sources.id "
    "WHERE sources.client_id = ? AND passages.excluded IS 0"
)
PASSAGE_TEXTS_SQL = (
    "SELECT passages.id, passages.text, passages.language, passages.kind, "
    "sources.id AS id_1, sources.name, sources.kind AS kind_1 "
    "FROM passages JOIN sources ON passages.source_id = sources.id "
    "WHERE sources.client_id = ? AND passages.excluded IS 0 "
    "ORDER BY sources.id, passages.position"
)
READ_CACHE_SQL = (
    "SELECT profile_cache.passages_key, profile_cache.data FROM profile_cache "
    "WHERE profile_cache.client_id = ?"
)
WRITE_CACHE_SQL = (
    "INSERT INTO profile_cache (client_id, built_at, passages_key, data) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (client_id) DO UPDATE SET built_at = excluded.built_at, "
    "passages_key = excluded.passages_key, data = excluded.data"
)

PassageTextRow = tuple[int, str, str, str, int, str, str]
Row = tuple[Any, ...]


class LiteUnavailable(Exception):
    """This path cannot do it (a database error, a locked file …): take SQLAlchemy's."""


def utc_now() -> datetime:
    """The current time in UTC, timezone-aware (as tables.utc_now)."""
    return datetime.now(UTC)


def make_passages_key(passage_ids: Iterable[int], builder: str = "") -> str:
    """sha256 over her passage ids (sorted) and their count: another key means stale.

    `builder` names the code that built the profile (version, feature names), so that a
    newer treffsicher does not keep serving a profile built by an older one.
    """
    ids = sorted(passage_ids)
    payload = f"{builder}|{len(ids)}:" + ",".join(map(str, ids))
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def sqlite_file(database_url: str) -> str | None:
    """The file of a plain `sqlite:////absolute/path` URL (as Settings makes them) when it
    exists, else None: memory databases, relative or quoted paths, query options, other
    drivers and databases, and a missing file (the engine would create it) are left to
    SQLAlchemy."""
    if not database_url.startswith(SQLITE_URL_PREFIX):
        return None
    path = database_url[len(SQLITE_URL_PREFIX) :]
    if not path.startswith("/") or any(c in path for c in "?#%"):
        return None
    return path if os.path.isfile(path) else None


def connect(database_url: str) -> sqlite3.Connection | None:
    """A connection to the workspace with the engine's pragmas, when it is a SQLite file
    whose schema is at HEAD_REVISION; None otherwise (SQLAlchemy and Alembic take it)."""
    path = sqlite_file(database_url)
    if path is None:
        return None
    try:
        # mode=rw: never create the file; isolation_level None: every statement commits on
        # its own, as SQLAlchemy's reads do with this driver; writes begin explicitly.
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        for pragma in SQLITE_PRAGMAS:
            conn.execute(pragma)
        if read_schema_revision(conn) == HEAD_REVISION:
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None


def read_schema_revision(conn: sqlite3.Connection) -> str | None:
    """The revision stored in alembic_version, or None when there is no such table."""
    found = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()
    if found is None:
        return None
    row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return None if row is None else str(row[0])


def find_client(conn: sqlite3.Connection, name: str) -> tuple[int, str] | None:
    """(id, name) of the client services.clients.find_client returns for `name`: exactly
    this name, else the one client whose name differs only in case; None when that would be
    an error (its message, with a suggestion, comes from the SQLAlchemy path)."""
    try:
        row = conn.execute(FIND_CLIENT_SQL, (name.strip(),)).fetchone()
        if row is not None:
            return int(row[0]), str(row[1])
        names = [r[0] for r in conn.execute(CLIENT_NAMES_SQL, (CLIENT_KIND_CLIENT,))]
        folded = name.strip().casefold()
        same = [n for n in names if n.casefold() == folded]
        if len(same) != 1:
            return None
        row = conn.execute(FIND_CLIENT_SQL, (same[0].strip(),)).fetchone()
    except sqlite3.Error as exc:
        raise LiteUnavailable(str(exc)) from exc
    return None if row is None else (int(row[0]), str(row[1]))


def count_sources_by_language(
    conn: sqlite3.Connection, client_id: int
) -> dict[str, dict[str, int]]:
    """Language → source kind → number of her sources (repo.count_sources_by_language)."""
    counts: dict[str, dict[str, int]] = {}
    for language, kind, n in run(conn, SOURCES_BY_LANGUAGE_SQL, client_id):
        counts.setdefault(language, {})[kind] = int(n)
    return counts


def list_passage_ids(conn: sqlite3.Connection, client_id: int) -> list[int]:
    """The ids of the passages that count as hers (repo.list_passage_ids)."""
    return [row[0] for row in run(conn, PASSAGE_IDS_SQL, client_id)]


def list_passage_texts(conn: sqlite3.Connection, client_id: int) -> list[PassageTextRow]:
    """Her passages as repo.list_passage_texts gives them: (id, text, language, kind,
    source id, source name, source kind), in import and source order."""
    rows: list[PassageTextRow] = run(conn, PASSAGE_TEXTS_SQL, client_id)
    return rows


def read_profile_cache(conn: sqlite3.Connection, client_id: int, passages_key: str) -> str | None:
    """The cached profile JSON when it was built from the same passages, else None."""
    rows = run(conn, READ_CACHE_SQL, client_id)
    if not rows or rows[0][0] != passages_key:
        return None
    return str(rows[0][1])


def write_profile_cache(
    conn: sqlite3.Connection, client_id: int, passages_key: str, data: str
) -> None:
    """Store (or replace) her cached profile JSON in one transaction, with the statement
    checks_repo.write_profile_cache sends; LiteUnavailable (nothing written) when it fails."""
    built_at = utc_now().strftime(SQLITE_DATETIME_FORMAT)
    try:
        conn.execute("BEGIN")
        try:
            conn.execute(WRITE_CACHE_SQL, (client_id, built_at, passages_key, data))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise LiteUnavailable(str(exc)) from exc


def run(conn: sqlite3.Connection, sql: str, client_id: int) -> list[Row]:
    """All rows of `sql` for one client; LiteUnavailable on a database error."""
    try:
        rows: list[Row] = conn.execute(sql, (client_id,)).fetchall()
    except sqlite3.Error as exc:
        raise LiteUnavailable(str(exc)) from exc
    return rows
