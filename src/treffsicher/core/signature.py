"""Signature words and phrases, and common words she never uses, against wordfreq.

Reference: the wordfreq package (Speer 2022), whose German and English frequency lists ship
inside the wheel, so nothing is downloaded. Frequencies are looked up once per distinct
word type, never per token (speed budget).

Keyness. Her count O of a term is compared with E = p·N, where p is the term's reference
frequency and N her number of words. The reference corpus is so large that its own
sampling error is negligible, so Dunning's (1993) log-likelihood reduces to the one-sample
G² = 2·[O·ln(O/E) + (N−O)·ln((N−O)/(N−E))]. Following Hardie (2014), G² decides whether
an excess is real (G² ≥ 10.83, p < 0.001) and Log Ratio = log2((O/N)/p) whether it is large
(≥ 2: at least four times as often as in general text). Terms are ranked by G², which
weighs effect and evidence together: a copywriter wants the words that mark her text most
surely, not a rare word she happened to use three times. Phrases are listed first and keep
up to 40 % of the places (_rank_terms), since single words always out-score them.
Words wordfreq does not know get its smallest listed frequency (1e-8) as a floor; their
true frequency is lower, so the floor understates their keyness rather than inventing it.

Phrases (two or three words) use wordfreq's own estimate for a phrase,
1/p = 1/p1 + 1/p2 + …, which is just below the frequency of its rarest word. That is an
upper bound of the true phrase frequency, so a phrase only counts as key when she uses it
clearly more often than general text uses its rarest word — conservative by design; the
product of word frequencies would make every recurring phrase look key.

What is never listed (what a copywriter wants to see): function words alone,
numbers, URLs, emails, single letters (WORDLIKE_RE), phrases that start with an article or
conjunction or end with an article, preposition, conjunction or possessive, phrases of
function words only, and people's names: those of greeting and sign-off lines
("Hallo Anna," / "Ulrike"), whose lines are not counted, and those core.names finds in
her text ("Deniz meinte", "meine Kollegin Merle", "with Jess", "Ruby's", common first
names, and whoever is listed with one of them), with their inflections ("Merles"); they
are left out everywhere, since the people she writes to or about say nothing about her voice.
Nested and overlapping terms are reduced to the better one (signature_words.
drop_subsumed_terms and drop_fragment_terms); a phrase that nearly always goes on with
the same word is shown with it ("to an evening" → "went to an evening").

Speed (~0.2 µs per word on top of tokenizing): each passage's tokens become integer ids
in one C pass as it is added; names and sentence starts are found once for all passages
(numpy); words are counted with numpy, pairs and triples in one hash table in C, and
reference frequencies are looked up once per distinct word, the frequency list read bucket
by bucket. Phrases are only counted around "seed" words that could make a phrase key (see
_score_words). Measured on bench/corpus.py's 2.8M-word German corpus: 0.08 µs/word to add
the passages and 0.11 µs/word for list_signature_terms (user CPU time).
"""

from __future__ import annotations

import importlib.util
import math
import re
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgpack

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.models import (
    WORD,
    Example,
    Passage,
    Sentence,
    SignatureTerm,
    TokenizedText,
)
from treffsicher.core.names import (
    find_listed_names,
    find_names_in_rows,
    find_possessive_names,
    spread_over_lists,
    with_inflections,
)
from treffsicher.core.signature_words import (
    EMPTY,
    SUBSUME_SHARE,
    WORD_LISTS,
    WORDLIKE_RE,
    drop_fragment_terms,
    drop_subsumed_terms,
    find_body_range,
    quote_in,
)
from treffsicher.core.unpacked import open_gunzipped

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# numpy is imported by the functions that count (speed: a process that only reads a stored
# profile imports this module through core.profile without counting).
MIN_PASSAGES = 3  # a signature term occurs in at least three passages
MAX_NGRAM = 3
MIN_G2 = 10.83  # chi-square, 1 degree of freedom, p < 0.001
MIN_LOG_RATIO = 2.0  # at least 4× her reference rate
FREQ_FLOOR = 1e-8  # wordfreq's "large" lists stop at this frequency
N_EXAMPLES = 3
FIRST_TOKEN = itemgetter(2)  # of a Sentence (a named tuple): its first token
PHRASE_SHARE = 0.4  # of the listed terms at most, reserved for phrases (see _rank_terms)

# Avoided words: candidates are wordfreq's most common words of the language.
AVOID_TOP_N = 3000
AVOID_MIN_WORDS = 1000  # below this her text is too short to notice absences
AVOID_MIN_EXPECTED = 5.0  # function and style words: P(0 | λ=5) = e^-5 < 0.7 %
AVOID_MIN_EXPECTED_CONTENT = 25.0  # content words are bursty (see list_avoided_words)
FOREIGN_RATIO = 3.0  # a German-list word 3× more frequent in English is English ("the")

