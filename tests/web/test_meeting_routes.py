"""The page „Treffen“: form with defaults, the advice with its picture, bad input, exports."""

from __future__ import annotations

import pytest
from understanding_helpers import add_praxis
from web_helpers import WebClient

from treffsicher.services import clients, understanding
from treffsicher.web.security import DOCUMENT_CSP, SECURITY_HEADERS


@pytest.fixture
def client_id(web: WebClient) -> int:
    return web.add_client("Neue Kundin")


def test_the_page_shows_the_form_with_defaults_and_the_agenda(
    web: WebClient, client_id: int
) -> None:
    page = web.soup(f"/clients/{client_id}/meeting")
    assert page.h1.get_text(strip=True) == "Treffen-Check"
    assert page.select_one(".page-head .eyebrow").get_text(strip=True) == "Neue Kundin"
    assert page.select_one(".client-nav a[aria-current='page']").get_text() == "Treffen"
    assert page.select_one("#m-day")["placeholder"] == "800"
    assert page.select_one("#m-hour")["placeholder"] == "95"
    assert page.select_one(".meeting-result") is None
    assert page.select_one(".meeting-agenda .empty") is not None


def test_a_distance_gives_the_advice_options_and_picture(web: WebClient, client_id: int) -> None:
    query = "km=500&day_rate=800&hourly_rate=95&project_value=15.000&second_person=on"
    page = web.soup(f"/clients/{client_id}/meeting?{query}")
    result = page.select_one(".meeting-result")
    assert result["data-recommendation"] in ("phone", "video", "in_person", "in_person_workshop")
    assert result.select_one(".meeting-reason").get_text().startswith("Empfehlung: ")
    rows = page.select(".meeting-options tbody tr")
    assert [r.th.get_text(strip=True).split("(")[0] for r in rows] == [
        "Telefonat",
        "Videocall",
        "Treffen vor Ort",
        "Treffen mit Workshop",
    ]
    assert len(page.select(".meeting-options tr.recommended")) == 1
    svg = page.select_one(".meeting-picture svg")
    assert svg.title.get_text() == "Kosten und Nutzen eines Treffens vor Ort nach Entfernung"
    assert "500 km" in svg.desc.get_text()
    assert "Auf ihrer Seite entscheidet eine zweite Person mit." in page.get_text()
    assert page.select_one("#m-second_person").has_attr("checked")
    assumed = {dt.get_text(strip=True) for dt in page.select(".meeting-assumptions dt")}
    assert {"currency", "day_rate", "car_cost_per_km", "rework_factor"} <= assumed


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=Neustadt&to=Göttingen", "Neustadt am Rübenberge (Niedersachsen, DE)"),
        ("from=Xyzdorf&to=Göttingen", "Keinen Ort „Xyzdorf“"),
        ("from=99999&to=Göttingen", "Die Postleitzahl „99999“ gibt es"),
        ("km=500&day_rate=-3", "day_rate = -3.0 ist nicht plausibel"),
        ("km=viel", "km: „viel“ ist keine Zahl."),
    ],
)
def test_bad_input_is_shown_above_the_kept_form(
    web: WebClient, client_id: int, query: str, message: str
) -> None:
    response = web.get(f"/clients/{client_id}/meeting?{query}")
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text
    assert "Traceback" not in response.text


def test_agenda_exports(web: WebClient, client_id: int) -> None:
    markdown = web.get(f"/clients/{client_id}/meeting/agenda.md")
    assert markdown.status_code == 200
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# Tagesordnung für Neue Kundin")
    html = web.get(f"/clients/{client_id}/meeting/agenda.html")
    assert html.status_code == 200
    assert "<h1>Tagesordnung für Neue Kundin</h1>" in html.text
    assert web.get(f"/clients/{client_id}/meeting/agenda.pdf").status_code == 404
    # Its inline styles may apply (one policy, no script at all); the app's pages keep theirs.
    policies = html.headers.get_list("content-security-policy")
    assert policies == [DOCUMENT_CSP]
    assert "style-src 'self' 'unsafe-inline'" in policies[0]
    assert "script-src 'none'" in policies[0]
    page = web.get(f"/clients/{client_id}/meeting?km=80")
    assert page.headers.get_list("content-security-policy") == [SECURITY_HEADERS[0][1].decode()]


def test_english_page(web: WebClient, client_id: int) -> None:
    page = web.soup(f"/clients/{client_id}/meeting?km=80&lang=en")
    assert page.select_one(".meeting-reason").get_text().startswith("Recommended: ")


def test_unknown_client_is_404(web: WebClient) -> None:
    assert web.get("/clients/999/meeting").status_code == 404


