"""The contract every feature family follows: specs, additive passage statistics, examples.

A family module (address.py, lexical.py, …) exports

    SPECS: tuple[FeatureSpec, ...]
    def count(prepared: PreparedText, stats: PassageStats) -> None

`count` adds *additive* counts to `stats` (so passages can be pooled by summing them) and
records example spans; each FeatureSpec turns counts into a value. The same spec computes
a passage's value (from its own counts) and the profile's typical value (from pooled
counts), so "typical" and "spread" always measure the same thing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, compress, islice, repeat
from operator import attrgetter, eq, sub
from typing import TypeVar

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.models import WORD, TokenizedText
from treffsicher.i18n import LANGUAGES, MESSAGES, t

T = TypeVar("T")

MAX_EXAMPLES_PER_FEATURE = 4  # per passage; the profile picks 2–3 across passages
_FIRST_TOKEN = attrgetter("first_token")
_END_TOKEN = attrgetter("end_token")

# Units used in feature names and specs.
UNIT_WORDS = "words"
UNIT_CHARACTERS = "characters"
UNIT_SHARE = "share"  # 0..1 of the thing named in the spec (sentences, words, …)
UNIT_PER_100_WORDS = "per_100_words"
UNIT_PER_SENTENCE = "per_sentence"
UNIT_SCORE = "score"  # a readability score; the explanation names the scale
UNIT_CATEGORY = "category"  # categorical: a distribution over named categories

ValueFunction = Callable[[Mapping[str, float], Sequence[int]], float | None]


@dataclass(frozen=True)
class FeatureSpec:
    """A feature: stable name (with unit), plain-language texts, and how to compute it.

    `value(counts, sentence_lengths)` returns None when there is nothing to measure
    (never a silent 0.0). For categorical features, `categories` is the count-key prefix
    ("greeting:" → counts "greeting:hallo", "greeting:liebe", …) and `value` may be None.
    `units_key` names the count that says how much text the value rests on.
    """

    name: str
    unit: str
    family: str
    languages: tuple[str, ...]
    value: ValueFunction | None = None
    categories: str | None = None
    units_key: str = "words"
    # A categorical feature with a `value`: the category whose share the value (and so the
    # usual range) measures, e.g. "personal" for the I-form share of the speaking voice.
    range_category: str | None = None

    def label(self, lang: str) -> str:
        """The feature's name in `lang` (catalogue key feature.<name>.label)."""
        return t(f"feature.{self.name}.label", lang)

    def explain(self, lang: str) -> str:
        """What the feature measures, in `lang` (catalogue key feature.<name>.explain)."""
        return t(f"feature.{self.name}.explain", lang)

    def category_label(self, category: str, lang: str) -> str | None:
        """The readable name of one of its categories in `lang`, None when it has none."""
        key = f"feature.{self.name}.category.{category}"
        return t(key, lang) if key in MESSAGES else None

    @property
    def category_labels(self) -> dict[str, dict[str, str]]:
        """{category: {language: name}} of every category named in the catalogue."""
        prefix = f"feature.{self.name}.category."
        named = [key.removeprefix(prefix) for key in MESSAGES if key.startswith(prefix)]
        return {c: {lang: t(prefix + c, lang) for lang in LANGUAGES} for c in named}

    @property
    def label_de(self) -> str:
        """The German name (for code that shows both languages)."""
        return self.label(LANGUAGES[0])

    @property
    def label_en(self) -> str:
        """The English name."""
        return self.label(LANGUAGES[1])

    @property
    def explain_de(self) -> str:
        """The German explanation."""
        return self.explain(LANGUAGES[0])

    @property
    def explain_en(self) -> str:
        """The English explanation."""
        return self.explain(LANGUAGES[1])


