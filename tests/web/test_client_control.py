"""What counts as her, in the browser: removing an email address or speaker name from a
client (her imported sources stay), and erasing a client with everything derived from her
(asked first, then none of her words left in the workspace file)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from web_helpers import WebClient, make_web_client, parse

from treffsicher.services.accounts import add_user
from treffsicher.storage.tables import Client, PassageRow, Source

ENGLISH = {"Accept-Language": "en-GB,en;q=0.9"}
PASSWORD = "Holunderblüte-im-Juni-3"
# A word only her texts contain: after the erasure it must be nowhere in the file.
CANARY = "Zwetschgenkuchenrezept"
HER_NOTE = (
    "# Telefonnotiz\n\n"
    f"Also, ehrlich gesagt hätte ich gern das {CANARY} von meiner Oma auf der Seite. "
    "Die Leute sollen gleich merken, dass bei uns noch selbst gebacken wird.\n\n"
    "Und bitte keine langen Sätze, die liest doch keiner bis zum Ende durch.\n"
).encode()
HER_MAIL = (
    "Hallo Tom,\n\nder Entwurf ist schon viel besser. Mir fehlt nur noch ein bisschen "
    "Wärme im ersten Absatz, so wie ich auch im Laden mit den Leuten rede.\n\n"
    "Viele Grüße\nGreta\n"
).encode()
OTHER_NOTE = (
    b"# Call notes\n\nHonestly, I would rather keep the page short. People should see at "
    b"once what the workshop offers and when it is open.\n"
)


def her_counts(web: WebClient, name: str) -> tuple[int, int]:
    """Sources and passages stored for the client called `name`."""
    with Session(web.http.app.state.engine) as session:
        sources = session.scalar(
            select(func.count(Source.id)).join(Client).where(Client.name == name)
        )
        passages = session.scalar(
            select(func.count(PassageRow.id))
            .join(Source, PassageRow.source_id == Source.id)
            .join(Client, Source.client_id == Client.id)
            .where(Client.name == name)
        )
        return int(sources or 0), int(passages or 0)


def all_passages(web: WebClient) -> int:
    with Session(web.http.app.state.engine) as session:
        return int(session.scalar(select(func.count(PassageRow.id))) or 0)


def identities(web: WebClient, client_id: int, kind: str) -> list[str]:
    page = web.soup(f"/clients/{client_id}")
    return [span.get_text() for span in page.select(f"#identities-{kind} .identity-value")]


def remove_form(web: WebClient, client_id: int, kind: str, value: str) -> dict[str, str]:
    """The hidden fields of the remove button next to `value` on her overview."""
    page = web.soup(f"/clients/{client_id}")
    for form in page.select(f"#identities-{kind} form"):
        if form.select_one("input[name=value]")["value"] == value:
            assert form["action"] == f"/clients/{client_id}/identities/remove"
            return {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    raise AssertionError(f"no remove button for {value}")


def greta(web: WebClient) -> int:
    """Greta Sommer with two identities and two imported sources."""
    client_id = web.add_client("Greta Sommer", emails="greta@example.org", speakers="Greta")
    response = web.upload(client_id, [("telefon.md", HER_NOTE), ("mail-greta.txt", HER_MAIL)])
    assert len(parse(response.text).select(".result-ok")) == 2
    return client_id


def test_removing_an_email_keeps_her_sources(web: WebClient) -> None:
    client_id = greta(web)
    before = her_counts(web, "Greta Sommer")
    assert before[0] == 2
    assert before[1] > 0
    fields = remove_form(web, client_id, "email", "greta@example.org")
    assert fields["kind"] == "email"
    response = web.post(f"/clients/{client_id}/identities/remove", fields)
    assert response.status_code == 200
    notice = parse(response.text).select_one(".notice-info")
    assert notice["role"] == "status"
    assert notice.get_text() == (
        "greta@example.org entfernt. Schon importierte Quellen bleiben; Sie können sie unter "
        "„Quellen“ entfernen."
    )
    assert identities(web, client_id, "email") == []
    assert identities(web, client_id, "speaker") == ["Greta"]
    assert her_counts(web, "Greta Sommer") == before
    names = web.soup(f"/clients/{client_id}/sources").select("#sources-table tbody th")
    assert sorted(th.contents[0].strip() for th in names) == ["mail-greta.txt", "telefon.md"]


def test_removing_a_speaker_name_in_english(web: WebClient) -> None:
    client_id = greta(web)
    fields = remove_form(web, client_id, "speaker", "Greta")
    # Speaker names match whatever their case, as on the command line.
    fields["value"] = "GRETA"
    response = web.post(f"/clients/{client_id}/identities/remove", fields, headers=ENGLISH)
    assert response.status_code == 200
    assert parse(response.text).select_one(".notice-info").get_text() == (
        "Removed Greta. Sources already imported stay; you can remove them under “Sources”."
    )
    assert identities(web, client_id, "speaker") == []
    assert identities(web, client_id, "email") == ["greta@example.org"]
    assert her_counts(web, "Greta Sommer")[0] == 2


def test_an_identity_she_does_not_have_is_said_so(web: WebClient) -> None:
    client_id = greta(web)
    url = f"/clients/{client_id}/identities/remove"
    response = web.post(url, {"kind": "email", "value": "niemand@example.org"})
    assert response.status_code == 400
    notice = parse(response.text).select_one(".notice-error")
    assert notice["role"] == "alert"
    assert notice.get_text() == "„niemand@example.org“ ist keine ihrer Kennungen; nichts geändert."
    english = web.post(url, {"kind": "speaker", "value": "Tom"}, headers=ENGLISH)
    assert parse(english.text).select_one(".notice-error").get_text() == (
        "“Tom” is not one of her identities; nothing changed."
    )
    invalid = web.post(url, {"kind": "telefon", "value": "Greta"})
    assert invalid.status_code == 400
    assert parse(invalid.text).select_one(".notice-error").get_text() == (
        "Bitte eine Art und einen Wert für die Kennung angeben."
    )
    assert identities(web, client_id, "email") == ["greta@example.org"]
    assert identities(web, client_id, "speaker") == ["Greta"]


def test_each_identity_has_a_named_remove_button_and_the_page_says_sources_stay(
    web: WebClient,
) -> None:
    client_id = greta(web)
    page = web.soup(f"/clients/{client_id}")
    buttons = [b.get_text() for b in page.select(".identity-list button")]
    assert buttons == ["Entfernen: greta@example.org", "Entfernen: Greta"]
    for hidden in page.select(".identity-list button .visually-hidden"):
        assert hidden.get_text().startswith(": ")
    hint = page.select_one("section[aria-labelledby=identities-heading]").get_text(" ")
    assert "schon importierte Quellen bleiben" in hint
    assert all(f.select_one("input[name=csrf_token]") for f in page.select(".identity-list form"))


def test_erasing_asks_first_and_removes_nothing_until_confirmed(web: WebClient) -> None:
    client_id = greta(web)
    sources, passages = her_counts(web, "Greta Sommer")
    zone = web.soup(f"/clients/{client_id}").select_one("section.danger-zone")
    assert zone.select_one("h2").get_text() == "Kundin endgültig löschen"
    form = zone.select_one("form")
    assert form["action"] == f"/clients/{client_id}/delete"
    assert form.select_one("input[name=confirmed]") is None
    assert zone.select_one("button").get_text() == "Kundin löschen …"
    response = web.post(form["action"])
    assert response.status_code == 200
    asked = parse(response.text).select_one(".confirm-card")
    assert asked.select_one("h2").get_text() == (
        "„Greta Sommer“ und alles, was von ihr stammt, endgültig löschen?"
    )
    what = asked.get_text(" ")
    assert f"Gelöscht werden 2 Quellen mit {passages} Textstellen" in what
    assert "lässt sich nicht rückgängig machen" in what
    confirm = asked.select_one("form")
    assert confirm["action"] == f"/clients/{client_id}/delete"
    assert confirm.select_one("input[name=confirmed]")["value"] == "1"
    assert asked.select_one("button").get_text() == "Ja, „Greta Sommer“ endgültig löschen"
    assert asked.select_one("a")["href"] == f"/clients/{client_id}"
    # Nothing happened yet.
    assert her_counts(web, "Greta Sommer") == (sources, passages)
    assert "Greta Sommer" in web.soup("/clients").select_one("#clients-table").get_text()
    # A confirmation without a valid form token is refused, too.
    forged = web.http.post(confirm["action"], data={"confirmed": "1", "csrf_token": "x"})
    assert forged.status_code == 403
    assert her_counts(web, "Greta Sommer") == (sources, passages)


def test_confirmed_erasure_leaves_none_of_her_words(web: WebClient, tmp_path: Path) -> None:
    client_id = greta(web)
    other_id = web.add_client("Morwenna Pike")
    web.upload(other_id, [("call.md", OTHER_NOTE)])
    other_before = her_counts(web, "Morwenna Pike")
    sources, passages = her_counts(web, "Greta Sommer")
    files = sorted(tmp_path.glob("web.sqlite*"))
    assert any(CANARY.encode() in file.read_bytes() for file in files)
    asked = parse(web.post(f"/clients/{client_id}/delete").text)
    action = asked.select_one(".confirm-card form")["action"]
    response = web.post(action, {"confirmed": "1"}, follow_redirects=False)
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("/clients?")
    assert "Greta" not in location  # her name stays out of addresses and history
    page = web.soup(location)
    notices = [p.get_text() for p in page.select(".notice")]
    assert notices == [
        f"Die Kundin und alles, was von ihr stammt, sind gelöscht: 2 Quellen, "
        f"{passages} Textstellen.",
        "Die Arbeitsbereich-Datei wurde neu geschrieben; ihre Worte stehen nicht mehr "
        "darin, auch nicht im Protokoll (WAL).",
    ]
    names = [a.get_text() for a in page.select("#clients-table tbody th a")]
    assert names == ["Morwenna Pike"]
    assert her_counts(web, "Greta Sommer") == (0, 0)
    assert all_passages(web) == other_before[1]
    assert her_counts(web, "Morwenna Pike") == other_before
    assert web.get(f"/clients/{client_id}").status_code == 404
    for file in tmp_path.glob("web.sqlite*"):
        assert CANARY.encode() not in file.read_bytes(), file.name
    assert sources == 2


def test_erasing_in_english(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, lang="en")
    try:
        client_id = web.add_client("Morwenna Pike")
        web.upload(client_id, [("call.md", OTHER_NOTE)])
        _, passages = her_counts(web, "Morwenna Pike")
        zone = web.soup(f"/clients/{client_id}", headers=ENGLISH).select_one(".danger-zone")
        assert zone.select_one("h2").get_text() == "Erase this client"
        assert zone.select_one("button").get_text() == "Erase client …"
        asked = parse(web.post(f"/clients/{client_id}/delete", headers=ENGLISH).text)
        card = asked.select_one(".confirm-card")
        assert card.select_one("h2").get_text() == (
            "Erase “Morwenna Pike” and everything derived from her for good?"
        )
        noun = "passage" if passages == 1 else "passages"
        assert f"This erases 1 source with {passages} {noun}" in card.get_text(" ")
        assert card.select_one("a").get_text() == "Cancel, erase nothing"
        done = web.post(
            f"/clients/{client_id}/delete", {"confirmed": "1"}, headers=ENGLISH
        )  # follows the redirect
        assert done.status_code == 200
        first = parse(done.text).select_one(".notice").get_text()
        assert first == (
            f"The client and everything derived from her are erased: 1 source, {passages} {noun}."
        )
        assert "Morwenna" not in parse(done.text).select_one("main").get_text()
    finally:
        web.http.close()


def log_in(app_client: TestClient, name: str) -> WebClient:
    """A browser of `name`, logged in on the app of `app_client`."""
    web = WebClient(TestClient(app_client.app, base_url="http://127.0.0.1"))
    web.get("/login")
    response = web.post(
        "/login", {"name": name, "password": PASSWORD, "next": "/clients"}, follow_redirects=False
    )
    assert response.status_code == 303, response.text[:300]
    web.get("/clients")  # the token of the logged-in session
    return web


def test_another_users_private_client_cannot_be_erased_or_changed(tmp_path: Path) -> None:
    setup = make_web_client(tmp_path)
    engine = setup.http.app.state.engine
    add_user(engine, "anna", PASSWORD)
    add_user(engine, "berta", PASSWORD)
    anna = log_in(setup.http, "anna")
    berta = log_in(setup.http, "berta")
    try:
        client_id = greta(anna)  # private to anna: she did not tick „share“
        before = her_counts(anna, "Greta Sommer")
        assert "Greta Sommer" not in berta.get("/clients").text
        for path, data in (
            (f"/clients/{client_id}/delete", {}),
            (f"/clients/{client_id}/delete", {"confirmed": "1"}),
            (f"/clients/{client_id}/identities/remove", {"kind": "speaker", "value": "Greta"}),
        ):
            response = berta.post(path, data)
            assert response.status_code == 404, path
            assert "Greta Sommer" not in response.text
        assert her_counts(anna, "Greta Sommer") == before
        assert identities(anna, client_id, "speaker") == ["Greta"]
        # Her owner may erase her.
        done = anna.post(f"/clients/{client_id}/delete", {"confirmed": "1"})
        assert done.status_code == 200
        assert her_counts(anna, "Greta Sommer") == (0, 0)
        assert re.search(r"gelöscht: 2 Quellen", parse(done.text).select_one(".notice").get_text())
    finally:
        for web in (setup, anna, berta):
            web.http.close()
