"""Signature words and phrases, and common words she never uses, against wordfreq (issue 2).

Reference: the wordfreq package (Speer 2022), whose German and English frequency lists ship
inside the wheel, so nothing is downloaded. Frequencies are looked up once per distinct
word type, never per token (speed budget of issue 2).

Keyness. Her count O of a term is compared with E = p·N, where p is the term's reference
frequency and N her number of words. The reference corpus is so large that its own
sampling error is negligible, so Dunning's (1993) log-likelihood reduces to the one-sample
G² = 2·[O·ln(O/E) + (N−O)·ln((N−O)/(N−E))]. Following Hardie (2014), G² decides whether
an excess is real (G² ≥ 10.83, p < 0.001) and Log Ratio = log2((O/N)/p) whether it is large
(≥ 2: at least four times as often as in general text). Terms are ranked by G², which
weighs effect and evidence together: a copywriter wants the words that mark her text most
surely, not a rare word she happened to use three times. Words wordfreq does not know get
its smallest listed frequency (1e-8) as a floor; their true frequency is lower, so the floor
understates their keyness rather than inventing it.

Phrases (two or three words) use wordfreq's own estimate for a phrase,
1/p = 1/p1 + 1/p2 + …, which is just below the frequency of its rarest word. That is an
upper bound of the true phrase frequency, so a phrase only counts as key when she uses it
clearly more often than general text uses its rarest word — conservative by design; the
product of word frequencies would make every recurring phrase look key.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress

from treffsicher.core.models import WORD, Example, Passage, SignatureTerm, TokenizedText
from treffsicher.core.signature_words import EMPTY, WORD_LISTS, WORDLIKE_RE, find_body_range

MIN_PASSAGES = 3  # issue 2: a signature term occurs in at least three passages
MAX_NGRAM = 3
MIN_G2 = 10.83  # chi-square, 1 degree of freedom, p < 0.001
MIN_LOG_RATIO = 2.0  # at least 4× her reference rate
FREQ_FLOOR = 1e-8  # wordfreq's "large" lists stop at this frequency
# A phrase that covers at least this share of a shorter term's uses replaces the shorter
# term ("ganz in Ruhe" replaces "Ruhe" when she mostly says Ruhe in that phrase).
SUBSUME_SHARE = 2 / 3
N_EXAMPLES = 3
QUOTE_CHARS = 160

# Avoided words: candidates are wordfreq's most common words of the language.
AVOID_TOP_N = 3000
AVOID_MIN_WORDS = 1000  # below this her text is too short to notice absences
AVOID_MIN_EXPECTED = 5.0  # function and style words: P(0 | λ=5) = e^-5 < 0.7 %
AVOID_MIN_EXPECTED_CONTENT = 25.0  # content words are bursty (see list_avoided_words)
FOREIGN_RATIO = 3.0  # a German-list word 3× more frequent in English is English ("the")


@dataclass
class _Corpus:
    """Counts over the bodies of her passages in one language."""

    docs: list[tuple[Passage, TokenizedText, int, int]]  # with the body's token range
    surface_sets: list[set[str]]  # the distinct tokens of each body
    n_words: int
    lower_of: dict[str, str]  # token as written → lower-cased type
    counts: Counter[tuple[str, ...]]  # words and phrases as tuples of lower-cased types
    df: Counter[tuple[str, ...]]  # passages they occur in (exact for candidates)
    names: set[str]  # lower-cased names from greeting and sign-off lines


def list_signature_terms(
    docs: Sequence[tuple[Passage, TokenizedText]], lang: str, limit: int = 20
) -> tuple[SignatureTerm, ...]:
    """Return up to `limit` words and phrases she uses far more often than general text.

    Only passages in `lang` count. Greeting and sign-off lines are left out, and the names
    found there ("Hallo Anna," / "Ulrike") are never listed, not even from the body text.
    Each term occurs in at least three passages and comes with up to three short examples.
    """
    freqs = _frequency_dict(lang)
    if not freqs or limit <= 0:
        return ()
    corpus = _count_words(docs, lang)
    if corpus.n_words == 0:
        return ()
    reference: dict[str, float] = {}
    scored, seeds = _score_words(corpus, lang, freqs, reference)
    _count_phrases(corpus, seeds)
    scored.update(_score_phrases(corpus, lang, freqs, reference))
    kept = _drop_subsumed(scored, corpus.counts, lang)
    ranked = sorted(kept, key=lambda g: (-kept[g], g))[:limit]
    return _build_terms(ranked, kept, corpus)


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
    if limit <= 0:
        return ()
    surfaces: set[str] = set()
    n_words = 0
    for passage, tt in docs:
        if passage.language != lang:
            continue
        n_words += tt.kinds.count(WORD)
        surfaces.update(tt.texts)
    if n_words < AVOID_MIN_WORDS:
        return ()
    used = {s.casefold() for s in surfaces}
    avoided: list[str] = []
    for word, freq, evenly_spread in _common_words(lang):
        expected = freq * n_words
        if expected < AVOID_MIN_EXPECTED:
            break  # the list is sorted by frequency: no later word can qualify
        if not evenly_spread and expected < AVOID_MIN_EXPECTED_CONTENT:
            continue
        if word not in used:
            avoided.append(word)
            if len(avoided) == limit:
                break
    return tuple(avoided)


@cache
def _frequency_dict(lang: str) -> dict[str, float]:
    """Return wordfreq's frequency dict for `lang`, or {} when wordfreq has no list."""
    import wordfreq  # lazily: loading takes ~0.2 s and most commands never need it

    if lang not in wordfreq.available_languages():
        return {}
    freqs: dict[str, float] = wordfreq.get_frequency_dict(lang)
    return freqs


