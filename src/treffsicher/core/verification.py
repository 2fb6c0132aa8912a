"""The fit score as authorship verification: does an unknown text sound like the known ones?

The score a user sees is the probability of a small logistic model over three
similarities we can name in plain words ("function-word habits", "vocabulary",
"character patterns"), each a Cosine Delta (Smith & Aldridge 2011; Evert et al. 2017):
the cosine between z-scored relative frequencies of her texts and of the unknown text.
Z-scores need reference means and spreads of the same genre; they ship per language and
genre in core.weights, so the score is computable from a stored Fingerprint and the
unknown text alone. See docs/decisions/0002-fit-score.md for the numbers behind it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from treffsicher.core.fingerprint import (
    TEXT_SEPARATOR,
    TextCounts,
    Vectors,
    count_normalised,
    count_text,
    normalise_text,
    vectorise_counts,
    vectorise_fingerprint,
)
from treffsicher.core.models import Fingerprint
from treffsicher.core.pool import normalise_similarity
from treffsicher.core.weights import Null, Reference, ScoreModel, load_model, load_references
from treffsicher.errors import TooLittleTextError
from treffsicher.i18n import t

MIN_KNOWN_WORDS = 200  # below this her side is too little to compare
MIN_UNKNOWN_WORDS = 20  # a shorter text gets 0.5, "cannot tell"
UNDECIDED = 0.5
VIEWS = ("function_words", "vocabulary", "char_patterns")
MAX_LOGIT = 50.0
Z_CLIP = 6.0  # z-scores capped: one rare word must not decide the cosine

# Catalogue keys of the plain names of the model's parts, shown in the report
# (explanations stay truthful).
COMPONENT_LABELS: dict[str, str] = {view: f"fit.component.{view}" for view in VIEWS}


@dataclass(frozen=True)
class VerificationResult:
    """Fit score in [0, 1] (0.5 = cannot tell) with the named parts that drove it.

    `contributions` are log-odds relative to an average dev trial: positive values speak
    for the same author. `similarities` are the raw Cosine Delta values in [-1, 1];
    `normalised` how many spreads each lies above the similarities to other people.
    """

    score: float
    similarities: dict[str, float]
    contributions: dict[str, float]
    n_known_words: int
    n_unknown_words: int
    decided: bool
    reference: str = ""  # the reference genre the texts were compared in, e.g. "en-email"
    normalised: dict[str, float] = field(default_factory=dict)
    n_impostors: int = 0  # other people's profiles and samples it was read against
    probability: float = UNDECIDED  # the model's own probability, also inside the band


def cosine(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> float:
    """Return the cosine of two vectors, 0.0 when either is all zero."""
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norm if norm > 0 else 0.0


def measure_similarities(
    known: Vectors, unknown: Vectors, reference: Reference
) -> dict[str, float]:
    """Return the Cosine Delta of each view between known and unknown frequency vectors.

    Cosine Delta (Smith & Aldridge 2011): z-score each relative frequency against the
    reference mean and standard deviation, then take the cosine of the two z-vectors.
    """
    zk = np.clip((known[0] - reference.word_mean) / reference.word_sd, -Z_CLIP, Z_CLIP)
    zu = np.clip((unknown[0] - reference.word_mean) / reference.word_sd, -Z_CLIP, Z_CLIP)
    ck = np.clip((known[1] - reference.char_mean) / reference.char_sd, -Z_CLIP, Z_CLIP)
    cu = np.clip((unknown[1] - reference.char_mean) / reference.char_sd, -Z_CLIP, Z_CLIP)
    n = reference.n_function_words
    return {
        "function_words": cosine(zk[:n], zu[:n]),
        "vocabulary": cosine(zk[n:], zu[n:]),
        "char_patterns": cosine(ck, cu),
    }


def unit_views(
    words: npt.NDArray[np.float64], chars: npt.NDArray[np.float64], reference: Reference
) -> dict[str, npt.NDArray[np.float64]]:
    """Return per view the z-scored rows (one per text) scaled to length 1.

    Rows of two texts multiplied give their Cosine Delta; a matrix product gives all pairs.
    """
    zw = np.clip((np.atleast_2d(words) - reference.word_mean) / reference.word_sd, -Z_CLIP, Z_CLIP)
    zc = np.clip((np.atleast_2d(chars) - reference.char_mean) / reference.char_sd, -Z_CLIP, Z_CLIP)
    n = reference.n_function_words
    views = {"function_words": zw[:, :n], "vocabulary": zw[:, n:], "char_patterns": zc}
    out = {}
    for name, rows in views.items():
        norm = np.linalg.norm(rows, axis=1, keepdims=True)
        out[name] = rows / np.where(norm > 0, norm, 1.0)
    return out


def stack(vectors: Sequence[Vectors]) -> Vectors:
    """Return the word rows and character rows of several texts as two matrices."""
    return np.array([v[0] for v in vectors]), np.array([v[1] for v in vectors])


def read_against_impostors(
    known: Vectors,
    unknown: Vectors,
    reference: Reference,
    profiles: Sequence[Vectors] = (),
    samples: Sequence[Vectors] = (),
    nulls: dict[str, Null] | None = None,
) -> tuple[dict[str, float], dict[str, float]]:
    """Return (raw similarities, normalised similarities) of known and unknown per view.

    Normalised: the mean of how far the pair lies above her side against other people's
    samples (Z-norm) and above the unknown side against other people's profiles
    (T-norm), each in spreads of those impostor similarities (see core.pool).
    """
    k = unit_views(known[0], known[1], reference)
    u = unit_views(unknown[0], unknown[1], reference)
    s_views = unit_views(*stack(samples), reference) if samples else None
    p_views = unit_views(*stack(profiles), reference) if profiles else None
    raw: dict[str, float] = {}
    normalised: dict[str, float] = {}
    empty = np.zeros(0)
    for view in VIEWS:
        sim = float(k[view][0] @ u[view][0])
        z_imp = s_views[view] @ k[view][0] if s_views is not None else empty
        t_imp = p_views[view] @ u[view][0] if p_views is not None else empty
        prior = nulls.get(view) if nulls else None
        raw[view] = sim
        normalised[view] = 0.5 * (
            normalise_similarity(sim, z_imp, prior) + normalise_similarity(sim, t_imp, prior)
        )
    return raw, normalised


def model_probability(values: dict[str, float], model: ScoreModel) -> float:
    """Return the model's probability for the normalised similarities (no band)."""
    logit = model.intercept + sum(
        coef * values[name] for name, coef in zip(model.features, model.coef, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(min(logit, MAX_LOGIT), -MAX_LOGIT)))


