"""Saving a check while the live re-check is pending: the saved result and its report link
stay on the page, whichever request the browser sent first."""

from __future__ import annotations

from typing import Any

import pytest
from browser_helpers import add_client, demo_draft, demo_mails, upload
from playwright.sync_api import Page, expect

LIVE_DELAY_MS = 1200  # the textarea's hx-trigger delay
SETTLE_MS = 3500  # long enough for a live request after the save to come back


@pytest.fixture(scope="module")
def check_url(server: str, tmp_path_factory: pytest.TempPathFactory, browser: Any) -> str:
    """A client with Johanna's demo mails; her check page's URL."""
    page = browser.new_page(locale="de-DE")
    client_url = add_client(page, server, "Johanna Kellermann")
    upload(page, client_url, demo_mails(tmp_path_factory.mktemp("mails")))
    page.close()
    return client_url + "/check"


def save_and_settle(page: Page) -> None:
    """Click „Prüfen und speichern“, wait for the stored row, then for late answers."""
    rows = page.locator("#check-history tbody tr").count()
    page.get_by_role("button", name="Prüfen und speichern").click()
    expect(page.locator("#check-history tbody tr")).to_have_count(rows + 1, timeout=30_000)
    page.wait_for_timeout(SETTLE_MS)


def test_save_within_the_typing_pause_keeps_the_saved_result(
    page: Page, check_url: str, screenshot: Any
) -> None:
    page.goto(check_url)
    page.get_by_label("Titel des Entwurfs").fill("Startseite")
    page.locator("#draft-text").fill(demo_draft("startseite-steif.md"))
    save_and_settle(page)  # clicked well within the 1.2 s pause
    expect(page.locator("#check-result a[download]")).to_be_visible()
    # On a fast machine the save is back before the pause ends and the pending live
    # request goes out afterwards: send that request now, as the timer would.
    with page.expect_response(lambda r: "live=1" in r.url, timeout=30_000):
        page.evaluate(
            "url => htmx.ajax('POST', url, {source: '#draft-text', target: '#check-result',"
            " swap: 'outerHTML'})",
            check_url + "?live=1",
        )
    page.wait_for_timeout(500)  # the swap after the response
    expect(page.locator("#check-result a[download]")).to_be_visible()
    expect(page.locator("#check-result .score-number")).to_be_visible()
    screenshot(page, "saved")


def test_save_while_a_live_check_is_running_keeps_the_saved_result(
    page: Page, check_url: str
) -> None:
    page.goto(check_url)
    page.get_by_label("Titel des Entwurfs").fill("Startseite 2")
    with page.expect_request(lambda r: "live=1" in r.url, timeout=10_000):
        page.locator("#draft-text").fill(demo_draft("startseite-in-ihrer-stimme.md"))
    save_and_settle(page)  # the live request was already on its way
    expect(page.locator("#check-result a[download]")).to_be_visible()