@cache
def _common_words(lang: str) -> tuple[tuple[str, float, bool], ...]:
    """Return (word, frequency, evenly spread) for wordfreq's top words, real words only."""
    import wordfreq

    freqs = _frequency_dict(lang)
    if not freqs:
        return ()
    other = _frequency_dict("en" if lang != "en" else "de")
    lists = WORD_LISTS.get(lang, {})
    even = lists.get("function", EMPTY) | lists.get("style", EMPTY)
    result = []
    for word in wordfreq.top_n_list(lang, AVOID_TOP_N):
        freq = freqs.get(word, 0.0)
        if not WORDLIKE_RE.fullmatch(word) or other.get(word, 0.0) > FOREIGN_RATIO * freq:
            continue
        result.append((word, freq, word in even))
    return tuple(result)


def _count_words(docs: Sequence[tuple[Passage, TokenizedText]], lang: str) -> _Corpus:
    """Count words over the bodies of her passages (Counter and set work in C, issue 2)."""
    by_surface: Counter[str] = Counter()
    df_surface: Counter[str] = Counter()
    kept: list[tuple[Passage, TokenizedText, int, int]] = []
    sets: list[set[str]] = []
    names: set[str] = set()
    n_words = 0
    for passage, tt in docs:
        if passage.language != lang:
            continue
        first, end, found = find_body_range(passage, tt)
        names |= found
        kinds = tt.kinds
        n_words += kinds.count(WORD) - kinds[:first].count(WORD) - kinds[end:].count(WORD)
        texts = tt.texts[first:end]
        distinct = set(texts)
        by_surface.update(texts)
        df_surface.update(distinct)
        kept.append((passage, tt, first, end))
        sets.append(distinct)
    lower_of = {surface: surface.lower() for surface in by_surface}
    counts: Counter[tuple[str, ...]] = Counter()
    df: Counter[tuple[str, ...]] = Counter()
    for surface, count in by_surface.items():
        key = (lower_of[surface],)
        counts[key] += count
        df[key] += df_surface[surface]  # an upper bound when spellings differ ("Ruhe"/"ruhe")
    return _Corpus(kept, sets, n_words, lower_of, counts, df, names)


