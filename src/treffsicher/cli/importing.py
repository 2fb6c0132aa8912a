"""CLI command that imports files as a client's sources, with a progress bar for mail
archives and a summary at the end."""

from __future__ import annotations

import shlex
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from treffsicher.cli.base import (
    ClientArgument,
    Kind,
    app,
    get_settings,
    h,
    open_engine,
    print_problems,
)
from treffsicher.i18n import format_number, name_language, t
from treffsicher.services.formats import describe_import_formats

if TYPE_CHECKING:
    from treffsicher.services.import_summary import ImportSummary
    from treffsicher.services.mailimport import ImportProgress, ProgressCallback


@app.command("import", help=h("import"))
def import_command(
    ctx: typer.Context,
    client: ClientArgument,
    files: Annotated[
        list[str],
        typer.Argument(help=h("arg.import_files", **describe_import_formats())),
    ],
    kind: Annotated[
        Kind | None,
        typer.Option(
            "--kind",
            help=h("opt.kind"),
        ),
    ] = None,
) -> None:
    """Import files as the client's sources; each file on its own, bad ones are named."""
    from treffsicher.services.import_summary import ImportInterrupted
    from treffsicher.services.importing import import_sources

    settings = get_settings(ctx)
    lang = settings.lang
    try:
        with progress_bar(lang) as progress:
            summary = import_sources(
                open_engine(settings),
                client,
                files,
                kind=kind,
                lang=lang,
                stdin=typer.get_binary_stream("stdin"),
                progress=progress,
            )
    except ImportInterrupted as stop:
        print_interrupted(stop.summary, lang)
        raise typer.Exit(130) from None
    # One write for all of them: echo flushes after every line (2,000 files, 2,000 writes).
    lines: list[str] = []
    for report in summary.reports:
        if report.duplicate:
            lines.append(t("import.duplicate", lang, name=report.name))
            continue
        lines.append(
            t(
                "import.source_ok",
                lang,
                name=report.name,
                passages=report.passages,
                words=report.words,
            )
        )
        lines += [f"  {note}" for note in report.notes]
    if lines:
        typer.echo("\n".join(lines))
    print_mail_reports(summary, lang)
    print_problems(summary.problems, lang)
    print_identity_hints(summary, lang)
    print_summary(summary, lang)
    if summary.failed:
        # the good files are imported, but the run as a whole did not succeed.
        raise typer.Exit(1)


def print_interrupted(summary: ImportSummary, lang: str) -> None:
    """The one line after Ctrl-C: what is stored, and that the same command continues."""
    line = t(
        "import.interrupted",
        lang,
        sources=summary.sources_imported,
        passages=summary.passages,
        seen=format_number(summary.messages_seen, lang),
    )
    typer.echo(line, err=True)


def print_mail_reports(summary: ImportSummary, lang: str) -> None:
    """One line per mail file, and hints at addresses that carry her name."""
    for mail in summary.mail_files:
        if mail.seen == mail.unreadable:
            continue  # nothing in it could be read (or none at all): its problem says why
        if not mail.from_client and mail.seen:
            command = shell_command("scan", mail.scan_target or mail.name)
            typer.echo(t("import.mail_none_from_client", lang, name=mail.name, command=command))
        else:
            typer.echo(
                t(
                    "import.mail_file",
                    lang,
                    name=mail.name,
                    seen=mail.seen,
                    client=format_number(mail.from_client, lang),
                    stored=format_number(mail.stored, lang),
                    passages=mail.passages,
                    duplicates=format_number(mail.duplicates, lang),
                    empty=format_number(mail.empty, lang),
                )
            )
        for (address, sender_name), count in mail.name_hints.most_common():
            typer.echo(
                t(
                    "import.mail_name_hint",
                    lang,
                    count=count,
                    sender_name=sender_name,
                    address=address,
                    command=shell_command(
                        "client", "identity", "add", summary.client, "--email", address
                    ),
                )
            )


def print_identity_hints(summary: ImportSummary, lang: str) -> None:
    """After a chat or transcript without her sender or speaker: the command that adds one
    (the most frequent one as the example), ready to paste."""
    for problem in summary.problems:
        if problem.candidates:
            command = shell_command(
                "client", "identity", "add", summary.client, "--speaker", problem.candidates[0]
            )
            typer.echo(t("import.speaker_hint", lang, command=command), err=True)


def shell_command(*args: str) -> str:
    """A treffsicher command line that works when pasted into a shell (ASCII quoting)."""
    return shlex.join(["treffsicher", *args])


def print_summary(summary: ImportSummary, lang: str) -> None:
    """The closing lines: sources, passages, words; messages when mail was imported."""
    typer.echo(
        t(
            "import.summary",
            lang,
            sources=summary.sources_imported,
            passages=summary.passages,
            words=summary.words,
            duplicates=format_number(summary.duplicates_skipped, lang),
            problems=format_number(len(summary.problems), lang),
        )
    )
    if summary.mail_files:
        typer.echo(
            t(
                "import.mail_summary",
                lang,
                seen=format_number(summary.messages_seen, lang),
                client=format_number(summary.messages_from_client, lang),
                passages=format_number(sum(m.passages for m in summary.mail_files), lang),
                duplicates=format_number(sum(m.duplicates for m in summary.mail_files), lang),
                problems=format_number(len(summary.problems), lang),
            )
        )
    excluded = summary.excluded_languages
    if excluded:
        languages = ", ".join(f"{name_language(k, lang)} {v}" for k, v in excluded.items())
        typer.echo(t("import.excluded", lang, count=sum(excluded.values()), languages=languages))


@contextmanager
def progress_bar(lang: str) -> Iterator[ProgressCallback | None]:
    """A rich progress bar on stderr for mail archives (messages/s, ETA), or None when
    stderr is not a terminal (pipes, CliRunner tests: no progress noise)."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[messages]} · {task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, tuple[TaskID, float]] = {}

        def update(event: ImportProgress) -> None:
            if event.path not in tasks:
                description = f"{t('import.progress', lang)} {Path(event.path).name}"
                task = bar.add_task(description, total=event.bytes_total, messages=0, rate="")
                tasks[event.path] = (task, time.perf_counter())
            task, started = tasks[event.path]
            elapsed = max(time.perf_counter() - started, 1e-6)
            rate = t(
                "import.progress_rate", lang, rate=format_number(event.messages / elapsed, lang)
            )
            bar.update(task, completed=event.bytes_done, messages=event.messages, rate=rate)

        yield update
