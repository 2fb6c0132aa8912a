"""Profile-relative deviations of a draft: features unusual for *her*, ranked, in plain words.

A deviation is judged against her own spread, never against general style rules —
a client who writes long sentences gets long sentences. Numeric features: the draft's value
must lie outside her usual range (25th–75th percentile across her passages) by more than
one "scale", where the scale is her spread (with a floor per unit) widened for a draft
smaller than her typical passage (sampling noise grows like 1/sqrt(size)). Categorical
features: the draft's dominant category is rare in her distribution (< RARE_SHARE).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from treffsicher.core.explain import format_value
from treffsicher.core.features import SPECS_BY_NAME, PassageStats
from treffsicher.core.features.base import (
    UNIT_CATEGORY,
    UNIT_CHARACTERS,
    UNIT_PER_100_WORDS,
    UNIT_PER_SENTENCE,
    UNIT_SCORE,
    UNIT_SHARE,
    UNIT_WORDS,
    FeatureSpec,
)
from treffsicher.core.models import Example, FeatureSummary, LanguageProfile
from treffsicher.core.phrases import Phrase, nested, number, say
from treffsicher.i18n import MESSAGES, quote_single

RARE_SHARE = 0.15  # a category she uses in fewer than 15 % of cases is "rare for her"
MIN_CATEGORY_SUPPORT = 3  # her distribution must rest on at least 3 cases
THRESHOLD = 1.0  # flagged when outside her range by more than one scale
POISSON_ALPHA = 0.01  # counted events: flagged only when this unlikely for her
# Numeric distances saturate towards MAX_DISTANCE (one wild value must not bury everything
# else) but never tie: a larger distance always ranks higher.
MAX_DISTANCE = 5.0
# Her explicit habits (form of address, gender style, no-go words) rank above every
# statistical finding: a copywriter fixes them first, and they cap the verdict.
HABIT_IMPORTANCE = 10.0
HABITS = frozenset({"address_form", "gender_style"})
PRIORITY = {"person_voice": 1.0}
# Least draft units for a numeric value to be judged at all (words / sentences / …).
MIN_DRAFT_UNITS = {"words": 50.0, "mtld_words": 100.0, "sentences": 3.0}
# Floors of the scale per unit: her spread can be 0 (every passage 0 emoji).
SCALE_FLOOR = {
    UNIT_WORDS: 1.5,
    UNIT_CHARACTERS: 0.15,
    UNIT_SHARE: 0.05,
    UNIT_SCORE: 5.0,
    UNIT_PER_SENTENCE: 0.05,
    UNIT_PER_100_WORDS: 0.3,
}
# Features left out of the ranking: near-duplicates of one that is kept (mean/IQR of the
# sentence length next to the median; three more readability formulas next to Flesch;
# du/Sie/ihr shares next to the address form; gender shares next to the gender style).
SKIPPED = frozenset(
    {
        "address_du_share",
        "address_sie_share",
        "address_ihr_shares",
        "address_ihr_share",
        "sentence_length_words_mean",
        "sentence_length_words_iqr",
        "wiener_sachtextformel_score",
        "lix_score",
        "gender_fair_share",
        "gender_fair_rate_per_100_words",
        "ellipsis_char",
    }
)
# Features that differ between emails and web copy in general (register).
REGISTER_SENSITIVE = frozenset(
    {
        "greeting",
        "signoff",
        "question_rate_per_sentence",
        "exclamation_rate_per_sentence",
        "emoji_rate_per_100_words",
        "emoticon_rate_per_100_words",
        "ich_forms_per_100_words",
        "sentence_length_words_median",
        "filler_rate_per_100_words",
        "hedge_rate_per_100_words",
        "address_you_rate_per_100_words",
    }
)
NEVER_ON_WEB = frozenset({"greeting", "signoff"})  # a web page has no greeting to miss
REGISTER_WEIGHT = 0.5  # importance of a register-sensitive deviation when registers differ
COUNT_UNITS = {UNIT_PER_100_WORDS: 100.0, UNIT_PER_SENTENCE: 1.0}  # rates of counted events


@dataclass(frozen=True)
class Deviation:
    """One feature where the draft is unusual for her, with the words to say so."""

    feature: str
    family: str
    label: str
    importance: float  # standardised distance (+ priority); higher first
    text: str  # the plain-language sentence
    draft_value: float | None
    her_typical: float | None
    her_low: float | None
    her_high: float | None
    draft_category: str | None = None
    her_category: str | None = None
    her_share_of_draft_category: float | None = None
    examples: tuple[Example, ...] = ()
    register_sensitive: bool = False
    phrase: Phrase | None = field(default=None, compare=False)  # to say `text` again

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (report schema_version 1)."""
        return {
            "feature": self.feature,
            "family": self.family,
            "label": self.label,
            "importance": round(self.importance, 3),
            "text": self.text,
            "draft_value": self.draft_value,
            "her_typical": self.her_typical,
            "her_low": self.her_low,
            "her_high": self.her_high,
            "draft_category": self.draft_category,
            "her_category": self.her_category,
            "her_share_of_draft_category": self.her_share_of_draft_category,
            "register_sensitive": self.register_sensitive,
            "examples": [
                {"passage_id": e.passage_id, "text": e.text, "source": e.source_name}
                for e in self.examples
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Deviation:
        """The deviation to_dict described (a stored report read back)."""
        return cls(
            feature=data["feature"],
            family=data["family"],
            label=data["label"],
            importance=data["importance"],
            text=data["text"],
            draft_value=data["draft_value"],
            her_typical=data["her_typical"],
            her_low=data["her_low"],
            her_high=data["her_high"],
            draft_category=data["draft_category"],
            her_category=data["her_category"],
            her_share_of_draft_category=data["her_share_of_draft_category"],
            examples=read_examples(data["examples"]),
            register_sensitive=data["register_sensitive"],
        )


def read_examples(items: list[dict[str, Any]]) -> tuple[Example, ...]:
    """Examples from their report form ({"passage_id", "text", "source"}), as to_dict wrote."""
    return tuple(Example(e["passage_id"], e["text"], e["source"]) for e in items)


def quote(text: str, lang: str) -> str:
    """`text` in single quotes of the language: ‚du‘ / ‘you’."""
    return quote_single(text, lang)


def category_label(spec: FeatureSpec, category: str, lang: str) -> str:
    """The readable name of a category ('Liebe Grüße', 'Gendersternchen'), else the key."""
    return spec.category_label(category, lang) or category.replace("_", " ")


def quoted_category(spec: FeatureSpec, category: str) -> dict[str, object]:
    """A category's readable name in single quotes, as a Phrase parameter."""
    key = f"feature.{spec.name}.category.{category}"
    text = nested(key) if key in MESSAGES else category.replace("_", " ")
    return nested("quote.single", text=text)


def dominant_category(counts: dict[str, float], prefix: str) -> tuple[str, float] | None:
    """The category with the most counts under `prefix` and its count, or None."""
    best: tuple[str, float] | None = None
    for key, value in counts.items():
        if value > 0 and key.startswith(prefix) and (best is None or value > best[1]):
            best = (key[len(prefix) :], value)
    return best


def find_deviations(
    stats: PassageStats,
    her: LanguageProfile,
    *,
    lang: str,
    name: str,
    web_draft: bool = False,
    registers_differ: bool = False,
) -> list[Deviation]:
    """Return the draft's deviations from her profile, most important first.

    `web_draft`: greetings and sign-offs are never flagged. `registers_differ`: the
    profile rests on another register than the draft, so register-sensitive features
    count at REGISTER_WEIGHT.
    """
    found: list[Deviation] = []
    for feature, summary in her.features.items():
        spec = SPECS_BY_NAME.get(feature)
        if spec is None or feature in SKIPPED or (web_draft and feature in NEVER_ON_WEB):
            continue
        if spec.unit == UNIT_CATEGORY:
            deviation = _judge_category(spec, summary, stats, lang, name)
        else:
            deviation = _judge_number(spec, summary, stats, her, lang, name)
        if deviation is None:
            continue
        if registers_differ and feature in REGISTER_SENSITIVE:
            deviation = _reweigh(deviation, REGISTER_WEIGHT)
        found.append(deviation)
    found.sort(key=lambda d: (-d.importance, d.feature))
    return found


def _reweigh(deviation: Deviation, weight: float) -> Deviation:
    data = {f: getattr(deviation, f) for f in Deviation.__dataclass_fields__}
    data["importance"] = deviation.importance * weight
    data["register_sensitive"] = True
    return Deviation(**data)


def _judge_category(
    spec: FeatureSpec, her: FeatureSummary, stats: PassageStats, lang: str, name: str
) -> Deviation | None:
    """A deviation when the draft's dominant category is rare for her."""
    if not spec.categories or not her.distribution or her.n_units < MIN_CATEGORY_SUPPORT:
        return None
    found = dominant_category(stats.counts, spec.categories)
    if found is None:
        return None
    category = found[0]
    share = her.distribution.get(category, 0.0)
    if share >= RARE_SHARE:
        return None
    her_category = max(her.distribution.items(), key=lambda item: (item[1], item[0]))[0]
    importance = 1.0 + 2.0 * (1.0 - share / RARE_SHARE) + PRIORITY.get(spec.name, 0.0)
    if spec.name in HABITS:
        importance += HABIT_IMPORTANCE
    n_her = round(her.distribution[her_category] * her.n_units)
    draft, her_quoted = quoted_category(spec, category), quoted_category(spec, her_category)
    if spec.name == "address_form":
        text, phrase = say(
            "deviation.address",
            lang,
            draft=draft,
            name=name,
            n_her=n_her,
            n_all=her.n_units,
            her=her_quoted,
        )
    else:
        text, phrase = say(
            "deviation.category",
            lang,
            label=nested(f"feature.{spec.name}.label"),
            draft=draft,
            name=name,
            her=her_quoted,
            her_share={"percent": her.distribution[her_category]},
            share={"percent": share},
        )
    return Deviation(
        feature=spec.name,
        family=spec.family,
        label=spec.label(lang),
        importance=importance,
        text=text,
        draft_value=None,
        her_typical=her.typical,
        her_low=None,
        her_high=None,
        draft_category=category,
        her_category=her_category,
        her_share_of_draft_category=share,
        examples=her.examples[:2],
        phrase=phrase,
    )


def measure_scale(
    spec: FeatureSpec, her: FeatureSummary, profile: LanguageProfile, draft_units: float
) -> float:
    """Her spread (high − low, floored per unit), widened for a draft smaller than her
    average passage: sampling noise of a value grows like 1/sqrt(units)."""
    low = her.low if her.low is not None else 0.0
    high = her.high if her.high is not None else low
    spread = max(high - low, SCALE_FLOOR.get(spec.unit, 0.1))
    passage_units = her.n_units / max(her.n_passages, 1)
    scale = spread * math.sqrt(max(1.0, passage_units / max(draft_units, 1.0)))
    per = COUNT_UNITS.get(spec.unit)
    if per is not None and her.typical is not None:
        # A rate counts events: its noise in a draft of this size is at least Poisson's,
        # sqrt(expected + 1) events (one buzzword in 300 words is no finding).
        expected = her.typical * draft_units / per
        scale = max(scale, math.sqrt(expected + 1.0) / max(draft_units, 1.0) * per)
    return scale


def _judge_number(
    spec: FeatureSpec,
    her: FeatureSummary,
    stats: PassageStats,
    profile: LanguageProfile,
    lang: str,
    name: str,
) -> Deviation | None:
    """A deviation when the draft's value is outside her range by more than a scale."""
    if spec.value is None or her.typical is None or her.low is None or her.high is None:
        return None
    units = stats.counts.get(spec.units_key, 0.0)
    if units < MIN_DRAFT_UNITS.get(spec.units_key, 1.0):
        return None
    value = spec.value(stats.counts, stats.sentence_lengths)
    if value is None or not math.isfinite(value):
        return None
    # Her pooled value belongs to her usual range: for rare events most passages have
    # none (range 0–0) although she uses them at a steady pooled rate.
    low, high = min(her.low, her.typical), max(her.high, her.typical)
    nearest = min(max(value, low), high)
    distance = abs(value - nearest) / measure_scale(spec, her, profile, units)
    if distance < THRESHOLD or not is_beyond_chance(spec, value, low, high, units):
        return None
    text, phrase = describe_number(spec, her, value, lang, name)
    return Deviation(
        feature=spec.name,
        family=spec.family,
        label=spec.label(lang),
        importance=saturate(distance) + PRIORITY.get(spec.name, 0.0),
        text=text,
        draft_value=value,
        her_typical=her.typical,
        her_low=her.low,
        her_high=her.high,
        examples=her.examples[:2],
        phrase=phrase,
    )


def saturate(distance: float) -> float:
    """Return a distance squeezed below MAX_DISTANCE, order kept (no ties at a cap)."""
    return MAX_DISTANCE * (1.0 - math.exp(-distance / MAX_DISTANCE))


def is_beyond_chance(
    spec: FeatureSpec, value: float, low: float, high: float, units: float
) -> bool:
    """For rates of counted events: is the draft's count unlikely (p < POISSON_ALPHA) for a
    writer at the near end of her range? Three dashes in 300 words where she averages one
    is chance (p ≈ 0.11); nine buzzwords where she averages 0.5 is not. Other units: True."""
    per = COUNT_UNITS.get(spec.unit)
    if per is None:
        return True
    observed = round(value * units / per)
    if value > high:
        return poisson_at_least(observed, high * units / per) < POISSON_ALPHA
    return poisson_at_most(observed, low * units / per) < POISSON_ALPHA


def poisson_at_most(k: int, lam: float) -> float:
    """P(X ≤ k) for X ~ Poisson(lam)."""
    if lam <= 0:
        return 1.0
    term = math.exp(-lam)
    total = term
    for i in range(1, max(k, 0) + 1):
        term *= lam / i
        total += term
    return min(total, 1.0)


def poisson_at_least(k: int, lam: float) -> float:
    """P(X ≥ k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    return max(0.0, 1.0 - poisson_at_most(k - 1, lam))


def describe_number(
    spec: FeatureSpec, her: FeatureSummary, value: float, lang: str, name: str
) -> tuple[str, Phrase]:
    """One sentence: the draft's value against her typical value and usual range."""
    typical_value = her.typical if her.typical is not None else value
    low_value = her.low if her.low is not None else typical_value
    high_value = her.high if her.high is not None else typical_value
    if spec.name == "sentence_length_words_median":
        draft, typical = number(value), number(typical_value)
        return say("deviation.sentence_length", lang, draft=draft, typical=typical)
    high = {"value": high_value, "unit": spec.unit}
    if spec.unit == UNIT_SHARE:
        low: dict[str, object] = {"percent": low_value, "bare": True}
    else:
        low = number(low_value)
    same = format_value(low_value, spec.unit, lang) == format_value(high_value, spec.unit, lang)
    return say(
        "deviation.more" if value > high_value else "deviation.less",
        lang,
        label=nested(f"feature.{spec.name}.label"),
        draft={"value": value, "unit": spec.unit},
        name=name,
        usual=high if same else {"join": [low, high], "sep": " – "},
        typical={"value": typical_value, "unit": spec.unit},
    )
