"""CLI: client add / list / show / identity add, errors with suggestions, languages."""

from __future__ import annotations

from collections.abc import Callable

from typer.testing import CliRunner, Result

from treffsicher.cli import app

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py


def test_client_add_and_list(cli: Cli) -> None:
    result = cli("client", "add", "Ulrike Berger", "--email", "Ulrike@Example.org")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Kundin „Ulrike Berger“ angelegt.\n"
    result = cli("client", "add", "Anna Roth", "--speaker", "Anna")
    assert result.exit_code == 0, result.output
    listing = cli("client", "list")
    assert listing.exit_code == 0, listing.output
    lines = [line for line in listing.stdout.splitlines() if "Roth" in line or "Berger" in line]
    assert len(lines) == 2
    assert "Anna Roth" in lines[0]
    assert "Ulrike Berger" in lines[1]
    assert "ulrike@example.org" in lines[1]


def test_duplicate_name_fails_with_message_on_stderr(cli: Cli) -> None:
    cli("client", "add", "Ulrike Berger")
    result = cli("client", "add", "Ulrike Berger")
    assert result.exit_code == 1
    assert result.stderr == "Es gibt schon eine Kundin namens „Ulrike Berger“.\n"
    assert "Traceback" not in result.output


def test_unknown_client_suggests_the_closest(cli: Cli) -> None:
    cli("client", "add", "Ulrike Berger")
    result = cli("client", "show", "Ulrke Berger")
    assert result.exit_code == 1
    assert result.stderr == "Keine Kundin namens „Ulrke Berger“. Meinten Sie „Ulrike Berger“?\n"


def test_unknown_client_in_english(cli: Cli) -> None:
    cli("client", "add", "Ulrike Berger")
    result = cli("client", "show", "ulrike berge", lang="en")
    assert result.exit_code == 1
    assert result.stderr == "No client named 'ulrike berge'. Did you mean 'Ulrike Berger'?\n"


def test_empty_workspace_lists_nothing(cli: Cli) -> None:
    result = cli("client", "list", lang="en")
    assert result.exit_code == 0, result.output
    assert result.stdout == "No clients yet. Add one with: treffsicher client add NAME\n"


def test_client_show(cli: Cli) -> None:
    cli("client", "add", "Ulrike Berger", "--email", "ulrike@example.org", "--speaker", "Ulrike")
    result = cli("client", "show", "Ulrike Berger")
    assert result.exit_code == 0, result.output
    assert "E-Mail-Adressen: ulrike@example.org" in result.stdout
    assert "Namen als Sprecherin: Ulrike" in result.stdout
    assert "Quellen: 0" in result.stdout


def test_identity_add(cli: Cli) -> None:
    cli("client", "add", "Ulrike Berger", "--email", "ulrike@example.org")
    result = cli(
        "client", "identity", "add", "Ulrike Berger", "--email", "U.Berger@example.org",
        "--email", "ulrike@example.org",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Kennung u.berger@example.org für „Ulrike Berger“ hinzugefügt.",
        "„Ulrike Berger“ hat die Kennung ulrike@example.org schon.",
    ]


def test_identity_add_needs_a_value(cli: Cli) -> None:
    cli("client", "add", "Ulrike Berger")
    result = cli("client", "identity", "add", "Ulrike Berger", lang="en")
    assert result.exit_code == 1
    assert result.stderr == "Please give at least one --email or --speaker.\n"


def test_bad_database_url_is_a_storage_error() -> None:
    result = CliRunner().invoke(
        app,
        ["client", "list"],
        env={"TREFFSICHER_WORKSPACE": "", "TREFFSICHER_DATABASE_URL": "nonsense://x"},
    )
    assert result.exit_code == 3, result.output
    assert "nonsense://x" in result.stderr


def test_version(cli: Cli) -> None:
    from treffsicher import __version__

    result = cli("version")
    assert result.exit_code == 0
    assert result.stdout == __version__ + "\n"
