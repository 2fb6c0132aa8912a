"""HEAD is answered like GET: same status and headers (Content-Length of the GET's body),
no body — on every GET route of the app (enumerated from it, so a route added later is
covered by itself), static files and her check-back pages included; and the host check,
the password and the login treat HEAD exactly as GET."""

from __future__ import annotations

import base64
import re
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import pytest
from app_routes import iter_get_paths
from fastapi.testclient import TestClient
from understanding_helpers import add_praxis
from web_helpers import WebClient, make_web_client

from treffsicher.services import accounts, checkback, understanding
from treffsicher.web.app import WebOptions

PASSWORD = "Kaffeebohne-Morgen-7"
SHARED_PASSWORD = "gemeinsames-Passwort-1"
PARAM = re.compile(r"{(\w+)(?::\w+)?}")
# Headers that may differ between two requests for the same page.
VARYING = {"date", "set-cookie"}
DRAFT = (
    "Liebe Eltern,\n\nin unserer Praxis nehmen wir uns Zeit für jede Familie. Wir hören zu, "
    "bevor wir raten, und wir sagen ehrlich, was wir nicht wissen.\n\nHerzlich\nSabine\n"
)


def one(database: Path, query: str) -> int:
    with sqlite3.connect(database) as connection:
        row = connection.execute(query).fetchone()
    assert row is not None, query
    return int(row[0])


def praxis_with_everything(tmp_path: Path) -> tuple[WebClient, dict[str, str]]:
    """Sabine's practice with sources, a check and a check-back round; the values for
    every path parameter of the app's routes."""
    web = make_web_client(tmp_path)
    engine = web.http.app.state.engine
    add_praxis(engine)
    database = tmp_path / "web.sqlite"
    client_id = one(database, "SELECT id FROM clients")
    checked = web.post(f"/clients/{client_id}/check", {"draft_text": DRAFT, "draft_name": "Brief"})
    assert checked.status_code == 200, checked.text[:300]
    understanding.add_assumption(engine, "Sabine Ohm", "Sie bietet Massagen an.", "offer", "de")
    created = checkback.create_round(engine, "Sabine Ohm", [1], lang="de")
    ids = {
        "client_id": str(client_id),
        "source_id": str(one(database, "SELECT id FROM sources")),
        "check_id": str(one(database, "SELECT id FROM checks")),
        "round_id": str(one(database, "SELECT id FROM checkback_rounds")),
        "token": created.link.rsplit("/r/", 1)[1],
    }
    return web, ids


def every_get_path(web: WebClient, ids: dict[str, str]) -> list[str]:
    paths = []
    for route_path in iter_get_paths(web.http.app.routes):
        names = PARAM.findall(route_path)
        missing = [n for n in names if n not in ids]
        assert not missing, f"{route_path}: give the test a value for {missing}"
        path = route_path
        for name in names:
            path = re.sub(r"{" + name + r"(?::\w+)?}", ids[name], path)
        paths.append(path)
    return [*paths, "/static/app.css", "/static/app.js", "/r/kein-solcher-link-0123456789"]


def assert_head_like_get(http: TestClient, path: str, **kwargs: Any) -> int:
    """HEAD of `path` answers with GET's status and headers; returns the status."""
    got = http.get(path, follow_redirects=False, **kwargs)
    head = http.head(path, follow_redirects=False, **kwargs)
    assert head.status_code == got.status_code, (path, head.status_code, got.status_code)
    assert head.content == b"", path
    get_headers = {k: v for k, v in got.headers.items() if k not in VARYING}
    head_headers = {k: v for k, v in head.headers.items() if k not in VARYING}
    assert head_headers == get_headers, path
    assert int(head.headers["content-length"]) == len(got.content), path
    return int(head.status_code)