def apply_model(
    values: dict[str, float], model: ScoreModel
) -> tuple[float, dict[str, float], bool]:
    """Return (score, contributions in log-odds, decided) for the normalised similarities."""
    logit = model.intercept
    contributions: dict[str, float] = {}
    for name, coef, centre in zip(model.features, model.coef, model.centre, strict=True):
        logit += coef * values[name]
        contributions[name] = coef * (values[name] - centre)
    score = 1.0 / (1.0 + math.exp(-max(min(logit, MAX_LOGIT), -MAX_LOGIT)))
    # a score close to 0.5 is reported as exactly 0.5 ("cannot tell"), which
    # c@1 rewards over a wrong guess; the band width is fitted by bench/fitscore.
    decided = abs(score - UNDECIDED) > model.undecided_band
    return (score if decided else UNDECIDED), contributions, decided


def score_vectors(
    known: Vectors,
    unknown: Vectors,
    reference: Reference,
    sizes: tuple[int, int],
    *,
    profiles: Sequence[Vectors] = (),
    samples: Sequence[Vectors] = (),
    model: ScoreModel | None = None,
) -> VerificationResult:
    """Return the VerificationResult of two texts' vectors under `reference`.

    `sizes` are the known and unknown word counts; `profiles` and `samples` are other
    people's (see read_against_impostors). The shipped null distribution of the reference,
    when there is one, steadies the impostor statistics.
    """
    model = model or load_model()
    nulls = model.nulls.get(reference.name)
    raw, normalised = read_against_impostors(known, unknown, reference, profiles, samples, nulls)
    score, contributions, decided = apply_model(normalised, model)
    return VerificationResult(
        score,
        raw,
        contributions,
        sizes[0],
        sizes[1],
        decided,
        reference.name,
        normalised,
        len(profiles) + len(samples),
        model_probability(normalised, model),
    )


def calibrate_for_workspace(
    result: VerificationResult, people: int, model: ScoreModel | None = None
) -> VerificationResult:
    """Return the result with its probability recalibrated for a workspace of `people`
    other people (model.workspace; the entry for the largest size not above `people`).

    The model was fitted on trial files of hundreds of texts; with a handful of impostors
    and statistics of another register its raw probabilities run too high (most strangers
    would read „klingt nach ihr“), see docs/decisions/0002-fit-score.md.
    """
    model = model or load_model()
    sizes = [k for k in model.workspace if k <= people]
    if not sizes or not result.similarities:
        return result
    a, b = model.workspace[max(sizes)]
    p = min(max(result.probability, 1e-6), 1 - 1e-6)
    logit = a + b * math.log(p / (1 - p))
    probability = 1.0 / (1.0 + math.exp(-max(min(logit, MAX_LOGIT), -MAX_LOGIT)))
    decided = abs(probability - UNDECIDED) > model.undecided_band
    return replace(
        result,
        score=probability if decided else UNDECIDED,
        decided=decided,
        probability=probability,
    )


