"""Deviations and sentence notes against a hand-made profile: each type triggered and not."""

from __future__ import annotations

import math

import pytest

from treffsicher.core.deviations import HABIT_IMPORTANCE, find_deviations, measure_scale, saturate
from treffsicher.core.features import SPECS_BY_NAME, PassageStats, extract_stats
from treffsicher.core.models import (
    Example,
    FeatureSummary,
    LanguageProfile,
    SignatureTerm,
)
from treffsicher.core.phrases import say
from treffsicher.core.sentence_notes import note_sentences
from treffsicher.core.tokens import tokenize


def summary(
    name: str,
    typical: float | None,
    low: float | None = None,
    high: float | None = None,
    *,
    n_passages: int = 20,
    n_units: int = 4000,
    distribution: dict[str, float] | None = None,
) -> FeatureSummary:
    spec = SPECS_BY_NAME[name]
    example = (Example(7, f"Beispiel für {name}.", "mail-07.txt"),)
    return FeatureSummary(
        name, spec.unit, spec.family, typical, low, high, n_passages, n_units,
        distribution, example,
    )  # fmt: skip


def her_profile(**overrides: FeatureSummary) -> LanguageProfile:
    """A German profile: du always, short sentences, no passive, colon gendering."""
    features = {
        "address_form": summary(
            "address_form", 1.0, n_passages=19, n_units=19, distribution={"du": 1.0}
        ),
        "greeting": summary("greeting", 0.8, n_units=20, distribution={"hallo": 0.8, "liebe": 0.2}),
        "sentence_length_words_median": summary(
            "sentence_length_words_median", 9, 8, 12, n_units=400
        ),
        "sentence_length_words_iqr": summary("sentence_length_words_iqr", 4, 3, 5, n_units=400),
        "nominal_style_per_100_words": summary("nominal_style_per_100_words", 0.8, 0.3, 1.1),
        "passive_sentences_share": summary("passive_sentences_share", 0.0, 0.0, 0.0),
        "buzzword_rate_per_100_words": summary("buzzword_rate_per_100_words", 0.16, 0.0, 0.0),
        "gender_style": summary(
            "gender_style", 0.9, n_units=12, distribution={"colon": 0.9, "none": 0.1}
        ),
        "quote_style": summary("quote_style", 1.0, n_units=30, distribution={"german": 1.0}),
    }
    features.update(overrides)
    return LanguageProfile(
        language="de",
        n_passages=20,
        n_words=4000,
        n_sentences=400,
        passages_by_kind={"email": 19, "speech": 1},
        reliability="thin",
        features=features,
        signature_terms=(SignatureTerm("auf Augenhöhe", 3, 3, 20.0),),
        avoided_words=("jedoch", "seitens"),
    )


def lengths_stats(lengths: list[int]) -> PassageStats:
    words = float(sum(lengths))
    counts = {"sentences": float(len(lengths)), "words": words, "sentence_words": words}
    return PassageStats(counts=counts, sentence_lengths=lengths)


def names(found: list) -> list[str]:  # type: ignore[type-arg]
    return [d.feature for d in found]


def test_long_sentences_are_flagged_for_a_short_sentence_writer() -> None:
    # Median 24 against her 8–12: scale = max(12 − 8, 1.5) × sqrt(max(1, 400/20 / 10)) = 4 ×
    # sqrt(2) ≈ 5.66; distance (24 − 12) / 5.66 ≈ 2.12 > 1.
    found = find_deviations(lengths_stats([24] * 10), her_profile(), lang="de", name="Ulrike")
    assert names(found) == ["sentence_length_words_median"]
    assert found[0].text == "Die Sätze im Entwurf sind im Schnitt 24 Wörter lang, ihre 9."
    assert found[0].draft_value == 24
    # The distance (12 / (4·√2) scales) saturates below 5 without a cap that ties.
    assert found[0].importance == pytest.approx(saturate(12 / (4 * 2**0.5)))


def test_long_sentences_are_not_flagged_for_a_long_sentence_writer() -> None:
    her = her_profile(
        sentence_length_words_median=summary("sentence_length_words_median", 22, 20, 26)
    )
    found = find_deviations(lengths_stats([24] * 10), her, lang="de", name="Ulrike")
    assert found == []


def test_sentence_length_just_outside_her_range_is_not_flagged() -> None:
    # Median 14: (14 − 12) / 5.66 ≈ 0.35 < 1 — outside the quartiles, but not by a scale.
    found = find_deviations(lengths_stats([14] * 10), her_profile(), lang="de", name="Ulrike")
    assert found == []


