"""One entry point for every non-mail file: pick the reader by suffix (or magic bytes).

The suffixes are importers.formats' registry; READERS maps each format to its reader:

| format | reader |
| --- | --- |
| text | importers.chat (WhatsApp, Zoom's saved chat), importers.transcript, else documents |
| markdown | importers.documents |
| transcript | importers.transcript |
| html, mhtml | importers.webpage |
| docx, odt, rtf | importers.office; a .docx/.odt transcript (Teams, Meet) → transcript |
| pdf | importers.pdf |
| export (.json, .csv) | importers.chat (Telegram, Messenger), else importers.social |
| zip | importers.chat (WhatsApp); else importers.archive: each member on its own |
| a folder | every file inside (a folder of saved web pages), recursively |

A file without a suffix is recognised by its first bytes (%PDF-, PK, {\\rtf, WEBVTT,
<html); anything else is plain text. Mail (.eml, .mbox, .msg, Maildir folders) is read by
the mail importer, which the import service calls before this module; here it is an
UnsupportedFormatError ("mail_elsewhere"). The service also imports the mail members of a
zip itself and has import_file skip them (`skip_member`); only mail in a zip inside a zip,
or in a zip read from bytes (import_data), is still reported as "mail_elsewhere".

Two ways to call: read_file/read_data return the sources and raise an InputError when
nothing could be read; import_file/import_data return an ImportResult that also lists the
members of a zip or folder that failed, one problem each ("everything else in
the same run still imports"). The service should use import_file.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
from collections.abc import Callable, Collection
from dataclasses import replace
from functools import partial
from pathlib import Path

from treffsicher.errors import InputError, UnreadableSourceError, UnsupportedFormatError
from treffsicher.importers import (
    archive,
    chat,
    documents,
    office,
    pdf,
    social,
    transcript,
    webpage,
)
from treffsicher.importers.base import ImportedSource, ImportProblem, ImportResult
from treffsicher.importers.decoding import decode_bytes
from treffsicher.importers.documents import RejectedSourceError, describe_reason
from treffsicher.importers.formats import (
    BY_SUFFIX,
    FAMILY_MAIL,
    SUPPORTED,
    is_archive_name,
    name_suffix,
)
from treffsicher.importers.formats import sniff_format as sniff_format

LOGGER = logging.getLogger(__name__)
MAX_FILE_BYTES = 200_000_000  # read into memory at once; the readers have tighter limits
SNIFF_CHARS = 100_000  # a transcript shows its speaker labels long before this
MAX_FOLDER_FILES = 10_000


def read_file(
    path: Path,
    *,
    kind: str | None = None,
    lang: str = "de",
    speakers: Collection[str] = (),
) -> list[ImportedSource]:
    """Return the sources in a file or folder (a zip or folder: one per member).

    Raises the reader's InputError (file name and reason) for a single file; for a zip or
    folder only when nothing in it could be read: when some members fail and others do
    not, the failures are logged only (import_file returns them). OSError when the path
    cannot be read.
    """
    if path.is_dir() or is_archive_name(path.name):
        return unwrap(import_file(path, kind=kind, lang=lang, speakers=speakers))
    name = str(path)
    check_suffix(name, path.suffix.lower(), lang)
    check_file(path, lang)
    return read_data(path.read_bytes(), name, kind=kind, lang=lang, speakers=speakers)


def read_data(
    data: bytes,
    name: str,
    *,
    kind: str | None = None,
    lang: str = "de",
    speakers: Collection[str] = (),
) -> list[ImportedSource]:
    """Return the sources in uploaded bytes named `name` (as read_file does for a file)."""
    suffix = name_suffix(name)
    check_suffix(name, suffix, lang)
    fmt = BY_SUFFIX[suffix].name if suffix else sniff_format(data)
    if fmt == "zip" and not chat.looks_like_chat(data, name):
        return unwrap(import_data(data, name, kind=kind, lang=lang, speakers=speakers))
    return [read_format(fmt, data, name, kind=kind, lang=lang, speakers=speakers)]


def import_file(
    path: Path,
    *,
    kind: str | None = None,
    lang: str = "de",
    speakers: Collection[str] = (),
    skip_member: archive.MemberFilter | None = None,
    member: bool = False,
    status: os.stat_result | None = None,
) -> ImportResult:
    """Return sources and problems of a file or folder; never raises InputError.

    For a .zip, members for which `skip_member` is True are left to the caller (the import
    service passes archive.is_mail_member: it imports those as mail). A zip or folder from
    which nothing could be read is a problem ("nothing_supported"). `member`: the file
    is one of a folder's (see import_data). OSError (missing file, no permission)
    propagates: the caller phrases it. `status`: the path's stat (following links), when
    the caller has made it (the import service: one stat per file, not four).
    """
    name = str(path)
    try:
        if stat.S_ISDIR(status.st_mode) if status is not None else path.is_dir():
            return import_folder(path, kind=kind, lang=lang, speakers=speakers)
        suffix = path.suffix.lower()
        archive_name = is_archive_name(name)
        if archive_name and path.is_file() and chat.is_chat_zip(path, name):
            check_file(path, lang)
            return import_data(path.read_bytes(), name, kind=kind, lang=lang, speakers=speakers)
        if archive_name:
            reader = partial(import_data, kind=kind, lang=lang, speakers=speakers)
            result = archive.read_zip(path, name, lang=lang, read_member=reader, skip=skip_member)
            return result if skip_member is not None else name_empty(result, name, lang)
        check_suffix(name, suffix, lang)
        check_file(path, lang, status)
        data = path.read_bytes()
    except InputError as error:
        return ImportResult(problems=[describe_problem(error, name)])
    return import_data(data, name, kind=kind, lang=lang, speakers=speakers, member=member)


def import_data(
    data: bytes,
    name: str,
    depth: int = 0,
    *,
    kind: str | None = None,
    lang: str = "de",
    speakers: Collection[str] = (),
    member: bool = False,
) -> ImportResult:
    """Return sources and problems of one file's bytes (a zip: of each member).

    A .json or .csv inside a zip (depth > 0) or folder (`member`) that is neither a chat
    nor a social-media export, or one without a post with words, is skipped without a
    problem: a data download holds dozens of them (ads, settings, contacts, profile
    pictures) beside the posts and chats.
    """
    try:
        suffix = name_suffix(name)
        check_suffix(name, suffix, lang)
        fmt = BY_SUFFIX[suffix].name if suffix else sniff_format(data)
        if fmt == "zip" and not chat.looks_like_chat(data, name):
            reader = partial(import_data, kind=kind, lang=lang, speakers=speakers)
            file = io.BytesIO(data)
            result = archive.read_zip(file, name, lang=lang, read_member=reader, depth=depth)
            return name_empty(result, name, lang)
        if (depth > 0 or member) and fmt == "export" and not is_export(data, name):
            return ImportResult()
        source = read_format(fmt, data, name, kind=kind, lang=lang, speakers=speakers)
    except RejectedSourceError as error:
        if (depth > 0 or member) and error.code == "no_posts":
            return ImportResult()  # a data download's file of photos or profile pictures
        return ImportResult(problems=[describe_problem(error, name)])
    except InputError as error:
        return ImportResult(problems=[describe_problem(error, name)])
    return ImportResult(sources=[source])


def read_format(
    fmt: str,
    data: bytes,
    name: str,
    *,
    kind: str | None,
    lang: str,
    speakers: Collection[str],
) -> ImportedSource:
    """Return the one source in `data` read as `fmt` ("text", "html", "pdf", …)."""
    if fmt == "zip":  # a WhatsApp export with its media
        return read_chat(data, name, kind=kind, lang=lang, speakers=speakers)
    return READERS[fmt](data, name, kind=kind, lang=lang, speakers=speakers)


def read_text(
    data: bytes, name: str, *, kind: str | None, lang: str, speakers: Collection[str]
) -> ImportedSource:
    """Plain text: a WhatsApp chat or a speaker transcript when it is one, else a document."""
    if chat.looks_like_chat(data, name):
        return read_chat(data, name, kind=kind, lang=lang, speakers=speakers)
    if is_transcript(data):
        return read_cues(data, name, kind=kind, lang=lang, speakers=speakers)
    return documents.read_bytes(data, name, kind, lang=lang)


def read_markdown(
    data: bytes, name: str, *, kind: str | None, lang: str, speakers: Collection[str]
) -> ImportedSource:
    """Markdown: always a document (headings split it)."""
    return documents.read_bytes(data, name, kind, lang=lang)


def read_cues(
    data: bytes, name: str, *, kind: str | None, lang: str, speakers: Collection[str]
) -> ImportedSource:
    """A transcript (.vtt, .srt or text turns): only the client's turns are kept."""
    return transcript.read_transcript(data, name, speakers=speakers, lang=lang, kind=kind)


