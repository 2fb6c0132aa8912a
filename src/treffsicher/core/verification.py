"""The fit score as authorship verification: does an unknown text sound like the known ones?

the score a user sees is the probability of a small logistic model over three
similarities we can name in plain words ("function-word habits", "vocabulary",
"character patterns"), each a Cosine Delta (Smith & Aldridge 2011; Evert et al. 2017):
the cosine between z-scored relative frequencies of her texts and of the unknown text.
Z-scores need reference means and spreads of the same genre; they ship per language and
genre in core.weights, so the score is computable from a stored Fingerprint and the
unknown text alone. See docs/decisions/0002-fit-score.md for the numbers behind it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from treffsicher.core.fingerprint import (
    TEXT_SEPARATOR,
    count_reference_ngrams,
    count_words,
    hash_char_ngrams,
    normalise_text,
    to_code_points,
)
from treffsicher.core.models import Fingerprint
from treffsicher.core.weights import Reference, ScoreModel, load_model, load_references
from treffsicher.errors import TooLittleTextError

MIN_KNOWN_WORDS = 200  # below this her side is too little to compare
MIN_UNKNOWN_WORDS = 20  # a shorter text gets 0.5, "cannot tell"
UNDECIDED = 0.5
MAX_LOGIT = 50.0
Z_CLIP = 6.0  # z-scores capped: one rare word must not decide the cosine

# Plain names of the model's parts, shown in the report (explanations stay truthful).
COMPONENT_LABELS: dict[str, dict[str, str]] = {
    "function_words": {"en": "function-word habits", "de": "Gewohnheiten bei Funktionswörtern"},
    "vocabulary": {"en": "vocabulary", "de": "Wortschatz"},
    "char_patterns": {
        "en": "character patterns (spelling, punctuation, word parts)",
        "de": "Zeichenmuster (Schreibweise, Zeichensetzung, Wortteile)",
    },
}

Vectors = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]


@dataclass(frozen=True)
class VerificationResult:
    """Fit score in [0, 1] (0.5 = cannot tell) with the named parts that drove it.

    `contributions` are log-odds relative to an average dev trial: positive values speak
    for the same author. `similarities` are the raw Cosine Delta values in [-1, 1].
    """

    score: float
    similarities: dict[str, float]
    contributions: dict[str, float]
    n_known_words: int
    n_unknown_words: int
    decided: bool
    reference: str = ""  # the reference genre the texts were compared in, e.g. "en-email"


@dataclass(frozen=True)
class TextCounts:
    """Word counts and hashed character n-grams of one text, counted once for all genres."""

    words: Counter[str]
    n_words: int
    buckets: npt.NDArray[np.intp]


def count_text(text: str) -> TextCounts:
    """Return the word counts and character n-gram buckets of one text after normalising."""
    return count_normalised(normalise_text(text))


def count_normalised(normalised: str) -> TextCounts:
    """Return the word counts and character n-gram buckets of an already normalised text."""
    words = count_words([normalised])
    return TextCounts(words, sum(words.values()), hash_char_ngrams(to_code_points(normalised)))


def vectorise_counts(counts: TextCounts, reference: Reference) -> Vectors:
    """Return (word, character) relative-frequency vectors of a text in reference order."""
    words = np.array([counts.words.get(w, 0) for w in reference.words], dtype=np.float64)
    chars = count_reference_ngrams(counts.buckets, reference).astype(np.float64)
    return words / max(counts.n_words, 1), chars / max(len(counts.buckets), 1)


def vectorise_fingerprint(fingerprint: Fingerprint, reference: Reference) -> Vectors:
    """Return (word, character) frequency vectors of a fingerprint in reference order."""
    wf = fingerprint.word_freqs
    cf = fingerprint.char_ngram_freqs
    words = np.array([wf.get(w, 0.0) for w in reference.words], dtype=np.float64)
    chars = np.array([cf.get(g, 0.0) for g in reference.char_ngrams], dtype=np.float64)
    return words, chars


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


def measure_known(
    known_vectors: Callable[[Reference], Vectors],
    n_known_words: int,
    unknown_text: str,
    references: Sequence[Reference],
) -> tuple[dict[str, float], int, Reference]:
    """Return the similarities of `unknown_text` to her side, its word count, the genre.

    `known_vectors` gives her frequency vectors in a reference's order. Of several
    reference genres, the one under which the two texts look least alike is used: a wrong
    genre leaves the genre itself in both z-vectors and inflates every similarity
    (choosing by her side alone misfiled 22 of 200 Enron trials). Raises
    TooLittleTextError when her side has fewer than MIN_KNOWN_WORDS words; an unknown text
    shorter than MIN_UNKNOWN_WORDS words gets no similarities.
    """
    if n_known_words < MIN_KNOWN_WORDS:
        raise TooLittleTextError(
            f"Zu wenig bekannter Text für einen Abgleich: {n_known_words} Wörter, "
            f"nötig sind mindestens {MIN_KNOWN_WORDS}."
        )
    counts = count_text(unknown_text)
    if counts.n_words < MIN_UNKNOWN_WORDS:
        return {}, counts.n_words, references[0]
    best: tuple[float, dict[str, float], Reference] | None = None
    for reference in references:
        unknown = vectorise_counts(counts, reference)
        sims = measure_similarities(known_vectors(reference), unknown, reference)
        total = sum(sims.values())
        if best is None or total < best[0]:
            best = (total, sims, reference)
    assert best is not None  # references is never empty (load_references raises)
    return best[1], counts.n_words, best[2]


def measure_fingerprint(
    fingerprint: Fingerprint, unknown_text: str, references: Sequence[Reference]
) -> tuple[dict[str, float], int, Reference]:
    """Return measure_known's result for a stored fingerprint of her texts."""
    return measure_known(
        lambda reference: vectorise_fingerprint(fingerprint, reference),
        fingerprint.n_words,
        unknown_text,
        references,
    )


