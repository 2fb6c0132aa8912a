"""forget, backup and restore through the CLI, on a real SQLite workspace file."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

CANARY = "Zitronenfalterwiese"
MAIL = (
    "Hallo Anna,\n\n"
    f"ich war heute wieder auf der {CANARY} hinter der Praxis. Ehrlich gesagt ist das der "
    "schönste Ort, um nach einem langen Tag ganz in Ruhe durchzuatmen. Vielleicht passt das "
    "ja auf die Seite über mich, ich weiß es noch nicht.\n\n"
    f"Und noch etwas: bei der {CANARY} treffe ich oft Mütter aus dem Kurs. Wir reden dann "
    "über alles Mögliche, vom Schlafen bis zum Stillen.\n\n"
    "Liebe Grüße\nUlrike\n"
)
OTHER = (
    "Hallo Anna,\n\nder Termin am Donnerstag passt mir gut. Ich bringe die Fotos vom "
    "Sommerfest mit, dann können wir in Ruhe aussuchen.\n\nViele Grüße\nTom\n"
)


def files_containing(folder: Path, needle: str) -> list[str]:
    """Every file under `folder` that holds `needle` (UTF-8 or UTF-16)."""
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and any(p in path.read_bytes() for p in patterns):
            found.append(str(path))
    return found


def add_ulrike_and_tom(cli: Cli, tmp_path: Path) -> None:
    mail = tmp_path / "inbox" / "ulrike.txt"
    mail.parent.mkdir()
    mail.write_text(MAIL, encoding="utf-8")
    other = tmp_path / "inbox" / "tom.txt"
    other.write_text(OTHER, encoding="utf-8")
    for args in (
        ("client", "add", "Ulrike Berger"),
        ("client", "add", "Tom Weber"),
        ("import", "Ulrike Berger", str(mail)),
        ("import", "Tom Weber", str(other)),
        ("profile", "Ulrike Berger"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, result.output
    mail.unlink()  # the original file is the user's own copy, not the workspace's


def test_forget_leaves_none_of_her_words_on_disk(cli: Cli, tmp_path: Path) -> None:
    add_ulrike_and_tom(cli, tmp_path)
    draft = tmp_path / "inbox" / "entwurf.md"
    draft.write_text(f"Auf der {CANARY} finden Mütter Ruhe. " * 5, encoding="utf-8")
    assert cli("check", "Ulrike Berger", str(draft)).exit_code in (0, 1)
    draft.unlink()
    assert files_containing(tmp_path, CANARY)  # the check itself can fail: it is there

    result = cli("forget", "Ulrike Berger", "--yes")
    assert result.exit_code == 0, result.output
    assert "Ulrike Berger" in result.output
    assert files_containing(tmp_path, CANARY) == []
    listing = cli("client", "list")
    assert "Tom Weber" in listing.output
    assert "Ulrike Berger" not in listing.output
    assert "Sommerfest" in cli("passages", "Tom Weber").output


def test_forget_asks_first_and_no_keeps_her(cli: Cli, tmp_path: Path) -> None:
    add_ulrike_and_tom(cli, tmp_path)
    result = cli("forget", "Ulrike Berger", stdin="n\n")
    assert result.exit_code == 1
    assert "Nichts gelöscht" in result.output
    assert "Ulrike Berger" in cli("client", "list").output


def test_forget_of_an_unknown_client_names_her(cli: Cli) -> None:
    result = cli("forget", "Niemand", "--yes")
    assert result.exit_code == 1
    assert "Niemand" in result.output


def test_backup_while_writing_and_restore(cli: Cli, tmp_path: Path, workspace: Path) -> None:
    add_ulrike_and_tom(cli, tmp_path)
    stop = threading.Event()

    def keep_writing() -> None:
        # Another process's connection (like the web server) writes during the backup.
        connection = sqlite3.connect(workspace, timeout=10)
        while not stop.is_set():
            connection.execute("UPDATE clients SET name = name")
            connection.commit()
        connection.close()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        backup = tmp_path / "sicherung.sqlite"
        result = cli("backup", "--out", str(backup))
    finally:
        stop.set()
        writer.join()
    assert result.exit_code == 0, result.output
    assert backup.is_file()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM clients").fetchone() == (2,)

    assert cli("backup", "--out", str(backup)).exit_code == 1  # never overwrites

    assert cli("forget", "Tom Weber", "--yes").exit_code == 0
    assert "Tom Weber" not in cli("client", "list").output
    restored = cli("restore", str(backup), "--yes")
    assert restored.exit_code == 0, restored.output
    assert "Tom Weber" in cli("client", "list").output
    assert "Sommerfest" in cli("passages", "Tom Weber").output


def test_restore_refuses_what_is_not_a_backup(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    fake = tmp_path / "keine-sicherung.sqlite"
    fake.write_text("Das ist keine Datenbank.", encoding="utf-8")
    result = cli("restore", str(fake), "--yes")
    assert result.exit_code == 1
    assert "keine Sicherung" in result.output
    missing = cli("restore", str(tmp_path / "fehlt.sqlite"), "--yes")
    assert missing.exit_code == 1
    assert "gibt es nicht" in missing.output
    assert "Ulrike Berger" in cli("client", "list").output


def test_export_and_import_export_move_her_to_another_workspace(cli: Cli, tmp_path: Path) -> None:
    add_ulrike_and_tom(cli, tmp_path)
    archive = tmp_path / "ulrike.zip"
    exported = cli("export", "Ulrike Berger", "--out", str(archive))
    assert exported.exit_code == 0, exported.output
    assert "Ulrike Berger" in exported.output
    from typer.testing import CliRunner

    from treffsicher.cli import app

    other = ["--workspace", str(tmp_path / "anderer.sqlite"), "--lang", "de"]
    runner = CliRunner()
    imported = runner.invoke(app, [*other, "import-export", str(archive)])
    assert imported.exit_code == 0, imported.output
    passages = runner.invoke(app, [*other, "passages", "Ulrike Berger"])
    assert CANARY in passages.output
    assert "Tom Weber" not in runner.invoke(app, [*other, "client", "list"]).output
    again = runner.invoke(app, [*other, "import-export", str(archive)])
    assert again.exit_code == 1
    assert "schon" in again.output