def read_chat(
    data: bytes, name: str, *, kind: str | None, lang: str, speakers: Collection[str]
) -> ImportedSource:
    """A chat export: only the messages of the client's senders are kept."""
    return chat.read_chat(data, name, speakers=speakers, lang=lang, kind=kind)


def read_export(
    data: bytes, name: str, *, kind: str | None, lang: str, speakers: Collection[str]
) -> ImportedSource:
    """A .json or .csv: a Telegram chat, else her posts of a social-media download."""
    if chat.looks_like_chat(data, name):
        return read_chat(data, name, kind=kind, lang=lang, speakers=speakers)
    if social.looks_like_social(data):
        return social.read_social(data, name, lang=lang, kind=kind)
    raise RejectedSourceError(name, "unknown_export", lang)


def read_plain(
    reader: Callable[..., ImportedSource],
) -> Callable[..., ImportedSource]:
    """A reader without speakers (web pages, .rtf, .pdf) in READERS' signature."""

    def read(
        data: bytes, name: str, *, kind: str | None, lang: str, speakers: Collection[str]
    ) -> ImportedSource:
        return reader(data, name, lang=lang, kind=kind)

    return read


def read_office(
    fmt: str,
    data: bytes,
    name: str,
    *,
    kind: str | None,
    lang: str,
    speakers: Collection[str],
) -> ImportedSource:
    """Return a .docx/.odt as a document, or as a transcript when it is one.

    Teams and Google Meet offer their transcripts as Word files ("Name  0:03" above each
    turn, or "Name: …" lines); those keep only the client's turns, like a .vtt.
    """
    if fmt == "docx":
        blocks, media_type = office.read_docx_blocks(data, name, lang), office.DOCX_TYPE
    else:
        blocks, media_type = office.read_odt_blocks(data, name, lang), office.ODT_TYPE
    text = "\n".join(block for block, _ in blocks)
    if transcript.looks_like_transcript(text[:SNIFF_CHARS]):
        source = transcript.read_transcript(text, name, speakers=speakers, lang=lang, kind=kind)
        return replace(source, content_hash=hashlib.sha256(data).hexdigest(), media_type=media_type)
    return office.source_from_blocks(data, name, blocks, media_type, kind, lang)