def _score_words(
    corpus: _Corpus, lang: str, freqs: dict[str, float], reference: dict[str, float]
) -> tuple[dict[tuple[str, ...], float], set[str]]:
    """Return G² of the key single words, and the seed words phrases are searched around.

    A phrase's reference frequency is at least p_min/n (n ≤ 3 words), so a key phrase needs
    a word with count ≥ 4/3·N·p: only phrases around such "seed" words can qualify. Function
    words are no seeds, which misses the rare phrase whose rarest word is a function word.
    """
    fn_words = WORD_LISTS.get(lang, {}).get("function", EMPTY)
    n = corpus.n_words
    scored: dict[tuple[str, ...], float] = {}
    seeds: set[str] = set()
    for gram, count in corpus.counts.items():
        word = gram[0]
        if (
            count < MIN_PASSAGES
            or corpus.df[gram] < MIN_PASSAGES
            or word in fn_words
            or word in corpus.names
            or not WORDLIKE_RE.fullmatch(word)
        ):
            continue
        p = reference[word] = _reference_frequency(word, lang, freqs)
        if count >= n * p * 4 / 3:
            seeds.add(word)
            g2 = _g2_if_key(count, n, p)
            if g2 is not None:
                scored[gram] = g2
    _fix_word_passages(corpus, scored)
    return {g: v for g, v in scored.items() if corpus.df[g] >= MIN_PASSAGES}, seeds


def _fix_word_passages(corpus: _Corpus, scored: dict[tuple[str, ...], float]) -> None:
    """Recount passages exactly for key words written in more than one way."""
    spellings: dict[str, list[str]] = {}
    for surface, key in corpus.lower_of.items():
        if (key,) in scored:
            spellings.setdefault(key, []).append(surface)
    several = {s for forms in spellings.values() if len(forms) > 1 for s in forms}
    if not several:
        return
    exact: Counter[tuple[str, ...]] = Counter()
    lower_of = corpus.lower_of
    for distinct in corpus.surface_sets:
        hits = distinct & several
        if hits:
            exact.update({(lower_of[s],) for s in hits})
    for key, forms in spellings.items():
        if len(forms) > 1:
            corpus.df[(key,)] = exact[(key,)]


def _count_phrases(corpus: _Corpus, seeds: set[str]) -> None:
    """Add two- and three-word phrases around seed words to the corpus counts."""
    lower_of = corpus.lower_of
    seed_surfaces = {s for s, key in lower_of.items() if key in seeds}
    get = lower_of.__getitem__
    counts, df = corpus.counts, corpus.df
    for (_, tt, first, end), distinct in zip(corpus.docs, corpus.surface_sets, strict=True):
        if distinct.isdisjoint(seed_surfaces):
            continue
        texts = tt.texts[first:end]
        n = len(texts)
        spans: set[tuple[int, int]] = set()
        for i in compress(range(n), map(seed_surfaces.__contains__, texts)):
            for a, b in ((i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i - 1, i + 2), (i, i + 3)):
                if a >= 0 and b <= n:
                    spans.add((a, b))
        grams = [tuple(map(get, texts[a:b])) for a, b in spans]
        counts.update(grams)
        df.update(set(grams))


def _score_phrases(
    corpus: _Corpus, lang: str, freqs: dict[str, float], reference: dict[str, float]
) -> dict[tuple[str, ...], float]:
    """Return G² of the key phrases: recurring, not a function-word chain, well delimited."""
    lists = WORD_LISTS.get(lang, {})
    fn_words = lists.get("function", EMPTY)
    no_start, no_end = lists.get("no_start", EMPTY), lists.get("no_end", EMPTY)
    scored: dict[tuple[str, ...], float] = {}
    for gram, count in corpus.counts.items():
        if len(gram) == 1 or count < MIN_PASSAGES or corpus.df[gram] < MIN_PASSAGES:
            continue
        if gram[0] in no_start or gram[-1] in no_end or all(w in fn_words for w in gram):
            continue
        if any(
            w in corpus.names or corpus.df[(w,)] < MIN_PASSAGES or not WORDLIKE_RE.fullmatch(w)
            for w in gram
        ):
            continue
        inverse = 0.0
        for word in gram:
            p = reference.get(word)
            if p is None:
                p = reference[word] = _reference_frequency(word, lang, freqs)
            inverse += 1.0 / p
        g2 = _g2_if_key(count, corpus.n_words, 1.0 / inverse)
        if g2 is not None:
            scored[gram] = g2
    return scored


