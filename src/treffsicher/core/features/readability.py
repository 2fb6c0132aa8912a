"""Feature family "readability": Flesch-Amstad, Wiener Sachtextformel, Flesch, LIX.

All scores come from pooled additive counts, so a profile's score is that of all her text
taken together. This family counts syllables ("syllables", "polysyllabic_words" with three
or more, "monosyllabic_words"); "words", "sentences" and "long_words" come from the
lexical family, which always runs with it (core.features registry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import compress, repeat
from operator import le

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.features.base import (
    UNIT_SCORE,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ValueFunction,
)
from treffsicher.core.syllables import sum_syllables

MIN_EXAMPLE_WORDS = 6  # a shorter sentence says little about readability
END_MARK_RE = re.compile(r"[.!?…]")
END_MARKS = frozenset(".!?…")  # a last token that is one of them needs no regex
END_MARK_CHARS = "".join(sorted(END_MARKS))


def _averages(counts: Mapping[str, float]) -> tuple[float, float, float] | None:
    """(words, words per sentence, syllables per word), or None without words/sentences.

    Words per sentence counts sentences proper (no greeting lines or headings, see
    lexical.py); syllables per word counts all words.
    """
    words = counts.get("words", 0.0)
    sentences = counts.get("sentences", 0.0)
    if words <= 0 or sentences <= 0:
        return None
    asl = counts.get("sentence_words", words) / sentences
    return words, asl, counts.get("syllables", 0.0) / words


def flesch_amstad(counts: Mapping[str, float], _lengths: Sequence[int] = ()) -> float | None:
    """Flesch reading ease for German: 180 − ASL − 58.5 · ASW.

    Amstad, T. (1978): Wie verständlich sind unsere Zeitungen? Diss. Universität Zürich.
    ASL = words per sentence, ASW = syllables per word. 0 (hard) … 100 (easy).
    """
    avg = _averages(counts)
    if avg is None:
        return None
    _words, asl, asw = avg
    return 180.0 - asl - 58.5 * asw


def flesch_reading_ease(counts: Mapping[str, float], _lengths: Sequence[int] = ()) -> float | None:
    """Flesch Reading Ease for English: 206.835 − 1.015 · ASL − 84.6 · ASW.

    Flesch, R. (1948): A new readability yardstick. Journal of Applied Psychology 32(3).
    """
    avg = _averages(counts)
    if avg is None:
        return None
    _words, asl, asw = avg
    return 206.835 - 1.015 * asl - 84.6 * asw


def wiener_sachtextformel(
    counts: Mapping[str, float], _lengths: Sequence[int] = ()
) -> float | None:
    """First Wiener Sachtextformel: 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875.

    Bamberger, R. & Vanecek, E. (1984): Lesen – Verstehen – Lernen – Schreiben. Wien.
    MS = % words with three or more syllables, SL = words per sentence, IW = % words with
    more than six letters, ES = % one-syllable words. A school grade: 4 (easy) … 15 (hard).
    """
    avg = _averages(counts)
    if avg is None:
        return None
    words, sl, _asw = avg
    ms = 100.0 * counts.get("polysyllabic_words", 0.0) / words
    iw = 100.0 * counts.get("long_words", 0.0) / words
    es = 100.0 * counts.get("monosyllabic_words", 0.0) / words
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


def lix(counts: Mapping[str, float], _lengths: Sequence[int] = ()) -> float | None:
    """LIX: words per sentence + 100 · long words / words (long = more than six letters).

    Björnsson, C.-H. (1968): Läsbarhet. Stockholm. Under 40 easy, over 60 very hard.
    """
    avg = _averages(counts)
    if avg is None:
        return None
    words, asl, _asw = avg
    return asl + 100.0 * counts.get("long_words", 0.0) / words


def _spec(
    name: str,
    languages: tuple[str, ...],
    value: ValueFunction,
) -> FeatureSpec:
    """A readability FeatureSpec (unit score, resting on words)."""
    return FeatureSpec(
        name=name,
        unit=UNIT_SCORE,
        family="readability",
        languages=languages,
        value=value,
    )


SPECS: tuple[FeatureSpec, ...] = (
    _spec(
        "flesch_amstad_score",
        ("de",),
        flesch_amstad,
    ),
    _spec(
        "wiener_sachtextformel_score",
        ("de",),
        wiener_sachtextformel,
    ),
    _spec(
        "flesch_reading_ease_score",
        ("en",),
        flesch_reading_ease,
    ),
    _spec(
        "lix_score",
        ("de", "en"),
        lix,
    ),
)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add syllable counts for one passage and record a sentence of typical readability."""
    total, mono, di, sentence_syllables = sum_syllables(
        prepared.words, prepared.lang, prepared.sentence_word_start, prepared.sentence_words
    )
    # Every word has at least one syllable: the rest have three or more.
    stats.add_counts(
        (
            ("syllables", total),
            ("monosyllabic_words", mono),
            ("polysyllabic_words", prepared.n_words - mono - di),
        )
    )
    _add_typical_sentence(prepared, stats, total, sentence_syllables)


