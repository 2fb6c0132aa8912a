"""The voice card: which plain statements her profile supports, each from named features,
with a quote of hers, and do/don't pairs. Codes and values only; wording is the catalogue's.

Every rule reads one or two features of a LanguageProfile and fires only when her texts
say something clear (a share of at least CLEAR_SHARE, a count above a floor); a feature
that says nothing for her adds no line. Lines come in a fixed order of usefulness to a
writer (address, sentence length, person, gender, greeting, tone, words, no-gos).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from treffsicher.core.models import Example, FeatureSummary, LanguageProfile

CLEAR_SHARE = 0.7  # a habit she follows in at least 70 % of the cases
SHORT_SENTENCE_WORDS = 11.0  # median sentence length at or below: "short"
LONG_SENTENCE_WORDS = 18.0  # median sentence length at or above: "long"
QUESTION_RATE = 0.12  # questions per sentence at or above: "asks questions"
EXCLAMATION_RATE = 0.12
EMOJI_RATE = 0.3  # per 100 words
YOU_RATE_EN = 1.5  # "you" per 100 words at or above: speaks to the reader (English)
SIGNATURE_WORDS_SHOWN = 6
MAX_LINES = 8


@dataclass(frozen=True)
class CardLine:
    """One statement: its code (e.g. "address.du"), values to word it with, the features it
    rests on and a quote of hers that shows it."""

    code: str
    values: dict[str, float | str] = field(default_factory=dict)
    features: tuple[str, ...] = ()
    quote: Example | None = None
    candidates: tuple[Example, ...] = ()  # quotes to choose from, best first


@dataclass(frozen=True)
class DoDont:
    """Do (her own words) against don't (a counter-example the catalogue holds under code,
    chosen by the line's values)."""

    code: str
    quote: Example
    values: dict[str, float | str] = field(default_factory=dict)


@dataclass(frozen=True)
class VoiceCard:
    """A client's voice in one language, as plain statements."""

    language: str
    reliability: str
    lines: tuple[CardLine, ...]
    pairs: tuple[DoDont, ...]
    words: tuple[str, ...]
    avoided: tuple[str, ...]


Rule = Callable[[LanguageProfile], CardLine | None]


def examples_of(*summaries: FeatureSummary | None) -> tuple[Example, ...]:
    """The quotes of these features, in order."""
    return tuple(e for s in summaries if s is not None for e in s.examples)


def top_category(summary: FeatureSummary | None) -> tuple[str, float] | None:
    """The most common category (without its prefix) and its share, or None."""
    if summary is None or not summary.distribution:
        return None
    key, share = max(summary.distribution.items(), key=lambda item: (item[1], item[0]))
    return key.split(":", 1)[-1], share


def rule_address(profile: LanguageProfile) -> CardLine | None:
    """du / Sie / mixed (German); speaks to the reader as "you" (English)."""
    features = profile.features
    if profile.language == "en":
        you = features.get("address_you_rate_per_100_words")
        if you is None or you.typical is None or you.typical < YOU_RATE_EN:
            return None
        return CardLine("address.you", {}, (you.name,), candidates=examples_of(you))
    top = top_category(features.get("address_form"))
    if top is None:
        return None
    form, share = top
    code = f"address.{form}" if share >= CLEAR_SHARE and form in ("du", "sie") else "address.mixed"
    summary = features.get(f"address_{form}_share") or features.get("address_form")
    return CardLine(code, {"share": share}, ("address_form",), candidates=examples_of(summary))


def rule_length(profile: LanguageProfile) -> CardLine | None:
    """Short, medium or long sentences, with her usual range in words."""
    median = profile.features.get("sentence_length_words_median")
    if median is None or median.typical is None:
        return None
    if median.typical <= SHORT_SENTENCE_WORDS:
        code = "length.short"
    elif median.typical >= LONG_SENTENCE_WORDS:
        code = "length.long"
    else:
        code = "length.medium"
    low = median.low if median.low is not None else median.typical
    high = median.high if median.high is not None else median.typical
    values: dict[str, float | str] = {
        "typical": median.typical,
        "low": min(low, median.typical),
        "high": max(high, median.typical),
    }
    return CardLine(code, values, (median.name,), candidates=examples_of(median))


def rule_person(profile: LanguageProfile) -> CardLine | None:
    """Ich-Form or Wir-Form."""
    summary = profile.features.get("person_voice")
    top = top_category(summary)
    if top is None or top[1] < CLEAR_SHARE:
        return None
    personal = top[0] == "personal"
    code = "person.ich" if personal else "person.wir"
    forms_name = "ich_forms_per_100_words" if personal else "wir_forms_per_100_words"
    forms = profile.features.get(forms_name)
    return CardLine(code, {"share": top[1]}, ("person_voice",), candidates=examples_of(forms))


