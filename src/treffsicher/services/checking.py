"""Check drafts against a client's voice (stored with history), and score verification trials.

the CLI and the web interface share these use cases. A check reads the draft
through the importers (decoding and bad input), takes her profile from the workspace's
profile cache, prefers her own passages of the draft's register when there are enough
(REGISTER_MIN_WORDS), stores the check and reports progress against the previous check of
the same draft name ("58 → 81").
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.models import KIND_EMAIL, NoGo, Passage, VoiceProfile
from treffsicher.errors import InputError, NotFoundError, UnreadableSourceError
from treffsicher.i18n import t
from treffsicher.importers.formats import is_archive_name
from treffsicher.services.clients import find_client
from treffsicher.services.profiling import load_cached_profile, load_passages
from treffsicher.storage import checks_repo
from treffsicher.storage.tables import CheckRow, Client, utc_now

if TYPE_CHECKING:
    from treffsicher.core.check import CheckResult
    from treffsicher.core.trials import Trial

REGISTER_MIN_WORDS = 800  # her passages of the draft's register needed to compare with them
STDIN_NAME = "stdin"
TREND_LENGTH = 5  # scores shown in the history's trend line


@dataclass(frozen=True)
class CheckOutcome:
    """A stored check: the result, and the previous check of the same draft if any."""

    client: str
    draft_name: str
    check_id: int | None  # None: a preview, not stored
    created_at: datetime
    result: CheckResult
    previous_score: float | None = None
    previous_at: datetime | None = None

    @property
    def draft_text(self) -> str:
        """The draft as checked; sentence-note offsets point into it."""
        return self.result.text

    def to_dict(self) -> dict[str, Any]:
        """The check report as JSON-ready data (schema_version 1, see core.check)."""
        data: dict[str, Any] = {"client": self.client, "draft": self.draft_name}
        data.update(self.result.to_dict())
        data["check_id"] = self.check_id
        data["created_at"] = self.created_at.isoformat()
        data["previous_score"] = (
            None if self.previous_score is None else round(self.previous_score, 1)
        )
        return data


@dataclass(frozen=True)
class HistoryEntry:
    """One stored check as the history lists it."""

    check_id: int | None  # None: a preview, not stored
    created_at: datetime
    draft_name: str
    language: str
    register: str
    score: float | None
    band: str
    previous_score: float | None  # the check of the same draft before this one


@dataclass(frozen=True)
class CheckHistory:
    """A client's checks, newest first, and the trend of her latest draft's scores."""

    client: str
    entries: tuple[HistoryEntry, ...]
    trend: str  # "58 → 81" over the latest draft's checks, oldest first; "" when none


@dataclass(frozen=True)
class Draft:
    """A draft as read from a file or stdin: its text and the register its form suggests."""

    name: str
    text: str
    register: str | None


def read_draft(
    path: Path | None, data: bytes | None = None, *, lang: str = "en", name: str = ""
) -> Draft:
    """Read a draft file (or, when `path` is None, uploaded or stdin bytes named `name`).

    Every text format works (.txt, .md, .html, .docx, .odt, .rtf, .pdf, …:
    importers.drafts), never as a transcript. Raises InputError (UnsupportedFormatError,
    RejectedSourceError …) for files that cannot be used, with the reason in `lang`; a
    folder or zip is not one draft.
    """
    from treffsicher.importers import drafts

    if path is None:
        read = drafts.read_draft_bytes(data or b"", name or STDIN_NAME, lang=lang)
        return Draft(name or STDIN_NAME, read.text, read.register)
    if path.is_dir() or is_archive_name(path.name):
        raise InputError(t("check.one_file", lang, path=path))
    try:
        read = drafts.read_draft_file(path, lang=lang)
    except OSError as error:
        reason = t("import.not_readable", lang, error=error.strerror or str(error))
        if isinstance(error, FileNotFoundError):
            reason = t("import.file_not_found", lang)
        raise UnreadableSourceError(str(path), reason) from error
    # The file name, not the path: a re-check from another folder is the same draft.
    return Draft(path.name, read.text, read.register)


def is_draft_name(name: str) -> bool:
    """True when an uploaded file of this name may hold a draft."""
    from treffsicher.importers import drafts

    return drafts.is_draft_name(name)


def list_draft_suffixes() -> tuple[str, ...]:
    """The suffixes of the formats a draft may come in, as help texts name them."""
    from treffsicher.importers import formats

    return formats.DRAFT_SUFFIXES


def check_client_draft(
    engine: Engine,
    client: str,
    draft: Draft,
    register: str | None = None,
    lang: str = "en",
    *,
    store: bool = True,
    no_gos: Sequence[NoGo] = (),
) -> CheckOutcome:
    """Check `draft` against the client's profile, store the check (unless `store` is
    False: a preview, check_id None) and return it.

    The draft is also held against the writer and the other clients of its language
    (services.writer.gather_people); `no_gos` are words she asked not to see, besides
    her accepted ones; her accepted wishes for du or Sie are followed too.
    Raises NotFoundError for an unknown client, InputError for drafts that cannot be
    checked (empty, a language she has no passages in, …).
    """
    from treffsicher.core.check import CheckResult, check_draft
    from treffsicher.core.suggestions import guess_register
    from treffsicher.services.understanding import list_nogos, list_tone_wishes
    from treffsicher.services.writer import gather_people

    with Session(engine) as session:
        row = find_client(session, client, lang)
        client_id, name = row.id, row.name
        passages, _by_kind = load_passages(session, client_id)
    profile = load_cached_profile(engine, client_id, passages)
    guessed = register is None  # from the file's form (headings, greeting) or the text
    register = register or draft.register or guess_register(draft.text)
    register_profile = pick_register_profile(engine, client_id, passages, register)
    first_name = name.split()[0] if name.split() else name
    others, her_samples = gather_people(
        engine, client_id, guess_draft_language(draft.text, profile)
    )
    result = check_draft(
        draft.text,
        profile,
        register,
        name=first_name,
        lang=lang,
        register_profile=register_profile,
        others=others,
        her_samples=her_samples,
        no_gos=[*no_gos, *list_nogos(engine, client_id, lang)],
        tone_wishes=list_tone_wishes(engine, client_id, lang),
    )
    result = dataclasses.replace(result, register_guessed=guessed)
    # What is shown is what is stored: the report's rounded numbers, so that this
    # outcome and the same check loaded later (load_check) render byte for byte alike.
    result = CheckResult.from_dict(result.to_stored()).in_language(lang)
    if not store:
        return CheckOutcome(name, draft.name, None, utc_now(), result)
    report = json.dumps(result.to_stored(), ensure_ascii=False)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        stored = checks_repo.add_check(
            session,
            client_id,
            draft_name=draft.name,
            draft_text=draft.text,
            language=result.language,
            register=result.register,
            score=result.score,
            band=result.band,
            report=report,
        )
        previous = checks_repo.find_previous_check(session, client_id, draft.name, stored.id)
        return CheckOutcome(
            client=name,
            draft_name=draft.name,
            check_id=stored.id,
            created_at=as_utc(stored.created_at),
            result=result,
            previous_score=previous.score if previous else None,
            previous_at=as_utc(previous.created_at) if previous else None,
        )


def load_check(engine: Engine, client: str | int, check_id: int, lang: str = "en") -> CheckOutcome:
    """A stored check of the client (her name, or her id as the web knows her) as it was
    run: its report read back (CheckResult.from_dict), time, and the previous check of the
    same draft as stored. The CLI's report and the web's download render this alike.
    NotFoundError for an unknown client or a check that is not hers;
    InputError for a report this version cannot read."""
    from treffsicher.core.check import CheckResult

    with Session(engine) as session:
        owner = find_client_by_name_or_id(session, client, lang)
        row = session.get(CheckRow, check_id)
        if row is None or row.client_id != owner.id:
            raise NotFoundError(t("check.not_found", lang, name=owner.name, id=check_id))
        try:
            result = CheckResult.from_dict(json.loads(row.report)).in_language(lang)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            # A report of another schema_version, or damaged: say so, never a traceback.
            reason = f"{type(error).__name__}: {error}"
            raise InputError(
                t("check.report_unreadable", lang, id=check_id, reason=reason)
            ) from error
        previous = checks_repo.find_previous_check(session, owner.id, row.draft_name, row.id)
        return CheckOutcome(
            client=owner.name,
            draft_name=row.draft_name,
            check_id=row.id,
            created_at=as_utc(row.created_at),
            result=result,
            previous_score=previous.score if previous else None,
            previous_at=as_utc(previous.created_at) if previous else None,
        )


def load_latest_check(engine: Engine, client_id: int, lang: str = "en") -> CheckOutcome | None:
    """Her newest stored check (load_check), or None when she has none or it cannot be
    read (damaged, or of a schema this version does not know): the pages that show it
    beside her profile or the check form still work; asked for by its number, load_check
    says why it cannot be read."""
    with Session(engine) as session:
        newest = checks_repo.find_latest_check_id(session, client_id)
    if newest is None:
        return None
    try:
        return load_check(engine, client_id, newest, lang)
    except InputError:
        return None


def guess_draft_language(text: str, profile: VoiceProfile) -> str:
    """The language the check will compare the draft in (core.check.pick_language's guess;
    an unclear one: her main language)."""
    from treffsicher.core.models import UNDETERMINED
    from treffsicher.core.text import guess_language, normalize_text

    guessed = guess_language(normalize_text(text))
    if guessed == UNDETERMINED and profile.languages:
        return max(profile.languages.values(), key=lambda lp: lp.n_words).language
    return guessed


def as_utc(moment: datetime) -> datetime:
    """`moment` with its time zone: SQLite returns the stored UTC times without one."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def find_client_by_name_or_id(session: Session, client: str | int, lang: str) -> Client:
    """The client called `client` (services.clients.find_client) or with that id."""
    if isinstance(client, str):
        return find_client(session, client, lang)
    found = session.get(Client, client)
    if found is None:
        raise NotFoundError(t("check.client_id_not_found", lang, id=client))
    return found


