"""A private client's export, imported into another workspace, arrives shared: user ids
of one workspace mean nothing (or somebody else) in another."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from treffsicher.services.accounts import add_user
from treffsicher.services.clients import add_client, list_clients
from treffsicher.services.export import export_client, import_export
from treffsicher.services.workspace import open_workspace

PASSWORD = "Kaffeebohne-Morgen-7"


def test_an_imported_private_client_is_shared(tmp_path: Path) -> None:
    source = open_workspace(f"sqlite:///{tmp_path / 'agentur.sqlite'}")
    anna = add_user(source, "anna", PASSWORD)
    add_client(source, "Ulrike Berger", emails=["ulrike@berger.example"], owner_id=anna.id)
    archive = tmp_path / "ulrike.zip"
    export_client(source, "Ulrike Berger", archive)
    target = open_workspace(f"sqlite:///{tmp_path / 'zuhause.sqlite'}")
    add_user(target, "berta", PASSWORD)  # has the id anna had in the other workspace
    import_export(target, archive)
    assert [c.name for c in list_clients(target)] == ["Ulrike Berger"]
    with target.connect() as conn:
        assert conn.execute(text("SELECT owner_id FROM clients")).scalar_one() is None
    berta = list_clients(target, viewer_id=1)
    assert [c.emails for c in berta] == [("ulrike@berger.example",)]
