"""The side chat of a video call, as the call tool saves it → messages with sender and time.

What a client types into a call's chat is her written voice; importers.chat keeps only
her messages, like a WhatsApp chat's. Layouts (the shape decides, not the file's name;
Zoom names the file "meeting_saved_chat.txt", its cloud recordings "…chat.txt"):

- Zoom, newer: a header line "10:03:15 From Anna Berg to Everyone:" and the message on
  the tab-indented line(s) below it; private messages "… to Me (Direct Message):",
  "… to Johanna Kellermann(privately):"; the German client writes "Von Anna Berg an
  Alle:", "… an mich (Direktnachricht):". "From" and "To" in any case, spaces doubled.
- Zoom, older: one line per message, "10:03:15\t From  Anna Berg : Hallo", private ones
  "From  Anna Berg  to  Johanna Kellermann(Privately) : …"; lines below it without a
  header continue the message.
- Zoom's cloud recording: "00:12:04\tAnna Berg:\tHallo", tabs around the name; its times
  count from the start of the recording.

A 12-hour clock ("10:03:15 AM") is read as well. Every message is kept, private ones
too: the recipient does not matter, the sender does (the saver's own messages may name
her "Me"; `scan` lists that name like any other). Not her words, and left out: reactions
("Reacted to "…" with 👍", "Removed a 👍 reaction from "…"", "add 👍"; the German
client's "Hat mit 👍 auf „…“ reagiert" as far as it is known); a reply keeps her reply,
not the quoted start of the message it answers ("Replying to "Können wir…"" on the
first line of the message, or in front of her words on the same line).

The date: Zoom writes only the time of day. The file's own name or the name of the
folder it is in gives the date when it holds one as "2025-06-03" (Zoom saves into
folders named "2025-06-03 10.00.01 Meeting name"); the stamp is then "2025-06-03
10:03", and a time earlier than the one before it is on the next day (a call over
midnight). Without a date the stamp is "10:03". The cloud recording's times are kept as
they are ("00:12:04"), without a date: they are no time of day.

Not supported, as there is no text file to read: Microsoft Teams keeps a meeting's chat
as a Teams chat (no plain export), and Google Meet saves its chat only with a recording,
as a subtitle file (.sbv) beside the video.

Every pattern is anchored at a line's start, its repetitions bounded, and none runs over
a line end: any bytes in, linear time.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from pathlib import PurePosixPath
from typing import NamedTuple

from treffsicher.importers.whatsapp import ChatMessage

SNIFF_LINES = 60
SNIFF_CHARS = 20_000
MAX_ADDRESS_CHARS = 300  # "Anna Berg to Johanna Kellermann(privately)"
MAX_QUOTE_CHARS = 400  # the quoted start of a message a reaction or reply names
TIME = r"(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:[ \u202f]?(?P<ampm>[AaPp][Mm]))?"
# "10:03:15 From Anna Berg to Everyone:", "10:03:15\t From  Anna Berg : Hallo".
FROM_RE = re.compile(
    rf"^{TIME}[ \t]{{1,20}}(?P<word>[Ff][Rr][Oo][Mm]|[Vv][Oo][Nn])[ \t]{{1,20}}(?P<rest>.*)$"
)
# "00:12:04\tAnna Berg:\tHallo" (the cloud recording's chat).
CLOUD_RE = re.compile(rf"^{TIME}\t(?P<sender>[^\t]{{1,120}}):\t(?P<text>.*)$")
# The colon between sender and message in the older one-line layout.
OLD_COLON_RE = re.compile(r"[ \t]:[ \t]")
# Between sender and recipient: "to" after "From", "an" after "Von".
RECIPIENT_SEPARATORS = {
    "from": re.compile(r"[ \t]{1,20}[Tt][Oo][ \t]{1,20}"),
    "von": re.compile(r"[ \t]{1,20}[Aa][Nn][ \t]{1,20}"),
}
PARENTHESIS_END_RE = re.compile(r"[ \t]{0,20}\([^()]{0,60}\)[ \t]{0,20}$")
# Recipients that are no person: after the last " to " naming one of them comes the
# recipient, so a sender's name may hold " to " or " an " ("Maria an der Heiden").
GROUP_RECIPIENTS = frozenset(
    [
        "everyone",
        "me",
        "all panelists",
        "all panelists and attendees",
        "hosts and panelists",
        "all attendees",
        "alle",
        "mich",
        "alle diskussionsteilnehmer",
        "alle teilnehmer",
        "alle teilnehmenden",
        "gastgeber und diskussionsteilnehmer",
    ]
)
QUOTE = "\"'„“”«»‚‘’"
CLOSING_QUOTES = "\"'“”«»‘’"
Q = f"[{QUOTE}]"
# A reaction is the whole message; the quoted text is bounded, the emoji short.
REACTION_RE = re.compile(
    rf"(?i)^(?:reacted to {Q}.{{0,{MAX_QUOTE_CHARS}}}{Q} with \S{{1,16}}"
    rf"|removed an? \S{{1,16}} reaction from {Q}.{{0,{MAX_QUOTE_CHARS}}}{Q}"
    rf"|(?:add|remove)[ \t]{{1,4}}[^\w\s]{{1,16}}"
    rf"|hat (?:mit \S{{1,16}} )?auf {Q}.{{0,{MAX_QUOTE_CHARS}}}{Q} (?:mit \S{{1,16}} )?reagiert"
    rf"|reagierte auf {Q}.{{0,{MAX_QUOTE_CHARS}}}{Q} mit \S{{1,16}}"
    rf"|hat (?:die )?reaktion \S{{1,16}} (?:auf|von|zu) {Q}.{{0,{MAX_QUOTE_CHARS}}}{Q} entfernt)"
    r"[ \t.]{0,4}$"
)
# "Replying to "Können wir…"": the first line of a reply, up to the quote's opening mark.
REPLY_RE = re.compile(
    rf"(?i)^(?:replying to|als antwort auf|antwort auf|antworten auf)[ \t]{{1,4}}{Q}"
)
TRUNCATED_QUOTE_RE = re.compile(rf"(?:\.\.\.|…)[{CLOSING_QUOTES}]")
CLOUD = "cloud"
ZOOM = "zoom"


class Header(NamedTuple):
    """A line that starts a message: its layout, time, sender and the words on it
    (None when the message is on the lines below, the newer Zoom layout)."""

    layout: str
    seconds: int  # since midnight, or since the recording started (CLOUD)
    sender: str
    text: str | None


def looks_like_meeting_chat(text: str) -> bool:
    """True when a text is a saved call chat: its first line starts a message (a Zoom
    header "10:03:15 From … to …:" or "10:03:15\t From … : …"); a cloud recording's
    "00:12:04\tName:\t…" lines need two of them, their times never running backwards.

    Transcripts ("[Anna Berg] 10:03:15", "00:03 Anna Berg: …"), WhatsApp exports (a date
    first), minutes and agendas ("10:00 Anna Berg: …", no seconds, no "From") do not
    start so.
    """
    lines = [line for line in text[:SNIFF_CHARS].split("\n") if line.strip()][:SNIFF_LINES]
    if not lines:
        return False
    first = match_header(lines[0].lstrip("\ufeff"))
    if first is None:
        return False
    if first.layout == ZOOM:
        return True
    times = [h.seconds for h in map(match_header, lines) if h is not None and h.layout == CLOUD]
    return len(times) >= 2 and all(a <= b for a, b in pairwise(times))


def parse_meeting_chat(text: str, name: str = "") -> list[ChatMessage]:
    """Return the messages of a saved call chat in order (reactions left out, replies
    without the quote); `name` is the file's path, for the date (module docstring)."""
    day = date_from_name(name)
    previous = -1  # the time of the message before, for a call over midnight
    messages: list[ChatMessage] = []
    current: tuple[Header, str] | None = None
    body: list[str] = []
    for line in text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        header = match_header(line)
        if header is None:
            if current is not None:
                body.append(line)
            continue
        if current is not None:
            messages += finish(*current, body)
        if header.layout == CLOUD:
            stamp = format_time(header.seconds, with_seconds=True)
        else:
            if day is not None and header.seconds < previous:
                day += dt.timedelta(days=1)
            previous = header.seconds
            clock = format_time(header.seconds)
            stamp = f"{day.isoformat()} {clock}" if day is not None else clock
        current, body = (header, stamp), [] if header.text is None else [header.text]
    if current is not None:
        messages += finish(*current, body)
    return messages


