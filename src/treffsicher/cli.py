"""Command-line interface: options → services → output; one place turns errors into messages.

Heavy modules (SQLAlchemy, Alembic, rich, the core features) are imported inside the
command functions, so that `treffsicher --help` stays under 0.3 s (issue 2).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from typer.core import TyperGroup

from treffsicher.errors import TreffsicherError
from treffsicher.i18n import format_number, name_language, t
from treffsicher.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from treffsicher.importers.base import ImportProblem
    from treffsicher.services.profiling import ClientProfile

# Literal types give typer its choices; services.importing.SOURCE_KINDS lists the same kinds.
Kind = Literal["email", "speech", "web", "document", "text"]
Lang = Literal["de", "en"]


class ErrorHandlingGroup(TyperGroup):
    """The top-level group: converts any TreffsicherError into a message and exit code."""

    # typer 0.29 vendors click as typer._click; its Context is the type invoke() declares.
    def invoke(self, ctx: typer._click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TreffsicherError as exc:
            # The one place where user errors become output (STYLE.md): no traceback.
            typer.echo(str(exc), err=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=ErrorHandlingGroup,
    help="treffsicher: learn a client's voice from her own words and check drafts against it.",
    no_args_is_help=True,
    add_completion=False,
    # Unexpected errors keep their traceback, but without local variables: those may hold
    # a client's emails (PRODUCT.md: local and private, also in bug reports).
    pretty_exceptions_show_locals=False,
)
client_app = typer.Typer(help="Add, list and show clients.", no_args_is_help=True)
identity_app = typer.Typer(
    help="Add email addresses or speaker names to a client.", no_args_is_help=True
)
client_app.add_typer(identity_app, name="identity")
app.add_typer(client_app, name="client")


@dataclass(frozen=True)
class GlobalOptions:
    """The options given before the command."""

    workspace: Path | None
    lang: str | None


WorkspaceOption = Annotated[
    Path | None,
    typer.Option(
        "--workspace",
        help="SQLite file to use as the workspace (default: TREFFSICHER_WORKSPACE, "
        "TREFFSICHER_DATABASE_URL, or workspace.sqlite in your user data folder).",
        dir_okay=False,
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang", help="Language of messages and profile texts: de or en (default: from LANG)."
    ),
]
ClientArgument = Annotated[str, typer.Argument(help="The client's name, as given to 'client add'.")]
EmailOption = Annotated[
    list[str] | None,
    typer.Option("--email", help="An email address of the client (repeatable)."),
]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option("--speaker", help="A name the client appears under in call notes (repeatable)."),
]


@app.callback()
def main_options(
    ctx: typer.Context, workspace: WorkspaceOption = None, lang: LangOption = None
) -> None:
    """treffsicher: learn a client's voice from her own words and check drafts against it."""
    ctx.obj = GlobalOptions(workspace, lang)


def get_settings(ctx: typer.Context, lang: str | None = None) -> Settings:
    """Settings from the global options (a command's own --lang wins) and the environment."""
    options = ctx.find_root().obj
    if not isinstance(options, GlobalOptions):
        options = GlobalOptions(None, None)
    return Settings.from_env(workspace=options.workspace, lang=lang or options.lang)


def open_engine(settings: Settings) -> Engine:
    """The workspace engine, migrated if needed."""
    from treffsicher.services.workspace import open_workspace

    return open_workspace(settings.database_url, settings.lang)


def make_console() -> Console:
    """A rich console on the current stdout (CliRunner swaps it per call)."""
    from rich.console import Console

    return Console(highlight=False)


# ---------------------------------------------------------------------- clients


@client_app.command("add")
def client_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The new client's name.")],
    email: EmailOption = None,
    speaker: SpeakerOption = None,
) -> None:
    """Add a client, optionally with her email addresses and speaker names."""
    from treffsicher.services.clients import add_client

    settings = get_settings(ctx)
    info = add_client(open_engine(settings), name, email or [], speaker or [], settings.lang)
    typer.echo(t("client.added", settings.lang, name=info.name))


@client_app.command("list")
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


@client_app.command("show")
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


@identity_app.command("add")
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


# ---------------------------------------------------------------------- import


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


def print_problems(problems: list[ImportProblem], lang: str) -> None:
    """Each problem on stderr: 'file: reason'."""
    for problem in problems:
        typer.echo(t("import.problem", lang, path=problem.path, reason=problem.reason), err=True)


# ---------------------------------------------------------------------- profile


@app.command("profile")
def profile_command(
    ctx: typer.Context,
    client: ClientArgument,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the profile as JSON instead of tables.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Build and print the client's voice profile from her imported passages."""
    from treffsicher.services.profiling import build_client_profile, profile_as_dict

    settings = get_settings(ctx, lang)
    client_profile = build_client_profile(open_engine(settings), client, settings.lang)
    if as_json:
        text = json.dumps(profile_as_dict(client_profile), ensure_ascii=False, indent=2)
        typer.echo(text)
        return
    print_profile(client_profile, settings.lang)


def print_profile(client_profile: ClientProfile, lang: str) -> None:
    """The readable profile on stdout (rendering lives in treffsicher.terminal)."""
    from treffsicher.terminal import print_profile as render_profile

    render_profile(make_console(), client_profile, lang)


# ---------------------------------------------------------------------- demo, version


@app.command("demo")
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


@app.command("version")
def version() -> None:
    """Print treffsicher's version."""
    from treffsicher import __version__

    typer.echo(__version__)


def main() -> None:
    """Entry point of the `treffsicher` command."""
    app()
