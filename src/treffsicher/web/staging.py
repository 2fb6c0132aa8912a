"""Uploads that need a choice first: mail files and call transcripts are kept in
a staging folder while the user ticks which senders or speakers are the client.

The folder is next to the SQLite workspace (`treffsicher-uploads/<token>/`; the system temp
directory for other databases), readable by the user only, removed after the import, and
left-overs older than an hour are removed whenever a new upload is staged. Imports go
through services.importing (mail: one source per message of hers); the staged path that
the importers put into source names is replaced by the uploaded file's name.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, TreffsicherError
from treffsicher.services.importing import ImportSummary, import_sources
from treffsicher.storage.tables import IDENTITY_EMAIL, IDENTITY_SPEAKER, Source
from treffsicher.web.i18n import ui_text

STAGING_FOLDER = "treffsicher-uploads"
MAX_AGE_S = 3600
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
UNSAFE_CHARACTERS = re.compile(r"[^\w.\- ()]+")
MAIL_SUFFIXES = (".eml", ".mbox", ".msg", ".emlx")
TRANSCRIPT_SUFFIXES = (".vtt", ".srt")
KIND_MAIL = "mail"
KIND_TRANSCRIPT = "transcript"


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


def staging_root(database_url: str) -> Path:
    """Where staging folders go: next to an SQLite workspace, else the system temp dir."""
    url = make_url(database_url)
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:":
        return Path(database).expanduser().resolve().parent / STAGING_FOLDER
    return Path(tempfile.gettempdir()) / STAGING_FOLDER


def needs_choice(name: str, data: bytes) -> str | None:
    """KIND_MAIL or KIND_TRANSCRIPT when the file's senders/speakers must be picked first."""
    from treffsicher.importers import dispatch

    suffix = Path(name).suffix.lower()
    if suffix in MAIL_SUFFIXES:
        return KIND_MAIL
    if suffix in TRANSCRIPT_SUFFIXES or (suffix == ".txt" and dispatch.is_transcript(data)):
        return KIND_TRANSCRIPT
    return None


def safe_name(name: str) -> str:
    """The file name without folders or unusual characters, never empty or hidden."""
    base = Path(name.replace("\\", "/")).name
    cleaned = UNSAFE_CHARACTERS.sub("_", base).strip(" .") or "upload"
    return cleaned[:150]


def new_stage(root: Path) -> tuple[str, Path]:
    """A fresh staging folder (token, path); removes left-overs older than MAX_AGE_S."""
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = time.time()
    for old in root.iterdir():
        if old.is_dir() and now - old.stat().st_mtime > MAX_AGE_S:
            shutil.rmtree(old, ignore_errors=True)
    token = secrets.token_urlsafe(24)
    folder = root / token
    folder.mkdir(mode=0o700)
    return token, folder


def open_stage(root: Path, token: str, lang: str) -> Path:
    """The staging folder of `token`; InputError when it is unknown or expired."""
    folder = root / token
    if not TOKEN_PATTERN.match(token) or not folder.is_dir():
        raise InputError(ui_text("sources.stage_expired", lang))
    return folder


def stage_file(
    folder: Path, name: str, data: bytes, kind: str, emails: set[str], speakers: set[str]
) -> StagedFile:
    """Write the upload into the staging folder and scan its senders or speakers."""
    path = folder / safe_name(name)
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{counter}-{safe_name(name)}"
    path.write_bytes(data)
    return StagedFile(name, path, kind, tuple(scan_candidates(path, kind, emails, speakers)))


def scan_candidates(path: Path, kind: str, emails: set[str], speakers: set[str]) -> list[Candidate]:
    """Senders (mail) or speakers (transcript), most frequent first; [] when unreadable."""
    try:
        if kind == KIND_MAIL:
            from treffsicher.importers.mail import scan_senders

            found = scan_senders(path)
            return [
                Candidate(
                    IDENTITY_EMAIL,
                    address,
                    f"{name} <{address}>" if name else address,
                    count,
                    address.lower() in emails,
                )
                for (address, name), count in found.most_common()
                if address
            ]
        from treffsicher.importers.transcript import scan_speakers

        turns = scan_speakers(path, path.name)
        folded = {s.casefold() for s in speakers}
        return [
            Candidate(IDENTITY_SPEAKER, name, name, count, name.casefold() in folded)
            for name, count in turns.items()
        ]
    except (TreffsicherError, OSError):
        return []


def list_staged(folder: Path) -> list[Path]:
    """The files in a staging folder, by name."""
    return [p for p in sorted(folder.iterdir()) if p.is_file()]


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
        rows = session.scalars(
            select(Source).where(
                Source.client_id == client_id,
                Source.name.startswith(prefix) | Source.container.startswith(prefix),
            )
        ).all()
        for row in rows:
            row.name = row.name.removeprefix(prefix)
            row.container = row.container.removeprefix(prefix)
    for report in summary.mail_files:
        report.name = report.name.removeprefix(prefix)
    summary.reports = [replace(r, name=r.name.removeprefix(prefix)) for r in summary.reports]
    summary.problems = [replace(p, path=p.path.removeprefix(prefix)) for p in summary.problems]
    return summary
