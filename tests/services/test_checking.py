"""Check service: drafts read through the importers, stored checks, history, profile cache,
register sub-profiles, and verification trials."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from treffsicher.core import profile as core_profile
from treffsicher.errors import InputError, NotFoundError, UnsupportedFormatError
from treffsicher.services import checking
from treffsicher.services.checking import (
    Draft,
    check_client_draft,
    format_trend,
    list_client_checks,
    load_check,
    load_latest_check,
    read_draft,
    score_trials,
)
from treffsicher.services.demo import load_demo
from treffsicher.storage.tables import CheckRow, Client, ProfileCacheRow

DRAFTS = Path(__file__).resolve().parents[2] / "src" / "treffsicher" / "demo" / "data" / "drafts"
JOHANNA = "Johanna Kellermann"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace file, loaded once; tests copy it."""
    from treffsicher.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    engine = open_workspace(f"sqlite:///{path}")
    load_demo(engine)
    engine.dispose()  # everything in the main file before it is copied
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Engine:
    from treffsicher.services.workspace import open_workspace

    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    return open_workspace(f"sqlite:///{copy}")


def test_read_draft_strips_markdown_and_guesses_web() -> None:
    draft = read_draft(DRAFTS / "startseite-steif.md", lang="de")
    assert draft.register == "web"
    assert "#" not in draft.text
    assert draft.text.startswith("Hebammenpraxis Kleiner Anfang")


def test_read_draft_from_stdin_with_a_greeting_is_an_email() -> None:
    draft = read_draft(None, b"Hallo Anna,\n\nwie geht es dir?\n", lang="de")
    assert (draft.name, draft.register) == ("stdin", "email")


def test_read_draft_bad_input(tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="leer"):
        read_draft(empty, lang="de")
    with pytest.raises(UnsupportedFormatError):
        read_draft(tmp_path / "entwurf.xyz", lang="de")
    with pytest.raises(InputError, match="nicht gefunden"):
        read_draft(tmp_path / "fehlt.txt", lang="de")


def test_check_is_stored_and_progress_is_shown(demo: Engine) -> None:
    stiff = read_draft(DRAFTS / "startseite-steif.md")
    hers = read_draft(DRAFTS / "startseite-in-ihrer-stimme.md")
    first = check_client_draft(demo, JOHANNA, Draft("startseite.md", stiff.text, "web"), lang="de")
    assert first.previous_score is None
    second = check_client_draft(demo, JOHANNA, Draft("startseite.md", hers.text, "web"), lang="de")
    assert first.result.score is not None
    assert second.result.score is not None
    assert second.previous_score == pytest.approx(first.result.score)
    with Session(demo) as session:
        rows = session.scalars(select(CheckRow).order_by(CheckRow.id)).all()
        assert [r.draft_name for r in rows] == ["startseite.md", "startseite.md"]
        assert rows[1].band == "fits"
        assert json.loads(rows[1].report)["schema_version"] == 1
        assert len(rows[1].draft_hash) == 64
    history = list_client_checks(demo, "johanna kellermann", "de")
    assert history.client == JOHANNA
    assert [e.check_id for e in history.entries] == [second.check_id, first.check_id]
    assert history.entries[0].previous_score == pytest.approx(first.result.score)
    assert history.trend == f"{round(first.result.score)} → {round(second.result.score)}"


def test_web_draft_is_compared_with_her_web_texts(demo: Engine) -> None:
    draft = read_draft(DRAFTS / "startseite-steif.md")
    outcome = check_client_draft(demo, JOHANNA, draft, lang="de")
    # Her website has 17 web passages, over REGISTER_MIN_WORDS words.
    assert outcome.result.basis == "web"
    assert outcome.result.support["passages_by_kind"] == {"web": 17}
    assert "eigenen Webtexten" in outcome.result.register_note


def test_email_draft_is_compared_with_everything(demo: Engine) -> None:
    text = "Hallo Anna,\n\nich schick dir heute die Texte für die Kursseite. Liebe Grüße\nJo"
    outcome = check_client_draft(demo, JOHANNA, Draft("mail.txt", text, None), lang="de")
    assert (outcome.result.register, outcome.result.basis) == ("email", "all")


