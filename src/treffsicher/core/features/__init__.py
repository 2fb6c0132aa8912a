"""Feature registry: every family's specs, and one call to extract a passage's statistics."""

from __future__ import annotations

from collections.abc import Callable, Collection

from treffsicher.core.features import (
    address,
    gender,
    greetings,
    lexical,
    punctuation,
    readability,
    syntax,
    wording,
)
from treffsicher.core.features.base import (
    FeatureSpec,
    KeywordIndex,
    PassageStats,
    PreparedText,
    join_vocabularies,
    prepare_text,
)
from treffsicher.core.models import TokenizedText

# Order here is the order features appear in a profile. greetings (family "address")
# follows address and gender precedes wording, as when both lived in those modules.
_FAMILIES = (address, greetings, lexical, readability, syntax, punctuation, gender, wording)

COUNTERS: tuple[Callable[[PreparedText, PassageStats], None], ...] = tuple(
    f.count for f in _FAMILIES
)
ALL_SPECS: tuple[FeatureSpec, ...] = tuple(s for f in _FAMILIES for s in f.SPECS)
SPECS_BY_NAME: dict[str, FeatureSpec] = {s.name: s for s in ALL_SPECS}

# Every word list the families look up in a passage, and the words they judge one by one,
# joined per language: one pass over the words finds them all (profile speed).
KEYWORDS: dict[str, KeywordIndex] = {
    "de": join_vocabularies(
        address.DU_FORMS,
        address.CONTEXT_KEYS,
        syntax.KEYWORDS_DE,
        wording.LEXICONS["de"],
        gender.GENDER_LEXICON,
        judges=(wording.is_unlisted_anglicism_compound,),
    ),
    "en": join_vocabularies(address.YOU_FORMS, syntax.KEYWORDS_EN, wording.LEXICONS["en"]),
}


def specs_for(lang: str) -> tuple[FeatureSpec, ...]:
    """The features that apply to text in `lang`."""
    return tuple(s for s in ALL_SPECS if lang in s.languages)


def extract_stats(
    doc: TokenizedText, lang: str, skip_examples: Collection[str] = frozenset()
) -> PassageStats:
    """All families' additive statistics for one tokenized passage, with examples of every
    feature but those in `skip_examples` (the counts do not depend on it)."""
    prepared = prepare_text(doc, lang, KEYWORDS.get(lang))
    stats = PassageStats(skip_examples=skip_examples)
    for counter in COUNTERS:
        counter(prepared, stats)
    return stats


__all__ = [
    "ALL_SPECS",
    "SPECS_BY_NAME",
    "FeatureSpec",
    "PassageStats",
    "PreparedText",
    "extract_stats",
    "prepare_text",
    "specs_for",
]
