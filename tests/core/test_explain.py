"""Plain-language sentences for features and support, German and English."""

from __future__ import annotations

import pytest

from treffsicher import i18n
from treffsicher.core.explain import (
    describe_feature,
    describe_support,
    format_number,
    format_percent,
)
from treffsicher.core.features import SPECS_BY_NAME
from treffsicher.core.features.base import UNIT_CATEGORY, UNIT_PER_100_WORDS, FeatureSpec
from treffsicher.core.models import FeatureSummary, LanguageProfile


def summary(
    name: str, typical: float | None, low: float | None, high: float | None
) -> FeatureSummary:
    spec = SPECS_BY_NAME[name]
    return FeatureSummary(name, spec.unit, spec.family, typical, low, high, 4, 200)


def language_profile(by_kind: dict[str, int], words: int, reliability: str) -> LanguageProfile:
    return LanguageProfile("de", sum(by_kind.values()), words, 50, by_kind, reliability, {})


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (11.0, "de", "11"),
        (11.46, "de", "11,5"),
        (11.46, "en", "11.5"),
        (6420, "de", "6.420"),
        (6420, "en", "6,420"),
        (0.04, "de", "0,04"),
        (72.4, "en", "72"),
        (-0.001, "en", "0"),
    ],
)
def test_format_number(value: float, lang: str, expected: str) -> None:
    assert format_number(value, lang) == expected


def test_format_percent() -> None:
    assert format_percent(0.92, "de") == "92 %"
    assert format_percent(0.92, "en") == "92%"
    assert format_percent(0.069, "de") == "6,9 %"


def test_sentence_length_has_its_own_wording() -> None:
    s = summary("sentence_length_words_median", 11, 8, 14)
    spec = SPECS_BY_NAME[s.name]
    assert (
        describe_feature(s, spec, "de")
        == "Sie schreibt meist Sätze von 8 bis 14 Wörtern (Median 11)."
    )
    assert describe_feature(s, spec, "en") == (
        "Her sentences are mostly 8 to 14 words long (median 11)."
    )


def test_share_names_what_it_is_a_share_of() -> None:
    s = summary("passive_sentences_share", 0.12, 0.05, 0.2)
    spec = SPECS_BY_NAME[s.name]
    assert describe_feature(s, spec, "de") == "Passiv: 12 % ihrer Sätze (meist 5 bis 20 %)."
    assert describe_feature(s, spec, "en") == (
        "Passive voice: 12% of her sentences (usually 5 to 20%)."
    )


def test_rate_and_no_range() -> None:
    s = summary("nominal_style_per_100_words", 2.5, None, None)
    spec = SPECS_BY_NAME[s.name]
    assert describe_feature(s, spec, "de") == "Nominalstil: 2,5 pro 100 Wörter."


def test_not_measurable() -> None:
    s = summary("lexical_variety_mtld_words", None, None, None)
    text = describe_feature(s, SPECS_BY_NAME[s.name], "en")
    assert text.startswith("Vocabulary variety (MTLD): not measurable")


def name_feature(
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    label: tuple[str, str],
    **categories: tuple[str, str],
) -> None:
    """Put a new feature's name (German, English) and its categories' names into the
    catalogue, as a family module's entry in messages/features.py would."""
    entries = {f"feature.{name}.label": label, f"feature.{name}.explain": ("", "")}
    entries |= {f"feature.{name}.category.{c}": pair for c, pair in categories.items()}
    for key, (de, en) in entries.items():
        monkeypatch.setitem(i18n.MESSAGES, key, {"de": de, "en": en})


def test_categorical_feature_of_another_family(monkeypatch: pytest.MonkeyPatch) -> None:
    name_feature(
        monkeypatch,
        "address_form_test",
        ("Anrede", "Form of address"),
        du=("du", "‘du’"),
        sie=("Sie", "‘Sie’"),
    )
    spec = FeatureSpec(
        name="address_form_test",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de",),
        categories="address:",
    )
    s = FeatureSummary(
        spec.name, UNIT_CATEGORY, "address", None, None, None, 5, 50, {"du": 0.92, "sie": 0.08}
    )
    assert describe_feature(s, spec, "de") == "Anrede: meist du (92 %), sonst Sie (8 %)."
    assert describe_feature(s, spec, "en") == (
        "Form of address: mostly ‘du’ (92%), otherwise ‘Sie’ (8%)."
    )
    only = FeatureSummary(spec.name, UNIT_CATEGORY, "address", None, None, None, 5, 50, {"du": 1.0})
    assert describe_feature(only, spec, "de") == "Anrede: immer du."


def test_unknown_unit_still_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    name_feature(monkeypatch, "x_rate", ("Neu", "New"))
    spec = FeatureSpec("x_rate", UNIT_PER_100_WORDS, "new", ("de",))
    s = FeatureSummary("x_rate", UNIT_PER_100_WORDS, "new", 1.0, 1.0, 1.0, 1, 100)
    assert describe_feature(s, spec, "en") == (
        "New: 1 per 100 words (almost always 1 per 100 words)."
    )


def test_describe_support() -> None:
    thin = language_profile({"email": 4}, 612, "too_little")
    assert describe_support(thin, "de") == (
        "Beruht auf 4 E-Mails, 612 Wörtern – zu wenig, um sicher zu sein."
    )
    assert describe_support(thin, "en") == "Based on 4 emails, 612 words – too little to be sure."
    mixed = language_profile({"email": 16, "speech": 1, "web": 1}, 6120, "good")
    assert describe_support(mixed, "de") == (
        "Beruht auf 16 E-Mails, 1 Gesprächsnotiz, 1 Webtext, 6.120 Wörtern"
        " – genug für ein verlässliches Bild."
    )
