"""Feature families "length" and "vocabulary": sentence and word length, lexical variety.

This family also writes the base counts every other family may divide by: "words" (WORD
tokens), "sentences" and "sentence_words" (the sentences proper and their words), and fills
`stats.sentence_lengths`.

A line fragment is no sentence: up to FRAGMENT_MAX_WORDS words without . ! ? or … at the
end — greeting and sign-off lines ("Hallo Anna," / "Liebe Grüße" / "Johanna"), headings
("Über mich"). They would pull sentence length down in mails but not in web copy, so they
are left out of sentence length and readability; their words still count as words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from itertools import compress, repeat
from operator import le, lt

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.features.base import (
    UNIT_CHARACTERS,
    UNIT_SHARE,
    UNIT_WORDS,
    FeatureSpec,
    PassageStats,
    PreparedText,
    make_spec,
    ratio,
)
from treffsicher.core.models import EMOJI, EMOTICON

LANGUAGES = ("de", "en")
LONG_SENTENCE_WORDS = 25  # "share of sentences over 25 words"
LONG_WORD_RE = re.compile(r"\S{7,}")  # LIX: a long word has more than six letters
LONG_WORD_MIN_CHARS = 7
MTLD_THRESHOLD_PERCENT = 72  # McCarthy & Jarvis (2010): factor ends when TTR falls to 0.72
MIN_MTLD_WORDS = 50  # MTLD of shorter passages is mostly the partial factor: too unstable
FRAGMENT_MAX_WORDS = 4
FRAGMENT_WORDS = frozenset(range(1, FRAGMENT_MAX_WORDS + 1))
END_MARK_RE = re.compile(r"[.!?…]")
END_MARK_CHARS = ".!?…"  # those of END_MARK_RE
# Tokens after the end mark that still belong to a sentence: "Kommst du? 🙂", "(echt?)".
TRAILING_KINDS = frozenset({EMOJI, EMOTICON})
TRAILING_TEXTS = frozenset({'"', "“", "”", "«", "»", "‘", "’", "'", ")", "]", "*"})


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of non-empty sorted values, interpolating linearly.

    Same as numpy's default ("linear", Hyndman & Fan type 7).
    """
    pos = (len(sorted_values) - 1) * q
    low = math.floor(pos)
    high = min(low + 1, len(sorted_values) - 1)
    frac = pos - low
    return float(sorted_values[low] + (sorted_values[high] - sorted_values[low]) * frac)


def _median_length(_counts: Mapping[str, float], lengths: Sequence[int]) -> float | None:
    """Median words per sentence, or None without sentences."""
    if not lengths:
        return None
    return quantile(sorted(lengths), 0.5)


def _iqr_length(_counts: Mapping[str, float], lengths: Sequence[int]) -> float | None:
    """Interquartile range of words per sentence (Q3 − Q1); None under 4 sentences."""
    if len(lengths) < 4:
        return None
    ordered = sorted(lengths)
    return quantile(ordered, 0.75) - quantile(ordered, 0.25)


def compute_mtld(words: Sequence[str]) -> float | None:
    """MTLD of lowercased words: mean length of runs that keep their type-token ratio > 0.72.

    McCarthy & Jarvis (2010), "MTLD, vocd-D, and HD-D", Behavior Research Methods 42(2):
    bidirectional (mean of the forward and backward pass), partial factor at the end.
    None for fewer than MIN_MTLD_WORDS words.
    """
    if len(words) < MIN_MTLD_WORDS:
        return None
    if _speedups is not None:  # the same loops in C (docs/decisions/0025-compiled-scanner.md)
        forward, backward = _speedups.mtld_both(words, MTLD_THRESHOLD_PERCENT)
    else:
        forward = _mtld_pass(words)
        backward = _mtld_pass(words[::-1])
    return (forward + backward) / 2


def _mtld_pass(words: Sequence[str]) -> float:
    """One direction of MTLD: number of words divided by the number of factors.

    Same result as checking the TTR after every word, with fewer operations per word:
    `excess` is 100·types − 72·words of the current factor, so the TTR is at or below
    0.72 exactly when excess <= 0. A new word raises the TTR (excess += 28), so only a
    repeated word (excess −= 72) can end a factor (profile speed).
    """
    drop = MTLD_THRESHOLD_PERCENT  # local names: the loop runs once per word
    keep = 100 - drop
    factors = 0.0
    seen: set[str] = set()
    add = seen.add
    excess = 0
    for w in words:
        if w not in seen:
            add(w)
            excess += keep
        else:
            excess -= drop
            if excess <= 0:
                factors += 1.0
                seen = set()
                add = seen.add
                excess = 0
    types = len(seen)
    if types:
        count = (100 * types - excess) // MTLD_THRESHOLD_PERCENT  # words of the partial factor
        ttr = types / count
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD_PERCENT / 100)
    n = len(words)
    if factors <= 0.0:
        return float(n)  # every word new: variety as high as the text is long
    return n / factors


