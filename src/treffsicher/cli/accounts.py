"""CLI commands for the team server's user accounts: add, list, remove, new password."""

from __future__ import annotations

from typing import Annotated

import typer

from treffsicher.cli.base import ClientArgument, app, client_app, get_settings, h, open_engine
from treffsicher.errors import InputError
from treffsicher.i18n import t

user_app = typer.Typer(help=h("user"), no_args_is_help=True)
app.add_typer(user_app, name="user")

UserArgument = Annotated[str, typer.Argument(help=h("arg.user"))]


def prompt_new_password(lang: str) -> str:
    """Ask for a password twice, hidden; InputError when the two differ."""
    first = typer.prompt(t("account.prompt_password", lang), hide_input=True)
    second = typer.prompt(t("account.prompt_repeat", lang), hide_input=True)
    if first != second:
        raise InputError(t("account.password_mismatch", lang))
    return str(first)


@user_app.command("add", help=h("user_add"))
def user_add(ctx: typer.Context, name: UserArgument) -> None:
    """Add a user with a prompted password (stored as an argon2 hash)."""
    from treffsicher.services.accounts import add_user, clean_user_name

    settings = get_settings(ctx)
    clean_user_name(name, settings.lang)
    engine = open_engine(settings)
    info = add_user(engine, name, prompt_new_password(settings.lang), settings.lang)
    typer.echo(t("account.added", settings.lang, name=info.name))


@user_app.command("list", help=h("user_list"))
def user_list(ctx: typer.Context) -> None:
    """List the users and how many clients are private to each."""
    from treffsicher.services.accounts import list_users

    settings = get_settings(ctx)
    users = list_users(open_engine(settings))
    if not users:
        typer.echo(t("account.none", settings.lang))
    for user in users:
        typer.echo(
            t("account.list_line", settings.lang, name=user.name, count=user.n_private_clients)
        )


@user_app.command("remove", help=h("user_remove"))
def user_remove(ctx: typer.Context, name: UserArgument) -> None:
    """Remove a user (refused while clients are private to her)."""
    from treffsicher.services.accounts import remove_user

    settings = get_settings(ctx)
    remove_user(open_engine(settings), name, settings.lang)
    typer.echo(t("account.removed", settings.lang, name=name.strip()))


@user_app.command("password", help=h("user_password"))
def user_password(ctx: typer.Context, name: UserArgument) -> None:
    """Set a user's password (prompted twice); ends her logins."""
    from treffsicher.services.accounts import get_user_id, set_password

    settings = get_settings(ctx)
    engine = open_engine(settings)
    get_user_id(engine, name, settings.lang)
    set_password(engine, name, prompt_new_password(settings.lang), settings.lang)
    typer.echo(t("account.password_changed", settings.lang, name=name.strip()))


@client_app.command("share", help=h("client_share"))
def client_share(
    ctx: typer.Context,
    name: ClientArgument,
    private_for: Annotated[
        str | None, typer.Option("--private-for", help=h("opt.private_for"))
    ] = None,
) -> None:
    """Share the client with the team, or make her private to one user."""
    from treffsicher.services.accounts import set_client_owner
    from treffsicher.services.clients import show_client

    settings = get_settings(ctx)
    engine = open_engine(settings)
    info = show_client(engine, name, settings.lang)
    set_client_owner(engine, info.name, private_for, settings.lang)
    if private_for:
        typer.echo(t("account.client_private", settings.lang, name=info.name, user=private_for))
    else:
        typer.echo(t("account.client_shared", settings.lang, name=info.name))
