"""CLI commands that control what counts as her: remove a client, an identity or a
source; leave a passage out of her voice or take it back in."""

from __future__ import annotations

from typing import Annotated

import typer

from treffsicher.cli.base import (
    ClientArgument,
    EmailOption,
    SpeakerOption,
    app,
    client_app,
    get_settings,
    h,
    identity_app,
    open_engine,
)
from treffsicher.cli.privacy import YesOption, forget_command
from treffsicher.i18n import t

source_app = typer.Typer(help=h("source"), no_args_is_help=True)
passage_app = typer.Typer(help=h("passage"), no_args_is_help=True)
app.add_typer(source_app, name="source")
app.add_typer(passage_app, name="passage")

SourceId = Annotated[int, typer.Argument(help=h("arg.source_id"))]
PassageId = Annotated[int, typer.Argument(help=h("arg.passage_id"))]


@client_app.command("remove", help=h("client_remove"))
def client_remove(ctx: typer.Context, name: ClientArgument, yes: YesOption = False) -> None:
    """Remove a client and everything derived from her (asks first)."""
    forget_command(ctx, name, yes)


@identity_app.command("remove", help=h("identity_remove"))
def identity_remove(
    ctx: typer.Context,
    name: ClientArgument,
    email: EmailOption = None,
    speaker: SpeakerOption = None,
) -> None:
    """Remove email addresses or speaker names from a client."""
    from treffsicher.services.control import remove_identities

    settings = get_settings(ctx)
    lang = settings.lang
    if not email and not speaker:
        typer.echo(t("control.identity_none_given", lang), err=True)
        raise typer.Exit(2)
    result = remove_identities(open_engine(settings), name, email or [], speaker or [], lang)
    for value in result.removed:
        typer.echo(t("control.identity_removed", lang, client=result.client, value=value))
    for value in result.missing:
        typer.echo(t("control.identity_missing", lang, client=result.client, value=value))
    if result.missing:
        raise typer.Exit(1)


@source_app.command("remove", help=h("source_remove"))
def source_remove(ctx: typer.Context, source_id: SourceId, yes: YesOption = False) -> None:
    """Remove a source with its passages (asks first)."""
    from treffsicher.services.control import remove_source
    from treffsicher.services.source_list import describe_source

    settings = get_settings(ctx)
    lang = settings.lang
    engine = open_engine(settings)
    name, client = describe_source(engine, source_id, lang)
    question = t("control.source_confirm", lang, id=source_id, name=name, client=client)
    if not yes and not typer.confirm(question):
        typer.echo(t("control.cancelled", lang))
        raise typer.Exit(1)
    removed = remove_source(engine, source_id, lang)
    typer.echo(
        t("control.source_removed", lang, id=removed.id, name=removed.name, client=removed.client)
    )


@passage_app.command("exclude", help=h("passage_exclude"))
def passage_exclude(ctx: typer.Context, passage_id: PassageId) -> None:
    """Leave a passage out of her voice; it stays stored."""
    toggle_passage(ctx, passage_id, excluded=True)


@passage_app.command("include", help=h("passage_include"))
def passage_include(ctx: typer.Context, passage_id: PassageId) -> None:
    """Let a left-out passage count again."""
    toggle_passage(ctx, passage_id, excluded=False)


def toggle_passage(ctx: typer.Context, passage_id: int, *, excluded: bool) -> None:
    """Exclude or include one passage and say what happened."""
    from treffsicher.services.control import set_passage_excluded

    settings = get_settings(ctx)
    lang = settings.lang
    state = set_passage_excluded(open_engine(settings), passage_id, excluded, lang)
    if not state.changed:
        key = "excluded" if excluded else "included"
        typer.echo(t(f"control.passage_unchanged_{key}", lang, id=state.id))
        return
    key = "control.passage_excluded" if excluded else "control.passage_included"
    typer.echo(t(key, lang, id=state.id, source=state.source, client=state.client))
