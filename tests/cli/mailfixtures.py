"""Mail archives for the CLI tests, written in code."""

from __future__ import annotations

from pathlib import Path

SEPARATOR = b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n"
ADDRESS = "ulrike@yoga-berger.de"
HERS = [
    "Hallo Anna,\n\ndie neuen Kurszeiten passen mir gut. Ich schicke dir die Fotos.\n\n"
    "Liebe Grüße\nUlrike",
    "Hi Anna,\n\nthe English page can wait until June, no rush at all.\n\nBest\nUlrike",
]


def make_message(number: int, sender: str, body: str, subject: str) -> bytes:
    """One message with the given sender and UTF-8 body."""
    head = (
        f"From: Ulrike Berger <{sender}>\nTo: anna@berg-text.de\nSubject: {subject}\n"
        f"Date: Tue, 03 Jun 2025 10:{number:02d}:00 +0200\nMessage-ID: <{number}@berger>\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    return (head + "\n" + body + "\n").encode()


def write_archive(path: Path) -> Path:
    """An mbox: her two messages (the first with a quote below), one from Anna."""
    quoted = HERS[0] + "\n\nAm 02.06.2025 um 09:00 schrieb Anna:\n> Liebe Ulrike,\n> passt das?"
    messages = [
        make_message(1, ADDRESS, quoted, "=?utf-8?q?Kurszeiten_f=C3=BCr_Juni?="),
        make_message(2, "anna@berg-text.de", "Liebe Ulrike,\n\ndanke!\n\nAnna", "Re: Kurszeiten"),
        make_message(3, ADDRESS, HERS[1], "English page"),
    ]
    path.write_bytes(b"".join(SEPARATOR + m for m in messages))
    return path
