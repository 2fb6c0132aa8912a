"""Every page in a real browser at 1366 and 390 px wide: a screenshot under test-output/,
nothing wider than the screen, and axe-core (vendored from npm, run in the page) finds no
serious or critical accessibility violation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import add_client, demo_draft, demo_mails, upload
from playwright.sync_api import Page, expect

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
WIDTHS = {"desktop": 1366, "phone": 390}
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def client_url(server: str, tmp_path_factory: pytest.TempPathFactory, browser: Any) -> str:
    """Johanna with her demo mails and one saved check."""
    page = browser.new_page(locale="de-DE")
    url = add_client(page, server, "Johanna Kellermann")
    upload(page, url, demo_mails(tmp_path_factory.mktemp("mails")))
    page.goto(url + "/check")
    page.get_by_label("Titel des Entwurfs").fill("Startseite")
    page.locator("#draft-text").fill(demo_draft("startseite-steif.md"))
    page.get_by_role("button", name="Prüfen und speichern").click()
    expect(page.locator("#check-history tbody tr")).to_have_count(1, timeout=30_000)
    page.close()
    return url


def list_pages(server: str, client_url: str) -> dict[str, str]:
    """Name → address of every page a user reaches."""
    return {
        "clients": server + "/clients",
        "client": client_url,
        "sources": client_url + "/sources",
        "profile": client_url + "/profile",
        "check": client_url + "/check",
        "voice-card": client_url + "/voice-card.html?print=1",
        "profile-en": client_url + "/profile?lang=en",
        "understanding": client_url + "/understanding",
        "meeting": client_url + "/meeting",
        "not-found": server + "/clients/999999",
    }


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page (its source is evaluated, never fetched)."""
    page.evaluate(AXE)
    result = page.evaluate("async () => JSON.stringify(await axe.run(document))")
    violations: list[dict[str, Any]] = json.loads(result)["violations"]
    return violations


@pytest.mark.parametrize("width_name", sorted(WIDTHS))
def test_every_page_fits_and_passes_axe(
    page: Page, server: str, client_url: str, width_name: str, screenshot: Any
) -> None:
    page.set_viewport_size({"width": WIDTHS[width_name], "height": 900})
    problems = []
    for name, address in list_pages(server, client_url).items():
        page.goto(address)
        screenshot(page, f"{width_name}-{name}")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 1:
            problems.append(f"{name}: {overflow} px wider than the screen")
        for violation in run_axe(page):
            if violation["impact"] in BLOCKING:
                targets = [n["target"] for n in violation["nodes"]][:3]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) {targets}")
    assert problems == []


def test_sources_rows_stack_on_a_phone(page: Page, client_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(client_url + "/sources")
    button = page.locator("#sources-table tbody tr").first.get_by_role("button")
    box = button.bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= 390
    for tab in page.locator(".client-nav a").all():  # every tab on screen, none scrolled off
        tab_box = tab.bounding_box()
        assert tab_box is not None
        assert tab_box["x"] + tab_box["width"] <= 390


def test_focus_moves_to_the_saved_result(page: Page, client_url: str) -> None:
    page.goto(client_url + "/check")
    page.locator("#draft-text").fill(demo_draft("startseite-in-ihrer-stimme.md"))
    page.get_by_role("button", name="Prüfen und speichern").click()
    expect(page.locator("#check-history tbody tr")).to_have_count(2, timeout=30_000)
    expect(page.locator("#result-heading")).to_be_focused()


@pytest.mark.parametrize("width_name", sorted(WIDTHS))
def test_form_error_and_confirm_pages_pass_axe(
    browser: Any, server: str, client_url: str, width_name: str, screenshot: Any
) -> None:
    # Without JavaScript, as the confirm page exists for exactly that case.
    context = browser.new_context(
        locale="de-DE",
        java_script_enabled=False,
        viewport={"width": WIDTHS[width_name], "height": 900},
    )
    page = context.new_page()
    problems = []
    page.goto(server + "/clients")
    page.get_by_label("Name", exact=True).fill("Johanna Kellermann")
    page.get_by_role("button", name="Anlegen").click()
    expect(page.locator("#client-form-error")).to_be_visible()
    page.goto(client_url + "/sources")
    page.locator("#sources-table tbody tr").first.get_by_role("button").click()
    expect(page.locator(".confirm-card")).to_be_visible()
    screenshot(page, f"{width_name}-confirm")
    context.close()
    # axe needs script in the page: look at the same two pages with JavaScript on.
    page = browser.new_page(locale="de-DE", viewport={"width": WIDTHS[width_name], "height": 900})
    page.goto(server + "/clients")
    page.get_by_label("Name", exact=True).fill("Johanna Kellermann")
    page.get_by_role("button", name="Anlegen").click()
    expect(page.locator("#client-form-error")).to_be_visible()
    screenshot(page, f"{width_name}-form-error")
    problems += [v["id"] for v in run_axe(page) if v["impact"] in BLOCKING]
    # The confirm page, reached by a plain POST of the remove form (as without htmx).
    page.goto(client_url + "/sources")
    page.evaluate(
        """() => {
            const original = document.querySelector("#sources-table form");
            const plain = document.createElement("form");
            plain.method = "post";
            plain.action = original.action;
            plain.append(original.querySelector("input[name=csrf_token]").cloneNode());
            document.body.append(plain);
            plain.submit();
        }"""
    )
    expect(page.locator(".confirm-card")).to_be_visible()
    problems += [v["id"] for v in run_axe(page) if v["impact"] in BLOCKING]
    page.close()
    assert problems == []
