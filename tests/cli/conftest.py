"""CLI fixtures: a runner with a fresh workspace, and the importer (a stand-in until the
real importers.documents lands; the stand-in is used only when that module is missing)."""

from __future__ import annotations

import hashlib
import importlib
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from treffsicher.cli import app
from treffsicher.errors import UnreadableSourceError
from treffsicher.importers.base import ImportedPassage, ImportedSource


def fake_read_bytes(data: bytes, name: str) -> ImportedSource:
    """Temporary stand-in for importers.documents.read_bytes: one passage per paragraph."""
    if not data.strip():
        raise UnreadableSourceError(name, "leer")
    if b"\0" in data:
        raise UnreadableSourceError(name, "binär")
    text = data.decode("utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    passages = tuple(ImportedPassage(p, "de", "text", i) for i, p in enumerate(paragraphs))
    digest = hashlib.sha256(data).hexdigest()
    return ImportedSource(name, digest, "text/plain", "utf-8", passages)


def fake_read_path(path: Path) -> ImportedSource:
    return fake_read_bytes(path.read_bytes(), str(path))


@pytest.fixture(autouse=True)
def documents_importer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure treffsicher.importers.documents can be imported (stand-in if missing)."""
    try:
        importlib.import_module("treffsicher.importers.documents")
    except ModuleNotFoundError:
        module = types.ModuleType("treffsicher.importers.documents")
        module.read_path = fake_read_path  # type: ignore[attr-defined]
        module.read_bytes = fake_read_bytes  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "treffsicher.importers.documents", module)


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
