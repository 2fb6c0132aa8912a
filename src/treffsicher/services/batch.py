"""Store many small sources in few transactions (2,000 text files: 8 commits, not 2,000).

Sources are collected and stored every BATCH_SIZE sources and at the end, each batch with
two statements in one transaction; a batch that fails to store (a constraint, a race with
another import) is rolled back and stored again one source per transaction, so one bad
source never loses the others. Duplicates are found in a set of the client's known content
hashes loaded once. Reports reach the caller only once their batch is committed: after a
Ctrl-C the summary names exactly what is stored. Mail keeps its own importer
(services.mailimport: 100 messages per transaction, progress per message).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportedSource, ImportProblem
from treffsicher.core.models import PROFILE_LANGUAGES
from treffsicher.services.import_summary import SourceReport
from treffsicher.services.mailimport import DUPLICATE, Pending, set_synchronous, store_pending
from treffsicher.storage import repo

BATCH_SIZE = 250


@dataclass
class SourceBatch:
    """Stores sources of one client in batches; use as a context manager."""

    engine: Engine
    client_id: int
    kind: str | None
    lang: str
    reports: list[object] = field(default_factory=list)  # SourceReport | ImportProblem
    pending: list[Pending] = field(default_factory=list)
    hashes: set[str] = field(default_factory=set)
    session: Session | None = None

    def __enter__(self) -> SourceBatch:
        self.session = Session(self.engine)
        self.hashes, _ = repo.list_known_keys(self.session, self.client_id)
        set_synchronous(self.session, "NORMAL")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        session = self.open_session()
        try:
            if error is None:
                self.commit()
            else:
                session.rollback()  # an uncommitted batch: nothing of it is stored
            set_synchronous(session, "FULL")
        finally:
            session.close()

    def open_session(self) -> Session:
        """The batch's session (only inside the with block)."""
        if self.session is None:
            raise RuntimeError("SourceBatch used outside its with block")
        return self.session

    def add(self, imported: ImportedSource, word_counts: list[int], source_kind: str) -> None:
        """Add a source (a duplicate is reported at once); store when the batch is full."""
        if imported.content_hash in self.hashes:
            self.reports.append(SourceReport(imported.name, duplicate=True))
            return
        self.hashes.add(imported.content_hash)
        self.pending.append(Pending(imported, word_counts, source_kind))
        if len(self.pending) >= BATCH_SIZE:
            self.commit()

    def commit(self) -> None:
        """Store the open batch in one transaction and hand its reports on.

        The batch's sources go in with two statements (repo.add_sources); if that fails,
        the batch is stored again one source per transaction (mailimport.store_pending).
        """
        session = self.open_session()
        if not self.pending:
            session.commit()  # ends any open transaction before another writer goes on
            return
        store_pending(session, self.client_id, self.pending, self.kind, self.lang, self.report)

    def report(self, item: Pending, outcome: ImportProblem | str) -> None:
        """Hand on the report of a committed source: stored, duplicate or its problem."""
        if isinstance(outcome, ImportProblem):
            self.reports.append(outcome)
        elif outcome == DUPLICATE:
            self.reports.append(SourceReport(item.imported.name, duplicate=True))
        else:
            self.reports.append(describe_stored(item))


def describe_stored(item: Pending) -> object:
    """The report of a stored source."""
    imported = item.imported
    excluded = Counter(p.language for p in imported.passages if p.language not in PROFILE_LANGUAGES)
    return SourceReport(
        imported.name,
        duplicate=False,
        passages=len(imported.passages),
        words=sum(item.word_counts),
        excluded_languages=dict(excluded),
        notes=imported.notes,
    )
