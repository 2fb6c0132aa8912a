"""WhatsApp chat exports (the .txt inside "Chat exportieren") → messages with sender and time.

Layouts, as the apps write them in German and English:

- Android: "12.05.25, 14:03 - Anna Berg: Hallo", "12/05/2025, 14:03 - Anna: …",
  "5/12/25, 2:03 PM - Anna: …" (US, with a narrow no-break space before PM);
- iOS: "[12.05.25, 14:03:11] Anna Berg: Hallo", "[5/12/25, 2:03:11 PM] Anna: …", with a
  left-to-right mark in front of lines with attachments and of system lines.
- German 12-hour clocks: "12.05.25, 2:03 nachm. - Anna: …" ("vorm." before noon).

A sender is the text before the first ": ", unless a longer prefix ("Praxis: Dr. Lenz")
starts every line the shorter one starts, at least two (find_senders): contact names may
hold colons.

A line without such a stamp continues the message above (multi-line messages). Left out:
system lines (no "Name:" on Android; on iOS a text that starts with a left-to-right mark;
"Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt", missed calls, group changes),
media placeholders ("<Medien ausgelassen>", "<Media omitted>", "Bild weggelassen",
"<attached: …>", "IMG-….jpg (Datei angehängt)"; a caption on the lines below stays),
deleted messages, polls and shared locations; "<Diese Nachricht wurde bearbeitet>" is cut
off the message it marks. The marks must still be in the text when it is parsed
(importers.chat normalises each message afterwards).

Day and month order is read from the whole file: a first number above 12 means day first,
a second number above 12 month first; otherwise "." means day first and "/" with AM/PM
month first (the US layout), "/" without AM/PM day first.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MARKS = "\u200e\u200f\u202a\u202b\u202c\ufeff"
STRIPPED = MARKS + " \t\r\n"
MAX_SENDER_CHARS = 120
STAMP_RE = re.compile(
    r"^[\u200e\u200f\u202a-\u202c\ufeff]*\[?(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),?\s+"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?|vorm\.|nachm\.))?"
    r"(?:\]\s?|\s[-–]\s)(?P<rest>.*)$"
)
SENDER_RE = re.compile(r"^(?P<sender>[^:„“\"\n]{1,80}?):\s(?P<text>.*)$")
MEDIA_RE = re.compile(
    r"(?i)^(?:<(?:medien ausgelassen|media omitted|anhang:[^>]*|attached:[^>]*)>"
    r"|(?:bild|foto|video|audio|sticker|gif|dokument|kontaktkarte|image|photo|document"
    r"|contact card)\s(?:weggelassen|ausgelassen|omitted)"
    r"|.{1,120}\s\((?:datei angehängt|file attached)\)|null)$"
)
DELETED_RE = re.compile(
    r"(?i)^(?:diese nachricht wurde gelöscht|du hast diese nachricht gelöscht"
    r"|this message was deleted|you deleted this message)\.?$"
)
EDITED_RE = re.compile(
    r"(?i)[\s\u200e\u200f]*<(?:diese nachricht wurde bearbeitet|this message was edited)\.?>"
    r"[\s\u200e\u200f]*$"
)
SYSTEM_RE = re.compile(
    r"(?i)(?:ende-zu-ende-verschlüsselt|end-to-end encrypted|verpasster (?:sprach|video)anruf"
    r"|missed (?:voice|video) call|sicherheitsnummer|security code|^(?:umfrage|poll):"
    r"|^(?:standort|location|live-standort|live location):|^https?://\S+$"
    r"|nachrichten verschwinden|disappearing messages|einmalansicht|view once)"
)


class ChatMessage(NamedTuple):
    """One chat message: sender as exported, "YYYY-MM-DD HH:MM" (or ""), text."""

    sender: str
    stamp: str
    text: str
    tags: str = ""  # hashtags taken out of the text (importers.chat), for the note


def looks_like_whatsapp(text: str) -> bool:
    """True when the text starts with a WhatsApp stamp (a message or the encryption notice)
    or at least two of its first lines carry a stamp and a sender."""
    hits = 0
    lines = [line for line in text[:20_000].split("\n")[:60] if line.strip()]
    for number, line in enumerate(lines):
        match = STAMP_RE.match(line)
        if match is None:
            continue
        rest = match.group("rest")
        if number == 0 and (SENDER_RE.match(rest) or SYSTEM_RE.search(rest)):
            return True  # a chat of one message, or one of only system lines
        if SENDER_RE.match(rest):
            hits += 1
            if hits >= 2:
                return True
    return False


def parse_whatsapp(text: str) -> list[ChatMessage]:
    """Return the messages of a WhatsApp export in order (system lines and media left out)."""
    raw: list[tuple[str, str, str | None, str]] = []  # date, time, am/pm, rest
    for line in text.replace("\r\n", "\n").split("\n"):
        match = STAMP_RE.match(line)
        if match is not None:
            raw.append((match["date"], match["time"], match["ampm"], match["rest"]))
        elif raw:
            date, time, ampm, rest = raw[-1]
            raw[-1] = (date, time, ampm, f"{rest}\n{line}")
    day_first = find_day_first([(date, ampm) for date, _, ampm, _ in raw])
    senders = find_senders([rest.split("\n", 1)[0] for _, _, _, rest in raw])
    messages = []
    for date, time, ampm, rest in raw:
        message = read_message(rest, senders)
        if message is not None:
            sender, words = message
            stamp = format_stamp(date, time, ampm, day_first)
            messages.append(ChatMessage(sender, stamp, words))
    return messages


def sender_prefixes(line: str) -> list[str]:
    """Return every possible sender of a stamped line: the text before each ": " (a
    contact may be called "Dr. Anna: Praxis"), shortest first."""
    match = SENDER_RE.match(line)
    if match is None:
        return []
    prefixes = [match["sender"]]
    head = line[:MAX_SENDER_CHARS]
    start = len(match["sender"]) + 2
    while (found := head.find(": ", start)) != -1:
        if "\n" in head[:found] or any(quote in head[:found] for quote in '„“"'):
            break
        prefixes.append(head[:found])
        start = found + 2
    return prefixes


def find_senders(lines: list[str]) -> frozenset[str]:
    """Return the senders whose names hold ": ".

    WhatsApp writes a contact's name as saved, colons included, so "Dr. Anna: Praxis:
    Hallo" is ambiguous line by line. Across the file it is not: a longer prefix that starts
    at least two lines, and every line the shorter one starts, is the name.
    """
    counts: dict[str, int] = {}
    for line in lines:
        for prefix in sender_prefixes(line):
            counts[prefix] = counts.get(prefix, 0) + 1
    names = set()
    for prefix, count in counts.items():
        if ": " not in prefix or count < 2:
            continue
        shortest = prefix.split(": ", 1)[0]
        if counts.get(shortest) == count:
            names.add(prefix)
    return frozenset(names)


def split_sender(line: str, senders: frozenset[str]) -> tuple[str, str] | None:
    """Return (sender, text) of a stamped line's first line, or None for a system line."""
    prefixes = sender_prefixes(line)
    if not prefixes:
        return None
    sender = next((p for p in reversed(prefixes) if p in senders), prefixes[0])
    return sender, line[len(sender) + 2 :]


