"""The Stimmprofil page's view: per language, feature families with charts, quotes and
signature words, worded by services.profiling and core.explain."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial

from markupsafe import Markup

from treffsicher.core.features import ALL_SPECS
from treffsicher.core.features.base import UNIT_CATEGORY, UNIT_SHARE, FeatureSpec
from treffsicher.core.models import FeatureSummary, LanguageProfile
from treffsicher.i18n import name_language, t
from treffsicher.services import profiling
from treffsicher.services.profiling import ClientProfile
from treffsicher.web.i18n import ui_text
from treffsicher.web.svg import is_inside, render_range_bar, render_share_bar

EXAMPLES_SHOWN = 1  # one quote per feature keeps the detail short
CATEGORIES_SHOWN = 5


@dataclass(frozen=True)
class Quote:
    """A short quote from her passages and the source it comes from."""

    text: str
    source: str


@dataclass(frozen=True)
class FeatureView:
    """One feature as the page shows it."""

    name: str
    label: str
    typical: str
    usual: str
    sentence: str
    chart: Markup
    examples: tuple[Quote, ...]
    draft_value: str = ""
    draft_inside: bool = False
    quiet: bool = False  # says nothing about her (never used, or nothing to measure)
    typical_note: str = ""  # why the typical value lies outside the usual range


@dataclass(frozen=True)
class FamilyView:
    """A family heading and its features."""

    key: str
    title: str
    features: list[FeatureView]
    quiet: list[FeatureView] = field(default_factory=list)


@dataclass(frozen=True)
class TermView:
    """A signature word or phrase with a quote."""

    term: str
    count: int
    n_passages: int
    example: str


@dataclass(frozen=True)
class LanguageView:
    """The profile for one language."""

    code: str
    name: str
    support: str
    reliability: str
    families: list[FamilyView]
    signature_terms: list[TermView]
    avoided_words: tuple[str, ...]


@dataclass(frozen=True)
class DraftMark:
    """Which check's draft is marked in the charts."""

    name: str
    created_at: datetime
    language: str
    values: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ProfileView:
    """Everything the profile page shows."""

    languages: list[LanguageView]
    excluded: str
    draft: DraftMark | None


def build_profile_view(
    client_profile: ClientProfile, lang: str, draft: DraftMark | None = None
) -> ProfileView:
    """The page's view of a client's profile, with the draft's values when given."""
    profile = client_profile.profile
    languages = []
    for code, language_profile in profile.languages.items():
        values = draft.values if draft is not None and draft.language == code else {}
        languages.append(view_language(client_profile, code, language_profile, values, lang))
    excluded = ""
    if profile.excluded_passages:
        items = profile.excluded_passages.items()
        names = ", ".join(f"{name_language(k, lang)} {v}" for k, v in items)
        total = sum(profile.excluded_passages.values())
        excluded = t("profile.excluded", lang, count=total, languages=names)
    return ProfileView(languages, excluded, draft)


def view_language(
    client_profile: ClientProfile,
    code: str,
    language_profile: LanguageProfile,
    draft_values: dict[str, float],
    lang: str,
) -> LanguageView:
    """One language's part of the page."""
    families: dict[str, list[FeatureView]] = {}
    for spec in ALL_SPECS:
        summary = language_profile.features.get(spec.name)
        if summary is None:
            continue
        feature = view_feature(summary, spec, draft_values.get(spec.name), lang)
        families.setdefault(spec.family, []).append(feature)
    terms = [
        TermView(
            term.term,
            term.count,
            term.n_passages,
            profiling.quote_text(term.examples[0].text, lang) if term.examples else "",
        )
        for term in language_profile.signature_terms
    ]
    return LanguageView(
        code=code,
        name=name_language(code, lang),
        support=profiling.describe_support(client_profile, code, lang),
        reliability=language_profile.reliability,
        families=[
            FamilyView(
                key,
                family_title(key, lang),
                [f for f in items if not f.quiet],
                [f for f in items if f.quiet],
            )
            for key, items in families.items()
        ],
        signature_terms=terms,
        avoided_words=language_profile.avoided_words,
    )


