"""Import a mail file (mbox, Maildir, .eml, .msg) for a client: her messages stored
MAIL_BATCH_SIZE at a time, duplicates skipped by Message-ID and content hash, progress
reported.

A batch of her messages goes in with two statements in one transaction, so a SIGKILL
mid-import leaves only whole messages (a source never lacks its passages), and running the
import again skips what is stored and completes the rest. Ctrl-C stores the messages read
before it, then stops. A batch that fails to store (a race with another import) is stored
again one message per transaction. Known hashes and Message-IDs are loaded once per file,
so a 50,000-message archive checks duplicates with set look-ups, not a query per message.

While the file is imported, the SQLite connection runs with synchronous=NORMAL: in WAL
mode a commit then survives a killed process (it is in the WAL file) and the database
stays consistent even after a power loss, which at worst loses the last commits — the
re-run completes them. With FULL, every message waited for its own fsync.

Mail inside a .zip ("a .zip of any of these: each member as its own source"):
import_zip_mail streams each mail member into a private temporary folder and imports it
like a file; its sources and problems are renamed from the temporary path to
"archive.zip/member" (MemberOrigin), with container = the zip and container_index = the
member's number (an mbox member: container "archive.zip/member", index = message number).
"""

from __future__ import annotations

import logging
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportedSource, ImportProblem
from treffsicher.core.models import KIND_EMAIL, PROFILE_LANGUAGES
from treffsicher.errors import UnreadableSourceError
from treffsicher.i18n import t
from treffsicher.importers import archive
from treffsicher.importers.identities import MailIdentities
from treffsicher.services.source_limits import measure_source
from treffsicher.storage import repo

if TYPE_CHECKING:
    # The mail reader (email parsing, quote and signature patterns) is loaded when a mail
    # file is read, not for every import.
    from treffsicher.importers.mail import MailItem

LOGGER = logging.getLogger(__name__)
STORED = "stored"
DUPLICATE = "duplicate"
# Messages per transaction: one commit per message cost about a third of a mail import
# (docs/decisions/0015-speed-of-import-and-profile.md).
MAIL_BATCH_SIZE = 100


@dataclass(frozen=True)
class ImportProgress:
    """Where a running import of one file is: for a progress bar."""

    path: str
    messages: int  # messages seen so far in this file
    bytes_done: int
    bytes_total: int


ProgressCallback = Callable[[ImportProgress], None]


class MailImportStopped(KeyboardInterrupt):
    """Ctrl-C during a mail import: the reports of the files done so far (the last one
    partial). Every stored message is whole; the one being stored was rolled back."""

    def __init__(self, reports: list[MailFileReport]) -> None:
        super().__init__()
        self.reports = reports


@dataclass
class MailFileReport:
    """What happened to the messages of one mail file."""

    name: str
    scan_target: str = ""  # the file to name in `treffsicher scan …` (the zip for a member)
    seen: int = 0
    from_client: int = 0
    stored: int = 0
    passages: int = 0
    words: int = 0
    duplicates: int = 0
    empty: int = 0  # hers, but nothing of her own left (a bare forward, only a quote)
    unreadable: int = 0  # could not be read at all (a problem names each), sender unknown
    excluded_languages: Counter[str] = field(default_factory=Counter)
    # Senders whose display name is hers but whose address is not one of her identities.
    name_hints: Counter[tuple[str, str]] = field(default_factory=Counter)


@dataclass(frozen=True)
class MemberOrigin:
    """The zip member a temporary mail file was extracted from, for naming what it gives."""

    temp: str  # the temporary file's path, as the mail importer names things
    archive: str  # the zip as the user named it
    member: str  # the member's name inside the zip
    number: int  # its 1-based number in the zip directory

    @property
    def label(self) -> str:
        """Return the member's readable name, "archive.zip/member"."""
        return f"{self.archive}/{self.member}"

    def rename(self, where: str) -> str:
        """Return a name or problem path with the temporary path replaced by the label."""
        return self.label + where.removeprefix(self.temp) if where.startswith(self.temp) else where

    def relabel(self, source: ImportedSource) -> ImportedSource:
        """Return the source named after the member; a single message's container is the
        zip (index: member number), an mbox message's the member (index: message number)."""
        if source.container:
            return replace(source, name=self.rename(source.name), container=self.label)
        return replace(source, name=self.label, container=self.archive, container_index=self.number)


