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

UNIT_WORDS_DE = {
    UNIT_WORDS: "Wörter",
    UNIT_CHARACTERS: "Zeichen",
    UNIT_PER_100_WORDS: "pro 100 Wörter",
    UNIT_PER_SENTENCE: "pro Satz",
}
UNIT_WORDS_EN = {
    UNIT_WORDS: "words",
    UNIT_CHARACTERS: "characters",
    UNIT_PER_100_WORDS: "per 100 words",
    UNIT_PER_SENTENCE: "per sentence",
}
# What a share is a share of, by the spec's units_key.
SHARE_OF = {
    "de": {"sentences": "ihrer Sätze", "words": "ihrer Wörter"},
    "en": {"sentences": "of her sentences", "words": "of her words"},
}
# Features with their own wording; {typical}, {low}, {high} are formatted values.
FEATURE_TEMPLATES = {
    "sentence_length_words_median": {
        "de": "Ihre Sätze sind meist {low} bis {high} Wörter lang (Median {typical}).",
        "en": "Her sentences are mostly {low} to {high} words long (median {typical}).",
    },
    "sentence_length_words_mean": {
        "de": "Im Mittel hat ein Satz von ihr {typical} Wörter (meist {low} bis {high}).",
        "en": "On average a sentence of hers has {typical} words (mostly {low} to {high}).",
    },
    "word_length_characters_mean": {
        "de": "Ihre Wörter haben im Mittel {typical} Buchstaben (meist {low} bis {high}).",
        "en": "Her words have {typical} letters on average (mostly {low} to {high}).",
    },
}
# Passage kinds (models.KIND_*): German dative singular/plural ("beruht auf 1 E-Mail,
# 4 E-Mails"), English singular/plural.
KIND_NOUNS = {
    "de": {
        "email": ("E-Mail", "E-Mails"),
        "speech": ("Gesprächsnotiz", "Gesprächsnotizen"),
        "web": ("Webtext", "Webtexten"),
        "document": ("Dokument", "Dokumenten"),
        "text": ("Text", "Texten"),
    },
    "en": {
        "email": ("email", "emails"),
        "speech": ("call note", "call notes"),
        "web": ("web text", "web texts"),
        "document": ("document", "documents"),
        "text": ("text", "texts"),
    },
}
RELIABILITY_TEXTS = {
    "de": {
        "good": " – genug für ein verlässliches Bild.",
        "thin": " – noch dünn; die Werte können sich verschieben.",
        "too_little": " – zu wenig, um sicher zu sein.",
    },
    "en": {
        "good": " — enough for a reliable picture.",
        "thin": " — still thin; the values may shift.",
        "too_little": " — too little to be sure.",
    },
}


def _lang(lang: str) -> str:
    return "de" if lang.lower().startswith("de") else "en"


def format_number(value: float, lang: str, digits: int | None = None) -> str:
    """A number for people: 2 decimals under 1, 1 under 20, none above (or `digits`).

    Trailing zeros go ("11", not "11,0").

    German uses a decimal comma and a thousands dot ("6.420", "11,5"), English the reverse.
    """
    if digits is None:
        size = abs(value)
        digits = 0 if size >= 20 else 1 if size >= 1 else 2
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if _lang(lang) == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(share: float, lang: str) -> str:
    """A share 0..1 as percent: "92 %" (German spacing) or "92%"."""
    pct = share * 100
    number = format_number(pct, lang, 0 if abs(pct) >= 10 or pct == 0 else 1)
    return f"{number} %" if _lang(lang) == "de" else f"{number}%"


def format_value(value: float, unit: str, lang: str) -> str:
    """A value with its unit in words: "11 Wörter", "34 %", "2,1 pro 100 Wörter", "72"."""
    if unit == UNIT_SHARE:
        return format_percent(value, lang)
    names = UNIT_WORDS_DE if _lang(lang) == "de" else UNIT_WORDS_EN
    suffix = names.get(unit)
    number = format_number(value, lang)
    return f"{number} {suffix}" if suffix else number


