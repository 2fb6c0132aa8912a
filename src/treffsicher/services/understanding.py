"""Understanding log use cases: assumptions with evidence from her words, proposals, status."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.assumptions import (
    CATEGORIES as CATEGORIES,  # re-exported: the web's category choices
)
from treffsicher.core.assumptions import (
    STATUSES,
    Confidence,
    Proposal,
    find_wishes,
    propose_from_profile,
    propose_nogos,
    propose_wishes,
    rate_confidence,
)
from treffsicher.core.evidence import (
    Evidence,
    EvidencePassage,
    Hit,
    PassageIndex,
    find_evidence,
    index_passages,
)
from treffsicher.core.habits import read_address_wish
from treffsicher.core.models import NoGo, ToneWish
from treffsicher.core.nogo import (
    NoGoMention,
    find_figure_corrections,
    find_listed_terms,
    find_mentions,
    find_own_uses,
    fold_term,
)
from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import pick_language, t
from treffsicher.services.clients import find_client
from treffsicher.storage import repo
from treffsicher.storage import understanding_repo as urepo
from treffsicher.storage.tables import Client, PassageRow, Source
from treffsicher.storage.understanding_tables import AssumptionRow

ACCEPTED_NOGO_STATUSES = ("open", "confirmed", "corrected")
# Tone assumptions the draft check follows, strongest first: her answers (a correction
# says what is right in her note), then what the writer accepted.
TONE_WISH_RANKS = (("corrected", "confirmed"), ("open",))
KIND_CHECKBACK = "checkback"
KIND_QUESTIONNAIRE = "questionnaire"


@dataclass(frozen=True)
class Quote:
    """A sentence of hers bearing on an assumption, with where it comes from."""

    passage_id: int
    text: str
    source: str
    date: str | None  # ISO 8601, None when the source has no date (a website)
    kind: str = "support"
    superseded: bool = False
    pinned: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "passage_id": self.passage_id,
            "text": self.text,
            "source": self.source,
            "date": self.date,
            "kind": self.kind,
            "superseded": self.superseded,
            "pinned": self.pinned,
        }


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an assumption."""

    at: datetime
    actor: str
    action: str
    old: str
    new: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "old": self.old,
            "new": self.new,
            "note": self.note,
        }


