"""Import files (or stdin) as a client's sources: one transaction per source, problems
collected, duplicates skipped; mail files one message at a time, also inside a
.zip or a folder (services.mailimport)."""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from stat import S_ISDIR
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportedSource, ImportProblem, ImportResult
from treffsicher.core.models import (
    KIND_DOCUMENT,
    KIND_EMAIL,
    KIND_SPEECH,
    KIND_TEXT,
    KIND_WEB,
    PROFILE_LANGUAGES,
)
from treffsicher.errors import InputError
from treffsicher.i18n import t
from treffsicher.importers.formats import is_archive_name
from treffsicher.importers.identities import MailIdentities
from treffsicher.services.clients import find_client
from treffsicher.services.import_summary import ImportInterrupted, ImportSummary, SourceReport
from treffsicher.services.mailimport import (
    DUPLICATE,
    MailFileReport,
    MailImportStopped,
    ProgressCallback,
    import_mail_file,
    import_zip_mail,
    store_new_source,
)
from treffsicher.services.source_limits import measure_source
from treffsicher.storage import repo

if TYPE_CHECKING:
    from treffsicher.importers.dispatch import FolderListing
    from treffsicher.services.batch import SourceBatch
from treffsicher.storage.tables import IDENTITY_EMAIL, IDENTITY_SPEAKER

LOGGER = logging.getLogger(__name__)

SOURCE_KINDS = (KIND_EMAIL, KIND_SPEECH, KIND_WEB, KIND_DOCUMENT, KIND_TEXT)
STDIN_PATH = "-"
STDIN_NAME = "stdin"


@dataclass(frozen=True)
class Identities:
    """Who she is, as the readers need it: her mail identities and speaker names."""

    mail: MailIdentities
    speakers: list[str]


def import_sources(
    engine: Engine,
    client_name: str,
    paths: Sequence[str],
    kind: str | None = None,
    lang: str = "en",
    stdin: BinaryIO | None = None,
    progress: ProgressCallback | None = None,
) -> ImportSummary:
    """Import `paths` ("-" is stdin) for the client; NotFoundError if she does not exist.

    Each source is stored in its own transaction, so a failing file leaves nothing behind
    and does not stop the others; problems are collected, never raised. Mail
    files (.eml, .mbox, .msg, Maildir folders) give one source per message from one of
    her addresses; `progress` is called after each message.

    Ctrl-C raises ImportInterrupted with what was stored so far: every stored source is
    whole (the one being stored is rolled back), and running the same import again
    skips those as duplicates and continues.
    """

    if kind is not None and kind not in SOURCE_KINDS:
        raise InputError(t("import.kind_invalid", lang, kind=kind, allowed=", ".join(SOURCE_KINDS)))
    with Session(engine) as session:
        client = find_client(session, client_name, lang)
        client_id, name = client.id, client.name
    summary = ImportSummary(client=name)
    try:
        import_paths(engine, client_id, paths, kind, lang, stdin, progress, summary)
    except KeyboardInterrupt as stop:
        if isinstance(stop, MailImportStopped):
            summary.mail_files += stop.reports
        raise ImportInterrupted(summary) from None
    keep_writer_share(engine, client_id, paths, kind, lang)
    return summary


def import_paths(
    engine: Engine,
    client_id: int,
    paths: Sequence[str],
    kind: str | None,
    lang: str,
    stdin: BinaryIO | None,
    progress: ProgressCallback | None,
    summary: ImportSummary,
) -> None:
    """Import each path into `summary` (import_sources without the writer's share)."""
    from treffsicher.services.batch import SourceBatch

    with Session(engine) as session:
        stored = repo.list_identities(session, client_id)
    speakers = [v for k, v in stored if k == IDENTITY_SPEAKER]
    mail_identities = MailIdentities.of(
        [v for k, v in stored if k == IDENTITY_EMAIL],
        [summary.client, *speakers],
    )
    identities = Identities(mail_identities, speakers)
    listings: dict[str, FolderListing] = {}
    with SourceBatch(engine, client_id, kind, lang) as batch:
        try:
            for path in expand_mail_folders(paths, lang, listings):
                import_path(
                    engine,
                    client_id,
                    path,
                    batch,
                    identities,
                    summary,
                    stdin,
                    progress,
                    listings.pop(path, None),
                )
                drain_batch(batch, summary)
            batch.commit()
        finally:
            drain_batch(batch, summary)  # committed reports only; the rest is rolled back


