"""Command-line interface: options → services → output; one place turns errors into messages.

Heavy modules (SQLAlchemy, Alembic, rich, the core features) are imported inside the
command functions, so that `treffsicher --help` stays under 0.3 s. Each module
registers its commands on the shared app from cli.base; `main` imports only the modules
of the command it runs (COMMAND_MODULES), anyone else who asks for `app` gets them all.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from treffsicher.cli import base
from treffsicher.cli.base import begin_start_up, end_start_up

if TYPE_CHECKING:
    import typer

    app: typer.Typer

__all__ = ["COMMAND_MODULES", "MODULES", "app", "load_commands", "main", "requested_command"]

# The modules that register commands, in the order they register them (the order of the
# command list in --help).
MODULES = (
    "accounts",
    "checking",
    "clients",
    "control",
    "importing",
    "meeting",
    "privacy",
    "profile",
    "serve",
    "sources",
    "understanding",
    "writer",
)
# Each top-level command or group and the modules that register it or one of its
# subcommands; tests/cli/test_startup.py checks it against the commands they register.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "agenda": ("meeting",),
    "assume": ("understanding",),
    "assumption": ("understanding",),
    "assumptions": ("understanding",),
    "backup": ("privacy",),
    "briefing": ("understanding",),
    "check": ("checking",),
    "checkback": ("understanding",),
    "checks": ("checking",),
    "client": ("accounts", "clients", "control"),
    "demo": ("profile",),
    "export": ("privacy",),
    "forget": ("privacy",),
    "import": ("importing",),
    "import-export": ("privacy",),
    "me": ("writer",),
    "meeting": ("meeting",),
    "passage": ("control",),
    "passages": ("sources",),
    "profile": ("profile",),
    "questionnaire": ("understanding",),
    "restore": ("privacy",),
    "scan": ("sources",),
    "serve": ("serve",),
    "source": ("control",),
    "user": ("accounts",),
    "verify": ("checking",),
    "version": ("profile",),
}

# The app's own options that take a value (cli.base.main_options); any other option before
# the command name (--help) means the whole app is built.
VALUE_OPTIONS = ("--workspace", "--lang")


def load_commands(modules: Sequence[str] = MODULES) -> None:
    """Import the command modules `modules` (all by default), in MODULES order, so that
    their commands are registered on cli.base.app as the whole app has them."""
    for module in MODULES:
        if module in modules:
            importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str) -> object:
    """`app`: cli.base's app with every command registered (tests, the web's CLI runner)."""
    if name == "app":
        load_commands()
        return base.app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the `treffsicher` command.

    typer turns every registered command into a click command before it runs one (about
    50 ms for all of them); when the command line names one top-level command, only the
    modules that register it are imported and only it is built
    (docs/decisions/0019-cli-start-up.md, docs/decisions/0026-start-up-cost.md). Help, an
    unknown name or no name at all build the whole app, so that lists and suggestions stay
    complete. The cycle collector runs less often until the command opens its workspace
    (cli.base.StartUp).
    """
    begin_start_up()
    # Libraries log what they tolerate or give up on („EOF marker not found“ from pypdf);
    # without a handler Python would print those lines to the terminal beside the message
    # that names the file and the reason. The server's own log (uvicorn) has its handlers.
    logging.getLogger().addHandler(logging.NullHandler())
    name = requested_command(sys.argv[1:], set(COMMAND_MODULES))
    load_commands(MODULES if name is None else COMMAND_MODULES[name])
    app = base.app
    commands, groups = app.registered_commands, app.registered_groups
    if name is not None:
        app.registered_commands = [c for c in commands if c.name == name]
        app.registered_groups = [g for g in groups if g.name == name]
    try:
        app()
    finally:
        app.registered_commands, app.registered_groups = commands, groups
        end_start_up(freeze=False)


def command_names() -> set[str]:
    """The names of the app's top-level commands and command groups ({} when one has no
    explicit name: then nothing is left out)."""
    load_commands()
    app = base.app
    names = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    if any(name is None for name in names):
        return set()
    return {name for name in names if name is not None}


def requested_command(args: Sequence[str], names: set[str]) -> str | None:
    """The top-level command `args` run (one of `names`), or None when they run none of
    them by name: no command, help or another option first, an unknown name."""
    position = 0
    while position < len(args):
        arg = args[position]
        if arg in VALUE_OPTIONS:
            position += 2
        elif arg.startswith(tuple(f"{option}=" for option in VALUE_OPTIONS)):
            position += 1
        else:
            return arg if arg in names else None
    return None