def _reference_frequency(word: str, lang: str, freqs: dict[str, float]) -> float:
    """Return wordfreq's frequency of one lower-cased word, floored at FREQ_FLOOR."""
    key = word.casefold()  # wordfreq folds ß to ss
    p = freqs.get(key)
    if p is None and not key.isalpha():
        import wordfreq  # hyphenated and gendered forms: let wordfreq split and combine

        p = wordfreq.word_frequency(key, lang)
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


def _drop_subsumed(
    scored: dict[tuple[str, ...], float], counts: Counter[tuple[str, ...]], lang: str
) -> dict[tuple[str, ...], float]:
    """Keep the better of two nested terms, e.g. "ganz in Ruhe" over "Ruhe" (see module doc).

    A longer term that covers most uses of a shorter one replaces it. A longer term that is
    only a minority use of a shorter one and adds nothing but function words ("zur
    Geburtsvorbereitung" next to "Geburtsvorbereitung") is dropped.
    """
    fn_words = WORD_LISTS.get(lang, {}).get("function", EMPTY)
    dropped: set[tuple[str, ...]] = set()
    for long in scored:
        for size in range(1, len(long)):
            for i in range(len(long) - size + 1):
                short = long[i : i + size]
                if short not in scored:
                    continue
                if counts[long] >= SUBSUME_SHARE * counts[short]:
                    dropped.add(short)
                elif all(w in fn_words for w in long[:i] + long[i + size :]):
                    dropped.add(long)
    return {gram: score for gram, score in scored.items() if gram not in dropped}


def _build_terms(
    ranked: list[tuple[str, ...]], scored: dict[tuple[str, ...], float], corpus: _Corpus
) -> tuple[SignatureTerm, ...]:
    """Return SignatureTerms with their most natural spelling and up to three examples."""
    needed = {w for gram in ranked for w in gram}
    spellings: dict[str, set[str]] = {}
    for surface, key in corpus.lower_of.items():
        if key in needed:
            spellings.setdefault(key, set()).add(surface)
    return tuple(_build_term(gram, scored[gram], corpus, spellings) for gram in ranked)


def _build_term(
    gram: tuple[str, ...], g2: float, corpus: _Corpus, spellings: dict[str, set[str]]
) -> SignatureTerm:
    """Return one SignatureTerm, quoting the first passages (in order) that use it."""
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in gram) + r"(?!\w)", re.IGNORECASE
    )
    rarest = spellings[min(gram, key=lambda w: corpus.df[(w,)])]
    examples: list[Example] = []
    natural: list[str] = []
    for (passage, tt, first, end), distinct in zip(corpus.docs, corpus.surface_sets, strict=True):
        if len(examples) == N_EXAMPLES:
            break
        if distinct.isdisjoint(rarest):
            continue
        match = pattern.search(tt.text, tt.starts[first], tt.ends[end - 1])
        if match is None:  # the words occur, but not next to each other
            continue
        sentence_start, quote = _quote_around(tt, match.start(), match.end())
        # A sentence-initial capital says nothing about how she spells the word.
        if match.start() != sentence_start:
            natural.append(" ".join(match.group().split()))
        examples.append(Example(passage.id, quote, passage.source_name))
    return SignatureTerm(
        term=natural[0] if natural else " ".join(gram),
        count=corpus.counts[gram],
        n_passages=corpus.df[gram],
        keyness=round(g2, 2),
        examples=tuple(examples),
    )


def _quote_around(tt: TokenizedText, start: int, end: int) -> tuple[int, str]:
    """Return (sentence start, quote): the sentence around a match, cut to QUOTE_CHARS."""
    starts = [s.start for s in tt.sentences]
    i = bisect.bisect_right(starts, start) - 1
    s_start, s_end = (tt.sentences[i].start, tt.sentences[i].end) if i >= 0 else (start, end)
    s_end = max(s_end, end)
    text = tt.text
    if s_end - s_start <= QUOTE_CHARS:
        return s_start, " ".join(text[s_start:s_end].split())
    half = max((QUOTE_CHARS - (end - start)) // 2, 0)
    lo, hi = max(s_start, start - half), min(s_end, end + half)
    # Cut at whitespace so the quote does not begin or end in the middle of a word.
    if lo > s_start:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < s_end:
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    quote = " ".join(text[lo:hi].split())
    return s_start, ("…" if lo > s_start else "") + quote + ("…" if hi < s_end else "")
