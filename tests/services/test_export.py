"""Export of one client and reading it back: identical, SQLite → PostgreSQL → SQLite."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.errors import InputError
from treffsicher.services.checkback import answer_item, create_round, open_round
from treffsicher.services.checking import Draft, check_client_draft
from treffsicher.services.clients import list_clients
from treffsicher.services.demo import load_demo
from treffsicher.services.export import EXPORT_MEMBER, export_client, import_export
from treffsicher.services.understanding import add_assumption
from treffsicher.services.workspace import open_workspace
from treffsicher.storage import export_repo, repo

DRAFT = (
    "Liebe Mamas,\n\nich bin Johanna und begleite dich ganz in Ruhe durch die Schwangerschaft, "
    "die Geburt und das Wochenbett. Du musst nichts vorbereiten, komm einfach vorbei und wir "
    "reden erst einmal in Ruhe über alles, was dich gerade beschäftigt.\n\nDeine Johanna\n"
)


def fill(engine: Engine) -> None:
    """The demo clients, and for Johanna a check, assumptions and an answered round."""
    load_demo(engine)
    name = "Johanna Kellermann"
    check_client_draft(
        engine, name, Draft(name="startseite.md", text=DRAFT, register=None), lang="de"
    )
    first = add_assumption(engine, name, "Ihre Leserinnen sind werdende Mütter.", "audience")
    second = add_assumption(engine, name, "Sie bietet keine Kurse an.", "offer")
    created = create_round(engine, name, [first.id, second.id], lang="de")
    token = created.link.rsplit("/", 1)[-1]
    her_round, _ = open_round(engine, token)
    answer_item(engine, token, her_round.items[0].id, "yes", comment="Genau so.")
    answer_item(engine, token, her_round.items[1].id, "no", text="Doch, Rückbildung.")


def dump(engine: Engine, name: str) -> dict[str, list[dict[str, Any]]]:
    with Session(engine) as session:
        client = repo.get_client_by_name(session, name)
        assert client is not None
        return export_repo.dump_client_rows(session.connection(), client.id)


def canonical(data: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The dump with ids replaced by their rank in their table (ids differ per workspace)."""
    tables = {t.name: t for t in export_repo.client_tables()}
    ranks: dict[str, dict[Any, int]] = {}
    for name, rows in data.items():
        key = export_repo.primary_key_column(tables[name]).name
        ranks[name] = {row[key]: i for i, row in enumerate(rows)}
    result = {}
    for name, rows in data.items():
        table = tables[name]
        key = export_repo.primary_key_column(table).name
        fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        out = []
        for row in rows:
            copy = dict(row)
            for column, target in fks.items():
                if copy.get(column) is not None:
                    copy[column] = ranks[target][copy[column]]
            if key not in fks:
                copy[key] = ranks[name][row[key]]
            out.append(copy)
        result[name] = out
    return result


def test_export_holds_everything_about_her_and_nothing_of_others(
    engine: Engine, tmp_path: Path
) -> None:
    fill(engine)
    report = export_client(engine, "Johanna Kellermann", tmp_path / "johanna.zip")
    with zipfile.ZipFile(tmp_path / "johanna.zip") as archive:
        document = json.loads(archive.read(EXPORT_MEMBER))
    tables = document["tables"]
    assert document["schema_version"] == 1
    assert document["client"] == "Johanna Kellermann"
    for name in ("clients", "identities", "sources", "passages", "checks", "assumptions"):
        assert tables[name], name
    assert {"checkback_rounds", "checkback_items", "checkback_answers"} <= set(tables)
    assert report.rows["clients"] == 1
    text = json.dumps(tables, ensure_ascii=False)
    assert "Doch, Rückbildung." in text
    assert "Morwenna" not in text  # another client's words stay out


def test_round_trip_is_identical(engine: Engine, tmp_path: Path) -> None:
    # The fixture's engine is SQLite or PostgreSQL; the copy goes into a new SQLite file
    # and back into a third workspace, so both directions are covered in CI.
    fill(engine)
    original = canonical(dump(engine, "Johanna Kellermann"))
    export_client(engine, "Johanna Kellermann", tmp_path / "a.zip")
    copy = open_workspace("sqlite:///" + str(tmp_path / "copy.sqlite"))
    imported = import_export(copy, tmp_path / "a.zip")
    assert imported.name == "Johanna Kellermann"
    assert canonical(dump(copy, "Johanna Kellermann")) == original
    export_client(copy, "Johanna Kellermann", tmp_path / "b.zip")
    again = open_workspace("sqlite:///" + str(tmp_path / "again.sqlite"))
    import_export(again, tmp_path / "b.zip")
    assert canonical(dump(again, "Johanna Kellermann")) == original
    assert [c.name for c in list_clients(again)] == ["Johanna Kellermann"]
    copy.dispose()
    again.dispose()


def test_reading_it_twice_or_a_broken_file_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    fill(engine)
    export_client(engine, "Johanna Kellermann", tmp_path / "j.zip")
    with pytest.raises(InputError, match="schon"):
        import_export(engine, tmp_path / "j.zip", "de")
    with pytest.raises(InputError):
        export_client(engine, "Johanna Kellermann", tmp_path / "j.zip")  # never overwrites
    broken = tmp_path / "kaputt.zip"
    broken.write_bytes(b"PK\x03\x04 nicht wirklich")
    with pytest.raises(InputError, match="kein Export"):
        import_export(engine, broken, "de")
    altered = tmp_path / "verändert.zip"
    with zipfile.ZipFile(tmp_path / "j.zip") as source:
        document = json.loads(source.read(EXPORT_MEMBER))
    document["client"] = "Jemand anderes"
    document["tables"]["clients"][0]["name"] = "Jemand anderes"
    document["tables"]["passages"][0]["source_id"] = 999_999  # points nowhere
    with zipfile.ZipFile(altered, "w") as target:
        target.writestr(EXPORT_MEMBER, json.dumps(document))
    clients_before = [c.name for c in list_clients(engine)]
    with pytest.raises(InputError, match="passt nicht"):
        import_export(engine, altered, "de")
    assert [c.name for c in list_clients(engine)] == clients_before  # all or nothing


@pytest.mark.postgres
def test_round_trip_sqlite_postgresql_sqlite(
    sqlite_engine: Engine, postgres_url: str, tmp_path: Path
) -> None:
    fill(sqlite_engine)
    original = canonical(dump(sqlite_engine, "Johanna Kellermann"))
    export_client(sqlite_engine, "Johanna Kellermann", tmp_path / "to-pg.zip")
    server = open_workspace(postgres_url)
    import_export(server, tmp_path / "to-pg.zip")
    assert canonical(dump(server, "Johanna Kellermann")) == original
    export_client(server, "Johanna Kellermann", tmp_path / "from-pg.zip")
    back = open_workspace("sqlite:///" + str(tmp_path / "back.sqlite"))
    import_export(back, tmp_path / "from-pg.zip")
    assert canonical(dump(back, "Johanna Kellermann")) == original
    server.dispose()
    back.dispose()
