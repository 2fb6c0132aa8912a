"""CLI command that imports files as a client's sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from treffsicher.cli.base import (
    ClientArgument,
    Kind,
    app,
    get_settings,
    open_engine,
    print_problems,
)
from treffsicher.i18n import format_number, name_language, t

if TYPE_CHECKING:
    pass


@app.command("import")
def import_command(
    ctx: typer.Context,
    client: ClientArgument,
    files: Annotated[
        list[str], typer.Argument(help="Text (.txt) or Markdown (.md) files; '-' reads stdin.")
    ],
    kind: Annotated[
        Kind | None,
        typer.Option(
            "--kind",
            help="What the files are: email, speech (her words on a call), web, document "
            "or text (default: guessed from the text).",
        ),
    ] = None,
) -> None:
    """Import files as the client's sources; each file on its own, bad ones are named."""
    from treffsicher.services.importing import import_sources

    settings = get_settings(ctx)
    lang = settings.lang
    summary = import_sources(
        open_engine(settings),
        client,
        files,
        kind=kind,
        lang=lang,
        stdin=typer.get_binary_stream("stdin"),
    )
    for report in summary.reports:
        if report.duplicate:
            typer.echo(t("import.duplicate", lang, name=report.name))
            continue
        words = format_number(report.words, lang)
        typer.echo(
            t("import.source_ok", lang, name=report.name, passages=report.passages, words=words)
        )
        for note in report.notes:
            typer.echo(f"  {note}")
    print_problems(summary.problems, lang)
    typer.echo(
        t(
            "import.summary",
            lang,
            sources=summary.sources_imported,
            passages=format_number(summary.passages, lang),
            words=format_number(summary.words, lang),
            duplicates=len(summary.duplicates),
            problems=len(summary.problems),
        )
    )
    excluded = summary.excluded_languages
    if excluded:
        languages = ", ".join(f"{name_language(k, lang)} {v}" for k, v in excluded.items())
        typer.echo(t("import.excluded", lang, count=sum(excluded.values()), languages=languages))
    if summary.failed:
        # Issue 2: the good files are imported, but the run as a whole did not succeed.
        raise typer.Exit(1)
