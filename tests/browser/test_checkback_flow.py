"""Check-back in a real browser: the user creates a round on „Verständnis“; the client, in a
second browser context, answers two items, closes the tab, comes back and finishes; the user
sees her answers and the new statuses."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "services" / "understanding_data"
TREFFSICHER = [sys.executable, "-m", "treffsicher"]


def run_cli(workspace: Path, *args: str) -> str:
    result = subprocess.run(
        [*TREFFSICHER, "--workspace", str(workspace), "--lang", "de", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def pick_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def praxis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on a workspace with Sabine Ohm, her mails and two assumptions."""
    workspace = tmp_path_factory.mktemp("checkback") / "workspace.sqlite"
    run_cli(workspace, "client", "add", "Sabine Ohm", "--email", "sabine@praxis.example")
    run_cli(workspace, "import", "Sabine Ohm", *(str(p) for p in sorted(DATA.glob("praxis-*"))))
    run_cli(workspace, "assume", "Sabine Ohm", "Sie bietet Massagen an.", "--category", "offer")
    run_cli(
        workspace,
        "assume",
        "Sabine Ohm",
        "Ihre Zielgruppe sind Familien.",
        "--category",
        "audience",
    )
    port = pick_port()
    env = {**os.environ, "LANG": "de_DE.UTF-8", "PYTHONUNBUFFERED": "1"}
    env.pop("TREFFSICHER_PASSWORD", None)
    env.pop("TREFFSICHER_PUBLIC_URL", None)
    process = subprocess.Popen(
        [*TREFFSICHER, "--workspace", str(workspace), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/clients", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(process.communicate()[1])
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def answer(page: Page, statement: str, choice: str, text: str = "") -> None:
    """Answer one statement on her page and wait until it says it is saved."""
    item = page.locator("li.her-item", has_text=statement)
    item.get_by_label(choice, exact=True).check()
    if text:
        item.get_by_label("Was genau?").fill(text)
    item.get_by_role("button", name="Speichern").click()
    expect(page.locator("li.her-item", has_text=statement).locator(".her-saved")).to_be_visible()


def test_round_answered_in_two_visits(
    page: Page, browser: Browser, praxis_server: str, screenshot: Any
) -> None:
    page.goto(praxis_server + "/clients/1/understanding")
    expect(page.locator("h1")).to_contain_text("Verständnis")
    page.locator("#a-1").get_by_label("In die Rückfrage").check()
    page.locator("#a-2").get_by_label("In die Rückfrage").check()
    page.get_by_role("button", name="Rückfrage anlegen").click()
    link = page.locator("input.round-link").input_value()
    assert "/r/" in link
    screenshot(page, "created")

    her_context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    her = her_context.new_page()
    her.goto(link)
    expect(her.locator("h1")).to_have_text("Habe ich das richtig verstanden?")
    answer(her, "Sie bietet Massagen an.", "Stimmt nicht, sondern …", "Nur noch Kurse.")
    screenshot(her, "her-first-visit")
    her.close()  # she closes the tab …

    her = her_context.new_page()  # … and comes back later
    her.goto(link)
    first = her.locator("li.her-item", has_text="Sie bietet Massagen an.")
    expect(first.get_by_label("Stimmt nicht, sondern …", exact=True)).to_be_checked()
    expect(first.get_by_label("Was genau?")).to_have_value("Nur noch Kurse.")
    answer(her, "Ihre Zielgruppe sind Familien.", "Stimmt")
    her.get_by_role("button", name="Fertig – abschicken").click()
    expect(her.locator(".notice")).to_contain_text("Danke")
    screenshot(her, "her-finished")
    her_context.close()

    page.goto(praxis_server + "/clients/1/checkback/1")
    expect(page.locator(".round-items")).to_contain_text("Nur noch Kurse.")
    page.goto(praxis_server + "/clients/1/understanding")
    expect(page.locator("#a-1")).to_contain_text("korrigiert")
    expect(page.locator("#a-2")).to_contain_text("bestätigt")
    screenshot(page, "statuses")
