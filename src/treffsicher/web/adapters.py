"""Thin adapters over storage for what the services do not offer yet.

Renaming a client, listing and removing sources, the latest fit score per client,
importing one uploaded file and staging an uploaded zip that holds mail (its senders
picked first, like a mail file's). Candidates to move into services/ once the web UI
settles; each is a few lines over storage.repo, the session or a service.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from treffsicher.core.models import PROFILE_LANGUAGES
from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import t
from treffsicher.importers.base import ImportProblem
from treffsicher.services.clients import ClientInfo, clean_client_name, describe_client
from treffsicher.services.importing import SourceReport, store_source
from treffsicher.services.mailimport import MailFileReport
from treffsicher.services.sources import ScanResult
from treffsicher.storage import repo
from treffsicher.storage.tables import (
    IDENTITY_EMAIL,
    IDENTITY_SPEAKER,
    CheckRow,
    Client,
    PassageRow,
    Source,
)
from treffsicher.web import staging
from treffsicher.web.i18n import ui_text
from treffsicher.web.staging import Candidate, StagedFile


@dataclass(frozen=True)
class SourceLine:
    """One source as the sources page lists it."""

    id: int
    name: str
    kind: str
    imported_at: datetime
    n_passages: int
    n_words: int
    other_languages: int  # passages not in German or English (kept, not in the profile)
    notes: tuple[str, ...]


def get_client(engine: Engine, client_id: int, lang: str) -> ClientInfo:
    """The client with this id; NotFoundError when there is none."""
    with Session(engine) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError(ui_text("error.client_not_found", lang))
        return describe_client(session, client)


def rename_client(engine: Engine, client_id: int, name: str, lang: str) -> ClientInfo:
    """Give the client a new name; InputError when empty or taken by another client."""
    name = clean_client_name(name, lang)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError(ui_text("error.client_not_found", lang))
        # Same rule as services.clients.add_client: names differing only in case clash.
        for other in repo.list_clients(session):
            if other.id != client_id and other.name.casefold() == name.casefold():
                raise InputError(ui_text("error.name_taken", lang, name=other.name))
        client.name = name
        session.flush()
        return describe_client(session, client)


def list_sources(engine: Engine, client_id: int) -> list[SourceLine]:
    """The client's sources, newest first, with passage and word counts."""
    with Session(engine) as session:
        counts = session.execute(
            select(
                PassageRow.source_id,
                PassageRow.language,
                func.count(PassageRow.id),
                func.coalesce(func.sum(PassageRow.word_count), 0),
            )
            .join(Source, PassageRow.source_id == Source.id)
            .where(Source.client_id == client_id)
            .group_by(PassageRow.source_id, PassageRow.language)
        ).all()
        passages: Counter[int] = Counter()
        words: Counter[int] = Counter()
        other: Counter[int] = Counter()
        for source_id, language, n, n_words in counts:
            passages[source_id] += int(n)
            words[source_id] += int(n_words)
            if language not in PROFILE_LANGUAGES:
                other[source_id] += int(n)
        rows = session.scalars(
            select(Source)
            .where(Source.client_id == client_id)
            .order_by(Source.imported_at.desc(), Source.id.desc())
        ).all()
        return [
            SourceLine(
                id=s.id,
                name=s.name,
                kind=s.kind,
                imported_at=s.imported_at,
                n_passages=passages[s.id],
                n_words=words[s.id],
                other_languages=other[s.id],
                notes=tuple(n for n in s.notes.splitlines() if n.strip()),
            )
            for s in rows
        ]


def delete_source(engine: Engine, client_id: int, source_id: int, lang: str) -> str:
    """Remove one of the client's sources (its passages go with it); returns its name."""
    with Session(engine) as session, session.begin():
        source = session.get(Source, source_id)
        if source is None or source.client_id != client_id:
            raise NotFoundError(ui_text("error.source_not_found", lang))
        name = source.name
        # ON DELETE CASCADE removes the passages (foreign keys are on: storage.engine).
        session.execute(delete(Source).where(Source.id == source_id))
    return name


