"""Stimmprofil and Entwurf prüfen pages on the demo client."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner
from web_helpers import WebClient, parse

from treffsicher.cli import app
from treffsicher.services.demo import load_demo
from treffsicher.storage import repo
from treffsicher.storage.tables import CheckRow

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


def test_profile_shows_charts_quotes_and_signature_words(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    page = web.soup(f"/clients/{client_id}/profile")
    section = page.select_one("section.profile-language")
    assert section["lang"] == "de"
    charts = section.select("svg.range-chart")
    assert len(charts) > 10
    for chart in charts:
        assert chart["role"] == "img"
        assert chart["aria-label"]
    # Her usual range is drawn for the median sentence length, with her typical mark.
    median = section.select_one("#feature-de-sentence_length_words_median")
    assert median.select_one("rect.her-range") is not None
    assert median.select_one("rect.her-typical") is not None
    assert median.select_one("path.draft-mark") is None  # nothing checked yet
    assert section.select(".signature-list li")
    assert section.select(".quotes .quote")
    assert page.select_one(".legend-draft") is None


def test_profile_on_too_little_text_says_so(web: WebClient) -> None:
    client_id = web.add_client("Tom Tal")
    mail = b"Hallo Anna,\n\ndanke dir, das passt so. Bis bald!\n\nTom\n"
    web.upload(client_id, [("kurz.txt", mail)])
    page = web.soup(f"/clients/{client_id}/profile")
    warnings = [p.get_text() for p in page.select(".profile-language .notice-warning")]
    assert any("Zu wenig Text, um sicher zu sein" in w for w in warnings)


def test_profile_without_passages_points_to_the_sources(web: WebClient) -> None:
    client_id = web.add_client("Tom Tal")
    page = web.soup(f"/clients/{client_id}/profile")
    link = page.select_one(".notice a")
    assert link["href"] == f"/clients/{client_id}/sources"


def test_check_stores_marks_sentences_and_shows_history(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    stiff = DRAFTS.joinpath("startseite-steif.md").read_text(encoding="utf-8")
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    first = parse(
        web.post(
            f"/clients/{client_id}/check", {"draft_text": stiff, "draft_name": "Startseite"}
        ).text
    )
    score_stiff = int(first.select_one(".score-number").get_text())
    assert first.select("mark.sentence-note")
    # What drove the score: the model's components, each with its direction.
    drivers = [li.get_text(" ", strip=True) for li in first.select(".driver-list li")]
    assert drivers
    assert all("spricht für sie" in d or "spricht gegen sie" in d for d in drivers)
    basis = first.select_one("#check-result p.muted").get_text()
    assert basis.startswith("Beruht auf ")
    assert "Wörtern von ihr auf Deutsch" in basis
    # Every mark has its reasons in a tooltip bound by aria-describedby, and is focusable.
    for mark in first.select("mark.sentence-note"):
        assert mark["tabindex"] == "0"
        tip = first.select_one("#" + mark["aria-describedby"])
        assert tip is not None
        assert tip.get_text(strip=True)
    assert len(first.select(".note-list > li")) == len(first.select("mark.sentence-note"))
    assert first.select_one("#draft-text").get_text() == stiff  # the typed text stays
    second = parse(
        web.post(
            f"/clients/{client_id}/check", {"draft_text": own, "draft_name": "Startseite"}
        ).text
    )
    score_own = int(second.select_one(".score-number").get_text())
    assert score_own > score_stiff
    trend = second.select_one("#check-history .trend").get_text()
    assert f"{score_stiff} → {score_own}" in trend
    assert len(second.select("#check-history tbody tr")) == 2
    # The profile now marks where the newest draft lies.
    profile = web.soup(f"/clients/{client_id}/profile")
    assert profile.select_one(".legend-draft") is not None
    assert profile.select("path.draft-mark")


def test_live_recheck_is_a_fragment_and_not_stored(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    response = web.post(
        f"/clients/{client_id}/check?live=1",
        {"draft_text": own},
        headers={"HX-Request": "true"},
    )
    fragment = parse(response.text)
    root = fragment.find(True)
    assert root.name == "section"
    assert root["id"] == "check-result"
    assert fragment.select_one(".score-number") is not None
    assert fragment.select_one("a[download]") is None  # nothing stored, nothing to download
    page = web.soup(f"/clients/{client_id}/check")
    assert page.select_one("#check-history")["hidden"] is not None


def test_saved_check_fragment_updates_the_history_out_of_band(
    demo: tuple[WebClient, int],
) -> None:
    web, client_id = demo
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    response = web.post(
        f"/clients/{client_id}/check",
        {"draft_text": own, "draft_name": "Start"},
        headers={"HX-Request": "true"},
    )
    fragment = parse(response.text)
    assert fragment.find(True)["id"] == "check-result"
    history = fragment.select_one("#check-history")
    assert history["hx-swap-oob"] == "true"
    assert len(history.select("tbody tr")) == 1


def test_report_download_is_an_html_attachment(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    stiff = DRAFTS.joinpath("startseite-steif.md").read_text(encoding="utf-8")
    page = parse(web.post(f"/clients/{client_id}/check", {"draft_text": stiff}).text)
    link = page.select_one("#check-result a[download]")["href"]
    response = web.get(link)
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    report = parse(response.text)
    assert report.select("mark")
    assert report.find("script") is None


def test_check_errors_are_shown_in_the_result(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    empty = parse(web.post(f"/clients/{client_id}/check", {"draft_text": "   "}).text)
    assert empty.select_one("#check-result .notice-error").get_text() == "Der Entwurf ist leer."
    english = "Hello there, this is a short English text about pottery classes and prices."
    other = parse(web.post(f"/clients/{client_id}/check", {"draft_text": english}).text)
    assert "Englisch" in other.select_one("#check-result .notice-error").get_text()


def test_check_page_without_checks_invites_a_draft(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    page = web.soup(f"/clients/{client_id}/check")
    assert page.select_one("#check-result .muted").get_text().startswith("Fügen Sie einen")
    assert page.select_one("label[for='draft-text']") is not None
    assert page.select_one("#draft-text")["hx-post"].endswith("?live=1")


def test_draft_from_an_uploaded_file(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_bytes()
    response = web.post(
        f"/clients/{client_id}/check",
        {"draft_text": ""},
        files=[("draft_file", ("startseite.md", own, "text/markdown"))],
    )
    page = parse(response.text)
    assert page.select_one("#check-result .score-number") is not None
    # The file's name becomes the draft's title in the history.
    assert page.select_one("#check-history tbody th").get_text() == "startseite.md"
    wrong = web.post(
        f"/clients/{client_id}/check",
        {"draft_text": ""},
        files=[("draft_file", ("entwurf.xlsx", b"PK\x03\x04", "application/vnd.ms-excel"))],
    )
    error = parse(wrong.text).select_one("#check-result .notice-error").get_text()
    assert error == (
        "entwurf.xlsx: als Entwurf lassen sich .txt, .md, .html, .htm, .mhtml, .docx, .odt, "
        ".rtf, .pdf hochladen."
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_report_download_is_the_cli_report_byte_for_byte(
    demo: tuple[WebClient, int], tmp_path: Path, lang: str
) -> None:
    # One renderer for both: the CLI's `check --format html` of a check and the
    # web's download of the same stored check are the same bytes. Two checks of the same
    # draft name, so the second report has the progress line from the stored history.
    web, client_id = demo
    engine = web.http.app.state.engine
    workspace = engine.url.database
    stiff = DRAFTS.joinpath("startseite-steif.md").read_text(encoding="utf-8")
    draft = tmp_path / "startseite.md"
    draft.write_text(stiff, encoding="utf-8")
    runner = CliRunner()
    for run in range(2):
        out = tmp_path / f"report-{run}.html"
        args = ["--workspace", workspace, "--lang", lang, "check", "Johanna Kellermann"]
        result = runner.invoke(app, [*args, str(draft), "--format", "html", "--out", str(out)])
        assert result.exit_code == 0, result.output
    with Session(engine) as session:
        check_id = session.scalars(select(func.max(CheckRow.id))).one()
    response = web.get(f"/clients/{client_id}/checks/{check_id}/report.html?lang={lang}")
    assert response.status_code == 200
    assert response.content == out.read_bytes()
    progress = "Beim letzten Abgleich" if lang == "de" else "Last check of this draft"
    assert progress in response.text


def test_report_download_of_another_clients_check_is_not_found(
    demo: tuple[WebClient, int],
) -> None:
    web, client_id = demo
    stiff = DRAFTS.joinpath("startseite-steif.md").read_text(encoding="utf-8")
    web.post(f"/clients/{client_id}/check", {"draft_text": stiff, "draft_name": "s.md"})
    other = web.add_client("Tom Tal")
    with Session(web.http.app.state.engine) as session:
        check_id = session.scalars(select(func.max(CheckRow.id))).one()
    assert web.get(f"/clients/{client_id}/checks/{check_id}/report.html").status_code == 200
    response = web.get(f"/clients/{other}/checks/{check_id}/report.html")
    assert response.status_code == 404
    assert "attachment" not in response.headers.get("content-disposition", "")


def test_a_word_draft_written_as_an_interview_is_checked(demo: tuple[WebClient, int]) -> None:
    import io

    import docx

    web, client_id = demo
    document = docx.Document()
    for line in (
        "Redaktion: Wie sind Sie zur Beratung gekommen?",
        "Johanna: Über Umwege. Ich war zehn Jahre in der Personalabteilung, und irgendwann "
        "wollte ich die Menschen nicht mehr verwalten, sondern begleiten.",
        "Redaktion: Was ist Ihnen dabei wichtig?",
        "Johanna: Dass Sie sich nicht verbiegen müssen. Wir schauen gemeinsam hin.",
    ):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    response = web.post(
        f"/clients/{client_id}/check",
        {"draft_text": ""},
        files=[("draft_file", ("interview.docx", buffer.getvalue(), "application/msword"))],
    )
    page = parse(response.text)
    assert page.select_one("#check-result .notice-error") is None
    assert page.select_one("#check-result .score-number") is not None
    assert page.select_one("#check-history tbody th").get_text() == "interview.docx"


def test_check_shows_whom_the_draft_sounds_like(demo: tuple[WebClient, int]) -> None:
    web, client_id = demo
    own = DRAFTS.joinpath("startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    page = parse(web.post(f"/clients/{client_id}/check", {"draft_text": own}).text)
    box = page.select_one("#comparisons")
    assert box is not None
    closest = box.select_one(".closest").get_text(" ", strip=True)
    assert "Johanna" in closest
    people = [li.get_text(" ", strip=True) for li in box.select(".comparison-list li")]
    assert any("Anna Brandt" in p and "du selbst" in p for p in people)
    shown = page.select_one("#check-result").get_text(" ", strip=True)
    for jargon in ("Cosine", "Log-Odds", "log-odds"):
        assert jargon not in shown
