"""Punctuation and typography features: questions, exclamations, emoji, dashes, quotes.

Sentence-level features look at how each sentence ends; the rest are counted with
precompiled regexes or str.count over the passage text, so the cost is a few C-level
scans per passage rather than Python work per token (speed budget).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, repeat
from operator import attrgetter, ne

from treffsicher.core.features.base import (
    MAX_EXAMPLES_PER_FEATURE,
    UNIT_CATEGORY,
    UNIT_PER_100_WORDS,
    UNIT_PER_SENTENCE,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ValueFunction,
    make_ratio,
    make_spec,
)
from treffsicher.core.models import EMOJI, EMOTICON, PUNCT, TokenizedText

# Own denominators: every family here counts its own words and sentences so it
# works whatever the other families count; "words" = WORD tokens, "sentences" = sentences
# holding at least one word.
WORDS_KEY = "punctuation_words"
SENTENCES_KEY = "punctuation_sentences"
LANGS = ("de", "en")

# Tokens skipped when looking for a sentence's final mark: "Kommst du? 🙂", "(echt?)".
TRAILING_NOISE = frozenset({'"', "“", "”", "«", "»", "‘", "’", "'", ")", "]", "*"})
TRAILING_KINDS = frozenset({EMOJI, EMOTICON})
FULL_STOP = (".", PUNCT)  # (text, kind) of a last token that ends neither question nor "!"

ELLIPSIS_RE = re.compile(r"…|\.\.\.+")
# Dashes: en/em dash anywhere, or a hyphen with spaces on both sides. Checked further in
# count_dashes: a dash between two digits is a range ("10–12 Uhr"), not a dash.
# Two patterns, not one alternation: a pattern that can start with a space makes re stop
# at every space (6x slower on running text).
LONG_DASH_RE = re.compile(r"[–—]")
SPACED_HYPHEN_RE = re.compile(r" -(?=\s)")
PAREN_RE = re.compile(r"\([^()\n]{1,300}\)")
QUOTE_MARK_RE = re.compile('[„“"»«‚‘]')  # every mark count_quotes counts

DASH_CATEGORY = {"–": "en", "—": "em", "-": "hyphen"}
_SENTENCE_START = attrgetter("start")


def find_sentence_span(doc: TokenizedText, offset: int) -> tuple[int, int]:
    """Return the (start, end) character span of the sentence holding `offset`."""
    sentences = doc.sentences
    if not sentences:
        return (offset, offset)
    # bisect on sentence starts in C, without building a list of them
    sent = sentences[max(bisect_right(sentences, offset, key=_SENTENCE_START) - 1, 0)]
    return (sent.start, sent.end)


def count_sentence_ends(prepared: PreparedText, stats: PassageStats) -> int:
    """Count questions and exclamations by each sentence's final mark; return sentences."""
    doc = prepared.doc
    if "?" not in doc.text and "!" not in doc.text:  # no sentence can end in either
        stats.add_counts((("questions", 0), ("exclamations", 0)))
        sentence_words = prepared.sentence_words
        return len(sentence_words) - sentence_words.count(0)  # the sentences with words
    texts, kinds = doc.texts, doc.kinds
    ends = prepared.sentence_end_tokens
    with_words = list(compress(range(len(ends)), prepared.sentence_words))
    questions = exclamations = 0
    # Most sentences end in a plain full stop: skip those in C, look at the rest.
    lasts = [ends[s] - 1 for s in with_words]
    last_tokens = zip(map(texts.__getitem__, lasts), map(kinds.__getitem__, lasts), strict=True)
    others = compress(zip(with_words, lasts, strict=True), map(ne, repeat(FULL_STOP), last_tokens))
    for s, last_index in others:
        sent = doc.sentences[s]
        i = last_index
        while i > sent.first_token and (kinds[i] in TRAILING_KINDS or texts[i] in TRAILING_NOISE):
            i -= 1
        last = texts[i] if kinds[i] == PUNCT else ""  # not the "?" inside a URL
        if "?" in last or (last == "!" and i > sent.first_token and texts[i - 1] == "?"):
            questions += 1
            stats.add_example("question_rate_per_sentence", sent.start, sent.end)
        elif "!" in last:
            exclamations += 1
            stats.add_example("exclamation_rate_per_sentence", sent.start, sent.end)
    stats.add_counts((("questions", questions), ("exclamations", exclamations)))
    return len(with_words)