def apply_model(
    similarities: dict[str, float], model: ScoreModel
) -> tuple[float, dict[str, float], bool]:
    """Return (score, contributions in log-odds, decided) for the similarities."""
    logit = model.intercept
    contributions: dict[str, float] = {}
    for name, coef, centre in zip(model.features, model.coef, model.centre, strict=True):
        logit += coef * similarities[name]
        contributions[name] = coef * (similarities[name] - centre)
    score = 1.0 / (1.0 + math.exp(-max(min(logit, MAX_LOGIT), -MAX_LOGIT)))
    # a score close to 0.5 is reported as exactly 0.5 ("cannot tell"), which
    # c@1 rewards over a wrong guess; the band width is fitted by bench/fitscore.
    decided = abs(score - UNDECIDED) > model.undecided_band
    return (score if decided else UNDECIDED), contributions, decided


def score_similarities(
    sims: dict[str, float], n_known: int, n_unknown: int, reference: Reference, model: ScoreModel
) -> VerificationResult:
    """Return the VerificationResult for measured similarities (0.5 when there are none)."""
    if not sims:
        return VerificationResult(UNDECIDED, {}, {}, n_known, n_unknown, False, reference.name)
    score, contributions, decided = apply_model(sims, model)
    return VerificationResult(
        score, sims, contributions, n_known, n_unknown, decided, reference.name
    )


def list_score_parts(result: VerificationResult, lang: str) -> list[tuple[str, float]]:
    """Return (plain-language name, log-odds contribution) of each part, strongest first.

    Positive values speak for the same author, negative against; `lang` ("de"/"en") picks
    the wording of the names (English for any other value).
    """
    ui_lang = lang if lang in ("de", "en") else "en"
    parts = [(COMPONENT_LABELS[k][ui_lang], v) for k, v in result.contributions.items()]
    return sorted(parts, key=lambda part: -abs(part[1]))


def score_fingerprint(
    fingerprint: Fingerprint,
    unknown_text: str,
    lang: str,
    *,
    references: Sequence[Reference] | None = None,
    model: ScoreModel | None = None,
) -> VerificationResult:
    """Score `unknown_text` against a stored fingerprint of her texts (the product path).

    Raises TooLittleTextError when her side is too short, InputError for a language
    without reference data; a text of fewer than MIN_UNKNOWN_WORDS words scores 0.5.
    `references` and `model` override the shipped ones (cross-validation in bench/).
    """
    references = references or load_references(lang)
    sims, n_unknown, reference = measure_fingerprint(fingerprint, unknown_text, references)
    return score_similarities(
        sims, fingerprint.n_words, n_unknown, reference, model or load_model()
    )


def score_verification(
    known_texts: Sequence[str], unknown_text: str, lang: str
) -> VerificationResult:
    """Score whether `unknown_text` is by the author of `known_texts` (0.5 = cannot tell).

    The same model and the same numbers as score_fingerprint(compute_fingerprint(...)):
    her frequencies are taken straight from the counts instead of a stored dict, which
    saves the dict round trip (verify must run at >= 100 trials/s).
    """
    references = load_references(lang)
    joined = TEXT_SEPARATOR.join(t for t in (normalise_text(x) for x in known_texts) if t)
    known = count_normalised(joined)
    sims, n_unknown, reference = measure_known(
        lambda ref: vectorise_counts(known, ref), known.n_words, unknown_text, references
    )
    return score_similarities(sims, known.n_words, n_unknown, reference, load_model())
