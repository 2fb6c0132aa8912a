"""Gender-fair language in German: marks, pair forms, neutral words, generic masculine.

Gender marks (Kund:innen, Kund*innen, KundInnen …) and pair forms ("Kundinnen und Kunden")
are found with regexes over the text, so they do not depend on how the tokenizer splits them.
Neutral words (Teilnehmende) and generic-masculine nouns (Kunden) come from word lists in
core/wordlists, matched with core.features.wording's lexicon; a masculine noun inside a
gender-fair span ("Kundinnen und Kunden") is not counted as generic. The per-100-words rate
shares wording's word count (wording.WORDS_KEY) as its denominator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.features.base import (
    UNIT_CATEGORY,
    UNIT_SHARE,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ratio,
)
from treffsicher.core.features.punctuation import find_sentence_span
from treffsicher.core.features.wording import build_lexicon, count_lexicon, rate_spec
from treffsicher.core.models import TokenizedText
from treffsicher.core.wordlists import load_wordlist

# Count keys → German word lists; the keys use the "gender:" category prefix.
GENDER_LISTS = (
    ("gender:neutral", "de_neutral_forms"),
    ("gender:none", "de_generic_masculine"),
)
FAIR_FEATURES = ("gender_style", "gender_fair_share", "gender_fair_rate_per_100_words")
# Count key → the features whose examples a word-list hit illustrates.
FEATURES_OF_KEY: dict[str, tuple[str, ...]] = {
    "gender:neutral": FAIR_FEATURES,
    "gender:none": ("gender_style",),
}
GENDER_STYLES = ("none", "colon", "star", "binnen_i", "underscore", "slash", "pair", "neutral")
GENDER_KEYS = tuple("gender:" + style for style in GENDER_STYLES)
# Capitalised words with a Binnen-I look-alike that are not gendered forms.
NOT_BINNEN_I = frozenset({"linkedin", "plugin", "login", "checkin", "mckinsey"})

# A gender mark right after a stem: Kund:innen, Kund*in, Kund_innen, Kund/innen, Kund/-innen,
# KundInnen. The pattern starts with one character class so that re can skip ahead fast
# (named alternatives were 8x slower); the mark and the stem (a capitalised noun — "Uhrzeit:
# 10" has a space) are checked in Python.
GENDER_MARK_RE = re.compile(r"[:*_/I]-?(?:in|n)(?:nen)?(?:\b|(?<=nen)[a-zäöüß]{3,}\b)")
GENDER_MARKS = {
    ":": ("colon", frozenset({"in", "innen"})),
    "*": ("star", frozenset({"in", "innen"})),
    "_": ("underscore", frozenset({"in", "innen"})),
    "/": ("slash", frozenset({"in", "innen", "-in", "-innen"})),
    "I": ("binnen_i", frozenset({"n", "nnen"})),
}
# A mark may head a compound ("Kund:innenservice", "Teilnehmer*innenliste"), but only the
# plural after ":", "*" or "_": "MailInbox" or "Ort/Innenhof" are no gendered words.
COMPOUND_MARKS = frozenset({":", "*", "_"})
# Pair forms: "Kundinnen und Kunden", "Kollegen oder Kolleginnen", "jede Kundin und jeder
# Kunde". The connector is found first; the nouns around it are checked in is_pair_form.
CONNECTOR_RE = re.compile(r" (?:und|oder|bzw\.|sowie|&) ")
# "Bürgerinnen- und Bürgerbeteiligung": the left noun may end in a hyphen (the shared head
# of a compound is left out), then the right word is the masculine form's compound.
LEFT_NOUN_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-?$")
RIGHT_NOUN_RE = re.compile(r"(?:[a-zäöüß]+ )?([A-ZÄÖÜ][a-zäöüß]+)\b")
MASCULINE_ENDINGS = ("", "e", "en", "n")
# What every pair form has (see is_pair_form): its feminine noun, a capitalised word on -in
# or -innen of at least five letters (LEFT_NOUN_RE before the connector, RIGHT_NOUN_RE
# after it). A passage without such a word has no pair form, and its connectors are not
# looked at one by one (profile speed).
PAIR_HINT_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}in(?:nen)?\b")
# Nouns on -in that are not feminine forms ("Termin und Terme" is no pair form).
NOT_FEMININE_IN = frozenset(
    {"termin", "berlin", "medizin", "benzin", "vitamin", "magazin", "kamin", "rubin", "urin",
     "protein", "disziplin", "delfin", "pinguin", "insulin", "koffein", "musselin", "zeppelin"}
)  # fmt: skip
UMLAUT_FOLD = str.maketrans("äöü", "aou")
# Job-ad marks for all genders: "Tischler (m/w/d)" names every gender on purpose, so the
# noun before it is no generic masculine (nor a gender-fair form of her own).
ALL_GENDERS_RE = re.compile(r"\((?:[mwdx]|div)(?:/(?:[mwdx]|div)){1,2}\)")
# Compounds headed by a neutral plural ("Mitarbeitendenbefragung", "Teilnehmendenliste"):
# found at their "nden" + at least three letters, the head checked against the list.
NEUTRAL_COMPOUND_RE = re.compile(r"nden(?=[a-zäöüß]{3})")
# Names of institutions she does not choose ("Studierendenwerk" is its official name).
INSTITUTION_NAMES = ("studierendenwerk",)

GENDER_LEXICON = build_lexicon(GENDER_LISTS)
NEUTRAL_HEADS = frozenset(
    w for w in load_wordlist("de_neutral_forms") if w.endswith("nden") and " " not in w
)


def find_word_start(text: str, pos: int) -> int:
    """Return where the run of letters ending at `pos` starts."""
    start = pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def has_pair_hint(text: str) -> bool:
    """Whether PAIR_HINT_RE finds a match in `text` (in C when compiled: the regex took
    a third of the family's time, docs/decisions/0025-compiled-scanner.md)."""
    if _speedups is not None:
        return _speedups.has_feminine_noun(text)
    return PAIR_HINT_RE.search(text) is not None


def find_gender_marks(text: str) -> Iterable[re.Match[str]]:
    """GENDER_MARK_RE.finditer(text), the regex tried only where a match may start (found
    in C when compiled, profile speed)."""
    if _speedups is None:
        return GENDER_MARK_RE.finditer(text)
    found = []
    end = 0
    match = GENDER_MARK_RE.match
    for at in _speedups.gender_mark_starts(text):
        if at >= end:  # finditer goes on after the last match
            m = match(text, at)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def is_pair_form(left: str, right: str) -> bool:
    """True if two nouns are a feminine and masculine pair: Kundinnen/Kunden, Ärztin/Arzt,
    and "Bürgerinnen-" / "Bürgerbeteiligung" (the feminine with the head left out)."""
    if left.endswith("-"):
        fem = left[:-1]
        if not fem.endswith("innen") or len(fem) <= 7:
            return False
        stem = fem[:-5].lower().translate(UMLAUT_FOLD)
        head = right.lower().translate(UMLAUT_FOLD)
        return any(
            head.startswith(stem + e) and len(head) >= len(stem + e) + 3 for e in MASCULINE_ENDINGS
        )
    for fem, masc in ((left, right), (right, left)):
        if fem.endswith("innen") and len(fem) > 7:
            stem = fem[:-5]
        elif fem.endswith("in") and len(fem) > 4 and fem.lower() not in NOT_FEMININE_IN:
            stem = fem[:-2]
        else:
            continue
        folded_stem = stem.lower().translate(UMLAUT_FOLD)
        folded_masc = masc.lower().translate(UMLAUT_FOLD)
        if any(folded_masc == folded_stem + e for e in MASCULINE_ENDINGS):
            return True
    return False


def find_gender_forms(
    doc: TokenizedText, counts: dict[str, int], stats: PassageStats
) -> list[tuple[int, int]]:
    """Count gender marks and pair forms in German text; return their character spans."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    wanted = any(map(stats.wants_example, FAIR_FEATURES))
    for m in find_gender_marks(text):
        found = m.group()
        style, endings = GENDER_MARKS[found[0]]
        if found[1:] not in endings:
            # A compound after the mark: only "innen" + head after ":", "*" or "_".
            if found[0] not in COMPOUND_MARKS or not found[1:].startswith("innen"):
                continue
        start = find_word_start(text, m.start())
        if start == m.start() or not text[start].isupper():
            continue  # no capitalised stem: "linkedin.com/in", "In der Stadt"
        if style == "binnen_i":
            if not text[m.start() - 1].islower() or text[start : m.end()].lower() in NOT_BINNEN_I:
                continue
        counts["gender:" + style] = counts.get("gender:" + style, 0) + 1
        spans.append((start, m.end()))
        if wanted:
            span = find_sentence_span(doc, start)
            for feature in FAIR_FEATURES:
                stats.add_example(feature, *span)
    for m in CONNECTOR_RE.finditer(text) if has_pair_hint(text) else ():
        # The anchored match on the right is the cheaper test, so it goes first.
        right = RIGHT_NOUN_RE.match(text, m.end())
        if right is None:
            continue
        left = LEFT_NOUN_RE.search(text, max(0, m.start() - 40), m.start())
        if left is None or not is_pair_form(left.group(), right.group(1)):
            continue
        counts["gender:pair"] = counts.get("gender:pair", 0) + 1
        spans.append((left.start(), right.end()))
        if wanted:
            span = find_sentence_span(doc, left.start())
            for feature in FAIR_FEATURES:
                stats.add_example(feature, *span)
    count_neutral_compounds(doc, counts, stats)
    return spans


def count_neutral_compounds(
    doc: TokenizedText, counts: dict[str, int], stats: PassageStats
) -> None:
    """Count compounds headed by a listed neutral plural ("Mitarbeitendenbefragung") as
    neutral forms; the listed words themselves are counted by the lexicon."""
    text = doc.text
    for m in NEUTRAL_COMPOUND_RE.finditer(text):
        start = find_word_start(text, m.start())
        if not text[start : start + 1].isupper():
            continue
        if text[start : m.end()].lower() not in NEUTRAL_HEADS:
            continue
        end = m.end()
        while end < len(text) and text[end].isalpha():
            end += 1
        word = text[start:end].lower()
        if word in GENDER_LEXICON or word.startswith(INSTITUTION_NAMES):
            continue  # a listed word ("Studierendenschaft"): counted by the lexicon
        counts["gender:neutral"] = counts.get("gender:neutral", 0) + 1
        if any(map(stats.wants_example, FAIR_FEATURES)):
            span = find_sentence_span(doc, start)
            for feature in FAIR_FEATURES:
                stats.add_example(feature, *span)


def find_all_gender_spans(text: str) -> list[tuple[int, int]]:
    """The spans of nouns marked for all genders ("Tischler (m/w/d)"): word and mark."""
    spans = []
    for m in ALL_GENDERS_RE.finditer(text):
        before = text[: m.start()].rstrip()
        spans.append((find_word_start(before, len(before)), m.end()))
    return spans


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add gender-fair and generic-masculine counts for one German passage to stats."""
    if prepared.lang != "de":
        return
    counts: dict[str, int] = {}
    spans = find_gender_forms(prepared.doc, counts, stats)
    if "(" in prepared.doc.text:
        spans += find_all_gender_spans(prepared.doc.text)
    count_lexicon(prepared, GENDER_LEXICON, FEATURES_OF_KEY, counts, stats, spans)
    gender_total = sum(map(counts.get, GENDER_KEYS, repeat(0)))
    stats.add_counts(
        (
            *((key, n) for key, n in counts.items() if n),
            ("gender_forms", gender_total),
            ("gender_fair_forms", gender_total - counts.get("gender:none", 0)),
        )
    )


def share_of_gender_forms(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
    """Gender-fair forms / all person nouns counted (fair + generic masculine)."""
    return ratio(counts, "gender_fair_forms", "gender_forms")


SPECS: tuple[FeatureSpec, ...] = (
    FeatureSpec(
        name="gender_style",
        unit=UNIT_CATEGORY,
        family="gender",
        languages=("de",),
        categories="gender:",
        units_key="gender_forms",
    ),
    FeatureSpec(
        name="gender_fair_share",
        unit=UNIT_SHARE,
        family="gender",
        languages=("de",),
        value=share_of_gender_forms,
        units_key="gender_forms",
    ),
    rate_spec(
        "gender_fair_rate_per_100_words",
        "gender_fair_forms",
        ("de",),
        family="gender",
    ),
)