def view_feature(
    summary: FeatureSummary, spec: FeatureSpec, draft_value: float | None, lang: str
) -> FeatureView:
    """A feature's texts, chart and quotes."""
    label = spec.label(lang)
    typical = profiling.format_typical(summary, spec, lang)
    usual = format_usual(summary, lang)
    no_value = t("profile.no_value", lang)
    draft_text = ""
    if summary.unit == UNIT_CATEGORY:
        chart = category_chart(summary, spec, label, lang)
    else:
        if draft_value is not None:
            draft_text = profiling.format_value(draft_value, summary.unit, lang)
        description = ui_text(
            "chart.range",
            lang,
            label=label,
            low_high=usual,
            typical=typical,
        )
        if draft_text:
            description += " " + ui_text("chart.draft", lang, value=draft_text)
        chart = render_range_bar(
            summary.low,
            summary.high,
            summary.typical,
            draft_value,
            summary.unit == UNIT_SHARE,
            description,
            partial(format_tick, unit=summary.unit, lang=lang),
        )
    examples = tuple(
        Quote(profiling.quote_text(e.text, lang), e.source_name)
        for e in summary.examples[:EXAMPLES_SHOWN]
    )
    return FeatureView(
        name=summary.name,
        label=label,
        typical=typical,
        usual="" if usual == no_value else usual,
        sentence=profiling.describe_feature(summary, spec, lang),
        chart=chart,
        examples=examples,
        draft_value=draft_text,
        draft_inside=draft_value is not None and is_inside(draft_value, summary.low, summary.high),
        quiet=says_nothing(summary),
        typical_note=note_typical_outside(summary, lang),
    )


def format_usual(summary: FeatureSummary, lang: str) -> str:
    """Her usual range in the feature's one unit (categories: the leading share in %)."""
    if summary.unit != UNIT_CATEGORY:
        return profiling.format_range(summary, lang)
    if summary.low is None or summary.high is None:
        return t("profile.no_value", lang)
    as_share = replace(summary, unit=UNIT_SHARE)
    return profiling.format_range(as_share, lang)


def format_tick(value: float, unit: str, lang: str) -> str:
    """An axis label: a plain number, the unit only at the axis end (and on shares)."""
    if unit == UNIT_SHARE:
        return profiling.format_value(value, UNIT_SHARE, lang)
    return "0" if value == 0 else profiling.format_value(value, unit, lang)


def says_nothing(summary: FeatureSummary) -> bool:
    """True when the feature tells nothing about her: nothing to measure, or a habit she
    never shows (zero everywhere)."""
    if summary.typical is None:
        return True
    if summary.unit == UNIT_CATEGORY:
        return not summary.distribution
    return summary.typical == 0 and not summary.high


def note_typical_outside(summary: FeatureSummary, lang: str) -> str:
    """A word when the typical value (over all her text) lies outside the usual range (the
    middle half of her single texts): both numbers are right, they measure different things."""
    if summary.unit == UNIT_CATEGORY or summary.typical is None:
        return ""
    if (
        summary.low is None
        or summary.high is None
        or is_inside(summary.typical, summary.low, summary.high)
    ):
        return ""
    return ui_text("profile.typical_outside", lang)


def category_chart(summary: FeatureSummary, spec: FeatureSpec, label: str, lang: str) -> Markup:
    """A stacked share bar of a categorical feature (empty when nothing was counted)."""
    if not summary.distribution:
        return Markup("")
    ranked = sorted(summary.distribution.items(), key=lambda item: (-item[1], item[0]))
    shares = []
    for key, share in ranked[:CATEGORIES_SHOWN]:
        category = key.removeprefix(spec.categories or "")
        name = spec.category_label(category, lang) or category
        shares.append((f"{name} {profiling.format_value(share, UNIT_SHARE, lang)}", share))
    description = f"{label}: " + ", ".join(text for text, _ in shares)
    return render_share_bar(shares, description)


def family_title(family: str, lang: str) -> str:
    """The heading of a feature family from the CLI catalogue (its key when missing)."""
    try:
        return t(f"family.{family}", lang)
    except KeyError:
        return family


def measure_draft(text: str, language: str) -> dict[str, float]:
    """The draft's value of every numeric feature, measured as her passages are
    (core.features.extract_stats over the whole draft)."""
    from treffsicher.core.features import extract_stats, specs_for
    from treffsicher.core.text import normalize_text
    from treffsicher.core.tokens import tokenize

    stats = extract_stats(tokenize(normalize_text(text)), language)
    values: dict[str, float] = {}
    for spec in specs_for(language):
        if spec.value is None or spec.unit == UNIT_CATEGORY:
            continue
        value = spec.value(stats.counts, stats.sentence_lengths)
        if value is not None and math.isfinite(value):
            values[spec.name] = value
    return values
