"""CLI fixtures: a runner on a fresh workspace with German messages and a wide terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from treffsicher.cli import app


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Path of a fresh SQLite workspace file."""
    return tmp_path / "workspace.sqlite"


class Cli:
    """Runs treffsicher commands against one workspace in one language."""

    def __init__(self, workspace: Path, lang: str = "de") -> None:
        self.runner = CliRunner()
        self.workspace = workspace
        self.lang = lang

    def __call__(
        self, *args: str, stdin: bytes | str | None = None, lang: str | None = None
    ) -> Result:
        options = ["--workspace", str(self.workspace), "--lang", lang or self.lang]
        return self.runner.invoke(app, [*options, *args], input=stdin)


@pytest.fixture
def cli(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A CLI runner on a fresh workspace, German messages, wide terminal for rich tables."""
    monkeypatch.setenv("COLUMNS", "200")
    return Cli(workspace)