READERS: dict[str, Callable[..., ImportedSource]] = {
    "text": read_text,
    "markdown": read_markdown,
    "transcript": read_cues,
    "html": read_plain(webpage.read_webpage),
    "mhtml": read_plain(webpage.read_mhtml),
    "docx": partial(read_office, "docx"),
    "odt": partial(read_office, "odt"),
    "rtf": read_plain(office.read_rtf),
    "pdf": read_plain(pdf.read_pdf),
    "export": read_export,
}


def scan_file_speakers(path: Path, *, lang: str = "de") -> dict[str, int]:
    """Return the turns per speaker of a transcript file (.vtt, .srt, .txt, .docx, .odt),
    or the messages per sender of a chat export (WhatsApp .txt/.zip, Telegram .json).

    For `treffsicher scan`: Word and OpenDocument transcripts (Teams, Google Meet) are
    read as text first. RejectedSourceError for unreadable files; {} for no turns.
    """
    fmt = BY_SUFFIX.get(path.suffix.lower())
    if is_archive_name(path.name) or fmt is None or fmt.name in ("text", "export"):
        if is_chat_path(path):
            return chat.scan_chat(path, str(path), lang)
    if fmt is not None and fmt.name == "export":
        with path.open("rb") as file:
            head = file.read(SNIFF_CHARS)
        if social.looks_like_social(head):  # all hers: nothing to pick
            raise RejectedSourceError(str(path), "social_no_pick", lang)
        raise RejectedSourceError(str(path), "no_messages", lang)
    if fmt is not None and fmt.name in ("docx", "odt"):
        data = path.read_bytes()
        read_blocks = office.read_docx_blocks if fmt.name == "docx" else office.read_odt_blocks
        text = "\n".join(block for block, _ in read_blocks(data, str(path), lang))
        return transcript.scan_speakers(text, str(path))
    return transcript.scan_speakers(path)


def is_chat_path(path: Path) -> bool:
    """True for a file holding a chat export (WhatsApp .txt or .zip, Telegram .json)."""
    if is_archive_name(path.name):
        return path.is_file() and chat.is_chat_zip(path, str(path))
    with path.open("rb") as file:
        head = file.read(SNIFF_CHARS)
    return chat.looks_like_chat(head, path.name)


def is_export(data: bytes, name: str) -> bool:
    """True for a chat export or a social-media download (.json, .csv)."""
    return chat.looks_like_chat(data, name) or social.looks_like_social(data)


def name_empty(result: ImportResult, name: str, lang: str) -> ImportResult:
    """Return the result of a zip, with a problem when nothing in it could be read."""
    if not result.sources and not result.problems:
        reason = describe_reason("nothing_supported", lang, supported=SUPPORTED)
        result.problems.append(ImportProblem(name, reason))
    return result


def is_chat_data(data: bytes, name: str) -> bool:
    """True for uploaded bytes holding a chat export (the identity pick comes first)."""
    return chat.looks_like_chat(data, name)