@dataclass
class PassageStats:
    """Additive statistics of one passage (or, summed, of many)."""

    counts: dict[str, float] = field(default_factory=dict)
    sentence_lengths: list[int] = field(default_factory=list)  # words per sentence
    examples: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # name → spans
    # Features whose examples nobody will take from this passage (the profile knows before
    # counting: see profile._examples_not_wanted); their example work is skipped (speed).
    skip_examples: Collection[str] = frozenset()

    def wants_example(self, feature: str) -> bool:
        """Whether an example of `feature` from this passage may be used."""
        return feature not in self.skip_examples

    def add(self, key: str, amount: float = 1.0) -> None:
        counts = self.counts
        counts[key] = counts.get(key, 0.0) + amount

    def add_example(self, feature: str, start: int, end: int) -> None:
        spans = self.examples.get(feature)  # get, not setdefault: no empty list per call
        if spans is None:
            if feature in self.skip_examples:
                return
            self.examples[feature] = [(start, end)]
        elif len(spans) < MAX_EXAMPLES_PER_FEATURE and (start, end) not in spans:
            spans.append((start, end))

    def add_counts(self, amounts: Iterable[tuple[str, float]]) -> None:
        """add() for each (key, amount) in turn: one call for a family's counts."""
        counts = self.counts
        get = counts.get
        for key, amount in amounts:
            counts[key] = get(key, 0.0) + amount

    def add_examples(self, feature: str, spans: Iterable[tuple[int, int]]) -> None:
        """add_example for each span in turn, stopping once the feature has all it keeps."""
        if feature in self.skip_examples:
            return
        kept = self.examples.get(feature)
        for start, end in spans:
            if kept is None:
                kept = self.examples[feature] = [(start, end)]
            elif (start, end) not in kept:
                kept.append((start, end))
            if len(kept) >= MAX_EXAMPLES_PER_FEATURE:
                break

    def merge(self, other: PassageStats) -> None:
        """Add another passage's counts and sentence lengths (examples stay per passage)."""
        for key, amount in other.counts.items():
            self.add(key, amount)
        self.sentence_lengths.extend(other.sentence_lengths)


# Distinct token texts a KeywordIndex remembers (with their words and marks) before it
# forgets them all, to bound memory.
MAX_SEEN_WORDS = 200_000


@dataclass(frozen=True)
class KeywordIndex:
    """Several families' word lists and word tests joined, so that one pass over a
    passage's words finds the words of them all (profile speed).

    Bit b of a word's marks says that the word is in covers[b] (b < len(covers)) or passes
    judges[b - len(covers)]. `seen` keeps each token text's (lower-case word, marks), so
    that a text is lowered, looked up and judged once in many passages; prepare_text
    clears it when it holds MAX_SEEN_WORDS texts. PreparedText.find_word_positions and
    judged_positions answer for the very objects in `covers` and `judges` from that pass.
    """

    covers: tuple[Collection[str], ...]
    judges: tuple[Callable[[str], bool], ...]
    bit_of: dict[int, int] = field(compare=False)  # id(list or test) → its bit
    seen: dict[str, tuple[str, int]] = field(default_factory=dict, compare=False, repr=False)

    def marks_of(self, word: str) -> int:
        """The marks of a lower-case word (see the class docstring)."""
        marks = 0
        for b, cover in enumerate(self.covers):
            if word in cover:
                marks |= 1 << b
        for b, judge in enumerate(self.judges, len(self.covers)):
            if judge(word):
                marks |= 1 << b
        return marks

    def bit(self, item: object) -> int | None:
        """The bit of a joined word list or test (the very object), None for any other."""
        b = self.bit_of.get(id(item))
        if b is None:
            return None
        joined = self.covers[b] if b < len(self.covers) else self.judges[b - len(self.covers)]
        return b if joined is item else None


def join_vocabularies(
    *vocabularies: Collection[str], judges: tuple[Callable[[str], bool], ...] = ()
) -> KeywordIndex:
    """The KeywordIndex of the given word lists (sets, or dicts keyed by word) and tests."""
    items = (*vocabularies, *judges)
    if len(items) > 64:
        raise ValueError("a KeywordIndex joins at most 64 word lists and tests")
    return KeywordIndex(tuple(vocabularies), judges, {id(x): b for b, x in enumerate(items)})


