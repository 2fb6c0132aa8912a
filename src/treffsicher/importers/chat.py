"""Chat exports → the client's own messages, with sender and time as provenance.

Formats: WhatsApp's "Chat exportieren" as .txt or as the .zip with media (the chat is the
"_chat.txt" or "WhatsApp Chat mit … .txt" member; media are never read), parsed in
importers.whatsapp; Telegram Desktop's "Export chat history" as result.json (one chat, or
the full export with "chats.list"; service messages, forwarded messages and media without
a caption are left out). Signal has no export of its own.

Like a transcript (importers.transcript), a chat needs the identity pick: only messages
of the client's senders are kept, matched like speakers ("Kellermann, Johanna" is
"Johanna Kellermann"); several senders may be hers (her phone and her business account).
Consecutive messages of hers on one day are one passage (one message per line), with the
time of the first one and her sender name as provenance. The source text is her messages
joined by blank lines; char_start/char_end refer to it.
"""

from __future__ import annotations

import hashlib
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
from treffsicher.importers.archive import MAX_ARCHIVE_BYTES, open_zip
from treffsicher.importers.base import ImportedSource
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.transcript import (
    Turn,
    build_passages,
    decode_transcript,
    describe_speakers,
    normalize_speaker,
)
from treffsicher.importers.whatsapp import ChatMessage, looks_like_whatsapp, parse_whatsapp

ZIP_MAGIC = b"PK\x03\x04"
CHAT_MEMBER_RE = re.compile(r"(?i)(?:^|/)(?:_chat|whatsapp[ -]chat[^/]*)\.txt$")
MAX_CHAT_BYTES = 200_000_000
MEDIA_TYPES = {
    "whatsapp": "text/plain",
    "whatsapp-zip": "application/zip",
    "telegram": "application/json",
}


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
        raise RejectedSourceError(name, "no_messages", lang)
    turns = [Turn(m.sender, m.stamp, m.text) for m in messages]
    if not speakers:
        raise RejectedSourceError(name, "no_sender", lang, found=describe_speakers(turns))
    wanted = {normalize_speaker(s) for s in speakers}
    merged = merge_messages(messages)  # other people's messages in between split a turn
    kept = [m for m in merged if normalize_speaker(m.sender) in wanted]
    if not kept:
        found = describe_speakers(turns)
        raise RejectedSourceError(
            name, "sender_missing", lang, wanted=", ".join(speakers), found=found
        )
    passages = build_passages([Turn(m.sender, m.stamp, m.text) for m in kept], kind or KIND_TEXT)
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
    """True for a WhatsApp export (text or zip) or a Telegram result.json (a sniffer)."""
    if data.startswith(ZIP_MAGIC):
        return is_chat_zip(io.BytesIO(data), name)
    head = data[:20_000].decode("utf-8", "replace")
    if head.lstrip().startswith("{"):
        return '"messages"' in head and ('"from"' in head or '"chats"' in head)
    return looks_like_whatsapp(head.lstrip("\ufeff"))


def parse_chat(
    data: bytes | str, name: str, lang: str
) -> tuple[bytes, list[ChatMessage], str, str]:
    """Return (raw bytes, messages, encoding, layout) of any supported chat export."""
    if isinstance(data, bytes) and data.startswith(ZIP_MAGIC):
        member = read_chat_member(data, name, lang)
        _, text, encoding = decode_transcript(member, name, lang)
        return data, parse_whatsapp(text), encoding, "whatsapp-zip"
    raw, text, encoding = decode_transcript(data, name, lang)
    if text.lstrip().startswith("{"):
        return raw, parse_telegram(load_json(text, name, lang)), encoding, "telegram"
    return raw, parse_whatsapp(text), encoding, "whatsapp"


def is_chat_zip(file: Path | BinaryIO, name: str = "") -> bool:
    """True for a zip holding a WhatsApp chat text (only its first bytes are read)."""
    try:
        with open_zip(file, name or "chat.zip", "en", max_unpacked=MAX_ARCHIVE_BYTES) as package:
            member = pick_chat_member(package)
            if member is None:
                return False
            with package.open(member) as stream:
                head = stream.read(20_000)
    except (RejectedSourceError, OSError, zipfile.BadZipFile, zlib.error, ValueError):
        return False
    return looks_like_whatsapp(head.decode("utf-8", "replace").lstrip("\ufeff"))


def find_chat_member(data: bytes, name: str) -> str | None:
    """Return the name of the chat text inside a WhatsApp zip, or None."""
    try:
        with open_zip(io.BytesIO(data), name, "en", max_unpacked=MAX_ARCHIVE_BYTES) as package:
            return pick_chat_member(package)
    except RejectedSourceError:
        return None


def pick_chat_member(package: zipfile.ZipFile) -> str | None:
    """The chat text among a zip's members ("_chat.txt", "WhatsApp Chat …txt" or its only
    .txt), or None."""
    names = [info.filename for info in package.infolist() if not info.is_dir()]
    matches = sorted(n for n in names if CHAT_MEMBER_RE.search(n))
    texts = [n for n in names if n.lower().endswith(".txt")]
    return matches[0] if matches else (texts[0] if len(texts) == 1 else None)


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
        return package.read(info)


def load_json(text: str, name: str, lang: str) -> Any:
    """Return parsed JSON; RejectedSourceError naming the line when it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RejectedSourceError(name, "bad_json", lang, line=error.lineno) from error


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
        for item in chat.get("messages") or ():
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
    if not text:
        return None
    date = str(item.get("date", ""))
    stamp = date[:16].replace("T", " ") if re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", date) else ""
    return ChatMessage(item["from"].strip(), stamp, text)


def flatten_telegram_text(text: Any) -> str:
    """Return plain text of Telegram's "text": a string or a list of strings and entities."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        parts = [p if isinstance(p, str) else str(p.get("text", "")) for p in text]
        return "".join(p for p in parts if isinstance(p, str))
    return ""


def merge_messages(messages: list[ChatMessage]) -> list[ChatMessage]:
    """Return consecutive messages of one sender on one day as one (one per line)."""
    merged: list[ChatMessage] = []
    for message in messages:
        last = merged[-1] if merged else None
        if (
            last is not None
            and normalize_speaker(last.sender) == normalize_speaker(message.sender)
            and last.stamp[:10] == message.stamp[:10]
        ):
            merged[-1] = ChatMessage(last.sender, last.stamp, f"{last.text}\n{message.text}")
        else:
            merged.append(message)
    return merged
