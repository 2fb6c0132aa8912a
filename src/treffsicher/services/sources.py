"""What is in files and in the workspace: senders and speakers of files (`scan`), and the
passages kept of a client, with provenance (`passages`).

Both serve the CLI and the web interface: scan lets the user pick which addresses and
speaker names are the client before importing; the passage listing shows exactly which
of her words the profile learns from.

A .zip is scanned member by member (a zip of mail uploaded in the web interface
gets the same pick step as a mail file): the senders of its mail members
(archive.is_mail_member, each streamed to a private temporary file as
services.mailimport.import_zip_mail does) and the speakers of its transcript members.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportProblem
from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import describe_note, t
from treffsicher.importers.formats import (
    CUE_SUFFIXES,
    SCAN_SPEAKERS,
    SPEAKER_TEXT_SUFFIXES,
    find_format,
    is_archive_name,
)
from treffsicher.services.clients import find_client
from treffsicher.storage import repo
from treffsicher.storage.tables import IDENTITY_EMAIL, IDENTITY_SPEAKER, Identity

SCAN_MAIL = "mail"
SCAN_TRANSCRIPT = "transcript"


@dataclass(frozen=True)
class ScanRow:
    """A sender (address and display name) or a speaker, with how often they occur."""

    address: str  # "" for speakers
    name: str
    count: int  # messages or (merged) turns
    clients: tuple[str, ...] = ()  # clients that already have this address / speaker name


@dataclass(frozen=True)
class ScanResult:
    """Who occurs in one file: senders of a mail file or speakers of a transcript."""

    path: str
    kind: str  # SCAN_MAIL or SCAN_TRANSCRIPT
    rows: tuple[ScanRow, ...]


def scan_files(
    engine: Engine | None, paths: list[str], lang: str = "en"
) -> tuple[list[ScanResult], list[ImportProblem]]:
    """Return senders/speakers per file, most frequent first, and problems per bad file.

    With an engine, each row names the clients that already have that identity.
    """
    owners = load_identity_owners(engine) if engine is not None else {}
    results: list[ScanResult] = []
    problems: list[ImportProblem] = []
    for path in paths:
        try:
            if is_zip_path(Path(path)) and not is_chat_path(Path(path)):
                results += scan_zip(Path(path), owners, lang)
                continue
            results.append(scan_file(Path(path), owners, lang))
        except InputError as exc:
            reason = getattr(exc, "reason", str(exc))
            problems.append(ImportProblem(path, str(reason)))
        except FileNotFoundError:
            problems.append(ImportProblem(path, t("import.file_not_found", lang)))
        except OSError as exc:
            reason = t("import.not_readable", lang, error=exc.strerror or exc)
            problems.append(ImportProblem(path, reason))
    return results, problems


def scan_file(path: Path, owners: dict[tuple[str, str], list[str]], lang: str) -> ScanResult:
    """Return the senders of a mail file, the speakers of a transcript or the senders of
    a chat (rows without address, like speakers); InputError else."""
    from treffsicher.importers.mail import scan_senders
    from treffsicher.importers.mbox import is_mail_path

    if not path.exists():
        raise FileNotFoundError(str(path))
    if is_mail_path(path):
        if not path.is_dir() and path.stat().st_size == 0:
            raise InputError(t("mail.empty", lang))
        counts = scan_senders(path)
        rows = [
            ScanRow(address, name, n, tuple(owners.get((IDENTITY_EMAIL, address), ())))
            for (address, name), n in counts.items()
        ]
        return ScanResult(str(path), SCAN_MAIL, sort_rows(rows))
    fmt = find_format(path.suffix.lower())
    chat = path.is_file() and is_archive_name(path.name) and is_chat_path(path)
    if path.is_file() and fmt is not None and (fmt.scan == SCAN_SPEAKERS or chat):
        from treffsicher.importers.dispatch import scan_file_speakers

        speakers = scan_file_speakers(path, lang=lang)
        rows = [
            ScanRow("", name, n, tuple(owners.get((IDENTITY_SPEAKER, name.casefold()), ())))
            for name, n in speakers.items()
        ]
        return ScanResult(str(path), SCAN_TRANSCRIPT, sort_rows(rows))
    raise InputError(t("scan.unsupported", lang))


def is_chat_path(path: Path) -> bool:
    """Return True for a chat export (a WhatsApp zip is scanned as a chat, not a zip)."""
    from treffsicher.importers.dispatch import is_chat_path as is_chat

    return is_chat(path)


def is_zip_path(path: Path) -> bool:
    """Return True for an existing regular file named .zip."""
    return is_archive_name(path.name) and path.is_file()


def scan_zip(path: Path, owners: dict[tuple[str, str], list[str]], lang: str) -> list[ScanResult]:
    """Return the senders of a zip's mail members (all members together) and the speakers
    of its transcript and chat members, each a ScanResult named after the zip; InputError
    when the zip is unusable (RejectedSourceError) or holds neither mail, transcripts nor
    chats."""
    senders, speakers, has_mail = count_zip_people(path, lang)
    results: list[ScanResult] = []
    if has_mail:
        mail_rows = [
            ScanRow(address, name, n, tuple(owners.get((IDENTITY_EMAIL, address), ())))
            for (address, name), n in senders.items()
        ]
        results.append(ScanResult(str(path), SCAN_MAIL, sort_rows(mail_rows)))
    if speakers:
        turn_rows = [
            ScanRow("", name, n, tuple(owners.get((IDENTITY_SPEAKER, name.casefold()), ())))
            for name, n in speakers.items()
        ]
        results.append(ScanResult(str(path), SCAN_TRANSCRIPT, sort_rows(turn_rows)))
    if not results:
        raise InputError(t("scan.unsupported", lang))
    return results


def count_zip_people(path: Path, lang: str) -> tuple[Counter[tuple[str, str]], Counter[str], bool]:
    """Return (messages per (address, name), turns per speaker, whether a mail member was
    found) over the members of a zip. Members that cannot be read are left out: the
    import names them (services.importing)."""
    from treffsicher.importers import archive
    from treffsicher.importers.mail import scan_senders

    senders: Counter[tuple[str, str]] = Counter()
    speakers: Counter[str] = Counter()
    names: dict[str, str] = {}  # the first display name seen for an address, as scan_senders
    has_mail = False
    limit = archive.MAX_ARCHIVE_BYTES
    with (
        archive.open_zip(path, str(path), lang, max_unpacked=limit) as package,
        tempfile.TemporaryDirectory(prefix="treffsicher-scan-") as folder,
    ):
        for item in archive.iter_mail_members(package, Path(folder), lang):
            if item.oversized:
                continue  # the import names it
            has_mail = True
            if item.path is None:
                continue  # broken: the import names it
            try:
                found = scan_senders(item.path)
            except Exception:  # a broken member (CRC, zlib): the import names it
                continue
            for (address, name), n in found.items():
                senders[(address, names.setdefault(address, name))] += n
        for _, info, member in archive.iter_members(package):
            if archive.check_member_size(info, member, lang) is None and not (
                archive.is_mail_member(package, info, member)
            ):
                speakers.update(scan_member_speakers(package, info, member, lang))
    return senders, speakers, has_mail


def scan_member_speakers(
    package: zipfile.ZipFile, info: zipfile.ZipInfo, member: str, lang: str = "en"
) -> dict[str, int]:
    """Return the turns per speaker of a transcript member, or the messages per sender of
    a chat member (a data download's Messenger or Instagram chats, a WhatsApp or Telegram
    export); {} for other members."""
    from treffsicher.importers import chat
    from treffsicher.importers.dispatch import is_transcript
    from treffsicher.importers.transcript import scan_speakers

    suffix = PurePosixPath(member.replace("\\", "/")).suffix.lower()
    try:
        if chat.is_chat_member(package, info, member):  # reads its first bytes only
            return chat.scan_chat(package.read(info), member, lang)
    except Exception:  # zlib.error, a rejected export: the import names it
        return {}
    # Zip members read as transcripts: cue files always, plain text when it has turns.
    if not suffix or (suffix not in CUE_SUFFIXES and suffix not in SPEAKER_TEXT_SUFFIXES):
        return {}
    try:
        data = package.read(info)
        if suffix in SPEAKER_TEXT_SUFFIXES and not is_transcript(data):
            return {}
        return scan_speakers(data, member)
    except Exception:  # zlib.error, a rejected text: the import names it
        return {}


def sort_rows(rows: list[ScanRow]) -> tuple[ScanRow, ...]:
    """Most frequent first, then by address and name."""
    return tuple(sorted(rows, key=lambda r: (-r.count, r.address, r.name)))


def load_identity_owners(engine: Engine) -> dict[tuple[str, str], list[str]]:
    """(kind, value) → names of the clients with that identity (speakers casefolded)."""
    from treffsicher.storage.tables import Client

    owners: dict[tuple[str, str], list[str]] = {}
    with Session(engine) as session:
        rows = session.execute(
            select(Identity.kind, Identity.value, Client.name).join(
                Client, Identity.client_id == Client.id
            )
        )
        for kind, value, name in rows:
            key = value.casefold() if kind == IDENTITY_SPEAKER else value
            owners.setdefault((kind, key), []).append(name)
    return owners


@dataclass(frozen=True)
class PassageInfo:
    """One stored passage with its provenance inside the source."""

    id: int  # for `passage exclude ID`
    position: int
    text: str
    language: str
    kind: str
    words: int
    char_start: int
    char_end: int
    role: str
    speaker: str
    timestamp: str
    note: str
    excluded: bool = False  # left out of her voice by the user


@dataclass(frozen=True)
class SourcePassages:
    """A source, its provenance and the passages kept from it."""

    id: int
    name: str
    kind: str
    media_type: str
    imported_at: datetime
    content_hash: str
    message_id: str
    container: str
    container_index: int | None
    occurred_at: datetime | None  # UTC
    utc_offset_minutes: int | None
    subject: str
    sender: str
    notes: tuple[str, ...]
    passages: list[PassageInfo]


def list_source_passages(
    engine: Engine, client_name: str, source_id: int | None = None, lang: str = "en"
) -> tuple[str, list[SourcePassages]]:
    """Return (client name, her sources with their passages) in import order.

    NotFoundError when the client, or her source `source_id`, does not exist.
    """
    with Session(engine) as session:
        client = find_client(session, client_name, lang)
        rows = repo.list_passages(session, client.id, source_id, excluded=True)
        if source_id is not None and not rows:
            raise NotFoundError(
                t("passages.source_missing", lang, name=client.name, source=source_id)
            )
        sources: dict[int, SourcePassages] = {}
        for row, source in rows:
            entry = sources.get(source.id)
            if entry is None:
                entry = sources[source.id] = SourcePassages(
                    id=source.id,
                    name=source.name,
                    kind=source.kind,
                    media_type=source.media_type,
                    imported_at=source.imported_at,
                    content_hash=source.content_hash,
                    message_id=source.message_id or "",
                    container=source.container,
                    container_index=source.container_index,
                    occurred_at=source.occurred_at,
                    utc_offset_minutes=source.utc_offset_minutes,
                    subject=source.subject,
                    sender=source.sender,
                    notes=tuple(describe_note(n, lang) for n in source.notes.split("\n") if n),
                    passages=[],
                )
            entry.passages.append(
                PassageInfo(
                    id=row.id,
                    position=row.position,
                    text=row.text,
                    language=row.language,
                    kind=row.kind,
                    words=row.word_count,
                    char_start=row.char_start,
                    char_end=row.char_end,
                    role=row.role,
                    speaker=row.speaker,
                    timestamp=row.timestamp,
                    note=row.note,
                    excluded=row.excluded,
                )
            )
        return client.name, list(sources.values())


def to_local(moment: datetime, offset_minutes: int | None) -> datetime:
    """The moment in the sender's own time zone (UTC when her offset is unknown)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    zone = timezone(timedelta(minutes=offset_minutes)) if offset_minutes is not None else UTC
    return aware.astimezone(zone)


def format_local(moment: datetime | None, offset_minutes: int | None) -> str | None:
    """ISO 8601 in her local time with its offset ("2025-06-03T10:03:00+02:00"), or None."""
    return to_local(moment, offset_minutes).isoformat() if moment is not None else None


def source_passages_as_dict(client: str, sources: list[SourcePassages]) -> dict[str, object]:
    """The listing as JSON-ready data (dates as ISO 8601 strings)."""
    return {
        "client": client,
        "sources": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind,
                "media_type": s.media_type,
                "imported_at": s.imported_at.isoformat(),
                "content_hash": s.content_hash,
                "message_id": s.message_id or None,
                "container": s.container or None,
                "container_index": s.container_index,
                "occurred_at": s.occurred_at.isoformat() if s.occurred_at else None,
                "occurred_at_local": format_local(s.occurred_at, s.utc_offset_minutes),
                "subject": s.subject,
                "sender": s.sender,
                "notes": list(s.notes),
                "passages": [asdict(p) for p in s.passages],
            }
            for s in sources
        ],
    }
