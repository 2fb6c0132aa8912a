"""Command-line interface: options → services → output; one place turns errors into messages.

Heavy modules (SQLAlchemy, Alembic, rich, the core features) are imported inside the
command functions, so that `treffsicher --help` stays under 0.3 s. Each module
registers its commands on the shared app from cli.base.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from treffsicher.cli import (  # noqa: F401  (modules register their commands)
    accounts,
    checking,
    clients,
    control,
    importing,
    meeting,
    privacy,
    profile,
    serve,
    sources,
    understanding,
    writer,
)
from treffsicher.cli.base import app, begin_start_up, end_start_up

__all__ = ["app", "main", "requested_command"]

# The app's own options that take a value (cli.base.main_options); any other option before
# the command name (--help) means the whole app is built.
VALUE_OPTIONS = ("--workspace", "--lang")


def main() -> None:
    """Entry point of the `treffsicher` command.

    typer turns every registered command into a click command before it runs one (about
    50 ms for all of them); when the command line names one top-level command, only that
    one is built (docs/decisions/0019-cli-start-up.md). Help, an unknown name or no name
    at all build the whole app, so that lists and suggestions stay complete. The cycle
    collector runs less often until the command opens its workspace (cli.base.StartUp).
    """
    begin_start_up()
    # Libraries log what they tolerate or give up on („EOF marker not found“ from pypdf);
    # without a handler Python would print those lines to the terminal beside the message
    # that names the file and the reason. The server's own log (uvicorn) has its handlers.
    logging.getLogger().addHandler(logging.NullHandler())
    commands, groups = app.registered_commands, app.registered_groups
    name = requested_command(sys.argv[1:], command_names())
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