def describe_feature(summary: FeatureSummary, spec: FeatureSpec, lang: str) -> str:
    """One sentence with her typical value and usual range, e.g.

    "Ihre Sätze sind meist 8 bis 14 Wörter lang (Median 11)." /
    "Form of address: mostly du (92 %), otherwise Sie (8 %)."
    """
    lang = _lang(lang)
    label = spec.label(lang)
    if summary.unit == UNIT_CATEGORY and summary.distribution:
        return _describe_categories(summary, spec, lang)
    if summary.typical is None:
        if lang == "de":
            return f"{label}: nicht messbar – dafür gibt es zu wenig passenden Text."
        return f"{label}: not measurable — there is too little suitable text."
    has_range = summary.low is not None and summary.high is not None
    template = FEATURE_TEMPLATES.get(summary.name, {}).get(lang)
    if template and has_range:
        return template.format(
            typical=format_number(summary.typical, lang),
            low=format_number(summary.low or 0.0, lang),
            high=format_number(summary.high or 0.0, lang),
        )
    typical = format_value(summary.typical, summary.unit, lang)
    if summary.unit == UNIT_SHARE:
        of = SHARE_OF[lang].get(spec.units_key)
        typical = f"{typical} {of}" if of else typical
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
        usual = f"fast immer {high_text}" if lang == "de" else f"almost always {high_text}"
    else:
        bis = "meist {} bis {}" if lang == "de" else "usually {} to {}"
        usual = bis.format(low_text, high_text)
    return f"{label}: {typical} ({usual})."


def _describe_categories(summary: FeatureSummary, spec: FeatureSpec, lang: str) -> str:
    """ "Anrede: meist du (92 %), sonst Sie (8 %)." from a feature's distribution."""
    distribution = summary.distribution or {}
    ranked = sorted(distribution.items(), key=lambda item: (-item[1], item[0]))

    def name(key: str) -> str:
        category = key.removeprefix(spec.categories or "")
        return spec.category_labels.get(category, {}).get(lang, category)

    first_key, first_share = ranked[0]
    if len(ranked) == 1 or first_share >= 0.995:
        alone = "immer" if lang == "de" else "always"
        return f"{spec.label(lang)}: {alone} {name(first_key)}."
    mostly = "meist" if lang == "de" else "mostly"
    otherwise = "sonst" if lang == "de" else "otherwise"
    rest = ", ".join(f"{name(k)} ({format_percent(v, lang)})" for k, v in ranked[1:3])
    return (
        f"{spec.label(lang)}: {mostly} {name(first_key)} ({format_percent(first_share, lang)}), "
        f"{otherwise} {rest}."
    )


def describe_support(profile: LanguageProfile, lang: str) -> str:
    """What a language profile rests on, and whether that is enough, e.g.

    "Beruht auf 4 E-Mails, 612 Wörtern – zu wenig, um sicher zu sein." /
    "Based on 4 emails, 612 words — too little to be sure."
    """
    lang = _lang(lang)
    nouns = KIND_NOUNS[lang]
    parts = []
    for kind, n in sorted(profile.passages_by_kind.items(), key=lambda item: (-item[1], item[0])):
        singular, plural = nouns.get(kind, nouns["text"])
        parts.append(f"{format_number(n, lang, 0)} {singular if n == 1 else plural}")
    if not parts:
        parts.append(f"{format_number(profile.n_passages, lang, 0)} " + nouns["text"][1])
    if lang == "de":
        words = "Wort" if profile.n_words == 1 else "Wörtern"
        lead = "Beruht auf"
    else:
        words = "word" if profile.n_words == 1 else "words"
        lead = "Based on"
    parts.append(f"{format_number(profile.n_words, lang, 0)} {words}")
    verdict = RELIABILITY_TEXTS[lang].get(profile.reliability, ".")
    return f"{lead} {', '.join(parts)}{verdict}"
