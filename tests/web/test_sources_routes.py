"""Sources page: several files at once, counts and problems in plain words, removal."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from web_helpers import WebClient, parse

from treffsicher.storage.tables import PassageRow

MAIL_1 = (
    "Hallo Anna,\n\nich habe mir deinen Entwurf ganz in Ruhe angeschaut. Er gefällt mir "
    "wirklich gut, nur der zweite Absatz ist mir zu steif.\n\nLiebe Grüße\nUlrike\n"
).encode()
NOTES = (
    b"# Telefonnotiz\n\nAlso, ehrlich gesagt mag ich es lieber kurz. Die Leute sollen "
    b"gleich sehen, worum es geht, ne?\n"
)
BINARY = bytes(range(256)) * 4


def passage_count(web: WebClient) -> int:
    engine = web.http.app.state.engine
    with Session(engine) as session:
        return int(session.scalar(select(func.count(PassageRow.id))) or 0)


def test_upload_several_files_reports_each(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.upload(
        client_id, [("mail-1.txt", MAIL_1), ("notiz.md", NOTES), ("kaputt.txt", BINARY)]
    )
    assert response.status_code == 200
    page = parse(response.text)
    ok = [li.get_text(" ", strip=True) for li in page.select(".result-ok")]
    assert len(ok) == 2
    assert ok[0].startswith("Aus „mail-1.txt“ wurde 1 Textstelle mit ")
    assert "übernommen" in ok[0]
    problems = [li.get_text(" ", strip=True) for li in page.select(".result-problem")]
    assert len(problems) == 1
    assert problems[0].startswith("„kaputt.txt“ wurde nicht importiert. ")
    assert ".." not in problems[0]
    names = [th.contents[0].strip() for th in page.select("#sources-table tbody th")]
    assert sorted(names) == ["mail-1.txt", "notiz.md"]
    again = parse(web.upload(client_id, [("mail-1.txt", MAIL_1)]).text)
    assert "war schon importiert" in again.select_one(".result-ok").get_text()


def test_htmx_upload_returns_the_sources_fragment(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.upload(client_id, [("mail-1.txt", MAIL_1)], htmx=True)
    root = parse(response.text).find(True)
    assert root.name == "div"
    assert root["id"] == "sources-area"
    assert "<html" not in response.text


def test_upload_without_files_says_so(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.post(f"/clients/{client_id}/sources", {"kind": ""})
    assert (
        "Bitte mindestens eine Datei"
        in parse(response.text).select_one("#sources-area .notice").get_text()
    )


def test_remove_source_takes_its_passages(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    web.upload(client_id, [("mail-1.txt", MAIL_1), ("notiz.md", NOTES)])
    before = passage_count(web)
    page = web.soup(f"/clients/{client_id}/sources")
    forms = page.select("#sources-table form")
    assert len(forms) == 2
    target = next(f for f in forms if "notiz.md" in f.get_text(" "))
    # HTMX sends the confirmation its dialog asked for (hx-vals).
    assert target["hx-vals"] == '{"confirmed": "1"}'
    response = web.post(target["action"], {"confirmed": "1"}, headers={"HX-Request": "true"})
    fragment = parse(response.text)
    assert fragment.find(True)["id"] == "sources-area"
    assert "„notiz.md“ und ihre Textstellen wurden entfernt." in fragment.get_text(" ")
    assert passage_count(web) < before
    remaining = [th.contents[0].strip() for th in fragment.select("#sources-table tbody th")]
    assert remaining == ["mail-1.txt"]


def test_remove_without_javascript_asks_first(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    web.upload(client_id, [("mail-1.txt", MAIL_1)])
    before = passage_count(web)
    action = web.soup(f"/clients/{client_id}/sources").select_one("#sources-table form")["action"]
    asked = parse(web.post(action).text)
    assert passage_count(web) == before  # nothing removed yet
    assert "„mail-1.txt“" in asked.select_one(".confirm-card").get_text()
    confirm = asked.select_one(".confirm-card form")
    assert confirm.select_one("input[name=confirmed]")["value"] == "1"
    assert asked.select_one(".confirm-card a")["href"] == f"/clients/{client_id}/sources"
    web.post(confirm["action"], {"confirmed": "1"})
    assert passage_count(web) < before


def test_cannot_remove_another_clients_source(web: WebClient) -> None:
    first = web.add_client("Ulrike Berger")
    second = web.add_client("Tom Tal")
    web.upload(first, [("mail-1.txt", MAIL_1)])
    action = web.soup(f"/clients/{first}/sources").select_one("#sources-table form")["action"]
    source_id = action.split("/")[-2]
    response = web.post(f"/clients/{second}/sources/{source_id}/delete")
    assert response.status_code == 404
    assert passage_count(web) > 0