def finish(header: Header, stamp: str, body: list[str]) -> list[ChatMessage]:
    """The message of a header and its lines ([] for a reaction or no words)."""
    text = without_reply("\n".join(line.strip() for line in body if line.strip()))
    if not text or REACTION_RE.match(text):
        return []
    return [ChatMessage(header.sender, stamp, text)]


def format_time(seconds: int, *, with_seconds: bool = False) -> str:
    """Return "HH:MM" (or "HH:MM:SS") of seconds since midnight or a recording's start."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}" if with_seconds else f"{hours:02d}:{minutes:02d}"


def match_header(line: str) -> Header | None:
    """Return the header when a line starts a message (layouts as in the module docstring)."""
    if ":" not in line[:12]:
        return None
    match = FROM_RE.match(line)
    if match is not None:
        seconds = read_time(match)
        if seconds is None:
            return None
        return read_zoom_header(match["word"].casefold(), match["rest"], seconds)
    match = CLOUD_RE.match(line)
    if match is None:
        return None
    seconds, sender = read_time(match, clock=False), " ".join(match["sender"].split())
    if seconds is None or not sender:
        return None
    return Header(CLOUD, seconds, sender, match["text"])


def read_zoom_header(word: str, rest: str, seconds: int) -> Header | None:
    """The header of a Zoom line after "From"/"Von": "Anna Berg to Everyone:" (message
    below) or "Anna Berg : Hallo" (message on the line)."""
    colon = OLD_COLON_RE.search(rest[: MAX_ADDRESS_CHARS + 2])
    if colon is not None:
        address, text = rest[: colon.start()], rest[colon.end() :]
    else:
        address = rest.rstrip()
        if not address.endswith(":") or len(address) > MAX_ADDRESS_CHARS:
            return None
        address, text = address[:-1], None
    sender = " ".join(split_sender(address, word).split())
    if not sender:
        return None
    return Header(ZOOM, seconds, sender, text)


def split_sender(address: str, word: str) -> str:
    """The sender of "Anna Berg to Johanna Kellermann(privately)": before the last " to "
    (" an ") that a group recipient follows ("Everyone", "Alle", "Me"), else before the
    first one; the whole when there is none."""
    separators = list(RECIPIENT_SEPARATORS[word].finditer(address))
    for separator in reversed(separators):
        recipient = PARENTHESIS_END_RE.sub("", address[separator.end() :])
        if " ".join(recipient.casefold().split()) in GROUP_RECIPIENTS:
            return address[: separator.start()]
    return address[: separators[0].start()] if separators else address


def read_time(match: re.Match[str], *, clock: bool = True) -> int | None:
    """Seconds of a matched TIME (a 12-hour clock turned to 24 hours); None when it is
    no time of day (a recording's times may pass 24 hours, `clock` False)."""
    hours, minutes, seconds = int(match["h"]), int(match["m"]), int(match["s"])
    ampm = match["ampm"]
    if ampm is not None:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if ampm.casefold() == "pm" else 0)
    elif clock and hours > 23:
        return None
    return hours * 3600 + minutes * 60 + seconds


