"""Sentence length, word length and MTLD on hand-written texts, counted by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treffsicher.core.features import SPECS_BY_NAME, extract_stats
from treffsicher.core.features.base import PassageStats
from treffsicher.core.features.lexical import (
    LONG_WORD_RE,
    closest_to_median,
    compute_mtld,
    count_long_runs,
    quantile,
)
from treffsicher.core.tokens import tokenize

# 3 + 8 + 1 words; long words (> 6 letters): schreibe, Broschüre, Druckerei.
SHORT_DE = "Ich schreibe kurz. Heute kommt die neue Broschüre aus der Druckerei. Danke!"
# 26 words, then 25 words, then 4 words.
LONG_SENTENCE = " ".join(["Wort"] * 26) + "."
LIMIT_SENTENCE = " ".join(["Satz"] * 25) + "."


def stats_of(text: str, lang: str = "de") -> PassageStats:
    return extract_stats(tokenize(text), lang)


def value_of(name: str, stats: PassageStats) -> float | None:
    spec = SPECS_BY_NAME[name]
    assert spec.value is not None
    return spec.value(stats.counts, stats.sentence_lengths)


def test_base_counts_and_sentence_lengths() -> None:
    stats = stats_of(SHORT_DE)
    assert stats.counts["words"] == 12
    assert stats.counts["sentences"] == 3
    assert stats.sentence_lengths == [3, 8, 1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sentence_length_words_median", 3.0),
        ("sentence_length_words_mean", 4.0),
        ("long_words_share", 0.25),
        # Ich schreibe kurz = 15, Heute … Druckerei = 41, Danke = 5 letters.
        ("word_length_characters_mean", 61 / 12),
        ("long_sentences_share", 0.0),
    ],
)
def test_values_short_text(name: str, expected: float) -> None:
    assert value_of(name, stats_of(SHORT_DE)) == pytest.approx(expected)


def test_spread_needs_four_sentences() -> None:
    assert value_of("sentence_length_words_iqr", stats_of(SHORT_DE)) is None
    text = "Eins. Eins zwei. Eins zwei drei. Eins zwei drei vier. Eins zwei drei vier fünf."
    # Lengths 1..5: Q1 = 2, Q3 = 4.
    assert value_of("sentence_length_words_iqr", stats_of(text)) == pytest.approx(2.0)


def test_long_sentences_are_over_25_words() -> None:
    stats = stats_of(f"{LONG_SENTENCE} {LIMIT_SENTENCE} Das war es schon.")
    assert stats.sentence_lengths == [26, 25, 4]
    assert value_of("long_sentences_share", stats) == pytest.approx(1 / 3)
    # The one long sentence is recorded as an example span.
    (span,) = stats.examples["long_sentences_share"]
    assert span[0] == 0


def test_empty_text_gives_none_not_zero() -> None:
    stats = stats_of("")
    for name in ("sentence_length_words_median", "word_length_characters_mean"):
        assert value_of(name, stats) is None


def test_mtld_alternating_words() -> None:
    # a b | a → TTR 2/3 ≤ 0.72 closes a factor every third word: 16 factors in 48 words,
    # the last two words have TTR 1 (partial factor 0); 50 / 16 both ways.
    assert compute_mtld(["a", "b"] * 25) == pytest.approx(3.125)


def test_mtld_partial_factor_and_direction() -> None:
    distinct = [f"w{i}" for i in range(40)]
    words = [*distinct, *(["w0"] * 10)]
    # Forward: no factor closes; TTR at the end 40/50 = 0.8, partial factor 0.2/0.28,
    # so 50 / (0.2/0.28) = 70. Backward: ten w0 close 5 factors, then 40 new words: 50/5 = 10.
    assert compute_mtld(words) == pytest.approx(40.0)


def test_mtld_needs_fifty_words() -> None:
    assert compute_mtld(["x"] * 49) is None
    assert compute_mtld([f"w{i}" for i in range(60)]) == pytest.approx(60.0)


def test_mtld_is_pooled_weighted_by_words() -> None:
    short = stats_of("Nur ein paar Worte.")
    assert "mtld_words" not in short.counts
    long_text = " ".join(f"wort{i}" for i in range(60)) + "."
    stats = stats_of(long_text)
    assert stats.counts["mtld_words"] == 60
    assert value_of("lexical_variety_mtld_words", stats) == pytest.approx(60.0)
    stats.merge(short)
    # The short passage adds no MTLD weight: the pooled value stays that of the long one.
    assert value_of("lexical_variety_mtld_words", stats) == pytest.approx(60.0)


def test_quantile_interpolates_like_numpy() -> None:
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.25) == pytest.approx(1.75)
    assert quantile([5.0], 0.75) == 5.0


def test_specs_have_both_languages_and_texts() -> None:
    for name in ("sentence_length_words_median", "lexical_variety_mtld_words"):
        spec = SPECS_BY_NAME[name]
        assert spec.languages == ("de", "en")
        assert spec.explain("de")
        assert spec.explain("en")


def reference_mtld_pass(words: list[str]) -> float:
    """The textbook MTLD pass: check the TTR after every word (McCarthy & Jarvis 2010)."""
    factors = 0.0
    seen: set[str] = set()
    count = 0
    for w in words:
        seen.add(w)
        count += 1
        if len(seen) / count <= 0.72:
            factors += 1
            seen = set()
            count = 0
    if count:
        factors += (1 - len(seen) / count) / 0.28
    return len(words) / factors if factors > 0 else float(len(words))


@given(st.lists(st.sampled_from("abcdefghijklmnopqrstuvwxyz"[:12]), min_size=50, max_size=400))
def test_bulk_mtld_equals_word_by_word(words: list[str]) -> None:
    expected = (reference_mtld_pass(words) + reference_mtld_pass(words[::-1])) / 2
    assert compute_mtld(words) == pytest.approx(expected)


MAIL = "Hallo Anna,\n\nich freue mich sehr auf unser Treffen am Montag.\n\nLiebe Grüße\nJohanna"


def test_greeting_and_signoff_lines_are_no_sentences() -> None:
    stats = stats_of(MAIL)
    # "Hallo Anna," / "Liebe Grüße" / "Johanna" are fragments; their 5 words still count.
    assert stats.sentence_lengths == [9]
    assert stats.counts["words"] == 14
    assert (stats.counts["sentences"], stats.counts["fragments"]) == (1, 3)
    assert value_of("sentence_length_words_mean", stats) == pytest.approx(9.0)
    # LIX: 9 words per sentence + 100 · 2 long words (Treffen, Johanna) / 14 words.
    assert value_of("lix_score", stats) == pytest.approx(9 + 200 / 14)


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("Kommst du mit? 🙂", [3]),  # the end mark before an emoji counts
        ("Über mich\n\nIch bin Hebamme.", [3]),  # a heading is a fragment
        ("Das ist ein langer Satz\n\nJa.", [5, 1]),  # five words make a sentence anyway
        ("(Echt?)", [1]),
    ],
)
def test_fragments(text: str, lengths: list[int]) -> None:
    assert stats_of(text).sentence_lengths == lengths


@pytest.mark.parametrize(
    "text",
    [
        "Beratungsgespräch und Kurs",
        "z.\u00a0B.\u00a0Geburtsvorbereitung\tund\u3000Rückbildungskurse",  # other spaces
        "abcdef abcdefg\n\nabcdefghij\u2028kurz\u0085langeswort",
        "",
    ],
)
def test_long_runs_counted_as_the_regex_counts(text: str) -> None:
    assert count_long_runs(text) == len(LONG_WORD_RE.findall(text))


@given(st.text(alphabet="ab\u00a0\u2003\u3000\t\n\x1c\x85\u200b-", max_size=40))
def test_long_runs_counted_as_the_regex_counts_on_any_text(text: str) -> None:
    assert count_long_runs(text) == len(LONG_WORD_RE.findall(text))


def test_long_words_of_a_word_with_a_space_inside() -> None:
    # "i. d. R." is one word of eight characters, but no part of it is a long word.
    stats = stats_of("Das gilt i. d. R. für Rückbildungskurse.")
    assert stats.counts["words"] == 5
    assert stats.counts["long_words"] == 1


@given(st.lists(st.integers(1, 60), min_size=1, max_size=40))
def test_closest_to_median_are_the_lengths_of_smallest_gap(lengths: list[int]) -> None:
    # The definition: each distinct length's distance to the median, the smallest kept.
    median = quantile(sorted(lengths), 0.5)
    gaps = {n: abs(n - median) for n in set(lengths)}
    best = min(gaps.values())
    assert closest_to_median(lengths) == {n for n, gap in gaps.items() if gap == best}


def test_closest_to_median_of_an_even_count_keeps_both_middle_lengths() -> None:
    assert closest_to_median([3, 9, 12, 4]) == {4, 9}  # median 6.5: 4 and 9 are 2.5 away
    assert closest_to_median([5, 7, 7, 30]) == {7}
    assert closest_to_median([8]) == {8}
