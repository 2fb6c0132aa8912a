"""What an import produces, shared by importers, storage and services: sources with their
passages, or problems naming file and reason (plain dataclasses, no I/O)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

NOTE_MARK = "§ "  # a stored note that starts with it is a code with parameters (JSON)

NoteValue = str | int | float


class SourceNote(str):
    """A note about a source (an assumed encoding, pages without text). It reads as its
    sentence in the language of the import, and carries the catalogue key and parameters,
    so that storage keeps the code and every reader sees the note in her own language."""

    key: str
    params: dict[str, NoteValue]

    def __new__(cls, text: str, key: str, params: Mapping[str, NoteValue]) -> SourceNote:
        note = super().__new__(cls, text)
        note.key = key
        note.params = dict(params)
        return note


def encode_note(note: str) -> str:
    """The stored form of a note: NOTE_MARK and its key and parameters as JSON for a
    SourceNote, the text itself for other notes."""
    if not isinstance(note, SourceNote):
        return note
    data = {"key": note.key, "params": note.params}
    return NOTE_MARK + json.dumps(data, ensure_ascii=False, sort_keys=True)


def decode_note(stored: str) -> tuple[str, dict[str, NoteValue]] | None:
    """(key, parameters) of a stored note, or None when it is plain text (notes stored
    before notes were codes)."""
    if not stored.startswith(NOTE_MARK):
        return None
    try:
        data = json.loads(stored[len(NOTE_MARK) :])
        return str(data["key"]), dict(data["params"])
    except (ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True, slots=True)
class ImportedPassage:
    """One passage of the client's own words as found in a source."""

    text: str  # normalised text (core.text.normalize_text)
    language: str  # "de", "en", another ISO 639-1 code, or "und"
    kind: str  # models.KIND_*: email, speech, web, document, text
    position: int  # 0-based order within the source
    char_start: int = 0  # offsets into the source's decoded, normalised text
    char_end: int = 0
    note: str = ""  # provenance detail: heading, message date, call timestamp …
    role: str = "body"  # "body", "greeting", "signoff", "heading" (kept apart)
    speaker: str = ""  # transcripts: the speaker of this (merged) turn
    timestamp: str = ""  # transcripts: "00:01:02" where the turn starts
    excluded: bool = False  # stored but left out of her voice (an imprint, a privacy policy)


@dataclass(frozen=True)
class ImportedSource:
    """A source ready to store: provenance plus its passages."""

    name: str  # file name as the user gave it, or "stdin"
    content_hash: str  # sha256 hex of the raw bytes; re-importing the same bytes adds nothing
    media_type: str  # "text/plain", "text/markdown", …
    encoding: str  # the encoding used to decode the bytes
    passages: tuple[ImportedPassage, ...]
    notes: tuple[str, ...] = ()  # e.g. "Kodierung nicht angegeben, cp1252 angenommen"
    # Provenance of messages and archive members; empty for plain files.
    message_id: str = ""  # RFC 5322 Message-ID: the same mail in two exports is one source
    container: str = ""  # the mbox, Maildir or zip the source came from
    container_index: int | None = None  # message number / member number in the container
    occurred_at: datetime | None = None  # message date or call date
    utc_offset_minutes: int | None = None  # the sender's offset at occurred_at (Date header)
    subject: str = ""
    sender: str = ""  # From address or speaker the source's passages were kept for


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A source (or part of one) that could not be imported, and why."""

    path: str
    reason: str
    # A chat or transcript without her sender or speaker named: who is in it, most
    # messages first, so that the caller can say how to add one as hers.
    candidates: tuple[str, ...] = ()


@dataclass
class ImportResult:
    """Everything one run of an importer produced."""

    sources: list[ImportedSource] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
