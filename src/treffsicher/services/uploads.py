"""Files uploaded through the web interface: read and stored at once, or (mail files,
transcripts, zips that hold mail) kept in a staging folder while the user ticks which
senders or speakers are the client, then imported through services.importing.

The folder is next to the SQLite workspace (`treffsicher-uploads/<token>/`; the system temp
directory for other databases), readable by the user only, removed after the import, and
left-overs older than an hour are removed whenever a new upload is staged. The staged path
that the importers put into source names is replaced by the uploaded file's name.
"""

from __future__ import annotations

import io
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportProblem
from treffsicher.errors import InputError, TreffsicherError
from treffsicher.i18n import t
from treffsicher.importers import formats
from treffsicher.services.clients import add_client_identities, get_client
from treffsicher.services.import_summary import ImportSummary, SourceReport
from treffsicher.services.importing import import_sources, store_source
from treffsicher.services.mailimport import MailFileReport
from treffsicher.services.sources import SCAN_MAIL, ScanResult, scan_zip
from treffsicher.storage import repo
from treffsicher.storage.tables import IDENTITY_EMAIL, IDENTITY_SPEAKER

STAGING_FOLDER = "treffsicher-uploads"
MAX_AGE_S = 3600
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
UNSAFE_CHARACTERS = re.compile(r"[^\w.\- ()]+")
KIND_MAIL = "mail"
KIND_TRANSCRIPT = "transcript"
KIND_ZIP_MAIL = "zip_mail"  # a zip with a mail member: senders (and speakers) picked first


@dataclass(frozen=True)
class Candidate:
    """A sender or speaker found in a staged file, to be ticked if it is the client."""

    kind: str  # IDENTITY_EMAIL or IDENTITY_SPEAKER
    value: str  # the address or the speaker name
    display: str  # "Johanna Kellermann <johanna@example.org>" or the speaker name
    count: int  # messages or turns
    checked: bool  # already one of her identities

    @property
    def field(self) -> str:
        """The checkbox value: 'email:…' or 'speaker:…'."""
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class StagedFile:
    """An uploaded file waiting in the staging folder, with what was found in it."""

    name: str  # as uploaded
    path: Path
    kind: str  # KIND_MAIL or KIND_TRANSCRIPT
    candidates: tuple[Candidate, ...]


@dataclass
class Stage:
    """One request's staging folder for one client, made when the first file needs it."""

    root: Path
    client_id: int
    token: str = ""
    folder: Path | None = None

    def open(self) -> Path:
        """The folder, made (and old left-overs removed) on first use."""
        if self.folder is None:
            self.token, self.folder = new_stage(self.root, self.client_id)
        return self.folder


@dataclass
class UploadOutcome:
    """What became of one uploaded file: stored sources, problems or staged files."""

    reports: list[SourceReport] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    staged: list[StagedFile] = field(default_factory=list)


def staging_root(database_url: str) -> Path:
    """Where staging folders go: next to an SQLite workspace, else the system temp dir."""
    url = make_url(database_url)
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:":
        return Path(database).expanduser().resolve().parent / STAGING_FOLDER
    return Path(tempfile.gettempdir()) / STAGING_FOLDER


def accept_upload(
    engine: Engine,
    client_id: int,
    stage: Stage,
    name: str,
    data: bytes,
    kind: str | None,
    lang: str = "en",
) -> UploadOutcome:
    """Store one uploaded file, or stage it when her senders or speakers must be picked
    first (mail files, transcripts, zips that hold mail)."""
    choice = classify_upload(name, data)
    if choice is None:
        return import_upload(engine, client_id, name, data, kind, lang)
    client = get_client(engine, client_id, lang)
    emails, speakers = set(client.emails), set(client.speakers)
    folder = stage.open()
    if choice == KIND_ZIP_MAIL:
        staged = stage_zip(folder, name, data, emails, speakers, lang)
    else:
        staged = [stage_file(folder, name, data, choice, emails, speakers)]
    return UploadOutcome(staged=staged)


# Formats that may hold a chat export (WhatsApp .txt/.zip, Telegram .json).
CHAT_PICKS = (formats.PICK_SPEAKERS_IF_TURNS, formats.PICK_SPEAKERS_IF_CHAT)


