"""Statistics of a pool of texts of one register, and similarities read against impostors.

Cosine Delta needs the mean and spread of every feature in the register being compared:
statistics of another register leave that register in both z-vectors and make every pair
look alike. A pool of unlabelled texts of the same register (all texts of a trial file, or
all people's texts in a workspace) gives those statistics. The raw similarity is then read
against impostors, as speaker verification does (Z-norm and T-norm): how alike are her
texts and other people's texts (the draft's side), and the draft and other people's
profiles (her side)? A pair is "alike" only when it is more alike than those.
See docs/decisions/0002-fit-score.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from treffsicher.core.fingerprint import (
    HASH_BITS,
    TextCounts,
    count_text,
    normalise_text,
    vectorise_counts,
)
from treffsicher.core.weights import Null, Reference

POOL_WORDS = 1500  # the pool's most frequent words: 300 function words, then vocabulary
POOL_FUNCTION_WORDS = 300
POOL_CHAR_NGRAMS = 8000  # the pool's most frequent character 4-grams
SD_FLOOR = 1e-6
PRIOR_PEOPLE = 4.0  # a workspace pool of n people weighs n / (n + 4) against the reference
PRIOR_TRIALS = 8.0  # the shipped null distribution counts as 8 impostor similarities
SAMPLE_WORDS = 400  # a person's texts are cut into samples of about a draft's length
MAX_SAMPLES = 12  # per person: enough for a spread, bounded work per check


def build_pool_reference(counts: Sequence[TextCounts], lang: str, name: str = "pool") -> Reference:
    """Return reference statistics of an unlabelled pool of texts (see measure_pool)."""
    return measure_pool(counts, lang, name)[0]


def measure_pool(
    counts: Sequence[TextCounts], lang: str, name: str = "pool"
) -> tuple[Reference, npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Return reference statistics of an unlabelled pool of texts (features from the pool),
    with every text's word and character frequency rows under it.

    The features are the pool's most frequent words and character 4-grams; a 4-gram is
    known only by its hash bucket here (its name is the bucket number), which is all that
    counting a text needs.
    """
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c.words)
    words = tuple(w for w, _ in total.most_common(POOL_WORDS))
    everything = np.concatenate([c.buckets for c in counts]) if counts else np.zeros(0, np.intp)
    frequency = np.bincount(everything, minlength=1 << HASH_BITS)
    nonzero = np.flatnonzero(frequency)
    top = nonzero[np.argsort(-frequency[nonzero], kind="stable")][:POOL_CHAR_NGRAMS]
    lookup = np.full(1 << HASH_BITS, -1, dtype=np.int32)
    lookup[top] = np.arange(len(top), dtype=np.int32)
    empty = np.zeros(0)
    shell = Reference(
        name=name,
        lang=lang,
        words=words,
        word_mean=empty,
        word_sd=empty,
        n_function_words=min(POOL_FUNCTION_WORDS, len(words)),
        char_ngrams=tuple(str(b) for b in top),
        char_mean=empty,
        char_sd=empty,
        char_lookup=lookup,
    )
    word_rows, char_rows = vectorise_all(counts, shell)
    reference = replace(
        shell,
        word_mean=word_rows.mean(0),
        word_sd=word_rows.std(0) + SD_FLOOR,
        char_mean=char_rows.mean(0),
        char_sd=char_rows.std(0) + SD_FLOOR,
    )
    return reference, word_rows, char_rows


def vectorise_all(
    counts: Sequence[TextCounts], reference: Reference
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Return the word and character frequency rows of every text under `reference`."""
    words = np.zeros((len(counts), len(reference.words)))
    chars = np.zeros((len(counts), len(reference.char_ngrams)))
    for row, c in enumerate(counts):
        words[row], chars[row] = vectorise_counts(c, reference)
    return words, chars


def blend_reference(
    reference: Reference, counts: Sequence[TextCounts], weights: Sequence[float], people: int
) -> Reference:
    """Return `reference` with its statistics moved towards a workspace pool's.

    Each pool text has a weight (1 / samples of its person, so every person counts the
    same); the pool weighs people / (people + PRIOR_PEOPLE) against the shipped statistics,
    on the shipped features (her stored fingerprint holds exactly those).
    """
    if not counts or people < 1:
        return reference
    words, chars = vectorise_all(counts, reference)
    w = np.asarray(weights, dtype=np.float64)
    w = w / w.sum()
    share = people / (people + PRIOR_PEOPLE)

    def mix(
        rows: npt.NDArray[np.float64], mean: npt.NDArray[np.float64], sd: npt.NDArray[np.float64]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        pool_mean = w @ rows
        pool_var = w @ (rows - pool_mean) ** 2
        mixed = share * pool_mean + (1 - share) * mean
        var = share * (pool_var + (pool_mean - mixed) ** 2)
        var += (1 - share) * (sd**2 + (mean - mixed) ** 2)
        return mixed, np.sqrt(var) + SD_FLOOR

    word_mean, word_sd = mix(words, reference.word_mean, reference.word_sd)
    char_mean, char_sd = mix(chars, reference.char_mean, reference.char_sd)
    return replace(
        reference, word_mean=word_mean, word_sd=word_sd, char_mean=char_mean, char_sd=char_sd
    )


def normalise_similarity(
    sim: float, impostors: npt.NDArray[np.float64], prior: Null | None
) -> float:
    """Return how many spreads `sim` lies above the similarities to impostors.

    With a prior (the shipped null distribution of the reference), the impostors' mean and
    spread are shrunk towards it by PRIOR_TRIALS pseudo-observations: two impostors say
    little, two hundred say nearly everything.
    """
    n = float(len(impostors))
    if prior is None and n < 2:
        return 0.0
    mean = float(impostors.mean()) if n else 0.0
    var = float(impostors.var()) if n else 0.0
    if prior is not None:
        k = PRIOR_TRIALS
        mixed = (n * mean + k * prior.mean) / (n + k)
        var = (n * (var + (mean - mixed) ** 2) + k * (prior.sd**2 + (prior.mean - mixed) ** 2)) / (
            n + k
        )
        mean = mixed
    return float((sim - mean) / max(var**0.5, 1e-3))


def cut_samples(
    texts: Sequence[str], size: int = SAMPLE_WORDS, limit: int = MAX_SAMPLES
) -> list[str]:
    """Return a person's texts cut into samples of about `size` words, at most `limit`.

    Texts are joined in order and cut at word boundaries; when there are more samples than
    `limit`, evenly spaced ones are kept (the same ones every time).
    """
    words = normalise_text(" ".join(texts)).split(" ")
    samples = [" ".join(words[i : i + size]) for i in range(0, len(words), size)]
    samples = [s for s in samples if len(s.split(" ")) >= size // 2]
    if len(samples) > limit:
        step = len(samples) / limit
        samples = [samples[int(i * step)] for i in range(limit)]
    return samples


def count_samples(samples: Sequence[str]) -> list[TextCounts]:
    """Return the counts of each sample."""
    return [count_text(s) for s in samples]
