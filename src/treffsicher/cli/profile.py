"""CLI commands for the voice profile, the demo workspace and the version."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from treffsicher.cli.base import (
    ClientArgument,
    LangOption,
    app,
    end_start_up,
    get_settings,
    h,
    make_console,
    open_engine,
    print_problems,
)
from treffsicher.i18n import t

if TYPE_CHECKING:
    from treffsicher.services.profiling import ClientProfile


@app.command("profile", help=h("profile"))
def profile_command(
    ctx: typer.Context,
    client: ClientArgument,
    as_json: Annotated[bool, typer.Option("--json", help=h("opt.profile_json"))] = False,
    lang: LangOption = None,
) -> None:
    """Build and print the client's voice profile from her imported passages."""
    from treffsicher.services.profiling import (
        build_client_profile,
        build_client_profile_lite,
        load_core_profile,
        profile_as_dict,
    )

    # Loaded before the workspace opens, with the other modules of the start-up (cli.base
    # StartUp): the profile code with numpy and, to print it, rich. Loaded later, the cycle
    # collector ran some 20 times more over them (~15 ms); frozen, later ones skip them.
    load_core_profile()
    if not as_json:
        import treffsicher.terminal  # noqa: F401
    settings = get_settings(ctx, lang)
    # A SQLite workspace at the current schema is read with sqlite3, without SQLAlchemy
    # (~0.3 s less per process, docs/decisions/0027-profile-without-sqlalchemy.md); for
    # anything else (PostgreSQL, an old schema, an unknown name, a locked file) the lite path
    # answers None and the engine's path gives the answers and messages it always gave.
    client_profile = build_client_profile_lite(settings.database_url, client, end_start_up)
    if client_profile is None:
        client_profile = build_client_profile(open_engine(settings), client, settings.lang)
    if as_json:
        text = json.dumps(profile_as_dict(client_profile), ensure_ascii=False, indent=2)
        typer.echo(text)
        return
    print_profile(client_profile, settings.lang)


def print_profile(client_profile: ClientProfile, lang: str) -> None:
    """The readable profile on stdout (rendering lives in treffsicher.terminal).

    Speed (the same text, ~20 % less time): the console's size is read once instead of for
    each of the ~200 lines, and the lines are written in one piece at the end."""
    from treffsicher.terminal import print_profile as render_profile

    console = make_console()
    size = console.size
    console.size = (size.width + console.legacy_windows, size.height)  # size subtracts it
    with console:
        render_profile(console, client_profile, lang)


@app.command("demo", help=h("demo"))
def demo_command(ctx: typer.Context) -> None:
    """Load the demo clients into the workspace (again: adds nothing) and print a profile."""
    from treffsicher.services.demo import load_demo
    from treffsicher.services.profiling import build_client_profile

    settings = get_settings(ctx)
    lang = settings.lang
    engine = open_engine(settings)
    summary = load_demo(engine, lang=lang)
    typer.echo(
        t(
            "demo.loaded",
            lang,
            clients=summary.clients,
            sources=summary.sources_imported,
            duplicates=summary.duplicates,
        )
    )
    print_problems(summary.problems, lang)
    print_profile(build_client_profile(engine, summary.primary, lang), lang)
    if summary.problems:
        raise typer.Exit(1)


@app.command("version", help=h("version"))
def version() -> None:
    """Print treffsicher's version."""
    from treffsicher import __version__

    typer.echo(__version__)