def test_an_empty_agenda_says_so_and_names_proposals_not_reviewed(web: WebClient) -> None:
    engine = web.http.app.state.engine
    add_praxis(engine)
    client_id = web.add_client("Leer")  # no words, no assumptions
    empty = web.soup(f"/clients/{client_id}/meeting")
    assert "Nichts Offenes" in empty.select_one(".meeting-agenda").get_text()
    assert empty.select_one(".agenda-unreviewed") is None
    proposals = understanding.propose_assumptions(engine, "Sabine Ohm", "de")
    assert proposals, "her mails must give proposals"
    sabine = next(c.id for c in clients.list_clients(engine) if c.name == "Sabine Ohm")
    page = web.soup(f"/clients/{sabine}/meeting")
    line = page.select_one(".agenda-unreviewed a")
    assert line is not None
    assert line["href"] == f"/clients/{sabine}/understanding"
    assert f"Noch ungeprüft: {len(proposals)} Vorschl" in line.get_text()


# The currency ---------------------------------------------------------------------------

NBSP = "\u00a0"


def test_the_form_offers_the_currencies_with_euros_chosen(web: WebClient, client_id: int) -> None:
    page = web.soup(f"/clients/{client_id}/meeting")
    select = page.select_one("select#m-currency[name='currency']")
    assert [o["value"] for o in select.select("option")] == ["EUR", "CHF", "GBP", "USD"]
    assert [o["value"] for o in select.select("option[selected]")] == ["EUR"]
    assert page.select_one("label[for='m-currency']").get_text(strip=True) == "Währung"
    assert page.select_one("label[for='m-day']").get_text(strip=True) == "Tagessatz"


def test_a_currency_round_trip_keeps_it_and_shows_every_amount_in_it(
    web: WebClient, client_id: int
) -> None:
    query = "km=120&currency=CHF&day_rate=1.100&project_value=20000"
    page = web.soup(f"/clients/{client_id}/meeting?{query}")
    select = page.select_one("#m-currency")
    assert [o["value"] for o in select.select("option[selected]")] == ["CHF"]
    assert page.select_one("#m-day")["value"] == "1.100"
    assert page.select_one("#m-hour")["placeholder"] == "140"  # the Swiss default
    assert page.select_one("#m-value")["placeholder"] == "18000"
    caption = page.select_one(".meeting-options caption").get_text()
    assert caption.endswith("je Möglichkeit in Schweizer Franken")
    cells = [td.get_text() for td in page.select(".meeting-options tbody td")]
    money_cells = [cell for i, cell in enumerate(cells) if i % 5 != 3]  # not the hours
    assert money_cells
    assert all(cell.endswith(f"{NBSP}CHF") for cell in money_cells), money_cells
    select.decompose()  # the list of currencies names the euro; nothing else may
    assert "€" not in page.select_one("main").get_text()
    svg = page.select_one(".meeting-picture svg")
    assert f"0{NBSP}CHF" in [text.get_text() for text in svg.select("text")]
    assumed = {
        dt.get_text(strip=True): dd.get_text(strip=True)
        for dt, dd in zip(
            page.select(".meeting-assumptions dt"),
            page.select(".meeting-assumptions dd"),
            strict=True,
        )
    }
    assert assumed["currency"] == "CHF"
    assert assumed["day_rate"] == "1100.0"
    assert assumed["car_cost_per_km"] == "0.7"


def test_the_english_page_puts_the_sign_first(web: WebClient, client_id: int) -> None:
    page = web.soup(f"/clients/{client_id}/meeting?km=120&currency=GBP&lang=en")
    cells = [td.get_text() for td in page.select(".meeting-options tbody td")]
    assert cells[0].startswith("£")
    caption = page.select_one(".meeting-options caption").get_text()
    assert caption.endswith("per option in pounds sterling")
    assert "£" in page.select_one(".meeting-reason").get_text()
    assert page.select_one("label[for='m-currency']").get_text(strip=True) == "Currency"


def test_the_currency_alone_shows_its_defaults(web: WebClient, client_id: int) -> None:
    page = web.soup(f"/clients/{client_id}/meeting?currency=USD")
    assert page.select_one(".meeting-result") is None
    assert page.select_one("#m-day")["placeholder"] == "900"
    assert [o["value"] for o in page.select("#m-currency option[selected]")] == ["USD"]


def test_an_address_without_currency_stays_in_euros(web: WebClient, client_id: int) -> None:
    page = web.soup(f"/clients/{client_id}/meeting?km=120&day_rate=800")
    cells = [td.get_text() for td in page.select(".meeting-options tbody td")]
    assert cells[0].endswith(f"{NBSP}€")
    assert page.select_one(".meeting-options caption").get_text().endswith("in Euro")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("km=120&currency=JPY",
         "Die Währung „JPY“ gibt es hier nicht; möglich: EUR, CHF, GBP, USD."),
        ("currency=XX&lang=en", "The currency 'XX' is not offered; possible: EUR, CHF, GBP, USD."),
    ],
)  # fmt: skip
def test_an_unknown_currency_is_said_above_the_form(
    web: WebClient, client_id: int, query: str, message: str
) -> None:
    response = web.get(f"/clients/{client_id}/meeting?{query}")
    assert response.status_code == 400
    assert message in response.text.replace("&#39;", "'").replace("&#34;", '"')
    assert 'role="alert"' in response.text
    assert '<option value="EUR" selected>' in response.text
