"""Real-browser tests: Debian's chromium driven by Playwright, against
`python -m treffsicher --workspace W serve --port P` started as a subprocess.

Never `playwright install` (it downloads): the browser is /usr/bin/chromium, installed by
`apt-get install -y chromium`; the tests skip when it is missing. Screenshots of every page
under test go to test-output/browser/ for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-output" / "browser"
CHROMIUM = shutil.which("chromium")
START_TIMEOUT_S = 30.0
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TREFFSICHER = [sys.executable, "-m", "treffsicher"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here is a browser test, skipped when Debian's chromium is missing."""
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if CHROMIUM is None:
                item.add_marker(pytest.mark.skip(reason="chromium is not installed"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's chromium headless, with nothing that phones home."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A German browser (Accept-Language de-DE), as most users have."""
    return {**browser_context_args, "locale": "de-DE", "viewport": {"width": 1280, "height": 900}}


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(process: subprocess.Popen[str], url: str) -> None:
    """Return once `url` answers; fail with the server's stderr if it died or hung."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _, stderr = process.communicate()
            pytest.fail(f"the server exited with {process.returncode}:\n{stderr}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    process.kill()
    _, stderr = process.communicate()
    pytest.fail(f"the server did not answer within {START_TIMEOUT_S} s:\n{stderr}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a fresh workspace served by the real CLI on a free port."""
    workspace = tmp_path_factory.mktemp("browser") / "workspace.sqlite"
    port = free_port()
    env = {**os.environ, "LANG": "de_DE.UTF-8", "PYTHONUNBUFFERED": "1"}
    env.pop("TREFFSICHER_PASSWORD", None)
    command = [*TREFFSICHER, "--workspace", str(workspace), "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, base + "/clients")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def screenshot(request: pytest.FixtureRequest) -> Any:
    """shoot(page, name): save a full-page PNG under test-output/browser/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def shoot(page: Any, name: str) -> Path:
        path = SCREENSHOTS / f"{request.node.name}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return shoot
