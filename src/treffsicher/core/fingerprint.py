"""Stylometric fingerprint for the fit score: word and character n-gram frequencies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.models import Fingerprint

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from treffsicher.core.weights import Reference

# numpy is imported by the functions that count (speed: importing it costs ~0.06–0.1 s, and
# a process that only reads a stored profile imports this module without counting).

# Words for the fingerprint: runs of letters, lower-cased. Digits are left out on purpose
#: numbers say what a text is about, not how its author writes.
WORD_RE = re.compile(r"[^\W\d_]+")

CHAR_N = 4  # character 4-grams: the classic PAN/Stamatatos choice for style
MAX_WORDS = 1000  # her own most frequent words kept besides the reference words
MAX_CHAR_NGRAMS = 3000  # her top n-grams kept for a language without reference lists
# 2**20 buckets: a non-reference n-gram lands in one of 8,000 reference buckets with p < 1 %;
# the reference statistics were counted through the same hashing, so that noise is in them.
HASH_BITS = 20
# As Python ints (numpy is not imported yet); numpy takes them as uint64 in arithmetic with
# uint64 arrays, and hash_char_ngrams converts them.
HASH_MULT = 0x9E3779B97F4A7C15  # Fibonacci hashing multiplier
HASH_BASE = 0x100000001B3  # FNV prime as polynomial base
TEXT_SEPARATOR = " "  # texts joined for n-grams: a space, as between sentences
CHUNK_CHARS = 1 << 14  # characters hashed at a time (count_buckets; see there)


Vectors: TypeAlias = "tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]"


@dataclass(frozen=True)
class TextCounts:
    """Word counts and hashed character n-grams of one text, counted once for all genres."""

    words: Counter[str]
    n_words: int
    buckets: npt.NDArray[np.intp]


def normalise_text(text: str) -> str:
    """Return `text` with every run of whitespace folded to one space, stripped."""
    # str.split() splits on exactly the characters re's \s matches, at about 3x the speed.
    return " ".join(text.split())


def list_words(text: str) -> list[str]:
    """Return the lower-cased letter words of `text` in order."""
    return WORD_RE.findall(text.lower())


def count_words(texts: Iterable[str]) -> Counter[str]:
    """Return how often each lower-cased word occurs over all `texts`."""
    # Speed: letters are never whitespace, so words lie within whitespace-separated chunks.
    # Chunks repeat far more than they vary: count them in C first, then take the regex
    # once per distinct chunk. Chunks keep their first-seen order, and so do the words
    # (their first chunk holds their first use), so ties in most_common stay the same.
    chunks: Counter[str] = Counter()
    for text in texts:
        chunks.update(text.lower().split())
    counts: Counter[str] = Counter()
    for chunk, n in chunks.items():
        for word in WORD_RE.findall(chunk):
            counts[word] += n
    return counts


def _split_count(texts: Sequence[str], counts: dict[str, int]) -> str:
    """The whitespace-separated chunks of all `texts`, joined by TEXT_SEPARATOR (each text
    normalised, the texts joined), with each chunk's count added to `counts` (new chunks in
    first-seen order). The twin of the compiled split_count (one pass, no lists)."""
    normalised = []
    for text in texts:
        parts = text.split()
        if parts:
            normalised.append(" ".join(parts))
            for part in parts:
                counts[part] = counts.get(part, 0) + 1
    return TEXT_SEPARATOR.join(normalised)


def count_chunk_words(chunks: Counter[str]) -> Counter[str]:
    """count_words of texts, given how often each whitespace-separated chunk of them occurs
    (as cased in the texts; a Counter in first-seen order).

    Lower-casing a chunk gives the chunk of the lower-cased text (lower() neither makes
    nor removes whitespace, and its context rule, the final sigma, stops at whitespace), so
    this is count_words, in the same order, without lower-casing and splitting the texts
    once more (speed: compute_fingerprint splits them to normalise them anyway).
    """
    counts: Counter[str] = Counter()
    for chunk, n in chunks.items():
        for word in WORD_RE.findall(chunk.lower()):
            counts[word] += n
    return counts


def to_code_points(text: str) -> npt.NDArray[np.uint64]:
    """Return the Unicode code points of `text` as a uint64 array (cheap, no Python loop)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def hash_char_ngrams(code_points: npt.NDArray[np.uint64], n: int = CHAR_N) -> npt.NDArray[np.intp]:
    """Return one bucket index in [0, 2**HASH_BITS) per character n-gram of the text.

    A polynomial hash over the code points, spread by Fibonacci hashing; uint64 arithmetic
    wraps around, which is what we want here.
    """
    import numpy as np

    if len(code_points) < n:
        return np.zeros(0, dtype=np.intp)
    # In place (speed): no temporary array per step; the first product makes the array.
    size = len(code_points) - n + 1
    base, mult = np.uint64(HASH_BASE), np.uint64(HASH_MULT)
    with np.errstate(over="ignore"):
        h = np.multiply(code_points[:size], base if n > 1 else mult)
        for k in range(1, n):
            np.add(h, code_points[k : size + k], out=h)
            np.multiply(h, base if k < n - 1 else mult, out=h)
    np.right_shift(h, np.uint64(64 - HASH_BITS), out=h)
    # The buckets are below 2**HASH_BITS: as signed integers of the same width they are
    # the same numbers, so a view will do where intp is 64 bits wide (no copy).
    return h.view(np.intp) if np.dtype(np.intp).itemsize == h.itemsize else h.astype(np.intp)


