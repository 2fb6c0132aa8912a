"""Learned parameters of the fit score (JSON package data) and their loading.

reference-<lang>-<genre>.json: the most frequent words and character 4-grams of one genre
with the mean and standard deviation of their relative frequencies across texts; made by
bench/fitscore/make_weights.py from the known texts of the public dev corpora (no text is
shipped, only these statistics). model.json: the logistic model over the similarities.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from treffsicher.core.fingerprint import (
    CHAR_N,
    HASH_BASE,
    HASH_BITS,
    HASH_MULT,
    hash_char_ngrams,
    to_code_points,
)
from treffsicher.errors import InputError

WEIGHTS_PACKAGE = __name__


@dataclass(frozen=True)
class Reference:
    """Reference statistics of one language and genre: features, mean and spread."""

    name: str  # "<lang>-<genre>", e.g. "en-email"
    lang: str
    words: tuple[str, ...]
    word_mean: npt.NDArray[np.float64]
    word_sd: npt.NDArray[np.float64]
    n_function_words: int  # the first n words count as function words, the rest vocabulary
    char_ngrams: tuple[str, ...]
    char_mean: npt.NDArray[np.float64]
    char_sd: npt.NDArray[np.float64]
    # bucket of a hashed character n-gram -> index into char_ngrams, or -1 (fast counting)
    char_lookup: npt.NDArray[np.int32]

    @cached_property
    def word_index(self) -> dict[str, int]:
        """Return each reference word's position (fast counting)."""
        return {w: i for i, w in enumerate(self.words)}


@dataclass(frozen=True)
class Null:
    """Mean and standard deviation of one view's similarity between different people."""

    mean: float
    sd: float


@dataclass(frozen=True)
class ScoreModel:
    """Logistic model over the normalised similarities, plus the undecided band around 0.5.

    `nulls` holds per reference genre and view how alike texts of different people
    typically are: the prior that a workspace's own impostors refine.
    """

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    centre: tuple[float, ...]  # mean feature value on the training trials (for contributions)
    undecided_band: float
    nulls: dict[str, dict[str, Null]] = field(default_factory=dict)
    # Per number of other people in a workspace (at least that many): (a, b) of
    # logit(p') = a + b·logit(p), fitted on workspaces simulated from the dev trials.
    workspace: dict[int, tuple[float, float]] = field(default_factory=dict)


def make_reference(data: dict[str, Any]) -> Reference:
    """Return a Reference from its JSON form (see bench/fitscore/make_weights.py)."""
    grams = tuple(data["char_ngrams"])
    lookup = np.full(1 << HASH_BITS, -1, dtype=np.int32)
    buckets = hash_grams(grams)
    # Reversed, so that on a (rare) hash collision the more frequent n-gram keeps the bucket.
    for index in range(len(grams) - 1, -1, -1):
        lookup[buckets[index]] = index
    return Reference(
        name=data["name"],
        lang=data["lang"],
        words=tuple(data["words"]),
        word_mean=np.asarray(data["word_mean"], dtype=np.float64),
        word_sd=np.asarray(data["word_sd"], dtype=np.float64),
        n_function_words=int(data["n_function_words"]),
        char_ngrams=grams,
        char_mean=np.asarray(data["char_mean"], dtype=np.float64),
        char_sd=np.asarray(data["char_sd"], dtype=np.float64),
        char_lookup=lookup,
    )


def hash_grams(grams: tuple[str, ...]) -> list[int]:
    """Return the hash bucket of each character n-gram, as hash_char_ngrams gives it for the
    n-gram alone (all n-grams of CHAR_N characters hashed in one numpy pass)."""
    if not grams or any(len(g) != CHAR_N for g in grams):
        return [int(hash_char_ngrams(to_code_points(g), CHAR_N)[0]) for g in grams]
    codes = to_code_points("".join(grams)).reshape(len(grams), CHAR_N)
    with np.errstate(over="ignore"):
        h = codes[:, 0].copy()
        for k in range(1, CHAR_N):
            h = h * HASH_BASE + codes[:, k]
        found = (h * HASH_MULT) >> np.uint64(64 - HASH_BITS)
    return [int(b) for b in found]


def make_model(data: dict[str, Any]) -> ScoreModel:
    """Return a ScoreModel from its JSON form."""
    return ScoreModel(
        features=tuple(data["features"]),
        coef=tuple(float(c) for c in data["coef"]),
        intercept=float(data["intercept"]),
        centre=tuple(float(c) for c in data["centre"]),
        undecided_band=float(data["undecided_band"]),
        nulls={
            genre: {view: Null(float(m), float(sd)) for view, (m, sd) in views.items()}
            for genre, views in data.get("nulls", {}).items()
        },
        workspace={int(k): (float(a), float(b)) for k, (a, b) in data.get("workspace", {}).items()},
    )


def read_weights(name: str) -> dict[str, Any]:
    """Return the parsed JSON file `name` from this package."""
    text = resources.files(WEIGHTS_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=8)
def list_reference_files(lang: str) -> tuple[str, ...]:
    """Return the names of the shipped reference files for `lang` (one per genre)."""
    prefix = f"reference-{lang}-"
    names = (p.name for p in resources.files(WEIGHTS_PACKAGE).iterdir())
    return tuple(sorted(n for n in names if n.startswith(prefix) and n.endswith(".json")))


def has_reference(lang: str) -> bool:
    """Return whether reference statistics for `lang` ship with the package."""
    return bool(list_reference_files(lang))


@lru_cache(maxsize=4)
def load_references(lang: str) -> tuple[Reference, ...]:
    """Return the shipped References for `lang`, one per genre; InputError if none."""
    files = list_reference_files(lang)
    if not files:
        raise InputError(f"Für die Sprache {lang!r} gibt es keine Referenzdaten.")
    return tuple(make_reference(read_weights(name)) for name in files)


@lru_cache(maxsize=1)
def load_model() -> ScoreModel:
    """Return the shipped ScoreModel (one for all languages)."""
    return make_model(read_weights("model.json"))
