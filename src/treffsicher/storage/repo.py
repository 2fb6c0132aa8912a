"""Repository functions: each takes a Session and plain values; no SQL dialect specifics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportedSource, encode_note
from treffsicher.storage.tables import (
    CLIENT_KIND_CLIENT,
    CLIENT_KIND_WRITER,
    IDENTITY_EMAIL,
    Base,
    Client,
    Identity,
    PassageRow,
    Source,
)


@dataclass(frozen=True)
class ClientTotals:
    """How much of a client's text the workspace holds."""

    n_sources: int
    n_passages: int
    n_words: int


def normalize_identity(kind: str, value: str) -> str:
    """The stored form of an identity: emails lower-cased, all values stripped."""
    value = value.strip()
    return value.lower() if kind == IDENTITY_EMAIL else value


def add_client(session: Session, name: str) -> Client:
    """Add a client row (flushed, so it has an id) and return it."""
    client = Client(name=name.strip())
    session.add(client)
    session.flush()
    return client


def get_client_by_name(session: Session, name: str) -> Client | None:
    """The client with exactly this name, or None."""
    return session.scalars(select(Client).where(Client.name == name.strip())).first()


def list_clients(session: Session) -> Sequence[Client]:
    """All clients (not the writer's own row), ordered by name."""
    query = select(Client).where(Client.kind == CLIENT_KIND_CLIENT).order_by(Client.name)
    return session.scalars(query).all()


def list_client_names(session: Session) -> list[str]:
    """The names of all clients (not the writer's own row), ordered."""
    query = select(Client.name).where(Client.kind == CLIENT_KIND_CLIENT).order_by(Client.name)
    return list(session.scalars(query))


def get_writer(session: Session) -> Client | None:
    """The writer's own row (clients.kind "writer"), or None before `me add`."""
    return session.scalars(select(Client).where(Client.kind == CLIENT_KIND_WRITER)).first()


def delete_client(session: Session, client_id: int) -> None:
    """Delete a client; the database cascades to identities, sources and passages."""
    session.execute(delete(Client).where(Client.id == client_id))


def add_identity(session: Session, client_id: int, kind: str, value: str) -> bool:
    """Add an identity unless the client already has it; True when one was added."""
    stored = normalize_identity(kind, value)
    exists = session.scalars(
        select(Identity.id).where(
            Identity.client_id == client_id, Identity.kind == kind, Identity.value == stored
        )
    ).first()
    if exists is not None:
        return False
    session.add(Identity(client_id=client_id, kind=kind, value=stored))
    session.flush()
    return True


def list_identities(session: Session, client_id: int) -> list[tuple[str, str]]:
    """(kind, value) pairs of a client, ordered by kind and value."""
    rows = session.execute(
        select(Identity.kind, Identity.value)
        .where(Identity.client_id == client_id)
        .order_by(Identity.kind, Identity.value)
    )
    return [(kind, value) for kind, value in rows]


def find_source_by_hash(session: Session, client_id: int, content_hash: str) -> Source | None:
    """The client's source with this content hash, or None."""
    return session.scalars(
        select(Source).where(Source.client_id == client_id, Source.content_hash == content_hash)
    ).first()


def find_source_by_message_id(session: Session, client_id: int, message_id: str) -> int | None:
    """The id of the client's source with this Message-ID, or None ("" finds nothing)."""
    if not message_id:
        return None
    return session.scalars(
        select(Source.id).where(Source.client_id == client_id, Source.message_id == message_id)
    ).first()


def list_known_keys(session: Session, client_id: int) -> tuple[set[str], set[str]]:
    """(content hashes, message ids) of all the client's sources: one query each, so that an
    archive of 50,000 mails checks duplicates with set look-ups."""
    hashes = set(session.scalars(select(Source.content_hash).where(Source.client_id == client_id)))
    ids = session.scalars(
        select(Source.message_id).where(
            Source.client_id == client_id, Source.message_id.is_not(None)
        )
    )
    return hashes, {i for i in ids if i}


_SOURCES, _PASSAGES = Base.metadata.tables["sources"], Base.metadata.tables["passages"]
# Built once: a mail import stores one message at a time, and building the statements
# anew for each message was a large part of storing it.
# Ids come back with their content hash, unique per client (the table's constraint): with
# sort_by_parameter_order, SQLite would get one INSERT per source (no sentinel column),
# without it all the batch's rows go into one statement.
INSERT_SOURCES = insert(_SOURCES).returning(_SOURCES.c.id, _SOURCES.c.content_hash)
INSERT_PASSAGES = insert(_PASSAGES)


