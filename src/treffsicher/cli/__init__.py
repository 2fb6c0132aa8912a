"""Command-line interface: options → services → output; one place turns errors into messages.

Heavy modules (SQLAlchemy, Alembic, rich, the core features) are imported inside the
command functions, so that `treffsicher --help` stays under 0.3 s. Each module
registers its commands on the shared app from cli.base.
"""

from __future__ import annotations

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
from treffsicher.cli.base import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `treffsicher` command."""
    app()
