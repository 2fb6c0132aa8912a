"""Demo service: loads a manifest's clients and files; a second run adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, StorageError
from treffsicher.services.clients import list_clients
from treffsicher.services.demo import default_data_root, load_demo, read_manifest
from treffsicher.storage.tables import Source

DATA = Path(__file__).parent / "demo_data"


def count_sources(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Source)) or 0)


def test_load_demo_adds_clients_and_sources(sqlite_engine: Engine) -> None:
    summary = load_demo(sqlite_engine, DATA)
    assert (summary.clients, summary.sources_imported, summary.duplicates) == (2, 3, 0)
    assert summary.primary == "Anna Probe"
    assert summary.problems == []
    clients = {c.name: c for c in list_clients(sqlite_engine)}
    assert set(clients) == {"Anna Probe", "Tom Sample"}
    assert clients["Anna Probe"].emails == ("anna@example.org",)
    assert clients["Anna Probe"].n_sources == 2


def test_load_demo_twice_adds_nothing(sqlite_engine: Engine) -> None:
    load_demo(sqlite_engine, DATA)
    again = load_demo(sqlite_engine, DATA)
    assert (again.sources_imported, again.duplicates) == (0, 3)
    assert count_sources(sqlite_engine) == 3
    assert len(list_clients(sqlite_engine)) == 2


def test_source_kinds_come_from_the_manifest(sqlite_engine: Engine) -> None:
    load_demo(sqlite_engine, DATA)
    with Session(sqlite_engine) as session:
        kinds = {row.name: row.kind for row in session.execute(select(Source.name, Source.kind))}
    assert kinds == {"anna/mail-1.txt": "email", "anna/notiz.md": "speech", "tom.txt": "web"}


def test_missing_file_is_a_problem_not_a_stop(sqlite_engine: Engine, tmp_path: Path) -> None:
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    manifest["clients"][0]["sources"].insert(0, {"path": "anna/fehlt.txt", "kind": "email"})
    (tmp_path / "anna").mkdir()
    for name in ("anna/mail-1.txt", "anna/notiz.md", "tom.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    summary = load_demo(sqlite_engine, tmp_path)
    assert [p.path for p in summary.problems] == ["anna/fehlt.txt"]
    assert summary.sources_imported == 3


def test_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        read_manifest(tmp_path)


def test_manifest_with_unknown_primary_is_invalid(tmp_path: Path) -> None:
    data = {"primary": "Niemand", "clients": [{"name": "Anna", "sources": []}]}
    (tmp_path / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError):
        read_manifest(tmp_path)


def test_shipped_manifest_names_existing_files() -> None:
    root = default_data_root()
    manifest = read_manifest(root)
    assert manifest.primary in {c.name for c in manifest.clients}
    missing = [
        s.path for c in manifest.clients for s in c.sources if not root.joinpath(s.path).is_file()
    ]
    assert missing == []
