"""Erasing a client for good, and backing up and restoring a workspace while it is in use.

Forgetting deletes the client's row; the database cascades to everything derived from her
(identities, sources, passages, checks, the cached profile). On SQLite that alone would
leave her words in freed pages of the file and in the write-ahead log, so the delete runs
with `secure_delete` on (freed pages are overwritten with zeros), and afterwards the file
is rebuilt (VACUUM) and the log folded in and truncated (`wal_checkpoint(TRUNCATE)`). See
docs/decisions/0007-erasure-and-backup.md for what this does and does not guarantee, and
for PostgreSQL.

Backups use SQLite's online backup API: a consistent copy, page by page, while other
connections (the web server) go on reading and writing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, StorageError
from treffsicher.i18n import t
from treffsicher.services.clients import find_client
from treffsicher.services.profile_memory import drop_client_profile
from treffsicher.storage import repo
from treffsicher.storage.tables import PassageRow, Source

BACKUP_PAGES_PER_STEP = 1024  # pages copied per step; other connections may write between
REQUIRED_TABLES = ("clients", "sources", "passages")


@dataclass(frozen=True)
class ForgetReport:
    """What was erased for one client."""

    name: str
    sources: int
    passages: int
    file_rewritten: bool  # SQLite: the file was vacuumed and its log truncated


@dataclass(frozen=True)
class BackupReport:
    """A finished backup or restore: the file written or read, and its size."""

    path: Path
    size_bytes: int


def sqlite_path(engine: Engine) -> Path | None:
    """The workspace file of a SQLite engine, None for other databases or memory."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser()


def forget_client(engine: Engine, name: str, lang: str = "en") -> ForgetReport:
    """Erase the client and everything derived from her; on SQLite leave none of her
    words in the file or its log. NotFoundError for an unknown client."""
    is_sqlite = engine.url.get_backend_name() == "sqlite"
    with Session(engine) as session, session.begin():
        if is_sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        client = find_client(session, name, lang)
        n_sources = session.scalar(
            select(func.count()).select_from(Source).where(Source.client_id == client.id)
        )
        n_passages = session.scalar(
            select(func.count())
            .select_from(PassageRow)
            .join(Source, PassageRow.source_id == Source.id)
            .where(Source.client_id == client.id)
        )
        found_name, found_id = client.name, client.id
        repo.delete_client(session, client.id)
    drop_client_profile(engine, found_id)  # no quotes of hers left in this process either
    if is_sqlite:
        rewrite_sqlite_file(engine)
    return ForgetReport(found_name, int(n_sources or 0), int(n_passages or 0), is_sqlite)


def rewrite_sqlite_file(engine: Engine) -> None:
    """Rebuild the file without freed pages and fold the log into it, truncated to zero."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if raw is None:
            return
        raw.commit()
        raw.execute("PRAGMA secure_delete=ON")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Pooled connections keep pages in their caches; the next use reads the new file.
    engine.dispose()


def backup_workspace(engine: Engine, target: Path, lang: str = "en") -> BackupReport:
    """Copy the SQLite workspace to `target` (a new file), consistently, while it may be
    in use. InputError when target exists; StorageError for a non-SQLite workspace."""
    source = require_sqlite(engine, lang)
    if target.exists():
        raise InputError(t("privacy.backup_exists", lang, path=str(target)))
    partial = target.with_name(target.name + ".partial")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst, pages=BACKUP_PAGES_PER_STEP)
        dst_check = sqlite3.connect(partial)
        try:
            dst_check.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst_check.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(t("privacy.backup_failed", lang, path=str(target), error=exc)) from exc
    return BackupReport(target, target.stat().st_size)


def restore_workspace(engine: Engine, backup: Path, lang: str = "en") -> BackupReport:
    """Replace the workspace's content with a backup made by backup_workspace. The backup
    is checked first (a readable SQLite file with treffsicher's tables); the copy runs
    through the backup API, so a server on the workspace sees the old or the new state."""
    target = require_sqlite(engine, lang)
    check_backup_file(backup, lang)
    engine.dispose()
    try:
        with sqlite3.connect(backup) as src, sqlite3.connect(target) as dst:
            src.backup(dst, pages=BACKUP_PAGES_PER_STEP)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise StorageError(t("privacy.restore_failed", lang, path=str(backup), error=exc)) from exc
    return BackupReport(backup, backup.stat().st_size)


def check_backup_file(backup: Path, lang: str) -> None:
    """InputError unless `backup` is a SQLite file holding a treffsicher workspace."""
    if not backup.is_file():
        raise InputError(t("privacy.backup_missing", lang, path=str(backup)))
    try:
        connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {row[0] for row in rows}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise InputError(t("privacy.not_a_backup", lang, path=str(backup))) from exc
    if not all(name in tables for name in REQUIRED_TABLES):
        raise InputError(t("privacy.not_a_backup", lang, path=str(backup)))


def require_sqlite(engine: Engine, lang: str) -> Path:
    """The workspace file; StorageError naming pg_dump for other databases."""
    path = sqlite_path(engine)
    if path is None:
        backend = make_url(str(engine.url)).get_backend_name()
        raise StorageError(t("privacy.not_sqlite", lang, backend=backend))
    return path
