"""Punctuation and typography features: questions, exclamations, emoji, dashes, quotes.

Sentence-level features look at how each sentence ends; the rest are counted with
precompiled regexes or str.count over the passage text, so the cost is a few C-level
scans per passage rather than Python work per token (speed budget).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from operator import attrgetter

from treffsicher.core.compiled import speedups as _speedups
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
QUESTION_OR_EXCLAMATION = "?!"
QUESTION_OR_EXCLAMATION_RE = re.compile("[?!]")
# Every character whose count (or presence) one of the counters below asks for: counted in
# one pass over the text (count_mark_chars), instead of a scan per question.
MARK_CHARS = '?!…–—(„“"»«‚‘'
MARK_STRINGS = ("...", " -")  # and the strings that start an ellipsis or a spaced hyphen

ELLIPSIS_RE = re.compile(r"…|\.\.\.+")
# Dashes: en/em dash anywhere, or a hyphen with spaces on both sides. Checked further in
# count_dashes: a dash between two digits is a range ("10–12 Uhr"), not a dash.
# Two patterns, not one alternation: a pattern that can start with a space makes re stop
# at every space (6x slower on running text).
LONG_DASH_RE = re.compile(r"[–—]")
SPACED_HYPHEN_RE = re.compile(r" -(?=\s)")
PAREN_RE = re.compile(r"\([^()\n]{1,300}\)")
QUOTE_MARKS = '„“"»«‚‘'  # every mark count_quotes counts

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


def count_mark_chars(text: str) -> tuple[dict[str, int], list[int]]:
    """How often each of MARK_CHARS and MARK_STRINGS occurs in the text, and where its ?
    and ! stand; one pass in C where it is built."""
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        counts, places, string_counts = _speedups.count_chars(
            text, MARK_CHARS, QUESTION_OR_EXCLAMATION, MARK_STRINGS
        )
        marks = dict(zip(MARK_CHARS, counts, strict=True))
        marks.update(zip(MARK_STRINGS, string_counts, strict=True))
        return marks, places
    places = [m.start() for m in QUESTION_OR_EXCLAMATION_RE.finditer(text)]
    return {c: text.count(c) for c in (*MARK_CHARS, *MARK_STRINGS)}, places


def count_sentence_ends(
    prepared: PreparedText, stats: PassageStats, marks: Mapping[str, int], places: list[int]
) -> int:
    """Count questions and exclamations by each sentence's final mark; return sentences.

    A sentence's final mark is its last token but the trailing ones (closing quotes,
    brackets, emoji: "Kommst du? 🙂"), and counts when it is punctuation (not the "?" of a
    URL). `marks` and `places` (of ? and !): count_mark_chars of the text.
    """
    doc = prepared.doc
    sentence_words = prepared.sentence_words
    with_words = len(sentence_words) - sentence_words.count(0)  # the sentences with words
    if not marks["?"] and not marks["!"]:  # no sentence can end in either
        stats.add_counts((("questions", 0), ("exclamations", 0)))
        return with_words
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        questions, exclamations = _speedups.marked_sentences(
            places,
            doc.starts,
            doc.kinds,
            doc.texts,
            prepared.sentence_of,
            sentence_words,
            prepared.sentence_end_tokens,
            PUNCT,
            TRAILING_KINDS,
            TRAILING_NOISE,
        )
    else:
        questions, exclamations = _marked_sentences(prepared, places)
    stats.add_counts((("questions", len(questions)), ("exclamations", len(exclamations))))
    sentences = doc.sentences
    for feature, found in (
        ("question_rate_per_sentence", questions),
        ("exclamation_rate_per_sentence", exclamations),
    ):
        stats.add_examples(feature, ((sentences[s].start, sentences[s].end) for s in found))
    return with_words


def _marked_sentences(prepared: PreparedText, places: list[int]) -> tuple[list[int], list[int]]:
    """The sentences with words that end a question, and those that end an exclamation.

    Only a token holding ? or ! can end either, so those few tokens are found through the
    `places` of ? and ! in the text (in order), and each is checked for being its
    sentence's final one (see count_sentence_ends) instead of walking back from every
    sentence's end. Every character lies in a token (between tokens is only whitespace),
    and sentences hold the tokens one after the other.
    """
    doc = prepared.doc
    texts, kinds, starts = doc.texts, doc.kinds, doc.starts
    sentence_words, ends = prepared.sentence_words, prepared.sentence_end_tokens
    sentence_of = prepared.sentence_of
    questions: list[int] = []
    exclamations: list[int] = []
    done = -1
    for place in places:
        i = bisect_right(starts, place) - 1  # the token holding the mark
        if i < 0 or i == done:
            continue
        done = i
        if kinds[i] != PUNCT:
            continue  # not the "?" inside a URL
        s = sentence_of[i]
        if not sentence_words[s]:
            continue
        if not all(
            kinds[j] in TRAILING_KINDS or texts[j] in TRAILING_NOISE for j in range(i + 1, ends[s])
        ):
            continue  # the sentence goes on after it
        last = texts[i]
        # "?!" as two tokens is a question too (when both are in the sentence).
        after_question = i > 0 and sentence_of[i - 1] == s and texts[i - 1] == "?"
        if "?" in last or (last == "!" and after_question):
            questions.append(s)
        elif "!" in last:
            exclamations.append(s)
    return questions, exclamations


def count_dashes(doc: TokenizedText, stats: PassageStats, marks: Mapping[str, int]) -> None:
    """Count dashes used as dashes (not ranges between digits, not bullets), by character.

    `marks`: count_mark_chars of the text.
    """
    text = doc.text
    long_dash = marks["–"] or marks["—"]
    if not long_dash and not marks[" -"]:  # most passages: no dash
        stats.add("dashes", 0)
        return
    last = len(text) - 1
    found = dict.fromkeys(DASH_CATEGORY.values(), 0)
    positions: list[int] = []
    long_dashes = LONG_DASH_RE.finditer(text) if long_dash else ()
    for m in long_dashes:
        pos = m.start()
        if 0 < pos < last and text[pos - 1].isdigit() and text[pos + 1].isdigit():
            continue  # a range: 10–12
        found[DASH_CATEGORY[m.group()]] += 1
        positions.append(pos)
    for m in SPACED_HYPHEN_RE.finditer(text) if marks[" -"] else ():
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


def count_quotes(doc: TokenizedText, stats: PassageStats, marks: Mapping[str, int]) -> None:
    """Count quotations by opening-mark style; closing marks and apostrophes are not counted.

    `marks`: count_mark_chars of the text.
    """
    text = doc.text
    if not any(map(marks.__getitem__, QUOTE_MARKS)):  # most passages
        stats.add("quotes", 0)
        return
    german = marks["„"]
    styles = {
        "german": german,  # „…“
        "english": max(0, marks["“"] - german),  # “…” (German closes with “)
        "straight": marks['"'] // 2,  # "…"
        "guillemets": max(marks["»"], marks["«"]),  # »…« or «…»
        "single": marks["‚"] + max(0, marks["‘"] - marks["‚"]),  # ‚…‘ ‘…’
    }
    first_marks = {"german": "„", "english": "“", "straight": '"', "guillemets": "»«"}
    stats.add("quotes", sum(styles.values()))
    for key, n in styles.items():
        if not n:
            continue
        stats.add("quote_style:" + key, n)
        if not stats.wants_example("quote_style"):
            continue
        openers = first_marks.get(key, "‚‘")
        pos = min((p for p in (text.find(c) for c in openers) if p >= 0), default=-1)
        if pos >= 0:
            stats.add_example("quote_style", *find_sentence_span(doc, pos))


def count_ellipses(doc: TokenizedText, stats: PassageStats, marks: Mapping[str, int]) -> None:
    """Count ellipses, split by character: … (one character) or ... (three dots).

    `marks`: count_mark_chars of the text.
    """
    unicode_n = dots_n = 0
    text = doc.text
    wanted = stats.wants_example("ellipsis_rate_per_100_words") or stats.wants_example(
        "ellipsis_char"
    )
    for m in ELLIPSIS_RE.finditer(text) if marks["…"] or marks["..."] else ():
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


def count_kinds(
    kinds: list[str], wanted: tuple[str, ...], limit: int
) -> tuple[list[int], list[list[int]]]:
    """How many tokens are of each wanted kind, and the indices of the first `limit` of
    each; one pass in C where it is built."""
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        return _speedups.count_equal(kinds, wanted, limit)
    counts = list(map(kinds.count, wanted))
    places: list[list[int]] = []
    for kind, n in zip(wanted, counts, strict=True):
        i = -1
        places.append([i := kinds.index(kind, i + 1) for _ in range(min(n, limit))])
    return counts, places


def count_marks(prepared: PreparedText, stats: PassageStats, marks: Mapping[str, int]) -> None:
    """Count emoji and emoticon tokens and parenthetical remarks, with examples.

    `marks`: count_mark_chars of the text.
    """
    doc = prepared.doc
    kinds = doc.kinds
    counts, places = count_kinds(kinds, (EMOJI, EMOTICON), MAX_EXAMPLES_PER_FEATURE)
    for feature, key, n, first in zip(
        ("emoji_rate_per_100_words", "emoticon_rate_per_100_words"),
        ("emoji", "emoticons"),
        counts,
        places,
        strict=True,
    ):
        stats.add(key, n)
        if not stats.wants_example(feature):
            continue
        for i in first:
            stats.add_example(feature, *find_sentence_span(doc, doc.starts[i]))
    n_paren = 0
    wanted = stats.wants_example("parentheses_rate_per_100_words")
    for m in PAREN_RE.finditer(doc.text) if marks["("] else ():
        n_paren += 1
        if wanted and n_paren <= MAX_EXAMPLES_PER_FEATURE:
            stats.add_example("parentheses_rate_per_100_words", *find_sentence_span(doc, m.start()))
    stats.add("parentheses", n_paren)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add punctuation and typography counts for one passage to stats."""
    marks, places = count_mark_chars(prepared.doc.text)
    stats.add(WORDS_KEY, prepared.n_words)
    stats.add(SENTENCES_KEY, count_sentence_ends(prepared, stats, marks, places))
    count_marks(prepared, stats, marks)
    count_ellipses(prepared.doc, stats, marks)
    count_dashes(prepared.doc, stats, marks)
    count_quotes(prepared.doc, stats, marks)


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