def without_reply(text: str) -> str:
    """The message without the quote a reply starts with ("Replying to "Können wi...""
    alone on the first line, or her reply after it on that line)."""
    first, _, rest = text.partition("\n")
    match = REPLY_RE.match(first)
    if match is None:
        return text
    quoted = first[match.end() :]
    if quoted.rstrip(" \t:").endswith(tuple(CLOSING_QUOTES)):
        tail = ""  # the quote alone: her reply is on the lines below
    else:
        cut = TRUNCATED_QUOTE_RE.search(quoted)
        end = cut.end() if cut is not None else first_closing(quoted)
        tail = quoted[end:].lstrip(" \t:") if end >= 0 else ""
    return "\n".join(part for part in (tail.strip(), rest.strip()) if part)


def first_closing(quoted: str) -> int:
    """The position after the first closing quote mark, or -1."""
    found = [i for i in (quoted.find(mark) for mark in CLOSING_QUOTES) if i >= 0]
    return min(found) + 1 if found else -1


DATE_IN_NAME_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_from_name(name: str) -> dt.date | None:
    """The date in the file's name, else in its folder's name ("2025-06-03 10.00.01
    Meeting name/meeting_saved_chat.txt"); None when neither holds a valid one."""
    path = PurePosixPath(name.replace("\\", "/"))
    for part in (path.name, path.parent.name):
        match = DATE_IN_NAME_RE.search(part[:300])
        if match is None:
            continue
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None
