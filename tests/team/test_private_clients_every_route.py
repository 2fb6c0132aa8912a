"""A user cannot read or change another user's private client through any route.

The routes are enumerated from the app (included routers too), not listed here, so a
route added later is covered by itself: every path parameter must have a value below,
and every route is requested as user B — GET, and POST with a valid CSRF token and a form
that would change something — once with all ids of A's private client, and once with
the id of a shared client and the other ids of A's client (the ids must belong together).
Her rows must be unchanged afterwards and no page may show her name.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from treffsicher.cli import app as cli_app
from treffsicher.services.accounts import add_user, get_user_id
from treffsicher.settings import Settings
from treffsicher.web.app import create_app

PASSWORD = "Kaffeebohne-Morgen-7"
PRIVATE = "Johanna Kellermann"
SHARED = "Morwenna Pike"
PARAM = re.compile(r"{(\w+)(?::\w+)?}")
TOKEN_PATTERN = re.compile(r'name="csrf_token" value="([^"]+)"')
# Her check-back pages are public by design: the secret link is their key, not a login.
PUBLIC_PREFIX = "/r/"
# Words of the private client that no page for user B may contain.
HER_MARKERS = ("Kellermann", "Johanna")


def iter_routes(routes: Iterable[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, path) of every route, also inside included routers (which FastAPI wraps)."""
    for route in routes:
        if isinstance(route, APIRoute):
            for method in sorted(route.methods - {"HEAD"}):
                yield method, prefix + route.path
        elif hasattr(route, "original_router"):
            inner = route.original_router
            yield from iter_routes(inner.routes, prefix + getattr(inner, "prefix", ""))


def run(args: list[str]) -> None:
    result = CliRunner().invoke(cli_app, args, env={"LANG": "de_DE.UTF-8"})
    assert result.exit_code == 0, result.output


def one(connection: sqlite3.Connection, query: str, *params: Any) -> int:
    row = connection.execute(query, params).fetchone()
    assert row is not None, query
    return int(row[0])


def ids_of(database: Path, name: str) -> dict[str, int]:
    """One id of each kind that belongs to the client called `name`."""
    with sqlite3.connect(database) as c:
        client = one(c, "SELECT id FROM clients WHERE name = ?", name)
        return {
            "client_id": client,
            "source_id": one(c, "SELECT id FROM sources WHERE client_id = ?", client),
            "check_id": one(c, "SELECT id FROM checks WHERE client_id = ?", client),
            "assumption_id": one(c, "SELECT id FROM assumptions WHERE client_id = ?", client),
            "round_id": one(c, "SELECT id FROM checkback_rounds WHERE client_id = ?", client),
            "item_id": one(
                c,
                "SELECT i.id FROM checkback_items i JOIN checkback_rounds r "
                "ON r.id = i.round_id WHERE r.client_id = ?",
                client,
            ),
            "passage_id": one(
                c,
                "SELECT p.id FROM passages p JOIN sources s ON s.id = p.source_id "
                "WHERE s.client_id = ?",
                client,
            ),
        }


HER_ROWS = {
    "clients": "id = :c",
    "identities": "client_id = :c",
    "sources": "client_id = :c",
    "passages": "source_id IN (SELECT id FROM sources WHERE client_id = :c)",
    "checks": "client_id = :c",
    "profile_cache": "client_id = :c",
    "assumptions": "client_id = :c",
    "assumption_events": "assumption_id IN (SELECT id FROM assumptions WHERE client_id = :c)",
    "evidence_marks": "assumption_id IN (SELECT id FROM assumptions WHERE client_id = :c)",
    "checkback_rounds": "client_id = :c",
    "checkback_items": "round_id IN (SELECT id FROM checkback_rounds WHERE client_id = :c)",
    "checkback_answers": "item_id IN (SELECT i.id FROM checkback_items i "
    "JOIN checkback_rounds r ON r.id = i.round_id WHERE r.client_id = :c)",
}