def ends_sentence(prepared: PreparedText, s: int) -> bool:
    """Whether sentence s ends in an end mark (. ! ? …) rather than a line break."""
    last = prepared.doc.sentences[s].end_token - 1
    return bool(END_MARK_RE.search(prepared.doc.texts[last]))


def _add_typical_sentence(
    prepared: PreparedText, stats: PassageStats, total: int, sentence_syllables: list[int]
) -> None:
    """Record the sentence whose own reading ease is closest to the passage's as example.

    `total` is the passage's syllables, sentence_syllables[s] those of sentence s.
    """
    english = prepared.lang == "en"
    score = flesch_reading_ease if english else flesch_amstad
    n_words = prepared.n_words
    if n_words == 0:
        return
    wanted = [s.name for s in SPECS if prepared.lang in s.languages and stats.wants_example(s.name)]
    if not wanted:
        return
    sentence_words = prepared.sentence_words
    n_sentences = len(sentence_words) - sentence_words.count(0)
    target = score({"words": n_words, "sentences": n_sentences, "syllables": total})
    # (Fragments count as sentences here: only the choice of example depends on it.)
    if target is None:
        return
    best = closest_sentence(prepared, sentence_syllables, english, target)
    if best < 0:
        return
    sentence = prepared.doc.sentences[best]
    for name in wanted:
        stats.add_example(name, sentence.start, sentence.end)


def closest_sentence(
    prepared: PreparedText, sentence_syllables: list[int], english: bool, target: float
) -> int:
    """The first whole sentence (ending in . ! ? …, not a list item or heading) of at least
    MIN_EXAMPLE_WORDS words whose own reading ease is closest to `target`, -1 for none.

    Its own score is computed as flesch_reading_ease / flesch_amstad compute it for one
    sentence (words / 1 sentence); one pass in C where it is built (profile speed).
    """
    sentence_words = prepared.sentence_words
    ends = prepared.sentence_end_tokens
    texts = prepared.doc.texts
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        base, per_word, per_syllable = (206.835, 1.015, 84.6) if english else (180.0, 1.0, 58.5)
        return _speedups.closest_sentence(
            sentence_words,
            sentence_syllables,
            ends,
            texts,
            MIN_EXAMPLE_WORDS,
            END_MARK_CHARS,
            base,
            per_word,
            per_syllable,
            target,
        )
    long_enough = compress(
        range(len(sentence_words)), map(le, repeat(MIN_EXAMPLE_WORDS), sentence_words)
    )
    whole = [
        s
        for s in long_enough
        if (last := texts[ends[s] - 1]) in END_MARKS or END_MARK_RE.search(last)
    ]
    if not whole:
        return -1
    lengths = list(map(sentence_words.__getitem__, whole))
    own = map(sentence_syllables.__getitem__, whole)
    # Written out to spare a mapping per sentence.
    if english:
        gaps = [
            abs(206.835 - 1.015 * (n / 1) - 84.6 * (syl / n) - target)
            for n, syl in zip(lengths, own, strict=True)
        ]
    else:
        gaps = [
            abs(180.0 - n / 1 - 58.5 * (syl / n) - target)
            for n, syl in zip(lengths, own, strict=True)
        ]
    return whole[gaps.index(min(gaps))]  # the first sentence with the smallest gap