# _split_word: how wordfreq's tokenizer treats the word keys of German and English text.
SPLIT_LANGUAGES = frozenset({"de", "en"})
JOINED_BY_RE = re.compile(r"[-*:_'’]")  # the separators WORDLIKE_RE allows in a word
SPLIT_AT_RE = re.compile(r"[-*]")  # word boundaries; the other separators join letters
# wordfreq's elision rule: one or two letters, a straight apostrophe, a vowel or h.
ELISION_RE = re.compile(r"(\w\w?)'(?=[AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ])")
# ftfy's uncurl_quotes, which wordfreq applies to every token.
UNCURL = {ord(c): "'" for c in "\u02bc\u2018\u2019\u201a\u201b"} | {
    ord(c): '"' for c in "\u201c\u201d\u201e\u201f"
}


@dataclass(frozen=True, slots=True)
class _Body:
    """What examples need of one passage: its text between greeting and sign-off."""

    passage: Passage
    text: str
    start: int  # character offsets of the body's first and last token
    end: int
    sentences: list[Sentence]


@dataclass
class _Corpus:
    """Her passages in one language as arrays of word ids, plus counts of candidate terms."""

    docs: list[_Body]
    keys: list[str]  # id → lower-cased word type
    key_id: dict[str, int]  # lower-cased word type → id
    ids: npt.NDArray[np.int64]  # word id of every body token, all passages in a row
    pids: npt.NDArray[np.int64]  # index into docs of every body token
    word_counts: npt.NDArray[np.int64]  # uses per word id
    n_words: int
    names: set[str]  # lower-cased names (core.names, greeting and sign-off lines)
    starts: npt.NDArray[np.bool_]  # True where a body token starts a sentence or a body
    counts: dict[tuple[str, ...], int] = field(default_factory=dict)  # terms → uses
    df: dict[tuple[str, ...], int] = field(default_factory=dict)  # terms → passages


def list_signature_terms(
    docs: Sequence[tuple[Passage, TokenizedText]], lang: str, limit: int = 20
) -> tuple[SignatureTerm, ...]:
    """Return up to `limit` words and phrases she uses far more often than general text.

    Only passages in `lang` count. Greeting and sign-off lines are left out, and the names
    found there ("Hallo Anna," / "Ulrike") are never listed, not even from the body text.
    Each term occurs in at least three passages and comes with up to three short examples.
    """
    return SignatureCollector.of(docs, lang).signature_terms(limit)


def list_avoided_words(
    docs: Sequence[tuple[Passage, TokenizedText]], lang: str, limit: int = 20
) -> tuple[str, ...]:
    """Return common `lang` words she never uses although her text is long enough to expect them.

    Under a Poisson model a word of reference frequency p occurs in N words of hers
    λ = p·N times on average, and not at all with probability e^-λ. Function and style
    words spread evenly over texts, so λ ≥ 5 (P < 0.7 %) makes her silence telling. Content
    words come in bursts (Church & Gale 1995): whether a text mentions "Geld" depends on the
    topic, so their absence is far likelier than e^-λ and they need λ ≥ 25. Returns
    nothing below 1,000 words. Ordered by λ, the most surprising absence first.
    """
    return SignatureCollector.of(docs, lang).avoided_words(limit)


class _Numbering(dict[str, int]):
    """Strings and their numbers in the order first asked for: asking for a new string
    numbers it (so a C-level map over a list numbers all of it)."""

    def __missing__(self, key: str) -> int:
        number = self[key] = len(self)
        return number