def count_dashes(doc: TokenizedText, stats: PassageStats) -> None:
    """Count dashes used as dashes (not ranges between digits, not bullets), by character."""
    text = doc.text
    if "–" not in text and "—" not in text and " -" not in text:  # most passages: no dash
        stats.add("dashes", 0)
        return
    last = len(text) - 1
    found = dict.fromkeys(DASH_CATEGORY.values(), 0)
    positions: list[int] = []
    long_dashes = LONG_DASH_RE.finditer(text) if "–" in text or "—" in text else ()
    for m in long_dashes:
        pos = m.start()
        if 0 < pos < last and text[pos - 1].isdigit() and text[pos + 1].isdigit():
            continue  # a range: 10–12
        found[DASH_CATEGORY[m.group()]] += 1
        positions.append(pos)
    for m in SPACED_HYPHEN_RE.finditer(text) if " -" in text else ():
        if m.start() == 0 or text[m.start() - 1].isspace():
            continue  # a list bullet "  - Punkt", not a dash
        found["hyphen"] += 1
        positions.append(m.start() + 1)
    wanted = stats.wants_example("dash_rate_per_100_words") or stats.wants_example("dash_char")
    for pos in sorted(positions)[:MAX_EXAMPLES_PER_FEATURE] if wanted else ():
        span = find_sentence_span(doc, pos)
        stats.add_example("dash_rate_per_100_words", *span)
        stats.add_example("dash_char", *span)
    for key, n in found.items():
        if n:
            stats.add("dash_char:" + key, n)
    stats.add("dashes", len(positions))


def count_quotes(doc: TokenizedText, stats: PassageStats) -> None:
    """Count quotations by opening-mark style; closing marks and apostrophes are not counted."""
    text = doc.text
    if not QUOTE_MARK_RE.search(text):  # most passages: one scan instead of eight
        stats.add("quotes", 0)
        return
    german = text.count("„")
    styles = {
        "german": german,  # „…“
        "english": max(0, text.count("“") - german),  # “…” (German closes with “)
        "straight": text.count('"') // 2,  # "…"
        "guillemets": max(text.count("»"), text.count("«")),  # »…« or «…»
        "single": text.count("‚") + max(0, text.count("‘") - text.count("‚")),  # ‚…‘ ‘…’
    }
    first_marks = {"german": "„", "english": "“", "straight": '"', "guillemets": "»«"}
    stats.add("quotes", sum(styles.values()))
    for key, n in styles.items():
        if not n:
            continue
        stats.add("quote_style:" + key, n)
        if not stats.wants_example("quote_style"):
            continue
        marks = first_marks.get(key, "‚‘")
        pos = min((p for p in (text.find(c) for c in marks) if p >= 0), default=-1)
        if pos >= 0:
            stats.add_example("quote_style", *find_sentence_span(doc, pos))


def count_ellipses(doc: TokenizedText, stats: PassageStats) -> None:
    """Count ellipses, split by character: … (one character) or ... (three dots)."""
    unicode_n = dots_n = 0
    text = doc.text
    wanted = stats.wants_example("ellipsis_rate_per_100_words") or stats.wants_example(
        "ellipsis_char"
    )
    for m in ELLIPSIS_RE.finditer(text) if "…" in text or "..." in text else ():
        if m.group() == "…":
            unicode_n += 1
        else:
            dots_n += 1
        if wanted and unicode_n + dots_n <= MAX_EXAMPLES_PER_FEATURE:
            span = find_sentence_span(doc, m.start())
            stats.add_example("ellipsis_rate_per_100_words", *span)
            stats.add_example("ellipsis_char", *span)
    if unicode_n:
        stats.add("ellipsis_char:unicode", unicode_n)
    if dots_n:
        stats.add("ellipsis_char:dots", dots_n)
    stats.add("ellipses", unicode_n + dots_n)


