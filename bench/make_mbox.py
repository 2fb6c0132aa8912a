"""Generate a German/English mbox for the import benchmark from our own templates.

    .venv/bin/python bench/make_mbox.py /tmp/mail-10k.mbox --messages 10000
    .venv/bin/python bench/make_mbox.py /tmp/mail-50k.mbox --messages 50000

Half of the messages come from the client (johanna@hebamme-lindenfeld.de, a few from
her second address), the rest from the copywriter and others. The mix: quoted replies
("> " bottom-posting, German and English attribution lines, Outlook header blocks below
top-posted text), multipart/alternative with an HTML part, quoted-printable and base64
bodies, latin-1 bodies, RFC 2047 subjects, "-- " signatures with phone and address, German
legal footers, mobile footers, and base64 attachments (PDF-like blobs) on about every
fifth message. Bodies come from bench/corpus.py; about 6 KB per message, ~60 MB per 10,000.
"""

from __future__ import annotations

import argparse
import base64
import quopri
import random
import sys
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_mail

CLIENT = ("Johanna Kellermann", "johanna@hebamme-lindenfeld.de")
CLIENT_2 = ("Johanna Kellermann", "j.kellermann@posteo.de")
OTHERS = [
    ("Anna Berg", "anna@berg-text.de"),
    ("Morwenna Pike", "morwenna@pike-pottery.co.uk"),
    ("Praxis Team", "info@praxis-lindenfeld.de"),
    ("Tobias Brandt", "tobias.brandt@example.org"),
]
SIGNATURE = (
    "-- \nHebammenpraxis Kellermann\nLindenallee 12, 37000 Lindenfeld\n"
    "Tel. 05551 123456 · www.hebamme-lindenfeld.de"
)
LEGAL = (
    "Kellermann & Partner GmbH · Geschäftsführerin: Johanna Kellermann\n"
    "Amtsgericht Lindenfeld HRB 12345 · USt-IdNr.: DE123456789\n"
    "Datenschutzhinweise: www.hebamme-lindenfeld.de/datenschutz"
)
ANNA = "Anna Berg <anna@berg-text.de>"
OUTLOOK_HEAD = (
    "Von: Anna Berg\nGesendet: Montag, 2. Juni 2025 09:00\nAn: Johanna\nBetreff: AW: Startseite"
)
MOBILE = ("Von meinem iPhone gesendet", "Sent from my iPhone")
SUBJECTS_DE = ["Startseite", "Kurse und Preise", "Fotos für die Über-mich-Seite", "Rückfrage"]
SUBJECTS_EN = ["Homepage draft", "Prices", "Photos", "Quick question"]
BOUNDARY = "=_treffsicher_{}"