@dataclass
class SignatureCollector:
    """Her passages in one language, taken one at a time, for list_signature_terms and
    list_avoided_words. build_profile adds each passage right after tokenizing it (its
    token lists are fresh in memory then) and keeps only what examples need."""

    lang: str
    bodies: list[_Body] = field(default_factory=list)
    # Every token of all passages in a row, as ids of `surfaces` (32-bit: half the memory
    # of a list of ints, and numpy reads it without converting each int).
    tokens: array[int] = field(default_factory=lambda: array("i"))
    offsets: list[int] = field(default_factory=list)  # where each passage starts in tokens
    firsts: list[int] = field(default_factory=list)  # where its body starts in tokens
    lengths: list[int] = field(default_factory=list)  # body tokens per passage
    names: set[str] = field(default_factory=set)  # of greeting and sign-off lines
    n_body_words: int = 0
    n_words: int = 0  # WORD tokens, greeting and sign-off included (avoided words)
    # Every token text (avoided words) and its id, numbered as first met: a word used a
    # thousand times is kept once (memory), and _corpus maps ids, not strings (speed).
    surfaces: _Numbering = field(default_factory=_Numbering)

    @classmethod
    def of(cls, docs: Sequence[tuple[Passage, TokenizedText]], lang: str) -> SignatureCollector:
        """A collector holding every passage of `docs`."""
        collector = cls(lang)
        for passage, tt in docs:
            collector.add(passage, tt)
        return collector

    def add(self, passage: Passage, tt: TokenizedText) -> None:
        """Take one passage (ignored unless it is in the collector's language)."""
        if passage.language != self.lang:
            return
        first, end, found = find_body_range(passage, tt)
        self.names |= found
        offset = len(self.tokens)
        self.offsets.append(offset)
        self.firsts.append(offset + first)
        self.lengths.append(max(end - first, 0))
        # The only look at each token here: names and sentence starts are found in
        # _corpus, for all passages at once.
        ids, n_words = _number_tokens(tt.texts, tt.kinds, self.surfaces)
        self.tokens.frombytes(ids)
        kinds = tt.kinds
        self.n_words += n_words
        self.n_body_words += n_words - kinds[:first].count(WORD) - kinds[end:].count(WORD)
        start, stop = (tt.starts[first], tt.ends[end - 1]) if first < end else (0, 0)
        self.bodies.append(_Body(passage, tt.text, start, stop, tt.sentences))

    def signature_terms(self, limit: int = 20) -> tuple[SignatureTerm, ...]:
        """list_signature_terms of the passages taken."""
        lang = self.lang
        if _wordlist_path(lang) is None or limit <= 0:
            return ()
        corpus = self._corpus()
        if corpus.n_words == 0:
            return ()
        reference: dict[int, float] = {}
        scored, allowed, seeds = _score_words(corpus, lang, reference)
        scored.update(_score_phrases(corpus, lang, allowed, seeds, reference))
        kept = drop_fragment_terms(drop_subsumed_terms(scored, corpus.counts, lang), corpus.counts)
        ranked = _rank_terms(kept, limit)
        fn_words = WORD_LISTS.get(lang, {}).get("function", EMPTY)
        wholes = []
        for gram in ranked:
            whole = _complete_phrase(gram, corpus, lang) if len(gram) > 1 else gram
            # Its counts now: a later completion may count the same phrase anew.
            wholes.append((whole, kept[gram], corpus.counts[whole], corpus.df[whole]))
        rarest = [_rarest_word(whole, corpus) for whole, *_rest in wholes]
        found_in = _passages_with(corpus, rarest)
        return tuple(
            _build_term(whole, g2, (count, n_passages), corpus, fn_words, found_in[wid])
            for (whole, g2, count, n_passages), wid in zip(wholes, rarest, strict=True)
        )

    def avoided_words(self, limit: int = 20) -> tuple[str, ...]:
        """list_avoided_words of the passages taken."""
        if limit <= 0 or self.n_words < AVOID_MIN_WORDS:
            return ()
        used = {s.casefold() for s in self.surfaces}
        avoided: list[str] = []
        for word, freq, evenly_spread in _common_words(self.lang):
            expected = freq * self.n_words
            if expected < AVOID_MIN_EXPECTED:
                break  # the list is sorted by frequency: no later word can qualify
            if not evenly_spread and expected < AVOID_MIN_EXPECTED_CONTENT:
                continue
            if word not in used:
                avoided.append(word)
                if len(avoided) == limit:
                    break
        return tuple(avoided)

    def _corpus(self) -> _Corpus:
        """The body tokens as arrays of word ids (vectorised)."""
        import numpy as np

        # All tokens, greetings included: a view of the collector's array, read here only.
        every = np.frombuffer(self.tokens, dtype=np.int32)
        offsets = np.array(self.offsets, dtype=np.int64)
        lengths = np.array(self.lengths, dtype=np.int64)
        # The bodies in a row (speed: slices, no index of every body token).
        tokens = _bodies(every, self.firsts, self.lengths)
        # The first token of every sentence (lines included), as indices into `every`.
        sentence_starts = np.fromiter(
            chain.from_iterable(map(FIRST_TOKEN, b.sentences) for b in self.bodies), np.int64
        ) + np.repeat(offsets, [len(b.sentences) for b in self.bodies])
        numbered = list(self.surfaces)
        used = np.flatnonzero(np.bincount(tokens, minlength=len(numbered)))  # in the bodies
        surfaces = [numbered[i] for i in used.tolist()]
        groups: list[frozenset[str]] = []
        names = find_names_in_rows(numbered, every, offsets, lambda: sentence_starts, groups)
        names |= self.names | find_listed_names(surfaces) | find_possessive_names(surfaces)
        names = with_inflections(spread_over_lists(names, groups))
        key_id: dict[str, int] = {}
        key_of = np.zeros(len(numbered), dtype=np.int64)  # surface id → word id
        key_of[used] = [key_id.setdefault(surface.lower(), len(key_id)) for surface in surfaces]
        ids = key_of[tokens]
        pids = np.repeat(np.arange(len(self.bodies), dtype=np.int64), lengths)
        counts = np.bincount(ids, minlength=len(key_id))
        # Where a sentence, a line or a passage's body starts: no phrase reaches across.
        starts = np.zeros(len(every), dtype=np.bool_)
        starts[sentence_starts] = True
        starts = _bodies(starts, self.firsts, self.lengths)
        starts[(np.cumsum(lengths) - lengths)[lengths > 0]] = True
        return _Corpus(
            self.bodies, list(key_id), key_id, ids, pids, counts, self.n_body_words, names, starts
        )