def check_suffix(name: str, suffix: str, lang: str) -> None:
    """Raise UnsupportedFormatError for mail and unknown suffixes."""
    fmt = BY_SUFFIX.get(suffix)
    if fmt is not None and fmt.family == FAMILY_MAIL:
        reason = describe_reason("mail_elsewhere", lang, suffix=suffix)
        raise UnsupportedFormatError(f"{name}: {reason}")
    if fmt is None:
        reason = describe_reason("unsupported", lang, suffix=suffix, supported=SUPPORTED)
        raise UnsupportedFormatError(f"{name}: {reason}")


def check_file(path: Path, lang: str, status: os.stat_result | None = None) -> None:
    """Raise RejectedSourceError for a device or pipe (/dev/zero never ends) or a file too
    large to read into memory at once; OSError when it cannot be found or read. `status`:
    the path's stat when the caller has it."""
    if status is None:
        status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise RejectedSourceError(str(path), "not_a_file", lang)
    if status.st_size > MAX_FILE_BYTES:
        sizes = documents.sizes_in_mb(status.st_size, MAX_FILE_BYTES)
        raise RejectedSourceError(str(path), "too_large", lang, **sizes)


def is_transcript(data: bytes) -> bool:
    """Return True when plain-text bytes hold a speaker transcript ("Name: …" turns)."""
    if b":" not in data[:SNIFF_CHARS] and b"-->" not in data[:SNIFF_CHARS]:
        return False
    try:
        documents.check_bytes(data, "", "en")
        text = decode_bytes(data[: SNIFF_CHARS * 4]).text[:SNIFF_CHARS]
    except (InputError, ValueError):
        return False  # documents.read_bytes will say what is wrong
    return transcript.looks_like_transcript(text.replace("\r", ""))


FolderListing = tuple[list[Path], list[ImportProblem]]


def import_folder(
    folder: Path,
    *,
    kind: str | None,
    lang: str,
    speakers: Collection[str],
    listing: FolderListing | None = None,
) -> ImportResult:
    """Return the sources and problems of every file below `folder` (assets skipped).

    `listing`: what list_folder gave for `folder` (the import service lists a folder
    before, to look for mail in it); else it is listed here."""
    files, problems = listing if listing is not None else list_folder(folder, lang)
    result = ImportResult(problems=list(problems))
    if len(files) > MAX_FOLDER_FILES:
        reason = describe_reason("too_many_members", lang, count=len(files), limit=MAX_FOLDER_FILES)
        return ImportResult(problems=[ImportProblem(str(folder), reason)])
    for file in files:
        try:
            found = import_file(file, kind=kind, lang=lang, speakers=speakers, member=True)
        except OSError as error:
            reason = describe_reason("unreadable", lang, error=error.strerror or error)
            found = ImportResult(problems=[ImportProblem(str(file), reason)])
        result.sources += found.sources
        result.problems += found.problems
    if not result.sources and not result.problems:
        reason = describe_reason("nothing_supported", lang, supported=SUPPORTED)
        result.problems.append(ImportProblem(str(folder), reason))
    return result


def list_folder(folder: Path, lang: str) -> FolderListing:
    """Return the files below `folder` in order, and a problem per Maildir found in it.

    Hidden folders, asset folders of saved pages and Maildirs are not walked into (a
    Maildir's messages would otherwise pass for thousands of unknown files); symlinked
    folders are not followed. Stops listing a little after MAX_FOLDER_FILES.
    """
    files: list[Path] = []
    problems: list[ImportProblem] = []
    for root, folders, names in os.walk(folder):
        base = Path(root)
        if {"cur", "new"} <= set(folders):
            reason = describe_reason("mail_elsewhere", lang, suffix="Maildir")
            problems.append(ImportProblem(str(base), reason))
            folders.clear()
            continue
        folders[:] = sorted(f for f in folders if not archive.is_skipped_folder(f))
        files += [base / name for name in sorted(names) if not archive.is_skipped(name)]
        if len(files) > MAX_FOLDER_FILES:
            break
    return files, problems


def describe_problem(error: InputError, name: str) -> ImportProblem:
    """Return the problem for an InputError: its path and reason, named once."""
    if isinstance(error, RejectedSourceError):
        candidates = error.params.get("candidates", ())
        named = tuple(str(c) for c in candidates) if isinstance(candidates, tuple) else ()
        return ImportProblem(error.path or name, error.reason, named)
    if isinstance(error, UnreadableSourceError):
        return ImportProblem(error.path or name, error.reason)
    return ImportProblem(name, str(error).removeprefix(f"{name}: "))


def unwrap(result: ImportResult) -> list[ImportedSource]:
    """Return the sources; raise the problem as an InputError when there is no source."""
    for problem in result.problems:
        LOGGER.warning("%s: %s", problem.path, problem.reason)
    if not result.sources:
        if not result.problems:
            raise InputError(describe_reason("nothing_supported", "en", supported=SUPPORTED))
        first = result.problems[0]
        raise UnreadableSourceError(first.path, first.reason)
    return result.sources
