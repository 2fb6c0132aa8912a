"""Chat exports → the client's own messages, with sender and time as provenance.

Formats: WhatsApp's "Chat exportieren" as .txt or as the .zip with media (the chat is the
"_chat.txt" or "WhatsApp Chat mit … .txt" member, else the .txt that reads like a chat;
media are never read), parsed in importers.whatsapp; Telegram Desktop's "Export chat
history" as result.json (one chat, or the full export with "chats.list"; service
messages, forwarded messages and media without a caption are left out); Messenger and
Instagram chats of Meta's data download (message_1.json, see parse_meta_inbox); LinkedIn
messages of its data export (messages.csv, see parse_linkedin_messages); the side chat of a
video call as the call tool saves it (Zoom's meeting_saved_chat.txt, parsed in
importers.meetingchat). Signal has no export of its own.

Like a transcript (importers.transcript), a chat needs the identity pick: only messages
of the client's senders are kept, matched like speakers ("Kellermann, Johanna" is
"Johanna Kellermann"); several senders may be hers (her phone and her business account).
Consecutive messages of hers on one day (in one call chat without a date) are one passage
(one message per line), with the time of the first one and her sender name as provenance.
The source text is her messages joined by blank lines; char_start/char_end refer to it.

A message of hers sent again and again word for word (TEMPLATE_REPEATS times or more, at
least TEMPLATE_MIN_WORDS words) is a template — WhatsApp Business's away and greeting
messages, a saved quick reply: it is kept once, so that it does not outweigh what she
actually wrote (drop_repeated_templates).
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Collection
from pathlib import Path
from typing import Any, BinaryIO

from treffsicher.core.models import KIND_TEXT
from treffsicher.core.text import normalize_text
from treffsicher.importers.archive import MAX_ARCHIVE_BYTES, open_zip
from treffsicher.importers.base import ImportedSource
from treffsicher.importers.decoding import decode_head
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.meetingchat import looks_like_meeting_chat, parse_meeting_chat
from treffsicher.importers.social import (
    find_delimiter,
    fix_mojibake,
    format_unix,
    split_chat_hashtags,
)
from treffsicher.importers.transcript import (
    Turn,
    build_passages,
    decode_raw,
    describe_speakers,
    normalize_speaker,
    rank_speakers,
)
from treffsicher.importers.whatsapp import ChatMessage, looks_like_whatsapp, parse_whatsapp

ZIP_MAGIC = b"PK\x03\x04"
TEMPLATE_REPEATS = 3
TEMPLATE_MIN_WORDS = 6  # „Ok, danke!“ three times is no template
CHAT_MEMBER_RE = re.compile(r"(?i)(?:^|/)(?:_chat|whatsapp[ -]chat[^/]*)\.txt$")
MAX_CHAT_BYTES = 200_000_000
# Sentences Meta writes into "content" instead of a message (German and English): for a
# reaction always, for media ("Anna hat ein Foto gesendet.") when the message holds media.
META_REACTION_RE = re.compile(
    r"(?i)^(?:.{1,80}\s)?(?:reacted\s.{1,12}\sto\s(?:your|a)\smessage"
    r"|hat\smit\s.{1,12}\sauf\s(?:deine|eine)\snachricht\sreagiert"
    r"|(?:liked|gefällt)\s.{0,30}(?:message|nachricht))\.?$"
)
META_MEDIA_NOTICE_RE = re.compile(
    r"(?i)^.{1,80}\s(?:hat|hast|sent|has sent|have sent)\s.{1,40}(?:gesendet|geschickt|\w)\.?$"
)
META_MEDIA_KEYS = ("photos", "videos", "audio_files", "gifs", "files", "sticker", "share")
URL_ONLY_RE = re.compile(r"^https?://\S+$")
DATE_RE = re.compile(r"\d{4}-\d\d-\d\d")
MEDIA_TYPES = {
    "whatsapp": "text/plain",
    "whatsapp-zip": "application/zip",
    "json": "application/json",
    "linkedin-csv": "text/csv",
    "meeting": "text/plain",
}
# The columns of LinkedIn's messages.csv that a chat needs (its header names them so).
LINKEDIN_COLUMNS = ("FROM", "DATE", "CONTENT")
HTML_TAG_RE = re.compile(r"<(?:br|/?p|/?div|/?span)\b[^>]*>", re.IGNORECASE)
SNIFF_MEMBER_BYTES = 20_000  # enough for a chat export's opening lines or JSON keys
# Zip members that may be chat exports: WhatsApp .txt, Telegram and Messenger/Instagram .json.
CHAT_MEMBER_SUFFIXES = frozenset([".txt", ".json"])


def read_chat(
    data: bytes | str,
    name: str,
    *,
    speakers: Collection[str],
    lang: str = "de",
    kind: str | None = None,
) -> ImportedSource:
    """Return the client's messages of a chat export as passages (sender and time kept).

    Raises RejectedSourceError for unreadable input, a chat without messages, no senders
    named (the message lists the senders found) or none of them present.
    """
    raw, messages, encoding, layout = parse_chat(data, name, lang)
    if not messages:
        empty = "no_meeting_messages" if layout == "meeting" else "no_messages"
        raise RejectedSourceError(name, empty, lang)
    turns = [Turn(m.sender, m.stamp, m.text) for m in messages]
    if not speakers:
        raise RejectedSourceError(
            name, "no_sender", lang, found=describe_speakers(turns), candidates=rank_speakers(turns)
        )
    wanted = {normalize_speaker(s) for s in speakers}
    if not any(normalize_speaker(m.sender) in wanted for m in messages):
        found = describe_speakers(turns)
        raise RejectedSourceError(
            name, "sender_missing", lang, wanted=", ".join(speakers), found=found
        )
    # Other people's messages in between split a turn; her hashtags go into the note.
    mine = drop_repeated_templates(list(map(without_hashtags, messages)), wanted)
    kept = keep_messages_of(merge_messages(mine), wanted)
    if not kept:  # nothing but hashtags
        raise RejectedSourceError(name, "no_messages", lang)
    passages = build_passages(
        [Turn(m.sender, m.stamp, m.text, m.tags) for m in kept], kind or KIND_TEXT
    )
    return ImportedSource(
        name=name,
        content_hash=hashlib.sha256(raw).hexdigest(),
        media_type=MEDIA_TYPES[layout],
        encoding=encoding,
        passages=passages,
        sender=", ".join(sorted({m.sender for m in kept})),
    )


def scan_chat(data: bytes | str | Path, name: str = "", lang: str = "en") -> dict[str, int]:
    """Return the number of messages per sender, most first (for the identity pick)."""
    if isinstance(data, Path):
        name = name or str(data)
        data = data.read_bytes()
    _, messages, _, _ = parse_chat(data, name or "chat", lang)
    counts = Counter(m.sender for m in messages)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def looks_like_chat(data: bytes, name: str = "") -> bool:
    """True for a WhatsApp export (text or zip), a Telegram result.json, a Messenger or
    Instagram message_1.json, LinkedIn's messages.csv or a saved call chat (Zoom; a
    sniffer; a byte order mark in front is allowed)."""
    if data.startswith(ZIP_MAGIC):
        return is_chat_zip(io.BytesIO(data), name)
    head = decode_head(data).lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        keys = ('"from"', '"chats"', '"sender_name"')
        return '"messages"' in head and any(key in head for key in keys)
    return looks_like_whatsapp(head) or is_linkedin_messages(head) or looks_like_meeting_chat(head)


def is_linkedin_messages(head: str) -> bool:
    """True when the text starts with the header of LinkedIn's messages.csv."""
    first = head[:2000].split("\n", 1)[0]
    if "CONVERSATION" not in first.upper():  # most texts: one scan of the first line
        return False
    columns = {c.strip().strip('"').upper() for c in first.split(find_delimiter(first))}
    return "CONVERSATION ID" in columns and all(c in columns for c in LINKEDIN_COLUMNS)


