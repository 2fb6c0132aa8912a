"""Her, the writer, or another client? A draft scored against everyone in the workspace.

The natural alternatives to „sounds like her“ sit in the workspace: the writer's own texts
and the other clients. Each person is scored with the same model, read against all the
others as impostors (core.pool), under statistics blended from the shipped reference of
the register and the workspace's texts. The draft sounds most like the person with the
highest score, when that score is decided and clearly ahead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from treffsicher.core.fingerprint import (
    TextCounts,
    Vectors,
    count_text,
    vectorise_counts,
    vectorise_fingerprint,
)
from treffsicher.core.models import Fingerprint
from treffsicher.core.pool import blend_reference, count_samples
from treffsicher.core.verification import (
    MIN_KNOWN_WORDS,
    MIN_UNKNOWN_WORDS,
    VerificationResult,
    calibrate_for_workspace,
    check_known_size,
    pick_reference,
    score_vectors,
    undecided_result,
)
from treffsicher.core.weights import Reference, ScoreModel, load_model, load_references

KIND_CLIENT = "client"
KIND_WRITER = "writer"
KIND_OTHER = "other_client"
CLOSEST_ODDS = 4.0  # the closest person's odds are at least 4 times the next one's
CLOSEST_FLOOR = 0.05
LOWEST_SHOWN, HIGHEST_SHOWN = 1.0, 99.0  # a comparison is never certain


@dataclass(frozen=True)
class Person:
    """Someone else in the workspace: the writer or another client, with texts of hers.

    `samples` are pieces of her own words of about a draft's length (core.pool.cut_samples).
    """

    kind: str
    name: str
    fingerprint: Fingerprint
    samples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """How much the draft sounds like one person (score 0–100, None: too little text)."""

    kind: str
    name: str
    score: float | None
    decided: bool = False

    def to_dict(self) -> dict[str, object]:
        """JSON-safe data of the report."""
        return {
            "kind": self.kind,
            "name": self.name,
            "score": None if self.score is None else round(self.score, 1),
        }


@dataclass(frozen=True)
class ComparisonResult:
    """The client's own result, and the draft held against every person."""

    result: VerificationResult
    comparisons: tuple[Comparison, ...] = ()
    closest: Comparison | None = None
    people: int = 0  # other people the draft was read against
    reference: str = ""
    details: dict[str, float] = field(default_factory=dict)


def compare_draft(
    her: Fingerprint,
    her_samples: Sequence[str],
    text: str,
    lang: str,
    others: Sequence[Person],
    *,
    name: str = "",
    model: ScoreModel | None = None,
    references: Sequence[Reference] | None = None,
) -> ComparisonResult:
    """Score `text` against her and against each other person of the same language.

    Raises TooLittleTextError when her fingerprint is too small; a text under
    MIN_UNKNOWN_WORDS words is undecided. Other people with too little text take part
    only as impostors' samples.
    """
    check_known_size(her.n_words)
    model = model or load_model()
    counts = count_text(text)
    references = references or load_references(lang)
    if counts.n_words < MIN_UNKNOWN_WORDS:
        return ComparisonResult(undecided_result(her.n_words, counts.n_words, references[0].name))
    people = [Person(KIND_CLIENT, name, her, tuple(her_samples)), *others]
    counted = [count_samples(p.samples) for p in people]
    reference = blend_workspace(pick_reference(her, counts, references), counted)
    draft = vectorise_counts(counts, reference)
    profiles = [vectorise_fingerprint(p.fingerprint, reference) for p in people]
    samples = [[vectorise_counts(c, reference) for c in found] for found in counted]
    results: list[VerificationResult | None] = []
    for i, person in enumerate(people):
        if person.fingerprint.n_words < MIN_KNOWN_WORDS:
            results.append(None)
            continue
        result = score_person(i, profiles, samples, draft, reference, model, people, counts)
        results.append(calibrate_for_workspace(result, count_people(people, i), model))
    comparisons = tuple(
        Comparison(p.kind, p.name, shown_score(r), bool(r and r.decided))
        for p, r in zip(people, results, strict=True)
    )
    mine = results[0]
    assert mine is not None  # her size was checked above
    return ComparisonResult(
        mine,
        comparisons,
        pick_closest(comparisons, [None if r is None else r.probability for r in results]),
        len(people) - 1,
        reference.name,
    )


def shown_score(result: VerificationResult | None) -> float | None:
    """The 0–100 score of a comparison, never 0 or 100 (None: too little text of hers)."""
    if result is None:
        return None
    return min(max(result.probability * 100, LOWEST_SHOWN), HIGHEST_SHOWN)


def score_person(
    index: int,
    profiles: Sequence[Vectors],
    samples: Sequence[Sequence[Vectors]],
    draft: Vectors,
    reference: Reference,
    model: ScoreModel,
    people: Sequence[Person],
    counts: TextCounts,
) -> VerificationResult:
    """Return person `index`'s result, read against everyone else."""
    other_profiles = [
        v
        for j, v in enumerate(profiles)
        if j != index and people[j].fingerprint.n_words >= MIN_KNOWN_WORDS
    ]
    other_samples = [v for j, vs in enumerate(samples) if j != index for v in vs]
    return score_vectors(
        profiles[index],
        draft,
        reference,
        (people[index].fingerprint.n_words, counts.n_words),
        profiles=other_profiles,
        samples=other_samples,
        model=model,
    )


def count_people(people: Sequence[Person], index: int) -> int:
    """Return how many people besides person `index` have enough text to be compared."""
    return sum(
        1 for j, p in enumerate(people) if j != index and p.fingerprint.n_words >= MIN_KNOWN_WORDS
    )


def blend_workspace(reference: Reference, counted: Sequence[Sequence[TextCounts]]) -> Reference:
    """Return the reference with its statistics moved towards the people's samples (each
    person weighs the same, however many samples she has)."""
    counts: list[TextCounts] = []
    weights: list[float] = []
    for found in counted:
        if not found:  # a person without samples in this language adds nothing
            continue
        counts.extend(found)
        weights.extend([1.0 / len(found)] * len(found))
    return blend_reference(reference, counts, weights, sum(1 for found in counted if found))


def pick_closest(
    comparisons: Sequence[Comparison], probabilities: Sequence[float | None]
) -> Comparison | None:
    """Return the person the draft sounds most like, or None when no one clearly leads.

    Relative, not absolute: the draft need not be surely anyone's to sound more like one
    person than like the others. The leader's odds must be CLOSEST_ODDS times the next
    one's, and her probability at least CLOSEST_FLOOR (below, everyone is a stranger).
    """
    scored = sorted(
        ((p, c) for p, c in zip(probabilities, comparisons, strict=True) if p is not None),
        key=lambda item: -item[0],
    )
    if len(scored) < 2 or scored[0][0] < CLOSEST_FLOOR:
        return None
    lead = to_logit(scored[0][0]) - to_logit(scored[1][0])
    return scored[0][1] if lead >= math.log(CLOSEST_ODDS) else None


def to_logit(p: float) -> float:
    """Return the log-odds of a probability (clipped away from 0 and 1)."""
    q = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(q / (1 - q))
