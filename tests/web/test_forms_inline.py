"""Forms answer on the same page: the message beside the field, the input kept; a page
reached by POST switches language without a 405; removing without JavaScript asks first."""

from __future__ import annotations

from web_helpers import WebClient, parse


def test_taken_name_is_said_beside_the_field_with_the_input_kept(web: WebClient) -> None:
    web.add_client("Ulrike Berger")
    response = web.post("/clients", {"name": "Ulrike Berger", "emails": "u@example.org"})
    assert response.status_code == 400
    page = parse(response.text)
    field = page.select_one("#client-name")
    assert field["value"] == "Ulrike Berger"
    assert field["aria-invalid"] == "true"
    message = page.select_one("#" + field["aria-describedby"]).get_text()
    assert "Ulrike Berger" in message
    assert "„Ulrike Berger“" in message
    assert page.select_one("#client-emails")["value"] == "u@example.org"
    assert page.select_one("h1").get_text() == "Kundinnen"  # the page, not an error page


def test_rename_and_identity_errors_stay_on_the_client_page(web: WebClient) -> None:
    web.add_client("Ulrike Berger")
    other = web.add_client("Tom Tal")
    page = parse(web.post(f"/clients/{other}/rename", {"name": "Ulrike Berger"}).text)
    assert page.select_one("#rename-name")["value"] == "Ulrike Berger"
    assert page.select_one("#rename-error").get_text()
    bad = web.post(f"/clients/{other}/identities", {"kind": "email", "value": "kein-at"})
    assert bad.status_code == 400
    page = parse(bad.text)
    assert page.select_one("#identity-value")["value"] == "kein-at"
    assert "„kein-at“" in page.select_one("#identity-error").get_text()


def test_language_switch_after_a_post_leads_to_a_page(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    page = parse(web.post(f"/clients/{client_id}/rename", {"name": ""}).text)
    english = page.select_one('.lang-switch a[hreflang="en"]')["href"]
    assert english.startswith(f"/clients/{client_id}?")
    assert web.get(english).status_code == 200
    posted = parse(web.post("/clients", {"name": ""}).text)
    link = posted.select_one('.lang-switch a[hreflang="en"]')["href"]
    assert web.get(link).status_code == 200


def test_dates_in_each_languages_format() -> None:
    from datetime import UTC, datetime

    from treffsicher.web.i18n import format_when

    moment = datetime(2026, 11, 26, 12, 15, tzinfo=UTC)
    assert format_when(moment, "en").startswith("26 Nov 2026, ")
    assert format_when(moment, "de").startswith("26.11.2026, ")