def import_zip_mail(
    engine: Engine,
    client_id: int,
    identities: MailIdentities,
    path: Path,
    kind: str | None,
    lang: str,
    progress: ProgressCallback | None = None,
) -> tuple[list[MailFileReport], list[ImportProblem]]:
    """Import her messages from the mail members of a zip (archive.is_mail_member); one
    report per member, and problems. The other members are the dispatcher's.

    Raises RejectedSourceError when the zip itself is unusable (open_zip's checks: corrupt,
    too large unpacked, too many members, encrypted); OSError when it cannot be read.
    """
    name = str(path)
    reports: list[MailFileReport] = []
    problems: list[ImportProblem] = []
    limit = archive.MAX_ARCHIVE_BYTES
    # A private folder (mode 0700), removed with everything in it even after an error.
    with (
        archive.open_zip(path, name, lang, max_unpacked=limit) as package,
        tempfile.TemporaryDirectory(prefix="treffsicher-zip-") as folder,
    ):
        for item in archive.iter_mail_members(package, Path(folder), lang):
            origin = MemberOrigin("", name, item.member, item.number)
            if item.path is None:
                problems.append(ImportProblem(origin.label, item.reason))
                continue
            origin = replace(origin, temp=str(item.path))
            try:
                report, found = import_mail_file(
                    engine, client_id, identities, item.path, kind, lang, progress, origin
                )
            except MailImportStopped as stop:
                raise MailImportStopped(reports + stop.reports) from None
            reports.append(report)
            problems += found
    return reports, problems


def import_mail_file(
    engine: Engine,
    client_id: int,
    identities: MailIdentities,
    path: Path,
    kind: str | None,
    lang: str,
    progress: ProgressCallback | None = None,
    origin: MemberOrigin | None = None,
) -> tuple[MailFileReport, list[ImportProblem]]:
    """Import her messages from one mail file; (report, problems). Never raises for input.

    `origin`: the file is a zip member extracted to `path`; reports, sources and problems
    are named after the member instead of the temporary path.
    """
    from treffsicher.importers.mail import iter_mail

    label = origin.label if origin is not None else str(path)
    with Session(engine) as session:
        report = MailFileReport(label, scan_target=origin.archive if origin else str(path))
        run = MailFileImport(session, client_id, kind, lang, report, origin=origin)
        run.hashes, run.message_ids = repo.list_known_keys(session, client_id)
        first_new_id = repo.next_source_id(session)
        set_synchronous(session, "NORMAL")
        try:
            read_messages(run, iter_mail(path, identities, lang), label, path, progress)
            run.flush()  # the last batch (also after a file that broke off: what was read)
        except KeyboardInterrupt:
            session.rollback()  # the batch being stored, if any: nothing half-written
            try:
                run.flush()  # the messages read before Ctrl-C
            except KeyboardInterrupt:
                session.rollback()  # a second Ctrl-C: they are not stored
            # Ctrl-C can land between a batch's commit and its count: what the report
            # says was stored is read back from the workspace, not from the counters.
            stored, passages, words = repo.count_stored_since(session, client_id, first_new_id)
            run.report.stored, run.report.passages, run.report.words = stored, passages, words
            set_synchronous(session, "FULL")
            raise MailImportStopped([run.report]) from None
        set_synchronous(session, "FULL")
    if origin is not None:
        run.problems = [replace(p, path=origin.rename(p.path)) for p in run.problems]
    return run.report, run.problems


def read_messages(
    run: MailFileImport,
    items: Iterator[MailItem],
    label: str,
    path: Path,
    progress: ProgressCallback | None,
) -> None:
    """Hand every message to `run`, reporting progress; a file that cannot be read, or
    breaks off, becomes a problem of the run (the messages read before it still count)."""
    lang = run.lang
    try:
        for item in items:
            run.handle(item)
            if progress is not None:
                progress(ImportProgress(label, run.report.seen, item.bytes_done, item.bytes_total))
    except UnreadableSourceError as exc:
        run.problems.append(ImportProblem(exc.path or str(path), exc.reason))
    except OSError as exc:
        reason = t("import.not_readable", lang, error=exc.strerror or exc)
        run.problems.append(ImportProblem(str(path), reason))


