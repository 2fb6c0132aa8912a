"""Score a whole file of verification trials against the file's own texts.

PAN systems and Cosine Delta do the same: the z-statistics come from all texts of the
file (never from its answer key), and each trial's similarity is read against the other
trials' texts and profiles as impostors (core.pool). On held-out registers this beat
statistics from any other register by far; see docs/decisions/0002-fit-score.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from treffsicher.core.fingerprint import count_text
from treffsicher.core.pool import measure_pool, normalise_similarity
from treffsicher.core.verification import (
    MIN_KNOWN_WORDS,
    MIN_UNKNOWN_WORDS,
    VIEWS,
    VerificationResult,
    apply_model,
    model_probability,
    score_verification,
    undecided_result,
    unit_views,
)
from treffsicher.core.weights import ScoreModel, load_model

MIN_POOL = 20  # fewer distinct unknown texts in a language: each trial is scored alone


@dataclass(frozen=True)
class Trial:
    """One verification trial: her known texts, the unknown text, their language."""

    known: tuple[str, ...]
    unknown: str
    lang: str


def score_trials(
    trials: Sequence[Trial], model: ScoreModel | None = None
) -> list[VerificationResult]:
    """Return a result per trial, each read against the file's other texts of its language.

    Raises TooLittleTextError (via score_verification) only for a tiny file whose trial
    has too little known text; in a pooled file such a trial scores 0.5.
    """
    model = model or load_model()
    results: list[VerificationResult | None] = [None] * len(trials)
    for lang in sorted({t.lang for t in trials}):
        picked = [i for i, t in enumerate(trials) if t.lang == lang]
        if len({trials[i].unknown for i in picked}) < MIN_POOL:
            for i in picked:
                results[i] = score_verification(trials[i].known, trials[i].unknown, lang)
            continue
        for i, result in zip(picked, score_pooled([trials[i] for i in picked], model), strict=True):
            results[i] = result
    return [r for r in results if r is not None]


def score_pooled(trials: Sequence[Trial], model: ScoreModel) -> list[VerificationResult]:
    """Return the results of trials of one language, read against each other.

    Every distinct text is counted once; her known side's frequencies are the
    length-weighted mean of her texts' rows (what joining them gives, but for the few
    n-grams across the joins).
    """
    texts = sorted({k for t in trials for k in t.known} | {t.unknown for t in trials})
    text_at = {x: i for i, x in enumerate(texts)}
    counts = [count_text(x) for x in texts]
    reference, word_rows, char_rows = measure_pool(counts, trials[0].lang)
    n_words = np.array([c.n_words for c in counts], dtype=np.float64)
    n_grams = np.array([len(c.buckets) for c in counts], dtype=np.float64)
    known_keys = sorted({t.known for t in trials})
    unknown_keys = sorted({t.unknown for t in trials})
    known_at = {k: i for i, k in enumerate(known_keys)}
    unknown_at = {u: i for i, u in enumerate(unknown_keys)}
    known_rows = [[text_at[x] for x in k] for k in known_keys]
    k_words = np.array([n_words[r] @ word_rows[r] / max(n_words[r].sum(), 1) for r in known_rows])
    k_chars = np.array([n_grams[r] @ char_rows[r] / max(n_grams[r].sum(), 1) for r in known_rows])
    known_sizes = [int(n_words[r].sum()) for r in known_rows]
    u_rows = [text_at[u] for u in unknown_keys]
    k_views = unit_views(k_words, k_chars, reference)
    u_views = unit_views(word_rows[u_rows], char_rows[u_rows], reference)
    matrices = {v: k_views[v] @ u_views[v].T for v in VIEWS}
    results = []
    for t in trials:
        i, j = known_at[t.known], unknown_at[t.unknown]
        sizes = (known_sizes[i], counts[text_at[t.unknown]].n_words)
        if sizes[0] < MIN_KNOWN_WORDS or sizes[1] < MIN_UNKNOWN_WORDS:
            results.append(undecided_result(sizes[0], sizes[1], reference.name))
            continue
        raw = {v: float(matrices[v][i, j]) for v in VIEWS}
        # A text is never its own impostor: known sides that hold this unknown text, and
        # unknown texts that are among this known side, are left out.
        rows = np.array([u not in t.known for u in unknown_keys])
        columns = np.array([t.unknown not in k for k in known_keys])
        rows[j], columns[i] = False, False
        normalised = {v: normalise_cell(matrices[v], i, j, rows, columns) for v in VIEWS}
        score, contributions, decided = apply_model(normalised, model)
        impostors = len(known_keys) + len(unknown_keys) - 2
        results.append(
            VerificationResult(
                score,
                raw,
                contributions,
                sizes[0],
                sizes[1],
                decided,
                reference.name,
                normalised,
                impostors,
                model_probability(normalised, model),
            )
        )
    return results


def normalise_cell(
    matrix: npt.NDArray[np.float64],
    i: int,
    j: int,
    rows: npt.NDArray[np.bool_],
    columns: npt.NDArray[np.bool_],
) -> float:
    """Return the mean of the row-wise and column-wise normalised similarity of (i, j);
    `rows` picks the unknown texts and `columns` the known sides that count as impostors."""
    sim = float(matrix[i, j])
    by_row = normalise_similarity(sim, matrix[i][rows], None)
    by_column = normalise_similarity(sim, matrix[:, j][columns], None)
    return 0.5 * (by_row + by_column)