@dataclass(frozen=True)
class PreparedText:
    """A tokenized passage with the views most families need, computed once.

    word_indices lists the indices of WORD tokens, word_texts[k] is the text of token
    word_indices[k] and words[k] that text lower-cased; sentence_of[i] is the index of the
    sentence holding token i; sentence_words[s] is the number of WORD tokens in sentence s;
    first_word[s] is the token index of the first WORD in sentence s (-1 if none),
    sentence_word_start[s] the position in `words` of its first word and
    sentence_end_tokens[s] its end_token. `lower[i]` (texts[i].lower() of every token) and
    `vocabulary` (the set of `words`) are computed when first asked for. `keywords`, when
    given, joins the word lists and tests the families will look for (see KeywordIndex);
    the pass that makes `words` finds their words too.

    Families share these views instead of each passing over all tokens again: per-token
    Python work is what feature extraction spends its time on (profile speed).
    """

    doc: TokenizedText
    lang: str
    word_indices: list[int]
    sentence_of: list[int]
    sentence_words: list[int]
    first_word: list[int]
    words: list[str]
    sentence_word_start: list[int]
    sentence_end_tokens: list[int]
    word_texts: list[str]
    keywords: KeywordIndex | None = None
    # Per bit of `keywords`: the positions in `words` of the words with that bit.
    keyword_positions: list[list[int]] | None = None

    @property
    def n_words(self) -> int:
        return len(self.word_indices)

    @cached_property
    def lower(self) -> list[str]:
        """texts[i].lower() of every token."""
        return list(map(str.lower, self.doc.texts))

    @cached_property
    def vocabulary(self) -> set[str]:
        """The distinct lower-case words."""
        return set(self.words)

    def find_word_positions(self, vocabulary: Container[str]) -> list[int]:
        """Positions k in `words` (not token indices) of the words in `vocabulary`, in order."""
        keywords, found = self.keywords, self.keyword_positions
        if keywords is not None and found is not None:
            b = keywords.bit(vocabulary)
            if b is not None:  # one of the joined lists: found in prepare_text's pass
                return found[b][:]
        return self._find_positions(vocabulary)

    def judged_positions(self, judge: Callable[[str], bool]) -> list[int]:
        """Positions k in `words` of the words for which judge(word) is true, in order."""
        keywords, found = self.keywords, self.keyword_positions
        if keywords is not None and found is not None:
            b = keywords.bit(judge)
            if b is not None:  # one of the joined tests: found in prepare_text's pass
                return found[b][:]
        return list(compress(range(len(self.words)), map(judge, self.words)))

    def _find_positions(self, vocabulary: Container[str]) -> list[int]:
        words = self.words
        # compress/map run in C: about half the cost of a comprehension per word.
        return list(compress(range(len(words)), map(vocabulary.__contains__, words)))


def prepare_text(
    doc: TokenizedText, lang: str, keywords: KeywordIndex | None = None
) -> PreparedText:
    """Compute the shared views of a tokenized passage (see PreparedText).

    Built from whole-list operations that run in C (map, compress, bisect) rather than
    a Python loop over tokens (profile speed).
    """
    kinds = doc.kinds
    sentences = doc.sentences
    if keywords is not None:
        if len(keywords.seen) >= MAX_SEEN_WORDS:
            keywords.seen.clear()
        if _speedups is not None and isinstance(sentences, list):
            # One pass in C (docs/decisions/0025-compiled-scanner.md) for the usual text whose
            # sentences cover the tokens one after the other (else None); the code below
            # with _keyword_positions is its twin.
            keyed = _speedups.keyed_word_views(
                kinds, doc.texts, sentences, WORD, str.lower,
                keywords.seen, keywords.covers, keywords.judges,
            )  # fmt: skip
            if keyed is not None:
                word_indices, word_texts, words, starts_of, counts_of, first_word = keyed[:6]
                sentence_of, ends, found = keyed[6:]
                return PreparedText(
                    doc,
                    lang,
                    word_indices,
                    sentence_of,
                    counts_of,
                    first_word,
                    words,
                    starts_of,
                    ends,
                    word_texts,
                    keywords,
                    found,
                )
    n_tokens = len(kinds)
    firsts = list(map(_FIRST_TOKEN, sentences))
    ends = list(map(_END_TOKEN, sentences))
    # Sentences cover the tokens one after the other (as TokenizedText promises)?
    contiguous = firsts[:1] == [0] and ends[-1:] == [n_tokens] and firsts[1:] == ends[:-1]
    if contiguous and _speedups is not None and keywords is None:
        # One pass in C (docs/decisions/0025-compiled-scanner.md); the code below is its twin.
        views = _speedups.word_views(kinds, doc.texts, firsts, ends, WORD, str.lower)
        word_indices, word_texts, words, starts_of, counts_of, first_word, sentence_of = views
        return PreparedText(
            doc,
            lang,
            word_indices,
            sentence_of,
            counts_of,
            first_word,
            words,
            starts_of,
            ends,
            word_texts,
        )
    is_word = list(map(eq, kinds, repeat(WORD)))  # operator.eq: faster than WORD.__eq__
    word_indices = list(compress(range(n_tokens), is_word))
    word_texts = list(compress(doc.texts, is_word))
    words = list(map(str.lower, word_texts))
    # Where each sentence's words start and end in `words`: a bisect per sentence (in C).
    sentence_word_start = list(map(bisect_left, repeat(word_indices), firsts))
    if contiguous:  # then a sentence's words end where the next one's start
        sentence_word_end: Iterable[int] = chain(
            islice(sentence_word_start, 1, None), (len(word_indices),)
        )
    else:
        sentence_word_end = map(bisect_left, repeat(word_indices), ends)
    sentence_words = list(map(sub, sentence_word_end, sentence_word_start))
    first_word = [
        word_indices[k] if n else -1
        for k, n in zip(sentence_word_start, sentence_words, strict=True)
    ]
    if contiguous:
        sentence_of = list(
            chain.from_iterable(map(repeat, range(len(ends)), map(sub, ends, firsts)))
        )
    else:
        sentence_of = [0] * n_tokens
        for s, (first, end) in enumerate(zip(firsts, ends, strict=True)):
            sentence_of[first:end] = [s] * (end - first)
    return PreparedText(
        doc,
        lang,
        word_indices,
        sentence_of,
        sentence_words,
        first_word,
        words,
        sentence_word_start,
        ends,
        word_texts,
        keywords,
        None if keywords is None else _keyword_positions(word_texts, words, keywords),
    )


