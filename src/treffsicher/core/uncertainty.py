"""How uncertain the writer still is about a client: typed workspace facts → weighted drivers.

Each driver adds a weight w in [0, 1); the uncertainty is 1 − Π(1 − wᵢ) (a noisy-or), so every
further open point raises it and it never passes 1. The weights are defaults of
`UncertaintyWeights`, visible and adjustable; docs/decisions/0008-meeting-advice.md gives the
reasons. Drivers carry a code and parameters, never sentences: the caller words them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ASSUMPTION_CATEGORIES = ("audience", "offer", "goals", "values", "tone", "nogo", "other")
OPEN_STATUSES = ("open",)
RELIABILITY_LEVELS = ("good", "thin", "too_little")
VERDICTS = ("fits", "partly", "does_not_fit", "cannot_tell")
MAX_WEIGHT = 0.95  # no single driver makes the uncertainty certain


@dataclass(frozen=True)
class UncertaintyWeights:
    """The weight each kind of open point adds; the defaults are explained in the decision."""

    audience: float = 0.15  # a wrong audience means rewriting most of the project
    offer: float = 0.12
    goals: float = 0.10
    values: float = 0.08
    tone: float = 0.06
    nogo: float = 0.04
    other: float = 0.04
    contradicted_factor: float = 1.5  # her words say otherwise somewhere
    corrected_factor: float = 0.5  # she had to correct us once: a sign of distance
    high_confidence_factor: float = 0.6  # open, but well backed by her words
    checkback_unanswered: float = 0.03
    profile_missing: float = 0.30
    profile_too_little: float = 0.25
    profile_thin: float = 0.15
    voice_question: float = 0.05
    draft_does_not_fit: float = 0.10
    draft_partly: float = 0.05
    draft_cannot_tell: float = 0.07
    second_person: float = 0.10
    new_client: float = 0.10
    not_met: float = 0.08
    log_empty: float = 0.15  # nothing about the brief written down yet
    unknown: float = 0.5  # used as the uncertainty when there is no data at all

    def category_weight(self, category: str) -> float:
        """The weight of an open assumption of `category` (unknown categories: „other“)."""
        name = category if category in ASSUMPTION_CATEGORIES else "other"
        value: float = getattr(self, name)
        return value

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass(frozen=True)
class AssumptionInput:
    """An assumption about the client or the brief, as the understanding log holds it."""

    id: str
    text: str
    category: str
    status: str  # proposed | open | confirmed | corrected | rejected
    evidence: tuple[str, ...] = ()
    contradictions: tuple[str, ...] = ()
    confidence: str | None = None  # low | medium | high

    @property
    def is_contradicted(self) -> bool:
        """Open, and some of her words say otherwise (proposals are not yet the writer's)."""
        return bool(self.contradictions) and self.status in OPEN_STATUSES

    @property
    def is_open(self) -> bool:
        """Still to settle: open, or contradicted by her words."""
        return self.status in OPEN_STATUSES or self.is_contradicted


@dataclass(frozen=True)
class DraftVerdict:
    """The latest check of one draft: its band (or „cannot tell“) and score."""

    draft: str
    verdict: str  # one of VERDICTS
    score: float | None = None


@dataclass(frozen=True)
class VoiceQuestion:
    """A question her profile cannot settle: code („address“, „gender“) and what it saw."""

    code: str
    state: str  # "unknown" (no data) | "mixed"
    shares: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class UncertaintyInputs:
    """What the workspace knows about the client, typed."""

    assumptions: tuple[AssumptionInput, ...] = ()
    log_available: bool = True  # False: no understanding log in this installation
    checkback_unanswered: int = 0
    profile_reliability: str | None = None  # None: no profile at all
    profile_words: int = 0
    voice_questions: tuple[VoiceQuestion, ...] = ()
    drafts: tuple[DraftVerdict, ...] = ()
    second_person: bool = False
    new_client: bool = True
    met_before: bool = False

    @property
    def has_data(self) -> bool:
        """Anything at all to judge by: her words, assumptions or checked drafts."""
        return bool(self.profile_words or self.assumptions or self.drafts)


@dataclass(frozen=True)
class Driver:
    """One reason for uncertainty: kind, a message code with parameters, and its weight."""

    kind: str
    code: str
    weight: float
    params: dict[str, Any] = field(default_factory=dict)
    ref: str = ""  # the assumption id or draft name it stands for


@dataclass(frozen=True)
class Uncertainty:
    """The remaining uncertainty 0–1 with its drivers, heaviest first; known=False: a guess."""

    value: float
    drivers: tuple[Driver, ...]
    known: bool = True


def assumption_weight(item: AssumptionInput, weights: UncertaintyWeights) -> float:
    """The weight an assumption adds: by category, more when contradicted, less when backed."""
    base = weights.category_weight(item.category)
    if item.status == "corrected":
        return base * weights.corrected_factor
    if not item.is_open:
        return 0.0
    if item.is_contradicted:
        return base * weights.contradicted_factor
    if item.confidence == "high":
        return base * weights.high_confidence_factor
    return base


def list_assumption_drivers(inputs: UncertaintyInputs, weights: UncertaintyWeights) -> list[Driver]:
    """A driver per open, contradicted or corrected assumption, and a floor while none is
    confirmed.

    Until one assumption about the brief is confirmed, the brief counts as at least
    `weights.log_empty` uncertain: an empty log is no better than one with a few open points,
    so writing the first open assumption down never lowers the uncertainty.
    """
    drivers = []
    for item in inputs.assumptions:
        weight = assumption_weight(item, weights)
        if weight <= 0:
            continue
        kind = "contradicted" if item.is_contradicted else item.status
        params = {"category": item.category, "text": item.text}
        drivers.append(Driver(f"assumption_{kind}", item.category, weight, params, item.id))
    if any(item.status == "confirmed" for item in inputs.assumptions):
        return drivers
    remaining = 1.0
    for driver in drivers:
        remaining *= 1.0 - min(MAX_WEIGHT, driver.weight)
    floor = 1.0 - weights.log_empty
    if remaining > floor:
        if inputs.assumptions:
            code = "none_confirmed"
        else:
            code = "log_empty" if inputs.log_available else "log_unavailable"
        drivers.append(Driver("understanding", code, 1.0 - floor / remaining))
    return drivers


def list_profile_drivers(inputs: UncertaintyInputs, weights: UncertaintyWeights) -> list[Driver]:
    """Drivers from her profile: how much of her own text it rests on, unsettled questions."""
    drivers = []
    words = {"words": inputs.profile_words}
    if inputs.profile_reliability is None or inputs.profile_words == 0:
        drivers.append(Driver("profile", "missing", weights.profile_missing, words))
    elif inputs.profile_reliability == "too_little":
        drivers.append(Driver("profile", "too_little", weights.profile_too_little, words))
    elif inputs.profile_reliability == "thin":
        drivers.append(Driver("profile", "thin", weights.profile_thin, words))
    for question in inputs.voice_questions:
        params = {"state": question.state, "shares": question.shares}
        drivers.append(Driver("voice", question.code, weights.voice_question, params))
    return drivers


def list_draft_drivers(inputs: UncertaintyInputs, weights: UncertaintyWeights) -> list[Driver]:
    """A driver per latest draft that does not clearly sound like her."""
    by_verdict = {
        "does_not_fit": weights.draft_does_not_fit,
        "partly": weights.draft_partly,
        "cannot_tell": weights.draft_cannot_tell,
    }
    drivers = []
    for draft in inputs.drafts:
        weight = by_verdict.get(draft.verdict, 0.0)
        if weight > 0:
            params = {"draft": draft.draft, "score": draft.score}
            drivers.append(Driver("draft", draft.verdict, weight, params, draft.draft))
    return drivers


def list_relation_drivers(inputs: UncertaintyInputs, weights: UncertaintyWeights) -> list[Driver]:
    """Drivers from the working relation: check-back, a second person, history, meetings."""
    drivers = []
    if inputs.checkback_unanswered:
        count = inputs.checkback_unanswered
        weight = 1 - (1 - weights.checkback_unanswered) ** count
        drivers.append(Driver("checkback", "unanswered", weight, {"count": count}))
    if inputs.second_person:
        drivers.append(Driver("relation", "second_person", weights.second_person))
    if inputs.new_client:
        drivers.append(Driver("relation", "new_client", weights.new_client))
    if not inputs.met_before:
        drivers.append(Driver("relation", "not_met", weights.not_met))
    return drivers


def measure_uncertainty(
    inputs: UncertaintyInputs, weights: UncertaintyWeights | None = None
) -> Uncertainty:
    """The remaining uncertainty 1 − Π(1 − wᵢ) over all drivers, heaviest driver first.

    Without any data (no words, assumptions or checks) the value is `weights.unknown` and
    `known` is False: advice is still possible, but it says so. (Monotonic growth with open
    points therefore holds among clients with data: the first data replaces a guess.)
    """
    weights = weights or UncertaintyWeights()
    drivers = [
        *list_assumption_drivers(inputs, weights),
        *list_profile_drivers(inputs, weights),
        *list_draft_drivers(inputs, weights),
        *list_relation_drivers(inputs, weights),
    ]
    drivers = [
        Driver(d.kind, d.code, min(MAX_WEIGHT, max(0.0, d.weight)), d.params, d.ref)
        for d in drivers
    ]
    drivers.sort(key=lambda d: -d.weight)
    if not inputs.has_data:
        unknown = Driver("unknown", "no_data", weights.unknown)
        return Uncertainty(weights.unknown, (unknown, *drivers), known=False)
    remaining = 1.0
    for driver in drivers:
        remaining *= 1.0 - driver.weight
    return Uncertainty(1.0 - remaining, tuple(drivers))