def _number_tokens(texts: list[str], kinds: list[str], numbers: _Numbering) -> tuple[bytes, int]:
    """Return the number of each token text in `numbers` (numbering new ones) as native
    int32 bytes, and how many tokens are words: one pass in C
    (docs/decisions/0025-compiled-scanner.md), or _number_tokens_python."""
    if _speedups is None:
        return _number_tokens_python(texts, kinds, numbers)
    return _speedups.number_tokens(texts, kinds, WORD, numbers)


def _number_tokens_python(
    texts: list[str], kinds: list[str], numbers: _Numbering
) -> tuple[bytes, int]:
    """_number_tokens in Python (a new text gets the next number: _Numbering)."""
    return array("i", map(numbers.__getitem__, texts)).tobytes(), kinds.count(WORD)


def _bodies(values: npt.NDArray[Any], firsts: list[int], lengths: list[int]) -> npt.NDArray[Any]:
    """The values of the body tokens, passage after passage (each body: `lengths[k]`
    values from `firsts[k]`), as one array."""
    import numpy as np

    if not firsts:
        return values[:0].copy()
    return np.concatenate([values[f : f + n] for f, n in zip(firsts, lengths, strict=True)])


def _complete_phrase(gram: tuple[str, ...], corpus: _Corpus, lang: str) -> tuple[str, ...]:
    """Return the phrase with the word that follows (or precedes) most of its uses.

    Phrases are counted up to three words, so "to an evening" may be the cut-off piece of
    her "to an evening class"; a lone fragment says little, the whole phrase is hers. The
    added word obeys the phrase rules (no article or conjunction first, no preposition last).
    """
    import numpy as np

    ids, size = corpus.ids, len(gram)
    n = len(ids) - size
    if n <= 1:
        return gram
    at = _inner_uses(ids, [corpus.key_id[word] for word in gram])
    lists = WORD_LISTS.get(lang, {})
    best: tuple[int, tuple[str, ...]] = (0, gram)
    for side, where, banned in (
        (1, at + size, lists.get("no_end", EMPTY)),
        (-1, at - 1, lists.get("no_start", EMPTY)),
    ):
        inside = (corpus.pids[where] == corpus.pids[at]) & ~corpus.starts[
            where if side == 1 else at
        ]
        values, counts = np.unique(ids[where][inside], return_counts=True)
        for value, count in zip(values.tolist(), counts.tolist(), strict=True):
            word = corpus.keys[value]
            if count <= best[0] or word in banned or not WORDLIKE_RE.fullmatch(word):
                continue
            if count >= SUBSUME_SHARE * len(at) and count >= MIN_PASSAGES:
                best = (count, (*gram, word) if side == 1 else (word, *gram))
    if best[1] != gram:
        corpus.counts[best[1]], corpus.df[best[1]] = best[0], corpus.df[gram]
    return best[1]


def _inner_uses(ids: npt.NDArray[np.int64], gram: list[int]) -> npt.NDArray[np.int64]:
    """The positions where the word ids of `gram` stand in a row in `ids`, with a token
    before and after: where the first word stands, narrowed word by word (speed: one pass
    over her tokens instead of one per word)."""
    import numpy as np

    n = len(ids) - len(gram)
    if n <= 1:
        return np.zeros(0, dtype=np.int64)
    at = np.flatnonzero(ids[1:n] == gram[0]) + 1
    for k in range(1, len(gram)):
        at = at[ids[at + k] == gram[k]]
    return at


def _rank_terms(kept: dict[tuple[str, ...], float], limit: int) -> list[tuple[str, ...]]:
    """Phrases first (up to PHRASE_SHARE of the list), then words, each by G².

    Single words reach far higher G² than phrases (a rare word or a place name used ten
    times beats any recurring phrase), yet phrases ("ganz in Ruhe", "ehrlich gesagt") are
    what a copywriter can reuse in a draft; reserving them slots keeps them visible.
    """

    def by_g2(gram: tuple[str, ...]) -> tuple[float, tuple[str, ...]]:
        return (-kept[gram], gram)

    phrases = sorted((g for g in kept if len(g) > 1), key=by_g2)
    words = sorted((g for g in kept if len(g) == 1), key=by_g2)
    n_phrases = min(len(phrases), max(1, round(limit * PHRASE_SHARE)))
    return phrases[:n_phrases] + words[: limit - n_phrases]


def _buckets(lang: str) -> Iterator[tuple[bytes, ...]]:
    """Yield wordfreq's words of `lang`, UTF-8 encoded, in buckets of one centibel each,
    most frequent first (bucket i holds the words of frequency 10^(-i/100)), reading the
    file only as far as asked; nothing without a list.

    This is wordfreq's read_cBpack without importing wordfreq (~0.2 s: langcodes, ftfy,
    regex): a gzip'd msgpack list of a header and the buckets. Its 634,502 German words
    stay bytes: a profile looks up a few thousand words (_look_up_frequencies), and
    encoding those is cheaper than decoding all of them. Read bucket by bucket and not
    kept: the whole list as Python objects takes ~50 MB, and filling that much fresh
    memory cost more time (page faults) than unpacking it (wordfreq's dict of it: ~0.6 s).
    """
    path = _wordlist_path(lang)
    if path is None:
        return
    # The unpacked copy in the user's cache when it matches (core.unpacked): no inflating.
    with open_gunzipped(path) as packed:
        unpacker = msgpack.Unpacker(packed, raw=True, use_list=False)
        n_items = unpacker.read_array_header()
        _check_header(unpacker.unpack(), path)
        for _ in range(n_items - 1):
            yield unpacker.unpack()