@dataclass(frozen=True)
class AssumptionView:
    """An assumption as the CLI, the web and the meeting advice see it."""

    id: int
    client: str
    text: str
    category: str
    status: str
    language: str
    confidence: Confidence
    confidence_text: str
    evidence: tuple[Quote, ...] = ()
    contradictions: tuple[Quote, ...] = ()
    terms: tuple[str, ...] = ()
    replacement: str = ""
    note: str = ""
    history: tuple[HistoryEntry, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON of an assumption: id, text, category, status, confidence, evidence, …"""
        return {
            "id": self.id,
            "client": self.client,
            "text": self.text,
            "category": self.category,
            "status": self.status,
            "language": self.language,
            "confidence": {
                "level": self.confidence.level,
                "reason": self.confidence.reason,
                "text": self.confidence_text,
                "n_sources": self.confidence.n_sources,
            },
            "evidence": [q.to_dict() for q in self.evidence],
            "contradictions": [q.to_dict() for q in self.contradictions],
            "terms": list(self.terms),
            "replacement": self.replacement,
            "note": self.note,
            "history": [h.to_dict() for h in self.history],
        }


def check_category(category: str, lang: str) -> str:
    """`category` if known, else InputError naming the allowed ones."""
    if category not in CATEGORIES:
        allowed = ", ".join(CATEGORIES)
        raise InputError(t("assume.category_invalid", lang, category=category, allowed=allowed))
    return category


def add_assumption(
    engine: Engine, client: str, text: str, category: str = "other", lang: str = "en"
) -> AssumptionView:
    """Add the user's assumption about a client (status open)."""
    text = " ".join(text.split())
    if not text:
        raise InputError(t("assume.empty_text", lang))
    check_category(category, lang)
    with Session(engine) as session, session.begin():
        row = find_client(session, client, lang)
        terms = [text] if category == "nogo" else []
        added = urepo.add_assumption(
            session,
            row.id,
            text=text,
            category=category,
            status="open",
            language=guess_client_language(session, row.id),
            terms=terms,
        )
        assumption_id = added.id
    return show_assumption(engine, assumption_id, lang)


def list_assumptions(engine: Engine, client: str | int, lang: str = "en") -> list[AssumptionView]:
    """A client's assumptions (client by name, or by id as the web knows her) with evidence,
    contradictions and confidence, in the order they were made."""
    with Session(engine) as session:
        row = get_client_row(session, client, lang)
        rows = urepo.list_assumptions(session, row.id)
        if not rows:
            return []
        passages = load_evidence_passages(session, row.id, lang)
        index = cached_index(engine, row.id, passages)
        answers = load_answer_mentions(session, row.id, lang)
        return [describe(session, row, a, passages, index, lang, answers) for a in rows]


def count_unanswered_checkback(engine: Engine, client: str | int, lang: str = "en") -> int:
    """Items of her open check-back rounds (not expired, withdrawn or finished) that she has
    not answered yet: what the meeting advice counts as still waiting for her."""
    now = datetime.now(UTC)
    with Session(engine) as session:
        row = get_client_row(session, client, lang)
        waiting = 0
        for round_ in urepo.list_rounds(session, row.id):
            expires = as_utc(round_.expires_at)
            if round_.revoked_at or round_.finished_at or (expires and expires <= now):
                continue
            items = urepo.list_items(session, round_.id)
            answered = {a.item_id for a in urepo.list_answers(session, [i.id for i in items])}
            waiting += sum(1 for item in items if item.id not in answered)
        return waiting


def get_client_row(session: Session, client: str | int, lang: str) -> Client:
    """The client by name (with a suggestion when unknown) or by id."""
    if isinstance(client, str):
        return find_client(session, client, lang)
    row = session.get(Client, client)
    if row is None:
        raise NotFoundError(t("client.not_found", lang, name=str(client)))
    return row


def show_assumption(engine: Engine, assumption_id: int, lang: str = "en") -> AssumptionView:
    """One assumption by id (NotFoundError when there is none)."""
    with Session(engine) as session:
        row = get_assumption(session, assumption_id, lang)
        client = session.get(Client, row.client_id)
        assert client is not None  # the foreign key guarantees her
        passages = load_evidence_passages(session, client.id, lang)
        index = cached_index(engine, client.id, passages)
        answers = load_answer_mentions(session, client.id, lang)
        return describe(session, client, row, passages, index, lang, answers)


def get_assumption(session: Session, assumption_id: int, lang: str) -> AssumptionRow:
    """The assumption row, or NotFoundError."""
    row = session.get(AssumptionRow, assumption_id)
    if row is None:
        raise NotFoundError(t("assume.not_found", lang, id=str(assumption_id)))
    return row


def set_status(
    engine: Engine,
    assumption_id: int,
    status: str,
    note: str = "",
    lang: str = "en",
    *,
    actor: str = "user",
) -> AssumptionView:
    """Change an assumption's status (with an optional note); the history records it."""
    if status not in STATUSES:
        allowed = ", ".join(STATUSES)
        raise InputError(t("assume.status_invalid", lang, status=status, allowed=allowed))
    with Session(engine) as session, session.begin():
        row = get_assumption(session, assumption_id, lang)
        record_status(session, row, status, note, actor)
    return show_assumption(engine, assumption_id, lang)


def record_status(
    session: Session, row: AssumptionRow, status: str, note: str, actor: str, answer: str = ""
) -> None:
    """Set the status on the row and append the event."""
    old = row.status
    row.status = status
    if note:
        row.note = note
    if answer:
        row.answer = answer
    row.updated_at = datetime.now(UTC)
    urepo.add_event(session, row.id, actor, "status", old=old, new=status, note=note)


def accept_proposal(engine: Engine, assumption_id: int, lang: str = "en") -> AssumptionView:
    """Accept a proposal: it becomes an open assumption (InputError if it is none)."""
    with Session(engine) as session, session.begin():
        row = get_assumption(session, assumption_id, lang)
        if row.status != "proposed":
            status = t(f"assume.status.{row.status}", lang)
            raise InputError(t("assume.not_proposed", lang, id=str(row.id), status=status))
        record_status(session, row, "open", "", "user")
    return show_assumption(engine, assumption_id, lang)


def mark_evidence(
    engine: Engine, assumption_id: int, passage_id: int, mark: str | None, lang: str = "en"
) -> AssumptionView:
    """Pin (`pinned`) or dismiss (`dismissed`) a passage for an assumption; None unmarks."""
    with Session(engine) as session, session.begin():
        row = get_assumption(session, assumption_id, lang)
        passage = session.get(PassageRow, passage_id)
        source = session.get(Source, passage.source_id) if passage else None
        if source is None or source.client_id != row.client_id:
            raise NotFoundError(t("assume.passage_not_found", lang, id=str(passage_id)))
        urepo.set_mark(session, assumption_id, passage_id, mark)
        urepo.add_event(session, row.id, "user", mark or "unmark", new=str(passage_id))
    return show_assumption(engine, assumption_id, lang)


def propose_assumptions(engine: Engine, client: str, lang: str = "en") -> list[AssumptionView]:
    """Store proposals from her no-gos and her profile that are new; returns the new ones."""
    from treffsicher.services.profiling import load_cached_profile, load_passages

    with Session(engine) as session:
        row = find_client(session, client, lang)
        client_id = row.id
        passages, _by_kind = load_passages(session, client_id)
        answers = load_answer_mentions(session, client_id, lang)
    mentions = [(p.id, m) for p in passages for m in find_mentions(p.text, p.language)]
    mentions += [(p.id, m) for p in passages for m in find_figure_corrections(p.text, p.language)]
    mentions += [(0, m) for _hit, found in answers for m in found]
    proposals = propose_nogos(mentions)
    for language in ("de", "en"):
        wishes = [
            (p.id, category, sentence)
            for p in passages
            if p.language == language
            for category, sentence in find_wishes(p.text)
        ]
        proposals += propose_wishes(wishes, language)
    if passages:
        proposals += propose_from_profile(load_cached_profile(engine, client_id, passages))
    added = []
    with Session(engine) as session, session.begin():
        known = urepo.list_proposal_keys(session, client_id)
        for proposal in proposals:
            key = proposal_key(proposal)
            if key in known:
                continue
            known.add(key)
            added.append(store_proposal(session, client_id, proposal, key).id)
    return [show_assumption(engine, i, lang) for i in added]


def proposal_key(proposal: Proposal) -> str:
    """A stable key: the same no-go or habit is proposed once per client."""
    if proposal.category == "nogo":
        return f"nogo:{fold_term(proposal.params.get('term', ''))}"
    if proposal.code.startswith("wish"):
        return wish_key(proposal.params.get("wish", ""))
    return f"{proposal.code}:{proposal.language}"


def wish_key(sentence: str) -> str:
    """The proposal key of her wish sentence."""
    return f"wish:{fold_term(sentence)}"[:200]


def store_proposal(session: Session, client_id: int, proposal: Proposal, key: str) -> AssumptionRow:
    """Store a proposal in the language of her words, pinning the quotes it came from."""
    text = t(f"assume.proposal.{proposal.code}", proposal.language, **proposal.params)
    row = urepo.add_assumption(
        session,
        client_id,
        text=text,
        category=proposal.category,
        status="proposed",
        language=proposal.language,
        terms=proposal.terms,
        replacement=proposal.params.get("replacement", ""),
        proposal_key=key,
        actor="system",
    )
    for passage_id, _quote in proposal.quotes:
        if passage_id:  # 0: her questionnaire answer, shown from the answer itself
            urepo.set_mark(session, row.id, passage_id, "pinned")
    return row


def list_nogos(engine: Engine, client: str | int, lang: str = "en") -> list[NoGo]:
    """Her accepted no-gos (open, confirmed or corrected), with her sentence as evidence."""
    with Session(engine) as session:
        if isinstance(client, int):
            client_id = client
        else:
            client_id = find_client(session, client, lang).id
        nogos = []
        for row in urepo.list_assumptions(session, client_id):
            if row.category != "nogo" or row.status not in ACCEPTED_NOGO_STATUSES:
                continue
            evidence = first_pinned_sentence(session, row)
            for term in json.loads(row.terms or "[]"):
                nogos.append(NoGo(term, evidence, row.replacement, row.language))
        return nogos


def list_tone_wishes(engine: Engine, client: str | int, lang: str = "en") -> list[ToneWish]:
    """Her wishes for du or Sie from the accepted tone assumptions: her wish sentences, the
    habits of her profile, the writer's own notes, her corrections. Only the strongest rank
    (TONE_WISH_RANKS) counts, newest first; the draft check ignores them when they disagree."""
    with Session(engine) as session:
        client_id = client if isinstance(client, int) else find_client(session, client, lang).id
        rows = [r for r in urepo.list_assumptions(session, client_id) if r.category == "tone"]
        rows.sort(key=lambda r: r.updated_at, reverse=True)  # newest first
        for statuses in TONE_WISH_RANKS:
            wishes = []
            for row in rows:
                if row.status not in statuses:
                    continue
                if row.status == "corrected":
                    evidence = row.note.strip()  # what she said is right instead
                else:
                    evidence = pinned_wish_sentence(session, row) or row.text
                form = read_address_wish(evidence)
                if form is not None:
                    wishes.append(ToneWish(form, evidence))
            if wishes:
                return wishes
        return []


def pinned_wish_sentence(session: Session, row: AssumptionRow) -> str:
    """Her sentence a wish proposal quotes (from a pinned passage), or '' for others."""
    if not (row.proposal_key or "").startswith("wish:"):
        return ""
    for passage_id, mark in urepo.list_marks(session, row.id).items():
        passage = session.get(PassageRow, passage_id)
        if mark != "pinned" or passage is None:
            continue
        for _category, sentence in find_wishes(passage.text):
            if wish_key(sentence) == row.proposal_key:
                return sentence
    return ""


def first_pinned_sentence(session: Session, row: AssumptionRow) -> str:
    """Her sentence that rejects one of the row's terms (from a pinned passage), or ''."""
    terms = {fold_term(term) for term in json.loads(row.terms or "[]")}
    for passage_id, mark in urepo.list_marks(session, row.id).items():
        passage = session.get(PassageRow, passage_id)
        if mark != "pinned" or passage is None:
            continue
        for mention in mentions_of(passage.text, passage.language):
            if fold_term(mention.term) in terms:
                return mention.sentence
    return ""


_INDEXES: dict[tuple[str, int], tuple[int, PassageIndex]] = {}
INDEXES_KEPT = 2  # clients whose search index stays in memory (a page per click)


def cached_index(
    engine: Engine, client_id: int, passages: Sequence[EvidencePassage]
) -> PassageIndex:
    """The search index of her passages, rebuilt only when they changed (ids and texts)."""
    key = hash(tuple((p.id, p.text, p.source, p.date, p.author) for p in passages))
    where = (str(engine.url), client_id)
    kept = _INDEXES.get(where)
    if kept is not None and kept[0] == key:
        return kept[1]
    index = index_passages(passages)
    while len(_INDEXES) >= INDEXES_KEPT:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[where] = (key, index)
    return index


def guess_client_language(session: Session, client_id: int) -> str:
    """The language most of her passages are in ('de' when she has none)."""
    counts: dict[str, int] = {}
    for row, _source in repo.list_passages(session, client_id):
        if row.language in ("de", "en"):
            counts[row.language] = counts.get(row.language, 0) + row.word_count
    return max(counts, key=lambda k: counts[k]) if counts else "de"


def load_evidence_passages(session: Session, client_id: int, lang: str) -> list[EvidencePassage]:
    """Her passages with the provenance a quote shows."""
    return [
        EvidencePassage(
            row.id,
            row.text,
            row.language,
            describe_source(row, source, lang),
            as_utc(source.occurred_at),
            source.id,
            row.speaker or source.sender,
        )
        for row, source in repo.list_passages(session, client_id)
    ]


def as_utc(moment: datetime | None) -> datetime | None:
    """Aware UTC datetimes (SQLite hands back naive ones)."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def describe_source(row: PassageRow, source: Source, lang: str) -> str:
    """Where a quote comes from: mail date and subject, call time, page or file name."""
    if source.kind in (KIND_CHECKBACK, KIND_QUESTIONNAIRE):
        return source.name
    if source.kind == "email" and source.occurred_at is not None:
        date = format_date(source.occurred_at, lang)
        if source.subject:
            return t("assume.source.mail_subject", lang, date=date, subject=source.subject)
        return t("assume.source.mail", lang, date=date)
    if row.timestamp:
        return t("assume.source.call", lang, name=source.name, time=row.timestamp)
    return source.name


def format_date(moment: datetime, lang: str) -> str:
    """12.05.2026 / 2026-05-12."""
    return moment.strftime("%d.%m.%Y") if pick_language(lang) == "de" else moment.date().isoformat()


def describe(
    session: Session,
    client: Client,
    row: AssumptionRow,
    passages: Sequence[EvidencePassage],
    index: PassageIndex,
    lang: str,
    answers: Sequence[tuple[Hit, list[NoGoMention]]] = (),
) -> AssumptionView:
    """The view of one assumption: evidence (pins first, dismissed left out), confidence."""
    marks = urepo.list_marks(session, row.id)
    terms = tuple(json.loads(row.terms or "[]"))
    if row.category == "nogo":
        evidence = find_nogo_evidence(terms, passages, answers)
    elif row.proposal_key:
        # A habit of her profile or a wish she wrote: the pinned quotes are the evidence;
        # a word search on „Sie schreibt in der Ich-Form“ or on a whole sentence of hers
        # would only find sentences that share a few words with it.
        evidence = Evidence()
    else:
        evidence = find_evidence(row.text, index, row.language)
    evidence = apply_marks(evidence, marks, passages)
    confidence = rate_confidence(row.status, evidence, row.answer or None)
    history = tuple(
        HistoryEntry(as_utc(e.at) or e.at, e.actor, e.action, e.old, e.new, e.note)
        for e in urepo.list_events(session, row.id)
    )
    return AssumptionView(
        id=row.id,
        client=client.name,
        text=row.text,
        category=row.category,
        status=row.status,
        language=row.language,
        confidence=confidence,
        confidence_text=t(f"assume.reason.{confidence.reason}", lang, sources=confidence.n_sources),
        evidence=tuple(as_quote(h, marks) for h in evidence.support),
        contradictions=tuple(as_quote(h, marks) for h in evidence.contradictions),
        terms=terms,
        replacement=row.replacement,
        note=row.note,
        history=history,
    )


@lru_cache(maxsize=8192)
def mentions_of(text: str, language: str) -> tuple[NoGoMention, ...]:
    """Her no-go mentions in one passage, with the figures she corrected (cached: every
    no-go assumption reads them all)."""
    return (*find_mentions(text, language), *find_figure_corrections(text, language))


def load_answer_mentions(
    session: Session, client_id: int, lang: str
) -> list[tuple[Hit, list[NoGoMention]]]:
    """Her questionnaire answers that name no-gos, each as a quote with the terms."""
    found = []
    for round_, item, answer in urepo.list_questionnaire_answers(session, client_id):
        text = " ".join(part for part in (answer.text, answer.comment) if part)
        mentions = find_listed_terms(text, item.statement, round_.language)
        if not mentions:
            continue
        name = t("assume.source.questionnaire", lang, round=str(round_.id))
        at = as_utc(answer.created_at)
        quote = " ".join(text.split())
        found.append((Hit(0, quote, f"{name}, {item.position}", at, 1.0, -answer.id), mentions))
    return found


def find_nogo_evidence(
    terms: Sequence[str],
    passages: Sequence[EvidencePassage],
    answers: Sequence[tuple[Hit, list[NoGoMention]]] = (),
) -> Evidence:
    """Her sentences rejecting the terms (support: her mails and her questionnaire answers)
    and her own uses of them (contradicting)."""
    wanted = {fold_term(term) for term in terms}
    nogos = [NoGo(term) for term in terms]
    support: list[Hit] = [
        hit for hit, found in answers if any(fold_term(m.term) in wanted for m in found)
    ]
    uses: list[Hit] = []
    for p in passages:
        mentions = mentions_of(p.text, p.language)
        hits = [m for m in mentions if fold_term(m.term) in wanted]
        support.extend(Hit(p.id, m.sentence, p.source, p.date, 1.0, p.source_id) for m in hits[:1])
        for _nogo, sentence in find_own_uses(p.text, nogos, p.language)[:1]:
            uses.append(Hit(p.id, sentence, p.source, p.date, 1.0, p.source_id, "usage"))
    return Evidence(tuple(support), tuple(uses), tuple(terms))


def apply_marks(
    evidence: Evidence, marks: dict[int, str], passages: Sequence[EvidencePassage]
) -> Evidence:
    """Leave out dismissed passages; add pinned ones that the search did not bring up."""
    support = [h for h in evidence.support if marks.get(h.passage_id) != "dismissed"]
    contra = [h for h in evidence.contradictions if marks.get(h.passage_id) != "dismissed"]
    shown = {h.passage_id for h in support + contra}
    by_id = {p.id: p for p in passages}
    for passage_id, mark in marks.items():
        p = by_id.get(passage_id)
        if mark == "pinned" and p is not None and passage_id not in shown:
            text = " ".join(p.text.split())
            support.append(Hit(p.id, text[:300], p.source, p.date, 0.0, p.source_id))
    support.sort(key=lambda h: marks.get(h.passage_id) != "pinned")
    return Evidence(tuple(support), tuple(contra), evidence.terms)


def as_quote(hit: Hit, marks: dict[int, str]) -> Quote:
    """A Hit as the services report it (dates as ISO strings)."""
    return Quote(
        hit.passage_id,
        hit.text,
        hit.source,
        hit.date.isoformat() if hit.date else None,
        hit.kind,
        hit.superseded,
        marks.get(hit.passage_id) == "pinned",
    )
