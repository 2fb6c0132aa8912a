"""Logins of the team server: login page, session cookie, logout, password change,
lock-out, and the shared password only as the fallback of a workspace without accounts."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text
from web_helpers import WebClient, make_web_client, parse

from treffsicher.services import accounts
from treffsicher.services.accounts import add_user
from treffsicher.web.app import WebOptions
from treffsicher.web.auth import SESSION_COOKIE
from treffsicher.web.guard import ACCOUNT_FREE_FAILURES, FREE_FAILURES
from treffsicher.web.routes.account import account_guard, login_guard

PASSWORD = "Kaffeebohne-Morgen-7"
NEW_PASSWORD = "Teekanne-am-Abend-42"


def team_client(tmp_path: Path, options: WebOptions | None = None) -> WebClient:
    """A web client on a workspace with the user „anna“."""
    web = make_web_client(tmp_path, options)
    add_user(web.http.app.state.engine, "anna", PASSWORD)
    return web


def log_in(web: WebClient, name: str = "anna", password: str = PASSWORD) -> object:
    """Post the login form (after reading the login page for its CSRF token)."""
    web.get("/login")
    return web.post(
        "/login", {"name": name, "password": password, "next": "/clients"}, follow_redirects=False
    )


def test_without_accounts_the_pages_need_no_login(tmp_path: Path) -> None:
    web = make_web_client(tmp_path)
    assert web.get("/clients").status_code == 200


def test_with_an_account_every_page_asks_for_the_login(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    response = web.get("/clients/1/profile?check=2", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fclients%2F1%2Fprofile%3Fcheck%3D2"
    htmx = web.http.post("/clients", headers={"HX-Request": "true"})
    assert htmx.status_code == 401
    assert htmx.headers["HX-Redirect"].startswith("/login")


def test_her_check_back_pages_and_static_files_stay_public(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    assert web.get("/static/app.css").status_code == 200
    # An unknown link is answered by the check-back page itself, not by the login.
    response = web.get("/r/unbekannter-link-0123456789", follow_redirects=False)
    assert response.status_code == 404
    assert "login" not in response.headers.get("location", "")


def test_a_wrong_password_is_refused_and_the_right_one_logs_in(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    wrong = log_in(web, password="falsch-falsch-falsch")
    assert wrong.status_code == 401  # type: ignore[attr-defined]
    assert "Benutzername oder Passwort stimmt nicht" in wrong.text  # type: ignore[attr-defined]
    unknown = log_in(web, name="berta")
    assert unknown.status_code == 401  # type: ignore[attr-defined]
    response = log_in(web)
    assert response.status_code == 303  # type: ignore[attr-defined]
    cookie = response.headers["set-cookie"]  # type: ignore[attr-defined]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Secure" not in cookie
    page = web.get("/clients")
    assert page.status_code == 200
    assert "Angemeldet als anna" in page.text


def test_cookies_are_secure_behind_tls(tmp_path: Path) -> None:
    web = team_client(tmp_path, WebOptions(secure_cookies=True))
    response = log_in(web)
    assert "Secure" in response.headers["set-cookie"]  # type: ignore[attr-defined]


def test_the_database_keeps_only_a_hash_of_the_session_id(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    log_in(web)
    session_id = web.http.cookies[SESSION_COOKIE]
    with web.http.app.state.engine.connect() as conn:
        stored = conn.execute(text("SELECT id_hash FROM login_sessions")).scalars().all()
    assert len(stored) == 1
    assert session_id not in stored[0]
    assert len(stored[0]) == 64


def test_logout_ends_the_session_for_good(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    log_in(web)
    session_id = web.http.cookies[SESSION_COOKIE]
    web.get("/clients")
    assert web.post("/logout", follow_redirects=False).status_code == 303
    web.http.cookies.set(SESSION_COOKIE, session_id)
    assert web.get("/clients", follow_redirects=False).status_code == 303


def test_repeated_wrong_logins_lock_the_address_out(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    for _ in range(5):
        log_in(web, password="geraten-geraten-1")
    locked = log_in(web)
    assert locked.status_code == 429  # type: ignore[attr-defined]
    assert "Retry-After" in locked.headers  # type: ignore[attr-defined]


def test_changing_the_password_ends_other_logins(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    other = team_client_same_app(web)
    log_in(web)
    log_in(other)
    web.get("/account/password")
    refused = web.post(
        "/account/password",
        {"current": "nicht-das-alte!", "new": NEW_PASSWORD, "repeat": NEW_PASSWORD},
    )
    assert refused.status_code == 400
    assert "bisherige Passwort" in refused.text
    short = web.post("/account/password", {"current": PASSWORD, "new": "kurz", "repeat": "kurz"})
    assert short.status_code == 400
    changed = web.post(
        "/account/password", {"current": PASSWORD, "new": NEW_PASSWORD, "repeat": NEW_PASSWORD}
    )
    assert changed.status_code == 200
    assert "Passwort geändert" in changed.text
    assert web.get("/clients", follow_redirects=False).status_code == 200
    assert other.get("/clients", follow_redirects=False).status_code == 303
    assert log_in(other).status_code == 401  # type: ignore[attr-defined]
    assert log_in(other, password=NEW_PASSWORD).status_code == 303  # type: ignore[attr-defined]


def test_guessing_the_current_password_behind_an_open_session_is_locked_out(
    tmp_path: Path,
) -> None:
    web = team_client(tmp_path)
    log_in(web)
    web.get("/account/password")
    # a new password typed wrong twice or too short is no guess: never counted
    for _ in range(8):
        mismatch = web.post(
            "/account/password", {"current": "x", "new": NEW_PASSWORD, "repeat": "anders-1234"}
        )
        assert mismatch.status_code == 400
    for attempt in range(5):
        guess = web.post(
            "/account/password",
            {"current": f"geraten-{attempt}-xyz", "new": NEW_PASSWORD, "repeat": NEW_PASSWORD},
        )
        assert guess.status_code == 400
    locked = web.post(
        "/account/password", {"current": PASSWORD, "new": NEW_PASSWORD, "repeat": NEW_PASSWORD}
    )
    assert locked.status_code == 429
    assert "Retry-After" in locked.headers
    # the password did not change
    engine = web.http.app.state.engine
    assert accounts.check_login(engine, "anna", PASSWORD) is not None
    assert accounts.check_login(engine, "anna", NEW_PASSWORD) is None


def team_client_same_app(web: WebClient) -> WebClient:
    """A second browser on the same app (its own cookies)."""
    from fastapi.testclient import TestClient

    return WebClient(TestClient(web.http.app, base_url="http://127.0.0.1"))


def basic(password: str) -> dict[str, str]:
    """An HTTP Basic Authorization header."""
    token = base64.b64encode(f"x:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def test_the_shared_password_is_only_the_fallback_without_accounts(tmp_path: Path) -> None:
    shared = "gemeinsames-Passwort-1"
    web = make_web_client(tmp_path, WebOptions(password=shared))
    assert web.get("/clients").status_code == 401
    assert web.get("/clients", headers=basic(shared)).status_code == 200
    add_user(web.http.app.state.engine, "anna", PASSWORD)
    # With an account the shared password opens nothing; the login does.
    assert web.get("/clients", headers=basic(shared), follow_redirects=False).status_code == 303
    assert log_in(web).status_code == 303  # type: ignore[attr-defined]
    assert web.get("/clients").status_code == 200


def from_address(web: WebClient, host: str) -> WebClient:
    """Another browser on the same app whose requests come from `host`."""
    return WebClient(TestClient(web.http.app, base_url="http://127.0.0.1", client=(host, 50000)))


def fake_clock(web: WebClient) -> list[float]:
    """Both login guards of the app (as the routes make them) on a clock the test moves."""
    now = [1000.0]
    holder: Any = SimpleNamespace(app=web.http.app)
    for guard in (login_guard(holder), account_guard(holder)):
        guard.clock = lambda: now[0]
    return now


def spray(web: WebClient, name: str, first: int, count: int) -> list[Any]:
    """`count` wrong logins for `name`, each from another IPv6 network (a /64 of its own)."""
    return [
        log_in(from_address(web, f"2001:db8:{n:x}:1::1"), name=name, password="geraten-geraten")
        for n in range(first, first + count)
    ]


def flash_text(response: Any) -> str:
    return str(parse(response.text).select_one(".notice-error").get_text(" "))


def test_rotating_ipv6_addresses_in_one_network_lock_the_login(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    add_user(web.http.app.state.engine, "bert", "Teekanne-am-Abend-42")
    for n in range(FREE_FAILURES):
        guesser = from_address(web, f"2001:db8:5:6:{n:x}::{n + 2:x}")
        assert log_in(guesser, password="geraten-geraten").status_code == 401  # type: ignore[attr-defined]
    # Another address of the same /64, another account, the right password: locked.
    same_network = from_address(web, "2001:db8:5:6:ffff::1")
    locked = log_in(same_network, name="bert", password="Teekanne-am-Abend-42")
    assert locked.status_code == 429  # type: ignore[attr-defined]
    # Anna's account is not locked (five failures are below its own limit): from another
    # network she logs in.
    assert log_in(from_address(web, "2001:db8:5:7::1")).status_code == 303  # type: ignore[attr-defined]


def test_one_account_guessed_from_many_networks_is_locked(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    add_user(web.http.app.state.engine, "bert", "Teekanne-am-Abend-42")
    now = fake_clock(web)
    assert [r.status_code for r in spray(web, "anna", 0, ACCOUNT_FREE_FAILURES)] == [401] * 10
    # A network that never guessed, the right password: refused while anna is locked, with
    # the same answer as a locked address.
    fresh = from_address(web, "203.0.113.50")
    locked = log_in(fresh)
    assert locked.status_code == 429  # type: ignore[attr-defined]
    assert locked.headers["Retry-After"] == "1"  # type: ignore[attr-defined]
    assert "Zu viele falsche Versuche" in flash_text(locked)
    assert SESSION_COOKIE not in fresh.http.cookies
    # Bert's account and this address are not locked.
    assert log_in(fresh, name="bert", password="Teekanne-am-Abend-42").status_code == 303  # type: ignore[attr-defined]
    # Each further failure doubles the wait …
    now[0] += 1.0
    assert spray(web, "anna", 100, 1)[0].status_code == 401
    assert log_in(from_address(web, "203.0.113.51")).headers["Retry-After"] == "2"  # type: ignore[attr-defined]
    # … and once it has passed, the right password logs her in and clears the count.
    now[0] += 2.0
    assert log_in(from_address(web, "203.0.113.52")).status_code == 303  # type: ignore[attr-defined]
    assert spray(web, "anna", 200, 1)[0].status_code == 401


def test_a_locked_address_and_a_locked_account_answer_alike(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    fake_clock(web)
    by_address = from_address(web, "198.51.100.9")
    for _ in range(FREE_FAILURES):
        log_in(by_address, name="egal", password="geraten-geraten")
    address_locked = log_in(by_address, name="anna", password=PASSWORD)
    spray(web, "anna", 0, ACCOUNT_FREE_FAILURES)
    account_locked = log_in(from_address(web, "198.51.100.10"))
    for response in (address_locked, account_locked):
        assert response.status_code == 429  # type: ignore[attr-defined]
        assert response.headers["Retry-After"] == "1"  # type: ignore[attr-defined]
    assert flash_text(address_locked) == flash_text(account_locked)


def without_token(html: str) -> str:
    """The page without its CSRF token (each browser has its own)."""
    return re.sub(r"[\w-]{40,}\.[\w-]{40,}", "TOKEN", html)


def test_an_unknown_account_name_is_counted_and_answered_like_a_known_one(
    tmp_path: Path,
) -> None:
    web = team_client(tmp_path)
    fake_clock(web)
    # "nora" does not exist; "anna" does; same length, so the pages may match byte for byte.
    answers = {
        name: [*spray(web, name, first, ACCOUNT_FREE_FAILURES + 1)]
        for name, first in (("anna", 0), ("nora", 100))
    }
    for known, unknown in zip(answers["anna"], answers["nora"], strict=True):
        assert known.status_code == unknown.status_code
        assert known.headers.get("Retry-After") == unknown.headers.get("Retry-After")
        assert known.headers["content-length"] == unknown.headers["content-length"]
        assert without_token(known.text).replace("anna", "nora") == without_token(unknown.text)
    assert [r.status_code for r in answers["nora"]] == [401] * 10 + [429]
    # Names are counted case-folded and without surrounding space.
    assert spray(web, " NORA ", 200, 1)[0].status_code == 429
    assert spray(web, "Anna", 300, 1)[0].status_code == 429


def test_names_are_counted_case_folded_and_stripped(tmp_path: Path) -> None:
    web = team_client(tmp_path)
    fake_clock(web)
    for n, name in enumerate(["Anna", " anna", "ANNA ", "aNNa"] * 3):
        if n == ACCOUNT_FREE_FAILURES:
            break
        assert spray(web, name, n, 1)[0].status_code == 401
    assert log_in(from_address(web, "192.0.2.200")).status_code == 429  # type: ignore[attr-defined]


def test_the_first_unknown_name_takes_no_extra_hash(tmp_path: Path) -> None:
    """The hash unknown names are checked against is made on the first login of any name,
    so the first unknown name after the start is not slower than a known one."""
    web = team_client(tmp_path)
    accounts.dummy_hash.cache_clear()
    assert log_in(web, password="falsch-falsch-falsch").status_code == 401  # type: ignore[attr-defined]
    assert accounts.dummy_hash.cache_info().currsize == 1
