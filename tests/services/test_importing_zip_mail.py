"""Import service with mail inside a .zip (and a zip inside a folder): her messages become
sources with the zip as container, other members go through the dispatcher, and nothing is
reported as "mail_elsewhere" ("a .zip of any of these: each member as its own
source")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources
from treffsicher.storage.tables import PassageRow, Source

CLIENT = "Johanna Kellermann"
ADDRESS = "johanna@hebamme-lindenfeld.de"
OTHER = "anna@berg-text.de"
SEPARATOR = b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n"
NOTE = "Notiz zum Telefonat: Die Kurse im Herbst beginnen erst im Oktober, nicht im September.\n"


def make_mail(key: str, body: str, sender: str = ADDRESS, minute: int = 0) -> bytes:
    """One plain-text message with Message-ID <key@lindenfeld>."""
    head = (
        f"From: Johanna Kellermann <{sender}>\nTo: {OTHER}\nSubject: Betreff {key}\n"
        f"Date: Tue, 03 Jun 2025 10:{minute:02d}:00 +0200\nMessage-ID: <{key}@lindenfeld>\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + body).encode()


EML_ONE = make_mail("a1", "Liebe Anna,\n\ndas Angebot passt so für mich, danke dir.\n", minute=1)
EML_TWO = make_mail("a2", "Hallo Anna,\n\nder Kurs am Mittwoch fällt leider aus.\n", minute=2)
EML_OTHER = make_mail("x1", "Liebe Johanna,\n\nhier kommt der Entwurf.\n", sender=OTHER)
MBOX = (
    SEPARATOR
    + make_mail("m1", "Hallo Anna,\n\ndie Fotos sind jetzt in der Mappe.\n", minute=3)
    + b"\n"
    + SEPARATOR
    + make_mail("m2", "Hallo Anna,\n\nich rufe dich morgen nach der Sprechstunde an.\n", minute=4)
    + b"\n"
)


@pytest.fixture
def client(engine: Engine) -> str:
    add_client(engine, CLIENT, emails=[ADDRESS])
    return CLIENT


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def export_zip(path: Path) -> Path:
    """Two .eml of hers, one of Anna's, an mbox with two of hers and a note (members 1–5)."""
    return write_zip(
        path,
        [
            ("Mails/angebot.eml", EML_ONE),
            ("Mails/kurs.eml", EML_TWO),
            ("Mails/anna.eml", EML_OTHER),
            ("Archiv/2024.mbox", MBOX),
            ("notiz.txt", NOTE.encode()),
        ],
    )


def stored_sources(engine: Engine) -> list[tuple[str, str, int | None, str | None, list[str]]]:
    """(name, container, container_index, Message-ID, passage texts) of every source."""
    with Session(engine) as session:
        sources = session.scalars(select(Source).order_by(Source.name)).all()
        return [
            (
                s.name,
                s.container,
                s.container_index,
                s.message_id,
                list(
                    session.scalars(
                        select(PassageRow.text)
                        .where(PassageRow.source_id == s.id)
                        .order_by(PassageRow.position)
                    )
                ),
            )
            for s in sources
        ]


