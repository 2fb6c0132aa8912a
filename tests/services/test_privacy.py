"""Erasing a client on SQLite and PostgreSQL: she and everything derived from her go."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.errors import NotFoundError, StorageError
from treffsicher.services.clients import list_clients
from treffsicher.services.demo import load_demo
from treffsicher.services.privacy import backup_workspace, forget_client
from treffsicher.storage.tables import Client, Identity, PassageRow, Source


def count(engine: Engine, table: type[object]) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_forget_removes_her_and_keeps_the_others(engine: Engine) -> None:
    load_demo(engine)
    before = {c.name: c for c in list_clients(engine)}
    morwenna = before["Morwenna Pike"]
    passages_before = count(engine, PassageRow)
    sources_before = count(engine, Source)
    identities_before = count(engine, Identity)
    clients_before = count(engine, Client)

    report = forget_client(engine, "morwenna pike")

    assert report.name == "Morwenna Pike"
    assert (report.sources, report.passages) == (morwenna.n_sources, morwenna.n_passages)
    assert report.file_rewritten is (engine.url.get_backend_name() == "sqlite")
    assert [c.name for c in list_clients(engine)] == ["Johanna Kellermann"]
    assert count(engine, PassageRow) == passages_before - morwenna.n_passages
    assert count(engine, Source) == sources_before - morwenna.n_sources
    expected_identities = identities_before - len(morwenna.emails) - len(morwenna.speakers)
    assert count(engine, Identity) == expected_identities
    assert count(engine, Client) == clients_before - 1


def test_forget_of_an_unknown_client_is_not_found(engine: Engine) -> None:
    with pytest.raises(NotFoundError):
        forget_client(engine, "Niemand")


def test_backup_of_postgresql_points_to_pg_dump(engine: Engine, tmp_path: object) -> None:
    if engine.url.get_backend_name() == "sqlite":
        pytest.skip("PostgreSQL only")
    with pytest.raises(StorageError, match="pg_dump"):
        backup_workspace(engine, tmp_path / "x.sqlite", "en")  # type: ignore[operator]