def set_synchronous(session: Session, level: str) -> None:
    """Set SQLite's synchronous level on the session's connection (see the module docstring;
    FULL is SQLite's default, restored after the import)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA synchronous={level}"))
        session.commit()


@dataclass
class MailFileImport:
    """The state of importing one mail file: counts, problems, keys already stored."""

    session: Session
    client_id: int
    kind: str | None
    lang: str
    report: MailFileReport
    problems: list[ImportProblem] = field(default_factory=list)
    hashes: set[str] = field(default_factory=set)
    message_ids: set[str] = field(default_factory=set)
    origin: MemberOrigin | None = None  # a zip member: sources named after it
    pending: list[Pending] = field(default_factory=list)  # hers, read, not yet stored

    def handle(self, item: MailItem) -> None:
        """Count, queue for storing or report one message."""
        report = self.report
        report.seen += 1
        if item.name_hint:
            report.name_hints[(item.sender, item.sender_name)] += 1
        if item.problem is not None:
            self.problems.append(item.problem)
        if not item.from_client:
            report.unreadable += item.problem is not None and item.source is None
            return
        report.from_client += 1
        source = item.source
        if source is None:
            report.empty += item.problem is None
            return
        if self.is_known(source):
            report.duplicates += 1
            return
        if self.origin is not None:
            source = self.origin.relabel(source)
        self.store(source)

    def is_known(self, source: ImportedSource) -> bool:
        """True when the content hash or the Message-ID is already stored for her."""
        return source.content_hash in self.hashes or source.message_id in self.message_ids

    def store(self, source: ImportedSource) -> None:
        """Queue a new message for storing (or report it as too large); store the queue
        once it holds MAIL_BATCH_SIZE messages."""
        word_counts, too_large = measure_source(source, self.lang)
        if too_large:
            self.problems.append(ImportProblem(source.name, too_large))
            return
        self.hashes.add(source.content_hash)
        if source.message_id:
            self.message_ids.add(source.message_id)
        self.pending.append(Pending(source, word_counts, self.kind or KIND_EMAIL))
        if len(self.pending) >= MAIL_BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        """Store the queued messages (store_pending) and count them."""
        store_pending(self.session, self.client_id, self.pending, self.kind, self.lang, self.count)

    def count(self, item: Pending, outcome: ImportProblem | str) -> None:
        """Count a stored message, a duplicate or a problem in the report."""
        source, word_counts = item.imported, item.word_counts
        report = self.report
        if isinstance(outcome, ImportProblem):
            self.problems.append(outcome)
        elif outcome == DUPLICATE:
            report.duplicates += 1
        else:
            report.stored += 1
            report.passages += len(source.passages)
            report.words += sum(word_counts)
            report.excluded_languages.update(
                p.language for p in source.passages if p.language not in PROFILE_LANGUAGES
            )


@dataclass
class Pending:
    """A source read but not yet stored: what was read, its word counts, its kind."""

    imported: ImportedSource
    word_counts: list[int]
    source_kind: str


def store_pending(
    session: Session,
    client_id: int,
    pending: list[Pending],
    passage_kind: str | None,
    lang: str,
    done: Callable[[Pending, ImportProblem | str], None],
) -> None:
    """Store the pending sources in one transaction (repo.add_sources: two statements) and
    empty `pending`; if that fails (a constraint, a race with another import), roll back and
    store them again one source per transaction. `done(item, outcome)` follows each commit:
    STORED, DUPLICATE or a problem of that source only."""
    if not pending:
        return
    new = [repo.NewSource(p.imported, p.source_kind, p.word_counts) for p in pending]
    try:
        repo.add_sources(session, client_id, new, passage_kind)
        session.commit()
    except SQLAlchemyError:
        session.rollback()
        items = list(pending)
        pending.clear()
        for item in items:
            outcome = store_new_source(
                session,
                client_id,
                item.imported,
                passage_kind,
                item.word_counts,
                lang,
                source_kind=item.source_kind,
            )
            done(item, outcome)
        return
    items = list(pending)
    pending.clear()
    for item in items:
        done(item, STORED)


def store_new_source(
    session: Session,
    client_id: int,
    source: ImportedSource,
    kind: str | None,
    word_counts: list[int],
    lang: str,
    source_kind: str | None = None,
) -> ImportProblem | str:
    """Store one source (a message, or a file for services.importing) and commit; STORED,
    DUPLICATE (another import stored the same bytes or Message-ID meanwhile) or a problem
    of this source only. `source_kind` defaults to `kind`, else email."""
    try:
        stored_kind = source_kind or kind or KIND_EMAIL
        repo.add_source(session, client_id, source, stored_kind, word_counts, kind)
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        # Another import stored the same message meanwhile (UNIQUE hash or Message-ID).
        if repo.find_source_by_hash(session, client_id, source.content_hash) or (
            repo.find_source_by_message_id(session, client_id, source.message_id)
        ):
            return DUPLICATE
        LOGGER.warning("storing %s failed: %s", source.name, exc)
        return ImportProblem(source.name, t("import.storage_failed", lang, error=exc.orig))
    except SQLAlchemyError as exc:
        session.rollback()
        LOGGER.warning("storing %s failed: %s", source.name, exc)
        return ImportProblem(source.name, t("import.storage_failed", lang, error=exc))
    return STORED
