"""Outlook .msg files (OLE compound documents) → ParsedMail via extract-msg (issue 4).

.msg files are rare next to mbox exports, so extract-msg's speed (a few ms per file) does
not matter; it is imported only when a .msg file comes along.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from treffsicher.errors import UnreadableSourceError
from treffsicher.importers.htmltext import html_to_text
from treffsicher.importers.mailparse import ParsedMail, decode_words

LOGGER = logging.getLogger(__name__)
ADDRESS_RE = re.compile(r"<?([^<>\s]+@[^<>\s]+)>?\s*$")


def parse_msg(path: Path, data: bytes) -> ParsedMail:
    """Return the parsed Outlook message; UnreadableSourceError when it cannot be read."""
    import extract_msg

    try:
        message = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds of errors on broken files
        LOGGER.info("cannot read %s: %s", path, exc)
        raise UnreadableSourceError(str(path), f"Outlook-.msg: {type(exc).__name__}") from exc
    try:
        return read_fields(message)
    except Exception as exc:  # a property stream that does not decode
        raise UnreadableSourceError(str(path), f"Outlook-.msg: {type(exc).__name__}") from exc
    finally:
        message.close()


def read_fields(message: object) -> ParsedMail:
    """Return the ParsedMail fields of an extract_msg.Message."""
    sender = str(getattr(message, "sender", "") or "")
    match = ADDRESS_RE.search(sender)
    address = match.group(1).lower() if match else ""
    name = decode_words(sender[: match.start()] if match else sender).strip("\"' ")
    body = str(getattr(message, "body", "") or "")
    if not body.strip():
        html = getattr(message, "htmlBody", b"") or b""
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
        body = html_to_text(text)
    date = getattr(message, "date", None)
    if isinstance(date, datetime) and date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    message_id = str(getattr(message, "messageId", "") or "").strip().strip("<>")
    return ParsedMail(
        sender_address=address,
        sender_name=name,
        message_id=message_id,
        subject=str(getattr(message, "subject", "") or ""),
        date=date if isinstance(date, datetime) else None,
        body=body,
        charset="utf-8",
        notes=(),
    )
