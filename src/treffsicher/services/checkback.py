"""Check-back with the client: private rounds, her answers (append-only), the questionnaire.

A round's link carries 32 random bytes (256 bits, `secrets.token_urlsafe`); only their
sha256 is stored. Links expire (30 days by default), can be withdrawn, and may need a
PIN (scrypt-hashed; five wrong tries lock the round for 15 minutes). Her answers change
the statuses of the assumptions and, when she wrote words, join her passages.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.assumptions import ANSWERS, status_after_answer
from treffsicher.core.nogo import asks_for_rejected_words
from treffsicher.errors import InputError, NotFoundError, TreffsicherError
from treffsicher.i18n import t
from treffsicher.services.clients import find_client
from treffsicher.services.understanding import (
    KIND_CHECKBACK,
    KIND_QUESTIONNAIRE,
    as_utc,
    format_date,
    get_assumption,
    guess_client_language,
    record_status,
)
from treffsicher.storage import understanding_repo as urepo
from treffsicher.storage.tables import Client
from treffsicher.storage.understanding_tables import (
    CheckBackItemRow,
    CheckBackRoundRow,
    QuestionRow,
)

TOKEN_BYTES = 32
DEFAULT_DAYS = 30
MAX_PIN_ATTEMPTS = 5
PIN_LOCK = timedelta(minutes=15)
MIN_PIN_DIGITS = 4
MAX_ANSWER_CHARS = 5_000
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"
DEFAULT_QUESTIONS = {
    "de": (
        "Wer sind Ihre Kundinnen und Kunden – und wie sprechen Sie mit ihnen, wenn sie vor "
        "Ihnen stehen?",
        "Welche Wörter würden Sie nie verwenden – und warum?",
        "Welche Wörter und Wendungen sagen Sie ständig?",
        "Nennen Sie eine Website, die Ihnen gefällt, und eine, die Ihnen nicht gefällt. Warum?",
        "Erzählen Sie von einem typischen Arbeitstag: Was passiert, was freut Sie, was nervt?",
        "Was sollen Menschen denken oder fühlen, nachdem sie Ihre Seite gelesen haben?",
        "Was unterscheidet Sie von anderen in Ihrem Bereich – in Ihren eigenen Worten?",
    ),
    "en": (
        "Who are your customers, and how do you talk to them when they are in front of you?",
        "Which words would you never use, and why?",
        "Which words and phrases do you say all the time?",
        "Name a website you like and one you don't. Why?",
        "Tell me about a typical working day: what happens, what makes you glad, what annoys you?",
        "What should people think or feel after reading your page?",
        "What sets you apart from others in your field, in your own words?",
    ),
}


class LinkInvalidError(NotFoundError):
    """A link that does not exist, has expired or was withdrawn (one message for all three,
    so a guesser learns nothing)."""


class PinNeededError(TreffsicherError):
    """The round needs a PIN (or the given one is wrong)."""

    http_status = 401


class PinLockedError(TreffsicherError):
    """Too many wrong PINs: the round is locked for a while."""

    http_status = 429


@dataclass(frozen=True)
class CreatedRound:
    """A new round: the link (shown once), the mail to send and a mailto: link."""

    id: int
    kind: str
    link: str
    expires_at: datetime
    mail_subject: str
    mail_text: str
    mailto: str


@dataclass(frozen=True)
class Answer:
    """One answer of hers, as stored."""

    answer: str
    text: str
    comment: str
    at: datetime


@dataclass(frozen=True)
class Item:
    """One statement (or question) of a round with her answers, latest last."""

    id: int
    position: int
    statement: str
    assumption_id: int | None
    answers: tuple[Answer, ...]

    @property
    def latest(self) -> Answer | None:
        return self.answers[-1] if self.answers else None


@dataclass(frozen=True)
class Round:
    """A round as the user and (through her link) the client see it."""

    id: int
    client: str
    kind: str
    language: str
    address: str
    state: str  # open | finished | expired | revoked
    created_at: datetime
    expires_at: datetime
    finished_at: datetime | None
    needs_pin: bool
    items: tuple[Item, ...]

    @property
    def n_answered(self) -> int:
        return sum(1 for item in self.items if item.answers)


def now_utc() -> datetime:
    return datetime.now(UTC)


def hash_pin(pin: str) -> str:
    """scrypt of the PIN with a random salt: 'salt$hash' in hex."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    return f"{salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored scrypt hash (constant-time comparison)."""
    salt_hex, digest_hex = stored.split("$", 1)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), digest_hex)


def make_pin_pass(row: CheckBackRoundRow) -> str:
    """Proof that the PIN was given, for the browser to keep: HMAC of the round's link
    hash keyed with the PIN hash (unknown outside the workspace)."""
    key = (row.pin_hash or "").encode("ascii")
    return hmac.new(key, row.token_hash.encode("ascii"), hashlib.sha256).hexdigest()


def parse_items(value: str, lang: str) -> list[int]:
    """'3,5, 8' → [3, 5, 8]; InputError for anything else."""
    try:
        ids = [int(part) for part in value.replace(" ", "").split(",") if part]
    except ValueError:
        raise InputError(t("checkback.items_invalid", lang, value=value)) from None
    if not ids:
        raise InputError(t("checkback.no_items", lang))
    return list(dict.fromkeys(ids))


def create_round(
    engine: Engine,
    client: str,
    item_ids: Sequence[int],
    *,
    lang: str = "en",
    language: str | None = None,
    address: str | None = None,
    pin: str | None = None,
    days: int = DEFAULT_DAYS,
    public_url: str = DEFAULT_PUBLIC_URL,
) -> CreatedRound:
    """A check-back round over the client's assumptions `item_ids`."""
    if not item_ids:
        raise InputError(t("checkback.no_items", lang))
    address = address or guess_address(engine, client, lang)
    with Session(engine) as session, session.begin():
        row = find_client(session, client, lang)
        statements: list[tuple[int | None, str]] = []
        for assumption_id in item_ids:
            assumption = get_assumption(session, assumption_id, lang)
            if assumption.client_id != row.id:
                raise InputError(
                    t("checkback.item_foreign", lang, id=str(assumption_id), name=row.name)
                )
            statements.append((assumption.id, assumption.text))
        return start_round(
            session, row, KIND_CHECKBACK, statements, language, address, pin, days, public_url
        )


def create_questionnaire(
    engine: Engine,
    client: str,
    *,
    lang: str = "en",
    language: str | None = None,
    address: str | None = None,
    pin: str | None = None,
    days: int = DEFAULT_DAYS,
    public_url: str = DEFAULT_PUBLIC_URL,
) -> CreatedRound:
    """A questionnaire round for a new client, with the questions of her language."""
    address = address or guess_address(engine, client, lang)
    with Session(engine) as session, session.begin():
        row = find_client(session, client, lang)
        her_language = language or guess_client_language(session, row.id)
        questions = [q.text for q in load_questions(session, her_language)]
        if not questions:
            raise InputError(t("questionnaire.none", lang, language=her_language))
        statements: list[tuple[int | None, str]] = [(None, q) for q in questions]
        return start_round(
            session,
            row,
            KIND_QUESTIONNAIRE,
            statements,
            her_language,
            address,
            pin,
            days,
            public_url,
        )


def start_round(
    session: Session,
    client: Client,
    kind: str,
    statements: list[tuple[int | None, str]],
    language: str | None,
    address: str | None,
    pin: str | None,
    days: int,
    public_url: str,
) -> CreatedRound:
    """Store the round and write the mail in her language and form of address."""
    language = language or guess_client_language(session, client.id)
    address = address or ("sie" if language == "de" else "du")
    if pin is not None and (len(pin) < MIN_PIN_DIGITS or not pin.isdigit()):
        raise InputError(t("checkback.pin_short", language))
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires = now_utc() + timedelta(days=days)
    row = urepo.add_round(
        session,
        client.id,
        kind=kind,
        token=token,
        language=language,
        address=address,
        expires_at=expires,
        pin_hash=hash_pin(pin) if pin else None,
        statements=statements,
    )
    link = f"{public_url.rstrip('/')}/r/{token}"
    first_name = client.name.split()[0] if client.name.split() else client.name
    prefix = "checkback" if kind == KIND_CHECKBACK else "questionnaire"
    subject = t(f"{prefix}.mail.subject", language)
    body = t(
        f"{prefix}.mail.body.{address}",
        language,
        name=first_name,
        count=len(statements),
        link=link,
        expires=format_date(expires, language),
        pin=t(f"checkback.mail.pin.{address}", language) if pin else "",
    )
    mailto = f"mailto:?subject={quote(subject)}&body={quote(body)}"
    return CreatedRound(row.id, kind, link, expires, subject, body, mailto)


def guess_address(engine: Engine, client: str, lang: str) -> str | None:
    """du or sie as she addresses the writer in her mails (her profile's address form, in
    the language most of her words are in), None when her words do not tell."""
    from treffsicher.services.profiling import load_cached_profile, load_passages

    with Session(engine) as session:
        row = find_client(session, client, lang)
        client_id = row.id
        language = guess_client_language(session, client_id)
        passages, _by_kind = load_passages(session, client_id)
    if language != "de" or not passages:
        return None
    profile = load_cached_profile(engine, client_id, passages)
    her = profile.languages.get(language)
    summary = her.features.get("address_form") if her else None
    if summary is None or not summary.distribution:
        return None
    du = summary.distribution.get("du", 0.0) + summary.distribution.get("ihr", 0.0)
    sie = summary.distribution.get("sie", 0.0)
    return "du" if du > sie else "sie" if sie > du else None


def state_of(row: CheckBackRoundRow) -> str:
    """open, finished, expired or revoked."""
    if row.revoked_at is not None:
        return "revoked"
    if (as_utc(row.expires_at) or now_utc()) <= now_utc():
        return "expired"
    return "finished" if row.finished_at is not None else "open"


def describe_round(session: Session, row: CheckBackRoundRow) -> Round:
    """A round with its items and every answer."""
    items = urepo.list_items(session, row.id)
    answers: dict[int, list[Answer]] = {}
    for answer in urepo.list_answers(session, [i.id for i in items]):
        answers.setdefault(answer.item_id, []).append(
            Answer(
                answer.answer, answer.text, answer.comment, as_utc(answer.created_at) or now_utc()
            )
        )
    client = session.get(Client, row.client_id)
    return Round(
        id=row.id,
        client=client.name if client else "",
        kind=row.kind,
        language=row.language,
        address=row.address,
        state=state_of(row),
        created_at=as_utc(row.created_at) or now_utc(),
        expires_at=as_utc(row.expires_at) or now_utc(),
        finished_at=as_utc(row.finished_at),
        needs_pin=row.pin_hash is not None,
        items=tuple(
            Item(i.id, i.position, i.statement, i.assumption_id, tuple(answers.get(i.id, ())))
            for i in items
        ),
    )


def list_rounds(engine: Engine, client: str, lang: str = "en") -> list[Round]:
    """A client's rounds, newest first."""
    with Session(engine) as session:
        row = find_client(session, client, lang)
        return [describe_round(session, r) for r in urepo.list_rounds(session, row.id)]


def show_round(engine: Engine, round_id: int, lang: str = "en") -> Round:
    """One round by id, for the user."""
    with Session(engine) as session:
        return describe_round(session, get_round(session, round_id, lang))


def get_round(session: Session, round_id: int, lang: str) -> CheckBackRoundRow:
    row = session.get(CheckBackRoundRow, round_id)
    if row is None:
        raise NotFoundError(t("checkback.not_found", lang, id=str(round_id)))
    return row


def revoke_round(engine: Engine, round_id: int, lang: str = "en") -> Round:
    """Withdraw a round's link: it stops working at once."""
    with Session(engine) as session, session.begin():
        row = get_round(session, round_id, lang)
        row.revoked_at = row.revoked_at or now_utc()
        return describe_round(session, row)


def find_live_round(
    session: Session, token: str, pin: str | None, pin_pass: str | None, lang: str = "de"
) -> CheckBackRoundRow:
    """The round of a link that is neither expired nor withdrawn, its PIN checked. Errors
    speak the round's language, or `lang` (her browser's) for a link that names none."""
    row = urepo.find_round_by_token(session, token) if token else None
    lang = row.language if row else lang
    if row is None or state_of(row) in ("expired", "revoked"):
        raise LinkInvalidError(t("checkback.link_invalid", lang))
    if row.pin_hash is None:
        return row
    if pin_pass and hmac.compare_digest(pin_pass, make_pin_pass(row)):
        return row
    locked = as_utc(row.locked_until)
    if locked is not None and locked > now_utc():
        raise PinLockedError(t("checkback.pin_locked", lang))
    if not pin:
        raise PinNeededError(t("checkback.pin_needed", lang))
    if not check_pin(pin, row.pin_hash):
        row.failed_pins += 1
        if row.failed_pins >= MAX_PIN_ATTEMPTS:
            row.failed_pins = 0
            row.locked_until = now_utc() + PIN_LOCK
        session.commit()
        raise PinNeededError(t("checkback.pin_wrong", lang))
    row.failed_pins = 0
    return row


def open_round(
    engine: Engine,
    token: str,
    *,
    pin: str | None = None,
    pin_pass: str | None = None,
    lang: str = "de",
) -> tuple[Round, str]:
    """Her view of her round (only this one) and the PIN pass to keep ('' without PIN)."""
    with Session(engine) as session:
        row = find_live_round(session, token, pin, pin_pass, lang)
        session.commit()
        return describe_round(session, row), make_pin_pass(row) if row.pin_hash else ""


def answer_item(
    engine: Engine,
    token: str,
    item_id: int,
    answer: str,
    text: str = "",
    comment: str = "",
    *,
    pin_pass: str | None = None,
    lang: str = "de",
) -> Round:
    """Store her answer to one item of her round (append-only) and apply it."""
    with Session(engine) as session, session.begin():
        row = find_live_round(session, token, None, pin_pass, lang)
        lang = row.language
        if row.finished_at is not None:
            raise InputError(t("checkback.closed", lang))
        item = session.get(CheckBackItemRow, item_id)
        if item is None or item.round_id != row.id:
            raise LinkInvalidError(t("checkback.link_invalid", lang))
        allowed = ("text",) if row.kind == KIND_QUESTIONNAIRE else ANSWERS
        if answer not in allowed:
            raise InputError(t("checkback.answer_invalid", lang, answer=answer[:20]))
        text, comment = text.strip(), comment.strip()
        if len(text) > MAX_ANSWER_CHARS or len(comment) > MAX_ANSWER_CHARS:
            raise InputError(t("checkback.answer_too_long", lang, limit=str(MAX_ANSWER_CHARS)))
        passage_id = store_her_words(session, row, item, text, comment)
        urepo.add_answer(
            session, item.id, answer=answer, text=text, comment=comment, passage_id=passage_id
        )
        if item.assumption_id is not None and answer in ANSWERS:
            assumption = get_assumption(session, item.assumption_id, lang)
            note = " ".join(part for part in (text, comment) if part)
            status = status_after_answer(answer, text)
            record_status(session, assumption, status, note, "client", answer)
        return describe_round(session, row)


def store_her_words(
    session: Session, row: CheckBackRoundRow, item: CheckBackItemRow, text: str, comment: str
) -> int | None:
    """Her written answer as a passage of kind checkback/questionnaire (None if she wrote
    nothing). The statement is not hers, so only her own words go in."""
    words = "\n\n".join(part for part in (text, comment) if part)
    if not words or (row.kind == KIND_QUESTIONNAIRE and asks_for_rejected_words(item.statement)):
        # Words she lists as never to be used are mentions, not her usage: the proposals
        # read them from the answer itself.
        return None
    name = t(f"assume.source.{row.kind}", row.language, round=str(row.id))
    key = f"{row.kind}:{row.id}:{item.id}:{secrets.token_hex(8)}"
    return urepo.add_words_of_hers(
        session,
        row.client_id,
        kind=row.kind,
        name=f"{name}, {item.position}",
        text=words,
        language=row.language,
        key=key,
    )


def finish_round(
    engine: Engine, token: str, *, pin_pass: str | None = None, lang: str = "de"
) -> Round:
    """She is done: the round is finished (her link then only shows her answers)."""
    with Session(engine) as session, session.begin():
        row = find_live_round(session, token, None, pin_pass, lang)
        row.finished_at = row.finished_at or now_utc()
        return describe_round(session, row)


def load_questions(session: Session, language: str) -> list[QuestionRow]:
    """The questions of a language; the default set is stored the first time."""
    if urepo.count_questions(session, language) == 0 and language in DEFAULT_QUESTIONS:
        urepo.replace_questions(session, language, DEFAULT_QUESTIONS[language])
    return list(urepo.list_questions(session, language))


def list_questions(engine: Engine, language: str) -> list[str]:
    """The questionnaire's questions in `language` (the defaults until edited)."""
    with Session(engine) as session, session.begin():
        return [q.text for q in load_questions(session, language)]


def set_questions(engine: Engine, language: str, texts: Sequence[str]) -> list[str]:
    """Replace the questions of `language` (empty lines dropped)."""
    cleaned = [" ".join(text.split()) for text in texts if text.strip()]
    with Session(engine) as session, session.begin():
        urepo.replace_questions(session, language, cleaned)
        return [q.text for q in urepo.list_questions(session, language)]