def _leading_buckets(lang: str, above: float) -> list[tuple[bytes, ...]]:
    """Return the buckets of _buckets(lang) whose frequency exceeds `above`, reading the
    file only that far (speed: the thousand most frequent words are its first few
    kilobytes)."""
    buckets: list[tuple[bytes, ...]] = []
    for index, bucket in enumerate(_buckets(lang)):
        if _bucket_frequency(index) <= above:
            break
        buckets.append(bucket)
    return buckets


def _check_header(header: object, path: Path) -> None:
    """Raise ValueError unless `header` is the header of a cBpack list."""
    if (
        not isinstance(header, dict)
        or header.get(b"format") != b"cB"
        or header.get(b"version") != 1
    ):
        raise ValueError(f"unexpected wordfreq header in {path.name}: {header!r}")


def _bucket_frequency(index: int) -> float:
    """Frequency of the words in bucket `index` of a frequency list."""
    freq: float = 10.0 ** (-index / 100)
    return freq


@cache
def _wordlist_path(lang: str) -> Path | None:
    """Return the file of wordfreq's "best" list of `lang` (large before small), or None."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):
        path = data / f"{size}_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


def _look_up_frequencies(words: set[str], lang: str, above: float = 0.0) -> dict[str, float]:
    """Return wordfreq's frequency of each of `words` it knows (one pass over the buckets);
    with `above`, only of those more frequent than that (the rest are left out as unknown).
    """
    by_key = {word.encode("utf-8", "surrogatepass"): word for word in words}
    keys = set(by_key)
    found: dict[str, float] = {}
    for index, bucket in enumerate(_buckets(lang)):
        if above > 0.0 and _bucket_frequency(index) <= above:
            break
        hits = keys.intersection(bucket)
        if hits:
            freq = _bucket_frequency(index)
            found.update(dict.fromkeys([by_key[key] for key in hits], freq))
    return found


def _split_word(key: str, lang: str) -> tuple[str, ...]:
    """Return the tokens wordfreq splits a hyphenated or gendered word into
    (wordfreq.tokens.lossy_tokenize), without importing wordfreq for the usual words.

    wordfreq splits at Unicode word boundaries (UAX #29). For German and English, on letters
    below U+0530 (Latin, Greek, Cyrillic) joined by - * : _ ' ’ (the keys WORDLIKE_RE lets
    through), that is: NFC and case folding, a split at "-" and "*", and "l'" / "qu'"
    cut off before a vowel or h (its rule for French elisions); ":", "_", "'" and "’" join
    letters. Curly apostrophes become straight. Importing wordfreq (langcodes, ftfy, regex)
    costs ~0.13 s, more than a small import spends on everything else; other keys still
    go to wordfreq. tests/core/test_signature.py compares both on generated keys.
    """
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", key).casefold())
    if lang not in SPLIT_LANGUAGES or not _is_plain_key(text):
        from wordfreq.tokens import lossy_tokenize

        return tuple(lossy_tokenize(key, lang))
    tokens: list[str] = []
    for piece in SPLIT_AT_RE.split(text):
        while (elision := ELISION_RE.match(piece)) is not None:
            tokens.append(elision.group(1))
            piece = piece[elision.end() :]
        tokens.append(piece)
    return tuple(token.strip("'").casefold().translate(UNCURL) for token in tokens)


def _is_plain_key(text: str) -> bool:
    """True for letters below U+0530 joined by single separators of JOINED_BY_RE."""
    if not text or max(text) >= "\u0530":
        return False
    return all(part.isalpha() for part in JOINED_BY_RE.split(text))


@cache
def _common_words(lang: str) -> tuple[tuple[str, float, bool], ...]:
    """Return (word, frequency, evenly spread) for wordfreq's top words, real words only."""
    top: list[tuple[str, float]] = []
    for index, bucket in enumerate(_buckets(lang)):
        freq = _bucket_frequency(index)
        top += [(word.decode(), freq) for word in bucket]
        if len(top) >= AVOID_TOP_N:
            break
    top = top[:AVOID_TOP_N]
    # A word the other language uses at most FOREIGN_RATIO times as often as the least
    # frequent top word passes the test below whatever its frequency there: only the
    # other list's head is read (speed).
    least = FOREIGN_RATIO * top[-1][1] if top else 0.0
    other = _look_up_frequencies({w for w, _ in top}, "en" if lang != "en" else "de", least)
    lists = WORD_LISTS.get(lang, {})
    even = lists.get("function", EMPTY) | lists.get("style", EMPTY)
    return tuple(
        (word, freq, word in even)
        for word, freq in top
        if WORDLIKE_RE.fullmatch(word) and other.get(word, 0.0) <= FOREIGN_RATIO * freq
    )