def import_path(
    engine: Engine,
    client_id: int,
    path: str,
    batch: SourceBatch,
    identities: Identities,
    summary: ImportSummary,
    stdin: BinaryIO | None,
    progress: ProgressCallback | None,
    listing: FolderListing | None = None,
) -> None:
    """Import one path: mail through services.mailimport (the open batch is committed
    first, SQLite has one writer), every other file's sources into the batch. `listing`:
    the folder's files as expand_mail_folders found them (listed once, not twice)."""
    from treffsicher.importers.mbox import is_mail_path

    kind, lang = batch.kind, batch.lang
    file = Path(path)
    status = None
    if path != STDIN_PATH:
        status = stat_path(file)
        if status is None:
            # One message for every missing file, whatever its format.
            summary.problems.append(ImportProblem(path, t("import.file_not_found", lang)))
            return
    if status is not None and is_mail_path(file, is_dir=S_ISDIR(status.st_mode)):
        batch.commit()
        report, problems = import_mail_file(
            engine, client_id, identities.mail, file, kind, lang, progress
        )
        summary.mail_files.append(report)
        summary.problems.extend(problems)
        return
    if is_zip_file(path):
        batch.commit()
        mail = partial(import_zip_mail, engine, client_id, identities.mail)
        result = import_zip(file, kind, lang, identities.speakers, summary, mail, progress)
    else:
        # Every other format through importers.dispatch (a folder gives one
        # source per file, and a problem per failing file).
        result = dispatch_path(path, kind, lang, stdin, identities.speakers, file, listing, status)
    summary.problems.extend(result.problems)
    for imported in result.sources:
        if check_passages_or_none(imported, summary, lang) is None:
            continue
        word_counts, too_large = measure_source(imported, lang)
        if too_large:
            summary.problems.append(ImportProblem(imported.name, too_large))
            continue
        source_kind = kind or guess_source_kind(p.kind for p in imported.passages)
        batch.add(imported, word_counts, source_kind)


def stat_path(file: Path) -> os.stat_result | None:
    """The path's stat (links followed, as Path.exists and Path.is_dir do), or None where
    Path.exists says it is missing; what Path.exists raises is raised. One stat stands
    for the checks the import made one by one (exists, is it a folder, its size)."""
    try:
        return file.stat()
    except (OSError, ValueError):
        if file.exists():  # there again: ask once more
            return file.stat()
        return None


def drain_batch(batch: SourceBatch, summary: ImportSummary) -> None:
    """Move the batch's committed reports and problems into the summary."""
    for outcome in batch.reports:
        if isinstance(outcome, ImportProblem):
            summary.problems.append(outcome)
        elif isinstance(outcome, SourceReport):
            summary.reports.append(outcome)
    batch.reports.clear()


def keep_writer_share(
    engine: Engine, client_id: int, paths: Sequence[str], kind: str | None, lang: str
) -> None:
    """The writer's own messages and turns in the same files become her passages
    (services.writer); what went wrong was already reported for the client."""
    from treffsicher.services.writer import keep_writer_share as keep

    keep(engine, client_id, paths, kind, lang)


ZipMailImport = Callable[
    [Path, str | None, str, ProgressCallback | None],
    tuple[list[MailFileReport], list[ImportProblem]],
]


def import_zip(
    path: Path,
    kind: str | None,
    lang: str,
    speakers: Sequence[str],
    summary: ImportSummary,
    import_mail: ZipMailImport,
    progress: ProgressCallback | None,
) -> ImportResult:
    """Import a zip's mail members as mail (reports added to `summary`) and return the
    dispatcher's sources and problems of the other members, each member its own source.
    A zip that cannot be opened, or holds nothing to import, gives one problem, named once."""
    from treffsicher.importers import archive, dispatch

    try:
        mail_files, problems = import_mail(path, kind, lang, progress)
    except InputError as error:
        return ImportResult(problems=[dispatch.describe_problem(error, str(path))])
    except OSError as exc:
        reason = t("import.not_readable", lang, error=exc.strerror or exc)
        return ImportResult(problems=[ImportProblem(str(path), reason)])
    summary.mail_files += mail_files
    summary.problems += problems
    try:
        result = dispatch.import_file(
            path, kind=kind, lang=lang, speakers=speakers, skip_member=archive.is_mail_member
        )
    except OSError as exc:
        reason = t("import.not_readable", lang, error=exc.strerror or exc)
        return ImportResult(problems=[ImportProblem(str(path), reason)])
    if mail_files or problems:
        return result
    return dispatch.name_empty(result, str(path), lang)  # nothing in it: say so


def is_zip_file(path: str) -> bool:
    """Return True for a regular file named .zip (not stdin, not a missing path: the
    dispatcher names those)."""
    return path != STDIN_PATH and is_archive_name(path) and Path(path).is_file()


