"""The voice profile: pooling, usual range, examples, reliability, JSON round trip."""

from __future__ import annotations

import json

import pytest

from treffsicher.core import profile as profile_module
from treffsicher.core.models import KIND_EMAIL, KIND_WEB, Passage
from treffsicher.core.profile import (
    SCHEMA_VERSION,
    build_profile,
    profile_from_dict,
    profile_to_dict,
    quote_span,
    rate_reliability,
)
from treffsicher.core.tokens import tokenize

# Sentence lengths: P1 3, 4, 4 (11 words); P2 6, 4, 5, 2 (17 words); P3 1, 2 (3 words).
P1 = Passage(1, "Ich schreibe kurz. Das Wetter ist schön. Wir sehen uns bald.", "de", KIND_EMAIL)
P2 = Passage(
    2,
    "Heute habe ich viel zu tun. Morgen wird es ruhiger. Dann rufe ich dich an. Bis dann.",
    "de",
    KIND_EMAIL,
    "mail2.txt",
)
P3 = Passage(3, "Danke! Bis morgen.", "de", KIND_WEB)
EN = Passage(4, "Thank you for the lovely day. We will be back soon.", "en", KIND_EMAIL)
FR = Passage(5, "Merci beaucoup pour la belle journée.", "fr", KIND_EMAIL)


def test_languages_and_exclusions() -> None:
    profile = build_profile([P1, P2, P3, EN, FR])
    assert profile.n_passages_total == 5
    assert profile.excluded_passages == {"fr": 1}
    assert set(profile.languages) == {"de", "en"}
    de = profile.languages["de"]
    assert (de.n_passages, de.n_words, de.n_sentences) == (3, 31, 9)
    assert de.passages_by_kind == {KIND_EMAIL: 2, KIND_WEB: 1}
    assert de.reliability == "too_little"
    assert "flesch_amstad_score" in de.features
    assert "flesch_reading_ease_score" not in de.features
    assert "flesch_reading_ease_score" in profile.languages["en"].features


def test_typical_is_pooled_and_range_comes_from_passages() -> None:
    de = build_profile([P1, P2, P3]).languages["de"]
    mean = de.features["sentence_length_words_mean"]
    assert mean.typical == pytest.approx(31 / 9)
    # P3 has only 2 sentences (< 3): the range rests on P1 (11/3) and P2 (17/4); her
    # pooled 31/9 lies below that middle half, so the range reaches down to it.
    assert mean.low == pytest.approx(31 / 9)
    assert mean.high == pytest.approx(11 / 3 + 0.75 * (17 / 4 - 11 / 3))
    assert (mean.n_passages, mean.n_units) == (3, 9)
    # Pooled lengths 1 2 2 3 4 4 4 5 6: median 4.
    assert de.features["sentence_length_words_median"].typical == 4.0


def test_categorical_feature_has_distribution() -> None:
    voice = build_profile([P1, P2, P3]).languages["de"].features["person_voice"]
    # ich-forms: Ich, ich, ich = 3; wir-forms: Wir, uns = 2.
    assert voice.distribution == {"corporate": pytest.approx(0.4), "personal": pytest.approx(0.6)}
    assert voice.typical == pytest.approx(0.6)


def test_features_without_text_are_none() -> None:
    de = build_profile([P3]).languages["de"]
    assert de.features["lexical_variety_mtld_words"].typical is None
    assert de.features["sentence_length_words_mean"].low is None


def test_examples_are_stable_and_from_different_passages() -> None:
    first = build_profile([P1, P2, P3]).languages["de"].features["sentence_length_words_median"]
    again = build_profile([P3, P2, P1]).languages["de"].features["sentence_length_words_median"]
    assert first.examples == again.examples
    ids = [e.passage_id for e in first.examples]
    assert len(ids) == len(set(ids)) == 3
    texts = {e.passage_id: e.text for e in first.examples}
    assert texts[1] in P1.text
    assert {e.source_name for e in first.examples if e.passage_id == 2} == {"mail2.txt"}


def test_round_trip_through_json() -> None:
    profile = build_profile([P1, P2, P3, EN, FR])
    data = json.loads(json.dumps(profile_to_dict(profile)))
    assert data["schema_version"] == SCHEMA_VERSION
    assert profile_from_dict(data) == profile


def test_other_schema_version_is_refused() -> None:
    data = profile_to_dict(build_profile([P1]))
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="schema_version"):
        profile_from_dict(data)


@pytest.mark.parametrize(
    ("words", "passages", "expected"),
    [
        (6_000, 12, "good"),
        (6_000, 5, "thin"),
        (2_000, 3, "thin"),
        (1_499, 20, "too_little"),
        (5_000, 2, "too_little"),
    ],
)
def test_rate_reliability(words: int, passages: int, expected: str) -> None:
    assert rate_reliability(words, passages) == expected


