"""Mail files (.eml, .mbox, Maildir, .msg) → one source per message from the client.

iter_mail streams a container and yields one MailItem per message: a source with passages
when the sender is one of her identities, otherwise only who sent it (counted, not stored),
or a problem naming the message number and the reason. scan_senders lists who wrote how
many messages, so the user can pick her addresses.

A message's passages hold greeting, body and sign-off without quotes, signature and footers
(importers.quotes); long mails are cut like plain text (importers.passages.split_text).
The content hash covers sender, date, subject and the decoded body, not the raw bytes: the
same mail exported by two programs differs in envelope and status headers (X-Mozilla-Status),
so only this way "the same mail in two exports is imported once" also without a Message-ID.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from treffsicher.core.models import KIND_EMAIL
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.errors import UnreadableSourceError
from treffsicher.i18n import make_note, t
from treffsicher.importers.base import ImportedPassage, ImportedSource, ImportProblem
from treffsicher.importers.identities import MailIdentities as MailIdentities
from treffsicher.importers.mailparse import ParsedMail, parse_mail, read_mail_sender
from treffsicher.importers.mbox import (
    MAX_MESSAGE_BYTES,
    SINGLE_SUFFIXES,
    RawMessage,
    is_maildir,
    iter_maildir,
    iter_mbox,
    read_limited,
    strip_emlx,
)
from treffsicher.importers.passages import split_text
from treffsicher.importers.quotes import clean_mail_body

MEDIA_TYPE = "message/rfc822"
MSG_MEDIA_TYPE = "application/vnd.ms-outlook"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Outlook .msg files are OLE compound documents


@dataclass(frozen=True)
class MailItem:
    """What one message of a mail file turned out to be."""

    index: int  # 1-based message number
    bytes_done: int  # progress within the file
    bytes_total: int
    sender: str  # address ("" if none)
    sender_name: str
    from_client: bool
    source: ImportedSource | None = None  # her message with words of her own
    problem: ImportProblem | None = None
    name_hint: bool = False  # not her address, but her name as display name


def iter_mail(path: Path, identities: MailIdentities, lang: str = "de") -> Iterator[MailItem]:
    """Yield one MailItem per message of the mail file or Maildir at `path`.

    Raises UnreadableSourceError for a file that holds no message at all (zero bytes);
    OSError when it cannot be opened. A bad message is a MailItem with a problem; the
    others still come.
    """
    total = folder_size(path) if path.is_dir() else path.stat().st_size
    if total == 0:
        raise UnreadableSourceError(str(path), t("mail.empty", lang))
    if is_binary_mbox(path):
        raise UnreadableSourceError(str(path), t("reason.binary_nul", lang))
    seen = 0
    for raw in iter_raw_messages(path):
        seen += 1
        yield read_message(path, raw, total, identities, lang)
    if seen == 0:
        raise UnreadableSourceError(str(path), t("mail.no_messages", lang))


def is_binary_mbox(path: Path) -> bool:
    """True for an mbox file with a NUL byte in its first 8 KB: an mbox is text (attachments
    are encoded), so that is some other, binary file named .mbox."""
    if path.is_dir() or path.suffix.lower() in SINGLE_SUFFIXES:
        return False
    with path.open("rb") as file:
        return b"\x00" in file.read(8192)


def iter_raw_messages(path: Path) -> Iterator[RawMessage]:
    """Yield the raw messages of an mbox, a Maildir or a single .eml/.msg file."""
    suffix = path.suffix.lower()
    if is_maildir(path):
        yield from iter_maildir(path)
    elif suffix in SINGLE_SUFFIXES:
        data, truncated = read_limited(path, MAX_MESSAGE_BYTES)
        done = len(data)
        if suffix == ".emlx":
            data = strip_emlx(data)
        yield RawMessage(1, data, done, truncated)
    else:
        yield from iter_mbox(path)


def folder_size(path: Path) -> int:
    """Total bytes of a Maildir's messages (for progress); at least 1."""
    return max(
        1,
        sum(
            f.stat().st_size
            for sub in ("cur", "new")
            if (path / sub).is_dir()
            for f in (path / sub).iterdir()
            if f.is_file()
        ),
    )