def latest_scores(engine: Engine) -> dict[int, float | None]:
    """Per client id, the fit score of her newest check (clients without checks absent)."""
    newest = (
        select(CheckRow.client_id, func.max(CheckRow.id).label("last_id"))
        .group_by(CheckRow.client_id)
        .subquery()
    )
    with Session(engine) as session:
        rows = session.execute(
            select(CheckRow.client_id, CheckRow.score).join(newest, CheckRow.id == newest.c.last_id)
        ).all()
    return {int(client_id): score for client_id, score in rows}


def readable_suffixes() -> tuple[str, ...]:
    """File name endings the upload accepts: importers.dispatch's formats."""
    from treffsicher.importers import dispatch
    from treffsicher.web.staging import MAIL_SUFFIXES

    return (*(part.strip() for part in dispatch.SUPPORTED.split(",")), *MAIL_SUFFIXES)


def import_upload(
    engine: Engine, client_id: int, name: str, data: bytes, kind: str | None, lang: str
) -> list[SourceReport | ImportProblem]:
    """Read one uploaded file with importers.dispatch (a zip gives one source per member)
    and store each source in its own transaction, as services.importing does for files.

    Problems are returned, never raised. Mail files and zips that hold mail
    are staged for the sender pick step instead (web.staging, stage_zip), never given here.
    """
    from treffsicher.importers import dispatch

    with Session(engine) as session:
        speakers = [v for k, v in repo.list_identities(session, client_id) if k == IDENTITY_SPEAKER]
    result = dispatch.import_data(data, name, kind=kind, lang=lang, speakers=speakers)
    outcomes: list[SourceReport | ImportProblem] = list(result.problems)
    for imported in result.sources:
        if not imported.passages:
            outcomes.append(ImportProblem(imported.name, t("import.no_passages", lang)))
            continue
        outcomes.append(store_source(engine, client_id, imported, kind or None, lang))
    return outcomes


def zip_holds_mail(name: str, data: bytes) -> bool:
    """Return True for an uploaded .zip with a mail member (archive.is_mail_member), which
    then gets the sender pick step. An unusable zip: False, the import names it."""
    from treffsicher.importers import archive

    if not name.lower().endswith(".zip"):
        return False
    try:
        limit = archive.MAX_ARCHIVE_BYTES
        with archive.open_zip(io.BytesIO(data), name, "en", max_unpacked=limit) as package:
            return any(
                archive.is_mail_member(package, info, member)
                for _, info, member in archive.iter_members(package)
            )
    except InputError:
        return False


def stage_zip(
    folder: Path, name: str, data: bytes, emails: set[str], speakers: set[str], lang: str
) -> list[StagedFile]:
    """Write an uploaded zip into the staging folder; return one StagedFile for the senders
    of its mail members and, when it holds transcripts, one for their speakers (both name
    the same staged zip, imported once on confirm by services.importing)."""
    from treffsicher.services.sources import scan_zip

    path = folder / staging.safe_name(name)
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{counter}-{staging.safe_name(name)}"
    path.write_bytes(data)
    try:
        results = scan_zip(path, {}, lang)
    except InputError:
        results = []
    staged = [staged_result(name, path, result, emails, speakers) for result in results]
    return staged or [StagedFile(name, path, staging.KIND_MAIL, ())]


def staged_result(
    name: str, path: Path, result: ScanResult, emails: set[str], speakers: set[str]
) -> StagedFile:
    """Return a zip's senders or speakers as candidates to tick, hers already ticked."""
    from treffsicher.services.sources import SCAN_MAIL

    if result.kind == SCAN_MAIL:
        senders = (
            Candidate(
                IDENTITY_EMAIL,
                row.address,
                f"{row.name} <{row.address}>" if row.name else row.address,
                row.count,
                row.address.lower() in emails,
            )
            for row in result.rows
            if row.address
        )
        return StagedFile(name, path, staging.KIND_MAIL, tuple(senders))
    folded = {s.casefold() for s in speakers}
    turns = (
        Candidate(IDENTITY_SPEAKER, row.name, row.name, row.count, row.name.casefold() in folded)
        for row in result.rows
    )
    return StagedFile(name, path, staging.KIND_TRANSCRIPT, tuple(turns))


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
        total.seen += report.seen
        total.from_client += report.from_client
        total.stored += report.stored
        total.passages += report.passages
        total.words += report.words
        total.duplicates += report.duplicates
        total.empty += report.empty
        total.excluded_languages.update(report.excluded_languages)
        total.name_hints.update(report.name_hints)
    return merged