def test_quote_span_trims_long_sentences_at_word_boundaries() -> None:
    words = [f"wort{i}" for i in range(80)]
    text = " ".join(words) + "."
    doc = tokenize(text)
    start = text.index("wort40")
    quote = quote_span(doc, start, start + len("wort40"))
    assert "wort40" in quote
    assert quote.startswith("…")
    assert quote.endswith("…")
    assert len(quote) <= 162
    # Only whole words between the ellipses.
    assert all(w in words for w in quote.strip("…").split())


def test_quote_span_gives_the_sentence_on_one_line() -> None:
    text = (
        "Hallo Anna,\nich freue mich sehr über deine Nachricht und die schönen Fotos vom\n"
        "letzten Wochenende. Bis bald."
    )
    doc = tokenize(text)
    start = text.index("Fotos")
    assert quote_span(doc, start, start + 5) == (
        "ich freue mich sehr über deine Nachricht und die schönen Fotos vom letzten Wochenende."
    )


def test_typical_never_lies_outside_the_usual_range() -> None:
    # Nine short texts all "du", one long one all "Sie": 91 % du overall, and per text
    # the middle half is 100 % du; the range reaches to her overall value.
    short = [
        Passage(10 + n, f"Hallo Anna, ich schick dir morgen die Muster {n}. Magst du sie?", "de")
        for n in range(9)
    ]
    long_text = " ".join(
        f"Sehr geehrte Frau Berg, ich sende Ihnen die Unterlagen {n}. Sie erhalten sie bald."
        for n in range(6)
    )
    profile = build_profile([*short, Passage(30, long_text, "de")]).languages["de"]
    du = next(f for name, f in profile.features.items() if name.startswith("address_du"))
    assert du.typical is not None
    assert du.low is not None
    assert du.high is not None
    assert du.typical < 1.0
    assert du.low <= du.typical <= du.high == 1.0
    for summary in profile.features.values():
        if summary.typical is not None and summary.low is not None and summary.high is not None:
            if summary.distribution is None:
                assert summary.low <= summary.typical <= summary.high, summary.name


def test_building_a_profile_leaves_the_cycle_collector_as_it_was() -> None:
    import gc

    passages = [Passage(1, "Ich freu mich auf Freitag. Bis dann!", "de")]
    assert gc.isenabled()
    build_profile(passages)
    assert gc.isenabled()
    gc.disable()
    try:
        build_profile(passages)
        assert not gc.isenabled()
    finally:
        gc.enable()


# Sentences for many passages with examples of most features: questions, emoji, gender
# forms, du and Sie, nominalisations, parentheses, dashes, ellipses, anglicisms, quotes.
GERMAN_LINES = [
    "Hallo Frau Berg, vielen Dank für Ihre Nachricht!",
    "Hast du die Kund:innen schon gefragt? 😊",
    "Die Umsetzung (mit allen Mitarbeiterinnen und Mitarbeitern) dauert – leider – länger.",
    "Ich finde das Meeting ehrlich gesagt … naja, zu lang.",
    "Wir schicken Ihnen die „Unterlagen“ morgen zu; man kann sie auch abholen.",
    "Die Veranstaltung wurde verschoben, die Teilnehmenden werden informiert.",
    "Liebe Grüße und bis bald :-)",
    "Das Feedback zum Workshop war super!!",
]
ENGLISH_LINES = [
    "Hi Sam, thanks so much for your note!",
    "Could you send the invoice (the one from June) by Friday? 🙂",
    "We think the implementation – honestly – needs more time...",
    "One should always ask first; I'd say “yes”.",
    "Cheers, and see you soon x",
]


def example_corpus() -> list[Passage]:
    passages = []
    for n in range(90):
        lines = GERMAN_LINES[n % 5 :] + GERMAN_LINES[: n % 5]
        passages.append(Passage(100 + n, "\n".join(lines[: 3 + n % 6]), "de", KIND_EMAIL))
    for n in range(40):
        lines = ENGLISH_LINES[n % 3 :] + ENGLISH_LINES[: n % 3]
        passages.append(Passage(300 + n, " ".join(lines[: 2 + n % 4]), "en", KIND_EMAIL))
    return passages


def test_skipping_examples_nobody_takes_leaves_the_profile_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passages = example_corpus()
    skipped: list[int] = []
    not_wanted = profile_module._examples_not_wanted

    def counting(acc: object, passage: Passage) -> set[str]:
        names = not_wanted(acc, passage)  # type: ignore[arg-type]
        skipped.append(len(names))
        return names

    monkeypatch.setattr(profile_module, "_examples_not_wanted", counting)
    with_skipping = profile_to_dict(build_profile(passages))
    assert sum(skipped) > 100  # most later passages rank after the picks of most features
    monkeypatch.setattr(profile_module, "_examples_not_wanted", lambda acc, passage: set())
    assert profile_to_dict(build_profile(passages)) == with_skipping
