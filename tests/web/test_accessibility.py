"""Accessibility basics on every page: one h1, a language, a label on every
control, a name on every button, a text alternative for every chart, landmarks."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from sqlalchemy.orm import Session
from web_helpers import WebClient

from treffsicher.services.demo import load_demo
from treffsicher.storage import repo

PAGES = [
    "/clients",
    "/clients/{id}",
    "/clients/{id}/sources",
    "/clients/{id}/profile",
    "/clients/{id}/meeting?from=Göttingen&to=Bad+Tölz",
]


@pytest.fixture
def pages(web: WebClient) -> list[BeautifulSoup]:
    """Every page of the demo client, the check page after one saved check."""
    engine = web.http.app.state.engine
    load_demo(engine, lang="de")
    with Session(engine) as session:
        client = repo.get_client_by_name(session, "Johanna Kellermann")
        assert client is not None
        client_id = client.id
    draft = "Liebe Leser:innen,\n\nhier erzähle ich dir ganz in Ruhe, wie ich arbeite. " * 20
    web.post(f"/clients/{client_id}/check", {"draft_text": draft, "draft_name": "Probe"})
    paths = [p.format(id=client_id) for p in PAGES] + [f"/clients/{client_id}/check"]
    return [web.soup(path) for path in paths]


def test_every_page_has_language_title_one_h1_and_landmarks(pages: list[BeautifulSoup]) -> None:
    for page in pages:
        assert page.html["lang"] in ("de", "en")
        assert page.title.get_text(strip=True)
        assert len(page.find_all("h1")) == 1
        assert page.find("main", id="main") is not None
        assert page.select_one("a.skip-link")["href"] == "#main"
        assert page.find("nav") is not None


def test_every_control_has_a_label(pages: list[BeautifulSoup]) -> None:
    checked = 0
    for page in pages:
        for control in page.find_all(["input", "select", "textarea"]):
            if control.get("type") == "hidden":
                continue
            labelled = control.get("aria-label") or (
                control.get("id") and page.select_one(f"label[for='{control['id']}']")
            )
            assert labelled, control
            checked += 1
    assert checked >= 10


def test_every_button_and_link_has_a_name(pages: list[BeautifulSoup]) -> None:
    for page in pages:
        for element in page.find_all(["button", "a"]):
            assert element.get_text(strip=True) or element.get("aria-label"), element


def test_every_chart_has_a_text_alternative(pages: list[BeautifulSoup]) -> None:
    charts = [svg for page in pages for svg in page.find_all("svg")]
    assert len(charts) > 10
    for chart in charts:
        assert chart["role"] == "img"
        assert chart["aria-label"].strip()
        assert chart.find("title").get_text(strip=True)


def test_marked_sentences_are_reachable_by_keyboard(pages: list[BeautifulSoup]) -> None:
    check_page = pages[-1]
    marks = check_page.select("mark.sentence-note")
    for mark in marks:
        assert mark["tabindex"] == "0"
        assert check_page.select_one("#" + mark["aria-describedby"])["role"] == "tooltip"