def _count_grams(
    corpus: _Corpus,
    size: int,
    allowed: npt.NDArray[np.bool_] | None,
    seeds: npt.NDArray[np.bool_] | None,
) -> tuple[list[tuple[int, ...]], list[int], list[int]]:
    """Return the id tuples of n-grams used >= 3 times in >= 3 passages, with both counts.

    Only n-grams of allowed words within one sentence that contain a seed word are
    counted; `allowed` and `seeds` say so for every word id, None for all of them. Phrases
    are counted in one hash table in C (docs/decisions/0025-compiled-scanner.md), or by
    _count_grams_by_sorting.
    """
    vocab = max(len(corpus.keys), 1)
    if size < 2 or allowed is None or seeds is None or _speedups is None:
        return _count_grams_by_sorting(corpus, size, allowed, seeds)
    if len(corpus.ids) < size or vocab**size >= 2**62:  # as _count_grams_by_sorting
        return [], [], []
    codes, counts, df = _speedups.count_grams(
        corpus.ids, corpus.pids, corpus.starts, allowed, seeds, size, vocab, MIN_PASSAGES
    )
    return _decode_grams(codes, size, vocab), counts, df


def _decode_grams(codes: list[int], size: int, vocab: int) -> list[tuple[int, ...]]:
    """The id tuples of n-gram codes (the ids in base `vocab`, first word highest)."""
    grams = []
    for value in codes:
        parts = []
        for _ in range(size):
            value, part = divmod(value, vocab)
            parts.append(part)
        grams.append(tuple(reversed(parts)))
    return grams


def _count_grams_by_sorting(
    corpus: _Corpus,
    size: int,
    allowed: npt.NDArray[np.bool_] | None,
    seeds: npt.NDArray[np.bool_] | None,
) -> tuple[list[tuple[int, ...]], list[int], list[int]]:
    """_count_grams in numpy: each n-gram is encoded as one integer (ids in base V), so
    counting is a sort in C instead of a Python loop (speed)."""
    import numpy as np

    ids, pids = corpus.ids, corpus.pids
    vocab = max(len(corpus.keys), 1)
    n = len(ids) - size + 1
    if n <= 0 or vocab**size >= 2**62:  # no tokens, or codes would overflow int64
        return [], [], []
    n_docs = len(corpus.docs)
    if size == 1 and allowed is None:  # every word on its own: nothing to mask
        code, code_pids = ids, pids
    else:
        cols = [ids[i : i + n] for i in range(size)]
        # No phrase across a sentence, line or passage end ("Holzbau Tischlerei").
        mask = np.ones(n, dtype=np.bool_)
        for k in range(1, size):
            mask &= ~corpus.starts[k : k + n]
        if allowed is not None and seeds is not None:
            allowed_at, seeds_at = allowed[ids], seeds[ids]
            any_seed = seeds_at[:n].copy()
            mask &= allowed_at[:n]
            for k in range(1, size):
                mask &= allowed_at[k : k + n]
                any_seed |= seeds_at[k : k + n]
            mask &= any_seed
        code = cols[0][mask]
        for col in cols[1:]:
            code = code * vocab + col[mask]
        code_pids = pids[:n][mask]
    if size == 1:  # word ids are small: count directly
        recurring = np.arange(vocab, dtype=np.int64)
        counts = np.bincount(code, minlength=vocab)
        df = _count_passages(code, code_pids, vocab, n_docs)
    elif len(code) == 0:
        return [], [], []
    elif vocab**size * n_docs < 1 << 62:
        recurring, counts, df = _count_with_passages(code, code_pids, vocab**size, n_docs)
    else:
        uniq, counts = _count_sorted(_sort_codes(code, vocab**size))
        recurring = uniq[counts >= MIN_PASSAGES]
        counts = counts[counts >= MIN_PASSAGES]
        if len(recurring) == 0:
            return [], [], []
        where = np.searchsorted(recurring, code).clip(max=len(recurring) - 1)
        hit = recurring[where] == code
        df = _count_passages(where[hit], code_pids[hit], len(recurring), n_docs)
    keep = np.flatnonzero((df >= MIN_PASSAGES) & (counts >= MIN_PASSAGES))
    grams = _decode_grams(recurring[keep].tolist(), size, vocab)
    return grams, counts[keep].tolist(), df[keep].tolist()


