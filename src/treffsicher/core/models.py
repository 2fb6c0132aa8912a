"""Frozen dataclasses shared by the pipeline: text → tokens → features → voice profile.

This module is the contract between the stages; it holds data only, no logic beyond
trivial accessors and dict conversion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

# Language codes used throughout: ISO 639-1 for languages we recognise, "und" when the
# language could not be determined. Only PROFILE_LANGUAGES enter a voice profile.
PROFILE_LANGUAGES: tuple[str, ...] = ("de", "en")
UNDETERMINED = "und"

# Token kinds produced by core.tokens.
WORD = "word"  # letters, incl. hyphenated compounds, gendered forms, abbreviations ("z. B.")
NUMBER = "number"  # 3. (ordinal), 2.040, 19,90, 10:30, 03.06.2025
PUNCT = "punct"  # . , ; : ! ? … – — ( ) „ “ " ' » «
URL = "url"
EMAIL = "email"
EMOJI = "emoji"  # 🙂 ❤️ 👍🏽 (one token per emoji incl. modifiers and ZWJ sequences)
EMOTICON = "emoticon"  # :-) ;) :D
SYMBOL = "symbol"  # € % & § # @ + = / * and anything else


@dataclass(frozen=True, slots=True)
class Token:
    """One token with character offsets into the text it came from (text[start:end])."""

    start: int
    end: int
    kind: str
    text: str


class Sentence(NamedTuple):
    """A sentence as a character span and a half-open range of token indices.

    A named tuple rather than a frozen dataclass: tokenize makes one per sentence, and a
    tuple is built in C (profile speed).
    """

    start: int
    end: int
    first_token: int
    end_token: int  # exclusive


@dataclass(frozen=True)
class TokenizedText:
    """Tokens and sentences of one text, stored as parallel lists for speed.

    The i-th token is text[starts[i]:ends[i]] of kind kinds[i]; `texts[i]` is that slice.
    Tokens are in order and do not overlap; everything between them is whitespace.
    Sentences are in order, do not overlap, and together contain every token.
    """

    text: str
    starts: list[int]
    ends: list[int]
    kinds: list[str]
    texts: list[str]
    sentences: list[Sentence]

    def __len__(self) -> int:
        return len(self.starts)

    def token(self, index: int) -> Token:
        return Token(self.starts[index], self.ends[index], self.kinds[index], self.texts[index])

    def tokens(self) -> list[Token]:
        return [self.token(i) for i in range(len(self.starts))]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


# Passage kinds: the register a passage was written in (weighs features by register).
KIND_EMAIL = "email"
KIND_SPEECH = "speech"  # call transcript turns, phone notes in her words
KIND_WEB = "web"  # website copy
KIND_DOCUMENT = "document"
KIND_TEXT = "text"  # anything else / unknown


@dataclass(frozen=True, slots=True)
class Passage:
    """A piece of the client's own words, with provenance, as the core sees it."""

    id: int
    text: str
    language: str
    kind: str = KIND_TEXT
    source_name: str = ""


@dataclass(frozen=True, slots=True)
class Example:
    """A short quote from one of the client's passages that shows a feature."""

    passage_id: int
    text: str
    source_name: str = ""


@dataclass(frozen=True)
class FeatureSummary:
    """One feature of a voice profile in one language: typical value, spread, support."""

    name: str  # stable, with its unit: "sentence_length_words_median"
    unit: str
    family: str
    typical: float | None  # pooled over all her passages; None when nothing to measure
    low: float | None  # lower end of her usual range (25th percentile across passages)
    high: float | None  # upper end of her usual range (75th percentile across passages)
    n_passages: int  # passages the value rests on
    n_units: int  # words or sentences (see unit) the value rests on
    distribution: dict[str, float] | None = None  # categorical features: share per category
    examples: tuple[Example, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "family": self.family,
            "typical": self.typical,
            "low": self.low,
            "high": self.high,
            "n_passages": self.n_passages,
            "n_units": self.n_units,
            "distribution": self.distribution,
            "examples": [
                {"passage_id": e.passage_id, "text": e.text, "source": e.source_name}
                for e in self.examples
            ],
        }


@dataclass(frozen=True)
class SignatureTerm:
    """A word or phrase she uses far more often than general German/English."""

    term: str
    count: int  # occurrences in her passages
    n_passages: int  # passages it occurs in (>= 3 to qualify)
    keyness: float  # log-likelihood ratio (or similar) against the reference frequencies
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Fingerprint:
    """Stylometric fingerprint for the fit score: relative frequencies, see core.fingerprint."""

    n_words: int
    word_freqs: dict[str, float] = field(default_factory=dict)
    char_ngram_freqs: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class LanguageProfile:
    """The voice profile for one language."""

    language: str
    n_passages: int
    n_words: int
    n_sentences: int
    passages_by_kind: dict[str, int]
    reliability: str  # "good" | "thin" | "too_little" (thresholds: core.profile, README)
    features: dict[str, FeatureSummary]
    signature_terms: tuple[SignatureTerm, ...] = ()
    avoided_words: tuple[str, ...] = ()  # common words she never uses
    fingerprint: Fingerprint | None = None


@dataclass(frozen=True)
class VoiceProfile:
    """What a client's passages have in common, per language."""

    languages: dict[str, LanguageProfile]
    n_passages_total: int
    excluded_passages: dict[str, int]  # language code → passages left out (not de/en)


@dataclass(frozen=True, slots=True)
class NoGo:
    """A word or phrase the client asked not to see: her rejecting sentence as evidence and
    what she would rather read, if she said so. A mention, never her usage."""

    term: str
    evidence: str = ""
    replacement: str = ""
    lang: str = "de"

    @property
    def corrects_figure(self) -> bool:
        """A figure she corrected („1987, nicht 1990“): the wrong and the right one both
        hold digits, so a draft is told her figure, not that she dislikes a word."""
        return any(c.isdigit() for c in self.term) and any(c.isdigit() for c in self.replacement)


@dataclass(frozen=True, slots=True)
class ToneWish:
    """How she asked the text to address its readers: "du" or "sie" (German only), with
    her words or the assumption that says so as evidence (core.habits.read_address_wish)."""

    form: str
    evidence: str = ""