def test_scale_widens_for_small_drafts_only() -> None:
    spec = SPECS_BY_NAME["sentence_length_words_median"]
    her = her_profile()
    median = her.features["sentence_length_words_median"]
    # Her passages hold 400/20 = 20 sentences on average (n_units counts sentences here).
    assert measure_scale(spec, median, her, 20) == pytest.approx(4.0)
    assert measure_scale(spec, median, her, 80) == pytest.approx(4.0)
    assert measure_scale(spec, median, her, 5) == pytest.approx(8.0)


def test_sie_is_flagged_first_with_her_count_and_example() -> None:
    stats = extract_stats(tokenize("Melden Sie sich bei uns. Wir freuen uns auf Sie."), "de")
    found = find_deviations(stats, her_profile(), lang="de", name="Ulrike")
    assert found[0].feature == "address_form"
    assert found[0].text == (
        "Der Entwurf spricht die Leser:innen mit ‚Sie‘ an. "
        "Ulrike schreibt in 19 von 19 Textstellen ‚du‘."
    )
    assert found[0].examples[0].text == "Beispiel für address_form."
    # Her form of address is a habit: it ranks above every statistical finding.
    assert found[0].importance == pytest.approx(1.0 + 2.0 + HABIT_IMPORTANCE)


def test_du_is_not_flagged() -> None:
    stats = extract_stats(tokenize("Melde dich bei mir. Ich freue mich auf dich."), "de")
    found = find_deviations(stats, her_profile(), lang="de", name="Ulrike")
    assert "address_form" not in names(found)


def test_a_foreign_greeting_is_flagged_in_an_email_but_never_on_a_web_page() -> None:
    stats = extract_stats(tokenize("Sehr geehrte Frau Bauer,\n\nanbei die Unterlagen."), "de")
    in_email = find_deviations(stats, her_profile(), lang="de", name="Ulrike")
    on_web = find_deviations(stats, her_profile(), lang="de", name="Ulrike", web_draft=True)
    assert "greeting" in names(in_email)
    assert "greeting" not in names(on_web)


def test_her_own_greeting_is_not_flagged() -> None:
    stats = extract_stats(tokenize("Hallo Anna,\n\nanbei die Unterlagen."), "de")
    assert "greeting" not in names(find_deviations(stats, her_profile(), lang="de", name="U"))


def rate_stats(buzzwords: int, words: int = 300) -> PassageStats:
    return PassageStats(counts={"buzzwords": float(buzzwords), "wording_words": float(words)})


def test_one_buzzword_in_300_words_is_noise() -> None:
    # Her 0.16 per 100 words → 0.48 expected; Poisson scale sqrt(1.48)/300×100 ≈ 0.41;
    # one buzzword is 0.33 per 100 words: distance 0.33 / 0.41 < 1.
    found = find_deviations(rate_stats(1), her_profile(), lang="de", name="Ulrike")
    assert found == []


def test_many_buzzwords_are_flagged() -> None:
    found = find_deviations(rate_stats(9), her_profile(), lang="de", name="Ulrike")
    assert names(found) == ["buzzword_rate_per_100_words"]
    assert found[0].draft_value == pytest.approx(3.0)
    assert "deutlich mehr als bei ihr" in found[0].text


def test_register_sensitive_features_count_half_when_registers_differ() -> None:
    stats = lengths_stats([24] * 10)
    same = find_deviations(stats, her_profile(), lang="de", name="U")
    differ = find_deviations(stats, her_profile(), lang="de", name="U", registers_differ=True)
    assert differ[0].importance == pytest.approx(same[0].importance * 0.5)
    assert differ[0].register_sensitive
    assert not same[0].register_sensitive


def test_english_texts() -> None:
    found = find_deviations(lengths_stats([24] * 10), her_profile(), lang="en", name="Ulrike")
    assert found[0].text == "The draft's sentences are 24 words long on average, hers 9."


# Sentence notes: one sentence per reason, and one that sounds like her.

DRAFT = (
    "Ich freu mich auf dich. "  # 0: like her
    "Bitte melden Sie sich bei mir. "  # 1: address
    "Ich erzähle dir heute ganz in Ruhe und ohne jede Eile von all den kleinen Dingen, die "
    "in den ersten Wochen mit einem Baby zu Hause wirklich wichtig sind für dich. "  # 2: length
    "Die Durchführung der Betreuung erfolgt nach Vereinbarung. "  # 3: nominal
    "Das Formular wird von mir geprüft. "  # 4: passive
    "Ich biete dir ganzheitliche Lösungen. "  # 5: buzzword
    "Das ist jedoch schwierig. "  # 6: avoided word
    "Ich frage die Kund*innen. "  # 7: gender
    'Das heißt "Wochenbett". '  # 8: typography (straight quotes)
    "Ich begegne dir auf Augenhöhe."  # 9: her own phrase, no buzzword note
)