@dataclass(frozen=True)
class NewSource:
    """A source to store: what was read, its kind and the word count of each passage."""

    imported: ImportedSource
    kind: str
    word_counts: Sequence[int]


def add_source(
    session: Session,
    client_id: int,
    imported: ImportedSource,
    kind: str,
    word_counts: Sequence[int],
    passage_kind: str | None = None,
) -> int:
    """Add a source with its passages and return its id; `passage_kind` overrides the
    passages' kind."""
    ids = add_sources(session, client_id, [NewSource(imported, kind, word_counts)], passage_kind)
    return ids[0]


def add_sources(
    session: Session,
    client_id: int,
    new: Sequence[NewSource],
    passage_kind: str | None = None,
) -> list[int]:
    """Add sources with their passages; return their ids in the order given.

    Two Core statements for the whole list, not two per source (and no ORM unit of work):
    the sources in one INSERT … RETURNING executemany, the passages in one executemany.
    Importing thousands of small files is bound by this.
    """
    if not new:
        return []
    source_rows = [
        {
            "client_id": client_id,
            "name": item.imported.name,
            "content_hash": item.imported.content_hash,
            "media_type": item.imported.media_type,
            "encoding": item.imported.encoding,
            "kind": item.kind,
            "notes": "\n".join(encode_note(note) for note in item.imported.notes),
            # NULL, not "", when there is no Message-ID (UNIQUE allows many NULLs).
            "message_id": item.imported.message_id or None,
            "container": item.imported.container,
            "container_index": item.imported.container_index,
            "occurred_at": item.imported.occurred_at,
            "utc_offset_minutes": item.imported.utc_offset_minutes,
            "subject": item.imported.subject,
            "sender": item.imported.sender,
        }
        for item in new
    ]
    id_of = {
        content_hash: int(i) for i, content_hash in session.execute(INSERT_SOURCES, source_rows)
    }
    ids = [id_of.get(item.imported.content_hash, -1) for item in new]
    if len(id_of) != len(new) or -1 in ids:  # pragma: no cover - one id per row, unique hashes
        raise RuntimeError("source insert returned the wrong ids")
    rows = [
        {
            "source_id": source_id,
            "position": p.position,
            "text": p.text,
            "language": p.language,
            "kind": passage_kind or p.kind,
            "word_count": words,
            "char_start": p.char_start,
            "char_end": p.char_end,
            "note": p.note,
            "role": p.role,
            "speaker": p.speaker,
            "timestamp": p.timestamp,
            "excluded": p.excluded,
        }
        for item, source_id in zip(new, ids, strict=True)
        for p, words in zip(item.imported.passages, item.word_counts, strict=True)
    ]
    if rows:
        session.execute(INSERT_PASSAGES, rows)
    return ids


def count_sources_by_language(session: Session, client_id: int) -> dict[str, dict[str, int]]:
    """Language → source kind → number of her sources with passages in that language."""
    query = (
        select(PassageRow.language, Source.kind, func.count(func.distinct(Source.id)))
        .join(Source, PassageRow.source_id == Source.id)
        .where(Source.client_id == client_id)
        .group_by(PassageRow.language, Source.kind)
    )
    counts: dict[str, dict[str, int]] = {}
    for language, kind, n in session.execute(query):
        counts.setdefault(language, {})[kind] = int(n)
    return counts


def list_passages(
    session: Session, client_id: int, source_id: int | None = None, *, excluded: bool = False
) -> list[tuple[PassageRow, Source]]:
    """The passages of a client that count as hers (of one source when `source_id` is
    given; with `excluded` also those left out) with their source, in import and source
    order."""
    query = (
        select(PassageRow, Source)
        .join(Source, PassageRow.source_id == Source.id)
        .where(Source.client_id == client_id)
    )
    if not excluded:
        query = query.where(PassageRow.excluded.is_(False))
    if source_id is not None:
        query = query.where(Source.id == source_id)
    rows = session.execute(query.order_by(Source.id, PassageRow.position))
    return [(row, source) for row, source in rows]


@dataclass(frozen=True, slots=True)
class PassageText:
    """What a profile needs of one passage: plain values, no ORM objects."""

    id: int
    text: str
    language: str
    kind: str
    source_id: int
    source_name: str
    source_kind: str


