"""CLI import messages: one wording for every missing file, no internal names, and hints
that can be pasted into a shell."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path

import pytest
from mailfixtures import ADDRESS, write_archive
from typer.testing import Result

Cli = Callable[..., Result]


def test_missing_files_get_the_same_message_whatever_their_format(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    names = ["fehlt.mbox", "fehlt.txt", "fehlt.zip", "fehlt.eml", "fehlt.json"]
    result = cli("import", "Ulrike Berger", *(str(tmp_path / n) for n in names))
    assert result.exit_code == 1
    for name in names:
        assert f"{tmp_path / name}: Datei nicht gefunden" in result.stderr
    assert "0 Nachrichten" not in result.output
    assert "No such file" not in result.output


def test_damaged_files_name_no_internals(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    (tmp_path / "kaputt.zip").write_bytes(b"PK\x03\x04 kein Archiv")
    (tmp_path / "kaputt.docx").write_bytes(b"kein Word-Dokument")
    paths = [str(tmp_path / "kaputt.zip"), str(tmp_path / "kaputt.docx")]
    result = cli("import", "Ulrike Berger", *paths, lang="en")
    assert result.exit_code == 1
    assert "kaputt.zip: The file is damaged or not a valid ZIP." in result.stderr
    assert "kaputt.docx: The file is damaged or not a valid Word (.docx)." in result.stderr
    for internal in ("BadZipFile", '"PK"', "„PK“", "Error"):
        assert internal not in result.output


def test_identity_hint_pastes_into_a_shell(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger", "--email", ADDRESS).exit_code == 0
    result = cli("import", "Ulrike Berger", str(write_archive(tmp_path / "export.mbox")))
    assert result.exit_code == 0, result.output
    hint = next(line for line in result.stdout.splitlines() if "identity add" in line)
    command = hint.split("Dann: ", 1)[1]
    assert command == "treffsicher client identity add 'Ulrike Berger' --email anna@berg-text.de"
    words = shlex.split(command)
    assert cli(*words[1:]).exit_code == 0
    shown = cli("client", "show", "Ulrike Berger")
    assert "anna@berg-text.de" in shown.stdout


def test_scan_hint_pastes_into_a_shell_and_counts_in_the_singular(cli: Cli, tmp_path: Path) -> None:
    # No identity yet: none of the messages is hers, and the hint names a runnable scan.
    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    folder = tmp_path / "Mails von Ulrike"
    folder.mkdir()
    archive = write_archive(folder / "export.mbox")
    result = cli("import", "Ulrike Berger", str(archive))
    line = next(row for row in result.stdout.splitlines() if "keine Nachricht" in row)
    command = line.split("sehen Sie mit: ", 1)[1]
    assert "„" not in command
    words = shlex.split(command)
    assert words[:2] == ["treffsicher", "scan"]
    assert words[2] == str(archive)
    scanned = cli(*words[1:])
    assert scanned.exit_code == 0
    assert ADDRESS in scanned.stdout
    hints = {
        row.split("<", 1)[1].split(">", 1)[0]: row.lstrip()
        for row in result.stdout.splitlines()
        if "identity add" in row
    }
    assert hints[ADDRESS].startswith("2 Nachrichten von „Ulrike Berger“")
    assert hints["anna@berg-text.de"].startswith("1 Nachricht von „Ulrike Berger“")


def test_a_zip_with_nothing_to_import_is_named(cli: Cli, tmp_path: Path) -> None:
    import zipfile

    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    archive = tmp_path / "fotos.zip"
    with zipfile.ZipFile(archive, "w") as package:
        package.writestr("bild.png", b"\x89PNG\r\n\x1a\n nur ein Bild")
        package.writestr("notizen/", b"")
    result = cli("import", "Ulrike Berger", str(archive))
    assert result.exit_code == 1
    assert f"{archive}: Darin ist keine Datei, die importiert werden kann." in result.stderr
    assert "1 mit Fehlern" in result.stdout


def test_summary_numbers_have_thousands_separators(capsys: pytest.CaptureFixture[str]) -> None:
    from treffsicher.cli.importing import print_summary
    from treffsicher.services.import_summary import ImportSummary
    from treffsicher.services.mailimport import MailFileReport

    mail = MailFileReport("archiv.mbox", seen=50_000, from_client=25_040, stored=21_073)
    mail.passages, mail.words, mail.duplicates = 21_073, 7_461_384, 3_967
    print_summary(ImportSummary("Johanna Kellermann", mail_files=[mail]), "de")
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first == (
        "21.073 Quellen importiert: 21.073 Textstellen, 7.461.384 Wörter. "
        "3.967 schon vorhanden, 0 mit Fehlern."
    )
    assert "Duplikate übersprungen: 3.967" in second


def test_unreadable_mail_files_are_named_once_without_internals(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger", "--email", ADDRESS).exit_code == 0
    msg = tmp_path / "kaputt.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))  # OLE header, no message
    mbox = tmp_path / "foto.mbox"
    mbox.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    result = cli("import", "Ulrike Berger", str(msg), str(mbox))
    assert result.exit_code == 1
    assert f"{msg}: Die Outlook-Nachricht (.msg) lässt sich nicht lesen;" in result.stderr
    assert f"{mbox}: Das ist keine Textdatei: sie enthält Null-Bytes" in result.stderr
    for noise in ("Error", "keine Nachricht stammt", "0 Nachrichten", "scan"):
        assert noise not in result.output
    assert "2 mit Fehlern" in result.stdout


def test_one_word_is_counted_in_the_singular(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    note = tmp_path / "notiz.txt"
    note.write_text("Danke!\n", encoding="utf-8")
    result = cli("import", "Ulrike Berger", str(note))
    assert result.exit_code == 0, result.output
    assert f"{note}: 1 Textstelle, 1 Wort\n" in result.stdout
    assert "1 Quelle importiert: 1 Textstelle, 1 Wort." in result.stdout
