"""Check-back rounds: private links, her answers (append-only), PIN, expiry, questionnaire."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session
from understanding_helpers import add_bakery, add_praxis

from treffsicher.errors import InputError
from treffsicher.services import checkback, understanding
from treffsicher.services.briefing import make_briefing
from treffsicher.services.checkback import LinkInvalidError, PinLockedError, PinNeededError
from treffsicher.storage.tables import PassageRow
from treffsicher.storage.understanding_tables import CheckBackAnswerRow, CheckBackRoundRow


def token_of(created: checkback.CreatedRound) -> str:
    return created.link.rsplit("/r/", 1)[1]


def make_round(engine: Engine, pin: str | None = None) -> tuple[list[int], checkback.CreatedRound]:
    add_praxis(engine)
    ids = [
        understanding.add_assumption(engine, "Sabine Ohm", text, category, "de").id
        for text, category in (
            ("Sie bietet Massagen an.", "offer"),
            ("Ihre Zielgruppe sind Familien.", "audience"),
        )
    ]
    return ids, checkback.create_round(engine, "Sabine Ohm", ids, lang="de", pin=pin)


def test_a_round_has_a_long_random_link_stored_only_as_a_hash(engine: Engine) -> None:
    _ids, created = make_round(engine)
    token = token_of(created)
    assert len(token) >= 43  # 32 bytes in base64url: 256 bits
    with Session(engine) as session:
        row = session.scalars(select(CheckBackRoundRow)).one()
        assert token not in row.token_hash
        assert row.token_hash == checkback.urepo.hash_token(token)
    assert created.mailto.startswith("mailto:?subject=")
    assert "Sabine" in created.mail_text
    assert token in created.mail_text


def test_her_answers_change_statuses_and_become_her_passages(engine: Engine) -> None:
    ids, created = make_round(engine)
    token = token_of(created)
    page, _pass = checkback.open_round(engine, token)
    first, second = page.items
    checkback.answer_item(engine, token, first.id, "no", "Massagen gibt es seit Mai nicht mehr.")
    assert understanding.count_unanswered_checkback(engine, "Sabine Ohm", "de") == 1
    checkback.answer_item(engine, token, second.id, "yes")
    assert understanding.count_unanswered_checkback(engine, "Sabine Ohm", "de") == 0
    # She comes back and changes her mind: a new answer is added, the old one stays.
    checkback.answer_item(engine, token, second.id, "partly", "Vor allem Eltern mit Babys.")
    checkback.finish_round(engine, token)
    shown = checkback.show_round(engine, created.id, "de")
    assert shown.state == "finished"
    assert [a.answer for a in shown.items[1].answers] == ["yes", "partly"]
    offer = understanding.show_assumption(engine, ids[0], "de")
    audience = understanding.show_assumption(engine, ids[1], "de")
    assert (offer.status, audience.status) == ("corrected", "corrected")
    assert offer.history[-1].actor == "client"
    assert audience.confidence.level == "medium"
    with Session(engine) as session:
        kinds = session.scalars(select(PassageRow.kind).where(PassageRow.kind == "checkback"))
        assert len(list(kinds)) == 2
        assert session.scalar(select(CheckBackAnswerRow.id).order_by(CheckBackAnswerRow.id))
    with pytest.raises(InputError):
        checkback.answer_item(engine, token, first.id, "yes")
    record = make_briefing(engine, "Sabine Ohm", "md", "de")
    assert "Vor allem Eltern mit Babys." in record
    assert "Stimmt teilweise" in record


def test_a_link_shows_only_its_own_round(engine: Engine) -> None:
    _ids, first = make_round(engine)
    add_bakery(engine)
    other_id = understanding.add_assumption(engine, "Morwenna Pike", "Bread", "offer", "en").id
    second = checkback.create_round(engine, "Morwenna Pike", [other_id], lang="en")
    other_item = checkback.show_round(engine, second.id).items[0].id
    with pytest.raises(LinkInvalidError):
        checkback.answer_item(engine, token_of(first), other_item, "yes")
    with pytest.raises(LinkInvalidError):
        checkback.open_round(engine, token_of(first)[:-2] + "xx")
    with pytest.raises(InputError):
        checkback.create_round(engine, "Sabine Ohm", [other_id], lang="de")


def test_expired_and_revoked_links_stop_working(engine: Engine) -> None:
    _ids, created = make_round(engine)
    token = token_of(created)
    checkback.revoke_round(engine, created.id, "de")
    with pytest.raises(LinkInvalidError):
        checkback.open_round(engine, token)
    second = checkback.create_round(engine, "Sabine Ohm", _ids, lang="de")
    with Session(engine) as session, session.begin():
        session.execute(
            update(CheckBackRoundRow)
            .where(CheckBackRoundRow.id == second.id)
            .values(expires_at=checkback.now_utc() - timedelta(minutes=1))
        )
    with pytest.raises(LinkInvalidError):
        checkback.open_round(engine, token_of(second))
    assert checkback.show_round(engine, second.id).state == "expired"


def test_pin_guessing_is_locked_out(engine: Engine) -> None:
    _ids, created = make_round(engine, pin="4711")
    token = token_of(created)
    with pytest.raises(PinNeededError):
        checkback.open_round(engine, token)
    for guess in ("0000", "1111", "2222", "3333"):
        with pytest.raises(PinNeededError):
            checkback.open_round(engine, token, pin=guess)
    with pytest.raises(PinNeededError):
        checkback.open_round(engine, token, pin="5555")  # the fifth wrong try locks
    with pytest.raises(PinLockedError):
        checkback.open_round(engine, token, pin="4711")  # even the right PIN waits now
    with Session(engine) as session, session.begin():
        session.execute(update(CheckBackRoundRow).values(locked_until=None))
    page, pin_pass = checkback.open_round(engine, token, pin="4711")
    assert pin_pass
    item = page.items[0].id
    with pytest.raises(PinNeededError):
        checkback.answer_item(engine, token, item, "yes")
    with pytest.raises(PinNeededError):
        checkback.answer_item(engine, token, item, "yes", pin_pass="0" * 64)
    checkback.answer_item(engine, token, item, "yes", pin_pass=pin_pass)


def test_questionnaire_uses_editable_questions_in_her_language(engine: Engine) -> None:
    add_praxis(engine)
    assert len(checkback.list_questions(engine, "de")) == len(checkback.DEFAULT_QUESTIONS["de"])
    assert checkback.list_questions(engine, "en")[0].startswith("Who are your customers")
    checkback.set_questions(engine, "de", ["Wer liest Ihre Seite?", "", "Was nervt Sie?"])
    created = checkback.create_questionnaire(engine, "Sabine Ohm", lang="de")
    token = token_of(created)
    page, _ = checkback.open_round(engine, token)
    assert [i.statement for i in page.items] == ["Wer liest Ihre Seite?", "Was nervt Sie?"]
    checkback.answer_item(engine, token, page.items[0].id, "text", "Mütter und Väter.")
    with pytest.raises(InputError):
        checkback.answer_item(engine, token, page.items[0].id, "yes")
    with Session(engine) as session:
        texts = session.scalars(select(PassageRow.text).where(PassageRow.kind == "questionnaire"))
        assert list(texts) == ["Mütter und Väter."]


def test_listed_words_in_the_questionnaire_become_nogos_not_her_words(engine: Engine) -> None:
    add_praxis(engine)
    created = checkback.create_questionnaire(engine, "Sabine Ohm", lang="de")
    token = token_of(created)
    page, _ = checkback.open_round(engine, token)
    never = next(i for i in page.items if "nie verwenden" in i.statement)
    checkback.answer_item(engine, token, never.id, "text", "Auszeit vom Alltag, Premium und Oase")
    with Session(engine) as session:
        texts = list(
            session.scalars(select(PassageRow.text).where(PassageRow.kind == "questionnaire"))
        )
    assert texts == []  # a list of words she never uses is not her usage
    proposed = understanding.propose_assumptions(engine, "Sabine Ohm", "de")
    listed = {v.terms[0]: v for v in proposed if v.category == "nogo"}
    assert {"Auszeit vom Alltag", "Premium", "Oase"} <= set(listed)
    [quote] = listed["Premium"].evidence
    assert quote.source == f"Kennenlern-Fragebogen {created.id}, {never.position}"
    assert listed["Premium"].confidence.reason == "one_source"


def test_forgetting_her_removes_assumptions_rounds_and_answers(sqlite_engine: Engine) -> None:
    from sqlalchemy import func

    from treffsicher.services.privacy import forget_client
    from treffsicher.storage.understanding_tables import (
        AssumptionEventRow,
        AssumptionRow,
        CheckBackItemRow,
        EvidenceMarkRow,
    )

    _ids, created = make_round(sqlite_engine)
    token = token_of(created)
    item = checkback.open_round(sqlite_engine, token)[0].items[0]
    canary = "Kanarienvogel-Antwort-4711"
    checkback.answer_item(sqlite_engine, token, item.id, "partly", canary)
    understanding.propose_assumptions(sqlite_engine, "Sabine Ohm", "de")
    forget_client(sqlite_engine, "Sabine Ohm", "de")
    with Session(sqlite_engine) as session:
        for table in (
            AssumptionRow,
            AssumptionEventRow,
            EvidenceMarkRow,
            CheckBackRoundRow,
            CheckBackItemRow,
            CheckBackAnswerRow,
        ):
            assert session.scalar(select(func.count()).select_from(table)) == 0, table
    path = sqlite_engine.url.database
    assert path is not None
    assert canary.encode() not in Path(path).read_bytes()
