"""CLI commands for clients and their identities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from treffsicher.cli.base import (
    ClientArgument,
    EmailOption,
    SpeakerOption,
    client_app,
    get_settings,
    h,
    identity_app,
    make_console,
    open_engine,
)
from treffsicher.i18n import format_number, t

if TYPE_CHECKING:
    pass


@client_app.command("add", help=h("client_add"))
def client_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help=h("arg.new_client"))],
    email: EmailOption = None,
    speaker: SpeakerOption = None,
    private_for: Annotated[
        str | None, typer.Option("--private-for", help=h("opt.private_for"))
    ] = None,
) -> None:
    """Add a client, optionally with her email addresses and speaker names; shared with
    the team unless --private-for names the one user who may see her."""
    from treffsicher.services.accounts import get_user_id
    from treffsicher.services.clients import add_client

    settings = get_settings(ctx)
    engine = open_engine(settings)
    owner = get_user_id(engine, private_for, settings.lang) if private_for else None
    info = add_client(engine, name, email or [], speaker or [], settings.lang, owner_id=owner)
    typer.echo(t("client.added", settings.lang, name=info.name))


@client_app.command("list", help=h("client_list"))
def client_list(ctx: typer.Context) -> None:
    """List all clients with how much of their text the workspace holds."""
    from rich.table import Table

    from treffsicher.services.clients import list_clients

    settings = get_settings(ctx)
    lang = settings.lang
    clients = list_clients(open_engine(settings))
    if not clients:
        typer.echo(t("client.none_yet", lang))
        return
    table = Table(show_edge=False)
    for key in ("client.col_name", "client.col_identities"):
        table.add_column(t(key, lang))
    for key in ("client.col_sources", "client.col_passages", "client.col_words"):
        table.add_column(t(key, lang), justify="right")
    for info in clients:
        table.add_row(
            info.name,
            ", ".join(info.emails + info.speakers),
            format_number(info.n_sources, lang),
            format_number(info.n_passages, lang),
            format_number(info.n_words, lang),
        )
    make_console().print(table)


@client_app.command("show", help=h("client_show"))
def client_show(ctx: typer.Context, name: ClientArgument) -> None:
    """Show one client: identities and how much text she has."""
    from treffsicher.services.clients import show_client

    settings = get_settings(ctx)
    lang = settings.lang
    info = show_client(open_engine(settings), name, lang)
    none = t("client.none", lang)
    lines = [
        info.name,
        f"  {t('client.emails', lang)}: {', '.join(info.emails) or none}",
        f"  {t('client.speakers', lang)}: {', '.join(info.speakers) or none}",
        f"  {t('client.col_sources', lang)}: {format_number(info.n_sources, lang)}",
        f"  {t('client.col_passages', lang)}: {format_number(info.n_passages, lang)}",
        f"  {t('client.col_words', lang)}: {format_number(info.n_words, lang)}",
        f"  {t('client.created', lang)}: {info.created_at:%Y-%m-%d %H:%M}",
    ]
    typer.echo("\n".join(lines))


@identity_app.command("add", help=h("identity_add"))
def identity_add(
    ctx: typer.Context,
    name: ClientArgument,
    email: EmailOption = None,
    speaker: SpeakerOption = None,
) -> None:
    """Add email addresses or speaker names to an existing client."""
    from treffsicher.services.clients import add_client_identities

    settings = get_settings(ctx)
    lang = settings.lang
    info, added, existing = add_client_identities(
        open_engine(settings), name, email or [], speaker or [], lang
    )
    for value in added:
        typer.echo(t("client.identity_added", lang, name=info.name, value=value))
    for value in existing:
        typer.echo(t("client.identity_exists", lang, name=info.name, value=value))
