"""Clients pages: list, add, rename, identities; errors as page, fragment and JSON."""

from __future__ import annotations

from web_helpers import WebClient, parse


def test_empty_list_says_so_and_offers_the_form(web: WebClient) -> None:
    page = web.soup("/clients")
    assert page.select_one("#clients-table") is None
    assert "Noch keine Kundinnen" in page.select_one("p.empty").get_text()
    labels = {label["for"] for label in page.select("form[action='/clients'] label")}
    assert labels == {"client-name", "client-emails", "client-speakers"}


def test_add_client_then_listed_with_identities(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger", emails="ulrike@example.org, U@Example.de")
    page = web.soup(f"/clients/{client_id}?added=1")
    assert page.select_one("h1").get_text() == "Ulrike Berger"
    assert "Kundin „Ulrike Berger“ angelegt." in page.select_one(".notice").get_text()
    emails = [li.get_text() for li in page.select(".identity-value")]
    assert emails == ["u@example.de", "ulrike@example.org"]  # stored lower-cased, sorted
    rows = web.soup("/clients").select("#clients-table tbody tr")
    assert len(rows) == 1
    cells = [c.get_text(strip=True) for c in rows[0].find_all(["th", "td"])]
    assert cells == ["Ulrike Berger", "0", "0", "noch keiner"]


def test_duplicate_name_is_refused_with_the_form_kept(web: WebClient) -> None:
    web.add_client("Ulrike Berger")
    response = web.post("/clients", {"name": "ulrike berger", "emails": "x@example.org"})
    assert response.status_code == 400
    page = parse(response.text)
    assert "Ulrike Berger" in page.select_one("#client-form-error").get_text()
    assert page.select_one("#client-emails")["value"] == "x@example.org"


def test_rename_and_identity(web: WebClient) -> None:
    client_id = web.add_client("Anna Alt")
    other_id = web.add_client("Berta Neu")
    response = web.post(f"/clients/{client_id}/rename", {"name": "Anna Neu"})
    assert response.status_code == 200  # followed the redirect
    assert parse(response.text).select_one("h1").get_text() == "Anna Neu"
    taken = web.post(f"/clients/{client_id}/rename", {"name": "berta neu"})
    assert taken.status_code == 400
    assert "Berta Neu" in parse(taken.text).select_one("#rename-error").get_text()
    web.post(f"/clients/{client_id}/identities", {"kind": "speaker", "value": "Anna N."})
    page = web.soup(f"/clients/{client_id}")
    assert [li.get_text() for li in page.select(".identity-value")] == ["Anna N."]
    assert other_id != client_id


def test_unknown_client_is_404_page_fragment_and_json(web: WebClient) -> None:
    page = web.get("/clients/999")
    assert page.status_code == 404
    assert parse(page.text).select_one("#error-message").get_text() == "Diese Kundin gibt es nicht."
    fragment = web.get("/clients/999/profile", headers={"HX-Request": "true"})
    assert fragment.status_code == 404
    root = parse(fragment.text).find(True)
    assert root.name == "p"
    assert root["id"] == "error-message"
    assert fragment.headers["hx-retarget"] == "#htmx-error"
    as_json = web.get("/clients/999/sources", headers={"Accept": "application/json"})
    assert as_json.status_code == 404
    assert as_json.json() == {"ok": False, "error": "Diese Kundin gibt es nicht."}


def test_unknown_path_is_a_page_in_the_users_language(web: WebClient) -> None:
    response = web.get("/nowhere", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert response.status_code == 404
    assert parse(response.text).select_one("#error-message").get_text() == (
        "This page does not exist."
    )
