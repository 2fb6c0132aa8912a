"""Tests for the punctuation and typography families."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.features import SPECS_BY_NAME, extract_stats
from treffsicher.core.features import address as address_family
from treffsicher.core.features import gender as gender_family
from treffsicher.core.features import greetings as greetings_family
from treffsicher.core.features import punctuation as punctuation_family
from treffsicher.core.features import wording as wording_family
from treffsicher.core.features.base import PassageStats, prepare_text
from treffsicher.core.models import TokenizedText
from treffsicher.core.tokens import tokenize


def stats_of(text: str, lang: str = "de") -> PassageStats:
    return extract_stats(tokenize(text), lang)


def value_of(name: str, stats: PassageStats) -> float | None:
    spec = SPECS_BY_NAME[name]
    assert spec.value is not None
    return spec.value(stats.counts, stats.sentence_lengths)


def categories_of(stats: PassageStats, prefix: str) -> dict[str, float]:
    return {k[len(prefix) :]: v for k, v in stats.counts.items() if k.startswith(prefix) and v}


# (lang, text, sentences, questions, exclamations) counted by hand.
SENTENCE_END_CASES = [
    ("de", "Wie geht es dir? Mir geht es gut. Kommst du morgen? Super!", 4, 2, 1),
    ("de", "Kommst du? 🙂", 1, 1, 0),
    ("de", "Echt?! Das wusste ich nicht.", 2, 1, 0),
    ("de", "Wow! Toll! Danke.", 3, 0, 2),
    ("de", "Er fragte (wirklich?) nach dem Weg.", 1, 0, 0),
    ("de", "Mehr unter https://example.org/?seite=2", 1, 0, 0),
    ("de", "Was?? Gut!!!", 2, 1, 1),
    ("en", "Are you coming? Great! See you soon.", 3, 1, 1),
]


@pytest.mark.parametrize(("lang", "text", "n", "questions", "exclamations"), SENTENCE_END_CASES)
def test_questions_and_exclamations(
    lang: str, text: str, n: int, questions: int, exclamations: int
) -> None:
    stats = stats_of(text, lang)
    assert stats.counts["punctuation_sentences"] == n
    assert stats.counts["questions"] == questions
    assert stats.counts["exclamations"] == exclamations
    assert value_of("question_rate_per_sentence", stats) == pytest.approx(questions / n)
    assert value_of("exclamation_rate_per_sentence", stats) == pytest.approx(exclamations / n)


def test_question_example_is_the_question() -> None:
    text = "Mir geht es gut. Kommst du morgen?"
    stats = stats_of(text)
    assert [text[a:b] for a, b in stats.examples["question_rate_per_sentence"]] == [
        "Kommst du morgen?"
    ]


# (text, feature, count key, count, words) counted by hand.
RATE_CASES = [
    ("Danke dir 🙂 bis morgen 👍", "emoji_rate_per_100_words", "emoji", 2, 4),
    ("Das klappt :-) bis dann ;)", "emoticon_rate_per_100_words", "emoticons", 2, 4),
    ("Na ja … mal sehen... oder so", "ellipsis_rate_per_100_words", "ellipses", 2, 6),
    (
        "Das Ergebnis – ehrlich gesagt – war gut - wirklich.",
        "dash_rate_per_100_words",
        "dashes",
        3,
        7,
    ),
    (
        "Wir treffen uns (wie immer) im Büro (zweiter Stock).",
        "parentheses_rate_per_100_words",
        "parentheses",
        2,
        9,
    ),
]


@pytest.mark.parametrize(("text", "name", "key", "n", "words"), RATE_CASES)
def test_rates_per_100_words(text: str, name: str, key: str, n: int, words: int) -> None:
    stats = stats_of(text)
    assert stats.counts[key] == n
    assert stats.counts["punctuation_words"] == words
    assert value_of(name, stats) == pytest.approx(100 * n / words)
    assert stats.examples[name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Ergebnis – ehrlich gesagt – war gut.", {"en": 2}),
        ("It was great—really great—thanks.", {"em": 2}),
        ("Das ist gut - und billig.", {"hyphen": 1}),
        ("Von 10–12 Uhr geht es nicht.", {}),  # a range, not a dash
        ("Ein Bindestrich-Wort ist kein Strich.", {}),
        ("Punkte:\n - erstens\n - zweitens", {}),  # list bullets, not dashes
    ],
)
def test_dash_characters(text: str, expected: dict[str, int]) -> None:
    stats = stats_of(text)
    assert categories_of(stats, "dash_char:") == expected
    assert stats.counts["dashes"] == sum(expected.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Na ja … mal sehen… gut.", {"unicode": 2}),
        ("Na ja... mal sehen.... gut.", {"dots": 2}),
        ("Na ja … mal sehen... gut.", {"unicode": 1, "dots": 1}),
        ("Das ist gut. Punkt.", {}),
    ],
)
def test_ellipsis_characters(text: str, expected: dict[str, int]) -> None:
    assert categories_of(stats_of(text), "ellipsis_char:") == expected


def test_parenthesis_of_a_sad_smiley_is_not_a_remark() -> None:
    assert stats_of("Schade :( wirklich.").counts["parentheses"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Hallo“, sagte sie. „Tschüss“, sagte er.", {"german": 2}),
        ('"Hallo", sagte sie.', {"straight": 1}),
        ("“Hello,” she said.", {"english": 1}),
        ("»Hallo«, sagte sie.", {"guillemets": 1}),
        ("‚Hallo‘, sagte sie.", {"single": 1}),
        ("Wie geht’s? Das ist’s.", {}),  # apostrophes are not quotes
        ('Sie sagte „ja“ und dann "nein".', {"german": 1, "straight": 1}),
    ],
)
def test_quote_styles(text: str, expected: dict[str, int]) -> None:
    stats = stats_of(text)
    assert categories_of(stats, "quote_style:") == expected
    assert stats.counts["quotes"] == sum(expected.values())


def test_empty_text_gives_no_values() -> None:
    stats = stats_of("")
    for spec in punctuation_family.SPECS:
        if spec.value is not None:
            assert spec.value(stats.counts, stats.sentence_lengths) is None


def test_specs_belong_to_the_family() -> None:
    # The contract every spec follows is tested once for all: tests/core/features/test_contract.py.
    for spec in punctuation_family.SPECS:
        assert spec.family in {"punctuation", "typography"}
        assert spec.languages == ("de", "en")
        if spec.categories:
            assert spec.family == "typography"


FAMILIES = (
    address_family,
    greetings_family,
    punctuation_family,
    gender_family,
    wording_family,
)
FUZZ_ALPHABET = "aAbBdeEfghiIkKlLmnNoprsStTuUäöüß:;*_/-–—…().,!?„“”\"'»«‚‘’ \n🙂😊👍0123456789&"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=FUZZ_ALPHABET, max_size=200), lang=st.sampled_from(["de", "en"]))
def test_families_take_any_text(text: str, lang: str) -> None:
    prepared = prepare_text(tokenize(text), lang)
    stats = PassageStats()
    for family in FAMILIES:
        family.count(prepared, stats)
    assert all(n >= 0 for n in stats.counts.values())
    names = {spec.name for family in FAMILIES for spec in family.SPECS}
    for name, spans in stats.examples.items():
        assert name in names  # examples are filed under the feature they show
        assert all(0 <= a <= b <= len(text) for a, b in spans)
    for family in FAMILIES:
        for spec in family.SPECS:
            if spec.value is not None and lang in spec.languages:
                value = spec.value(stats.counts, stats.sentence_lengths)
                assert value is None or value >= 0


@pytest.mark.parametrize(
    ("lang", "text", "n", "questions", "exclamations"),
    [
        # Neither "?" nor "!" in the text: the sentences are not looked at one by one.
        ("de", "Das passt gut. Bis morgen\nJohanna", 3, 0, 0),  # the line break ends one
        ("en", "That works for me. See you tomorrow.", 2, 0, 0),
        # One of them anywhere: they are (the "?" of a link is no question).
        ("de", "Siehe https://example.org/?a=1 und gut.", 1, 0, 0),
        ("de", "Das passt gut. Toll!", 2, 0, 1),
        ("en", "That works. Really?", 2, 1, 0),
    ],
)
def test_sentence_ends_without_marks_to_look_at(
    lang: str, text: str, n: int, questions: int, exclamations: int
) -> None:
    stats = stats_of(text, lang)
    assert stats.counts["punctuation_sentences"] == n
    assert stats.counts["questions"] == questions
    assert stats.counts["exclamations"] == exclamations


@pytest.mark.parametrize(
    ("text", "dashes"),
    [
        ("Ein Bindestrich-Wort und noch eins-zwei.", 0),  # no dash at all: skipped
        ("Gut -\nund weiter", 1),  # a spaced hyphen before a line break is a dash
        ("Gut—weiter.", 1),
    ],
)
def test_dash_shortcut_only_skips_text_without_dashes(text: str, dashes: int) -> None:
    stats = stats_of(text)
    assert stats.counts["dashes"] == dashes
    assert ("dash_rate_per_100_words" in stats.examples) == bool(dashes)


def _sentence_span_by_halving(doc: TokenizedText, offset: int) -> tuple[int, int]:
    """find_sentence_span's former loop: the reference for its bisect."""
    sentences = doc.sentences
    if not sentences:
        return (offset, offset)
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    sent = sentences[max(lo - 1, 0)]
    return (sent.start, sent.end)


@pytest.mark.parametrize(
    "text",
    [
        "  Hallo Anna,\n\nwie geht es dir? Mir geht es gut – danke!\n\nLiebe Grüße\nJohanna",
        "Hi Sam,\nsounds good (see you at 3). Cheers\nDana x",
        "",
    ],
)
def test_sentence_span_bisect_matches_halving(text: str) -> None:
    doc = tokenize(text)
    for offset in range(-1, len(text) + 2):
        assert punctuation_family.find_sentence_span(doc, offset) == _sentence_span_by_halving(
            doc, offset
        )
