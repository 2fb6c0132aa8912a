"""Entwurf prüfen: the draft shown as its reader sees it, counts that agree with the
profile, counted nouns and no trend made of one check."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from sqlalchemy.orm import Session
from web_helpers import WebClient, parse

from treffsicher.services.demo import load_demo
from treffsicher.storage import repo

DRAFTS = resources.files("treffsicher.demo").joinpath("data", "drafts")
PARTS = re.compile(r"\((.+)\)")  # "Beruht auf … (19 E-Mails, 1 Gespräch und 1 Website-Text)."


@pytest.fixture
def demo(web: WebClient) -> tuple[WebClient, int]:
    """The web client with the demo workspace loaded, and Johanna's client id."""
    engine = web.http.app.state.engine
    load_demo(engine, lang="de")
    with Session(engine) as session:
        johanna = repo.get_client_by_name(session, "Johanna Kellermann")
        assert johanna is not None
        return web, johanna.id


def test_markdown_draft_is_rendered_with_marks(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    stiff = DRAFTS.joinpath("startseite-steif.md").read_text(encoding="utf-8")
    page = parse(web.post(f"/clients/{client_id}/check", {"draft_text": stiff}).text)
    draft = page.select_one("#draft-marked")
    assert draft.select_one("h2").get_text() == "Hebammenpraxis Kleiner Anfang"
    assert "#" not in draft.get_text()
    assert draft.select("mark.sentence-note")
    assert len(page.select(".note-list > li")) == len(draft.select("mark.sentence-note"))


def test_check_counts_her_sources_as_the_profile_does(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    page = parse(web.post(f"/clients/{client_id}/check", {"draft_text": own}).text)
    basis = page.select_one("#check-result p.muted").get_text()
    profile = web.soup(f"/clients/{client_id}/profile")
    support = profile.select_one(".profile-support").get_text()
    check_parts = PARTS.search(basis)
    assert check_parts is not None
    assert check_parts.group(1) in support
    assert "Telefonnotiz" not in basis + support


def test_counted_nouns_and_no_trend_of_one(web: WebClient) -> None:
    client_id = web.add_client("Tom Tal")
    mail = (
        b"Hallo Anna,\n\ndanke dir, das passt so. Ich mag es kurz und klar. Die Leute sollen "
        b"gleich merken, worum es geht. Bis bald!\n\nTom\n"
    )
    web.upload(client_id, [("kurz.txt", mail)])
    page = parse(web.post(f"/clients/{client_id}/check", {"draft_text": "Hallo du da."}).text)
    text = page.get_text(" ")
    assert "3 Wörter in 1 Satz" in text
    assert "1 Sätze" not in text
    assert page.select_one("#check-history .trend") is None
    again = parse(web.post(f"/clients/{client_id}/check", {"draft_text": "Hallo du da."}).text)
    assert " → " in again.select_one("#check-history .trend").get_text()
