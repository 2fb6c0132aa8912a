"""CLI: user add / list / password / remove, and clients private to one user."""

from __future__ import annotations

from collections.abc import Callable

from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

PASSWORD = "Sonnenblume-im-Mai-3"


def test_user_add_asks_twice_and_lists_the_user(cli: Cli) -> None:
    result = cli("user", "add", "anna", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Benutzer „anna“ angelegt." in result.stdout
    assert PASSWORD not in result.stdout
    listing = cli("user", "list")
    assert "anna  (0 private Kundinnen)" in listing.stdout


def test_user_add_refuses_differing_and_short_passwords(cli: Cli) -> None:
    differ = cli("user", "add", "anna", stdin=f"{PASSWORD}\nSonnenblume-im-Juni\n")
    assert differ.exit_code == 1
    assert "nicht gleich" in differ.stderr
    short = cli("user", "add", "anna", stdin="kurz\nkurz\n")
    assert short.exit_code == 1
    assert "mindestens 12 Zeichen" in short.stderr
    assert "Noch keine Benutzer." in cli("user", "list").stdout


def test_a_private_client_blocks_removing_her_user(cli: Cli) -> None:
    cli("user", "add", "anna", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    added = cli("client", "add", "Ulrike Berger", "--private-for", "anna")
    assert added.exit_code == 0, added.output
    assert "1 private Kundin" in cli("user", "list").stdout
    refused = cli("user", "remove", "anna")
    assert refused.exit_code == 1
    assert "private Kundin" in refused.stderr
    unknown = cli("client", "add", "Anna Roth", "--private-for", "berta")
    assert unknown.exit_code == 1
    assert "keinen Benutzer „berta“" in unknown.stderr


def test_user_password_and_remove(cli: Cli) -> None:
    cli("user", "add", "anna", stdin=f"{PASSWORD}\n{PASSWORD}\n", lang="en")
    changed = cli("user", "password", "anna", stdin="Neues-Passwort-99\nNeues-Passwort-99\n")
    assert changed.exit_code == 0, changed.output
    removed = cli("user", "remove", "anna", lang="en")
    assert removed.stdout == "User 'anna' removed; all logins ended.\n"
    assert cli("user", "remove", "anna").exit_code == 1


def test_client_share_makes_her_private_and_shared_again(cli: Cli) -> None:
    cli("user", "add", "anna", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    cli("client", "add", "Ulrike Berger")
    private = cli("client", "share", "Ulrike Berger", "--private-for", "anna")
    assert private.stdout == "„Ulrike Berger“ sieht jetzt nur noch anna.\n"
    assert "1 private Kundin" in cli("user", "list").stdout
    shared = cli("client", "share", "ulrike berger")
    assert shared.stdout == "„Ulrike Berger“ ist jetzt mit dem Team geteilt.\n"
    assert "0 private Kundinnen" in cli("user", "list").stdout
    removed = cli("user", "remove", "anna")
    assert removed.exit_code == 0, removed.output