SPECS: tuple[FeatureSpec, ...] = (
    make_spec(
        "sentence_length_words_median",
        UNIT_WORDS,
        "length",
        _median_length,
        "sentences",
    ),
    make_spec(
        "sentence_length_words_mean",
        UNIT_WORDS,
        "length",
        lambda c, _l: ratio(c, "sentence_words", "sentences"),
        "sentences",
    ),
    make_spec(
        "sentence_length_words_iqr",
        UNIT_WORDS,
        "length",
        _iqr_length,
        "sentences",
    ),
    make_spec(
        "long_sentences_share",
        UNIT_SHARE,
        "length",
        lambda c, _l: ratio(c, "sentences_over_25", "sentences"),
        "sentences",
    ),
    make_spec(
        "word_length_characters_mean",
        UNIT_CHARACTERS,
        "length",
        lambda c, _l: ratio(c, "word_characters", "words"),
    ),
    make_spec(
        "long_words_share",
        UNIT_SHARE,
        "length",
        lambda c, _l: ratio(c, "long_words", "words"),
    ),
    make_spec(
        "lexical_variety_mtld_words",
        UNIT_WORDS,
        "vocabulary",
        lambda c, _l: ratio(c, "mtld_x_words", "mtld_words"),
        "mtld_words",
    ),
)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add words, sentences, sentence lengths, word lengths and MTLD counts to stats."""
    word_indices = prepared.word_indices
    fragments = list_fragments(prepared)
    kept = prepared.sentence_words
    if fragments:
        kept = kept.copy()
        for s in fragments:
            kept[s] = 0  # a fragment has words but is no sentence
    lengths = list(filter(None, kept))  # the sentences with words, filtered in C
    stats.sentence_lengths.extend(lengths)
    n_words = len(word_indices)
    characters, long_words = count_lengths(prepared.word_texts)
    stats.add_counts(
        (
            ("words", n_words),
            ("sentences", len(lengths)),
            ("sentence_words", sum(lengths)),
            ("fragments", len(fragments)),
            ("sentences_over_25", sum(map(lt, repeat(LONG_SENTENCE_WORDS), lengths))),
            ("word_characters", characters),
            ("long_words", long_words),
        )
    )
    mtld = compute_mtld(prepared.words)
    if mtld is not None:
        stats.add("mtld_x_words", mtld * n_words)
        stats.add("mtld_words", n_words)
    _add_sentence_examples(prepared, stats, lengths, fragments)


def count_lengths(words: list[str]) -> tuple[int, int]:
    """The words' characters and their long words (LONG_WORD_RE's matches in the words
    joined by spaces); one pass in C where it is built (profile speed)."""
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        return _speedups.length_counts(words, LONG_WORD_MIN_CHARS)
    chars = list(map(len, words))
    # Only words of seven or more characters can hold a long word: filter them in C first.
    # operator.le with repeat: a C function, cheaper than the bound int.__le__.
    longer = compress(words, map(le, repeat(LONG_WORD_MIN_CHARS), chars))
    return sum(chars), count_long_runs(" ".join(longer))


def count_long_runs(text: str) -> int:
    """len(LONG_WORD_RE.findall(text)), counted without the regex: its matches are the runs
    of non-space characters of LONG_WORD_MIN_CHARS or more, which str.split() gives (both
    take a space to be what str.isspace() says), and a split in C is cheaper than the scan.
    """
    return sum(map(le, repeat(LONG_WORD_MIN_CHARS), map(len, text.split())))


def list_fragments(prepared: PreparedText) -> set[int]:
    """Indices of sentences that are line fragments (see module docstring), not sentences.

    In C where it is built (profile speed); there a sentence's first token is where
    sentence_of changes (sentences hold the tokens one after the other).
    """
    doc = prepared.doc
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        return set(
            _speedups.fragment_sentences(
                prepared.sentence_words,
                prepared.sentence_end_tokens,
                prepared.sentence_of,
                doc.kinds,
                doc.texts,
                FRAGMENT_MAX_WORDS,
                TRAILING_KINDS,
                TRAILING_TEXTS,
                END_MARK_CHARS,
            )
        )
    texts = doc.texts
    kinds = doc.kinds
    fragments: set[int] = set()
    sentence_words = prepared.sentence_words
    short = map(FRAGMENT_WORDS.__contains__, sentence_words)
    for s in compress(range(len(sentence_words)), short):
        sentence = doc.sentences[s]
        i = sentence.end_token - 1
        while i > sentence.first_token and (
            kinds[i] in TRAILING_KINDS or texts[i] in TRAILING_TEXTS
        ):
            i -= 1
        if not END_MARK_RE.search(texts[i]):
            fragments.add(s)
    return fragments


def closest_to_median(lengths: Sequence[int]) -> set[int]:
    """The lengths closest to the median of non-empty `lengths`.

    The median (quantile 0.5) is the middle length, or halfway between the two middle
    ones: then both are equally close and no length lies between them. So the closest are
    the one or two in the middle, found without a gap per distinct length.
    """
    ordered = sorted(lengths)
    return {ordered[(len(ordered) - 1) // 2], ordered[len(ordered) // 2]}


def _add_sentence_examples(
    prepared: PreparedText, stats: PassageStats, lengths: list[int], fragments: set[int]
) -> None:
    """Record a sentence of typical length and the long sentences as examples."""
    if not lengths:
        return
    sentences = prepared.doc.sentences
    sentence_words = prepared.sentence_words
    if stats.wants_example("long_sentences_share"):
        # Fragments have at most FRAGMENT_MAX_WORDS words, so a long sentence is never one.
        long = compress(sentences, map(lt, repeat(LONG_SENTENCE_WORDS), sentence_words))
        stats.add_examples("long_sentences_share", ((sent.start, sent.end) for sent in long))
    typical_names = ("sentence_length_words_median", "sentence_length_words_mean")
    if not any(map(stats.wants_example, typical_names)):
        return
    # The first sentence (no fragment) whose length is closest to the median.
    closest = closest_to_median(lengths)
    best = next(
        s
        for s in compress(range(len(sentence_words)), map(closest.__contains__, sentence_words))
        if s not in fragments
    )
    typical = sentences[best]
    for name in typical_names:
        stats.add_example(name, typical.start, typical.end)
