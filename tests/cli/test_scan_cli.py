"""CLI: `treffsicher scan` lists senders and speakers with counts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mailfixtures import ADDRESS, write_archive
from typer.testing import Result

import treffsicher.cli.sources  # noqa: F401  (registers scan and passages)

Cli = Callable[..., Result]


def table_rows(output: str) -> list[list[str]]:
    """The words of each output line, without rich's column rules."""
    return [[w for w in line.split() if w != "│"] for line in output.splitlines()]


def test_scan_lists_senders_with_counts_and_known_clients(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger", "--email", ADDRESS).exit_code == 0
    mbox = write_archive(tmp_path / "export.mbox")
    result = cli("scan", str(mbox))
    assert result.exit_code == 0, result.output
    rows = [row for row in table_rows(result.stdout) if row and "@" in row[0]]
    assert rows == [
        [ADDRESS, "Ulrike", "Berger", "2", "Ulrike", "Berger"],
        ["anna@berg-text.de", "Ulrike", "Berger", "1"],
    ]
    assert "treffsicher client identity add" in result.stdout


def test_scan_lists_transcript_speakers(cli: Cli, tmp_path: Path) -> None:
    vtt = tmp_path / "call.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Wie geht es?\n\n"
        "00:00:04.000 --> 00:00:06.000\n<v Ulrike>Gut, danke.\n\n"
        "00:00:07.000 --> 00:00:09.000\n<v Anna>Schön.\n\n"
        "00:00:10.000 --> 00:00:12.000\n<v Ulrike>Und dir?\n",
        encoding="utf-8",
    )
    result = cli("scan", str(vtt), lang="en")
    assert result.exit_code == 0, result.output
    rows = table_rows(result.stdout)
    assert ["Anna", "2"] in rows
    assert ["Ulrike", "2"] in rows


def test_scan_names_bad_files_and_exits_1(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.mbox"
    empty.write_bytes(b"")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    result = cli("scan", str(empty), str(pdf), str(tmp_path / "missing.eml"))
    assert result.exit_code == 1, result.output
    assert f"{empty}: Die Datei ist leer." in result.stderr
    assert f"{pdf}: Nur E-Mail-Dateien" in result.stderr
    assert f"{tmp_path / 'missing.eml'}: Datei nicht gefunden" in result.stderr


def test_scan_lists_the_senders_of_the_mail_in_a_zip(cli: Cli, tmp_path: Path) -> None:
    import zipfile

    from mailfixtures import make_message

    assert cli("client", "add", "Ulrike Berger", "--email", ADDRESS).exit_code == 0
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("1.eml", make_message(1, ADDRESS, "Hallo Anna, passt.", "Kurs"))
        package.writestr("2.eml", make_message(2, "anna@berg-text.de", "Danke!", "Re: Kurs"))
        package.writestr("alt/3.eml", make_message(3, ADDRESS, "Bis Montag.", "Montag"))
        package.writestr("notiz.txt", "Ein Gedanke zur Kursseite.")
    result = cli("scan", str(path))
    assert result.exit_code == 0, result.output
    rows = [row for row in table_rows(result.stdout) if row and "@" in row[0]]
    assert rows == [
        [ADDRESS, "Ulrike", "Berger", "2", "Ulrike", "Berger"],
        ["anna@berg-text.de", "Ulrike", "Berger", "1"],
    ]


def test_scan_ios_group_chat_with_marks_bom_and_crlf(cli: Cli, tmp_path: Path) -> None:
    lrm = "\u200e"
    chat = tmp_path / "_chat.txt"
    chat.write_bytes(
        (
            f"\ufeff[03.06.24, 09:00:01] Werkstatt: {lrm}Nachrichten und Anrufe sind "
            "Ende-zu-Ende-verschlüsselt.\r\n"
            f"{lrm}[03.06.24, 09:00:02] Werkstatt: {lrm}Paul Brenner hat dich hinzugefügt.\r\n"
            "[03.06.24, 09:01:15] Paul Brenner: Wann lieferst du?\r\n"
            "[03.06.24, 09:04:40] Ulrike Berger: Morgen früh,\r\n12:30 Uhr passt?\r\n"
            f"{lrm}[03.06.24, 09:05:00] Ulrike Berger: {lrm}Sticker weggelassen\r\n"
            "[03.06.24, 09:06:00] +49 151 2345678: Ich bin auch dabei.\r\n"
            "[03.06.24, 09:07:30] Ulrike Berger: Gut!\r\n"
        ).encode()
    )
    result = cli("scan", str(chat))
    assert result.exit_code == 0, result.output
    rows = [row for row in table_rows(result.stdout) if row and row[-1].isdigit()]
    assert rows == [
        ["Ulrike", "Berger", "2"],
        ["+49", "151", "2345678", "1"],
        ["Paul", "Brenner", "1"],
    ]


def test_scan_lists_the_chat_senders_of_a_data_download(cli: Cli, tmp_path: Path) -> None:
    import json
    import zipfile

    chat = {
        "participants": [{"name": "Vroni Huber"}, {"name": "Lisa Brandl"}],
        "messages": [
            {"sender_name": "Vroni Huber", "timestamp_ms": 1715515380000, "content": "Passt scho!"},
            {"sender_name": "Lisa Brandl", "timestamp_ms": 1715515300000, "content": "Hallo!"},
            {"sender_name": "Vroni Huber", "timestamp_ms": 1715515200000, "content": "Servus"},
        ],
        "title": "Lisa Brandl",
    }
    download = tmp_path / "facebook-vroni.zip"
    with zipfile.ZipFile(download, "w") as package:
        package.writestr(
            "your_facebook_activity/messages/inbox/lisa_1/message_1.json", json.dumps(chat)
        )
        package.writestr("your_facebook_activity/messages/photos/bild.png", b"\x89PNG")
    result = cli("scan", str(download))
    assert result.exit_code == 0, result.output
    rows = [row for row in table_rows(result.stdout) if row and row[-1].isdigit()]
    assert rows == [["Vroni", "Huber", "2"], ["Lisa", "Brandl", "1"]]