def pick_register_profile(
    engine: Engine, client_id: int, passages: list[Passage], register: str
) -> VoiceProfile | None:
    """Her profile of the draft's register (her web texts for web copy) when she has at
    least REGISTER_MIN_WORDS words of it in one language, else None (prefer
    passages of the same register). Emails are compared with everything."""
    if register == KIND_EMAIL:
        return None
    own_words = sum(len(p.text.split()) for p in passages if p.kind == register)
    if own_words < REGISTER_MIN_WORDS:
        return None
    candidate = load_cached_profile(engine, client_id, passages, kind=register)
    if any(lp.n_words >= REGISTER_MIN_WORDS for lp in candidate.languages.values()):
        return candidate
    return None


def list_client_checks(engine: Engine, client: str, lang: str = "en") -> CheckHistory:
    """The client's stored checks, newest first, with each draft's previous score."""
    with Session(engine) as session:
        row = find_client(session, client, lang)
        rows = checks_repo.list_checks(session, row.id)
        name = row.name
        ordered = list(reversed(rows))  # oldest first, to link each to its predecessor
        last_score: dict[str, float | None] = {}
        entries: list[HistoryEntry] = []
        for check in ordered:
            entries.append(
                HistoryEntry(
                    check.id,
                    check.created_at,
                    check.draft_name,
                    check.language,
                    check.register,
                    check.score,
                    check.band,
                    last_score.get(check.draft_name),
                )
            )
            last_score[check.draft_name] = check.score
    entries.reverse()
    trend = ""
    if entries:
        latest = entries[0].draft_name
        scores = [e.score for e in reversed(entries) if e.draft_name == latest]
        # One score is no trend yet.
        trend = format_trend(scores[-TREND_LENGTH:]) if len(scores) > 1 else ""
    return CheckHistory(name, tuple(entries), trend)