def parse_chat(
    data: bytes | str, name: str, lang: str
) -> tuple[bytes, list[ChatMessage], str, str]:
    """Return (raw bytes, messages, encoding, layout) of any supported chat export."""
    if isinstance(data, bytes) and data.startswith(ZIP_MAGIC):
        member = read_chat_member(data, name, lang)
        _, text, encoding = decode_chat(member, name, lang)
        return data, normalize_messages(parse_whatsapp(text)), encoding, "whatsapp-zip"
    raw, text, encoding = decode_chat(data, name, lang)
    if is_linkedin_messages(text.lstrip("\ufeff \t\r\n")):
        messages = parse_linkedin_messages(text.lstrip("\ufeff"))
        return raw, normalize_messages(messages), encoding, "linkedin-csv"
    if text.lstrip("\ufeff \t\n").startswith("{"):
        messages = parse_json_chat(load_json(text.lstrip("\ufeff"), name, lang))
        return raw, normalize_messages(messages), encoding, "json"
    if looks_like_meeting_chat(text.lstrip("\ufeff \t\r\n")):
        messages = parse_meeting_chat(text, name)
        return raw, normalize_messages(messages), encoding, "meeting"
    return raw, normalize_messages(parse_whatsapp(text)), encoding, "whatsapp"


def decode_chat(data: bytes | str, name: str, lang: str) -> tuple[bytes, str, str]:
    """Return (raw bytes, text, encoding) like decode_transcript, but with the invisible
    marks still in: iOS marks system lines and attachments with a left-to-right mark, so
    the text is normalised message by message after parsing (normalize_messages)."""
    return decode_raw(data, name, lang)