def test_every_get_route_answers_head_like_get_logged_in_and_not(tmp_path: Path) -> None:
    web, ids = praxis_with_everything(tmp_path)
    paths = every_get_path(web, ids)
    # Without accounts: every page is open.
    statuses = {path: assert_head_like_get(web.http, path) for path in paths}
    assert len(statuses) >= 20, statuses
    assert [p for p, status in statuses.items() if status == 405] == []
    assert statuses["/clients"] == 200
    assert statuses["/static/app.css"] == 200
    assert statuses[f"/r/{ids['token']}"] == 200
    assert statuses["/r/kein-solcher-link-0123456789"] == 404
    # With an account: not logged in, HEAD is sent to the login like GET …
    accounts.add_user(web.http.app.state.engine, "anna", PASSWORD)
    stranger = TestClient(web.http.app, base_url="http://127.0.0.1")
    assert assert_head_like_get(stranger, "/clients") == 303
    assert (
        stranger.head("/clients", follow_redirects=False).headers["location"]
        == "/login?next=%2Fclients"
    )
    assert assert_head_like_get(stranger, "/login") == 200
    assert assert_head_like_get(stranger, "/static/app.css") == 200
    # … and logged in, every page answers HEAD as it answers GET.
    web.get("/login")
    login = web.post("/login", {"name": "anna", "password": PASSWORD}, follow_redirects=False)
    assert login.status_code == 303
    logged_in = {path: assert_head_like_get(web.http, path) for path in paths}
    assert [p for p, status in logged_in.items() if status == 405] == []
    assert logged_in[f"/clients/{ids['client_id']}/profile"] == 200


def test_post_only_routes_refuse_head_like_get(web: WebClient) -> None:
    assert assert_head_like_get(web.http, "/logout") == 405


def basic(password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"x:{password}".encode()).decode()}


def test_host_check_and_password_apply_to_head_as_to_get(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password=SHARED_PASSWORD))
    foreign = {"Host": "evil.example"}
    assert assert_head_like_get(web.http, "/clients", headers=foreign) == 400
    assert assert_head_like_get(web.http, "/static/app.css", headers=foreign) == 400
    assert web.http.head("/clients").status_code == 401
    assert web.http.head("/clients").headers["www-authenticate"].startswith("Basic")
    assert web.http.head("/clients", headers=basic(SHARED_PASSWORD)).status_code == 200
    # Static files stay open without the password, for HEAD too.
    assert web.http.head("/static/app.css").status_code == 200
    # Wrong passwords sent with HEAD count towards the lock-out like those sent with GET.
    for _ in range(5):
        assert web.http.head("/clients", headers=basic("geraten-geraten")).status_code == 401
    locked = web.http.get("/clients", headers=basic(SHARED_PASSWORD))
    assert locked.status_code == 429
    assert web.http.head("/clients", headers=basic(SHARED_PASSWORD)).status_code == 429


def raw_request(app: Any, method: str, path: str) -> list[dict[str, Any]]:
    """The ASGI messages the app sends for one request (no test client in between, which
    would drop a HEAD answer's body by itself)."""
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "extensions": {"http.response.pathsend": {}},
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    # In a thread of its own: in the full run the browser tests' Playwright keeps an event
    # loop running in this thread, and anyio.run refuses to start a second one there.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(anyio.run, app, scope, receive, send).result()
    return sent


@pytest.mark.parametrize("path", ["/clients", "/static/app.css", "/login"])
def test_the_app_itself_sends_no_body_for_head(web: WebClient, path: str) -> None:
    get_messages = raw_request(web.http.app, "GET", path)
    head_messages = raw_request(web.http.app, "HEAD", path)
    start = head_messages[0]
    assert start["type"] == "http.response.start"
    assert start["status"] == 200
    bodies = head_messages[1:]
    assert [m["type"] for m in bodies] == ["http.response.body"]
    assert bodies[0]["body"] == b""
    assert not bodies[0].get("more_body", False)
    # Content-Length describes the GET's body (a file goes by path: its size on disk).
    length = dict(start["headers"])[b"content-length"]
    get_body = b"".join(m.get("body", b"") for m in get_messages[1:])
    if path.startswith("/static/"):
        assert get_messages[1]["type"] == "http.response.pathsend"
        get_body = Path(get_messages[1]["path"]).read_bytes()
    assert int(length) == len(get_body) > 0
