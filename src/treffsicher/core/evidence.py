"""Evidence for an assumption: her sentences that support it, and those that contradict it.

Her passages are cut into sentences; a small BM25 (Robertson & Zaragoza 2009, k1 = 1.2,
b = 0.75) ranks them against the assumption over lemmas (simplemma, offline), so
„Familien“ finds „Familie“ and "families" finds "family". Function words do not count.

A hit contradicts the assumption when its polarity differs: one of the two is negated
near the shared words („Massagen bieten wir nicht mehr an“ against „Massage &
Lymphdrainage“). Contradictions carry a kind: `change` (no longer, not any more, from now
on), `override` (a later sentence that takes back an earlier one: „eigentlich doch“,
"actually", "changed my mind"), `other_person` (someone else on her side said it) or
`negation`. A supporting quote older than a contradicting change is marked superseded.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from treffsicher.core.signature_words import WORD_LISTS

K1 = 1.2
B = 0.75
MIN_SCORE = 0.5  # below this a sentence shares too little with the assumption
MAX_HITS = 8
NEGATION_WINDOW = 6  # tokens between a negation and a shared word

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")
NEGATIONS = frozenset(
    "nicht kein keine keinen keinem keiner keines nie niemals nichts ohne "
    "not no never none without nothing n't dont doesnt don't doesn't isn't aren't won't "
    "stopped aufgehört eingestellt abgeschafft gestrichen".split()
)
CHANGE_RE = re.compile(
    r"(?i)\b(?:nicht mehr|kein\w* mehr|nie mehr|ab sofort|ab jetzt|seit kurzem|inzwischen|"
    r"mittlerweile|nur noch|neuerdings|aufgehört|eingestellt|abgeschafft|"
    r"no longer|not any ?more|anymore|any more|from now on|these days|we stopped|"
    r"stopped|discontinued|only .{1,20} now)\b"
)
OVERRIDE_RE = re.compile(
    r"(?i)\b(?:eigentlich doch|doch lieber|doch eher|anders überlegt|umentschieden|"
    r"korrigier\w*|vergiss\w*|vergessen sie|nehme? .{0,20}zurück|entgegen meiner|"
    r"actually|changed my mind|on second thought|scratch that|correction|forget what)\b"
)
ASSUMPTION_STOP = frozenset(
    "sie er ihr ihre ihren kundin kunde kundinnen client she her he his they their "
    "will möchte möchten wants want wollen will soll sollen should".split()
)


@dataclass(frozen=True)
class EvidencePassage:
    """One of her passages with the provenance evidence needs."""

    id: int
    text: str
    language: str
    source: str = ""  # "Mail vom 12.05.2026: Kurse", "website.md", "Anruf 00:12:30"
    date: datetime | None = None
    source_id: int = 0  # passages of one source are not independent
    author: str = ""  # who wrote it on her side (sender or speaker), "" when unknown


@dataclass(frozen=True)
class Hit:
    """A sentence of hers that bears on an assumption."""

    passage_id: int
    text: str
    source: str
    date: datetime | None
    score: float
    source_id: int = 0
    kind: str = "support"  # support | negation | change | override | other_person
    superseded: bool = False  # support older than a contradicting change

    @property
    def contradicts(self) -> bool:
        return self.kind != "support"


@dataclass(frozen=True)
class Evidence:
    """Supporting and contradicting sentences of one assumption, best first."""

    support: tuple[Hit, ...] = ()
    contradictions: tuple[Hit, ...] = ()
    terms: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The lower-cased lemma of a word (simplemma; the word itself when it knows none)."""
    import simplemma

    code = lang if lang in ("de", "en") else "de"
    return str(simplemma.lemmatize(word, lang=code)).lower()


def lemmas(text: str, lang: str) -> list[str]:
    """Content lemmas of a text: function words and one-letter words left out."""
    function = WORD_LISTS.get(lang, {}).get("function", frozenset())
    found = []
    for word in WORD_RE.findall(text):
        low = word.lower()
        if len(low) < 2 or low in function or low in NEGATIONS or low in ASSUMPTION_STOP:
            continue
        found.append(lemma(word, lang))
        if "-" in low:
            found.extend(lemma(part, lang) for part in word.split("-") if len(part) > 2)
    return found


@dataclass(frozen=True)
class _Unit:
    passage: EvidencePassage
    text: str
    lemmas: tuple[str, ...]


def split_units(passages: Sequence[EvidencePassage]) -> list[_Unit]:
    """Her passages cut into sentences, each with its lemmas."""
    units = []
    for passage in passages:
        for match in SENTENCE_RE.finditer(passage.text):
            text = " ".join(match.group(0).split())
            words = lemmas(text, passage.language)
            if words:
                units.append(_Unit(passage, text, tuple(words)))
    return units


