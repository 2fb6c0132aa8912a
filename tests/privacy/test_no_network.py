"""Nothing leaves the machine: the whole flow runs with every outbound network call blocked.

Import (the demo clients), profile, check, and a GET of every page of the web interface
run while connecting, sending or resolving a name over the network raises. Local Unix
sockets stay allowed (the event loop uses a socket pair internally). New pages are
covered automatically: the routes are enumerated from the app, not listed here.
"""

from __future__ import annotations

import re
import socket
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from app_routes import iter_get_paths
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from treffsicher.cli import app as cli_app
from treffsicher.settings import Settings
from treffsicher.web.app import create_app

PARAM = re.compile(r"{(\w+)(?::\w+)?}")


class NetworkCallError(AssertionError):
    """A network call was attempted while the network was blocked."""


def is_network(address: Any) -> bool:
    """True for an (host, port) address, False for a Unix socket path."""
    return isinstance(address, tuple)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block outbound network use; yields the list of attempts (must stay empty)."""
    attempts: list[str] = []
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if is_network(address):
            attempts.append(f"connect {address}")
            raise NetworkCallError(f"network connection to {address}")
        original_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if is_network(address):
            attempts.append(f"connect_ex {address}")
            raise NetworkCallError(f"network connection to {address}")
        return original_connect_ex(self, address)

    def sendto(self: socket.socket, data: bytes, *args: Any) -> int:
        attempts.append(f"sendto {args[-1] if args else ''}")
        raise NetworkCallError("datagram sent")

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        attempts.append(f"getaddrinfo {host}")
        raise NetworkCallError(f"name lookup of {host}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", getaddrinfo)
    yield attempts
    assert attempts == [], attempts


def test_the_block_itself_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NetworkCallError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    assert no_network
    no_network.clear()


def run(args: list[str]) -> Any:
    result = CliRunner().invoke(cli_app, args, env={"LANG": "de_DE.UTF-8"})
    assert result.exit_code == 0, result.output
    return result


def first_ids(database: Path) -> dict[str, list[Any]]:
    """Ids to fill the routes' path parameters with, read from the workspace file."""
    with sqlite3.connect(database) as connection:
        ids = {
            "client_id": [r[0] for r in connection.execute("SELECT id FROM clients")],
            "source_id": [r[0] for r in connection.execute("SELECT id FROM sources LIMIT 1")],
            "check_id": [r[0] for r in connection.execute("SELECT id FROM checks LIMIT 1")],
            "round_id": [
                r[0] for r in connection.execute("SELECT id FROM checkback_rounds LIMIT 1")
            ],
        }
    return ids


def test_import_profile_check_and_every_page_without_network(
    tmp_path: Path, no_network: list[str]
) -> None:
    database = tmp_path / "w.sqlite"
    workspace = ["--workspace", str(database)]
    run([*workspace, "demo"])
    run([*workspace, "profile", "Johanna Kellermann"])
    drafts = resources.files("treffsicher.demo").joinpath("data", "drafts")
    draft = tmp_path / "entwurf.md"
    draft.write_bytes(drafts.joinpath("startseite-in-ihrer-stimme.md").read_bytes())
    run([*workspace, "check", "Johanna Kellermann", str(draft)])
    run([*workspace, "assumptions", "Johanna Kellermann", "--propose"])
    created = run([*workspace, "checkback", "create", "Johanna Kellermann", "--items", "1,2"])
    token = created.output.split("/r/", 1)[1].split()[0]

    settings = Settings(database_url=f"sqlite:///{database}", lang="de")
    web_app = create_app(settings)
    ids = first_ids(database)
    ids["token"] = [token]  # her private link (only its hash is stored)
    assert all(ids.values()), ids
    client = TestClient(web_app, base_url="http://127.0.0.1")
    visited = []
    for route_path in iter_get_paths(web_app.routes):
        names = PARAM.findall(route_path)
        missing = [n for n in names if n not in ids]
        assert not missing, f"{route_path}: give the test a value for {missing}"
        path = route_path
        for name in names:
            path = re.sub(r"{" + name + r"(?::\w+)?}", str(ids[name][0]), path)
        response = client.get(path)
        assert response.status_code < 500, (path, response.text[:300])
        visited.append(path)
    assert len(visited) >= 6, visited
