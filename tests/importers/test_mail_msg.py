"""Outlook .msg: a minimal MSG file built in code with extract-msg's OleWriter."""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError
from treffsicher.importers.mail import MailIdentities, iter_mail

HER = MailIdentities.of(["johanna@hebamme-lindenfeld.de"])
FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
PT_UNICODE_FLAGS = 6  # readable and writable


def build_msg(
    sender: str,
    body: str,
    subject: str = "Fotos für die Startseite",
    message_class: str = "IPM.Note",
) -> bytes:
    """A minimal Outlook message: class, subject, body, sender, Message-ID and date."""
    from extract_msg import OleWriter

    streams = {
        "__substg1.0_001A001F": message_class,
        "__substg1.0_0037001F": subject,
        "__substg1.0_1000001F": body,
        "__substg1.0_0C1A001F": "Johanna Kellermann",
        "__substg1.0_0C1F001F": sender,
        "__substg1.0_1035001F": "<m1@lindenfeld>",
    }
    # Top-level property stream: a 32-byte header, then 16 bytes per property.
    properties = b"\x00" * 32
    for name, text in streams.items():
        size = len(text.encode("utf-16-le")) + 2
        properties += struct.pack("<IIII", int(name[-8:], 16), PT_UNICODE_FLAGS, size, 0)
    sent = datetime(2025, 6, 3, 8, 12, tzinfo=UTC) - FILETIME_EPOCH
    filetime = (sent.days * 86_400 + sent.seconds) * 10**7
    properties += struct.pack("<IIQ", 0x00390040, PT_UNICODE_FLAGS, filetime)
    writer = OleWriter()
    writer.addEntry("__properties_version1.0", properties)
    for name, text in streams.items():
        writer.addEntry(name, text.encode("utf-16-le"))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        writer.addEntry(f"__nameid_version1.0/{stream}", b"")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_msg_from_her_is_a_source(tmp_path: Path) -> None:
    body = "Hallo Anna,\r\n\r\ndie Fotos kommen morgen.\r\n\r\nLiebe Grüße\r\nJohanna"
    path = tmp_path / "fotos.msg"
    path.write_bytes(build_msg("johanna@hebamme-lindenfeld.de", body))
    (item,) = list(iter_mail(path, HER, "de"))
    assert item.from_client
    source = item.source
    assert source is not None
    assert [p.text for p in source.passages] == [
        "Hallo Anna,\n\ndie Fotos kommen morgen.\n\nLiebe Grüße\nJohanna"
    ]
    assert source.subject == "Fotos für die Startseite"
    assert source.message_id == "m1@lindenfeld"
    assert source.occurred_at == datetime(2025, 6, 3, 8, 12, tzinfo=UTC)
    assert source.media_type == "application/vnd.ms-outlook"


def test_msg_from_someone_else_is_counted_only(tmp_path: Path) -> None:
    path = tmp_path / "other.msg"
    path.write_bytes(build_msg("anna@berg-text.de", "Liebe Johanna, danke!"))
    (item,) = list(iter_mail(path, HER, "de"))
    assert (item.from_client, item.sender, item.source) == (False, "anna@berg-text.de", None)


@pytest.mark.parametrize(
    "data", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, b"not an OLE file at all"]
)
def test_damaged_msg_is_a_problem(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.msg"
    path.write_bytes(data)
    (item,) = list(iter_mail(path, HER, "de"))
    assert item.source is None
    assert item.problem is not None
    assert item.problem.path == str(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tail=st.binary(max_size=3000), cut=st.integers(min_value=0, max_value=4000))
def test_any_damaged_msg_gives_a_problem_or_a_source(tmp_path: Path, tail: bytes, cut: int) -> None:
    # A real .msg cut short and followed by noise, or the OLE magic with noise.
    good = build_msg("johanna@hebamme-lindenfeld.de", "Hallo Anna, danke dir.")
    for data in (good[:cut] + tail, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail):
        path = tmp_path / "fuzz.msg"
        path.write_bytes(data)
        try:
            items = list(iter_mail(path, HER, "de"))
        except InputError:
            continue
        assert all(item.source is None or item.source.passages for item in items)


@pytest.mark.parametrize(
    "message_class",
    [
        "IPM.Note.Rules.OofTemplate.Microsoft",  # out of office
        "IPM.Schedule.Meeting.Request",  # an invitation from her calendar
        "IPM.Schedule.Meeting.Resp.Pos",  # she accepted one
        "REPORT.IPM.Note.IPNRN",  # a read receipt
    ],
)
def test_what_outlook_wrote_for_her_holds_no_words_of_hers(
    tmp_path: Path, message_class: str
) -> None:
    body = "Ich bin bis zum 13. Juni nicht in der Praxis.\r\n\r\nJohanna Kellermann"
    path = tmp_path / "abwesend.msg"
    path.write_bytes(
        build_msg(
            "johanna@hebamme-lindenfeld.de",
            body,
            subject="Fotos für die Startseite",
            message_class=message_class,
        )
    )
    (item,) = list(iter_mail(path, HER, "de"))
    assert item.from_client
    assert item.source is None
    assert item.problem is None
