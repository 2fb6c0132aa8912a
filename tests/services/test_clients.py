"""Client services: add, list, show, suggestions for misspelt names, identities."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.services.clients import (
    add_client,
    add_client_identities,
    list_clients,
    show_client,
    suggest_name,
)
from treffsicher.storage import repo


def test_add_and_list_clients(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger", emails=["Ulrike@Example.org"], speakers=["Ulrike"])
    add_client(sqlite_engine, "Anna Roth")
    clients = list_clients(sqlite_engine)
    assert [c.name for c in clients] == ["Anna Roth", "Ulrike Berger"]
    assert clients[1].emails == ("ulrike@example.org",)
    assert clients[1].speakers == ("Ulrike",)
    assert (clients[1].n_sources, clients[1].n_passages, clients[1].n_words) == (0, 0, 0)


def test_duplicate_name_is_refused_in_german(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger")
    with pytest.raises(InputError, match="Es gibt schon eine Kundin namens „Ulrike Berger“"):
        add_client(sqlite_engine, "  Ulrike Berger ", lang="de")


def test_empty_name_is_refused(sqlite_engine: Engine) -> None:
    with pytest.raises(InputError):
        add_client(sqlite_engine, "   ")


def test_swapped_email_and_speaker_is_refused(sqlite_engine: Engine) -> None:
    with pytest.raises(InputError, match="'Ulrike Berger' is not an email address"):
        add_client(sqlite_engine, "Ulrike Berger", emails=["Ulrike Berger"])
    assert list_clients(sqlite_engine) == []


def test_unknown_name_suggests_the_closest(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger")
    add_client(sqlite_engine, "Anna Roth")
    expected = "Keine Kundin namens „Ulrke Berger“. Meinten Sie „Ulrike Berger“?"
    with pytest.raises(NotFoundError) as caught:
        show_client(sqlite_engine, "Ulrke Berger", lang="de")
    assert str(caught.value) == expected


def test_unknown_name_without_anything_close(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger")
    with pytest.raises(NotFoundError) as caught:
        show_client(sqlite_engine, "Zacharias", lang="en")
    assert str(caught.value) == "No client named 'Zacharias'."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ulrike berger", "Ulrike Berger"),  # case-insensitive
        ("Ulrke Berger", "Ulrike Berger"),
        ("Ana Roth", "Anna Roth"),
        ("Xaver", None),
    ],
)
def test_suggest_name(name: str, expected: str | None) -> None:
    assert suggest_name(name, ["Ulrike Berger", "Anna Roth"]) == expected


def test_add_identities_reports_only_new_ones(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger", emails=["ulrike@example.org"])
    info, added, existing = add_client_identities(
        sqlite_engine,
        "Ulrike Berger",
        emails=["ULRIKE@example.org", "u.berger@example.org"],
        speakers=["Ulrike B."],
    )
    assert added == ["u.berger@example.org", "Ulrike B."]
    assert existing == ["ulrike@example.org"]
    assert info.emails == ("u.berger@example.org", "ulrike@example.org")
    assert info.speakers == ("Ulrike B.",)


def test_add_identities_needs_one(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger")
    with pytest.raises(InputError):
        add_client_identities(sqlite_engine, "Ulrike Berger")


def test_name_in_other_case_finds_her(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Ulrike Berger")
    assert show_client(sqlite_engine, "ulrike BERGER").name == "Ulrike Berger"


def test_name_differing_only_in_case_is_refused(sqlite_engine: Engine) -> None:
    add_client(sqlite_engine, "Anna Roth")
    with pytest.raises(InputError, match="A client named 'Anna Roth' already exists"):
        add_client(sqlite_engine, "anna roth")


def test_name_in_other_case_is_ambiguous_between_two(sqlite_engine: Engine) -> None:
    # Only possible in workspaces written before the case check, or by other tools.
    with Session(sqlite_engine) as session, session.begin():
        repo.add_client(session, "Anna Roth")
        repo.add_client(session, "anna roth")
    with pytest.raises(NotFoundError):
        show_client(sqlite_engine, "ANNA ROTH")
