"""What an import run did: per source, and in sum (the CLI and the web page print it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from treffsicher.core.imported import ImportProblem
from treffsicher.services.mailimport import MailFileReport


@dataclass(frozen=True)
class SourceReport:
    """What happened to one source that could be read: imported, or skipped as duplicate."""

    name: str
    duplicate: bool
    passages: int = 0
    words: int = 0
    excluded_languages: dict[str, int] = field(default_factory=dict)  # not de/en → count
    notes: tuple[str, ...] = ()


class ImportInterrupted(KeyboardInterrupt):
    """Ctrl-C during an import, with the summary of what was stored until then."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__()
        self.summary = summary


@dataclass
class ImportSummary:
    """The outcome of one import run."""

    client: str
    reports: list[SourceReport] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    mail_files: list[MailFileReport] = field(default_factory=list)

    @property
    def sources_imported(self) -> int:
        stored = sum(m.stored for m in self.mail_files)
        return stored + sum(1 for r in self.reports if not r.duplicate)

    @property
    def passages(self) -> int:
        return sum(r.passages for r in self.reports) + sum(m.passages for m in self.mail_files)

    @property
    def words(self) -> int:
        return sum(r.words for r in self.reports) + sum(m.words for m in self.mail_files)

    @property
    def messages_seen(self) -> int:
        return sum(m.seen for m in self.mail_files)

    @property
    def messages_from_client(self) -> int:
        return sum(m.from_client for m in self.mail_files)

    @property
    def duplicates_skipped(self) -> int:
        """Duplicate files plus duplicate messages."""
        return len(self.duplicates) + sum(m.duplicates for m in self.mail_files)

    @property
    def duplicates(self) -> list[str]:
        return [r.name for r in self.reports if r.duplicate]

    @property
    def excluded_languages(self) -> dict[str, int]:
        """Passages stored but left out of the profile, per language code."""
        total: Counter[str] = Counter()
        for report in self.reports:
            total.update(report.excluded_languages)
        for mail in self.mail_files:
            total.update(mail.excluded_languages)
        return dict(sorted(total.items()))

    @property
    def failed(self) -> bool:
        return bool(self.problems)