def format_trend(scores: list[float | None]) -> str:
    """ "58 → 81" from scores oldest first ("–" for a check without a score)."""
    return " → ".join("–" if s is None else str(round(s)) for s in scores)


# verify: authorship-verification trials, scored with the product's model.


@dataclass(frozen=True)
class TrialScore:
    """One line of a trials file: its id and score, or the reason it could not be scored."""

    line_number: int
    trial_id: str | None
    score: float | None
    error: str | None = None


def parse_trial(line: str) -> tuple[str, str, list[str], str]:
    """(id, lang, known texts, unknown text) of one trial line; ValueError with the reason.

    Reads only id, lang, known and unknown: never same_author or meta (the answer key).
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg})") from error
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    trial_id, lang = data.get("id"), data.get("lang")
    known, unknown = data.get("known"), data.get("unknown")
    if not isinstance(trial_id, str) or not trial_id:
        raise ValueError("'id' is missing or not a string")
    if not isinstance(lang, str):
        raise ValueError("'lang' is missing or not a string")
    if not isinstance(known, list) or not known or not all(isinstance(k, str) for k in known):
        raise ValueError("'known' must be a non-empty list of strings")
    if not isinstance(unknown, str):
        raise ValueError("'unknown' is missing or not a string")
    return trial_id, lang, known, unknown


def score_trials(lines: Iterable[str]) -> Iterator[TrialScore]:
    """Score each trial line (1-based numbers; blank lines are skipped) with the product's
    model. The whole file is read first: its texts of one language are the pool the
    z-statistics come from and the impostors each trial is read against (core.trials),
    never its answer key."""
    from treffsicher.core.trials import Trial

    parsed: list[tuple[int, str, Trial]] = []
    problems: dict[int, TrialScore] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            trial_id, lang, known, unknown = parse_trial(line)
        except ValueError as error:
            problems[number] = TrialScore(number, None, None, str(error))
            continue
        parsed.append((number, trial_id, Trial(tuple(known), unknown, lang)))
    scores: dict[int, TrialScore] = dict(problems)
    for (number, trial_id, _), outcome in zip(
        parsed, score_parsed([p[2] for p in parsed]), strict=True
    ):
        if isinstance(outcome, str):
            scores[number] = TrialScore(number, trial_id, None, outcome)
        elif not math.isfinite(outcome):
            scores[number] = TrialScore(number, trial_id, None, "score is not a number")
        else:
            scores[number] = TrialScore(number, trial_id, outcome)
    for number in sorted(scores):
        yield scores[number]


def score_parsed(trials: list[Trial]) -> list[float | str]:
    """A score per trial, or the reason it could not be scored: all trials together when
    they can be, else one by one (one bad trial must not cost the others their pool)."""
    from treffsicher.core.trials import score_trials as score_pooled
    from treffsicher.errors import TreffsicherError

    try:
        return [r.score for r in score_pooled(trials)]
    except TreffsicherError:
        pass
    outcomes: list[float | str] = []
    for trial in trials:
        try:
            outcomes.append(score_pooled([trial])[0].score)
        except TreffsicherError as error:
            outcomes.append(str(error))
    return outcomes
