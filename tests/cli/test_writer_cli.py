"""`treffsicher me add | import | list`: the writer's own voice from the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mailfixtures import write_archive
from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py


def test_me_add_list_and_import(cli: Cli, tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "export.mbox")
    assert cli("client", "add", "Ulrike Berger", "--email", "ulrike@yoga-berger.de").exit_code == 0
    assert cli("import", "Ulrike Berger", str(archive)).exit_code == 0
    added = cli("me", "add", "--email", "anna@berg-text.de", "--name", "Anna Berg")
    assert added.exit_code == 0, added.output
    assert "Anna Berg" in added.stdout
    assert "1 Kennung neu" in added.stdout
    imported = cli("me", "import", str(archive))
    assert imported.exit_code == 0, imported.output
    listed = cli("me", "list")
    assert listed.exit_code == 0, listed.output
    assert "anna@berg-text.de" in listed.stdout
    assert "1 Textstelle" in listed.stdout
    clients = cli("client", "list")
    assert "Anna Berg" not in clients.stdout
    assert "Ulrike Berger" in clients.stdout


def test_me_list_before_me_add_says_what_to_do(cli: Cli) -> None:
    result = cli("me", "list")
    assert result.exit_code != 0
    assert "treffsicher me add" in result.output


def test_me_add_needs_an_identity(cli: Cli) -> None:
    result = cli("me", "add", "--name", "Anna")
    assert result.exit_code != 0
    assert "--email" in result.output
