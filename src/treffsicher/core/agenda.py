"""The agenda of a meeting or call: what is still uncertain, most valuable first, with minutes.

Items come from the same typed inputs as the uncertainty: open and contradicted assumptions
(with her words for and against), voice questions her profile cannot settle (du or Sie?
which gender style?) and the drafts that fit least. An item's value is the weight it adds
to the uncertainty, so the agenda and the advice agree on what matters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from treffsicher.core.uncertainty import (
    UncertaintyInputs,
    UncertaintyWeights,
    VoiceQuestion,
    assumption_weight,
)

# Minutes per item: facts that carry the project get the most time.
MINUTES_BY_CATEGORY = {
    "audience": 10,
    "offer": 10,
    "goals": 8,
    "values": 8,
    "tone": 5,
    "nogo": 3,
    "other": 5,
}
CONTRADICTION_EXTRA_MINUTES = 5  # her words say both: let her tell which holds
VOICE_MINUTES = 5
DRAFT_MINUTES = 10
MAX_DRAFTS = 3  # the drafts that fit least; more would crowd out the brief
ADDRESS_SETTLED_SHARE = 0.75  # one form in three of four texts: her habit is clear
GENDER_SETTLED_SHARE = 0.6


@dataclass(frozen=True)
class AgendaItem:
    """One point to talk about: kind, message code with parameters, minutes and value."""

    kind: str  # assumption | contradiction | voice | draft
    code: str
    minutes: int
    value: float
    params: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    contradictions: tuple[str, ...] = ()
    ref: str = ""


def find_voice_questions(
    address_shares: Mapping[str, float] | None, gender_shares: Mapping[str, float] | None
) -> tuple[VoiceQuestion, ...]:
    """Questions her German texts leave open: du or Sie, and which gender style.

    A question is open when her texts show no form at all, or no form in most of them.
    """
    questions = []
    for code, shares, settled in (
        ("address", address_shares, ADDRESS_SETTLED_SHARE),
        ("gender", gender_shares, GENDER_SETTLED_SHARE),
    ):
        ranked = sorted((shares or {}).items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] <= 0:
            questions.append(VoiceQuestion(code, "unknown"))
        elif ranked[0][1] < settled:
            questions.append(VoiceQuestion(code, "mixed", tuple(ranked[:3])))
    return tuple(questions)


def list_assumption_items(
    inputs: UncertaintyInputs, weights: UncertaintyWeights
) -> list[AgendaItem]:
    """An item for each open or contradicted assumption."""
    items = []
    for item in inputs.assumptions:
        if not item.is_open:
            continue
        minutes = MINUTES_BY_CATEGORY.get(item.category, MINUTES_BY_CATEGORY["other"])
        kind = "contradiction" if item.is_contradicted else "assumption"
        if item.is_contradicted:
            minutes += CONTRADICTION_EXTRA_MINUTES
        items.append(
            AgendaItem(
                kind,
                item.category,
                minutes,
                assumption_weight(item, weights),
                {"text": item.text, "category": item.category},
                item.evidence,
                item.contradictions,
                item.id,
            )
        )
    return items


def list_voice_items(inputs: UncertaintyInputs, weights: UncertaintyWeights) -> list[AgendaItem]:
    """An item for each voice question."""
    return [
        AgendaItem(
            "voice",
            q.code,
            VOICE_MINUTES,
            weights.voice_question,
            {"state": q.state, "shares": q.shares},
        )
        for q in inputs.voice_questions
    ]


def list_draft_items(inputs: UncertaintyInputs, weights: UncertaintyWeights) -> list[AgendaItem]:
    """Items for the drafts that fit least (lowest score first), at most MAX_DRAFTS."""
    values = {
        "does_not_fit": weights.draft_does_not_fit,
        "partly": weights.draft_partly,
        "cannot_tell": weights.draft_cannot_tell,
    }
    weak = [d for d in inputs.drafts if d.verdict in values]
    weak.sort(key=lambda d: (-values[d.verdict], 101.0 if d.score is None else d.score))
    return [
        AgendaItem(
            "draft",
            d.verdict,
            DRAFT_MINUTES,
            values[d.verdict],
            {"draft": d.draft, "score": d.score},
            ref=d.draft,
        )
        for d in weak[:MAX_DRAFTS]
    ]


def build_agenda(
    inputs: UncertaintyInputs, weights: UncertaintyWeights | None = None
) -> tuple[AgendaItem, ...]:
    """All items, most valuable first; equal values keep the order: assumptions, voice, drafts."""
    weights = weights or UncertaintyWeights()
    items = [
        *list_assumption_items(inputs, weights),
        *list_voice_items(inputs, weights),
        *list_draft_items(inputs, weights),
    ]
    return tuple(sorted(items, key=lambda i: -i.value))


def total_minutes(items: tuple[AgendaItem, ...]) -> int:
    """The minutes of all items together."""
    return sum(i.minutes for i in items)
