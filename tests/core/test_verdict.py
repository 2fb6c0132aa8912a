"""The verdict rules over the model's score: doubt, her habits, someone else closer."""

from __future__ import annotations

from treffsicher.core.comparison import KIND_CLIENT, KIND_OTHER, KIND_WRITER, Comparison
from treffsicher.core.deviations import HABIT_IMPORTANCE, Deviation
from treffsicher.core.verdict import (
    CAP_SCORE,
    UNSURE_SCORE,
    describe_closest,
    describe_drivers,
    judge,
)

ENOUGH = {"n_draft_words": 300, "n_her_words": 5000, "people": 3, "name": "Johanna", "lang": "de"}


def deviation(feature: str, importance: float) -> Deviation:
    return Deviation(feature, "address", feature, importance, "…", None, None, None, None)


def codes(verdict: object) -> list[str]:
    return [code for code, _ in verdict.reasons]  # type: ignore[attr-defined]


def test_a_clear_score_stands() -> None:
    verdict = judge(88.0, True, deviations=[], closest=None, **ENOUGH)  # type: ignore[arg-type]
    assert (verdict.score, verdict.decided, verdict.unsure, verdict.reasons) == (
        88.0,
        True,
        False,
        (),
    )


def test_never_0_and_never_100() -> None:
    assert judge(99.97, True, deviations=[], closest=None, **ENOUGH).score == 99.0  # type: ignore[arg-type]
    assert judge(0.01, True, deviations=[], closest=None, **ENOUGH).score == 1.0  # type: ignore[arg-type]


def test_a_short_draft_or_a_thin_profile_cannot_say() -> None:
    short = dict(ENOUGH, n_draft_words=60)
    verdict = judge(97.0, True, deviations=[], closest=None, **short)  # type: ignore[arg-type]
    assert verdict.score == UNSURE_SCORE
    assert verdict.unsure
    assert codes(verdict) == ["short_draft"]
    assert "60 Wörter" in verdict.reasons[0][1]
    thin = dict(ENOUGH, n_her_words=700)
    assert codes(judge(97.0, True, deviations=[], closest=None, **thin)) == ["thin_profile"]  # type: ignore[arg-type]


def test_a_high_score_with_nobody_to_compare_is_not_trusted_a_low_one_is() -> None:
    alone = dict(ENOUGH, people=0)
    high = judge(97.0, True, deviations=[], closest=None, **alone)  # type: ignore[arg-type]
    assert (high.score, codes(high)) == (UNSURE_SCORE, ["no_comparison"])
    low = judge(12.0, True, deviations=[], closest=None, **alone)  # type: ignore[arg-type]
    assert (low.score, low.unsure) == (12.0, False)


def test_an_undecided_model_keeps_its_own_number() -> None:
    verdict = judge(41.0, False, deviations=[], closest=None, **ENOUGH)  # type: ignore[arg-type]
    assert (verdict.score, verdict.unsure, codes(verdict)) == (41.0, True, ["undecided"])


def test_a_broken_habit_caps_at_partly_only_when_it_would_fit() -> None:
    habit = [deviation("address_form", HABIT_IMPORTANCE + 3), deviation("word_length", 4.9)]
    capped = judge(96.0, True, deviations=habit, closest=None, **ENOUGH)  # type: ignore[arg-type]
    assert (capped.score, codes(capped)) == (CAP_SCORE, ["habit_address_form"])
    assert "Anrede" in capped.reasons[0][1]
    low = judge(30.0, True, deviations=habit, closest=None, **ENOUGH)  # type: ignore[arg-type]
    assert (low.score, low.reasons) == (30.0, ())
    statistical = [deviation("word_length", 4.99)]
    assert judge(96.0, True, deviations=statistical, closest=None, **ENOUGH).score == 96.0  # type: ignore[arg-type]


def test_sounding_more_like_someone_else_caps_at_partly() -> None:
    writer = Comparison(KIND_WRITER, "Anna", 80.0, True)
    verdict = judge(70.0, True, deviations=[], closest=writer, **ENOUGH)  # type: ignore[arg-type]
    assert (verdict.score, codes(verdict)) == (CAP_SCORE, ["closer"])
    assert "eher nach dir als nach Johanna" in verdict.reasons[0][1]


def test_closest_in_plain_words() -> None:
    assert describe_closest(None, 0, "Johanna", "de") == ""
    assert describe_closest(None, 2, "Johanna", "de") == (
        "Keine der Stimmen im Arbeitsbereich liegt klar vorn."
    )
    writer = Comparison(KIND_WRITER, "Anna", 80.0, True)
    assert describe_closest(writer, 2, "Johanna", "de") == "Klingt eher nach dir als nach Johanna."
    assert describe_closest(writer, 2, "Johanna", "en") == "Sounds more like you than like Johanna."
    other = Comparison(KIND_OTHER, "Morwenna", 80.0, True)
    assert "nach Morwenna als nach Johanna" in describe_closest(other, 2, "Johanna", "de")
    her = Comparison(KIND_CLIENT, "Johanna", 90.0, True)
    assert "am ehesten nach Johanna" in describe_closest(her, 2, "Johanna", "de")


def test_drivers_in_her_terms() -> None:
    parts = {"function_words": 1.2, "vocabulary": -0.4, "char_patterns": 0.3}
    assert describe_drivers(parts, "de") == (
        "Satzbau und kleine Wörter sowie Schreibweise und Zeichensetzung wie bei ihr; "
        "Wortschatz eher nicht."
    )
    assert describe_drivers({"vocabulary": 0.5}, "en") == "Vocabulary like hers."


def test_a_broken_habit_holds_however_short_the_draft() -> None:
    # Her explicit habits are never outvoted, nor excused by too little text: „teils“,
    # lower when the model says so too, and the doubt says why there is no finer figure.
    habit = [deviation("address_form", HABIT_IMPORTANCE + 3)]
    short = dict(ENOUGH, n_draft_words=39)
    high = judge(97.0, True, deviations=habit, closest=None, **short)  # type: ignore[arg-type]
    assert (high.score, high.decided, high.unsure) == (UNSURE_SCORE, True, False)
    assert codes(high) == ["habit_address_form", "short_draft"]
    assert high.reasons[1][1].startswith("Genauer lässt es sich nicht sagen")
    assert "39 Wörter" in high.reasons[1][1]
    low = judge(22.0, False, deviations=habit, closest=None, **short)  # type: ignore[arg-type]
    assert (low.score, low.unsure, codes(low)) == (
        22.0,
        False,
        ["habit_address_form", "short_draft", "undecided"],
    )
    alone = dict(ENOUGH, people=0, n_her_words=600)
    english = judge(90.0, True, deviations=habit, closest=None, **dict(alone, lang="en"))  # type: ignore[arg-type]
    assert codes(english) == ["habit_address_form", "thin_profile", "no_comparison"]
    more = "It cannot be said more precisely"
    assert all(text.startswith(more) for _, text in english.reasons[1:])
    # without a broken habit a short draft still cannot say
    plain = judge(97.0, True, deviations=[], closest=None, **short)  # type: ignore[arg-type]
    assert (plain.score, plain.unsure) == (UNSURE_SCORE, True)
