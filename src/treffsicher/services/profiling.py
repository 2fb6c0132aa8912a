"""Build a client's voice profile from her stored passages, and put it into words."""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.features.base import (
    UNIT_CATEGORY,
    UNIT_CHARACTERS,
    UNIT_PER_100_WORDS,
    UNIT_PER_SENTENCE,
    UNIT_SHARE,
    UNIT_WORDS,
    FeatureSpec,
)
from treffsicher.core.models import FeatureSummary, Passage, VoiceProfile
from treffsicher.i18n import describe_counts, format_number, pick_language, t
from treffsicher.services.clients import find_client
from treffsicher.storage import repo

EXAMPLE_MAX_CHARS = 90  # one terminal table cell; longer quotes are cut at a word boundary
DISTRIBUTION_TOP = 3  # categories shown for a categorical feature
UNIT_SUFFIXES = {
    "de": {
        UNIT_WORDS: "Wörter",
        UNIT_CHARACTERS: "Zeichen",
        UNIT_PER_100_WORDS: "pro 100 Wörter",
        UNIT_PER_SENTENCE: "pro Satz",
    },
    "en": {
        UNIT_WORDS: "words",
        UNIT_CHARACTERS: "characters",
        UNIT_PER_100_WORDS: "per 100 words",
        UNIT_PER_SENTENCE: "per sentence",
    },
}
QUOTES = {"de": ("„", "“"), "en": ("“", "”")}

ProfileBuilder = Callable[[list[Passage]], VoiceProfile]


@dataclass(frozen=True)
class ClientProfile:
    """A client's voice profile with what it rests on, per language."""

    client: str
    profile: VoiceProfile
    # language → source kind → number of sources with passages in that language
    sources_by_kind: dict[str, dict[str, int]]


def load_passages(session: Session, client_id: int) -> tuple[list[Passage], dict[str, Any]]:
    """Her passages as core Passages, and per language the source kinds they come from."""
    passages = []
    kinds_seen: dict[str, dict[int, str]] = defaultdict(dict)
    for row, source in repo.list_passages(session, client_id):
        passages.append(Passage(row.id, row.text, row.language, row.kind, source.name))
        kinds_seen[row.language][source.id] = source.kind
    by_kind: dict[str, Any] = {}
    for language, sources in kinds_seen.items():
        counts: dict[str, int] = defaultdict(int)
        for kind in sources.values():
            counts[kind] += 1
        by_kind[language] = dict(counts)
    return passages, by_kind


def build_client_profile(
    engine: Engine, name: str, lang: str = "en", builder: ProfileBuilder | None = None
) -> ClientProfile:
    """Load her passages and build the voice profile (NotFoundError for unknown names)."""
    with Session(engine) as session:
        client = find_client(session, name, lang)
        passages, by_kind = load_passages(session, client.id)
        client_name = client.name
    build = builder or load_core_profile().build_profile
    return ClientProfile(client_name, build(passages), by_kind)


def profile_as_dict(client_profile: ClientProfile) -> dict[str, Any]:
    """The profile as JSON-ready data: the client's name, then core's profile_to_dict."""
    data: dict[str, Any] = {"client": client_profile.client}
    data.update(load_core_profile().profile_to_dict(client_profile.profile))
    return data


def load_core_profile() -> Any:
    """core.profile, imported when first needed (it pulls in the feature families)."""
    return importlib.import_module("treffsicher.core.profile")


def describe_support(client_profile: ClientProfile, language: str, lang: str) -> str:
    """'Beruht auf 16 E-Mails, 1 Telefonnotiz und 1 Website-Text, 6.120 Wörter'."""
    profile = client_profile.profile.languages[language]
    parts = describe_counts(client_profile.sources_by_kind.get(language, {}), lang)
    return t("profile.support", lang, parts=parts, words=format_number(profile.n_words, lang))


def format_value(value: float | None, unit: str, lang: str) -> str:
    """A feature value with its unit: '34 %', '12,5 Wörter', '2.1 per 100 words', '–'."""
    if value is None:
        return t("profile.no_value", lang)
    return attach_unit(format_bare(value, unit, lang), unit, lang)


def format_bare(value: float, unit: str, lang: str) -> str:
    """The number alone as shown for `unit`: shares in percent, one decimal below 100."""
    if unit == UNIT_SHARE:
        return format_number(value * 100, lang)
    return format_number(value, lang, 1 if abs(value) < 100 else 0)


def attach_unit(number: str, unit: str, lang: str) -> str:
    """'34 %' / '34%', '12,5 Wörter', or the number alone for scores."""
    lang = pick_language(lang)
    if unit == UNIT_SHARE:
        return f"{number} %" if lang == "de" else f"{number}%"
    suffix = UNIT_SUFFIXES[lang].get(unit)
    return f"{number} {suffix}" if suffix else number


def format_range(summary: FeatureSummary, lang: str) -> str:
    """Her usual range with the unit once: '8,0 – 14,5 Wörter', or '–' when not measured."""
    if summary.low is None or summary.high is None:
        return t("profile.no_value", lang)
    low = format_bare(summary.low, summary.unit, lang)
    high = format_bare(summary.high, summary.unit, lang)
    return attach_unit(f"{low} – {high}", summary.unit, lang)


def format_typical(summary: FeatureSummary, spec: FeatureSpec | None, lang: str) -> str:
    """The typical value; for categorical features the most common categories with shares."""
    if summary.unit != UNIT_CATEGORY or not summary.distribution:
        return format_value(summary.typical, summary.unit, lang)
    ranked = sorted(summary.distribution.items(), key=lambda item: (-item[1], item[0]))
    shown = []
    prefix = spec.categories if spec and spec.categories else ""
    for key, share in ranked[:DISTRIBUTION_TOP]:
        # Keys may be bare categories ("du") or count keys ("address_form:du").
        category = key.removeprefix(prefix)
        labels = spec.category_labels.get(category, {}) if spec else {}
        label = labels.get(pick_language(lang), category)
        shown.append(f"{label} {format_value(share, UNIT_SHARE, lang)}")
    return ", ".join(shown)


def format_example(summary: FeatureSummary, lang: str) -> str:
    """The first example quote, shortened and in the language's quotation marks, or ''."""
    if not summary.examples:
        return ""
    return quote_text(summary.examples[0].text, lang)


def quote_text(text: str, lang: str) -> str:
    """`text` on one line, cut to EXAMPLE_MAX_CHARS at a word boundary, in quotes."""
    flat = " ".join(text.split())
    if len(flat) > EXAMPLE_MAX_CHARS:
        flat = flat[:EXAMPLE_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    opening, closing = QUOTES[pick_language(lang)]
    return f"{opening}{flat}{closing}"


def describe_feature(summary: FeatureSummary, spec: FeatureSpec | None, lang: str) -> str:
    """The plain-language sentence for a feature (core.explain's when it is there)."""
    if spec is None:
        return ""
    try:
        explain = importlib.import_module("treffsicher.core.explain")
    except ImportError:
        return spec.explain(lang)
    sentence: str = explain.describe_feature(summary, spec, lang)
    return sentence
