"""Docs: every CLI command has help text and appears in the README (as in sqlite-utils)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from treffsicher.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"


def list_commands() -> list[tuple[str, str]]:
    """(full command path, help text) of every leaf command, e.g. ('client identity add', …)."""
    found: list[tuple[str, str]] = []

    def walk(group: typer.Typer, prefix: str) -> None:
        for command in group.registered_commands:
            name = command.name or (command.callback.__name__ if command.callback else "")
            doc = command.help or (command.callback.__doc__ if command.callback else "") or ""
            found.append((f"{prefix}{name}", doc.strip()))
        for sub in group.registered_groups:
            walk(sub.typer_instance, f"{prefix}{sub.name} ")

    walk(app, "")
    return found


COMMANDS = list_commands()


def test_the_commands_of_issue_2_exist() -> None:
    names = {name for name, _ in COMMANDS}
    assert names >= {
        "client add",
        "client list",
        "client show",
        "client identity add",
        "import",
        "profile",
        "demo",
        "version",
    }


@pytest.mark.parametrize(("name", "doc"), COMMANDS)
def test_command_has_help(name: str, doc: str) -> None:
    assert doc, f"'{name}' has no help text"


@pytest.mark.parametrize(("name", "doc"), COMMANDS)
def test_command_appears_in_readme(name: str, doc: str) -> None:
    assert f"treffsicher {name}" in README.read_text(encoding="utf-8")


def test_every_option_has_help() -> None:
    from typer.main import get_command

    root = get_command(app)

    def walk(command: object, path: str) -> list[str]:
        missing = [
            f"{path} {param.name}"
            for param in getattr(command, "params", [])
            if param.param_type_name == "option" and not getattr(param, "help", None)
        ]
        for name, sub in getattr(command, "commands", {}).items():
            missing += walk(sub, f"{path} {name}")
        return missing

    assert walk(root, "treffsicher") == []


def test_help_language_follows_lang_option_then_locale() -> None:
    from treffsicher.cli.base import choose_help_language

    assert choose_help_language(["--lang", "de", "import", "--help"], {}) == "de"
    assert choose_help_language(["check", "--lang=en", "--help"], {"LANG": "de_DE.UTF-8"}) == "en"
    assert choose_help_language(["--help"], {"LANG": "de_AT.UTF-8"}) == "de"
    assert choose_help_language(["--help"], {}) == "en"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "Zu importierende Dateien"), ("en", "Files to import")],
)
def test_help_is_german_or_english(lang: str, expected: str) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "treffsicher", "--lang", lang, "import", "--help"],
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "200", "PATH": "", "LANG": "C.UTF-8"},
    )
    assert expected in result.stdout


def test_help_texts_come_from_the_catalogue() -> None:
    import ast

    import treffsicher.cli

    literal = []
    for path in sorted(Path(treffsicher.cli.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "help":
                if isinstance(node.value, ast.Constant | ast.JoinedStr):
                    literal.append(f"{path.name}:{node.value.lineno}")
    assert literal == []
