"""Migrations: they create exactly the tables of tables.py; the cheap check skips Alembic."""

from __future__ import annotations

import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from treffsicher.errors import StorageError
from treffsicher.storage.engine import make_engine
from treffsicher.storage.schema import (
    HEAD_REVISION,
    alembic_config,
    ensure_schema,
    read_schema_revision,
)
from treffsicher.storage.tables import load_all_tables


def test_head_revision_constant_is_alembics_head() -> None:
    with alembic_config() as config:
        assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_tables(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_tables())
    assert diff == []


def test_migration_creates_exactly_the_declared_tables(engine: Engine) -> None:
    names = set(inspect(engine).get_table_names())
    assert names == {*load_all_tables().tables, "alembic_version"}
    assert {"clients", "identities", "sources", "passages", "checks"} <= names


def test_ensure_schema_runs_once(database_url: str) -> None:
    engine = make_engine(database_url)
    assert read_schema_revision(engine) is None
    assert ensure_schema(engine) is True
    assert read_schema_revision(engine) == HEAD_REVISION
    assert ensure_schema(engine) is False
    engine.dispose()


def test_opening_a_current_workspace_does_not_need_alembic(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    ensure_schema(engine)
    engine.dispose()
    # With alembic made unimportable, an up-to-date workspace must still open
    # (cold start stays fast because Alembic is imported only when the schema is behind).
    saved = {k: v for k, v in sys.modules.items() if k == "alembic" or k.startswith("alembic.")}
    for name in saved:
        del sys.modules[name]
    sys.modules["alembic"] = None  # type: ignore[assignment]
    try:
        reopened = make_engine(sqlite_url)
        assert ensure_schema(reopened) is False
        reopened.dispose()
    finally:
        del sys.modules["alembic"]
        sys.modules.update(saved)


def test_workspace_from_a_newer_version_is_a_storage_error(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    ensure_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StorageError, match="9999"):
        ensure_schema(engine)
    engine.dispose()


def test_upgrading_a_filled_workspace_keeps_every_row(database_url: str) -> None:
    # Batch migrations rebuild SQLite tables; with foreign keys on, dropping the old
    # "sources" table would cascade into "passages" and silently delete her words.
    from treffsicher.storage.schema import upgrade_schema

    engine = make_engine(database_url)
    upgrade_schema(engine, "0002")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO clients (id, name, created_at) VALUES (1, 'A', :t)"),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO sources (id, client_id, name, content_hash, media_type, encoding,"
                " kind, imported_at, notes) VALUES (1, 1, 'a.txt', 'h', 'text/plain', 'utf-8',"
                " 'email', :t, '')"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
        for position in range(3):
            conn.execute(
                text(
                    "INSERT INTO passages (source_id, position, text, language, kind,"
                    " word_count, char_start, char_end, note)"
                    " VALUES (1, :p, 'Hallo du.', 'de', 'email', 2, 0, 9, '')"
                ),
                {"p": position},
            )
    assert ensure_schema(engine)
    assert read_schema_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM passages")).scalar() == 3
        assert conn.execute(text("SELECT count(*) FROM sources")).scalar() == 1
        # 0004: every client of before is a client, not the writer's own row.
        assert conn.execute(text("SELECT kind FROM clients")).scalars().all() == ["client"]
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_load_all_tables_holds_the_understanding_log() -> None:
    tables = load_all_tables().tables
    assert {"clients", "users", "assumptions", "evidence_marks"} <= set(tables)
