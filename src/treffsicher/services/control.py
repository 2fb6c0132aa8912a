"""What counts as her: remove a source or an identity, leave a passage out of her voice
(or take it back in). Shared by the CLI and the web interface.

An excluded passage stays stored and listed (`passages` marks it) but leaves her profile
and the evidence of the understanding log: both read only the passages that count
(storage.repo.list_passages), and the profile cache key hashes their ids, so the next
profile is built without it. Removing a whole client is services.privacy.forget_client.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.errors import NotFoundError
from treffsicher.i18n import t
from treffsicher.services.clients import find_client
from treffsicher.storage import repo
from treffsicher.storage.tables import IDENTITY_EMAIL, IDENTITY_SPEAKER, Client, Source


@dataclass(frozen=True)
class RemovedSource:
    """A source that was removed, with its passages."""

    id: int
    name: str
    client: str


@dataclass(frozen=True)
class RemovedIdentities:
    """Identities removed from a client, and those she did not have."""

    client: str
    removed: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class PassageState:
    """A passage after it was excluded or included."""

    id: int
    client: str
    client_id: int
    source: str
    excluded: bool
    changed: bool  # False when it already was in that state


def remove_source(engine: Engine, source_id: int, lang: str = "en") -> RemovedSource:
    """Remove a source of any client (its passages go with it); NotFoundError if unknown."""
    with Session(engine) as session, session.begin():
        source = session.get(Source, source_id)
        if source is None:
            raise NotFoundError(t("source.id_not_found", lang))
        client = session.get(Client, source.client_id)
        removed = RemovedSource(source.id, source.name, client.name if client else "")
        repo.delete_source(session, source_id)
    return removed


def remove_identities(
    engine: Engine,
    client_name: str,
    emails: Sequence[str],
    speakers: Sequence[str],
    lang: str = "en",
) -> RemovedIdentities:
    """Remove addresses and speaker names from a client; NotFoundError for no client.
    Already imported sources stay (remove them with remove_source)."""
    removed: list[str] = []
    missing: list[str] = []
    with Session(engine) as session, session.begin():
        client = find_client(session, client_name, lang)
        pairs = [(IDENTITY_EMAIL, e) for e in emails] + [(IDENTITY_SPEAKER, s) for s in speakers]
        for kind, value in pairs:
            stored = repo.delete_identity(session, client.id, kind, value)
            if stored is None:
                missing.append(value.strip())
            else:
                removed.append(stored)
        name = client.name
    return RemovedIdentities(name, tuple(removed), tuple(missing))


def set_passage_excluded(
    engine: Engine, passage_id: int, excluded: bool, lang: str = "en", client_id: int | None = None
) -> PassageState:
    """Leave a passage out of her voice (or take it back); NotFoundError when there is no
    such passage (of `client_id`, when given)."""
    with Session(engine) as session, session.begin():
        found = repo.find_passage(session, passage_id)
        if found is None or (client_id is not None and found[1].client_id != client_id):
            raise NotFoundError(t("passage.id_not_found", lang, id=passage_id))
        row, source = found
        changed = row.excluded != excluded
        row.excluded = excluded
        client = session.get(Client, source.client_id)
        return PassageState(
            row.id,
            client.name if client else "",
            source.client_id,
            source.name,
            excluded,
            changed,
        )


def find_passage_source(engine: Engine, passage_id: int, lang: str = "en") -> int:
    """The id of the source a passage belongs to; NotFoundError when there is none."""
    with Session(engine) as session:
        found = repo.find_passage(session, passage_id)
        if found is None:
            raise NotFoundError(t("passage.id_not_found", lang, id=passage_id))
        return found[1].id
