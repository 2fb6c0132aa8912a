"""Shared fixtures: workspaces on a real SQLite file, and on PostgreSQL when configured."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, text

from treffsicher.services.workspace import open_workspace

POSTGRES_ENV = "TREFFSICHER_TEST_DATABASE_URL"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite workspace file under tmp_path."""
    return "sqlite:///" + str(tmp_path / "workspace.sqlite")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """URL of a fresh, private PostgreSQL schema; skips when no server is configured."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} not set")
    # Every test gets its own schema (several people share the server), dropped afterwards.
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """A fresh workspace URL: SQLite always, PostgreSQL when TREFFSICHER_TEST_DATABASE_URL."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An opened (migrated) workspace on each configured database."""
    engine = open_workspace(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    """An opened (migrated) SQLite workspace only."""
    engine = open_workspace(sqlite_url)
    yield engine
    engine.dispose()