def list_score_parts(result: VerificationResult, lang: str) -> list[tuple[str, float]]:
    """Return (plain-language name, log-odds contribution) of each part, strongest first.

    Positive values speak for the same author, negative against; `lang` ("de"/"en") picks
    the wording of the names (the catalogue's fallback for any other value).
    """
    parts = [(t(COMPONENT_LABELS[k], lang), v) for k, v in result.contributions.items()]
    return sorted(parts, key=lambda part: -abs(part[1]))


def pick_reference(
    fingerprint: Fingerprint, counts: TextCounts, references: Sequence[Reference]
) -> Reference:
    """Return the reference genre under which her fingerprint and the text look least alike.

    A wrong genre leaves the genre itself in both z-vectors and inflates every similarity
    (choosing by her side alone misfiled 22 of 200 Enron trials).
    """
    best: tuple[float, Reference] | None = None
    for reference in references:
        known = vectorise_fingerprint(fingerprint, reference)
        sims = measure_similarities(known, vectorise_counts(counts, reference), reference)
        total = sum(sims.values())
        if best is None or total < best[0]:
            best = (total, reference)
    assert best is not None  # references is never empty (load_references raises)
    return best[1]


def check_known_size(n_known_words: int) -> None:
    """Raise TooLittleTextError when her side has fewer than MIN_KNOWN_WORDS words."""
    if n_known_words < MIN_KNOWN_WORDS:
        raise TooLittleTextError(
            f"Zu wenig bekannter Text für einen Abgleich: {n_known_words} Wörter, "
            f"nötig sind mindestens {MIN_KNOWN_WORDS}."
        )


def score_fingerprint(
    fingerprint: Fingerprint,
    unknown_text: str,
    lang: str,
    *,
    references: Sequence[Reference] | None = None,
    model: ScoreModel | None = None,
) -> VerificationResult:
    """Score `unknown_text` against a stored fingerprint of her texts, with no other people
    to compare with: the similarities are read against the shipped null distribution and
    the probability calibrated for an empty workspace.

    Raises TooLittleTextError when her side is too short, InputError for a language
    without reference data; a text of fewer than MIN_UNKNOWN_WORDS words scores 0.5.
    core.comparison scores with a workspace's other people.
    """
    check_known_size(fingerprint.n_words)
    references = references or load_references(lang)
    counts = count_text(unknown_text)
    if counts.n_words < MIN_UNKNOWN_WORDS:
        return undecided_result(fingerprint.n_words, counts.n_words, references[0].name)
    reference = pick_reference(fingerprint, counts, references)
    result = score_vectors(
        vectorise_fingerprint(fingerprint, reference),
        vectorise_counts(counts, reference),
        reference,
        (fingerprint.n_words, counts.n_words),
        model=model,
    )
    return calibrate_for_workspace(result, 0, model)


def undecided_result(n_known: int, n_unknown: int, reference: str) -> VerificationResult:
    """Return the "cannot tell" result for a text too short to score."""
    return VerificationResult(UNDECIDED, {}, {}, n_known, n_unknown, False, reference)


def score_verification(
    known_texts: Sequence[str], unknown_text: str, lang: str
) -> VerificationResult:
    """Score whether `unknown_text` is by the author of `known_texts` (0.5 = cannot tell).

    One trial on its own, with the shipped references and null distribution, calibrated as
    a check in an empty workspace (score_fingerprint); core.trials reads a whole trial file
    against its own texts, which is far better.
    """
    joined = TEXT_SEPARATOR.join(t for t in (normalise_text(x) for x in known_texts) if t)
    known = count_normalised(joined)
    check_known_size(known.n_words)
    references = load_references(lang)
    counts = count_text(unknown_text)
    if counts.n_words < MIN_UNKNOWN_WORDS:
        return undecided_result(known.n_words, counts.n_words, references[0].name)
    best: tuple[float, Reference] | None = None
    for reference in references:
        sims = measure_similarities(
            vectorise_counts(known, reference), vectorise_counts(counts, reference), reference
        )
        if best is None or sum(sims.values()) < best[0]:
            best = (sum(sims.values()), reference)
    assert best is not None
    reference = best[1]
    result = score_vectors(
        vectorise_counts(known, reference),
        vectorise_counts(counts, reference),
        reference,
        (known.n_words, counts.n_words),
    )
    return calibrate_for_workspace(result, 0)
