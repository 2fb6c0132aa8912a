"""Accounts and private clients in the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text

from treffsicher.errors import InputError, NotFoundError
from treffsicher.services import accounts
from treffsicher.services.clients import add_client, list_clients

PASSWORD = "Kaffeebohne-Morgen-7"


def test_passwords_are_stored_as_argon2_hashes(engine: Engine) -> None:
    accounts.add_user(engine, "anna", PASSWORD)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users")).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert accounts.check_login(engine, "anna", PASSWORD) is not None
    assert accounts.check_login(engine, "anna", PASSWORD + "x") is None
    assert accounts.check_login(engine, "berta", PASSWORD) is None


def test_names_and_passwords_are_checked(engine: Engine) -> None:
    accounts.add_user(engine, "anna", PASSWORD)
    with pytest.raises(InputError, match="already"):
        accounts.add_user(engine, "anna", PASSWORD)
    with pytest.raises(InputError, match="12"):
        accounts.add_user(engine, "berta", "elf-Zeichen")
    with pytest.raises(InputError):
        accounts.add_user(engine, "anna roth", PASSWORD)


def test_sessions_expire_and_end(engine: Engine) -> None:
    user = accounts.add_user(engine, "anna", PASSWORD)
    past = datetime.now(UTC) - accounts.SESSION_LIFETIME - timedelta(minutes=1)
    old = accounts.start_session(engine, user.id, now=past)
    assert accounts.user_for_session(engine, old) is None
    current = accounts.start_session(engine, user.id)
    assert accounts.user_for_session(engine, current) == accounts.UserInfo(user.id, "anna")
    accounts.end_session(engine, current)
    assert accounts.user_for_session(engine, current) is None


def test_private_clients_are_visible_to_their_user_only(engine: Engine) -> None:
    anna = accounts.add_user(engine, "anna", PASSWORD)
    berta = accounts.add_user(engine, "berta", PASSWORD)
    private = add_client(engine, "Ulrike Berger", owner_id=anna.id)
    add_client(engine, "Sabine Ohm")
    assert [c.name for c in list_clients(engine, anna.id)] == ["Sabine Ohm", "Ulrike Berger"]
    assert [c.name for c in list_clients(engine, berta.id)] == ["Sabine Ohm"]
    assert len(list_clients(engine)) == 2
    accounts.require_client_access(engine, anna.id, private.id)
    with pytest.raises(NotFoundError):
        accounts.require_client_access(engine, berta.id, private.id)


def test_a_user_with_private_clients_cannot_be_removed(engine: Engine) -> None:
    anna = accounts.add_user(engine, "anna", PASSWORD)
    add_client(engine, "Ulrike Berger", owner_id=anna.id)
    with pytest.raises(InputError):
        accounts.remove_user(engine, "anna")
    accounts.add_user(engine, "berta", PASSWORD)
    session_id = accounts.start_session(engine, accounts.get_user_id(engine, "berta"))
    accounts.remove_user(engine, "berta")
    assert accounts.user_for_session(engine, session_id) is None
    assert [u.name for u in accounts.list_users(engine)] == ["anna"]


def test_every_process_gets_the_same_shared_secret(engine: Engine) -> None:
    first = accounts.shared_secret(engine, "csrf")
    assert len(first) == 32
    assert accounts.shared_secret(engine, "csrf") == first
    assert accounts.shared_secret(engine, "other") != first