def list_passage_texts(session: Session, client_id: int) -> list[PassageText]:
    """The passages that count as hers, as list_passages orders them, with their source's
    id, name and kind: one query of plain columns (loading ORM rows costs three times as
    much for a client with millions of words)."""
    query = (
        select(
            PassageRow.id,
            PassageRow.text,
            PassageRow.language,
            PassageRow.kind,
            Source.id,
            Source.name,
            Source.kind,
        )
        .join(Source, PassageRow.source_id == Source.id)
        .where(Source.client_id == client_id, PassageRow.excluded.is_(False))
        .order_by(Source.id, PassageRow.position)
    )
    return [PassageText(*row) for row in session.execute(query)]


def count_client_totals(session: Session, client_id: int) -> ClientTotals:
    """Number of sources, passages and words stored for a client."""
    n_sources = session.scalar(select(func.count(Source.id)).where(Source.client_id == client_id))
    n_passages, n_words = session.execute(
        select(func.count(PassageRow.id), func.coalesce(func.sum(PassageRow.word_count), 0))
        .join(Source, PassageRow.source_id == Source.id)
        .where(Source.client_id == client_id)
    ).one()
    return ClientTotals(int(n_sources or 0), int(n_passages), int(n_words))


def list_sources(session: Session, client_id: int) -> Sequence[Source]:
    """The client's sources, newest first."""
    return session.scalars(
        select(Source)
        .where(Source.client_id == client_id)
        .order_by(Source.imported_at.desc(), Source.id.desc())
    ).all()


def count_passages_by_language(session: Session, client_id: int) -> list[tuple[int, str, int, int]]:
    """(source id, language, passages, words) for each of the client's sources and the
    languages of its passages."""
    rows = session.execute(
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
    return [(int(s), str(lang), int(n), int(words)) for s, lang, n, words in rows]


def delete_source(session: Session, source_id: int) -> None:
    """Delete a source; the database cascades to its passages (foreign keys are on)."""
    session.execute(delete(Source).where(Source.id == source_id))


def strip_source_prefix(session: Session, client_id: int, prefix: str) -> None:
    """Remove `prefix` (a temporary folder) from the names and containers of the client's
    sources that carry it."""
    rows = session.scalars(
        select(Source).where(
            Source.client_id == client_id,
            Source.name.startswith(prefix) | Source.container.startswith(prefix),
        )
    ).all()
    for row in rows:
        row.name = row.name.removeprefix(prefix)
        row.container = row.container.removeprefix(prefix)


def list_passage_ids(session: Session, client_id: int) -> list[int]:
    """The ids of the client's passages that count as hers (no text: cheap for large
    workspaces); the profile cache key hashes them, so excluding one renews her profile."""
    return list(
        session.scalars(
            select(PassageRow.id)
            .join(Source, PassageRow.source_id == Source.id)
            .where(Source.client_id == client_id, PassageRow.excluded.is_(False))
        )
    )


def find_passage(session: Session, passage_id: int) -> tuple[PassageRow, Source] | None:
    """A passage and its source by id, or None."""
    row = session.execute(
        select(PassageRow, Source)
        .join(Source, PassageRow.source_id == Source.id)
        .where(PassageRow.id == passage_id)
    ).first()
    return (row[0], row[1]) if row is not None else None


def delete_identity(session: Session, client_id: int, kind: str, value: str) -> str | None:
    """Remove one of the client's identities (case-insensitive); its stored value, or None
    when she did not have it."""
    folded = normalize_identity(kind, value).casefold()
    rows = session.scalars(
        select(Identity).where(Identity.client_id == client_id, Identity.kind == kind)
    ).all()
    matches = [row for row in rows if row.value.casefold() == folded]
    for row in matches:
        session.delete(row)
    return matches[0].value if matches else None


def next_source_id(session: Session) -> int:
    """An id no source stored before this call has (for counting what a run stored)."""
    highest = session.scalar(select(func.max(Source.id)))
    return int(highest or 0) + 1


def count_stored_since(session: Session, client_id: int, first_id: int) -> tuple[int, int, int]:
    """Sources, passages and words the client got from id `first_id` on."""
    n_sources = session.scalar(
        select(func.count()).where(Source.client_id == client_id, Source.id >= first_id)
    )
    passages, words = session.execute(
        select(func.count(PassageRow.id), func.coalesce(func.sum(PassageRow.word_count), 0))
        .join(Source, PassageRow.source_id == Source.id)
        .where(Source.client_id == client_id, Source.id >= first_id)
    ).one()
    return int(n_sources or 0), int(passages or 0), int(words or 0)
