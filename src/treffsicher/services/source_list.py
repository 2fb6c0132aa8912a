"""The client's sources as the web interface lists them (passage and word counts, notes),
and removing one of them with its passages."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.models import PROFILE_LANGUAGES
from treffsicher.errors import NotFoundError
from treffsicher.i18n import describe_note, t
from treffsicher.storage import repo
from treffsicher.storage.tables import Source


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
    subject: str = ""  # a mail's subject
    occurred_at: datetime | None = None  # when a mail was sent


def list_sources(engine: Engine, client_id: int, lang: str = "de") -> list[SourceLine]:
    """The client's sources, newest first, with passage and word counts and their notes
    in `lang` (stored as codes)."""
    with Session(engine) as session:
        passages: Counter[int] = Counter()
        words: Counter[int] = Counter()
        other: Counter[int] = Counter()
        for source_id, language, n, n_words in repo.count_passages_by_language(session, client_id):
            passages[source_id] += n
            words[source_id] += n_words
            if language not in PROFILE_LANGUAGES:
                other[source_id] += n
        return [
            SourceLine(
                id=s.id,
                name=s.name,
                kind=s.kind,
                imported_at=s.imported_at,
                n_passages=passages[s.id],
                n_words=words[s.id],
                other_languages=other[s.id],
                notes=tuple(describe_note(n, lang) for n in s.notes.splitlines() if n.strip()),
                subject=s.subject or "",
                occurred_at=s.occurred_at,
            )
            for s in repo.list_sources(session, client_id)
        ]


def delete_source(engine: Engine, client_id: int, source_id: int, lang: str = "en") -> str:
    """Remove one of the client's sources (its passages go with it); returns its name."""
    with Session(engine) as session, session.begin():
        source = session.get(Source, source_id)
        if source is None or source.client_id != client_id:
            raise NotFoundError(t("source.id_not_found", lang))
        name = source.name
        repo.delete_source(session, source_id)
    return name