def count_marks(prepared: PreparedText, stats: PassageStats) -> None:
    """Count emoji and emoticon tokens and parenthetical remarks, with examples."""
    doc = prepared.doc
    kinds = doc.kinds
    for feature, kind, key in (
        ("emoji_rate_per_100_words", EMOJI, "emoji"),
        ("emoticon_rate_per_100_words", EMOTICON, "emoticons"),
    ):
        n = kinds.count(kind)
        stats.add(key, n)
        if not stats.wants_example(feature):
            continue
        i = -1
        for _ in range(min(n, MAX_EXAMPLES_PER_FEATURE)):  # list.index runs in C
            i = kinds.index(kind, i + 1)
            stats.add_example(feature, *find_sentence_span(doc, doc.starts[i]))
    n_paren = 0
    wanted = stats.wants_example("parentheses_rate_per_100_words")
    for m in PAREN_RE.finditer(doc.text) if "(" in doc.text else ():
        n_paren += 1
        if wanted and n_paren <= MAX_EXAMPLES_PER_FEATURE:
            stats.add_example("parentheses_rate_per_100_words", *find_sentence_span(doc, m.start()))
    stats.add("parentheses", n_paren)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add punctuation and typography counts for one passage to stats."""
    stats.add(WORDS_KEY, prepared.n_words)
    stats.add(SENTENCES_KEY, count_sentence_ends(prepared, stats))
    count_marks(prepared, stats)
    count_ellipses(prepared.doc, stats)
    count_dashes(prepared.doc, stats)
    count_quotes(prepared.doc, stats)


def per_sentence(key: str) -> ValueFunction:
    """Return a value function: count `key` per sentence (with words); None without any."""
    return make_ratio(key, SENTENCES_KEY)


def per_100_words(key: str) -> ValueFunction:
    """Return a value function: count `key` per 100 words; None without words."""
    return make_ratio(key, WORDS_KEY, 100.0)


def rate_spec(name: str, key: str) -> FeatureSpec:
    """Return the spec of a punctuation rate per 100 words (both languages)."""
    return make_spec(name, UNIT_PER_100_WORDS, "punctuation", per_100_words(key), WORDS_KEY)


SPECS: tuple[FeatureSpec, ...] = (
    FeatureSpec(
        name="question_rate_per_sentence",
        unit=UNIT_PER_SENTENCE,
        family="punctuation",
        languages=LANGS,
        value=per_sentence("questions"),
        units_key=SENTENCES_KEY,
    ),
    FeatureSpec(
        name="exclamation_rate_per_sentence",
        unit=UNIT_PER_SENTENCE,
        family="punctuation",
        languages=LANGS,
        value=per_sentence("exclamations"),
        units_key=SENTENCES_KEY,
    ),
    rate_spec(
        "emoji_rate_per_100_words",
        "emoji",
    ),
    rate_spec(
        "emoticon_rate_per_100_words",
        "emoticons",
    ),
    rate_spec(
        "ellipsis_rate_per_100_words",
        "ellipses",
    ),
    rate_spec(
        "dash_rate_per_100_words",
        "dashes",
    ),
    rate_spec(
        "parentheses_rate_per_100_words",
        "parentheses",
    ),
    FeatureSpec(
        name="quote_style",
        unit=UNIT_CATEGORY,
        family="typography",
        languages=LANGS,
        categories="quote_style:",
        units_key="quotes",
    ),
    FeatureSpec(
        name="dash_char",
        unit=UNIT_CATEGORY,
        family="typography",
        languages=LANGS,
        categories="dash_char:",
        units_key="dashes",
    ),
    FeatureSpec(
        name="ellipsis_char",
        unit=UNIT_CATEGORY,
        family="typography",
        languages=LANGS,
        categories="ellipsis_char:",
        units_key="ellipses",
    ),
)
