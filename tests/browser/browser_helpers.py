"""Steps the browser tests share: add a client, upload her demo mails, read demo drafts."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from playwright.sync_api import Page, expect

DEMO = resources.files("treffsicher.demo").joinpath("data")


def demo_mails(tmp_path: Path) -> list[Path]:
    """Johanna's demo mails copied to files (set_input_files wants paths)."""
    folder = DEMO.joinpath("johanna-kellermann", "mails")
    paths = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        target = tmp_path / entry.name
        target.write_bytes(entry.read_bytes())
        paths.append(target)
    return paths


def demo_draft(name: str) -> str:
    """One of the demo drafts (for example "startseite-steif.md")."""
    return DEMO.joinpath("drafts", name).read_text(encoding="utf-8")


def add_client(page: Page, server: str, name: str) -> str:
    """Add a client through the form; returns her page's URL."""
    page.goto(server + "/clients")
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_role("button", name="Anlegen").click()
    expect(page.locator("h1")).to_contain_text(name)
    return page.url.split("?")[0]


def upload(page: Page, client_url: str, files: list[Path]) -> None:
    """Upload files on the sources page and wait for the result."""
    page.goto(client_url + "/sources")
    page.locator("#upload-files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Importieren").click()
    expect(page.locator("#import-result")).to_be_visible(timeout=60_000)