def classify_upload(name: str, data: bytes) -> str | None:
    """KIND_ZIP_MAIL, KIND_MAIL or KIND_TRANSCRIPT when the file's senders or speakers
    must be picked first (importers.formats: Format.pick); None when it is read and
    stored at once."""
    from treffsicher.importers import archive, chat, dispatch

    fmt = formats.find_format(Path(name).suffix.lower())
    if fmt is None:
        return None
    may_chat = fmt.pick in CHAT_PICKS or fmt.family == formats.FAMILY_ARCHIVE
    if may_chat and dispatch.is_chat_data(data, name):
        return KIND_TRANSCRIPT  # a chat: her senders are ticked like speakers
    if fmt.family == formats.FAMILY_ARCHIVE:
        # Mail or chats inside (a data download's Messenger chats): their senders are
        # picked first, like an mbox's (stage_zip lists both).
        holds_people = archive.holds_mail(io.BytesIO(data), name) or chat.holds_chat_member(
            io.BytesIO(data), name
        )
        return KIND_ZIP_MAIL if holds_people else None
    if fmt.pick == formats.PICK_SENDERS:
        return KIND_MAIL
    if fmt.pick == formats.PICK_SPEAKERS or (
        fmt.pick == formats.PICK_SPEAKERS_IF_TURNS and dispatch.is_transcript(data)
    ):
        return KIND_TRANSCRIPT
    return None


def list_upload_formats() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every suffix the upload accepts, the suffixes named on the page)."""
    return formats.list_upload_suffixes(), formats.list_suffixes()


def import_upload(
    engine: Engine, client_id: int, name: str, data: bytes, kind: str | None, lang: str
) -> UploadOutcome:
    """Read one uploaded file (a zip gives one source per member) and store each source in
    its own transaction, as services.importing does for files. Problems are returned."""
    from treffsicher.importers import dispatch

    with Session(engine) as session:
        speakers = [v for k, v in repo.list_identities(session, client_id) if k == IDENTITY_SPEAKER]
    result = dispatch.import_data(data, name, kind=kind, lang=lang, speakers=speakers)
    outcome = UploadOutcome(problems=list(result.problems))
    for imported in result.sources:
        if not imported.passages:
            outcome.problems.append(ImportProblem(imported.name, t("import.no_passages", lang)))
            continue
        stored = store_source(engine, client_id, imported, kind or None, lang)
        if isinstance(stored, ImportProblem):
            outcome.problems.append(stored)
        else:
            outcome.reports.append(stored)
    return outcome


def safe_name(name: str) -> str:
    """The file name without folders or unusual characters, never empty or hidden."""
    base = Path(name.replace("\\", "/")).name
    cleaned = UNSAFE_CHARACTERS.sub("_", base).strip(" .") or "upload"
    return cleaned[:150]


def new_stage(root: Path, client_id: int) -> tuple[str, Path]:
    """A fresh staging folder of one client (token, path); removes left-overs older than
    MAX_AGE_S. The folder is named after the client and the token, so a token only opens
    it for that client (open_stage)."""
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = time.time()
    for old in root.iterdir():
        if old.is_dir() and now - old.stat().st_mtime > MAX_AGE_S:
            shutil.rmtree(old, ignore_errors=True)
    token = secrets.token_urlsafe(24)
    folder = stage_folder(root, client_id, token)
    folder.mkdir(mode=0o700)
    return token, folder


def stage_folder(root: Path, client_id: int, token: str) -> Path:
    """Where the staged files of `token` for client `client_id` lie."""
    return root / f"{client_id}-{token}"


def open_stage(root: Path, token: str, client_id: int, lang: str) -> Path:
    """The staging folder of `token` for this client; InputError when it is unknown,
    expired or was staged for another client."""
    folder = stage_folder(root, client_id, token)
    if not TOKEN_PATTERN.match(token) or not folder.is_dir():
        raise InputError(t("upload.stage_expired", lang))
    return folder


def write_staged(folder: Path, name: str, data: bytes) -> Path:
    """Write the upload into the staging folder under a safe name not yet taken."""
    path = folder / safe_name(name)
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{counter}-{safe_name(name)}"
    path.write_bytes(data)
    return path


def stage_file(
    folder: Path, name: str, data: bytes, kind: str, emails: set[str], speakers: set[str]
) -> StagedFile:
    """Write the upload into the staging folder and scan its senders or speakers."""
    path = write_staged(folder, name, data)
    return StagedFile(name, path, kind, tuple(scan_candidates(path, kind, emails, speakers)))


def scan_candidates(path: Path, kind: str, emails: set[str], speakers: set[str]) -> list[Candidate]:
    """Senders (mail) or speakers (transcript), most frequent first; [] when unreadable."""
    try:
        if kind == KIND_MAIL:
            from treffsicher.importers.mail import scan_senders

            found = scan_senders(path)
            return [
                mail_candidate(address, name, count, emails)
                for (address, name), count in found.most_common()
                if address
            ]
        from treffsicher.importers.dispatch import scan_file_speakers

        turns = scan_file_speakers(path)
        folded = {s.casefold() for s in speakers}
        return [
            Candidate(IDENTITY_SPEAKER, name, name, count, name.casefold() in folded)
            for name, count in turns.items()
        ]
    except (TreffsicherError, OSError):
        return []


def mail_candidate(address: str, name: str, count: int, emails: set[str]) -> Candidate:
    """A sender to tick: 'Name <address>', ticked when the address is already hers."""
    display = f"{name} <{address}>" if name else address
    return Candidate(IDENTITY_EMAIL, address, display, count, address.lower() in emails)


def stage_zip(
    folder: Path, name: str, data: bytes, emails: set[str], speakers: set[str], lang: str
) -> list[StagedFile]:
    """Write an uploaded zip into the staging folder; return one StagedFile for the senders
    of its mail members and, when it holds transcripts, one for their speakers (both name
    the same staged zip, imported once on confirm)."""
    path = write_staged(folder, name, data)
    try:
        results = scan_zip(path, {}, lang)
    except InputError:
        results = []
    staged = [staged_result(name, path, result, emails, speakers) for result in results]
    return staged or [StagedFile(name, path, KIND_MAIL, ())]


def staged_result(
    name: str, path: Path, result: ScanResult, emails: set[str], speakers: set[str]
) -> StagedFile:
    """Return a zip's senders or speakers as candidates to tick, hers already ticked."""
    if result.kind == SCAN_MAIL:
        senders = (
            mail_candidate(row.address, row.name, row.count, emails)
            for row in result.rows
            if row.address
        )
        return StagedFile(name, path, KIND_MAIL, tuple(senders))
    folded = {s.casefold() for s in speakers}
    turns = (
        Candidate(IDENTITY_SPEAKER, row.name, row.name, row.count, row.name.casefold() in folded)
        for row in result.rows
    )
    return StagedFile(name, path, KIND_TRANSCRIPT, tuple(turns))