def rule_gender(profile: LanguageProfile) -> CardLine | None:
    """Her way of gendering (German only), when one style clearly leads."""
    summary = profile.features.get("gender_style")
    top = top_category(summary)
    if top is None or top[1] < CLEAR_SHARE:
        return None
    values: dict[str, float | str] = {"share": top[1]}
    return CardLine(f"gender.{top[0]}", values, ("gender_style",), candidates=examples_of(summary))


def rule_greeting(profile: LanguageProfile) -> CardLine | None:
    """Her usual greeting and sign-off (category keys; the catalogue names them)."""
    greeting = top_category(profile.features.get("greeting"))
    signoff = top_category(profile.features.get("signoff"))
    if greeting is None and signoff is None:
        return None
    values: dict[str, float | str] = {}
    if greeting is not None:
        values["greeting"] = greeting[0]
    if signoff is not None:
        values["signoff"] = signoff[0]
    code = "greeting.both" if len(values) == 2 else f"greeting.{next(iter(values))}_only"
    quotes = examples_of(profile.features.get("greeting"), profile.features.get("signoff"))
    return CardLine(code, values, ("greeting", "signoff"), candidates=quotes)


def rule_tone(profile: LanguageProfile) -> CardLine | None:
    """Questions, exclamations or emoji, the most marked of them."""
    candidates = (
        ("tone.questions", "question_rate_per_sentence", QUESTION_RATE),
        ("tone.exclamations", "exclamation_rate_per_sentence", EXCLAMATION_RATE),
        ("tone.emoji", "emoji_rate_per_100_words", EMOJI_RATE),
    )
    best: tuple[float, CardLine] | None = None
    for code, name, floor in candidates:
        summary = profile.features.get(name)
        if summary is None or summary.typical is None or summary.typical < floor:
            continue
        line = CardLine(code, {"rate": summary.typical}, (name,), candidates=summary.examples)
        if best is None or summary.typical / floor > best[0]:
            best = (summary.typical / floor, line)
    return best[1] if best else None


def rule_plain(profile: LanguageProfile) -> CardLine | None:
    """No buzzwords and no passive: she writes plainly."""
    buzz = profile.features.get("buzzword_rate_per_100_words")
    passive = profile.features.get("passive_sentences_share")
    rare = [s for s in (buzz, passive) if s is not None and (s.high or 0.0) == 0.0]
    if len(rare) < 2:
        return None
    return CardLine("tone.plain", {}, tuple(s.name for s in rare), None)


def rule_typography(profile: LanguageProfile) -> CardLine | None:
    """Her quotation marks and dash, when each clearly leads."""
    values: dict[str, float | str] = {}
    for name in ("quote_style", "dash_char"):
        top = top_category(profile.features.get(name))
        if top is not None and top[1] >= CLEAR_SHARE:
            values[name] = top[0]
    if len(values) < 2:
        return None
    return CardLine("typography", values, ("quote_style", "dash_char"))


def pick_quotes(lines: Sequence[CardLine]) -> list[CardLine]:
    """Each line with the first of its quotes no earlier line uses."""
    used: set[str] = set()
    picked = []
    for line in lines:
        quote = next((e for e in line.candidates if e.text not in used), None)
        if quote is not None:
            used.add(quote.text)
        picked.append(replace(line, quote=quote))
    return picked


RULES: tuple[Rule, ...] = (
    rule_address,
    rule_length,
    rule_person,
    rule_gender,
    rule_greeting,
    rule_tone,
    rule_plain,
    rule_typography,
)
PAIR_CODES = ("address", "length", "person", "gender", "greeting")


def build_voice_card(profile: LanguageProfile, no_gos: Sequence[str] = ()) -> VoiceCard:
    """The statements her profile supports (at most MAX_LINES), with do/don't pairs for
    the habits that have a quote of hers, her signature words and the words she does not
    want (`no_gos`, her explicit wish) or never uses."""
    lines = pick_quotes([line for rule in RULES if (line := rule(profile)) is not None])
    lines = lines[:MAX_LINES]
    pairs = tuple(
        DoDont(line.code, line.quote, line.values)
        for line in lines
        if line.quote is not None and line.code.split(".")[0] in PAIR_CODES
    )
    return VoiceCard(
        language=profile.language,
        reliability=profile.reliability,
        lines=tuple(lines),
        pairs=pairs,
        words=tuple(t.term for t in profile.signature_terms[:SIGNATURE_WORDS_SHOWN]),
        avoided=tuple(no_gos) or profile.avoided_words[:SIGNATURE_WORDS_SHOWN],
    )