def quote(text: str) -> str:
    """Return text as a "> " quote."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def make_body(rng: random.Random, lang: str, from_client: bool, date: datetime) -> str:
    """Return a plain-text body: her text plus a quote, signature or footers."""
    text = make_mail(rng, lang, rng.choice(("warm", "formal")) if lang == "de" else "warm")
    roll = rng.random()
    previous = make_mail(rng, lang)
    if roll < 0.35:  # top-posting with an attribution line and "> " quote
        when = date - timedelta(hours=rng.randint(1, 48))
        if lang == "de":
            attribution = f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {ANNA}:"
        else:
            attribution = f"On {when:%a, %d %b %Y} at {when:%H:%M}, {ANNA} wrote:"
        text += f"\n\n{attribution}\n{quote(previous)}"
    elif roll < 0.5:  # Outlook: header block, original not quoted
        text += f"\n\n{OUTLOOK_HEAD}\n\n{previous}"
    if from_client and rng.random() < 0.4:
        text += "\n\n" + SIGNATURE
        if rng.random() < 0.5:
            text += "\n\n" + LEGAL
    elif rng.random() < 0.15:
        text += "\n\n" + MOBILE[lang == "en"]
    return text


def to_html(text: str) -> str:
    """Return a simple HTML version of a plain-text body (quotes as <blockquote>)."""
    parts = []
    for block in text.split("\n\n"):
        if block.startswith(">"):
            inner = "<br>".join(line.lstrip("> ") for line in block.split("\n"))
            parts.append(f'<blockquote type="cite">{inner}</blockquote>')
        else:
            parts.append("<p>" + "<br>\n".join(block.split("\n")) + "</p>")
    return "<html><head><style>p{margin:0}</style></head><body>" + "".join(parts) + "</body></html>"


def encode_text(text: str, charset: str, cte: str) -> bytes:
    """Return the body bytes in the transfer encoding."""
    data = text.encode(charset, errors="replace")
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text_part(text: str, subtype: str, rng: random.Random) -> bytes:
    """Return a text part with headers, in a random charset and transfer encoding."""
    charset = rng.choice(("utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"))
    cte = rng.choice(("quoted-printable", "quoted-printable", "base64", "8bit"))
    head = f"Content-Type: text/{subtype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode() + encode_text(text, charset, cte)


def make_message(rng: random.Random, index: int, date: datetime) -> bytes:
    """Return one message (without the mbox separator)."""
    from_client = rng.random() < 0.5
    if from_client:
        name, address = CLIENT_2 if rng.random() < 0.1 else CLIENT
    else:
        name, address = rng.choice(OTHERS)
    lang = "en" if rng.random() < 0.25 else "de"
    subject = rng.choice(SUBJECTS_EN if lang == "en" else SUBJECTS_DE)
    if rng.random() < 0.5:
        subject = "Re: " + subject
    body = make_body(rng, lang, from_client, date)
    head = (
        f"From: {Header(name, 'utf-8').encode()} <{address}>\n"
        f"To: Anna Berg <anna@berg-text.de>\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\n"
        f"Date: {format_datetime(date)}\n"
        f"Message-ID: <{index}.{rng.randrange(10**9)}@bench.treffsicher>\n"
        "MIME-Version: 1.0\n"
    )
    parts: list[bytes] = []
    if rng.random() < 0.3:
        alternative = BOUNDARY.format(f"alt{index}")
        parts.append(
            f'Content-Type: multipart/alternative; boundary="{alternative}"\n\n'.encode()
            + f"--{alternative}\n".encode()
            + text_part(body, "plain", rng)
            + f"\n--{alternative}\n".encode()
            + text_part(to_html(body), "html", rng)
            + f"\n--{alternative}--\n".encode()
        )
    else:
        parts.append(text_part(body, "plain", rng))
    if rng.random() < 0.2:
        blob = base64.encodebytes(rng.randbytes(rng.randint(2_000, 8_000)))
        parts.append(
            b'Content-Type: application/pdf; name="angebot.pdf"\n'
            b'Content-Disposition: attachment; filename="angebot.pdf"\n'
            b"Content-Transfer-Encoding: base64\n\n" + blob
        )
    if len(parts) == 1:
        return head.encode() + parts[0]
    mixed = BOUNDARY.format(f"mix{index}")
    out = head.encode() + f'Content-Type: multipart/mixed; boundary="{mixed}"\n\n'.encode()
    for part in parts:
        out += f"--{mixed}\n".encode() + part + b"\n"
    return out + f"--{mixed}--\n".encode()


def escape_from(message: bytes) -> bytes:
    """Return the message with body lines starting "From " quoted as ">From " (mboxrd)."""
    return message.replace(b"\nFrom ", b"\n>From ")


def write_mbox(path: Path, messages: int, seed: int = 4) -> int:
    """Write `messages` generated messages to `path`; return the file size in bytes."""
    rng = random.Random(seed)
    date = datetime(2021, 1, 4, 9, 0, tzinfo=UTC)
    with path.open("wb") as file:
        for index in range(1, messages + 1):
            date += timedelta(minutes=rng.randint(20, 400))
            message = make_message(rng, index, date)
            file.write(f"From MAILER-DAEMON {date:%a %b %d %H:%M:%S %Y}\n".encode())
            file.write(escape_from(message) + b"\n")
    return path.stat().st_size


def main() -> None:
    """Command line: write an mbox."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    size = write_mbox(args.path, args.messages, args.seed)
    print(f"{args.path}: {args.messages} messages, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
