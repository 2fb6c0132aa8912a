"""make_engine: SQLite pragmas really on; the same code opens PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from treffsicher.errors import StorageError
from treffsicher.storage.engine import make_engine


def test_sqlite_connection_has_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine("sqlite:///" + str(tmp_path / "a.sqlite"))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_every_new_sqlite_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine("sqlite:///" + str(tmp_path / "b.sqlite"))
    first = engine.raw_connection()
    second = engine.raw_connection()  # a second pooled connection, opened separately
    try:
        for raw in (first, second):
            cursor = raw.cursor()
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone()[0] == 1
            cursor.close()
    finally:
        first.close()
        second.close()
        engine.dispose()


def test_sqlite_parent_folder_is_created(tmp_path: Path) -> None:
    target = tmp_path / "deeper" / "still" / "w.sqlite"
    engine = make_engine("sqlite:///" + str(target))
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    engine.dispose()
    assert target.exists()


def test_bad_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError):
        make_engine("this is not a url")


def test_engine_fixture_answers(engine: Engine) -> None:
    # Runs on SQLite and, when configured, on PostgreSQL through the same make_engine.
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1 + 1")).scalar() == 2
