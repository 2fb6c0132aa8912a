"""Which zip members are mail (for the mail import) and how the dispatcher skips them;
streaming a member to a file (mail inside a .zip)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from treffsicher.importers import archive
from treffsicher.importers.dispatch import import_file

MAIL = b"From: Johanna <johanna@hebamme-lindenfeld.de>\nSubject: Kurs\n\nHallo Anna, bis morgen.\n"
MBOX = b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n" + MAIL
NOTE = "Notiz: Die Kurse im Herbst beginnen erst im Oktober, nicht schon im September.\n"


def build_zip(members: list[tuple[str, bytes]]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members:
            package.writestr(name, data)
    return zipfile.ZipFile(buffer)


@pytest.mark.parametrize(
    ("member", "data", "expected"),
    [
        ("Mails/angebot.eml", MAIL, True),
        ("ANGEBOT.EML", MAIL, True),
        ("archiv.mbox", MBOX, True),
        ("termin.msg", b"\xd0\xcf\x11\xe0", True),
        ("brief.emlx", MAIL, True),
        ("Archiv/Posteingang", MBOX, True),  # Thunderbird's mbox files have no suffix
        ("Archiv/Liste", b"Von hier an nur Stichpunkte.\n", False),
        ("Mail/cur/1717401120.M5P9.host:2,S", MAIL, True),
        ("Mail/new/1717401120.M5P9.host", MAIL, True),
        ("Projekte/new/notiz.txt", NOTE.encode(), False),  # a folder named "new" is no Maildir
        ("Mail/new/1717401120.M5P9.host", b"Nur Text ohne Kopfzeilen.\n", False),
        ("notiz.txt", NOTE.encode(), False),
        ("leer", b"", False),
    ],
)
def test_is_mail_member(member: str, data: bytes, expected: bool) -> None:
    with build_zip([(member, data)]) as package:
        number, info, name = next(archive.iter_members(package))
        assert (number, name) == (1, member)
        assert archive.is_mail_member(package, info, name) is expected


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        ("Mails/Angebot.EML", "3.eml"),
        ("../../etc/archiv.mbox", "3.mbox"),  # only the number and suffix reach the disk
        ("Mail/cur/1717401120.M5P9.host:2,S", "3.eml"),
        ("Archiv/Posteingang", "member-3"),
    ],
)
def test_mail_file_name(member: str, expected: str) -> None:
    assert archive.mail_file_name(3, member) == expected


def test_extract_member_streams_the_member(tmp_path: Path) -> None:
    with build_zip([("a.txt", b"x"), ("b.eml", MAIL)]) as package:
        info = package.infolist()[1]
        target = archive.extract_member(package, info, tmp_path / "2.eml")
    assert target.read_bytes() == MAIL


def test_the_dispatcher_skips_the_members_the_caller_claims(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("angebot.eml", MAIL)
        package.writestr("notiz.txt", NOTE)
    plain = import_file(path, lang="en")
    assert [(p.path, p.reason) for p in plain.problems] == [
        (
            f"{path}/angebot.eml",
            "Mail files (.eml) are read by the mail import, not the document import.",
        )
    ]
    skipping = import_file(path, lang="en", skip_member=archive.is_mail_member)
    assert skipping.problems == []
    assert [(s.name, s.container, s.container_index) for s in skipping.sources] == [
        ("notiz.txt", str(path), 2)
    ]
    assert [s.name for s in plain.sources] == ["notiz.txt"]
