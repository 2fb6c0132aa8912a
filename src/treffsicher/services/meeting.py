"""The meeting advice for one client: gather what the workspace knows, resolve the route, run
the model (core.meeting, core.uncertainty) and build the agenda (core.agenda)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import Engine

from treffsicher.core.agenda import AgendaItem, build_agenda, find_voice_questions

# Re-exported (CURRENCIES, MeetingParameters): the CLI and the web build parameters
# through this service.
from treffsicher.core.meeting import CURRENCIES as CURRENCIES
from treffsicher.core.meeting import (
    DEFAULT_CURRENCY,
    EURO,
    EURO_NAMES,
    LIMITS,
    MODES,
    PAYERS,
    Advice,
    ParameterProblem,
    advise_meeting,
    check_parameters,
    find_break_even_km,
)
from treffsicher.core.meeting import MeetingParameters as MeetingParameters
from treffsicher.core.places import distance_between, parse_distance, road_km
from treffsicher.core.uncertainty import (
    AssumptionInput,
    DraftVerdict,
    UncertaintyInputs,
    UncertaintyWeights,
    measure_uncertainty,
)
from treffsicher.errors import InputError
from treffsicher.i18n import format_number, t

LOGGER = logging.getLogger(__name__)
UNDERSTANDING_MODULE = "treffsicher.services.understanding"
LATEST_DRAFTS = 3  # the latest drafts whose verdicts count
CANNOT_TELL_SCORE = 50  # the fit score's undecided band shows as exactly 50


@dataclass(frozen=True)
class Route:
    """The one-way distance and where it came from: given, or from two resolved places."""

    distance_km: float
    origin: str | None = None
    destination: str | None = None
    great_circle_km: float | None = None


@dataclass(frozen=True)
class Situation:
    """What the user tells about the relation that the workspace cannot know."""

    second_person: bool = False
    new_client: bool = True
    met_before: bool = False
    checkback_unanswered: int | None = None  # None: from the understanding log


@dataclass(frozen=True)
class MeetingReport:
    """Everything the meeting page, the CLI and the exports show."""

    client: str
    advice: Advice
    route: Route
    inputs: UncertaintyInputs
    agenda: tuple[AgendaItem, ...]
    break_even_km: float | None
    weights: UncertaintyWeights


def describe_problem(problem: ParameterProblem, lang: str) -> str:
    """A plausibility problem in words."""
    if problem.low is None or problem.high is None:
        choices = {"mode": MODES, "currency": CURRENCIES}.get(problem.name, PAYERS)
        allowed = ", ".join(choices)
        return t(
            "meeting.param_choice", lang, name=problem.name, value=problem.value, allowed=allowed
        )
    return t(
        "meeting.param_range",
        lang,
        name=problem.name,
        value=problem.value,
        low=format_number(problem.low, lang),
        high=format_number(problem.high, lang),
    )


def validate(params: MeetingParameters, distance_km: float, lang: str) -> None:
    """InputError listing every implausible parameter."""
    problems = check_parameters(params, distance_km)
    if problems:
        raise InputError("\n".join(describe_problem(p, lang) for p in problems))


def resolve_route(
    origin: str | None,
    destination: str | None,
    distance_km: float | None,
    params: MeetingParameters,
    lang: str,
) -> Route:
    """The one-way road distance: given in km (also as „500 km“ in place of the places), or
    between two places with the detour factor."""
    from treffsicher.services.places import find_place

    for text in (origin, destination):
        plain = parse_distance(text or "")
        if plain is not None and distance_km is None and not (origin and destination):
            distance_km, origin, destination = plain, None, None
    has_places = bool(origin or destination)
    if distance_km is not None and has_places:
        raise InputError(t("meeting.distance_both", lang))
    if distance_km is not None:
        validate(params, distance_km, lang)
        return Route(float(distance_km))
    if not (origin and destination):
        raise InputError(t("meeting.distance_missing", lang))
    validate(params, 0.0, lang)
    start, end = find_place(origin, lang), find_place(destination, lang)
    great_circle = distance_between(start, end)
    road = road_km(great_circle, params.detour_factor)
    farthest = LIMITS["distance_km"][1]
    if road > farthest:
        # Two real places, no typing mistake: say what the advice can and cannot weigh.
        raise InputError(
            t(
                "meeting.too_far",
                lang,
                origin=start.label,
                destination=end.label,
                km=format_number(great_circle, lang),
                limit=format_number(farthest, lang),
            )
        )
    validate(params, road, lang)
    return Route(road, start.label, end.label, great_circle)


def gather_assumptions(engine: Engine, client: str, lang: str = "en") -> tuple[list[Any], bool]:
    """The client's assumptions from the understanding log, and whether the log exists.

    The one place where the meeting advice reads the understanding log: it calls
    `treffsicher.services.understanding.list_assumptions(engine, client, lang)` when that
    module is installed, and otherwise returns no assumptions (the advice then says the log
    is empty).
    """
    try:
        understanding = importlib.import_module(UNDERSTANDING_MODULE)
    except ImportError:
        return [], False
    items: list[Any] = list(understanding.list_assumptions(engine, client, lang))
    return items, True


def gather_checkback_unanswered(engine: Engine, client: str, lang: str = "en") -> int:
    """Unanswered check-back items, when the understanding log offers a count; else 0."""
    try:
        understanding = importlib.import_module(UNDERSTANDING_MODULE)
    except ImportError:
        return 0
    counter = getattr(understanding, "count_unanswered_checkback", None)
    return int(counter(engine, client, lang)) if callable(counter) else 0


def read_field(item: Any, name: str, default: Any = None) -> Any:
    """A field of an assumption given as an object or a mapping."""
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def quote_texts(values: Any) -> tuple[str, ...]:
    """Evidence or contradictions as plain quotes (items may be strings or have `text`)."""
    return tuple(
        str(read_field(v, "text", v) if not isinstance(v, str) else v) for v in values or ()
    )


def to_assumption_input(item: Any) -> AssumptionInput:
    """An understanding-log assumption as the model's typed input."""
    confidence = read_field(item, "confidence")
    level = read_field(confidence, "level", confidence) if confidence is not None else None
    return AssumptionInput(
        id=str(read_field(item, "id", "")),
        text=str(read_field(item, "text", "")),
        category=str(read_field(item, "category", "other")),
        status=str(read_field(item, "status", "open")),
        evidence=quote_texts(read_field(item, "evidence")),
        contradictions=quote_texts(read_field(item, "contradictions")),
        confidence=str(level) if isinstance(level, str) else None,
    )


