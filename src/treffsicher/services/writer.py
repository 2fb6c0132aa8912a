"""The writer's own voice („ich“): her identities, her own words, and the people a check
compares a draft with.

The writer is one row of the clients table with kind "writer": her identities mark her own
messages and turns, which are kept as her passages when any client's archive is imported
(and by `me import` for archives imported earlier). Her passages never enter a client's
profile, and she is never listed as a client; a check holds the draft against her and
against the other clients of the same language (core.comparison).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import t
from treffsicher.services.clients import ClientInfo, add_identities, check_emails, describe_client
from treffsicher.storage import repo
from treffsicher.storage.tables import CLIENT_KIND_WRITER, IDENTITY_SPEAKER, Client

if TYPE_CHECKING:
    from treffsicher.core.comparison import Person
    from treffsicher.services.import_summary import ImportSummary
    from treffsicher.services.mailimport import ProgressCallback

TRANSCRIPT_SUFFIXES = frozenset({".vtt", ".srt"})


def add_writer(
    engine: Engine,
    emails: Sequence[str],
    name: str | None = None,
    speakers: Sequence[str] = (),
    lang: str = "en",
) -> tuple[ClientInfo, list[str]]:
    """Register the writer's own identities (creating her row the first time) and return
    her with the values newly added. `name` renames her; InputError when it is a client's."""
    if not emails and not speakers:
        raise InputError(t("client.identity_missing", lang))
    check_emails(emails, lang)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        writer = repo.get_writer(session)
        wanted = (name or "").strip() or (writer.name if writer else t("writer.default_name", lang))
        if writer is None or writer.name != wanted:
            taken = repo.get_client_by_name(session, wanted)
            if taken is not None and taken is not writer:
                raise InputError(t("writer.name_taken", lang, name=wanted))
        if writer is None:
            writer = repo.add_client(session, wanted)
            writer.kind = CLIENT_KIND_WRITER
        writer.name = wanted
        session.flush()
        added = add_identities(session, writer.id, emails, speakers)
        return describe_client(session, writer), added


def show_writer(engine: Engine, lang: str = "en") -> ClientInfo:
    """The writer with her identities and how much of her own text the workspace holds;
    NotFoundError before `me add`."""
    with Session(engine) as session:
        writer = repo.get_writer(session)
        if writer is None:
            raise NotFoundError(t("writer.none", lang))
        return describe_client(session, writer)


def find_writer_name(engine: Engine) -> str | None:
    """The writer's name, or None before `me add`."""
    with Session(engine) as session:
        writer = repo.get_writer(session)
        return writer.name if writer is not None else None


def import_writer(
    engine: Engine,
    paths: Sequence[str],
    kind: str | None = None,
    lang: str = "en",
    progress: ProgressCallback | None = None,
) -> ImportSummary:
    """Import files as the writer's own words (from mail archives and transcripts, only her
    messages and turns); NotFoundError before `me add`."""
    from treffsicher.services.importing import import_sources

    name = find_writer_name(engine)
    if name is None:
        raise NotFoundError(t("writer.none", lang))
    return import_sources(engine, name, paths, kind, lang, progress=progress)


def keep_writer_share(
    engine: Engine, client_id: int, paths: Sequence[str], kind: str | None, lang: str
) -> ImportSummary | None:
    """After a client's import: keep the writer's own messages and turns from the same
    mail archives and transcripts as her passages. None when there is no writer, the
    client is the writer, or no path can hold her words (documents and web pages are the
    client's; standard input is not read twice)."""
    from treffsicher.importers.mbox import is_mail_path

    with Session(engine) as session:
        writer = repo.get_writer(session)
        if writer is None or writer.id == client_id:
            return None
        has_speakers = any(
            k == IDENTITY_SPEAKER for k, _ in repo.list_identities(session, writer.id)
        )
    kept = [
        p
        for p in paths
        if p != "-"
        and (
            is_mail_path(Path(p))
            or (has_speakers and Path(p).suffix.lower() in TRANSCRIPT_SUFFIXES)
        )
    ]
    return import_writer(engine, kept, kind, lang) if kept else None


def gather_people(engine: Engine, client_id: int, language: str) -> tuple[list[Person], list[str]]:
    """The other people of the workspace with words in `language` (the writer and the other
    clients: fingerprint and samples), and samples of the client's own words."""
    from treffsicher.core.comparison import KIND_OTHER, KIND_WRITER, Person
    from treffsicher.core.pool import cut_samples
    from treffsicher.services.profiling import load_cached_profile, load_passages

    people: list[Person] = []
    her_samples: list[str] = []
    with Session(engine) as session:
        query = select(Client.id, Client.name, Client.kind).order_by(Client.name)
        rows = [(cid, name, kind) for cid, name, kind in session.execute(query)]
        passages = {cid: load_passages(session, cid)[0] for cid, _, _ in rows}
    for cid, name, kind in rows:
        texts = [p.text for p in passages[cid] if p.language == language]
        if cid == client_id:
            her_samples = cut_samples(texts)
            continue
        if not texts:
            continue
        profile = load_cached_profile(engine, cid, passages[cid])
        found = profile.languages.get(language)
        if found is None or found.fingerprint is None:
            continue
        person_kind = KIND_WRITER if kind == CLIENT_KIND_WRITER else KIND_OTHER
        people.append(Person(person_kind, name, found.fingerprint, tuple(cut_samples(texts))))
    return people, her_samples
