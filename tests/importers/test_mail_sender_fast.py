"""Reading the sender of a plain header block without the email parser gives what the
parser gives, for hand-written and generated header blocks; other blocks still go
through the parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.importers.mailparse import (
    HEADER_PARSER,
    read_mail_sender,
    read_plain_sender,
    read_sender,
)

LINES = [
    b"From: Anna Berg <anna@berg-text.de>",
    b"from: johanna@hebamme-lindenfeld.de",
    b"FROM:Johanna Kellermann <Johanna@Hebamme-Lindenfeld.de>",
    b"From:",
    b"From:   ",
    b"Sender: Praxis Team <info@praxis-lindenfeld.de>",
    b"Subject: Startseite",
    b"To: Anna <anna@berg-text.de>",
    b" Kellermann <johanna@hebamme-lindenfeld.de>",
    b"\t(Praxis)",
    b"From: =?utf-8?q?J=C3=B6hanna?= <j.kellermann@posteo.de>",
    b'From: "Berg, Anna" <anna@berg-text.de>, tobias.brandt@example.org',
    b"From: undisclosed",
    b"From x: y",  # an envelope-looking line: the parser's business
    b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025",
    b":no name",
    b"no colon here",
    b"X-Mozilla-Status: 0001",
    b"From: J\xc3\xb6hanna <j@posteo.de>",  # 8-bit: the parser's business
    b"From: Anna\r",
    b"",
]


def sender_by_parser(data: bytes) -> tuple[str, str]:
    """The reference: the email parser on the same header block."""
    from treffsicher.importers.mailparse import HEADER_END_RE, MAX_HEADER_BYTES

    end = HEADER_END_RE.search(data)
    head = (data[: end.start()] if end else data[:MAX_HEADER_BYTES])[:MAX_HEADER_BYTES]
    return read_sender(HEADER_PARSER.parsebytes(head, headersonly=True))


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), max_size=8),
    st.sampled_from([b"\n", b"\r\n"]),
    st.sampled_from([b"", b"\n", b"\n\nHallo Anna,\nFrom: body <x@y.de>\n"]),
)
def test_sender_as_the_parser_reads_it(lines: list[bytes], end: bytes, body: bytes) -> None:
    data = end.join(lines) + body
    assert read_mail_sender(data) == sender_by_parser(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"Subject: x\nFrom: Anna Berg <Anna@Berg-Text.de>\n\nbody",
            ("Anna Berg", "anna@berg-text.de"),
        ),
        (b"From:\nSender: info@praxis-lindenfeld.de\n\n", ("", "info@praxis-lindenfeld.de")),
        (b"From: Johanna\n Kellermann <j@posteo.de>\n\n", ("Johanna Kellermann", "j@posteo.de")),
        (b"Subject: nothing\n\n", ("", "")),
    ],
)
def test_sender_by_hand(data: bytes, expected: tuple[str, str]) -> None:
    assert read_mail_sender(data) == expected


def test_only_plain_blocks_skip_the_parser() -> None:
    assert read_plain_sender(b"From: a@b.de\nSubject: x") == ("", "a@b.de")
    assert read_plain_sender(b"From x: y\nFrom: a@b.de") is None
    assert read_plain_sender(b"From: a@b.de\r\nSubject: x") is None
    assert read_plain_sender(b"From: J\xc3\xb6 <a@b.de>") is None
    assert read_plain_sender(b" continued\nFrom: a@b.de") is None
