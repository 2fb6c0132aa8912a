"""Command-line interface (placeholder; the storage/CLI work fills it in)."""

from __future__ import annotations

import typer

app = typer.Typer(help="treffsicher: learn a client's voice and check drafts against it.")


@app.command()
def version() -> None:
    """Print the version."""
    from treffsicher import __version__

    print(__version__)


def main() -> None:
    """Entry point of the `treffsicher` command."""
    app()