def gather_profile(
    engine: Engine, client: str, lang: str
) -> tuple[str | None, int, tuple[Any, ...]]:
    """Her profile's reliability and words (the language with most words) and voice questions."""
    from treffsicher.services.profiling import build_client_profile

    profile = build_client_profile(engine, client, lang).profile
    if not profile.languages:
        return None, 0, ()
    main = max(profile.languages.values(), key=lambda p: p.n_words)
    questions: tuple[Any, ...] = ()
    german = profile.languages.get("de")
    if german is not None:
        address = german.features.get("address_form")
        gender = german.features.get("gender_style")
        questions = find_voice_questions(
            address.distribution if address else None, gender.distribution if gender else None
        )
    return main.reliability, main.n_words, questions


def gather_drafts(engine: Engine, client: str, lang: str) -> tuple[DraftVerdict, ...]:
    """The verdict of the latest check of each of her latest drafts."""
    from treffsicher.services.checking import list_client_checks

    latest: dict[str, DraftVerdict] = {}
    for entry in list_client_checks(engine, client, lang).entries:  # newest first
        if entry.draft_name in latest:
            continue
        verdict = entry.band
        if entry.score is None or round(entry.score) == CANNOT_TELL_SCORE:
            verdict = "cannot_tell"
        latest[entry.draft_name] = DraftVerdict(entry.draft_name, verdict, entry.score)
        if len(latest) == LATEST_DRAFTS:
            break
    return tuple(latest.values())


def gather_inputs(
    engine: Engine, client: str, situation: Situation, lang: str
) -> UncertaintyInputs:
    """The typed uncertainty inputs for a client from her workspace and the situation."""
    items, available = gather_assumptions(engine, client, lang)
    reliability, words, questions = gather_profile(engine, client, lang)
    unanswered = situation.checkback_unanswered
    if unanswered is None:
        unanswered = gather_checkback_unanswered(engine, client, lang)
    return UncertaintyInputs(
        assumptions=tuple(to_assumption_input(i) for i in items),
        log_available=available,
        checkback_unanswered=unanswered,
        profile_reliability=reliability,
        profile_words=words,
        voice_questions=questions,
        drafts=gather_drafts(engine, client, lang),
        second_person=situation.second_person,
        new_client=situation.new_client,
        met_before=situation.met_before,
    )