def normalize_messages(messages: list[ChatMessage]) -> list[ChatMessage]:
    """Return the messages with sender and text normalised (NFC, no zero-width marks);
    one left empty by that (only marks) is dropped."""
    found = []
    for message in messages:
        sender, text = normalize_text(message.sender).strip(), normalize_text(message.text).strip()
        if sender and text:
            found.append(ChatMessage(sender, message.stamp, text))
    return found


def is_chat_zip(file: Path | BinaryIO, name: str = "") -> bool:
    """True for a zip holding a WhatsApp chat text (only the first bytes of its .txt
    members are read). A member named like WhatsApp's chat ("_chat.txt") that cannot be
    unpacked still makes it a chat: reading it then names the damage."""
    try:
        with open_zip(file, name or "chat.zip", "en", max_unpacked=MAX_ARCHIVE_BYTES) as package:
            return pick_chat_member(package) is not None
    except (RejectedSourceError, OSError):
        return False


def holds_chat_member(file: Path | BinaryIO, name: str = "") -> bool:
    """True for a zip with a chat export among its members (is_chat_member: a Meta data
    download's message_1.json, a WhatsApp or Telegram export packed with other files)."""
    try:
        with open_zip(file, name or "download.zip", "en", max_unpacked=MAX_ARCHIVE_BYTES) as zf:
            return any(is_chat_member(zf, info) for info in zf.infolist())
    except (RejectedSourceError, OSError, zipfile.BadZipFile, zlib.error, EOFError):
        return False


def is_chat_member(package: zipfile.ZipFile, info: zipfile.ZipInfo, member: str = "") -> bool:
    """True for a .json or .txt zip member (named `member`, else as stored) that is a chat
    export; only its first SNIFF_MEMBER_BYTES are read (zlib.error, BadZipFile … propagate)."""
    member = (member or info.filename).replace("\\", "/")
    if member.endswith("/") or Path(member).suffix.lower() not in CHAT_MEMBER_SUFFIXES:
        return False
    with package.open(info) as stream:
        head = stream.read(SNIFF_MEMBER_BYTES)
    return looks_like_chat(head, member)


def find_chat_member(data: bytes, name: str) -> str | None:
    """Return the name of the chat text inside a WhatsApp zip, or None."""
    try:
        with open_zip(io.BytesIO(data), name, "en", max_unpacked=MAX_ARCHIVE_BYTES) as package:
            return pick_chat_member(package)
    except RejectedSourceError:
        return None


def pick_chat_member(package: zipfile.ZipFile) -> str | None:
    """The chat text among a zip's members, or None: the one named like WhatsApp's
    ("_chat.txt", "WhatsApp Chat mit ….txt"), else the first .txt that reads like a chat
    (WhatsApp names the file in the phone's language: "Chat de WhatsApp con ….txt")."""
    names = [info.filename for info in package.infolist() if not info.is_dir()]
    matches = sorted(n for n in names if CHAT_MEMBER_RE.search(n))
    if matches:
        return matches[0]
    for member in sorted(n for n in names if n.lower().endswith(".txt")):
        if looks_like_whatsapp(read_head(package, member)):
            return member
    return None


def read_head(package: zipfile.ZipFile, member: str) -> str:
    """Return the first characters of a member ("" when it cannot be unpacked)."""
    try:
        with package.open(member) as stream:
            head = stream.read(20_000)
    except (OSError, zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError):
        return ""
    return decode_head(head)