def holds_mail(path: Path) -> bool:
    """Return True for a .zip with a mail member (an unusable zip: False, the import
    names its problem)."""
    from treffsicher.importers import archive

    return archive.holds_mail(path, str(path))


def expand_mail_folders(
    paths: Sequence[str], lang: str, listings: dict[str, FolderListing] | None = None
) -> list[str]:
    """Return the paths with each folder that holds mail (.eml files, Maildirs, a zip with
    mail) replaced by its files and Maildirs, so that those go to the mail import (a zip:
    to import_zip) and the rest to the dispatcher one by one (a folder of
    exported mails). Other folders stay whole; their listing goes into `listings`."""
    from treffsicher.importers.dispatch import list_folder
    from treffsicher.importers.mbox import is_mail_path, is_maildir

    expanded: list[str] = []
    for path in paths:
        folder = Path(path)
        if path == STDIN_PATH or not folder.is_dir() or is_maildir(folder):
            expanded.append(path)
            continue
        files, problems = list_folder(folder, lang)
        maildirs = [p.path for p in problems if is_maildir(Path(p.path))]
        has_mail = any(is_mail_path(f) or (is_zip_file(str(f)) and holds_mail(f)) for f in files)
        if not maildirs and not has_mail:
            expanded.append(path)
            if listings is not None:
                listings[path] = (files, problems)
            continue
        expanded += maildirs + [str(f) for f in files]
    return expanded


def dispatch_path(
    path: str,
    kind: str | None,
    lang: str,
    stdin: BinaryIO | None,
    speakers: Sequence[str],
    file: Path | None = None,
    listing: FolderListing | None = None,
    status: os.stat_result | None = None,
) -> ImportResult:
    """Read one path (or stdin) with importers.dispatch; problems instead of exceptions.
    `file`: the path as a Path, if made already; `listing`: a folder's files, listed;
    `status`: the path's stat (stat_path)."""
    from treffsicher.importers import dispatch

    try:
        if path == STDIN_PATH:
            data = stdin.read() if stdin is not None else b""
            return dispatch.import_data(data, STDIN_NAME, kind=kind, lang=lang, speakers=speakers)
        file = file if file is not None else Path(path)
        if listing is not None:  # a folder, listed by expand_mail_folders
            return dispatch.import_folder(
                file, kind=kind, lang=lang, speakers=speakers, listing=listing
            )
        return dispatch.import_file(file, kind=kind, lang=lang, speakers=speakers, status=status)
    except FileNotFoundError:
        return ImportResult(problems=[ImportProblem(path, t("import.file_not_found", lang))])
    except OSError as exc:
        reason = t("import.not_readable", lang, error=exc.strerror or exc)
        return ImportResult(problems=[ImportProblem(path, reason)])


def check_passages_or_none(
    imported: ImportedSource, summary: ImportSummary, lang: str
) -> ImportedSource | None:
    """The source, or None with a problem added when it holds no passage to store."""
    if imported.passages:
        return imported
    summary.problems.append(ImportProblem(imported.name, t("import.no_passages", lang)))
    return None


def store_source(
    engine: Engine, client_id: int, imported: ImportedSource, kind: str | None, lang: str
) -> SourceReport | ImportProblem:
    """Store one source and its passages in one transaction; report or problem (also when
    the source is beyond services.source_limits)."""
    word_counts, too_large = measure_source(imported, lang)
    if too_large:
        return ImportProblem(imported.name, too_large)
    source_kind = kind or guess_source_kind(p.kind for p in imported.passages)
    with Session(engine) as session:
        if repo.find_source_by_hash(session, client_id, imported.content_hash):
            return SourceReport(imported.name, duplicate=True)
        outcome = store_new_source(
            session, client_id, imported, kind, word_counts, lang, source_kind=source_kind
        )
    if isinstance(outcome, ImportProblem):
        return outcome
    if outcome == DUPLICATE:
        return SourceReport(imported.name, duplicate=True)
    excluded = Counter(p.language for p in imported.passages if p.language not in PROFILE_LANGUAGES)
    return SourceReport(
        imported.name,
        duplicate=False,
        passages=len(imported.passages),
        words=sum(word_counts),
        excluded_languages=dict(excluded),
        notes=imported.notes,
    )


def guess_source_kind(passage_kinds: Iterable[str]) -> str:
    """The most common kind among a source's passages (ties: first seen), else "text"."""
    counts = Counter(passage_kinds)
    return counts.most_common(1)[0][0] if counts else KIND_TEXT