def count_buckets(text: str, n: int = CHAR_N) -> tuple[npt.NDArray[np.int64], int]:
    """Return how many character n-grams of `text` fall into each of the 2**HASH_BITS
    buckets of hash_char_ngrams, and the number of n-grams.

    Hashed in slices of CHUNK_CHARS that overlap by n - 1 characters (speed: the arrays
    stay small and in cache instead of a few hundred MB for a long text; slices of 2**14
    characters keep each temporary array near 128 KiB, where the allocator reuses memory:
    2**18 took 2.5x as long, most of it the kernel handing out fresh pages).
    """
    import numpy as np

    counts = np.zeros(1 << HASH_BITS, dtype=np.int64)
    if _speedups is not None:  # the same hash, one pass, no arrays (compiled)
        return counts, _speedups.count_ngrams(text, n, HASH_BASE, HASH_MULT, HASH_BITS, counts)
    n_grams = max(len(text) - n + 1, 0)
    for start in range(0, n_grams, CHUNK_CHARS):
        piece = text[start : min(start + CHUNK_CHARS, n_grams) + n - 1]
        # Counted in place (speed: bincount made and added a 2**HASH_BITS array per slice).
        np.add.at(counts, hash_char_ngrams(to_code_points(piece), n), 1)
    return counts, n_grams


def count_char_ngrams(text: str, n: int = CHAR_N, top: int = MAX_CHAR_NGRAMS) -> dict[str, int]:
    """Return the `top` most frequent character n-grams of `text` with their counts.

    Counting runs over hashed buckets in numpy; each kept bucket is named by the first
    n-gram that fell into it (a rare collision merges two n-grams, which is harmless here).
    """
    import numpy as np

    code_points = to_code_points(text)
    buckets = hash_char_ngrams(code_points, n)
    if len(buckets) == 0:
        return {}
    counts = np.bincount(buckets, minlength=1 << HASH_BITS)
    first = np.full(1 << HASH_BITS, -1, dtype=np.intp)
    first[buckets[::-1]] = np.arange(len(buckets) - 1, -1, -1, dtype=np.intp)
    nonzero = np.flatnonzero(counts)
    order = nonzero[np.argsort(-counts[nonzero], kind="stable")][:top]
    return {text[first[b] : first[b] + n]: int(counts[b]) for b in order}


def count_reference_ngrams(
    buckets: npt.NDArray[np.intp], reference: Reference
) -> npt.NDArray[np.int64]:
    """Return how often each of the reference's character n-grams occurs among `buckets`."""
    import numpy as np

    index = reference.char_lookup[buckets]
    return np.bincount(index[index >= 0], minlength=len(reference.char_ngrams))


