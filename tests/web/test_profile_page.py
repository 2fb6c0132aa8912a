"""Stimmprofil: the voice card first, its exports, then the grouped detail with quiet
features folded away, labelled axes, one unit per feature and the draft's marker."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from sqlalchemy.orm import Session
from web_helpers import WebClient, parse

from treffsicher.services.demo import load_demo
from treffsicher.storage import repo
from treffsicher.web.security import DOCUMENT_CSP

DRAFTS = resources.files("treffsicher.demo").joinpath("data", "drafts")


@pytest.fixture
def demo(web: WebClient) -> tuple[WebClient, int]:
    """The web client with the demo workspace loaded, and Johanna's client id."""
    engine = web.http.app.state.engine
    load_demo(engine, lang="de")
    with Session(engine) as session:
        johanna = repo.get_client_by_name(session, "Johanna Kellermann")
        assert johanna is not None
        return web, johanna.id


def test_profile_opens_with_her_voice_card(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    page = web.soup(f"/clients/{client_id}/profile")
    first = page.select_one("main section")
    assert "voice-card" in first["class"]
    assert first.select_one("h2").get_text() == "So klingt Johanna"
    lines = [li.get_text(" ", strip=True) for li in first.select(".card-lines > li")]
    assert 5 <= len(lines) <= 8
    assert lines[0].startswith("Johanna duzt: „du“, nie „Sie“.")
    assert any("Doppelpunkt" in line for line in lines)
    assert first.select(".chips .chip")
    assert first.select(".do-dont tbody tr")
    # One H1 on the page, the client's name above it, not repeated in it.
    assert [h.get_text() for h in page.select("h1")] == ["Stimmprofil"]


def test_voice_card_exports(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    markdown = web.get(f"/clients/{client_id}/voice-card.md")
    assert markdown.status_code == 200
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert 'filename="stimmkarte-johanna-kellermann.md"' in markdown.headers["content-disposition"]
    assert markdown.text.startswith("# So klingt Johanna\n")
    page = web.get(f"/clients/{client_id}/voice-card.html")
    assert "attachment" in page.headers["content-disposition"]
    printable = web.get(f"/clients/{client_id}/voice-card.html?print=1")
    assert "content-disposition" not in printable.headers
    soup = parse(printable.text)
    assert soup.select_one("h1").get_text() == "So klingt Johanna"
    assert "@media print" in soup.select_one("style").get_text()
    assert printable.headers.get_list("content-security-policy") == [DOCUMENT_CSP]
    # Self-contained: nothing loaded from anywhere.
    assert not soup.select("link, script, img")
    english = web.get(f"/clients/{client_id}/voice-card.md?lang=en")
    assert english.text.startswith("# How Johanna sounds\n")


def test_detail_folds_quiet_features_and_keeps_one_unit(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    page = web.soup(f"/clients/{client_id}/profile")
    quiet = page.select("details.quiet-features .feature")
    shown = page.select(".family > .feature-list > .feature")
    assert quiet
    assert shown
    # Passive voice is 0 everywhere for her: folded away, not in the main list.
    assert page.select_one("details #feature-de-passive_sentences_share") is not None
    # Categories give their usual range in % like their typical value.
    person = page.select_one("#feature-de-person_voice .feature-usual").get_text()
    assert re.search(r"\d+ – \d+ %", person), person
    # Every range chart has a labelled axis.
    for chart in page.select("#feature-de-sentence_length_words_median svg"):
        ticks = [t.get_text() for t in chart.select("text.tick")]
        assert ticks[0] == "0"
        assert ticks[-1].endswith("Wörter")


def test_typical_never_needs_the_outside_usual_word(demo: tuple[WebClient, int]) -> None:
    # The profile's usual range includes her overall value (core.profile), so the page's
    # note for a typical value outside „üblich“ must not appear on any feature; it stays
    # in the page code as a guard for profiles that would break that rule.
    web, client_id = demo
    page = web.soup(f"/clients/{client_id}/profile")
    assert page.select_one("#feature-de-gender_fair_share") is not None
    hints = [h.get_text() for h in page.select(".feature .hint")]
    assert not any("mittlere Hälfte" in hint for hint in hints)


def test_draft_marker_is_coloured_by_her_range(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    web.post(f"/clients/{client_id}/check", {"draft_text": own, "draft_name": "Startseite"})
    page = web.soup(f"/clients/{client_id}/profile")
    inside = page.select("path.draft-mark.draft-inside")
    outside = page.select("path.draft-mark.draft-outside")
    assert inside, "her own voice lies inside some of her ranges"
    if outside:
        assert inside[0]["fill"] != outside[0]["fill"]
    labels = [s.get_text() for s in page.select(".feature-draft")]
    assert any("im Bereich" in label for label in labels)
