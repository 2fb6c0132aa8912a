"""CLI commands for the writer's own voice: me add, me import, me list."""

from __future__ import annotations

from typing import Annotated

import typer

from treffsicher.cli.base import (
    Kind,
    SpeakerOption,
    app,
    get_settings,
    h,
    open_engine,
    print_problems,
)
from treffsicher.i18n import format_number, t

me_app = typer.Typer(help=h("me"), no_args_is_help=True)
app.add_typer(me_app, name="me")


@me_app.command("add", help=h("me_add"))
def me_add(
    ctx: typer.Context,
    email: Annotated[list[str] | None, typer.Option("--email", help=h("opt.my_email"))] = None,
    name: Annotated[str | None, typer.Option("--name", help=h("opt.my_name"))] = None,
    speaker: SpeakerOption = None,
) -> None:
    """Register your own identities: from then on every import keeps your own messages and
    turns as your voice, to tell „sounds like her“ from „sounds like you“."""
    from treffsicher.services.writer import add_writer

    settings = get_settings(ctx)
    info, added = add_writer(open_engine(settings), email or [], name, speaker or [], settings.lang)
    typer.echo(t("writer.added", settings.lang, name=info.name, count=len(added)))


@me_app.command("import", help=h("me_import"))
def me_import(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(help=h("arg.my_files")),
    ],
    kind: Annotated[Kind | None, typer.Option("--kind", help=h("opt.my_kind"))] = None,
) -> None:
    """Import your own words from mail archives, transcripts or your own texts."""
    from treffsicher.cli.importing import print_mail_reports, print_summary, progress_bar
    from treffsicher.services.writer import import_writer

    settings = get_settings(ctx)
    with progress_bar(settings.lang) as progress:
        summary = import_writer(open_engine(settings), files, kind, settings.lang, progress)
    print_mail_reports(summary, settings.lang)
    print_problems(summary.problems, settings.lang)
    print_summary(summary, settings.lang)
    if summary.failed:
        raise typer.Exit(1)


@me_app.command("list", help=h("me_list"))
def me_list(ctx: typer.Context) -> None:
    """Show your identities and how much of your own text the workspace holds."""
    from treffsicher.services.writer import show_writer

    settings = get_settings(ctx)
    lang = settings.lang
    info = show_writer(open_engine(settings), lang)
    typer.echo(t("writer.title", lang, name=info.name))
    for email in info.emails:
        typer.echo(f"  {email}")
    for speaker in info.speakers:
        typer.echo(f"  {speaker}")
    typer.echo(
        t(
            "writer.totals",
            lang,
            sources=info.n_sources,
            passages=info.n_passages,
            words=format_number(info.n_words, lang),
        )
    )