def advise_client(
    engine: Engine,
    client: str,
    route: Route,
    params: MeetingParameters,
    situation: Situation | None = None,
    lang: str = "en",
    weights: UncertaintyWeights | None = None,
) -> MeetingReport:
    """The meeting advice for a client over a resolved route (NotFoundError for unknown names)."""
    from treffsicher.services.clients import show_client

    name = show_client(engine, client, lang).name
    weights = weights or UncertaintyWeights()
    inputs = gather_inputs(engine, name, situation or Situation(), lang)
    return run_model(name, route, params, inputs, weights)


def run_model(
    client: str,
    route: Route,
    params: MeetingParameters,
    inputs: UncertaintyInputs,
    weights: UncertaintyWeights,
) -> MeetingReport:
    """Uncertainty, advice, break-even distance and agenda from typed inputs."""
    uncertainty = measure_uncertainty(inputs, weights)
    advice = advise_meeting(route.distance_km, uncertainty, params)
    break_even = find_break_even_km(uncertainty, params)
    agenda = build_agenda(inputs, weights)
    return MeetingReport(client, advice, route, inputs, agenda, break_even, weights)


def build_agenda_report(
    engine: Engine, client: str, situation: Situation | None = None, lang: str = "en"
) -> MeetingReport:
    """The agenda alone needs no route: the advice is computed for a call next door."""
    return advise_client(engine, client, Route(0.0), MeetingParameters(), situation, lang)


def parse_currency(value: str | None, lang: str) -> str:
    """The currency code („chf“ and „ CHF “ both work; none: EUR); InputError naming the
    allowed ones otherwise."""
    code = (value or "").strip().upper() or DEFAULT_CURRENCY
    if code not in CURRENCIES:
        allowed = ", ".join(CURRENCIES)
        raise InputError(t("meeting.currency_unknown", lang, value=value, allowed=allowed))
    return code


def parse_assignments(values: list[str], lang: str) -> dict[str, Any]:
    """NAME=VALUE pairs for MeetingParameters („0,5“ and „0.5“ both work); InputError for
    unknown names and values that are not numbers. The names from before the currency
    choice (day_rate_eur …) are kept as typed: build_parameters reads them as euros."""
    known = {f.name: f.type for f in fields(MeetingParameters)}
    parsed: dict[str, Any] = {}
    for value in values:
        name, _, raw = value.partition("=")
        name = name.strip()
        kind = known.get(EURO_NAMES.get(name, name))
        if kind is None:
            allowed = ", ".join(known)
            message = t("meeting.param_choice", lang, name="--set", value=name, allowed=allowed)
            raise InputError(message)
        if kind in ("str", str):
            parsed[name] = raw.strip()
            continue
        try:
            parsed[name] = float(raw.replace(",", "."))
        except ValueError:
            raise InputError(t("meeting.param_number", lang, name=name, value=raw)) from None
    return parsed


def choose_currency(option: str | None, assigned: str | None, lang: str) -> str:
    """The currency of --currency or of --set currency=…; InputError when they differ."""
    chosen = parse_currency(option, lang) if option else None
    from_set = parse_currency(assigned, lang) if assigned else None
    if chosen and from_set and chosen != from_set:
        raise InputError(t("meeting.currency_twice", lang, option=chosen, assigned=from_set))
    return chosen or from_set or DEFAULT_CURRENCY


def build_parameters(
    currency: str | None, options: Mapping[str, Any], assignments: list[str], lang: str
) -> MeetingParameters:
    """The parameters of the command line: the currency's defaults, then the options (None:
    not given), then the --set pairs. An old euro name (day_rate_eur=…) stands for its
    neutral name while the currency is EUR and is refused with another: nothing is
    converted."""
    assigned = parse_assignments(assignments, lang)
    chosen = choose_currency(currency, assigned.pop("currency", None), lang)
    for old in [name for name in assigned if name in EURO_NAMES]:
        if chosen != EURO:
            neutral = EURO_NAMES[old]
            message = t("meeting.param_euro_name", lang, name=old, neutral=neutral, currency=chosen)
            raise InputError(message)
        assigned[EURO_NAMES[old]] = assigned.pop(old)
    return with_overrides(MeetingParameters.for_currency(chosen), {**options, **assigned})


def with_overrides(params: MeetingParameters, overrides: Mapping[str, Any]) -> MeetingParameters:
    """Parameters with the given fields replaced (None values are skipped)."""
    return replace(params, **{k: v for k, v in overrides.items() if v is not None})
