"""Draft checks for the web UI: a thin adapter over services.checking.

"Check and save" stores the check in her history; the re-check while typing is the same
check with store=False. The page renders from the report dict (schema_version 1), so a
fresh and a stored check look the same. The profile page keeps each client's profile in
memory (ProfileCache) until her passages change.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.services import checking
from treffsicher.services.profiling import ClientProfile, load_cached_profile, load_passages
from treffsicher.storage.tables import CheckRow, Client, PassageRow, Source
from treffsicher.web.i18n import ui_text

PROFILE_CACHE_SIZE = 16  # clients whose profile stays in memory


@dataclass(frozen=True)
class CheckReport:
    """A check's report (CheckResult.to_dict), the text it was run on, its stored id."""

    report: dict[str, Any]
    draft_text: str
    draft_name: str
    check_id: int | None


@dataclass(frozen=True)
class ClientEntry:
    """A client's profile as kept in memory, with the key it was built for."""

    key: tuple[int, int, int]
    client_profile: ClientProfile


class ProfileCache:
    """Profiles per client, rebuilt when her passages change (count, max and sum of the
    passage ids: any import or removal changes one of them)."""

    def __init__(self, size: int = PROFILE_CACHE_SIZE) -> None:
        self.size = size
        self.entries: OrderedDict[int, ClientEntry] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, engine: Engine, client_id: int, lang: str) -> ClientEntry:
        """Her entry, from memory when her passages and name are unchanged."""
        with Session(engine) as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFoundError(ui_text("error.client_not_found", lang))
            name = client.name
            n, top, total = session.execute(
                select(
                    func.count(PassageRow.id),
                    func.coalesce(func.max(PassageRow.id), 0),
                    func.coalesce(func.sum(PassageRow.id), 0),
                )
                .join(Source, PassageRow.source_id == Source.id)
                .where(Source.client_id == client_id)
            ).one()
        key = (int(n), int(top), int(total))
        with self.lock:
            cached = self.entries.get(client_id)
            if cached is not None and cached.key == key and cached.client_profile.client == name:
                self.entries.move_to_end(client_id)
                return cached
        with Session(engine) as session:
            passages, by_kind = load_passages(session, client_id)
        profile = load_cached_profile(engine, client_id, passages)
        entry = ClientEntry(key, ClientProfile(name, profile, by_kind))
        with self.lock:
            self.entries[client_id] = entry
            self.entries.move_to_end(client_id)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return entry


def run_check(
    engine: Engine,
    client_name: str,
    draft_text: str,
    draft_name: str,
    register: str | None,
    lang: str,
    store: bool,
) -> CheckReport:
    """Check the draft through the service; stored in her history when `store`."""
    draft = checking.Draft(draft_name, draft_text, None)
    outcome = checking.check_client_draft(engine, client_name, draft, register, lang, store=store)
    report = outcome.result.to_dict() if outcome.check_id is None else outcome.to_dict()
    return CheckReport(report, outcome.draft_text, outcome.draft_name, outcome.check_id)


def list_history(engine: Engine, client_name: str, lang: str) -> checking.CheckHistory:
    """Her stored checks, newest first, with the trend of the latest draft."""
    return checking.list_client_checks(engine, client_name, lang)


def load_check(engine: Engine, client_id: int, check_id: int, lang: str) -> CheckReport:
    """A stored check of this client; NotFoundError otherwise."""
    with Session(engine) as session:
        row = session.get(CheckRow, check_id)
        if row is None or row.client_id != client_id:
            raise NotFoundError(ui_text("error.check_not_found", lang))
        try:
            report = json.loads(row.report) if row.report else {}
        except ValueError as exc:
            raise InputError(ui_text("error.check_not_found", lang)) from exc
        report.setdefault("created_at", row.created_at.isoformat())
        return CheckReport(report, row.draft_text, row.draft_name, row.id)


def latest_check(engine: Engine, client_id: int, lang: str) -> CheckReport | None:
    """Her newest stored check, or None."""
    with Session(engine) as session:
        newest = session.scalars(
            select(CheckRow.id)
            .where(CheckRow.client_id == client_id)
            .order_by(CheckRow.created_at.desc(), CheckRow.id.desc())
            .limit(1)
        ).first()
    return load_check(engine, client_id, newest, lang) if newest is not None else None


def parse_time(value: object) -> datetime | None:
    """A report's ISO time stamp as a datetime, or None."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
