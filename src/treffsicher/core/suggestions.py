"""Suggestions and register: her signature terms that fit the draft, her greeting and sign-off.

Kept simple and explainable: a signature term "fits the draft's topic" when one of its
content words (in German: its nouns) is a form of a draft word or heads its compound
(share_stem: "Geburt" ↔ "Geburten", "Baby" ↔ "Babymassage"); a shared start alone
("geschickt" ↔ "Geschichte") is no match. Register: a draft is web
copy when it has Markdown headings or starts without a greeting line, an email when its
first line is a greeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from treffsicher.core.deviations import category_label, quote, read_examples
from treffsicher.core.features import SPECS_BY_NAME
from treffsicher.core.features.greetings import classify_formula
from treffsicher.core.models import (
    KIND_EMAIL,
    KIND_SPEECH,
    KIND_WEB,
    WORD,
    Example,
    LanguageProfile,
    TokenizedText,
)
from treffsicher.core.signature_words import EMPTY, GREETINGS, WORD_LISTS

PREFIX_CHARS = 5  # shared word start of two forms of one word ("geburt" in "geburten")
# Endings that make two forms of one word ("Geburt"/"Geburten", "mug"/"mugs").
STEM_ENDINGS = {
    "de": frozenset({"", "e", "en", "n", "s", "es", "er", "ern", "in", "innen"}),
    "en": frozenset({"", "s", "es", "'s", "ed", "d", "ing", "er", "ers"}),
}
MIN_WORD_CHARS = 4  # shorter words ("und", "the") say nothing about a topic
MAX_TERMS = 5
HEADING_RE = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S")
GREETING_LINE_RE = re.compile(rf"(?i)^\s*(?:{GREETINGS})\b[^\n]{{0,60}}[,!]?\s*$")
# Kinds of passage written like an email (a conversation with one person).
CONVERSATIONAL = frozenset({KIND_EMAIL, KIND_SPEECH})


@dataclass(frozen=True)
class Suggestion:
    """Something of hers the draft could use: a signature term, her greeting, her sign-off."""

    kind: str  # "signature_term" | "greeting" | "signoff"
    term: str
    text: str
    examples: tuple[Example, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (report schema_version 1)."""
        return {
            "kind": self.kind,
            "term": self.term,
            "text": self.text,
            "examples": [
                {"passage_id": e.passage_id, "text": e.text, "source": e.source_name}
                for e in self.examples
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suggestion:
        """The suggestion to_dict described (a stored report read back)."""
        return cls(data["kind"], data["term"], data["text"], read_examples(data["examples"]))


def guess_register(text: str) -> str:
    """ "web" for Markdown headings or no greeting line at the start, "email" otherwise."""
    if HEADING_RE.search(text):
        return KIND_WEB
    first = next((line for line in text.splitlines() if line.strip()), "")
    return KIND_EMAIL if GREETING_LINE_RE.match(first) else KIND_WEB


def conversational_share(her: LanguageProfile) -> float:
    """The share of her passages written to one person (emails, call notes)."""
    total = sum(her.passages_by_kind.values())
    if total == 0:
        return 0.0
    return sum(n for k, n in her.passages_by_kind.items() if k in CONVERSATIONAL) / total


def describe_register(register: str, her: LanguageProfile, basis: str, lang: str) -> str:
    """One or two sentences on the draft's register and what the comparison rests on."""
    from treffsicher.i18n import t

    return t(register_key(register, her, basis), lang)


def register_key(register: str, her: LanguageProfile, basis: str) -> str:
    """The catalogue key of describe_register's sentence."""
    if basis == KIND_WEB:
        return "suggest.register.own_web"
    if register == KIND_WEB and conversational_share(her) > 0.5:
        return "suggest.register.web_from_conversations"
    if register == KIND_WEB:
        return "suggest.register.web"
    return "suggest.register.email"


def list_draft_words(doc: TokenizedText, lang: str) -> set[str]:
    """The draft's lower-cased content words of at least MIN_WORD_CHARS letters."""
    skip = WORD_LISTS.get(lang, {}).get("function", EMPTY) | WORD_LISTS.get(lang, {}).get(
        "style", EMPTY
    )
    return {
        t.lower()
        for t, k in zip(doc.texts, doc.kinds, strict=True)
        if k == WORD and len(t) >= MIN_WORD_CHARS and t.lower() not in skip
    }


def share_stem(word: str, other: str, lang: str) -> bool:
    """True when two lower-cased words are forms of one word or one is the head of the
    other's compound: "geburt"/"geburten", "baby"/"babymassage", "mug"/"mugs".

    A shared start alone is no match: "geschickt" and "geschichte", "verschieben" and
    "verschiedene" share eight letters and nothing else.
    """
    short, long = sorted((word, other), key=len)
    endings = STEM_ENDINGS.get(lang, STEM_ENDINGS["en"])
    if long.startswith(short):
        rest = long[len(short) :]
        # German compounds: "Baby" heads "Babymassage"; English has no closed compounds.
        return rest in endings or (lang == "de" and len(short) >= MIN_WORD_CHARS)
    common = next(
        (i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short)
    )
    return common >= PREFIX_CHARS and short[common:] in endings and long[common:] in endings


def find_topic_match(term: str, words: set[str], lang: str) -> str | None:
    """Return the draft word that shares a topic word with the term, or None.

    Only content words count, and in German only nouns (capitalised in her spelling):
    the topic of a draft lies in its nouns, and a verb or adjective of hers ("ehrlich",
    "gemacht") would otherwise "fit" every draft that uses any form of it.
    """
    skip = WORD_LISTS.get(lang, {}).get("function", EMPTY) | WORD_LISTS.get(lang, {}).get(
        "style", EMPTY
    )
    for part in term.split():
        if len(part) < MIN_WORD_CHARS or part.lower() in skip:
            continue
        if lang == "de" and not part[:1].isupper():
            continue
        for word in sorted(words):
            if share_stem(part.lower(), word, lang):
                return word
    return None


def suggest_terms(
    doc: TokenizedText, her: LanguageProfile, *, lang: str, name: str
) -> list[Suggestion]:
    """Her signature terms that fit the draft's topic and are not in it yet."""
    from treffsicher.i18n import t

    words = list_draft_words(doc, lang)
    text_lower = doc.text.lower()
    found = []
    for term in her.signature_terms:
        if term.term.lower() in text_lower:
            continue  # already there
        match = find_topic_match(term.term, words, lang)
        if match is None:
            continue
        text = t(
            "suggest.term",
            lang,
            term=quote(term.term, lang),
            name=name,
            count=str(term.count),
            passages=str(term.n_passages),
            match=quote(match, lang),
        )
        found.append(Suggestion("signature_term", term.term, text, term.examples[:1]))
        if len(found) >= MAX_TERMS:
            break
    return found


def suggest_formulas(
    counts: dict[str, float], her: LanguageProfile, *, lang: str, name: str
) -> list[Suggestion]:
    """Her usual greeting and sign-off, when the draft (a mailing) uses another or none;
    each only with a quoted line of hers of that very form (the profile's examples)."""
    from treffsicher.i18n import t

    found = []
    for feature in ("greeting", "signoff"):
        summary = her.features.get(feature)
        spec = SPECS_BY_NAME[feature]
        if summary is None or not summary.distribution or not spec.categories:
            continue
        hers, share = max(summary.distribution.items(), key=lambda item: (item[1], item[0]))
        if counts.get(spec.categories + hers, 0) > 0:
            continue  # the draft already uses hers
        label = category_label(spec, hers, lang)
        percent = str(round(share * 100))
        text = t(f"suggest.{feature}", lang, name=name, label=quote(label, lang), percent=percent)
        # Quote a line of the same greeting: "Hallo" with a "Guten Morgen …" example
        # would contradict the advice, and advice without her own line is a guess.
        same = [
            e for e in summary.examples if classify_formula(feature, e.text, her.language) == hers
        ]
        if same:
            found.append(Suggestion(feature, label, text, tuple(same[:1])))
    return found
