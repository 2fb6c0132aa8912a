"""The CLI's shared parts: the app, global options, settings, error handling, output helpers.

Heavy modules (SQLAlchemy, Alembic, rich, the core features) are imported inside the
command functions, so that `treffsicher --help` stays under 0.3 s.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from typer.core import TyperGroup

from treffsicher.errors import TreffsicherError
from treffsicher.i18n import t
from treffsicher.settings import Settings, normalize_language, resolve_language

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from treffsicher.core.imported import ImportProblem

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
            # The one place where user errors become output: no traceback.
            typer.echo(str(exc), err=True)
            raise typer.Exit(exc.exit_code) from None


def choose_help_language(args: Sequence[str], env: Mapping[str, str]) -> str:
    """The language of the help texts: the value of --lang anywhere on the command line,
    else the locale (LANG …), as Settings chooses the language of messages."""
    for position, arg in enumerate(args):
        if arg == "--lang" and position + 1 < len(args):
            return normalize_language(args[position + 1])
        if arg.startswith("--lang="):
            return normalize_language(arg.split("=", 1)[1])
    return resolve_language(None, env)


# Chosen before the commands are built: typer reads help texts when they are declared.
HELP_LANG = choose_help_language(sys.argv[1:], os.environ)


def h(key: str, **kwargs: object) -> str:
    """The help text `key` (messages.cli_help) in HELP_LANG."""
    return t(f"help.{key}", HELP_LANG, **kwargs)


app = typer.Typer(
    cls=ErrorHandlingGroup,
    help=h("app"),
    no_args_is_help=True,
    add_completion=False,
    # Unexpected errors keep their traceback, but without local variables: those may hold
    # a client's emails (local and private, also in bug reports).
    pretty_exceptions_show_locals=False,
)
client_app = typer.Typer(help=h("client"), no_args_is_help=True)
identity_app = typer.Typer(help=h("identity"), no_args_is_help=True)
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
        help=h("opt.workspace"),
        dir_okay=False,
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help=h("opt.lang")),
]
ClientArgument = Annotated[str, typer.Argument(help=h("arg.client"))]
EmailOption = Annotated[
    list[str] | None,
    typer.Option("--email", help=h("opt.email")),
]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option("--speaker", help=h("opt.speaker")),
]


@app.callback(help=h("app"))
def main_options(
    ctx: typer.Context, workspace: WorkspaceOption = None, lang: LangOption = None
) -> None:
    """The global options: workspace and language (the app's help is h("app"))."""
    ctx.obj = GlobalOptions(workspace, lang)


def get_settings(ctx: typer.Context, lang: str | None = None) -> Settings:
    """Settings from the global options (a command's own --lang wins) and the environment."""
    options = ctx.find_root().obj
    if not isinstance(options, GlobalOptions):
        options = GlobalOptions(None, None)
    return Settings.from_env(workspace=options.workspace, lang=lang or options.lang)


def open_engine(settings: Settings) -> Engine:
    """The workspace engine, migrated if needed; the command's start-up ends here."""
    from treffsicher.services.workspace import open_workspace

    # Before the engine exists: what is frozen is never collected, and the engine's pool
    # must be, so that SQLite's last connection closes at exit and folds the WAL back in.
    end_start_up()
    return open_workspace(settings.database_url, settings.lang)


# While a command loads its modules (typer's build, SQLAlchemy, the tables, the services),
# the cycle collector ran some 150 times and walked the growing heap again and again, for
# nothing: modules are not garbage. main raises the first threshold for that time; opening
# the workspace, where a command's own work begins, restores it and freezes what was
# loaded so far (docs/decisions/0019-cli-start-up.md). A command that opens no workspace
# keeps the higher threshold: the collector still runs, only less often.
START_UP_THRESHOLD = 100_000


@dataclass
class StartUp:
    """The collector's thresholds from before main raised them; None once restored."""

    saved: tuple[int, int, int] | None = None


START_UP = StartUp()


def begin_start_up() -> None:
    """Raise the collector's first threshold for the modules a command loads (main)."""
    if START_UP.saved is None:
        START_UP.saved = gc.get_threshold()
        gc.set_threshold(START_UP_THRESHOLD, *START_UP.saved[1:])


def end_start_up(freeze: bool = True) -> None:
    """Restore the collector's thresholds and freeze the objects loaded so far (modules,
    the app), so that later collections do not walk them; nothing when main did not
    raise them (tests, the web)."""
    saved, START_UP.saved = START_UP.saved, None
    if saved is None:
        return
    gc.set_threshold(*saved)
    if freeze:
        gc.freeze()


def make_console() -> Console:
    """A rich console on the current stdout (CliRunner swaps it per call)."""
    from rich.console import Console

    return Console(highlight=False)


def print_problems(problems: list[ImportProblem], lang: str) -> None:
    """Each problem on stderr: 'file: reason'."""
    for problem in problems:
        typer.echo(t("import.problem", lang, path=problem.path, reason=problem.reason), err=True)


def emit_text(text: str, out: Path | None, lang: str, failed_key: str, written_key: str) -> None:
    """Print `text`, or write it to `out` and say so on stderr; InputError (`failed_key`)
    naming the file when it cannot be written."""
    from treffsicher.errors import InputError

    if out is None:
        typer.echo(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(t(failed_key, lang, path=out, error=reason)) from error
    typer.echo(t(written_key, lang, path=out), err=True)