def rank_units(query: Sequence[str], units: Sequence[_Unit]) -> list[tuple[float, _Unit]]:
    """BM25 scores of the units for the query lemmas, best first (zero scores dropped)."""
    if not units or not query:
        return []
    n = len(units)
    average = sum(len(u.lemmas) for u in units) / n
    frequency: Counter[str] = Counter()
    for unit in units:
        frequency.update(set(unit.lemmas))
    wanted = set(query)
    scored = []
    for unit in units:
        counts = Counter(w for w in unit.lemmas if w in wanted)
        score = 0.0
        for word, tf in counts.items():
            idf = math.log(1 + (n - frequency[word] + 0.5) / (frequency[word] + 0.5))
            norm = tf + K1 * (1 - B + B * len(unit.lemmas) / average)
            score += idf * tf * (K1 + 1) / norm
        if score > 0:
            scored.append((score, unit))
    scored.sort(key=lambda pair: (-pair[0], pair[1].passage.id))
    return scored


def is_negated(text: str, shared: set[str], lang: str) -> bool:
    """True when a negation stands within NEGATION_WINDOW words of a shared lemma."""
    words = [w.lower() for w in re.findall(r"[\w']+", text)]
    negations = [i for i, w in enumerate(words) if w in NEGATIONS or w.endswith("n't")]
    if not negations:
        return False
    positions = [i for i, w in enumerate(words) if lemma(w, lang) in shared]
    return any(abs(i - j) <= NEGATION_WINDOW for i in negations for j in positions)


def classify_hit(
    unit: _Unit, query: set[str], query_negated: bool, main_author: str, lang: str
) -> str:
    """support, or the kind of contradiction this sentence is."""
    shared = query & set(unit.lemmas)
    negated = is_negated(unit.text, shared, unit.passage.language or lang)
    if negated != query_negated:
        return "change" if CHANGE_RE.search(unit.text) else "negation"
    if OVERRIDE_RE.search(unit.text):
        return "override"
    author = unit.passage.author.casefold()
    if main_author and author and author != main_author:
        return "other_person"
    return "support"


def find_main_author(passages: Sequence[EvidencePassage]) -> str:
    """The author of most of her passages (casefolded), '' when none is known."""
    authors = Counter(p.author.casefold() for p in passages if p.author)
    return authors.most_common(1)[0][0] if authors else ""


@dataclass(frozen=True)
class PassageIndex:
    """Her passages cut into lemmatised sentences once, for many assumptions."""

    units: tuple[_Unit, ...]
    main_author: str


def index_passages(passages: Sequence[EvidencePassage]) -> PassageIndex:
    """The search index of her passages (sentences, lemmas, her usual author)."""
    return PassageIndex(tuple(split_units(passages)), find_main_author(passages))


def find_evidence(
    assumption: str,
    passages: Sequence[EvidencePassage] | PassageIndex,
    lang: str = "de",
    *,
    max_hits: int = MAX_HITS,
) -> Evidence:
    """Supporting and contradicting sentences of her passages for `assumption`."""
    index = passages if isinstance(passages, PassageIndex) else index_passages(passages)
    query = lemmas(assumption, lang)
    ranked = [(s, u) for s, u in rank_units(query, index.units) if s >= MIN_SCORE]
    query_set = set(query)
    query_negated = is_negated(assumption, query_set, lang) and any(
        w.lower() in NEGATIONS for w in re.findall(r"[\w']+", assumption)
    )
    main_author = index.main_author
    hits = []
    for score, unit in ranked[: max_hits * 3]:
        kind = classify_hit(unit, query_set, query_negated, main_author, lang)
        passage = unit.passage
        hits.append(
            Hit(
                passage.id,
                unit.text,
                passage.source,
                passage.date,
                round(score, 3),
                passage.source_id,
                kind,
            )
        )
    hits = mark_overrides(hits)
    support = tuple(h for h in hits if not h.contradicts)[:max_hits]
    contradictions = tuple(h for h in hits if h.contradicts)[:max_hits]
    return Evidence(support, contradictions, tuple(dict.fromkeys(query)))


def mark_overrides(hits: list[Hit]) -> list[Hit]:
    """Support older than the newest contradicting change or override is superseded; a
    plain negation that is newer than all support counts as a change of mind."""
    dated_support = [h.date for h in hits if not h.contradicts and h.date is not None]
    newest_support = max(dated_support) if dated_support else None
    marked = []
    for hit in hits:
        if hit.kind == "negation" and hit.date and newest_support and hit.date > newest_support:
            hit = replace(hit, kind="change")
        marked.append(hit)
    changes = [h.date for h in marked if h.kind in ("change", "override") and h.date]
    latest_change = max(changes) if changes else None
    if latest_change is None:
        return marked
    return [
        replace(h, superseded=True)
        if not h.contradicts and (h.date is None or h.date < latest_change)
        else h
        for h in marked
    ]