@pytest.fixture(scope="module")
def notes() -> dict[str, list[str]]:
    doc = tokenize(DRAFT)
    found = note_sentences(doc, her_profile(), lang="de", name="Ulrike")
    for note in found:
        assert DRAFT[note.start : note.end] == note.text
    return {note.text: [r.code for r in note.reasons] for note in found}


def codes_of(notes: dict[str, list[str]], start: str) -> list[str]:
    return next((codes for text, codes in notes.items() if text.startswith(start)), [])


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("Ich freu mich", []),
        ("Bitte melden Sie", ["address"]),
        ("Ich erzähle dir", ["length"]),
        ("Die Durchführung", ["nominal"]),
        ("Das Formular wird", ["passive"]),
        ("Ich biete dir", ["buzzword"]),
        ("Das ist jedoch", ["avoided"]),
        ("Ich frage die", ["gender"]),
        ("Das heißt", ["typography"]),
        ("Ich begegne dir", []),
    ],
)
def test_sentence_note_reasons(
    notes: dict[str, list[str]], start: str, expected: list[str]
) -> None:
    assert codes_of(notes, start) == expected


def test_sentence_note_texts_name_her_habit() -> None:
    doc = tokenize("Bitte melden Sie sich bei mir.")
    (note,) = note_sentences(doc, her_profile(), lang="de", name="Ulrike")
    assert note.reasons[0].text == "Anrede: ‚Sie‘ – Ulrike schreibt ‚du‘."
    assert (note.start, note.end) == (0, 30)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Nominalstil: 3 Substantivierungen (-ung, -heit, -keit …) in einem Satz."),
        ("en", "Nominal style: 3 nominalisations (-ung, -heit, -keit …) in one sentence."),
    ],
)
def test_the_nominal_note_names_the_suffixes_of_her_language(lang: str, expected: str) -> None:
    # A German text read with the English interface: German suffixes, English words.
    doc = tokenize("Die Durchführung der Betreuung erfolgt nach Vereinbarung.")
    (note,) = note_sentences(doc, her_profile(), lang=lang, name="Ulrike")
    assert [r.text for r in note.reasons if r.code == "nominal"] == [expected]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_nominal_note_stored_by_an_earlier_version_is_worded_again(lang: str) -> None:
    # Stored checks keep a note's key and values; those of earlier versions had no suffixes.
    text, _phrase = say("note.nominal", lang, count=3)
    assert text.startswith(("Nominalstil: 3", "Nominal style: 3"))


def test_her_own_pooled_rate_is_no_deviation_even_when_most_passages_have_none() -> None:
    # She uses 0.63 anglicisms per 100 words overall, but most passages have none (range
    # 0–0): a draft with 2 in 324 words (0.62) writes exactly like her.
    her = her_profile(
        anglicism_rate_per_100_words=summary("anglicism_rate_per_100_words", 0.63, 0.0, 0.0)
    )
    stats = PassageStats(counts={"anglicisms": 2.0, "wording_words": 324.0})
    assert "anglicism_rate_per_100_words" not in names(
        find_deviations(stats, her, lang="de", name="U")
    )


def test_a_few_more_events_than_usual_are_chance() -> None:
    # 3 dashes in 324 words where she averages 0.36 per 100 words: P(X >= 3 | 1.17) ≈ 0.11.
    her = her_profile(dash_rate_per_100_words=summary("dash_rate_per_100_words", 0.36, 0.0, 0.36))
    stats = PassageStats(counts={"dashes": 3.0, "punctuation_words": 324.0})
    found = names(find_deviations(stats, her, lang="de", name="U"))
    assert "dash_rate_per_100_words" not in found


def test_missing_ich_forms_are_flagged_for_a_personal_writer() -> None:
    her = her_profile(ich_forms_per_100_words=summary("ich_forms_per_100_words", 7.1, 5.4, 8.5))
    stats = PassageStats(counts={"person_ich": 0.0, "words": 300.0})
    assert "ich_forms_per_100_words" in names(find_deviations(stats, her, lang="de", name="U"))


def test_poisson_tails() -> None:
    from treffsicher.core.deviations import poisson_at_least, poisson_at_most

    assert poisson_at_most(0, 2.0) == pytest.approx(math.exp(-2.0))
    # 1 − e^−1.17 · (1 + 1.17 + 1.17²/2) = 1 − 0.310367 · 2.854450
    assert poisson_at_least(3, 1.17) == pytest.approx(0.114071, abs=1e-5)
    assert poisson_at_least(0, 5.0) == 1.0
