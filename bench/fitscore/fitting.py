"""Build reference statistics and fit the fit-score model from dev trials.

Shared by bench/fitscore/make_weights.py (the shipped weights) and bench/verify_eval.py
(author-grouped cross-validation, which rebuilds everything from the training authors only).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from treffsicher.core.fingerprint import (
    CHAR_N,
    HASH_BITS,
    count_char_ngrams,
    count_words,
    hash_char_ngrams,
    normalise_text,
    to_code_points,
)

EVAL_DIR = Path("/work/shared/eval")
EVAL_FILES = (
    "bundestag-wp20-dev.jsonl",
    "enron-jstylo-dev.jsonl",
    "ebg-jstylo-dev.jsonl",
    "blogs-deu-dev.jsonl",
)
# Each dev file is one genre: its known texts become that genre's reference statistics.
GENRES = {
    "bundestag-wp20-dev.jsonl": "speech",
    "enron-jstylo-dev.jsonl": "email",
    "ebg-jstylo-dev.jsonl": "essay",
    "blogs-deu-dev.jsonl": "blog",
}
N_WORDS = 1500  # reference words: the most frequent ones over the reference texts
N_FUNCTION_WORDS = 300  # the top of that list stands for function words
N_CHAR_NGRAMS = 8000  # more 4-grams kept helping on CV (3,000: Enron 0.959, 8,000: 0.965)
FEATURES = ("function_words", "vocabulary", "char_patterns")
L2 = 1e-3  # ridge on the logistic coefficients: keeps the 4 parameters tame


def read_trials(path: Path) -> list[dict[str, Any]]:
    """Return the trials of one JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sig(values: np.ndarray, digits: int = 4) -> list[float]:
    """Return values rounded to `digits` significant digits (small JSON)."""
    return [float(f"{v:.{digits}g}") for v in values]


def build_reference_data(texts: Sequence[str], lang: str, genre: str) -> dict[str, Any]:
    """Return reference statistics (JSON form) from unlabelled texts of one language.

    Features are the most frequent words and character 4-grams over all texts; mean and
    standard deviation are taken over the texts' relative frequencies, as Cosine Delta does.
    """
    normalised = [normalise_text(t) for t in texts]
    per_text = [count_words([t]) for t in normalised]
    total: Counter[str] = Counter()
    for c in per_text:
        total.update(c)
    words = [w for w, _ in total.most_common(N_WORDS)]
    index = {w: i for i, w in enumerate(words)}
    wm = np.zeros((len(texts), len(words)))
    for r, c in enumerate(per_text):
        n = sum(c.values()) or 1
        for w, k in c.items():
            j = index.get(w)
            if j is not None:
                wm[r, j] = k / n
    grams = list(count_char_ngrams(" ".join(normalised), CHAR_N, N_CHAR_NGRAMS))
    buckets = np.array([hash_char_ngrams(to_code_points(g))[0] for g in grams])
    cm = np.zeros((len(texts), len(grams)))
    for r, t in enumerate(normalised):
        b = hash_char_ngrams(to_code_points(t))
        if len(b):
            cm[r] = np.bincount(b, minlength=1 << HASH_BITS)[buckets] / len(b)
    return {
        "name": f"{lang}-{genre}",
        "lang": lang,
        "n_texts": len(texts),
        "words": words,
        "word_mean": sig(wm.mean(0)),
        "word_sd": sig(wm.std(0) + 1e-6),
        "n_function_words": N_FUNCTION_WORDS,
        "char_ngrams": grams,
        "char_mean": sig(cm.mean(0)),
        "char_sd": sig(cm.std(0) + 1e-6),
    }


def fit_logistic(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None, l2: float = L2
) -> tuple[np.ndarray, float]:
    """Return (coefficients, intercept) of an L2-regularised weighted logistic regression.

    Newton's method; `weights` (one per trial, default 1) let each genre count equally.
    """
    sw = np.ones(len(x)) if weights is None else weights * len(x) / weights.sum()
    xa = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xa.shape[1])
    penalty = np.full(xa.shape[1], l2 * len(x))
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(xa @ w)))
        grad = xa.T @ (sw * (p - y)) + penalty * w
        hess = (xa * (sw * p * (1 - p))[:, None]).T @ xa + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def weigh_files(files: list[str]) -> np.ndarray:
    """Return per-trial weights 1/(trials of its file): every dev file counts equally."""
    sizes = {f: files.count(f) for f in set(files)}
    return np.array([1.0 / sizes[f] for f in files])


def c_at_1(scores: np.ndarray, labels: np.ndarray) -> float:
    """Return c@1 (Peñas & Rodrigo 2011): accuracy that credits answering exactly 0.5."""
    n = len(scores)
    undecided = scores == 0.5
    correct = ((scores > 0.5) == labels) & ~undecided
    return float((correct.sum() + undecided.sum() * correct.sum() / n) / n)


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Return ROC AUC by the rank-sum formula, ties counted half."""
    s = np.asarray(scores, float)
    y = np.asarray(labels, bool)
    greater = (s[y][:, None] > s[~y][None, :]).sum()
    ties = (s[y][:, None] == s[~y][None, :]).sum()
    return float((greater + 0.5 * ties) / (y.sum() * (~y).sum()))


def choose_band(probs: np.ndarray, labels: np.ndarray) -> float:
    """Return the undecided half-width around 0.5 that maximises c@1 on training trials."""
    best, best_c = 0.0, -1.0
    for band in np.arange(0.0, 0.21, 0.01):
        s = np.where(np.abs(probs - 0.5) <= band, 0.5, probs)
        c = c_at_1(s, labels)
        if c > best_c + 1e-9:
            best, best_c = float(band), c
    return best
