"""Stream raw messages out of mail containers: mbox, Maildir, .eml, Outlook .msg.

mbox is read in binary blocks and split at "From " separator lines (found with bytes.find);
one message is held at a time, so memory stays flat for 10,000 or 50,000 messages
(mailbox.mbox builds a table of contents of the whole file first). ">From " unquoting
(mboxrd) is not undone: those lines are quoted text anyway. A message larger than
MAX_MESSAGE_BYTES keeps only its first MAX_MESSAGE_BYTES (the text body comes before
attachments) and is marked truncated, so a 200 MB attachment never sits in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from treffsicher.importers import formats

MAX_MESSAGE_BYTES = 8_000_000
READ_BUFFER = 1 << 20
LINE_CHUNK = 1 << 20  # longest piece of a line read at once
# "From sender date" — the separator needs a second word; "From here on …" in a body is
# usually written ">From" by the mail program, but we also require a digit (the date).
SEPARATOR_RE = re.compile(rb"^From \S+ .*\d")
SEPARATOR_START = b"From "
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
    """Yield the messages of an mbox file one at a time (a truncated last one included).

    The file is read in blocks and cut at separator lines found with bytes.find (speed: a
    Python step per line was a tenth of a mail import). A message longer than `max_bytes`
    is read again in line pieces (read_pieces_limited), which decides what it keeps.
    """
    index = 0
    with path.open("rb") as file:
        scanner = BlockScanner(file, max_bytes)
        start = 0  # where the current message begins
        while True:
            separator = scanner.find_separator(start)
            end = separator[0] if separator is not None else scanner.size
            if end - start > max_bytes:
                pieces, truncated = read_pieces_limited(file, start, end, max_bytes)
                scanner.resume()
                data = b"".join(pieces)
            else:
                data, truncated = scanner.slice(start, end), False
            if separator is None:
                if data.strip():
                    yield RawMessage(index + 1, data, end, truncated)
                return
            if data:
                index += 1
                yield RawMessage(index, data, end, truncated)
            start = separator[1]


def read_pieces_limited(
    file: BinaryIO, start: int, end: int, max_bytes: int
) -> tuple[list[bytes], bool]:
    """Return the pieces of file[start:end] that fit into max_bytes and whether any was
    dropped. Pieces are lines, or LINE_CHUNK bytes of a longer line (a 200 MB attachment
    without line breaks is never held at once); one that does not fit any more is
    dropped, a later shorter one is still kept. The text body comes before attachments."""
    file.seek(start)
    pieces: list[bytes] = []
    size, truncated, position = 0, False, start
    while position < end and (piece := file.readline(LINE_CHUNK)):
        position += len(piece)
        if size + len(piece) > max_bytes:
            truncated = True
            continue
        pieces.append(piece)
        size += len(piece)
    return pieces, truncated


class BlockScanner:
    """Finds the separator lines of an mbox file read in blocks. It keeps the bytes of the
    current message while they fit into max_bytes, otherwise only the block searched."""

    def __init__(self, file: BinaryIO, max_bytes: int) -> None:
        self.file = file
        self.max_bytes = max_bytes
        self.buffer = b""
        self.base = 0  # file offset of buffer[0]
        self.eof = False

    @property
    def size(self) -> int:
        """Bytes of the file read so far (its size at the end)."""
        return self.base + len(self.buffer)

    def slice(self, start: int, end: int) -> bytes:
        """Return file[start:end] (still in the buffer)."""
        return self.buffer[start - self.base : end - self.base]

    def resume(self) -> None:
        """Put the file position back after the buffered bytes (after a re-read)."""
        self.file.seek(self.size)

    def read_block(self, start: int, reached: int) -> bool:
        """Read the next block; False at the end of the file. The message from `start` is
        kept while it fits into max_bytes up to `reached` (it is no shorter), otherwise
        only the bytes from just before `reached`; always the byte before, which tells
        whether a line starts there."""
        block = self.file.read(READ_BUFFER)
        if not block:
            self.eof = True
            return False
        keep = start if reached - start <= self.max_bytes else reached
        drop = max(0, keep - 1 - self.base)
        self.buffer = self.buffer[drop:] + block
        self.base += drop
        return True

    def find_separator(self, start: int) -> tuple[int, int] | None:
        """Return (start, end) of the first separator line at or after `start`, its end
        after at most LINE_CHUNK bytes as readline(LINE_CHUNK) returns it; None at the
        end of the file. A line counts only where a line starts (after "\n")."""
        search = start
        while True:
            line = self.next_from_line(search)
            if line is None:
                # "\nFrom " may be cut by the end of the block: search its last bytes again.
                search = max(start, self.size - len(SEPARATOR_START))
                if not self.read_block(start, search):
                    return None
                continue
            offset = line - self.base
            newline = self.buffer.find(b"\n", offset, offset + LINE_CHUNK)
            if newline < 0 and len(self.buffer) - offset < LINE_CHUNK and not self.eof:
                self.read_block(start, line)  # the line's first piece is not all here
                continue
            piece_end = newline + 1 if newline >= 0 else min(len(self.buffer), offset + LINE_CHUNK)
            if SEPARATOR_RE.match(self.buffer[offset:piece_end]):
                return line, self.base + piece_end
            search = line + 1

    def next_from_line(self, search: int) -> int | None:
        """Return the offset of the first line at or after `search` that starts with
        "From " (at the file start or after "\n"), or None when the buffer holds none."""
        if search == 0 and self.buffer.startswith(SEPARATOR_START):
            return 0
        at = self.buffer.find(b"\n" + SEPARATOR_START, max(0, search - 1 - self.base))
        return None if at < 0 else self.base + at + 1


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


def is_mail_path(path: Path, *, is_dir: bool | None = None) -> bool:
    """True for .eml/.mbox/.msg files, Maildir folders and suffix-less mbox files.
    `is_dir`: whether `path` is a folder, when the caller has looked already."""
    if is_dir is None:
        is_dir = path.is_dir()
    if is_dir and any((path / sub).is_dir() for sub in MAILDIR_FOLDERS):  # a Maildir
        return True
    suffix = path.suffix.lower()
    if suffix in MAIL_SUFFIXES:
        return True
    if path.parent.name in MAILDIR_FOLDERS and is_maildir(path.parent.parent):
        return path.is_file()  # one message of a Maildir, named by the mail program
    return suffix == "" and path.is_file() and sniff_mbox(path)