def test_mail_members_of_a_zip_are_imported_as_mail(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    path = export_zip(tmp_path / "export.zip")
    zip_name = str(path)
    summary = import_sources(engine, client, [zip_name], lang="de")
    assert summary.problems == []  # no "mail_elsewhere" for any member
    assert [m.name for m in summary.mail_files] == [
        f"{zip_name}/Mails/angebot.eml",
        f"{zip_name}/Mails/kurs.eml",
        f"{zip_name}/Mails/anna.eml",
        f"{zip_name}/Archiv/2024.mbox",
    ]
    assert (summary.messages_seen, summary.messages_from_client) == (5, 4)
    assert [m.stored for m in summary.mail_files] == [1, 1, 0, 2]
    # The dispatcher names a member by itself (container: the zip), as before.
    assert [r.name for r in summary.reports] == ["notiz.txt"]
    assert summary.sources_imported == 5
    stored = stored_sources(engine)  # by name: "/…" sorts before "notiz.txt"
    assert stored[:4] == [
        (
            f"{zip_name}/Archiv/2024.mbox #1",
            f"{zip_name}/Archiv/2024.mbox",
            1,
            "m1@lindenfeld",
            ["Hallo Anna,\n\ndie Fotos sind jetzt in der Mappe."],
        ),
        (
            f"{zip_name}/Archiv/2024.mbox #2",
            f"{zip_name}/Archiv/2024.mbox",
            2,
            "m2@lindenfeld",
            ["Hallo Anna,\n\nich rufe dich morgen nach der Sprechstunde an."],
        ),
        (
            f"{zip_name}/Mails/angebot.eml",
            zip_name,
            1,
            "a1@lindenfeld",
            ["Liebe Anna,\n\ndas Angebot passt so für mich, danke dir."],
        ),
        (
            f"{zip_name}/Mails/kurs.eml",
            zip_name,
            2,
            "a2@lindenfeld",
            ["Hallo Anna,\n\nder Kurs am Mittwoch fällt leider aus."],
        ),
    ]
    assert stored[4:] == [("notiz.txt", zip_name, 5, None, [NOTE.strip()])]


def test_reimporting_the_zip_adds_nothing(engine: Engine, client: str, tmp_path: Path) -> None:
    path = str(export_zip(tmp_path / "export.zip"))
    import_sources(engine, client, [path], lang="de")
    again = import_sources(engine, client, [path], lang="de")
    assert again.problems == []
    assert again.sources_imported == 0
    assert again.duplicates_skipped == 5  # four messages of hers and the note
    assert len(stored_sources(engine)) == 5


def test_a_corrupt_mail_member_is_named_and_the_rest_imports(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    broken_body = b"Hallo Anna,\n\nDIESER TEIL IST KAPUTT.\n"
    path = tmp_path / "defekt.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("gut.eml", EML_ONE)
        archive.writestr("kaputt.eml", make_mail("k1", broken_body.decode(), minute=5))
        archive.writestr("termin.msg", b"Das ist keine Outlook-Datei, nur Text.")
        archive.writestr("notiz.txt", NOTE.encode())
    raw = path.read_bytes()
    assert raw.count(b"KAPUTT") == 1
    path.write_bytes(raw.replace(b"KAPUTT", b"KAPUTX"))  # the CRC no longer matches
    summary = import_sources(engine, client, [str(path)], lang="de")
    assert [(p.path, p.reason) for p in summary.problems] == [
        (
            f"{path}/kaputt.eml",
            "Die Datei ist beschädigt oder kein gültiges ZIP.",
        ),
        (
            f"{path}/termin.msg",
            "Das ist keine Outlook-Nachricht (.msg): beschädigt oder etwas anderes.",
        ),
    ]
    assert summary.sources_imported == 2
    assert [s[0] for s in stored_sources(engine)] == [f"{path}/gut.eml", "notiz.txt"]


def test_a_zip_with_mail_inside_a_folder_is_imported_as_mail(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    folder = tmp_path / "Ablage"
    folder.mkdir()
    write_zip(folder / "post.zip", [("angebot.eml", EML_ONE)])
    (folder / "notiz.txt").write_text(NOTE, encoding="utf-8")
    summary = import_sources(engine, client, [str(folder)], lang="de")
    assert summary.problems == []
    assert [s[:3] for s in stored_sources(engine)] == [
        (f"{folder}/notiz.txt", "", None),
        (f"{folder}/post.zip/angebot.eml", f"{folder}/post.zip", 1),
    ]


def test_an_unusable_zip_is_one_problem(engine: Engine, client: str, tmp_path: Path) -> None:
    path = tmp_path / "leer.zip"
    path.write_bytes(b"PK\x03\x04 kein echtes Archiv")
    summary = import_sources(engine, client, [str(path)], lang="de")
    assert [(p.path, p.reason) for p in summary.problems] == [
        (str(path), "Die Datei ist beschädigt oder kein gültiges ZIP.")
    ]
    assert summary.mail_files == []
