"""The web UI in a real browser: add a client, upload her mails, see the profile, check a
draft with marked sentences and a score, switch the language, no script from her text."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

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


def add_client(page: Page, server: str, name: str) -> str:
    """Add a client through the form; returns her page's URL."""
    page.goto(server + "/clients")
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_role("button", name="Anlegen").click()
    expect(page.locator("#error-message")).to_have_count(0)
    expect(page.locator("h1")).to_have_text(name)
    return page.url.split("?")[0]


def upload(page: Page, client_url: str, files: list[Path]) -> None:
    """Upload files on the sources page and wait for the result."""
    page.goto(client_url + "/sources")
    page.locator("#upload-files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Importieren").click()
    expect(page.locator("#import-result")).to_be_visible(timeout=60_000)


def test_client_mails_profile_and_check(
    page: Page, server: str, tmp_path: Path, screenshot: Any
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    client_url = add_client(page, server, "Johanna Kellermann")
    screenshot(page, "client")
    mails = demo_mails(tmp_path)
    upload(page, client_url, mails)
    expect(page.locator(".result-ok")).to_have_count(len(mails))
    expect(page.locator("#sources-table tbody tr")).to_have_count(len(mails))
    screenshot(page, "sources")

    page.get_by_role("link", name="Stimmprofil", exact=True).click()
    expect(page.locator("h1")).to_contain_text("Stimmprofil")
    assert page.locator("svg.range-chart").count() > 10
    expect(page.locator(".signature-list li").first).to_be_visible()
    screenshot(page, "profile")

    page.get_by_role("link", name="Entwurf prüfen", exact=True).click()
    stiff = DEMO.joinpath("drafts", "startseite-steif.md").read_text(encoding="utf-8")
    page.get_by_label("Text", exact=True).fill(stiff)
    # The debounced live re-check fills in the result without a click.
    expect(page.locator("#check-result .score-number")).to_be_visible(timeout=20_000)
    expect(page.locator("#draft-text")).to_have_value(stiff)  # what was typed stays
    marks = page.locator("mark.sentence-note")
    expect(marks.first).to_be_visible()
    # The reason shows on keyboard focus, not only on hover.
    marks.first.focus()
    expect(marks.first.locator(".note-tip")).to_be_visible()
    screenshot(page, "check-live")

    page.get_by_label("Titel des Entwurfs").fill("Startseite")
    page.get_by_role("button", name="Prüfen und speichern").click()
    expect(page.locator("#check-history tbody tr")).to_have_count(1, timeout=20_000)
    expect(page.locator("#check-result a[download]")).to_be_visible()
    score = int(page.locator("#check-result .score-number").inner_text())
    assert 0 <= score <= 100
    screenshot(page, "check-saved")

    page.get_by_role("link", name="Stimmprofil", exact=True).click()
    expect(page.locator(".legend-draft")).to_be_visible()
    assert page.locator("path.draft-mark").count() > 0
    screenshot(page, "profile-with-draft")
    assert dialogs == []


def test_switch_language(page: Page, server: str, screenshot: Any) -> None:
    page.goto(server + "/clients")
    expect(page.locator("h1")).to_have_text("Kundinnen")
    page.get_by_role("link", name="English").click()
    expect(page.locator("h1")).to_have_text("Clients")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(server + "/clients")  # the choice is remembered
    expect(page.locator("h1")).to_have_text("Clients")
    screenshot(page, "english")
    page.get_by_role("link", name="Deutsch").click()
    expect(page.locator("h1")).to_have_text("Kundinnen")


HOSTILE_MAIL = (
    "Hallo Anna,\n\nin einer Mail an mich stand das hier: <script>window.__pwned = 1;"
    'alert(1)</script> und dann noch <img src=x onerror="window.__pwned = 2; alert(2)"> '
    "– seltsam, oder? Ich habe ehrlich gesagt nichts angeklickt.\n\nLiebe Grüße\nJo\n"
)


def test_hostile_mail_runs_no_script(
    page: Page, server: str, tmp_path: Path, screenshot: Any
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    client_url = add_client(page, server, "Jo <script>alert(3)</script>")
    mail = tmp_path / "komisch.txt"
    mail.write_text(HOSTILE_MAIL, encoding="utf-8")
    upload(page, client_url, [mail])
    page.goto(client_url + "/check")
    page.get_by_label("Text", exact=True).fill(HOSTILE_MAIL)
    page.get_by_role("button", name="Prüfen und speichern").click()
    expect(page.locator("#check-history")).to_be_visible(timeout=20_000)
    for path in ("", "/sources", "/profile", "/check"):
        page.goto(client_url + path)
        expect(page.locator(".page-head")).to_contain_text("<script>alert(3)</script>")
        assert page.evaluate("window.__pwned") is None
    page.goto(client_url + "/check")
    expect(page.locator("#draft-text")).to_have_value(re.compile(r"<script>window\.__pwned"))
    screenshot(page, "check")
    assert dialogs == []


def test_works_without_javascript(
    browser: Any, server: str, tmp_path: Path, screenshot: Any
) -> None:
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    client_url = add_client(page, server, "Ohne Skript")
    mail = tmp_path / "mail.txt"
    mail.write_text(
        "Hallo Anna,\n\nganz kurz: der Termin am Dienstag passt mir gut. Bis dann!\n\nLG\nUte\n",
        encoding="utf-8",
    )
    upload(page, client_url, [mail])
    expect(page.locator(".result-ok")).to_have_count(1)
    screenshot(page, "sources")
    context.close()


DROPPED_MAIL = (
    "Hallo Anna,\n\nich ziehe dir die Datei einfach rüber, so geht es am schnellsten. "
    "Sag mir kurz, ob alles angekommen ist.\n\nLiebe Grüße\nUte\n"
)


def test_drop_a_file_and_keyboard_focus(page: Page, server: str, screenshot: Any) -> None:
    client_url = add_client(page, server, "Ute Fallen")
    page.goto(client_url + "/sources")
    page.evaluate(
        """(text) => {
            const data = new DataTransfer();
            data.items.add(new File([text], "gezogen.txt", {type: "text/plain"}));
            const zone = document.getElementById("drop-zone");
            zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: data, bubbles: true}));
            zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
        }""",
        DROPPED_MAIL,
    )
    assert page.evaluate("document.getElementById('upload-files').files[0].name") == ("gezogen.txt")
    page.get_by_role("button", name="Importieren").click()
    expect(page.locator(".result-ok")).to_contain_text("Aus „gezogen.txt“ wurde 1 Textstelle")
    # After the swap, focus is on the result, not left on the button.
    expect(page.locator("#import-result")).to_be_focused()
    # Keyboard: the first Tab reaches the skip link, which becomes visible.
    page.goto(server + "/clients")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    screenshot(page, "skip-link")