def read_chat_member(data: bytes, name: str, lang: str) -> bytes:
    """Return the bytes of the chat text inside a WhatsApp zip (media are not read)."""
    member = find_chat_member(data, name)
    if member is None:
        raise RejectedSourceError(name, "no_chat_in_zip", lang)
    with open_zip(io.BytesIO(data), name, lang, max_unpacked=MAX_ARCHIVE_BYTES) as package:
        info = package.getinfo(member)
        if info.file_size > MAX_CHAT_BYTES:
            raise RejectedSourceError(
                name, "too_large", lang, size=info.file_size // 1_000_000, limit=200
            )
        try:
            return package.read(info)
        except Exception as error:  # zlib.error, BadZipFile (CRC), EOFError …
            detail = type(error).__name__
            raise RejectedSourceError(
                f"{name}/{member}", "corrupt", lang, format="ZIP", detail=detail
            ) from error


def load_json(text: str, name: str, lang: str) -> Any:
    """Return parsed JSON; RejectedSourceError naming the line when it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RejectedSourceError(name, "bad_json", lang, line=error.lineno) from error


def parse_json_chat(export: Any) -> list[ChatMessage]:
    """Return the messages of a JSON chat export: Telegram's or Meta's (Messenger, Instagram)."""
    if isinstance(export, dict) and isinstance(export.get("participants"), list):
        return parse_meta_inbox(export)
    return parse_telegram(export)


def parse_telegram(export: Any) -> list[ChatMessage]:
    """Return the messages of a Telegram Desktop export (one chat or the full export)."""
    if not isinstance(export, dict):
        return []
    chats = [export] if "messages" in export else []
    for key in ("chats", "left_chats"):
        section = export.get(key)
        if isinstance(section, dict) and isinstance(section.get("list"), list):
            chats += [c for c in section["list"] if isinstance(c, dict)]
    messages = []
    for chat in chats:
        items = chat.get("messages")
        for item in items if isinstance(items, list) else ():
            message = read_telegram_message(item)
            if message is not None:
                messages.append(message)
    return messages


def read_telegram_message(item: Any) -> ChatMessage | None:
    """Return one Telegram message, or None for service, forwarded or media-only ones."""
    if not isinstance(item, dict) or item.get("type") != "message":
        return None
    if item.get("forwarded_from") or not isinstance(item.get("from"), str):
        return None
    text = flatten_telegram_text(item.get("text", "")).strip()
    if not text or not item["from"].strip():
        return None
    date = item.get("date")
    stamp = ""
    if isinstance(date, str) and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", date):
        stamp = date[:16].replace("T", " ")
    return ChatMessage(item["from"].strip(), stamp, text)


def flatten_telegram_text(text: Any) -> str:
    """Return plain text of Telegram's "text": a string or a list of strings and entities
    ({"type": "bold", "text": …}; links, hashtags and mentions keep their visible text)."""
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        return ""
    parts = []
    for part in text:
        if isinstance(part, dict):
            part = part.get("text", "")
        if isinstance(part, str):
            parts.append(part)
    return "".join(parts)


def parse_linkedin_messages(text: str) -> list[ChatMessage]:
    """Return the messages of LinkedIn's messages.csv, conversation by conversation and
    oldest first (LinkedIn writes them newest first): sender from FROM, time from DATE
    ("2024-03-05 14:22:10 UTC"), text from CONTENT (older exports wrap it in <p> tags).
    Rows without a sender or words (invitations, shared files) are left out."""
    reader = csv.DictReader(io.StringIO(text), delimiter=find_delimiter(text))
    rows = []
    for row in reader:
        fields = {(key or "").strip().upper(): (value or "") for key, value in row.items()}
        sender = fields.get("FROM", "").strip()
        content = HTML_TAG_RE.sub("\n", fields.get("CONTENT", ""))
        content = html.unescape(content).strip()
        if not sender or not content:
            continue
        date = fields.get("DATE", "").strip()
        stamp = date[:16] if re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d", date) else ""
        conversation = fields.get("CONVERSATION ID", "")
        rows.append((conversation, date, ChatMessage(sender, stamp, content)))
    rows.sort(key=lambda row: (row[0], row[1]))  # the dates sort as text (ISO, seconds)
    return [message for _, _, message in rows]


def parse_meta_inbox(export: dict[str, Any]) -> list[ChatMessage]:
    """Return the messages of a Messenger or Instagram chat of Meta's data download
    (message_1.json: "participants", "messages" newest first, text in "content").

    Meta's Latin-1 escapes are undone; left out: unsent messages, calls, joins and
    leaves, shared links without words of her own and the sentences Meta writes for media
    and reactions ("Anna hat ein Foto gesendet.", "Reacted ❤ to your message").
    """
    items = export.get("messages")
    found = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict) or item.get("is_unsent") is True:
            continue
        sender, content = item.get("sender_name"), item.get("content")
        if not isinstance(sender, str) or not isinstance(content, str):
            continue
        if item.get("type") not in (None, "Generic", "Share"):
            continue  # "Call", "Subscribe", "Unsubscribe"
        text = fix_mojibake(content).strip()
        if not text or META_REACTION_RE.match(text) or URL_ONLY_RE.match(text):
            continue
        if any(item.get(key) for key in META_MEDIA_KEYS) and META_MEDIA_NOTICE_RE.match(text):
            continue
        millis = item.get("timestamp_ms")
        millis = millis if isinstance(millis, int) and not isinstance(millis, bool) else 0
        stamp = format_unix_ms(millis)
        found.append((millis, ChatMessage(fix_mojibake(sender).strip(), stamp, text)))
    found.reverse()  # Meta lists the newest first
    found.sort(key=lambda pair: pair[0])  # oldest first; stable for equal times
    return [message for _, message in found]


def format_unix_ms(millis: int) -> str:
    """Return "YYYY-MM-DD HH:MM UTC" of a Unix time in milliseconds, or "" for 0."""
    return format_unix(millis / 1000) if millis > 0 else ""


def without_hashtags(message: ChatMessage) -> ChatMessage:
    """The message with its hashtags kept apart (social.split_chat_hashtags); its text is
    empty when it held nothing else."""
    prose, tags = split_chat_hashtags(message.text)
    return message._replace(text=prose, tags=" ".join(tags))


def drop_repeated_templates(messages: list[ChatMessage], wanted: set[str]) -> list[ChatMessage]:
    """The messages with each of her templates kept only the first time (module docstring)."""

    def key(message: ChatMessage) -> str:
        return " ".join(message.text.split()).casefold()

    counts = Counter(
        key(m)
        for m in messages
        if normalize_speaker(m.sender) in wanted and len(m.text.split()) >= TEMPLATE_MIN_WORDS
    )
    templates = {text for text, n in counts.items() if n >= TEMPLATE_REPEATS}
    if not templates:
        return messages
    seen: set[str] = set()
    kept = []
    for message in messages:
        text = key(message)
        if text in templates and normalize_speaker(message.sender) in wanted:
            if text in seen:
                continue
            seen.add(text)
        kept.append(message)
    return kept


def keep_messages_of(messages: list[ChatMessage], wanted: set[str]) -> list[ChatMessage]:
    """Her messages with text; the hashtags of a message of hers that held nothing else go
    to her message before it (or, for her first ones, to her next message with text)."""
    kept: list[ChatMessage] = []
    waiting = ""  # tags of her tag-only messages before her first message with text
    for message in messages:
        if normalize_speaker(message.sender) not in wanted:
            continue
        if message.text:
            if waiting:
                message = message._replace(tags=f"{waiting} {message.tags}".strip())
                waiting = ""
            kept.append(message)
        elif message.tags and kept:
            kept[-1] = kept[-1]._replace(tags=f"{kept[-1].tags} {message.tags}".strip())
        elif message.tags:
            waiting = f"{waiting} {message.tags}".strip()
    return kept


def merge_messages(messages: list[ChatMessage]) -> list[ChatMessage]:
    """Return consecutive messages of one sender on one day as one (one per line)."""
    merged: list[ChatMessage] = []
    for message in messages:
        last = merged[-1] if merged else None
        if (
            last is not None
            and normalize_speaker(last.sender) == normalize_speaker(message.sender)
            and day_of(last.stamp) == day_of(message.stamp)
        ):
            text = "\n".join(filter(None, (last.text, message.text)))
            tags = " ".join(filter(None, (last.tags, message.tags)))
            merged[-1] = ChatMessage(last.sender, last.stamp, text, tags)
        else:
            merged.append(message)
    return merged


def day_of(stamp: str) -> str:
    """The date of a stamp ("2025-06-03 10:03" → "2025-06-03"); "" for a time without a
    date (a call's chat saved without one: all of it is one day)."""
    return stamp[:10] if DATE_RE.match(stamp) else ""
