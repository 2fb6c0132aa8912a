"""Repository functions of the understanding log; each takes a Session and plain values."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from treffsicher.storage.tables import PassageRow, Source, utc_now
from treffsicher.storage.understanding_tables import (
    AssumptionEventRow,
    AssumptionRow,
    CheckBackAnswerRow,
    CheckBackItemRow,
    CheckBackRoundRow,
    EvidenceMarkRow,
    QuestionRow,
)


def add_assumption(
    session: Session,
    client_id: int,
    *,
    text: str,
    category: str,
    status: str,
    language: str,
    terms: Sequence[str] = (),
    replacement: str = "",
    proposal_key: str | None = None,
    actor: str = "user",
) -> AssumptionRow:
    """Store an assumption with its 'created' event (flushed, so it has an id)."""
    now = utc_now()
    row = AssumptionRow(
        client_id=client_id,
        text=text,
        category=category,
        status=status,
        language=language,
        terms=json.dumps(list(terms), ensure_ascii=False),
        replacement=replacement,
        proposal_key=proposal_key,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    add_event(session, row.id, actor, "created", new=status, note=text)
    return row


def add_event(
    session: Session,
    assumption_id: int,
    actor: str,
    action: str,
    *,
    old: str = "",
    new: str = "",
    note: str = "",
) -> None:
    """Append one event to an assumption's history."""
    session.add(
        AssumptionEventRow(
            assumption_id=assumption_id,
            at=utc_now(),
            actor=actor,
            action=action,
            old=old,
            new=new,
            note=note,
        )
    )
    session.flush()


def list_assumptions(session: Session, client_id: int) -> Sequence[AssumptionRow]:
    """A client's assumptions in the order they were made."""
    return session.scalars(
        select(AssumptionRow).where(AssumptionRow.client_id == client_id).order_by(AssumptionRow.id)
    ).all()


def list_events(session: Session, assumption_id: int) -> Sequence[AssumptionEventRow]:
    """An assumption's history, oldest first."""
    return session.scalars(
        select(AssumptionEventRow)
        .where(AssumptionEventRow.assumption_id == assumption_id)
        .order_by(AssumptionEventRow.id)
    ).all()


def list_proposal_keys(session: Session, client_id: int) -> set[str]:
    """The proposal keys the client's assumptions already have."""
    keys = session.scalars(
        select(AssumptionRow.proposal_key).where(
            AssumptionRow.client_id == client_id, AssumptionRow.proposal_key.is_not(None)
        )
    )
    return {k for k in keys if k}


def set_mark(session: Session, assumption_id: int, passage_id: int, mark: str | None) -> None:
    """Pin or dismiss a passage for an assumption (None removes the mark)."""
    row = session.scalars(
        select(EvidenceMarkRow).where(
            EvidenceMarkRow.assumption_id == assumption_id,
            EvidenceMarkRow.passage_id == passage_id,
        )
    ).first()
    if mark is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(EvidenceMarkRow(assumption_id=assumption_id, passage_id=passage_id, mark=mark))
    else:
        row.mark = mark
    session.flush()


def list_marks(session: Session, assumption_id: int) -> dict[int, str]:
    """passage id → pinned | dismissed."""
    rows = session.execute(
        select(EvidenceMarkRow.passage_id, EvidenceMarkRow.mark)
        .where(EvidenceMarkRow.assumption_id == assumption_id)
        .order_by(EvidenceMarkRow.id)
    )
    marks: dict[int, str] = {}
    for passage_id, mark in rows:
        marks[passage_id] = mark
    return marks


def hash_token(token: str) -> str:
    """The stored form of a link secret: its sha256 (the secret itself is never stored)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_round(
    session: Session,
    client_id: int,
    *,
    kind: str,
    token: str,
    language: str,
    address: str,
    expires_at: datetime,
    pin_hash: str | None,
    statements: Sequence[tuple[int | None, str]],
) -> CheckBackRoundRow:
    """Store a round with its items ((assumption id or None, statement) in order)."""
    row = CheckBackRoundRow(
        client_id=client_id,
        kind=kind,
        token_hash=hash_token(token),
        language=language,
        address=address,
        created_at=utc_now(),
        expires_at=expires_at,
        pin_hash=pin_hash,
        failed_pins=0,
    )
    session.add(row)
    session.flush()
    session.add_all(
        CheckBackItemRow(round_id=row.id, position=i, assumption_id=aid, statement=text)
        for i, (aid, text) in enumerate(statements, start=1)
    )
    session.flush()
    return row


def find_round_by_token(session: Session, token: str) -> CheckBackRoundRow | None:
    """The round whose link carries `token`, or None."""
    return session.scalars(
        select(CheckBackRoundRow).where(CheckBackRoundRow.token_hash == hash_token(token))
    ).first()


def list_rounds(session: Session, client_id: int) -> Sequence[CheckBackRoundRow]:
    """A client's rounds, newest first."""
    return session.scalars(
        select(CheckBackRoundRow)
        .where(CheckBackRoundRow.client_id == client_id)
        .order_by(CheckBackRoundRow.id.desc())
    ).all()