def her_rows(database: Path, client_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row that belongs to the client, table by table."""
    with sqlite3.connect(database) as c:
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(HER_ROWS) <= tables, set(HER_ROWS) - tables
        return {
            table: sorted(
                c.execute(f"SELECT * FROM {table} WHERE {where}", {"c": client_id}), key=repr
            )
            for table, where in HER_ROWS.items()
        }


def make_workspace(tmp_path: Path) -> Path:
    """The demo workspace with a check, assumptions and a check-back round for both the
    private and the shared client; the private one belongs to anna."""
    database = tmp_path / "team.sqlite"
    workspace = ["--workspace", str(database)]
    run([*workspace, "demo"])
    drafts = resources.files("treffsicher.demo").joinpath("data", "drafts")
    for name, file in (
        (PRIVATE, "startseite-in-ihrer-stimme.md"),
        (SHARED, "about-in-her-voice.md"),
    ):
        draft = tmp_path / file
        draft.write_bytes(drafts.joinpath(file).read_bytes())
        run([*workspace, "check", name, str(draft)])
        run([*workspace, "assumptions", name, "--propose"])
        with sqlite3.connect(database) as c:
            numbers = [
                str(r[0])
                for r in c.execute(
                    "SELECT a.id FROM assumptions a JOIN clients k ON k.id = a.client_id "
                    "WHERE k.name = ? ORDER BY a.id LIMIT 2",
                    (name,),
                )
            ]
        run([*workspace, "checkback", "create", name, "--items", ",".join(numbers)])
    return database


def make_private(database: Path, app: FastAPI) -> None:
    """Accounts anna and berta; PRIVATE becomes anna's alone."""
    engine = app.state.engine
    add_user(engine, "anna", PASSWORD)
    add_user(engine, "berta", PASSWORD)
    with sqlite3.connect(database) as c:
        c.execute(
            "UPDATE clients SET owner_id = ? WHERE name = ?",
            (get_user_id(engine, "anna"), PRIVATE),
        )


class Browser:
    """A logged-in user's browser that knows its CSRF token."""

    def __init__(self, app: FastAPI, name: str) -> None:
        self.http = TestClient(app, base_url="http://127.0.0.1")
        self.name = name
        self.token = ""
        self.log_in()

    def log_in(self) -> None:
        self.get("/login")
        response = self.http.post(
            "/login",
            data={"csrf_token": self.token, "name": self.name, "password": PASSWORD},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text[:300]

    def get(self, path: str) -> Any:
        response = self.http.get(path, follow_redirects=False)
        match = TOKEN_PATTERN.search(response.text)
        if match:
            self.token = match.group(1)
        return response

    def post(self, path: str, ids: dict[str, int]) -> Any:
        form = {
            "csrf_token": self.token,
            "name": "Von Berta umbenannt",
            "value": "berta@example.org",
            "kind": "email",
            "text": "Berta war hier.",
            "category": "tone",
            "status": "confirmed",
            "note": "Berta",
            "accept": "1",
            "mark": "pin",
            "passage_id": str(ids["passage_id"]),
            "draft_text": "Berta schreibt einen Entwurf, der gespeichert würde.",
            "draft_name": "berta.txt",
            "register": "web",
            "items": str(ids["assumption_id"]),
            "days": "7",
            "language": "de",
            "share": "1",
        }
        files = {"files": ("berta.txt", b"Liebe Berta, das ist mein Text.", "text/plain")}
        return self.http.post(path, data=form, files=files, follow_redirects=False)


def fill(path: str, ids: dict[str, int]) -> str:
    names = PARAM.findall(path)
    missing = [n for n in names if n not in ids]
    assert not missing, f"{path}: give the test a value for {missing}"
    for name in names:
        path = re.sub(r"{" + name + r"(?::\w+)?}", str(ids[name]), path)
    return path


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, FastAPI]:
    database = make_workspace(tmp_path)
    app = create_app(Settings(database_url=f"sqlite:///{database}", lang="de"))
    make_private(database, app)
    return database, app


def test_user_b_can_neither_read_nor_change_a_private_client(team: tuple[Path, FastAPI]) -> None:
    database, app = team
    berta = Browser(app, "berta")
    theirs = ids_of(database, PRIVATE)
    # The shared client's id with the private client's other ids: those must not mix.
    mixed = {**theirs, "client_id": ids_of(database, SHARED)["client_id"]}
    before = her_rows(database, theirs["client_id"])
    assert all(before[t] for t in ("sources", "passages", "checks", "assumptions")), before
    tried = []
    for method, route in iter_routes(app.routes):
        if route.startswith(PUBLIC_PREFIX) or route == "/logout":
            continue
        for ids in (theirs, mixed):
            path = fill(route, ids)
            berta.get("/clients")  # a fresh CSRF token for every request
            response = berta.get(path) if method == "GET" else berta.post(path, ids)
            tried.append((method, path, response.status_code))
            params = PARAM.findall(route)
            # Her client's id, or another client's id with ids of hers: not found.
            if "client_id" in params and (ids is theirs or len(params) > 1):
                assert response.status_code == 404, (method, path, response.status_code)
            assert response.status_code < 500, (method, path, response.text[:300])
            for marker in HER_MARKERS:
                assert marker not in response.text, (method, path, marker)
    # Her stored check, asked for on the shared client's pages.
    with sqlite3.connect(database) as c:
        draft = c.execute("SELECT draft_text FROM checks WHERE id = ?", (theirs["check_id"],))
        her_sentence = draft.fetchone()[0].strip().splitlines()[0][:60]
    for page in ("check", "profile"):
        response = berta.get(f"/clients/{mixed['client_id']}/{page}?check={theirs['check_id']}")
        assert response.status_code in (200, 404), response.status_code
        assert her_sentence not in response.text, page
    assert her_sentence in Browser(app, "anna").get(f"/clients/{theirs['client_id']}/check").text
    assert her_rows(database, theirs["client_id"]) == before, "berta changed anna's client"
    assert sum(1 for m, _, _ in tried if m == "POST") >= 10, tried
    assert sum(1 for m, _, _ in tried if m == "GET") >= 10, tried


def test_the_owner_and_everybody_see_what_they_may(team: tuple[Path, FastAPI]) -> None:
    database, app = team
    anna, berta = Browser(app, "anna"), Browser(app, "berta")
    assert PRIVATE in anna.get("/clients").text
    assert PRIVATE not in berta.get("/clients").text
    for browser in (anna, berta):
        assert SHARED in browser.get("/clients").text
    private, shared = ids_of(database, PRIVATE), ids_of(database, SHARED)
    for method, route in iter_routes(app.routes):
        if method != "GET" or PARAM.findall(route) != ["client_id"]:
            continue
        assert anna.get(fill(route, private)).status_code == 200, route
        for browser in (anna, berta):
            assert browser.get(fill(route, shared)).status_code == 200, route
    berta.get("/clients")
    response = berta.post(f"/clients/{shared['client_id']}/assumptions", shared)
    assert response.status_code in (200, 303), response.text[:300]
