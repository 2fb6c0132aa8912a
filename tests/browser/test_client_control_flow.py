"""Removing an identity and erasing a client in a real browser: the remove button by its
name, the confirmation page (without and with JavaScript the same page), axe-core without
serious findings on both pages, nothing wider than a phone, and the client gone after."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from browser_helpers import add_client, upload
from playwright.sync_api import Page, expect

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
BLOCKING = ("serious", "critical")
NOTE = (
    "# Telefonnotiz\n\nIch hätte gern, dass man auf der Seite gleich sieht, wann der Laden "
    "offen hat. Und bitte nicht so förmlich, die Leute kennen mich ja.\n"
)


def blocking_findings(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the page (evaluated, never fetched)."""
    page.evaluate(AXE)
    result = json.loads(page.evaluate("async () => JSON.stringify(await axe.run(document))"))
    return [v["id"] for v in result["violations"] if v["impact"] in BLOCKING]


def overflow(page: Page) -> int:
    return int(
        page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
    )


def test_remove_an_identity_then_erase_the_client(
    browser: Any, server: str, tmp_path: Path, screenshot: Any
) -> None:
    page = browser.new_page(locale="de-DE", viewport={"width": 390, "height": 900})
    url = add_client(page, server, "Greta Sommer")
    note = tmp_path / "telefon.md"
    note.write_text(NOTE, encoding="utf-8")
    upload(page, url, [note])
    page.goto(url)
    for kind, value in (("E-Mail-Adresse", "greta@example.org"), ("Sprechername", "Greta")):
        page.get_by_label("Art").select_option(label=kind)
        page.get_by_label("Wert").fill(value)
        page.get_by_role("button", name="Kennung hinzufügen").click()
    expect(page.locator(".identity-value")).to_have_text(["greta@example.org", "Greta"])
    problems = [f"overview: {finding}" for finding in blocking_findings(page)]
    assert overflow(page) <= 1
    screenshot(page, "phone-identities")

    # The address is the hidden end of the button's name (Chromium puts a space before it).
    page.get_by_role("button", name=re.compile(r"^Entfernen\W+greta@example\.org$")).click()
    expect(page.locator(".notice-info")).to_contain_text("Schon importierte Quellen bleiben")
    expect(page.locator(".identity-value")).to_have_text(["Greta"])

    page.get_by_role("button", name="Kundin löschen …").click()
    card = page.locator(".confirm-card")
    expect(card).to_contain_text("„Greta Sommer“ und alles, was von ihr stammt")
    expect(card).to_contain_text("1 Quelle")
    problems += [f"confirm: {finding}" for finding in blocking_findings(page)]
    assert overflow(page) <= 1
    screenshot(page, "phone-confirm-erase")
    page.get_by_role("link", name="Abbrechen, nichts löschen").click()
    expect(page.locator("h1")).to_have_text("Greta Sommer")

    page.get_by_role("button", name="Kundin löschen …").click()
    page.get_by_role("button", name="Ja, „Greta Sommer“ endgültig löschen").click()
    expect(page.locator(".notice").first).to_contain_text("sind gelöscht: 1 Quelle")
    expect(page.locator("main")).not_to_contain_text("Greta Sommer")
    screenshot(page, "phone-erased")
    page.close()
    assert problems == []
