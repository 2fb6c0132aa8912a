"""Thin adapters over storage for what the services do not offer yet (issue 5).

Renaming a client, listing and removing sources, the latest fit score per client and
importing one uploaded file. Candidates to move into services/ once the web UI settles;
each is a few lines over storage.repo or the SQLAlchemy session.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from treffsicher.core.models import PROFILE_LANGUAGES
from treffsicher.errors import InputError, NotFoundError, TreffsicherError
from treffsicher.importers.base import ImportProblem
from treffsicher.services.clients import ClientInfo, describe_client
from treffsicher.services.importing import (
    ImportFailed,
    SourceReport,
    check_passages,
    store_source,
)
from treffsicher.storage import repo
from treffsicher.storage.tables import CheckRow, Client, PassageRow, Source
from treffsicher.web.i18n import ui_text

# The formats the upload reads now (issue 4's importers add more; see readable_suffixes).
BASE_SUFFIXES = (".txt", ".md")


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
    name = name.strip()
    if not name:
        raise InputError(ui_text("error.name_empty", lang))
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
    """File name endings the upload accepts (more once issue 4's dispatcher exists)."""
    try:
        dispatch = importlib.import_module("treffsicher.importers.dispatch")
    except ImportError:
        return BASE_SUFFIXES
    suffixes = getattr(dispatch, "SUPPORTED_SUFFIXES", None)
    return tuple(suffixes) if suffixes else BASE_SUFFIXES


def import_upload(
    engine: Engine, client_id: int, name: str, data: bytes, kind: str | None, lang: str
) -> SourceReport | ImportProblem:
    """Read one uploaded file with the importers and store it as a source (one transaction).

    Problems are returned, never raised, like services.importing does for files (issue 2).
    """
    from treffsicher.importers import documents

    read_bytes = partial(documents.read_bytes, lang=lang)
    try:
        imported = check_passages(read_bytes(data, name), name, lang)
    except ImportFailed as failure:
        return failure.problem
    except TreffsicherError as exc:
        reason = getattr(exc, "reason", None) or str(exc).removeprefix(f"{name}: ")
        return ImportProblem(name, reason)
    return store_source(engine, client_id, imported, kind or None, lang)
