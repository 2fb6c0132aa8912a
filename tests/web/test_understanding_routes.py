"""The page „Verständnis“ and her private check-back page: flows and security."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session
from understanding_helpers import add_praxis
from web_helpers import WebClient, make_web_client, parse

from treffsicher.services import checkback, understanding
from treffsicher.storage.understanding_tables import CheckBackRoundRow
from treffsicher.web.app import WebOptions
from treffsicher.web.security import DOCUMENT_CSP

LINK = re.compile(r"http://[^\s\"<]+/r/([A-Za-z0-9_-]+)")


def engine_of(web: WebClient) -> Engine:
    engine: Engine = web.http.app.state.engine  # type: ignore[attr-defined]
    return engine


def setup(web: WebClient) -> int:
    """Sabine with her mails and two assumptions; returns her client id."""
    add_praxis(engine_of(web))
    for text, category in (
        ("Sie bietet Massagen an.", "offer"),
        ("Ihre Zielgruppe sind Familien.", "audience"),
    ):
        understanding.add_assumption(engine_of(web), "Sabine Ohm", text, category, "de")
    return 1


def her_browser(web: WebClient) -> WebClient:
    """A second browser: her own cookies, same server."""
    return WebClient(TestClient(web.http.app, base_url="http://127.0.0.1"))


def create_round(web: WebClient, client_id: int, **extra: str) -> str:
    web.get(f"/clients/{client_id}/understanding")
    response = web.post(
        f"/clients/{client_id}/checkback", {"items": ["1", "2"], "kind": "checkback", **extra}
    )
    assert response.status_code == 200, response.text[:500]
    match = LINK.search(response.text)
    assert match, response.text[:2000]
    return match.group(1)


def test_understanding_page_shows_evidence_contradictions_and_proposals(web: WebClient) -> None:
    client_id = setup(web)
    soup = web.soup(f"/clients/{client_id}/understanding")
    nav = soup.find("nav", class_="client-nav")
    assert nav is not None
    assert nav.find("a", attrs={"aria-current": "page"}).get_text() == "Verständnis"
    first = soup.find(id="a-1")
    assert "Massagen bieten wir nicht mehr an" in first.get_text()
    assert "geändert" in first.get_text()
    response = web.post(f"/clients/{client_id}/assumptions/propose", follow_redirects=True)
    assert "Wellness-Oase" in response.text
    response = web.post(
        f"/clients/{client_id}/assumptions",
        {"text": "Sie duzt ihre Leserinnen.", "category": "tone"},
        follow_redirects=True,
    )
    assert "Sie duzt ihre Leserinnen." in response.text
    response = web.post(
        f"/clients/{client_id}/assumptions/1/status",
        {"status": "rejected", "note": "am Telefon geklärt"},
        follow_redirects=True,
    )
    assert "verworfen" in parse(response.text).find(id="a-1").get_text()


def test_the_client_answers_on_her_page_and_the_user_sees_it(web: WebClient) -> None:
    client_id = setup(web)
    token = create_round(web, client_id)
    her = her_browser(web)
    page = her.soup(f"/r/{token}")
    assert page.find("html")["lang"] == "de"
    assert "Sie bietet Massagen an." in page.get_text()
    assert page.find("nav") is None  # none of the user's pages is linked
    items = [li["id"].split("-")[1] for li in page.find_all("li", class_="her-item")]
    evil = "<script>alert(1)</script>"
    response = her.post(
        f"/r/{token}/items/{items[0]}",
        {"answer": "no", "text": f"Keine Massagen mehr {evil}"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith("<li")
    assert evil not in response.text
    assert "&lt;script&gt;" in response.text
    progress = parse(response.text).find(id="progress")
    assert progress["hx-swap-oob"] == "true"
    assert progress.get_text() == "1 von 2 beantwortet"
    her.post(f"/r/{token}/items/{items[1]}", {"answer": "yes"})
    assert her.post(f"/r/{token}/finish").status_code in (200, 303)
    answers = web.get(f"/clients/{client_id}/checkback/1")
    assert "&lt;script&gt;" in answers.text
    assert evil not in answers.text
    assert "Stimmt nicht" in answers.text
    assert understanding.show_assumption(engine_of(web), 2, "de").status == "confirmed"
    briefing = web.get(f"/clients/{client_id}/briefing?format=html")
    assert evil not in briefing.text
    assert briefing.headers.get_list("content-security-policy") == [DOCUMENT_CSP]


def test_a_link_reaches_only_its_own_round(web: WebClient) -> None:
    client_id = setup(web)
    first = create_round(web, client_id)
    second = create_round(web, client_id)
    her = her_browser(web)
    her.get(f"/r/{first}")
    second_items = checkback.open_round(engine_of(web), second)[0].items
    response = her.post(f"/r/{first}/items/{second_items[0].id}", {"answer": "yes"})
    assert response.status_code == 404
    assert her.get(f"/r/{first[:-3]}abc").status_code == 404
    assert her.get("/r/1").status_code == 404


def test_revoked_and_expired_links_are_gone(web: WebClient) -> None:
    client_id = setup(web)
    token = create_round(web, client_id)
    web.post(f"/clients/{client_id}/checkback/1/revoke")
    assert her_browser(web).get(f"/r/{token}").status_code == 404
    second = create_round(web, client_id)
    with Session(engine_of(web)) as session, session.begin():
        session.execute(
            update(CheckBackRoundRow).values(expires_at=checkback.now_utc() - timedelta(days=1))
        )
    assert her_browser(web).get(f"/r/{second}").status_code == 404


def test_pin_guessing_is_stopped(web: WebClient) -> None:
    client_id = setup(web)
    token = create_round(web, client_id, pin="4711")
    her = her_browser(web)
    page = her.soup(f"/r/{token}")
    assert page.find("input", attrs={"name": "pin"}) is not None
    assert "Massagen" not in page.get_text()
    statuses = [her.post(f"/r/{token}/pin", {"pin": f"{n:04d}"}).status_code for n in range(6)]
    assert statuses[:5] == [401] * 5
    assert statuses[5] == 429
    assert her.post(f"/r/{token}/pin", {"pin": "4711"}).status_code == 429
    with Session(engine_of(web)) as session, session.begin():
        session.execute(update(CheckBackRoundRow).values(locked_until=None))
    other = her_browser(web)
    other.get(f"/r/{token}")
    response = other.post(f"/r/{token}/pin", {"pin": "4711"}, follow_redirects=True)
    assert "Sie bietet Massagen an." in response.text


def test_guessing_links_is_rate_limited(web: WebClient) -> None:
    setup(web)
    her = her_browser(web)
    codes = [her.get(f"/r/guess{n}").status_code for n in range(22)]
    assert codes[:20] == [404] * 20
    assert codes[-1] == 429


def test_answers_need_the_csrf_token(web: WebClient) -> None:
    client_id = setup(web)
    token = create_round(web, client_id)
    her = her_browser(web)
    her.get(f"/r/{token}")
    item = checkback.open_round(engine_of(web), token)[0].items[0].id
    response = her.http.post(f"/r/{token}/items/{item}", data={"answer": "yes"})
    assert response.status_code == 403


def test_with_a_password_only_her_pages_are_open(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password="geheim"))
    add_praxis(engine_of(web))
    understanding.add_assumption(engine_of(web), "Sabine Ohm", "Familien", "audience", "de")
    created = checkback.create_round(engine_of(web), "Sabine Ohm", [1], lang="de")
    token = created.link.rsplit("/r/", 1)[1]
    assert web.http.get("/clients").status_code == 401
    assert web.http.get(f"/r/{token}").status_code == 200
    assert web.http.get("/static/app.css").status_code == 200
    web.http.close()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_questionnaire_questions_are_editable(web: WebClient, lang: str) -> None:
    soup = web.soup("/questionnaire/questions")
    assert soup.find(id=f"questions-{lang}").get_text().strip()
    response = web.post(
        "/questionnaire/questions",
        {"language": lang, "questions": "Eins?\n\nZwei?"},
        follow_redirects=True,
    )
    assert parse(response.text).find(id=f"questions-{lang}").get_text() == "Eins?\nZwei?"


def test_the_new_pages_have_labels_names_and_one_h1(web: WebClient) -> None:
    client_id = setup(web)
    token = create_round(web, client_id)
    pin_token = create_round(web, client_id, pin="4711")
    created = web.post(f"/clients/{client_id}/checkback", {"items": ["1"], "kind": "checkback"})
    pages = [
        web.soup(f"/clients/{client_id}/understanding"),
        parse(created.text),
        web.soup(f"/clients/{client_id}/checkback/1"),
        web.soup("/questionnaire/questions"),
        her_browser(web).soup(f"/r/{token}"),
        her_browser(web).soup(f"/r/{pin_token}"),
    ]
    for page in pages:
        assert page.html["lang"] in ("de", "en")
        assert page.title.get_text(strip=True)
        assert len(page.find_all("h1")) == 1
        for control in page.find_all(["input", "select", "textarea"]):
            if control.get("type") == "hidden":
                continue
            labelled = (
                control.get("aria-label")
                or control.get("aria-labelledby")
                or (control.get("id") and page.select_one(f"label[for='{control['id']}']"))
            )
            assert labelled, control
        for element in page.find_all(["button", "a"]):
            assert element.get_text(strip=True) or element.get("aria-label"), element


@pytest.mark.parametrize(
    ("count", "shown"), [("1", "1 neuer Vorschlag."), ("3", "3 neue Vorschläge.")]
)
def test_the_number_of_new_proposals_is_counted_in_words(
    web: WebClient, count: str, shown: str
) -> None:
    client_id = setup(web)
    page = web.get(f"/clients/{client_id}/understanding?proposed={count}")
    assert page.status_code == 200
    assert shown in page.text
