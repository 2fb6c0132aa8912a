"""Helpers for the web route tests: a TestClient that knows the CSRF token."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from treffsicher.settings import Settings
from treffsicher.web.app import WebOptions, create_app

TOKEN_PATTERN = re.compile(r'name="csrf_token" value="([^"]+)"')


class WebClient:
    """A TestClient that knows the page's CSRF token and parses HTML."""

    def __init__(self, client: TestClient) -> None:
        self.http = client
        self.token = ""

    def get(self, path: str, **kwargs: Any) -> Any:
        response = self.http.get(path, **kwargs)
        match = TOKEN_PATTERN.search(response.text)
        if match:
            self.token = match.group(1)
        return response

    def soup(self, path: str, **kwargs: Any) -> BeautifulSoup:
        response = self.get(path, **kwargs)
        assert response.status_code == 200, response.text[:500]
        return BeautifulSoup(response.text, "html.parser")

    def post(self, path: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        if not self.token:
            self.get("/clients")
        form = {"csrf_token": self.token, **(data or {})}
        return self.http.post(path, data=form, **kwargs)

    def add_client(self, name: str, emails: str = "", speakers: str = "") -> int:
        response = self.post(
            "/clients",
            {"name": name, "emails": emails, "speakers": speakers},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text[:500]
        match = re.match(r"/clients/(\d+)", response.headers["location"])
        assert match
        return int(match.group(1))

    def upload(
        self, client_id: int, files: list[tuple[str, bytes]], htmx: bool = False, kind: str = ""
    ) -> Any:
        headers = {"HX-Request": "true"} if htmx else {}
        return self.post(
            f"/clients/{client_id}/sources",
            {"kind": kind},
            files=[("files", (name, data, "text/plain")) for name, data in files],
            headers=headers,
        )


def make_web_client(
    tmp_path: Path, options: WebOptions | None = None, lang: str = "de"
) -> WebClient:
    """A WebClient on a new workspace under tmp_path."""
    settings = Settings(database_url="sqlite:///" + str(tmp_path / "web.sqlite"), lang=lang)
    client = TestClient(create_app(settings, options or WebOptions()), base_url="http://127.0.0.1")
    return WebClient(client)


def parse(html: str) -> BeautifulSoup:
    """Parsed HTML."""
    return BeautifulSoup(html, "html.parser")
