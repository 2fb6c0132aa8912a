"""In the browser: upload a mail archive, tick her address, import only her messages,
remove a source again (confirm dialog)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from playwright.sync_api import Dialog, Page, expect

HER = "wren@example.org"
MAILS = [
    (
        HER,
        "Wren Hollis",
        "Hi Anna,\n\nThe new page reads lovely. Could we lose the word "
        "'bespoke' though? It isn't me at all.\n\nCheers,\nWren\n",
    ),
    (
        "anna@example.net",
        "Anna",
        "Hi Wren,\n\nOf course, I'll swap it for 'made to order'.\n\nBest,\nAnna\n",
    ),
    (
        HER,
        "Wren Hollis",
        "Hi Anna,\n\nPerfect, that's much more like how I talk to people in "
        "the shop. Thanks ever so much.\n\nCheers,\nWren\n",
    ),
]


def write_mbox(path: Path) -> Path:
    """Three messages, two of them hers, as an mbox file."""
    chunks = []
    for number, (address, name, body) in enumerate(MAILS, start=1):
        message = EmailMessage()
        message["From"] = f"{name} <{address}>"
        message["To"] = "studio@example.com"
        message["Subject"] = f"Website {number}"
        message["Date"] = format_datetime(datetime(2026, 5, number, 10, 0, tzinfo=UTC))
        message["Message-ID"] = f"<w{number}@example.org>"
        message.set_content(body)
        chunks.append(f"From {address} Fri May  {number} 10:00:00 2026\n".encode())
        chunks.append(message.as_bytes() + b"\n")
    path.write_bytes(b"".join(chunks))
    return path


def test_pick_her_address_then_remove_a_source(
    page: Page, server: str, tmp_path: Path, screenshot: Any
) -> None:
    page.goto(server + "/clients?lang=en")
    page.get_by_label("Name", exact=True).fill("Wren Hollis")
    page.get_by_role("button", name="Add client").click()
    expect(page.locator("h1")).to_have_text("Wren Hollis")
    page.get_by_role("link", name="Sources", exact=True).click()
    page.locator("#upload-files").set_input_files(str(write_mbox(tmp_path / "inbox.mbox")))
    page.get_by_role("button", name="Import").click()
    expect(page.locator("#pick-identities")).to_be_visible(timeout=20_000)
    screenshot(page, "pick")
    page.get_by_label("Wren Hollis <wren@example.org>").check()
    expect(page.get_by_label("Anna <anna@example.net>")).not_to_be_checked()
    page.get_by_role("button", name="Import her words").click()
    expect(page.locator(".result-ok")).to_contain_text("“inbox.mbox”: 3 messages read, 2 of")
    rows = page.locator("#sources-table tbody tr")
    expect(rows).to_have_count(2)
    screenshot(page, "imported")

    def accept(dialog: Dialog) -> None:
        dialog.accept()

    page.once("dialog", accept)
    rows.first.get_by_role("button").click()
    expect(rows).to_have_count(1)
    expect(page.locator("#sources-area .notice")).to_contain_text("were removed")
    page.get_by_role("link", name="Overview").click()
    expect(page.locator(".identity-list .identity-value")).to_have_text([HER])
