"""The one format registry: per file format its suffixes, its family, how the upload and
`scan` treat it (does the user first pick which senders or speakers are the client?) and
whether a draft may come in it. Suffix lists, help texts, the upload's `accept` list, the
staging and scan rules derive from FORMATS; the readers are importers.dispatch.READERS
(keyed by Format.name, a test checks that every format has one) and the mail importer.

Adding a format: one Format entry here, a reader in importers.dispatch.READERS (or a sniff
rule in sniff_format), tests under tests/importers. Nothing else names suffixes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath, PurePosixPath

FAMILY_MAIL = "mail"
FAMILY_TRANSCRIPT = "transcript"
FAMILY_WEB = "web"
FAMILY_DOCUMENT = "document"
FAMILY_ARCHIVE = "archive"
FAMILY_CHAT = "chat"  # chat exports and social-media data downloads

PICK_NONE = ""  # read and stored at once
PICK_SENDERS = "senders"  # mail: her addresses are ticked first
PICK_SPEAKERS = "speakers"  # a transcript: her speaker names are ticked first
PICK_SPEAKERS_IF_TURNS = "speakers_if_turns"  # text with "Name: …" turns, or a chat
PICK_SPEAKERS_IF_CHAT = "speakers_if_chat"  # a chat export (not a social download)

SCAN_NONE = ""
SCAN_SENDERS = "senders"  # `scan` lists the senders
SCAN_SPEAKERS = "speakers"  # `scan` lists the speakers
SCAN_MEMBERS = "members"  # a zip: its mail members' senders and transcripts' speakers


@dataclass(frozen=True)
class Format:
    """One file format: how it is named, recognised, staged, scanned and read."""

    name: str  # key of importers.dispatch.READERS ("mail" and "mbox": the mail importer)
    family: str  # FAMILY_*: help texts group formats by it
    suffixes: tuple[str, ...]  # named in help texts and error messages, in this order
    aliases: tuple[str, ...] = ()  # also accepted, not named ("" = no suffix: sniffed)
    pick: str = PICK_NONE  # what the web upload asks first (PICK_*)
    scan: str = SCAN_NONE  # what `scan` lists (SCAN_*)
    draft: bool = False  # a draft to check may come in this format

    @property
    def all_suffixes(self) -> tuple[str, ...]:
        """Named suffixes and aliases."""
        return self.suffixes + self.aliases


FORMATS: tuple[Format, ...] = (
    Format(
        "text",
        FAMILY_DOCUMENT,
        (".txt",),
        (".text", ""),
        pick=PICK_SPEAKERS_IF_TURNS,
        scan=SCAN_SPEAKERS,
        draft=True,
    ),
    Format("markdown", FAMILY_DOCUMENT, (".md",), (".markdown",), draft=True),
    Format(
        "transcript", FAMILY_TRANSCRIPT, (".vtt", ".srt"), pick=PICK_SPEAKERS, scan=SCAN_SPEAKERS
    ),
    Format("html", FAMILY_WEB, (".html", ".htm"), (".xhtml",), draft=True),
    Format("mhtml", FAMILY_WEB, (".mhtml",), (".mht",), draft=True),
    Format("docx", FAMILY_DOCUMENT, (".docx",), scan=SCAN_SPEAKERS, draft=True),
    Format("odt", FAMILY_DOCUMENT, (".odt",), scan=SCAN_SPEAKERS, draft=True),
    Format("rtf", FAMILY_DOCUMENT, (".rtf",), draft=True),
    Format("pdf", FAMILY_DOCUMENT, (".pdf",), draft=True),
    # A .json is a Telegram chat (result.json) or an Instagram/Facebook download, a .csv
    # LinkedIn's Shares.csv/Comments.csv: sniffed (importers.chat first, then
    # importers.social). WhatsApp exports come as .txt or .zip: the text and zip readers
    # sniff a chat before anything else.
    Format(
        "export", FAMILY_CHAT, (".json", ".csv"), pick=PICK_SPEAKERS_IF_CHAT, scan=SCAN_SPEAKERS
    ),
    Format("zip", FAMILY_ARCHIVE, (".zip",), scan=SCAN_MEMBERS),
    # Mail is read by importers.mail, one message (or mbox) at a time; "mail" holds one
    # message per file, "mbox" many.
    Format("mail", FAMILY_MAIL, (".eml", ".msg", ".emlx"), (".mail",), PICK_SENDERS, SCAN_SENDERS),
    Format("mbox", FAMILY_MAIL, (".mbox",), (".mbx",), PICK_SENDERS, SCAN_SENDERS),
)
BY_SUFFIX: dict[str, Format] = {s: f for f in FORMATS for s in f.all_suffixes}
BY_NAME: dict[str, Format] = {f.name: f for f in FORMATS}


def list_suffixes(*, families: tuple[str, ...] = (), aliases: bool = False) -> tuple[str, ...]:
    """The suffixes of the formats of `families` (all when empty), registry order; with
    `aliases` also the unnamed ones (never "")."""
    found: list[str] = []
    for fmt in FORMATS:
        if families and fmt.family not in families:
            continue
        found += [s for s in (fmt.all_suffixes if aliases else fmt.suffixes) if s]
    return tuple(found)


def find_format(suffix: str) -> Format | None:
    """The format of a (lower-case) suffix, or None when none reads it."""
    return BY_SUFFIX.get(suffix)


MAIL_SUFFIXES = frozenset(list_suffixes(families=(FAMILY_MAIL,), aliases=True))
SINGLE_MESSAGE_SUFFIXES = frozenset(BY_NAME["mail"].all_suffixes)
CUE_SUFFIXES = frozenset(BY_NAME["transcript"].all_suffixes)
# Files `scan` and a zip's scan read for speakers: cue files, and text with turns.
SPEAKER_TEXT_SUFFIXES = frozenset(
    s for f in FORMATS if f.pick == PICK_SPEAKERS_IF_TURNS for s in f.all_suffixes
)
NON_MAIL = (FAMILY_DOCUMENT, FAMILY_TRANSCRIPT, FAMILY_WEB, FAMILY_CHAT, FAMILY_ARCHIVE)
# The formats the document dispatcher reads, as error messages name them.
SUPPORTED = ", ".join(list_suffixes(families=NON_MAIL))
DRAFT_SUFFIXES = tuple(s for f in FORMATS if f.draft for s in f.suffixes)
DRAFT_ACCEPTED = frozenset(s for f in FORMATS if f.draft for s in f.all_suffixes)


POSIX_PATHS = isinstance(PurePath(), PurePosixPath)  # else name_suffix asks PurePath


@lru_cache(maxsize=4096)
def name_suffix(name: str) -> str:
    """The lower-case suffix of a file name or path ("" for none), as PurePath gives it.

    Cached: importing a file asks for its suffix several times (service, dispatcher,
    reader), and each parse of the path costs more than the lookup. A plain last component
    is split by hand (as PurePath.suffix does); "", "." and ".." go to PurePath.
    """
    last = name.rsplit("/", 1)[-1]
    if last in ("", ".", "..") or not POSIX_PATHS:
        return PurePath(name).suffix.lower()
    dot = last.rfind(".")
    return last[dot:].lower() if 0 < dot < len(last) - 1 else ""


def is_archive_name(name: str) -> bool:
    """True for a file name with an archive's suffix (.zip): one source per member."""
    fmt = find_format(name_suffix(name))
    return fmt is not None and fmt.family == FAMILY_ARCHIVE


def list_upload_suffixes() -> tuple[str, ...]:
    """Every suffix an upload may have: all formats, aliases included (the `accept` list)."""
    return list_suffixes(aliases=True)


def sniff_format(data: bytes) -> str:
    """The format name of a file without a suffix, from its first bytes ("text" if unknown)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:4096]:
            return "docx"
        return "odt" if b"application/vnd.oasis.opendocument.text" in data[:200] else "zip"
    if head.startswith(b"WEBVTT"):
        return "transcript"
    lower = head[:512].lower()
    if lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower:
        return "html"
    return "text"
