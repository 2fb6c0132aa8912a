"""scan on a .zip: the senders of its mail members and the speakers of its transcripts
(a zip of mail gets the same pick step as a mail file)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import Engine

from treffsicher.services.clients import add_client
from treffsicher.services.sources import SCAN_MAIL, SCAN_TRANSCRIPT, ScanRow, scan_files

HER = "johanna@hebamme-kellermann.de"
OTHER = "praxis@kinderarzt-beispiel.de"


def make_eml(number: int, sender: str, name: str, body: str) -> bytes:
    """One plain-text message from `sender`."""
    head = (
        f"From: {name} <{sender}>\nTo: team@example.org\nSubject: Kurs {number}\n"
        f"Date: Wed, 04 Mar 2026 09:{number:02d}:00 +0100\nMessage-ID: <z{number}@example>\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    return (head + "\n" + body + "\n").encode()


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    """A zip with the given members."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members:
            package.writestr(name, data)
    return path


def export_zip(path: Path) -> Path:
    """Two of her mails (one in a folder), one from the paediatric practice, a note, a call."""
    return write_zip(
        path,
        [
            ("mails/1.eml", make_eml(1, HER, "Johanna Kellermann", "Liebe Frau Abel, gern.")),
            ("2.eml", make_eml(2, OTHER, "Praxis Dr. Beispiel", "Sehr geehrte Frau Kellermann")),
            ("mails/3.eml", make_eml(3, HER, "J. Kellermann", "Hallo zusammen, bis Montag.")),
            ("notiz.txt", b"Ein kurzer Gedanke zum Kurs am Abend."),
            (
                "anruf.vtt",
                b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Johanna>Wie geht es Ihnen?\n\n"
                b"00:00:04.000 --> 00:00:06.000\n<v Frau Abel>Ganz gut.\n\n"
                b"00:00:07.000 --> 00:00:09.000\n<v Johanna>Das freut mich.\n",
            ),
        ],
    )


def test_a_zip_lists_the_senders_of_its_mail_and_the_speakers_of_its_calls(
    tmp_path: Path,
) -> None:
    path = export_zip(tmp_path / "export.zip")
    results, problems = scan_files(None, [str(path)], "de")
    assert problems == []
    assert [(r.path, r.kind) for r in results] == [
        (str(path), SCAN_MAIL),
        (str(path), SCAN_TRANSCRIPT),
    ]
    # Her two messages under one address with the first display name seen (as scan_senders).
    assert results[0].rows == (
        ScanRow(HER, "Johanna Kellermann", 2),
        ScanRow(OTHER, "Praxis Dr. Beispiel", 1),
    )
    assert results[1].rows == (ScanRow("", "Johanna", 2), ScanRow("", "Frau Abel", 1))


def test_the_rows_name_the_client_who_has_the_address(engine: Engine, tmp_path: Path) -> None:
    add_client(engine, "Johanna Kellermann", emails=[HER], lang="de")
    path = export_zip(tmp_path / "export.zip")
    results, _ = scan_files(engine, [str(path)], "de")
    assert results[0].rows[0].clients == ("Johanna Kellermann",)
    assert results[0].rows[1].clients == ()


def test_a_zip_without_mail_or_calls_is_unsupported(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "texte.zip", [("notiz.txt", b"Nur ein Text ohne Sprecher.")])
    results, problems = scan_files(None, [str(path)], "en")
    assert results == []
    assert [p.path for p in problems] == [str(path)]


def test_a_corrupt_zip_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.zip"
    path.write_bytes(b"PK\x03\x04 this is not a zip")
    results, problems = scan_files(None, [str(path)], "en")
    assert results == []
    assert [p.path for p in problems] == [str(path)]