def count_reference_buckets(
    bucket_counts: npt.NDArray[np.int64], reference: Reference
) -> npt.NDArray[np.int64]:
    """Return how often each of the reference's character n-grams occurs, from the counts
    per bucket (count_buckets); the same as count_reference_ngrams on the buckets."""
    import numpy as np

    index = reference.char_lookup
    hit = np.flatnonzero(index >= 0)
    found = np.zeros(len(reference.char_ngrams), dtype=np.int64)
    np.add.at(found, index[hit], bucket_counts[hit])
    return found


def compute_fingerprint(
    texts: Sequence[str], lang: str, *, references: Sequence[Reference] | None = None
) -> Fingerprint:
    """Relative frequencies of words and character 4-grams over `texts`.

    word_freqs holds every word of the fit score's reference lists for `lang` (one per
    genre) that she uses, plus her own most frequent words (up to MAX_WORDS more);
    char_ngram_freqs holds the reference lists' character 4-grams she uses. For a language
    without reference data both hold her most frequent items. `references` overrides the
    shipped ones (cross-validation in bench/). Frequencies are relative to all her words /
    4-grams, so core.verification can score a draft from the stored fingerprint alone.
    """
    import numpy as np

    # Imported here: core.weights builds on this module's hashing (import cycle otherwise).
    from treffsicher.core.weights import has_reference, load_references

    chunks: Counter[str] = Counter()
    # normalise_text of each text, joined, keeping the chunks for count_chunk_words
    joined = (_split_count if _speedups is None else _speedups.split_count)(texts, chunks)
    words = count_chunk_words(chunks)
    n_words = sum(words.values())
    if n_words == 0:
        return Fingerprint(n_words=0)
    if references is None and not has_reference(lang):
        n_all = max(len(joined) - CHAR_N + 1, 1)
        return Fingerprint(
            n_words=n_words,
            word_freqs={w: c / n_words for w, c in words.most_common(MAX_WORDS)},
            char_ngram_freqs={g: c / n_all for g, c in count_char_ngrams(joined).items()},
        )
    references = references or load_references(lang)
    word_freqs: dict[str, float] = {}
    for reference in references:
        word_freqs.update({w: words[w] / n_words for w in reference.words if w in words})
    for w, c in words.most_common(MAX_WORDS):
        word_freqs.setdefault(w, c / n_words)
    bucket_counts, n_grams = count_buckets(joined)
    n_grams = max(n_grams, 1)
    char_freqs: dict[str, float] = {}
    for reference in references:
        found = count_reference_buckets(bucket_counts, reference)
        grams = reference.char_ngrams
        char_freqs.update({grams[i]: float(found[i]) / n_grams for i in np.flatnonzero(found)})
    return Fingerprint(n_words=n_words, word_freqs=word_freqs, char_ngram_freqs=char_freqs)


def count_text(text: str) -> TextCounts:
    """Return the word counts and character n-gram buckets of one text after normalising."""
    return count_normalised(normalise_text(text))


def count_normalised(normalised: str) -> TextCounts:
    """Return the word counts and character n-gram buckets of an already normalised text."""
    words = count_words([normalised])
    return TextCounts(words, sum(words.values()), hash_char_ngrams(to_code_points(normalised)))


def vectorise_counts(counts: TextCounts, reference: Reference) -> Vectors:
    """Return (word, character) relative-frequency vectors of a text in reference order."""
    import numpy as np

    words = np.zeros(len(reference.words))
    index = reference.word_index
    for w, c in counts.words.items():
        i = index.get(w)
        if i is not None:
            words[i] = c
    chars = count_reference_ngrams(counts.buckets, reference).astype(np.float64)
    return words / max(counts.n_words, 1), chars / max(len(counts.buckets), 1)


def vectorise_fingerprint(fingerprint: Fingerprint, reference: Reference) -> Vectors:
    """Return (word, character) frequency vectors of a fingerprint in reference order."""
    import numpy as np

    wf = fingerprint.word_freqs
    cf = fingerprint.char_ngram_freqs
    words = np.array([wf.get(w, 0.0) for w in reference.words], dtype=np.float64)
    chars = np.array([cf.get(g, 0.0) for g in reference.char_ngrams], dtype=np.float64)
    return words, chars
