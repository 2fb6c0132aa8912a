"""Client use cases: add, list, show, rename, find by name with a "did you mean", add
identities, and the latest fit score of each."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import t
from treffsicher.services.accounts import visible_to
from treffsicher.storage import checks_repo, repo
from treffsicher.storage.tables import IDENTITY_EMAIL as IDENTITY_EMAIL
from treffsicher.storage.tables import IDENTITY_SPEAKER as IDENTITY_SPEAKER
from treffsicher.storage.tables import Client

# Deliberately loose: one @ with something on both sides and a dot in the domain. Real
# validation is the mail server's job; this catches swapped --email/--speaker values.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SUGGESTION_CUTOFF = 0.6  # difflib's default ratio; "Ulrke Berger" ↔ "Ulrike Berger" is 0.96
IDENTITY_KINDS = (IDENTITY_EMAIL, IDENTITY_SPEAKER)  # what an identity can be


@dataclass(frozen=True)
class ClientInfo:
    """A client as services report it: identities and how much text she has."""

    id: int
    name: str
    created_at: datetime
    emails: tuple[str, ...]
    speakers: tuple[str, ...]
    n_sources: int
    n_passages: int
    n_words: int


MAX_NAME_CHARS = 200  # client and speaker names (the column's length)
MAX_EMAIL_CHARS = 320  # the longest address RFC 5321 allows


def add_client(
    engine: Engine,
    name: str,
    emails: Sequence[str] = (),
    speakers: Sequence[str] = (),
    lang: str = "en",
    owner_id: int | None = None,
) -> ClientInfo:
    """Add a client with her email addresses and speaker names; InputError if the name is
    taken or empty. With `owner_id` she is private to that user, else shared."""
    name = clean_client_name(name, lang)
    check_emails(emails, lang)
    check_speakers(speakers, lang)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        # Names that differ only in case would make find_client ambiguous: refuse them.
        taken = [n for n in repo.list_client_names(session) if n.casefold() == name.casefold()]
        if taken:
            raise InputError(t("client.exists", lang, name=taken[0]))
        client = repo.add_client(session, name)
        client.owner_id = owner_id
        add_identities(session, client.id, emails, speakers)
        return describe_client(session, client)


def list_clients(engine: Engine, viewer_id: int | None = None) -> list[ClientInfo]:
    """All clients with their identities and totals, ordered by name; with `viewer_id`,
    only those shared with the team or private to that user."""
    with Session(engine) as session:
        clients = repo.list_clients(session)
        if viewer_id is not None:
            allowed = set(session.scalars(select(Client.id).where(visible_to(viewer_id))))
            clients = [c for c in clients if c.id in allowed]
        return [describe_client(session, c) for c in clients]


def show_client(engine: Engine, name: str, lang: str = "en") -> ClientInfo:
    """One client by name; NotFoundError with a suggestion when there is none."""
    with Session(engine) as session:
        return describe_client(session, find_client(session, name, lang))


def get_client(engine: Engine, client_id: int, lang: str = "en") -> ClientInfo:
    """The client with this id (as the web knows her); NotFoundError when there is none."""
    with Session(engine) as session:
        return describe_client(session, find_client_by_id(session, client_id, lang))


def rename_client(engine: Engine, client_id: int, name: str, lang: str = "en") -> ClientInfo:
    """Give the client a new name; InputError when empty or taken by another client."""
    name = clean_client_name(name, lang)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        client = find_client_by_id(session, client_id, lang)
        # Same rule as add_client: names differing only in case clash.
        for other in repo.list_clients(session):
            if other.id != client_id and other.name.casefold() == name.casefold():
                raise InputError(t("client.rename_taken", lang, name=other.name))
        client.name = name
        session.flush()
        return describe_client(session, client)


def list_latest_scores(engine: Engine) -> dict[int, float | None]:
    """Per client id, the fit score of her newest check (clients without checks absent)."""
    with Session(engine) as session:
        return checks_repo.list_latest_scores(session)


def find_client_by_id(session: Session, client_id: int, lang: str = "en") -> Client:
    """The client row with this id; NotFoundError when there is none."""
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(t("client.id_not_found", lang))
    return client


def add_client_identities(
    engine: Engine,
    name: str,
    emails: Sequence[str] = (),
    speakers: Sequence[str] = (),
    lang: str = "en",
) -> tuple[ClientInfo, list[str], list[str]]:
    """Add identities to an existing client; returns her, the new values and the values
    she already had (all as stored: emails lower-cased)."""
    if not emails and not speakers:
        raise InputError(t("client.identity_missing", lang))
    check_emails(emails, lang)
    check_speakers(speakers, lang)
    with Session(engine) as session, session.begin():
        client = find_client(session, name, lang)
        added = add_identities(session, client.id, emails, speakers)
        given = [repo.normalize_identity(IDENTITY_EMAIL, v) for v in emails] + [
            repo.normalize_identity(IDENTITY_SPEAKER, v) for v in speakers
        ]
        existing = [v for v in dict.fromkeys(given) if v and v not in added]
        return describe_client(session, client), added, existing


def find_client(session: Session, name: str, lang: str = "en") -> Client:
    """The client called `name` (case does not matter when only one name fits);
    NotFoundError naming the closest existing name if any."""
    client = repo.get_client_by_name(session, name)
    if client is not None:
        return client
    names = repo.list_client_names(session)
    same = [n for n in names if n.casefold() == name.strip().casefold()]
    if len(same) == 1:
        found = repo.get_client_by_name(session, same[0])
        if found is not None:
            return found
    suggestion = suggest_name(name, names)
    if suggestion is None:
        raise NotFoundError(t("client.not_found", lang, name=name))
    raise NotFoundError(t("client.not_found_suggest", lang, name=name, suggestion=suggestion))


def suggest_name(name: str, names: Sequence[str]) -> str | None:
    """The existing name closest to `name` (case-insensitive, difflib), or None."""
    by_folded = {n.casefold(): n for n in names}
    matches = difflib.get_close_matches(
        name.strip().casefold(), list(by_folded), n=1, cutoff=SUGGESTION_CUTOFF
    )
    return by_folded[matches[0]] if matches else None


def clean_client_name(name: str, lang: str) -> str:
    """The name without surrounding space; InputError when empty or longer than the
    workspace stores (the form's maxlength is no protection: anyone can post)."""
    name = name.strip()
    if not name:
        raise InputError(t("client.name_empty", lang))
    if len(name) > MAX_NAME_CHARS:
        raise InputError(t("client.name_too_long", lang, limit=MAX_NAME_CHARS))
    return name


def check_emails(emails: Sequence[str], lang: str) -> None:
    """Raise InputError for the first value that does not look like an email address."""
    for email in emails:
        if len(email.strip()) > MAX_EMAIL_CHARS or not EMAIL_PATTERN.match(email.strip()):
            raise InputError(t("client.email_invalid", lang, value=email[:MAX_EMAIL_CHARS]))


def check_speakers(speakers: Sequence[str], lang: str) -> None:
    """Raise InputError for a speaker name longer than the workspace stores."""
    for speaker in speakers:
        if len(speaker.strip()) > MAX_NAME_CHARS:
            raise InputError(t("client.speaker_too_long", lang, limit=MAX_NAME_CHARS))


def add_identities(
    session: Session, client_id: int, emails: Sequence[str], speakers: Sequence[str]
) -> list[str]:
    """Add emails and speaker names the client does not have yet; returns the new ones."""
    added = []
    for kind, values in ((IDENTITY_EMAIL, emails), (IDENTITY_SPEAKER, speakers)):
        for value in values:
            if value.strip() and repo.add_identity(session, client_id, kind, value):
                added.append(repo.normalize_identity(kind, value))
    return added


def describe_client(session: Session, client: Client) -> ClientInfo:
    """A ClientInfo for a client row (identities and totals read from the session)."""
    identities = repo.list_identities(session, client.id)
    totals = repo.count_client_totals(session, client.id)
    return ClientInfo(
        id=client.id,
        name=client.name,
        created_at=client.created_at,
        emails=tuple(v for k, v in identities if k == IDENTITY_EMAIL),
        speakers=tuple(v for k, v in identities if k == IDENTITY_SPEAKER),
        n_sources=totals.n_sources,
        n_passages=totals.n_passages,
        n_words=totals.n_words,
    )
