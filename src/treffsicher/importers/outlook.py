"""Outlook .msg files (OLE compound documents) → ParsedMail via extract-msg.

.msg files are rare next to mbox exports, so extract-msg's speed (a few ms per file) does
not matter; it is imported only when a .msg file comes along.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from treffsicher.errors import UnreadableSourceError
from treffsicher.i18n import t
from treffsicher.importers.htmltext import html_to_text
from treffsicher.importers.mailparse import AUTO_SUBJECT_RE, ParsedMail, decode_words

# Message classes Outlook gives to what a program wrote: out-of-office replies, meeting
# requests and answers, read receipts and delivery reports.
AUTOMATIC_CLASSES = ("IPM.Note.Rules.OofTemplate", "IPM.Schedule.Meeting", "REPORT.")

LOGGER = logging.getLogger(__name__)
ADDRESS_RE = re.compile(r"<?([^<>\s]+@[^<>\s]+)>?\s*$")
SENDER_STREAMS = ("__substg1.0_5D01", "__substg1.0_0C1F", "__substg1.0_0065")


def parse_msg(path: Path, data: bytes, lang: str = "de") -> ParsedMail:
    """Return the parsed Outlook message; UnreadableSourceError when it cannot be read."""
    import extract_msg

    try:
        message = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds of errors on broken files
        LOGGER.info("cannot read %s: %s", path, exc)  # the library's error, for the log only
        raise UnreadableSourceError(str(path), t("mail.msg_damaged", lang)) from exc
    try:
        return read_fields(message)
    except Exception as exc:  # a property stream that does not decode
        LOGGER.info("cannot read %s: %s", path, exc)
        raise UnreadableSourceError(str(path), t("mail.msg_damaged", lang)) from exc
    finally:
        message.close()


def read_sender_address(message: Any) -> str:
    """Return the SMTP address of the sender: PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS
    or PR_SENT_REPRESENTING_EMAIL_ADDRESS (Exchange stores X.500 names there, skipped)."""
    for stream in SENDER_STREAMS:
        try:
            value = message.getStringStream(stream)
        except Exception:  # a missing or damaged property stream
            continue
        if isinstance(value, str) and "@" in value and not value.startswith("/"):
            return value.strip().lower()
    return ""


def read_fields(message: Any) -> ParsedMail:
    """Return the ParsedMail fields of an extract_msg.Message."""
    sender = str(getattr(message, "sender", "") or "")
    match = ADDRESS_RE.search(sender)
    address = match.group(1).lower() if match else read_sender_address(message)
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
    subject = str(getattr(message, "subject", "") or "")
    # Outlook's out-of-office replies have their own message class.
    message_class = str(getattr(message, "classType", "") or "")
    return ParsedMail(
        sender_address=address,
        sender_name=name,
        message_id=message_id,
        subject=subject,
        date=date if isinstance(date, datetime) else None,
        body=body,
        charset="utf-8",
        notes=(),
        automatic=message_class.startswith(AUTOMATIC_CLASSES)
        or AUTO_SUBJECT_RE.match(subject) is not None,
    )