def test_profile_cache_is_used_and_refreshed(demo: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = core_profile.build_profile

    def counting(passages):  # type: ignore[no-untyped-def]
        if not all(p.source_name.startswith("anna-brandt") for p in passages):
            calls.append(len(passages))  # the writer's profile is built (and cached) too
        return real(passages)

    monkeypatch.setattr(core_profile, "build_profile", counting)
    draft = Draft("mail.txt", "Hallo Anna,\n\nich freu mich auf dich. Bis bald!", None)
    check_client_draft(demo, JOHANNA, draft, lang="de")
    check_client_draft(demo, JOHANNA, draft, lang="de")
    assert len(calls) == 1  # built once, then read from the cache
    with Session(demo) as session:
        mine = select(ProfileCacheRow).join(Client).where(Client.name == JOHANNA)
        assert session.scalars(mine).one().passages_key
    _add_mail(demo)
    check_client_draft(demo, JOHANNA, draft, lang="de")
    assert len(calls) == 2  # a new passage makes the cache stale


def _add_mail(engine: Engine) -> None:
    from treffsicher.importers.base import ImportedPassage, ImportedSource
    from treffsicher.storage import repo

    with Session(engine) as session, session.begin():
        client = repo.get_client_by_name(session, JOHANNA)
        assert client is not None
        passage = ImportedPassage("Hallo Anna, noch eine kurze Mail von mir.", "de", "email", 0)
        source = ImportedSource("neu.txt", "f" * 64, "text/plain", "utf-8", (passage,))
        repo.add_source(session, client.id, source, "email", [7])


def test_unknown_client(demo: Engine) -> None:
    with pytest.raises(NotFoundError):
        check_client_draft(demo, "Niemand", Draft("x.txt", "Hallo", None), lang="de")


def test_format_trend() -> None:
    assert format_trend([58.4, 80.6]) == "58 → 81"
    assert format_trend([None, 12.0]) == "– → 12"
    assert format_trend([]) == ""


KNOWN = (
    "Ich hab mir das gestern noch mal angeschaut, und ehrlich gesagt finde ich es gut so. "
    "Du weißt ja, dass ich lieber kurze Sätze mag. Lass uns das so machen, ja? Ich melde "
    "mich morgen noch mal bei dir, wenn ich die Fotos habe. "
)
UNKNOWN = (
    "Ich hab die Fotos jetzt, ehrlich gesagt sind sie schöner als gedacht. Du kannst sie "
    "dir ja mal anschauen, ja? Ich mag die hellen am liebsten. Lass uns morgen telefonieren."
)


def trial_line(trial_id: str, **extra: object) -> str:
    data: dict[str, object] = {
        "id": trial_id,
        "lang": "de",
        "known": [KNOWN * 5, KNOWN * 4],
        "unknown": UNKNOWN * 2,
    }
    data.update(extra)
    return json.dumps(data, ensure_ascii=False)


def test_score_trials_scores_good_lines_and_names_bad_ones() -> None:
    lines = [
        trial_line("t1", same_author=True, meta={"x": 1}),
        "{not json",
        "",
        json.dumps({"id": "t3", "lang": "de", "known": "kein Array", "unknown": "x"}),
        trial_line("t4"),
        json.dumps({"id": "t5", "lang": "de", "known": ["zu kurz"], "unknown": UNKNOWN}),
    ]
    results = list(score_trials(lines))
    assert [(r.line_number, r.trial_id) for r in results] == [
        (1, "t1"), (2, None), (4, None), (5, "t4"), (6, "t5"),
    ]  # fmt: skip
    assert results[0].score is not None
    assert 0.0 <= results[0].score <= 1.0
    assert results[0].score == results[3].score  # same_author/meta are never read
    assert results[1].error is not None
    assert results[1].error.startswith("not valid JSON")
    assert results[2].error == "'known' must be a non-empty list of strings"
    assert results[4].score is None  # her side is too short: a reason, not a number
    assert results[4].error


def test_parse_trial_never_needs_the_answer_key() -> None:
    assert checking.parse_trial(trial_line("t"))[0] == "t"
    with pytest.raises(ValueError, match="'id'"):
        checking.parse_trial(json.dumps({"lang": "de", "known": ["a"], "unknown": "b"}))


def test_profile_command_uses_the_same_cache(demo: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from treffsicher.services.profiling import build_client_profile

    calls: list[int] = []
    real = core_profile.build_profile

    def counting(passages):  # type: ignore[no-untyped-def]
        if not all(p.source_name.startswith("anna-brandt") for p in passages):
            calls.append(len(passages))  # the writer's profile is built (and cached) too
        return real(passages)

    monkeypatch.setattr(core_profile, "build_profile", counting)
    first = build_client_profile(demo, JOHANNA, "de")
    second = build_client_profile(demo, JOHANNA, "de")
    assert len(calls) == 1
    assert core_profile.profile_to_dict(first.profile) == core_profile.profile_to_dict(
        second.profile
    )


def test_passages_key() -> None:
    from treffsicher.storage.checks_repo import make_passages_key

    assert make_passages_key([3, 1, 2]) == make_passages_key([1, 2, 3])
    assert make_passages_key([1, 2]) != make_passages_key([1, 2, 3])
    assert make_passages_key([1, 2], "v1") != make_passages_key([1, 2], "v2")
    assert len(make_passages_key([])) == 64


def test_preview_is_not_stored(demo: Engine) -> None:
    draft = Draft("vorschau.md", "Ich freu mich auf dich und deine Fragen. Melde dich!", None)
    outcome = check_client_draft(demo, JOHANNA, draft, lang="de", store=False)
    assert outcome.check_id is None
    assert outcome.result.register == "web"
    with Session(demo) as session:
        assert session.scalars(select(CheckRow)).all() == []


def test_register_profile_only_with_enough_words_of_that_register(demo: Engine) -> None:
    from treffsicher.services.profiling import load_passages

    with Session(demo) as session:
        client = session.scalars(select(Client).where(Client.name == JOHANNA)).one()
        passages, _ = load_passages(session, client.id)
    web = checking.pick_register_profile(demo, client.id, passages, "web")
    assert web is not None
    assert web.languages["de"].passages_by_kind == {"web": 17}
    assert checking.pick_register_profile(demo, client.id, passages, "email") is None
    assert checking.pick_register_profile(demo, client.id, passages, "document") is None


def test_client_without_passages(demo: Engine) -> None:
    from treffsicher.errors import TooLittleTextError
    from treffsicher.services.clients import add_client

    add_client(demo, "Ulrike Berger")
    draft = Draft("a.md", "Ich freu mich auf dich und deine Fragen. Melde dich!", None)
    with pytest.raises(TooLittleTextError, match="Für Ulrike gibt es noch keine Textstellen"):
        check_client_draft(demo, "Ulrike Berger", draft, lang="de")


def test_load_check_rebuilds_the_outcome_as_it_was_run(demo: Engine) -> None:
    stiff = read_draft(DRAFTS / "startseite-steif.md")
    hers = read_draft(DRAFTS / "startseite-in-ihrer-stimme.md")
    first = check_client_draft(demo, JOHANNA, Draft("startseite.md", stiff.text, None), lang="de")
    second = check_client_draft(demo, JOHANNA, Draft("startseite.md", hers.text, "web"), lang="de")
    assert second.check_id is not None
    assert first.check_id is not None
    with Session(demo) as session:
        client_id = session.scalars(select(Client.id).where(Client.name == JOHANNA)).one()
    by_name = load_check(demo, JOHANNA, second.check_id, "de")
    by_id = load_check(demo, client_id, second.check_id, "de")
    assert by_name == second
    assert by_id == second
    assert by_name.previous_score == first.result.score
    assert by_name.to_dict() == second.to_dict()
    # The first check had no predecessor, and its register was guessed (None given).
    older = load_check(demo, JOHANNA, first.check_id, "de")
    assert older == first
    assert older.previous_at is None
    assert older.result.register_guessed is True
    # The outcome carries the report's rounded score (one decimal), as stored.
    assert second.result.score == round(second.result.score or 0.0, 1)


def test_load_check_of_another_client_or_unknown(demo: Engine) -> None:
    draft = read_draft(DRAFTS / "startseite-steif.md")
    outcome = check_client_draft(demo, JOHANNA, draft, lang="de")
    assert outcome.check_id is not None
    with pytest.raises(NotFoundError) as other:
        load_check(demo, "Morwenna Pike", outcome.check_id, "de")
    assert str(other.value) == f"Für Morwenna Pike gibt es keinen Abgleich Nr. {outcome.check_id}."
    with pytest.raises(NotFoundError) as unknown:
        load_check(demo, JOHANNA, 999, "en")
    assert str(unknown.value) == f"{JOHANNA} has no check no. 999."
    with pytest.raises(NotFoundError) as no_client:
        load_check(demo, 999, outcome.check_id, "en")
    assert str(no_client.value) == "No client with number 999."
    with pytest.raises(NotFoundError, match="Keine Kundin namens „Nobody“"):
        load_check(demo, "Nobody", outcome.check_id, "de")


@pytest.mark.parametrize(
    ("report", "reason"),
    [
        ("", "JSONDecodeError"),
        ("[]", "AttributeError"),
        ('{"schema_version": 2}', "schema_version 2"),
        ('{"schema_version": 1, "language": "de"}', "KeyError: 'register'"),
    ],
)
def test_load_check_with_an_unreadable_report_says_so(
    demo: Engine, report: str, reason: str
) -> None:
    outcome = check_client_draft(demo, JOHANNA, read_draft(DRAFTS / "startseite-steif.md"))
    with Session(demo) as session, session.begin():
        row = session.get(CheckRow, outcome.check_id)
        assert row is not None
        row.report = report
    with pytest.raises(InputError, match="cannot be read") as caught:
        load_check(demo, JOHANNA, outcome.check_id or 0, "en")
    assert reason in str(caught.value)
    # As her newest check beside her profile or the check form: left out, not an error.
    with Session(demo) as session:
        row = session.get(CheckRow, outcome.check_id)
        assert row is not None
        client_id = row.client_id
    assert load_latest_check(demo, client_id, "en") is None


def test_a_stored_check_is_said_in_the_readers_language(demo: Engine) -> None:
    stiff = read_draft(DRAFTS / "startseite-steif.md")
    draft = Draft("startseite.md", stiff.text, "web")
    german = check_client_draft(demo, JOHANNA, draft, lang="de")
    english = check_client_draft(demo, JOHANNA, draft, lang="en", store=False)
    assert german.check_id is not None
    read = load_check(demo, JOHANNA, german.check_id, "en").result
    assert read.deviations
    assert [d.text for d in read.deviations] == [d.text for d in english.result.deviations]
    assert [d.label for d in read.deviations] == [d.label for d in english.result.deviations]
    notes = [[r.text for r in n.reasons] for n in read.sentence_notes]
    assert notes
    assert notes == [[r.text for r in n.reasons] for n in english.result.sentence_notes]
    assert [c.label for c in read.components] == [c.label for c in english.result.components]
    assert read.register_note == english.result.register_note
    assert read.closest_text == english.result.closest_text
    assert read.closest_text != german.result.closest_text
    assert [w.text for w in read.warnings] == [w.text for w in english.result.warnings]
    assert "Der Entwurf spricht" in german.result.deviations[0].text
    assert read.deviations[0].text.startswith("The draft addresses readers with ‘Sie (formal)’.")
    again = load_check(demo, JOHANNA, german.check_id, "de").result
    assert [d.text for d in again.deviations] == [d.text for d in german.result.deviations]
    short = Draft("kurz.md", "Liebe Grüße und bis bald, wir sehen uns am Montag.", "email")
    german = check_client_draft(demo, JOHANNA, short, lang="de")
    english = check_client_draft(demo, JOHANNA, short, lang="en", store=False)
    assert german.check_id is not None
    read = load_check(demo, JOHANNA, german.check_id, "en").result
    assert [w.code for w in read.warnings] == ["too_short"]
    assert [w.text for w in read.warnings] == [w.text for w in english.result.warnings]
    assert read.warnings[0].text.startswith("The draft is too short for a score")


def test_a_check_stored_without_phrases_keeps_its_sentences(demo: Engine) -> None:
    stiff = read_draft(DRAFTS / "startseite-steif.md")
    draft = Draft("startseite.md", stiff.text, "web")
    german = check_client_draft(demo, JOHANNA, draft, lang="de")
    with Session(demo) as session, session.begin():
        row = session.get(CheckRow, german.check_id)
        assert row is not None
        stored = json.loads(row.report)
        assert stored["phrases"]["deviations"][0]["key"] == "deviation.address"
        del stored["phrases"]  # as written before phrases were stored
        row.report = json.dumps(stored, ensure_ascii=False)
    assert german.check_id is not None
    read = load_check(demo, JOHANNA, german.check_id, "en").result
    assert [d.text for d in read.deviations] == [d.text for d in german.result.deviations]
    assert [w.text for w in read.warnings] == [w.text for w in german.result.warnings]