def _count_with_passages(
    codes: npt.NDArray[np.int64], pids: npt.NDArray[np.int64], bound: int, n_docs: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Return the distinct codes (ascending), how often each occurs and in how many
    passages, given each use's code in [0, bound) and passage: one sort of the
    (code, passage) pairs, code-major (speed: no search of every use among the distinct
    codes and no second sort).
    """
    import numpy as np

    pairs = _sort_codes(codes * n_docs + pids, bound * n_docs)
    uniq, counts = _count_sorted(pairs // n_docs)
    distinct = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    _, df = _count_sorted(distinct // n_docs)  # every code has a first pair: aligned
    return uniq, counts, df


def _count_passages(
    items: npt.NDArray[np.int64], pids: npt.NDArray[np.int64], n_items: int, n_docs: int
) -> npt.NDArray[np.int64]:
    """Return in how many passages each item in [0, n_items) occurs, given each use's item
    and passage (pids ascending): one pass in C that remembers each item's last passage
    (docs/decisions/0025-compiled-scanner.md), or _count_passages_by_sorting."""
    import numpy as np

    if _speedups is None:
        return _count_passages_by_sorting(items, pids, n_items, n_docs)
    df = np.zeros(n_items, dtype=np.int64)
    _speedups.count_passages(
        np.ascontiguousarray(items, dtype=np.int64), np.ascontiguousarray(pids, dtype=np.int64), df
    )
    return df


def _count_passages_by_sorting(
    items: npt.NDArray[np.int64], pids: npt.NDArray[np.int64], n_items: int, n_docs: int
) -> npt.NDArray[np.int64]:
    """_count_passages in numpy: the distinct (passage, item) pairs, found by sorting codes.

    The codes are passage-major. Equal codes are equal pairs, so any sort gives the same
    result; numpy's default sort (vectorised) is ~3x faster on them than its stable one,
    and as uint32 where they fit (_sort_codes) ~2x faster again (speed).
    """
    import numpy as np

    pairs, _ = _count_sorted(_sort_codes(pids * n_items + items, n_items * n_docs))
    return np.bincount(pairs % n_items, minlength=n_items)


def _sort_codes(codes: npt.NDArray[np.int64], bound: int) -> npt.NDArray[np.int64]:
    """Return np.sort(codes) for codes in [0, bound): sorted as uint32 when they fit
    (the same values, in half the time of sorting int64)."""
    import numpy as np

    if bound <= 1 << 32:
        return np.sort(codes.astype(np.uint32)).astype(np.int64)
    return np.sort(codes)


def _count_sorted(
    values: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Return the distinct values of a sorted array and how often each occurs."""
    import numpy as np

    if len(values) == 0:
        return values, values
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    return values[starts], np.diff(np.append(starts, len(values)))


def _score_words(
    corpus: _Corpus, lang: str, reference: dict[int, float]
) -> tuple[dict[tuple[str, ...], float], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Return G² of the key single words, the words allowed in phrases, and seed words.

    A phrase's reference frequency is at least p_min/3, and it is used at most as often as
    its rarest word, so a key phrase needs a word that would be key at p/3: only phrases
    around such "seed" words can qualify. Function words are no seeds; that misses the rare
    phrase whose rarest word is a function word.
    """
    import numpy as np

    fn_words = WORD_LISTS.get(lang, {}).get("function", EMPTY)
    keys, n = corpus.keys, corpus.n_words
    grams, counts, df = _count_grams(corpus, 1, None, None)  # every word
    freqs = _look_up_frequencies(_reference_keys(corpus, grams, lang), lang)
    allowed = np.zeros(len(keys), dtype=np.bool_)
    seeds = np.zeros(len(keys), dtype=np.bool_)
    scored: dict[tuple[str, ...], float] = {}
    for (wid,), count, n_passages in zip(grams, counts, df, strict=True):
        word = keys[wid]
        if word in corpus.names or not WORDLIKE_RE.fullmatch(word):
            continue
        allowed[wid] = True
        p = reference[wid] = _reference_frequency(word, lang, freqs)
        if word in fn_words or _g2_if_key(count, n, p / MAX_NGRAM) is None:
            continue
        seeds[wid] = True
        g2 = _g2_if_key(count, n, p)
        if g2 is not None:
            scored[(word,)] = g2
            corpus.counts[(word,)], corpus.df[(word,)] = count, n_passages
    return scored, allowed, seeds


def _score_phrases(
    corpus: _Corpus,
    lang: str,
    allowed: npt.NDArray[np.bool_],
    seeds: npt.NDArray[np.bool_],
    reference: dict[int, float],
) -> dict[tuple[str, ...], float]:
    """Return G² of the key phrases: recurring, not a function-word chain, well delimited."""
    lists = WORD_LISTS.get(lang, {})
    fn_words = lists.get("function", EMPTY)
    no_start, no_end = lists.get("no_start", EMPTY), lists.get("no_end", EMPTY)
    keys = corpus.keys
    scored: dict[tuple[str, ...], float] = {}
    for size in range(2, MAX_NGRAM + 1):
        grams, counts, df = _count_grams(corpus, size, allowed, seeds)
        for id_gram, count, n_passages in zip(grams, counts, df, strict=True):
            gram = tuple(keys[i] for i in id_gram)
            if gram[0] in no_start or gram[-1] in no_end or all(w in fn_words for w in gram):
                continue
            p = 1.0 / sum(1.0 / reference[i] for i in id_gram)
            g2 = _g2_if_key(count, corpus.n_words, p)
            if g2 is not None:
                scored[gram] = g2
                corpus.counts[gram], corpus.df[gram] = count, n_passages
    return scored


def _reference_keys(corpus: _Corpus, grams: list[tuple[int, ...]], lang: str) -> set[str]:
    """Return the wordfreq keys the recurring words need (parts of hyphenated ones too):
    those of the words _reference_frequency is asked about (no names, numbers, URLs …)."""
    keys: set[str] = set()
    for (wid,) in grams:
        word = corpus.keys[wid]
        if word in corpus.names or not WORDLIKE_RE.fullmatch(word):
            continue
        key = word.casefold()  # wordfreq folds ß to ss
        keys.update((key,) if key.isalpha() else _split_word(key, lang))
    return keys


def _reference_frequency(word: str, lang: str, freqs: dict[str, float]) -> float:
    """Return wordfreq's frequency of one lower-cased word, floored at FREQ_FLOOR.

    Hyphenated and gendered forms combine their parts as wordfreq does (1/p = 1/p1 + 1/p2
    …, rounded to three significant digits); a missing part gives the floor.
    """
    key = word.casefold()
    p = freqs.get(key)
    if p is None and not key.isalpha():
        parts = _split_word(key, lang)
        if parts and all(part in freqs for part in parts):
            combined = 1.0 / sum(1.0 / freqs[part] for part in parts)
            p = round(combined, math.floor(-math.log10(combined)) + 3)
    return max(p or 0.0, FREQ_FLOOR)


def _g2_if_key(count: int, n: int, p: float) -> float | None:
    """Return the one-sample G² of `count` in `n` words at reference rate p, if key."""
    if count > n:  # cannot happen for words; guards phrases in odd inputs
        return None
    ratio = count / (n * p)
    if math.log2(ratio) < MIN_LOG_RATIO:
        return None
    expected = n * p
    rest = n - count
    g2 = 2.0 * count * math.log(ratio)
    if rest > 0:
        g2 += 2.0 * rest * math.log(rest / (n - expected))
    return g2 if g2 >= MIN_G2 else None


def _rarest_word(gram: tuple[str, ...], corpus: _Corpus) -> int:
    """The id of the term's least used word: its passages are the fewest to search."""
    word_ids = [corpus.key_id[w] for w in gram]
    return min(word_ids, key=lambda i: corpus.word_counts[i])


def _passages_with(corpus: _Corpus, wids: Sequence[int]) -> dict[int, list[int]]:
    """The passages (indices into corpus.docs, ascending) in which each word id occurs:
    one pass over her tokens for all of them (speed: one comparison pass per term before)."""
    import numpy as np

    distinct = list(dict.fromkeys(wids))
    # Slots of 16 bits where they fit: numpy's stable sort of them below is a radix sort.
    small = np.int16 if len(distinct) < 1 << 15 else np.int64
    slot: npt.NDArray[np.signedinteger[Any]] = np.full(len(corpus.keys), -1, dtype=small)
    slot[distinct] = np.arange(len(distinct))
    at = slot[corpus.ids]
    hit = np.flatnonzero(at >= 0)
    # Word by word, each word's uses in text order: their passages ascend.
    order = np.argsort(at[hit], kind="stable")
    words, pids = at[hit][order], corpus.pids[hit][order]
    new = np.ones(len(words), dtype=np.bool_)  # the first use of a word in a passage
    new[1:] = (words[1:] != words[:-1]) | (pids[1:] != pids[:-1])
    words, pids = words[new], pids[new]
    bounds = np.searchsorted(words, np.arange(len(distinct) + 1)).tolist()
    return {wid: pids[bounds[k] : bounds[k + 1]].tolist() for k, wid in enumerate(distinct)}


def _build_term(
    gram: tuple[str, ...],
    g2: float,
    counts: tuple[int, int],
    corpus: _Corpus,
    fn_words: frozenset[str],
    passages: list[int],
) -> SignatureTerm:
    """Return one SignatureTerm with its natural spelling, quoting the first `passages`
    (those holding its rarest word, _passages_with) that hold it; `counts` are its uses and
    passages."""
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in gram) + r"(?!\w)", re.IGNORECASE
    )
    examples: list[Example] = []
    natural: list[str] = []
    initial = ""
    for index in passages:
        body = corpus.docs[index]
        match = pattern.search(body.text, body.start, body.end)
        if match is None:  # the words occur, but not next to each other
            continue
        sentence_start, quote = quote_in(body.text, body.sentences, match.start(), match.end())
        spelled = " ".join(match.group().split())
        # A sentence-initial capital says nothing about how she spells the word; as a last
        # resort keep it, lower-casing only a function word ("Wir bieten …" → "wir …").
        if match.start() != sentence_start:
            natural.append(spelled)
        elif not initial:
            head, _, tail = spelled.partition(" ")
            initial = f"{head.lower()} {tail}" if head.lower() in fn_words and tail else spelled
        examples.append(Example(body.passage.id, quote, body.passage.source_name))
        if len(examples) == N_EXAMPLES:
            break
    return SignatureTerm(
        term=natural[0] if natural else initial or " ".join(gram),
        count=counts[0],
        n_passages=counts[1],
        keyness=round(g2, 2),
        examples=tuple(examples),
    )