def _keyword_positions(
    texts: Sequence[str], words: Sequence[str], keywords: KeywordIndex
) -> list[list[int]]:
    """Per bit of `keywords`, the positions in `words` (texts[k].lower() each) of the words
    with that bit; `keywords.seen` remembers each new text (the twin of the C pass)."""
    seen = keywords.seen
    entries = list(map(seen.get, texts))
    for k, entry in enumerate(entries):
        if entry is None:
            entries[k] = seen[texts[k]] = (words[k], keywords.marks_of(words[k]))
    found: list[list[int]] = [[] for _ in range(len(keywords.covers) + len(keywords.judges))]
    for k, (_word, marks) in enumerate(entries):  # type: ignore[misc]  # no None left
        b = 0
        while marks:
            if marks & 1:
                found[b].append(k)
            marks >>= 1
            b += 1
    return found


def add_sentence_examples(
    stats: PassageStats, feature: str, prepared: PreparedText, hits: Iterable[int]
) -> None:
    """stats.add_examples of the sentences holding the tokens `hits` (in order): each
    sentence once, and no more of them than the feature can still keep (profile speed)."""
    if feature in stats.skip_examples:
        return
    kept = len(stats.examples.get(feature, ()))
    if kept >= MAX_EXAMPLES_PER_FEATURE:
        return
    distinct = dict.fromkeys(map(prepared.sentence_of.__getitem__, hits))
    # Those kept may be among them: as many more as kept, and add_examples skips repeats.
    wanted = islice(distinct, MAX_EXAMPLES_PER_FEATURE) if not kept else distinct
    sentences = prepared.doc.sentences
    stats.add_examples(feature, [(s.start, s.end) for s in map(sentences.__getitem__, wanted)])


def judge_once(
    words: Sequence[str], cache: dict[str, T], judge: Callable[[str], T], max_size: int
) -> list[T]:
    """Return judge(word) for each of `words`, each distinct word judged once across calls.

    `cache` keeps the verdicts between passages (profile speed) and is cleared when it holds
    `max_size` words, to bound memory. The returned list is this call's own: a cache
    cleared meanwhile (by another thread) changes nothing.
    """
    verdicts = list(map(cache.get, words))
    if None in verdicts:
        if len(cache) >= max_size:
            cache.clear()
        for k, word in enumerate(words):
            if verdicts[k] is None:
                verdicts[k] = cache[word] = judge(word)
    return verdicts  # type: ignore[return-value]  # no None left, filled in above


def ratio(
    counts: Mapping[str, float], numerator: str, denominator: str, scale: float = 1.0
) -> float | None:
    """numerator/denominator * scale, or None when the denominator is zero."""
    den = counts.get(denominator, 0.0)
    if den <= 0:
        return None
    return counts.get(numerator, 0.0) / den * scale


def make_ratio(numerator: str, denominator: str, scale: float = 1.0) -> ValueFunction:
    """A value function: counts[numerator] / counts[denominator] * scale (None without any)."""

    def value(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
        return ratio(counts, numerator, denominator, scale)

    return value


def make_spec(
    name: str,
    unit: str,
    family: str,
    value: ValueFunction,
    units_key: str = "words",
    languages: tuple[str, ...] = ("de", "en"),
) -> FeatureSpec:
    """A FeatureSpec; its name and explanation are in the catalogue (messages/features.py)."""
    return FeatureSpec(
        name=name,
        unit=unit,
        family=family,
        languages=languages,
        value=value,
        units_key=units_key,
    )