def list_items(session: Session, round_id: int) -> Sequence[CheckBackItemRow]:
    """The items of a round in order."""
    return session.scalars(
        select(CheckBackItemRow)
        .where(CheckBackItemRow.round_id == round_id)
        .order_by(CheckBackItemRow.position)
    ).all()


def add_answer(
    session: Session,
    item_id: int,
    *,
    answer: str,
    text: str,
    comment: str,
    passage_id: int | None,
) -> CheckBackAnswerRow:
    """Append her answer to an item (answers are never changed or deleted)."""
    row = CheckBackAnswerRow(
        item_id=item_id,
        answer=answer,
        text=text,
        comment=comment,
        created_at=utc_now(),
        passage_id=passage_id,
    )
    session.add(row)
    session.flush()
    return row


def list_answers(session: Session, item_ids: Sequence[int]) -> Sequence[CheckBackAnswerRow]:
    """Every answer to these items, oldest first."""
    if not item_ids:
        return []
    return session.scalars(
        select(CheckBackAnswerRow)
        .where(CheckBackAnswerRow.item_id.in_(list(item_ids)))
        .order_by(CheckBackAnswerRow.id)
    ).all()


def add_words_of_hers(
    session: Session,
    client_id: int,
    *,
    kind: str,
    name: str,
    text: str,
    language: str,
    key: str,
) -> int:
    """Store her answer as a source with one passage of `kind`; returns the passage id."""
    source = Source(
        client_id=client_id,
        name=name,
        content_hash=hashlib.sha256(key.encode("utf-8")).hexdigest(),
        media_type="text/plain",
        encoding="utf-8",
        kind=kind,
        occurred_at=utc_now(),
        subject=name,
    )
    session.add(source)
    session.flush()
    passage = PassageRow(
        source_id=source.id,
        position=0,
        text=text,
        language=language,
        kind=kind,
        word_count=len(text.split()),
        char_start=0,
        char_end=len(text),
    )
    session.add(passage)
    session.flush()
    return passage.id


def list_questions(session: Session, language: str) -> Sequence[QuestionRow]:
    """The active questionnaire questions of a language, in order."""
    return session.scalars(
        select(QuestionRow)
        .where(QuestionRow.language == language, QuestionRow.active.is_(True))
        .order_by(QuestionRow.position)
    ).all()


def replace_questions(session: Session, language: str, texts: Sequence[str]) -> None:
    """Make `texts` the questions of `language` (older ones are deactivated, not deleted)."""
    rows = session.scalars(select(QuestionRow).where(QuestionRow.language == language)).all()
    top = max((r.position for r in rows), default=0)
    for row in rows:
        row.active = False
    session.add_all(
        QuestionRow(language=language, position=top + i, text=text, active=True)
        for i, text in enumerate(texts, start=1)
    )
    session.flush()


def count_questions(session: Session, language: str) -> int:
    """How many questions (active or not) a language has ever had."""
    return int(
        session.scalar(select(func.count(QuestionRow.id)).where(QuestionRow.language == language))
        or 0
    )


def list_questionnaire_answers(
    session: Session, client_id: int
) -> list[tuple[CheckBackRoundRow, CheckBackItemRow, CheckBackAnswerRow]]:
    """Her latest answer to every questionnaire question she answered, round by round."""
    rows = session.execute(
        select(CheckBackRoundRow, CheckBackItemRow, CheckBackAnswerRow)
        .join(CheckBackItemRow, CheckBackItemRow.round_id == CheckBackRoundRow.id)
        .join(CheckBackAnswerRow, CheckBackAnswerRow.item_id == CheckBackItemRow.id)
        .where(CheckBackRoundRow.client_id == client_id, CheckBackRoundRow.kind == "questionnaire")
        .order_by(CheckBackAnswerRow.id)
    )
    latest: dict[int, tuple[CheckBackRoundRow, CheckBackItemRow, CheckBackAnswerRow]] = {}
    for round_, item, answer in rows:
        latest[item.id] = (round_, item, answer)
    return list(latest.values())
