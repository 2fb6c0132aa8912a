"""Plain-language sentences, German and English, for profile features and their support.

Generic over units, so features added by other families get a readable sentence too; a
few features have their own wording (FEATURE_TEMPLATES). Numbers follow the language:
"11,5" and "6.420" in German, "11.5" and "6,420" in English.
"""

from __future__ import annotations

from treffsicher.core.features.base import (
    UNIT_CATEGORY,
    UNIT_CHARACTERS,
    UNIT_PER_100_WORDS,
    UNIT_PER_SENTENCE,
    UNIT_SHARE,
    UNIT_WORDS,
    FeatureSpec,
)
from treffsicher.core.models import FeatureSummary, LanguageProfile
from treffsicher.i18n import MESSAGES, pick_language, t
from treffsicher.i18n import format_number as format_any

# Units said in words; the catalogue key's template puts the number in ("11 Wörter").
UNIT_KEYS = {
    UNIT_WORDS: "unit.words",
    UNIT_CHARACTERS: "unit.characters",
    UNIT_PER_100_WORDS: "unit.per_100_words",
    UNIT_PER_SENTENCE: "unit.per_sentence",
}
# What a share is a share of, by the spec's units_key.
SHARE_OF = {"sentences": "explain.share_of.sentences", "words": "explain.share_of.words"}
# Features with their own wording; {typical}, {low}, {high} are formatted values.
FEATURE_TEMPLATES = frozenset(
    {"sentence_length_words_median", "sentence_length_words_mean", "word_length_characters_mean"}
)
KIND_ORDER = ("email", "speech", "web", "document", "text")  # passage kinds (models.KIND_*)


def format_number(value: float, lang: str, digits: int | None = None) -> str:
    """A number for people: i18n.format_number with 2 decimals under 1, 1 under 20, none
    above (or `digits`), trailing zeros dropped ("11", not "11,0")."""
    return format_any(value, lang, digits, trim=True)


def format_percent(share: float, lang: str) -> str:
    """A share 0..1 as percent: "92 %" (German spacing) or "92%"."""
    pct = share * 100
    number = format_number(pct, lang, 0 if abs(pct) >= 10 or pct == 0 else 1)
    return t("value.percent", lang, number=number)


def format_value(value: float, unit: str, lang: str) -> str:
    """A value with its unit in words: "11 Wörter", "34 %", "2,1 pro 100 Wörter", "72"."""
    if unit == UNIT_SHARE:
        return format_percent(value, lang)
    number = format_number(value, lang)
    key = UNIT_KEYS.get(unit)
    return t(key, lang, number=number) if key else number


def count_noun(key: str, count: int, lang: str) -> str:
    """ "4 E-Mails", "1 Wort": a count with the singular|plural noun of catalogue `key`."""
    singular, plural = t(key, lang).split("|")
    return f"{format_number(count, lang, 0)} {singular if count == 1 else plural}"


def describe_feature(summary: FeatureSummary, spec: FeatureSpec, lang: str) -> str:
    """One sentence with her typical value and usual range, e.g.

    "Ihre Sätze sind meist 8 bis 14 Wörter lang (Median 11)." /
    "Form of address: mostly du (92 %), otherwise Sie (8 %)."
    """
    lang = pick_language(lang)
    label = spec.label(lang)
    if summary.unit == UNIT_CATEGORY and summary.distribution:
        return _describe_categories(summary, spec, lang)
    if summary.typical is None:
        return t("explain.not_measurable", lang, label=label)
    has_range = summary.low is not None and summary.high is not None
    if summary.name in FEATURE_TEMPLATES and has_range:
        return t(
            f"explain.template.{summary.name}",
            lang,
            typical=format_number(summary.typical, lang),
            low=format_number(summary.low or 0.0, lang),
            high=format_number(summary.high or 0.0, lang),
        )
    typical = format_value(summary.typical, summary.unit, lang)
    if summary.unit == UNIT_SHARE:
        of = SHARE_OF.get(spec.units_key)
        typical = t(of, lang, value=typical) if of else typical
    if not has_range:
        return f"{label}: {typical}."
    low, high = summary.low or 0.0, summary.high or 0.0
    if summary.unit == UNIT_SHARE:
        low_text = format_percent(low, lang).removesuffix("%").rstrip()
        high_text = format_value(high, summary.unit, lang)
    else:
        low_text = format_number(low, lang)
        high_text = format_value(high, summary.unit, lang)
    if format_value(low, summary.unit, lang) == high_text:
        usual = t("explain.almost_always", lang, high=high_text)
    else:
        usual = t("explain.usually", lang, low=low_text, high=high_text)
    return f"{label}: {typical} ({usual})."


def _describe_categories(summary: FeatureSummary, spec: FeatureSpec, lang: str) -> str:
    """ "Anrede: meist du (92 %), sonst Sie (8 %)." from a feature's distribution."""
    distribution = summary.distribution or {}
    ranked = sorted(distribution.items(), key=lambda item: (-item[1], item[0]))

    def name(key: str) -> str:
        category = key.removeprefix(spec.categories or "")
        return spec.category_label(category, lang) or category

    first_key, first_share = ranked[0]
    if len(ranked) == 1 or first_share >= 0.995:
        return t("explain.always", lang, label=spec.label(lang), category=name(first_key))
    first = f"{name(first_key)} ({format_percent(first_share, lang)})"
    rest = ", ".join(f"{name(k)} ({format_percent(v, lang)})" for k, v in ranked[1:3])
    return t("explain.mostly", lang, label=spec.label(lang), first=first, rest=rest)


def describe_support(profile: LanguageProfile, lang: str) -> str:
    """What a language profile rests on, and whether that is enough, e.g.

    "Beruht auf 4 E-Mails, 612 Wörtern – zu wenig, um sicher zu sein." /
    "Based on 4 emails, 612 words — too little to be sure."
    """
    lang = pick_language(lang)
    parts = []
    for kind, n in sorted(profile.passages_by_kind.items(), key=lambda item: (-item[1], item[0])):
        parts.append(count_noun(f"explain.kind.{kind if kind in KIND_ORDER else 'text'}", n, lang))
    if not parts:
        plural = t("explain.kind.text", lang).split("|")[1]
        parts.append(f"{format_number(profile.n_passages, lang, 0)} {plural}")
    parts.append(count_noun("explain.words", profile.n_words, lang))
    reliability = f"explain.reliability.{profile.reliability}"
    verdict = t(reliability, lang) if reliability in MESSAGES else "."
    return t("explain.support", lang, parts=", ".join(parts), verdict=verdict)
