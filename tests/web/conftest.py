"""Fixtures for the web route tests: an app on a fresh SQLite workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import WebClient, make_web_client


@pytest.fixture
def web(tmp_path: Path) -> Iterator[WebClient]:
    """A WebClient on a fresh workspace, German by default (no Accept-Language sent)."""
    client = make_web_client(tmp_path)
    yield client
    client.http.close()
