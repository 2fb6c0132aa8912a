"""Bring a workspace's schema up to date: a cheap version check, Alembic only when behind."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from treffsicher.errors import StorageError
from treffsicher.storage.lite import HEAD_REVISION as HEAD_REVISION
from treffsicher.storage.lite import VERSION_TABLE

if TYPE_CHECKING:
    from alembic.config import Config

LOGGER = logging.getLogger(__name__)

# HEAD_REVISION, the newest migration, is kept in storage.lite, which checks it without
# SQLAlchemy; a test pins it to Alembic's head.


def read_schema_revision(engine: Engine) -> str | None:
    """The revision stored in alembic_version, or None for a new (empty) database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def ensure_schema(engine: Engine) -> bool:
    """Upgrade the database to HEAD_REVISION if needed; True when a migration ran."""
    try:
        if read_schema_revision(engine) == HEAD_REVISION:
            return False
        upgrade_schema(engine)
    except SQLAlchemyError as exc:
        raise StorageError(
            f"Arbeitsbereich nicht lesbar / workspace cannot be opened: {exc}"
        ) from exc
    return True


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run Alembic's upgrade to `revision` on `engine`; StorageError when it cannot."""
    from alembic import command
    from alembic.util import CommandError

    LOGGER.info("migrating workspace schema to %s", revision)
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as conn, alembic_config() as config:
            if sqlite:
                # Batch migrations rebuild SQLite tables (copy, drop, rename). With foreign
                # keys on, dropping "sources" would cascade into "passages" and delete her
                # words; the pragma only takes effect outside a transaction (sqlite.org/
                # lang_altertable.html, "12-step" procedure).
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            try:
                with conn.begin():
                    config.attributes["connection"] = conn
                    command.upgrade(config, revision)
                    if sqlite:
                        check_foreign_keys(conn)
            finally:
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
    except CommandError as exc:
        # Typically a workspace written by a newer treffsicher (an unknown revision).
        raise StorageError(
            "Arbeitsbereich hat ein unbekanntes Schema, vielleicht von einer neueren "
            f"treffsicher-Version / workspace schema unknown, maybe from a newer version: {exc}"
        ) from exc


def check_foreign_keys(conn: Connection) -> None:
    """Raise StorageError (rolling the migration back) if a row lost its parent."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise StorageError(
            "Migration abgebrochen: verwaiste Zeilen / migration stopped, rows lost their "
            f"parent: {broken[:5]}"
        )


@contextmanager
def alembic_config() -> Iterator[Config]:
    """An Alembic Config whose script_location is the migrations folder in the package."""
    from alembic.config import Config

    folder = resources.files("treffsicher.storage").joinpath("migrations")
    with resources.as_file(folder) as path:
        config = Config()
        config.set_main_option("script_location", str(path))
        yield config