def read_message(
    path: Path, raw: RawMessage, total: int, identities: MailIdentities, lang: str
) -> MailItem:
    """Return the MailItem of one raw message (never raises for bad bytes)."""
    single = path.suffix.lower() in SINGLE_SUFFIXES and not path.is_dir()
    where = str(path) if single else f"{path} #{raw.index}"
    if not raw.data.strip():
        problem = ImportProblem(where, t("mail.empty", lang))
        return MailItem(raw.index, raw.bytes_done, total, "", "", False, problem=problem)
    if is_rfc822(path, raw.data):
        name, address = read_mail_sender(raw.data)
        if address not in identities.addresses:
            hint = name.casefold() in identities.names
            return MailItem(raw.index, raw.bytes_done, total, address, name, False, name_hint=hint)
    try:
        parsed = parse_raw(path, raw.data, lang)
    except UnreadableSourceError as exc:
        problem = ImportProblem(where, exc.reason)
        return MailItem(raw.index, raw.bytes_done, total, "", "", False, problem=problem)
    from_client = parsed.sender_address in identities.addresses
    hint = not from_client and parsed.sender_name.casefold() in identities.names
    item = MailItem(
        raw.index,
        raw.bytes_done,
        total,
        parsed.sender_address,
        parsed.sender_name,
        from_client,
        name_hint=hint,
    )
    if not from_client or parsed.automatic:
        return item  # an automatic reply of hers holds no words of her own
    source = build_source(parsed, path, raw, single, lang)
    if source is None and "part_too_large" in parsed.notes:
        problem = ImportProblem(where, t("mail.part_too_large", lang))
        return MailItem(**{**item.__dict__, "problem": problem})
    if source is None and "broken_mime" in parsed.notes:
        problem = ImportProblem(where, t("mail.broken_mime", lang))
        return MailItem(**{**item.__dict__, "problem": problem})
    return MailItem(**{**item.__dict__, "source": source})


def is_rfc822(path: Path, data: bytes) -> bool:
    """True for an internet message (not an Outlook .msg, nor a file named .msg)."""
    return not data.startswith(OLE_MAGIC) and path.suffix.lower() != ".msg"


def parse_raw(path: Path, data: bytes, lang: str = "de") -> ParsedMail:
    """Parse an RFC 5322 message, or an Outlook .msg (OLE file) via extract-msg."""
    if data.startswith(OLE_MAGIC):
        from treffsicher.importers.outlook import parse_msg

        return parse_msg(path, data, lang)
    if path.suffix.lower() == ".msg":
        raise UnreadableSourceError(str(path), t("mail.not_msg", lang))
    return parse_mail(data)


def build_source(
    parsed: ParsedMail, path: Path, raw: RawMessage, single: bool, lang: str
) -> ImportedSource | None:
    """Return her message as a source with passages, or None when no words of hers remain."""
    body = normalize_text(parsed.body)
    text = clean_mail_body(body)
    spans = split_text(text, 0, len(text))
    if not spans:
        return None
    passages = tuple(
        ImportedPassage(
            text=text[start:end],
            language=guess_language(text[start:end]),
            kind=KIND_EMAIL,
            position=position,
            char_start=start,
            char_end=end,
        )
        for position, (start, end) in enumerate(spans)
    )
    date = parsed.date.isoformat() if parsed.date else ""
    key = "\n".join((parsed.sender_address, date, parsed.subject, body))
    notes = [describe_note(code, lang) for code in parsed.notes]
    if raw.truncated:
        notes.append(make_note("mail.truncated", lang, limit=MAX_MESSAGE_BYTES // 1_000_000))
    return ImportedSource(
        name=str(path) if single else f"{path} #{raw.index}",
        content_hash=hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest(),
        media_type=MSG_MEDIA_TYPE if raw.data.startswith(OLE_MAGIC) else MEDIA_TYPE,
        encoding=parsed.charset or "ascii",
        passages=passages,
        notes=tuple(n for n in notes if n),
        message_id=parsed.message_id,
        container="" if single else str(path),
        container_index=None if single else raw.index,
        # UTC: SQLite keeps no zone, so a stored local time would be ambiguous.
        occurred_at=parsed.date.astimezone(UTC) if parsed.date else None,
        utc_offset_minutes=offset_minutes(parsed.date),
        subject=parsed.subject,
        sender=parsed.sender_address,
    )


def offset_minutes(date: datetime | None) -> int | None:
    """The Date header's offset from UTC in minutes (+0200 → 120), or None without one."""
    offset = date.utcoffset() if date is not None else None
    return int(offset.total_seconds() // 60) if offset is not None else None


def describe_note(code: str, lang: str) -> str:
    """Return a note code of mailparse ("charset_fallback:x:y") as a sentence in `lang`."""
    name, _, rest = code.partition(":")
    if name == "charset_fallback":
        declared, _, used = rest.partition(":")
        return make_note("mail.charset_fallback", lang, declared=declared, used=used)
    if name == "charset_assumed":
        return make_note("mail.charset_assumed", lang, used=rest.partition(":")[2])
    return ""


def scan_senders(path: Path) -> Counter[tuple[str, str]]:
    """Count the messages per (address, display name) in a mail file or Maildir.

    The first display name seen for an address is used for all its messages.
    """
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for raw in iter_raw_messages(path):
        if is_rfc822(path, raw.data):
            sender_name, address = read_mail_sender(raw.data)
        else:
            try:
                parsed = parse_raw(path, raw.data)
            except UnreadableSourceError:
                continue
            sender_name, address = parsed.sender_name, parsed.sender_address
        name = names.setdefault(address, sender_name)
        counts[(address, name)] += 1
    return counts