def read_message(rest: str, senders: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """Return (sender, text) of a stamped line's rest, or None for system and media.

    A media line ("<Medien ausgelassen>", "IMG-0001.jpg (Datei angehängt)") is dropped and
    the caption written on the lines below it kept; an iOS line whose text starts with a
    left-to-right mark and is no media line is a system line.
    """
    first, _, more = rest.partition("\n")
    found = split_sender(first, senders)
    if found is None:
        return None  # Android system line: "Anna hat die Gruppe erstellt"
    sender, body = found[0], f"{found[1]}\n{more}" if more else found[1]
    lines = body.split("\n")
    if is_media_line(lines[0]):
        lines = lines[1:]
    elif body[:1] in MARKS:
        return None  # iOS marks system lines with a left-to-right mark
    body = EDITED_RE.sub("", "\n".join(lines).strip(STRIPPED))
    head = body.split("\n", 1)[0].strip(STRIPPED)
    if not body or is_media_line(head) or DELETED_RE.match(head) or SYSTEM_RE.search(head):
        return None
    return sender.strip(STRIPPED), body


def is_media_line(line: str) -> bool:
    """True for a media placeholder or attachment line, marks and spaces around it allowed."""
    return MEDIA_RE.match(line.strip(STRIPPED)) is not None


def find_day_first(dates: list[tuple[str, str | None]]) -> bool:
    """Return True when the export writes the day before the month (see module doc)."""
    slash_ampm = False
    for date, ampm in dates:
        parts = re.split(r"[./-]", date)
        if len(parts[0]) == 4:
            return False  # 2025-05-12: year, month, day
        if int(parts[0]) > 12:
            return True
        if int(parts[1]) > 12:
            return False
        slash_ampm = slash_ampm or ("/" in date and ampm is not None)
    return not slash_ampm


def format_stamp(date: str, time: str, ampm: str | None, day_first: bool) -> str:
    """Return "YYYY-MM-DD HH:MM" of a WhatsApp date and time ("" when impossible)."""
    parts = [int(p) for p in re.split(r"[./-]", date)]
    if len(str(re.split(r"[./-]", date)[0])) == 4:
        year, month, day = parts
    else:
        day, month, year = parts if day_first else (parts[1], parts[0], parts[2])
    year += 2000 if year < 100 else 0
    hour, minute = (int(p) for p in re.split(r"[:.]", time)[:2])
    if ampm is not None:
        hour = hour % 12 + (12 if ampm.lower().startswith(("p", "n")) else 0)
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"
