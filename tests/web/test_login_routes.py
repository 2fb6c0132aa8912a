"""Logins of the team server: login page, session cookie, logout, password change,
lock-out, and the shared password only as the fallback of a workspace without accounts."""

from __future__ import annotations

import base64
from pathlib import Path

from sqlalchemy import text
from web_helpers import WebClient, make_web_client

from treffsicher.services.accounts import add_user
from treffsicher.web.app import WebOptions
from treffsicher.web.auth import SESSION_COOKIE

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
