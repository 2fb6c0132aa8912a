"""Web: a source's passages, each left out of her voice or counted again."""

from __future__ import annotations

from web_helpers import WebClient, parse

from treffsicher.services.profiling import build_client_profile

SLOGAN = "Holz, das lebt. Handwerk, das bleibt. Ihre Tischlerei für Generationen."


def test_a_passage_is_left_out_and_counted_again(web: WebClient) -> None:
    client_id = web.add_client("Johanna Kellermann")
    web.upload(client_id, [("slogan.txt", SLOGAN.encode())])
    sources = web.soup(f"/clients/{client_id}/sources")
    link = next(a["href"] for a in sources.select("#sources-table a") if "/passages" in a["href"])
    page = web.soup(link)
    form = page.select_one("form[action$='/exclude']")
    assert form is not None
    assert SLOGAN in page.get_text()
    done = web.post(form["action"], follow_redirects=False)
    assert done.status_code == 303
    after = web.soup(done.headers["location"].split("#")[0])
    assert after.select_one(".badge").get_text() == "ausgenommen"
    assert after.select_one("form[action$='/include']") is not None
    engine = web.http.app.state.engine
    assert build_client_profile(engine, "Johanna Kellermann").profile.n_passages_total == 0
    web.post(after.select_one("form[action$='/include']")["action"])
    assert build_client_profile(engine, "Johanna Kellermann").profile.n_passages_total == 1


def test_another_clients_passage_cannot_be_toggled(web: WebClient) -> None:
    first = web.add_client("Johanna Kellermann")
    other = web.add_client("Ulrike Berger")
    web.upload(first, [("slogan.txt", SLOGAN.encode())])
    link = next(
        a["href"]
        for a in web.soup(f"/clients/{first}/sources").select("#sources-table a")
        if "/passages" in a["href"]
    )
    action = web.soup(link).select_one("form[action$='/exclude']")["action"]
    response = web.post(action.replace(f"/clients/{first}/", f"/clients/{other}/"))
    assert response.status_code == 404
    assert parse(web.get(link).text).select_one(".badge") is None