def list_staged(folder: Path) -> list[Path]:
    """The files in a staging folder, by name."""
    return [p for p in sorted(folder.iterdir()) if p.is_file()]


def import_stage(
    engine: Engine,
    client_id: int,
    root: Path,
    token: str,
    picks: Sequence[str],
    kind: str | None,
    lang: str = "en",
) -> ImportSummary:
    """Add the ticked senders/speakers ('email:…', 'speaker:…') to her identities, then
    import every staged file of `token` and drop the folder. A zip's mail reports come
    back as one report named after the zip."""
    folder = open_stage(root, token, client_id, lang)
    emails = [v.split(":", 1)[1] for v in picks if v.startswith(f"{IDENTITY_EMAIL}:")]
    speakers = [v.split(":", 1)[1] for v in picks if v.startswith(f"{IDENTITY_SPEAKER}:")]
    client = get_client(engine, client_id, lang)
    zips = [p.name for p in list_staged(folder) if formats.is_archive_name(p.name)]
    if emails or speakers:
        add_client_identities(engine, client.name, emails, speakers, lang)
    summary = import_staged(engine, client_id, client.name, folder, kind, lang)
    summary.mail_files = merge_zip_reports(summary.mail_files, zips)
    return summary


def import_staged(
    engine: Engine, client_id: int, client_name: str, folder: Path, kind: str | None, lang: str
) -> ImportSummary:
    """Import every staged file through services.importing, then drop the folder.

    Source names and containers that carry the staging path get the file's own name.
    """
    paths = [str(p) for p in list_staged(folder)]
    try:
        summary = import_sources(engine, client_name, paths, kind or None, lang)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    prefix = str(folder) + "/"
    with Session(engine) as session, session.begin():
        repo.strip_source_prefix(session, client_id, prefix)
    for report in summary.mail_files:
        report.name = report.name.removeprefix(prefix)
    summary.reports = [replace(r, name=r.name.removeprefix(prefix)) for r in summary.reports]
    summary.problems = [replace(p, path=p.path.removeprefix(prefix)) for p in summary.problems]
    return summary


def merge_zip_reports(reports: list[MailFileReport], zips: list[str]) -> list[MailFileReport]:
    """Return the mail reports with those of each zip's members ("export.zip/…", one per
    member from services.mailimport) added up into one report named after the zip, so a
    zip of 300 .eml files reads as one line; other reports unchanged, in order."""
    merged: list[MailFileReport] = []
    totals: dict[str, MailFileReport] = {}
    for report in reports:
        owner = next((z for z in zips if report.name.startswith(f"{z}/")), None)
        if owner is None:
            merged.append(report)
            continue
        total = totals.get(owner)
        if total is None:
            total = totals[owner] = MailFileReport(owner)
            merged.append(total)
        add_mail_report(total, report)
    return merged


def add_mail_report(total: MailFileReport, report: MailFileReport) -> None:
    """Add one mail report's counts to `total`."""
    total.seen += report.seen
    total.from_client += report.from_client
    total.stored += report.stored
    total.passages += report.passages
    total.words += report.words
    total.duplicates += report.duplicates
    total.empty += report.empty
    total.unreadable += report.unreadable
    total.excluded_languages.update(report.excluded_languages)
    total.name_hints.update(report.name_hints)
