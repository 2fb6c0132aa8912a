"""Stream raw messages out of mail containers: mbox, Maildir, .eml, Outlook .msg.

mbox is read in binary, line by line, and split at "From " separator lines; one message is
held at a time, so memory stays flat for 10,000 or 50,000 messages (mailbox.mbox builds a
table of contents of the whole file first). ">From " unquoting (mboxrd) is not undone:
those lines are quoted text anyway. A message larger than MAX_MESSAGE_BYTES keeps only its
first MAX_MESSAGE_BYTES (the text body comes before attachments) and is marked truncated,
so a 200 MB attachment never sits in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from treffsicher.importers import formats

MAX_MESSAGE_BYTES = 8_000_000
READ_BUFFER = 1 << 20
LINE_CHUNK = 1 << 20  # longest piece of a line read at once
# "From sender date" — the separator needs a second word; "From here on …" in a body is
# usually written ">From" by the mail program, but we also require a digit (the date).
SEPARATOR_RE = re.compile(rb"^From \S+ .*\d")
MAILDIR_FOLDERS = ("cur", "new")
MAIL_SUFFIXES = formats.MAIL_SUFFIXES
SINGLE_SUFFIXES = formats.SINGLE_MESSAGE_SUFFIXES  # one message per file


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message's bytes and where it came from."""

    index: int  # 1-based message number in its container
    data: bytes
    bytes_done: int  # bytes of the container read so far (for progress)
    truncated: bool = False
    name: str = ""  # member file name (Maildir) or "" for mbox


def iter_mbox(path: Path, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
    """Yield the messages of an mbox file one at a time (a truncated last one included)."""
    index = 0
    lines: list[bytes] = []
    size = 0
    truncated = False
    done = 0
    started = False
    at_line_start = True
    with path.open("rb", buffering=READ_BUFFER) as file:
        # readline with a limit: a 200 MB attachment without line breaks arrives in
        # pieces instead of as one 200 MB line (bounded memory).
        read_line = file.readline
        while line := read_line(LINE_CHUNK):
            done += len(line)
            starts_line, at_line_start = at_line_start, line.endswith(b"\n")
            if starts_line and line.startswith(b"From ") and SEPARATOR_RE.match(line):
                if started and lines:
                    index += 1
                    yield RawMessage(index, b"".join(lines), done - len(line), truncated)
                started = True
                lines, size, truncated = [], 0, False
                continue
            if not started:
                started = True  # no separator before the first message: still one message
            if size + len(line) > max_bytes:
                truncated = True
                continue
            lines.append(line)
            size += len(line)
    if lines and any(line.strip() for line in lines):
        yield RawMessage(index + 1, b"".join(lines), done, truncated)


def iter_maildir(folder: Path, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
    """Yield the messages in a Maildir's cur/ and new/ in name order."""
    files = sorted(
        file
        for sub in MAILDIR_FOLDERS
        if (folder / sub).is_dir()
        for file in (folder / sub).iterdir()
        if file.is_file() and not file.name.startswith(".")
    )
    done = 0
    for index, file in enumerate(files, start=1):
        data, truncated = read_limited(file, max_bytes)
        done += len(data)
        yield RawMessage(index, data, done, truncated, name=file.name)


def read_limited(path: Path, max_bytes: int = MAX_MESSAGE_BYTES) -> tuple[bytes, bool]:
    """Return (at most max_bytes of the file, whether it was longer)."""
    with path.open("rb") as file:
        data = file.read(max_bytes + 1)
    return data[:max_bytes], len(data) > max_bytes


def strip_emlx(data: bytes) -> bytes:
    """Return the message of an Apple Mail .emlx file: its first line is the byte count,
    and an XML property list follows the message."""
    first, _, rest = data.partition(b"\n")
    if first.strip().isdigit():
        return rest[: int(first.strip())]
    return data


def is_maildir(path: Path) -> bool:
    """True for a folder with cur/ or new/ subfolders."""
    return path.is_dir() and any((path / sub).is_dir() for sub in MAILDIR_FOLDERS)


def sniff_mbox(path: Path) -> bool:
    """True when the file starts with an mbox "From " separator line."""
    try:
        with path.open("rb") as file:
            head = file.readline(2000)
    except OSError:
        return False
    return SEPARATOR_RE.match(head) is not None


def is_mail_path(path: Path) -> bool:
    """True for .eml/.mbox/.msg files, Maildir folders and suffix-less mbox files."""
    if is_maildir(path):
        return True
    suffix = path.suffix.lower()
    if suffix in MAIL_SUFFIXES:
        return True
    if path.parent.name in MAILDIR_FOLDERS and is_maildir(path.parent.parent):
        return path.is_file()  # one message of a Maildir, named by the mail program
    return suffix == "" and path.is_file() and sniff_mbox(path)
