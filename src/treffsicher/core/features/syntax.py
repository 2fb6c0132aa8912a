"""Feature families "syntax" (nominal style, passive voice) and "person" (ich / wir / man).

Rates divide by "words" and "sentences" from the lexical family (same registry run). Word
lists are package data: core/wordlists/syntax_*.txt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import compress, islice

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.features.base import (
    MAX_EXAMPLES_PER_FEATURE,
    UNIT_CATEGORY,
    UNIT_PER_100_WORDS,
    UNIT_SHARE,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ValueFunction,
    judge_once,
    make_spec,
    ratio,
)
from treffsicher.core.models import WORD
from treffsicher.core.wordlists import load_wordlist

# German nominalisations: a capitalised word of at least three letters before the
# suffix, so "Zion", "Jung", "Union" stay out while "Nation", "Zeitung" count.
NOMINAL_DE_RE = re.compile(
    r"\b[A-ZÄÖÜ]\w{2,}?(?:ungen|ung|heiten|heit|keiten|keit|ionen|ion|täten|tät|ismus|ismen)\b"
)
NOMINAL_DE_EXCEPTIONS = load_wordlist("syntax_de_nominal_exceptions")
# English nominalisations: -tion/-sion/-ment/-ness/-ity and plurals, at least six letters.
NOMINAL_EN_RE = re.compile(
    r"\b[A-Za-z]{2,}(?:tions?|sions?|ments?|ness(?:es)?|ity|ities)\b", re.IGNORECASE
)
# Plain nouns with those endings ("moment", "city", "business", "question").
NOMINAL_EN_EXCEPTIONS = load_wordlist("syntax_en_nominal_exceptions")
# The runs of word characters the patterns above can match (a match is always a whole
# run, at least 6 and 5 characters long): cheap to find, judged once per distinct run.
# The look-behind after the first letter says what a leading \b would ("no word character
# before it"); a pattern that starts with a letter class lets re skip ahead fast, one that
# starts with \b does not (2x slower).
NOMINAL_DE_CANDIDATE_RE = re.compile(r"[A-ZÄÖÜ](?<!\w[A-ZÄÖÜ])\w{5,}")
# English: the letters [A-Za-z] matches case-insensitively (those of NOMINAL_EN_RE), spelt
# out: İ ı ſ K match A-Z/a-z ignoring case. Without re.IGNORECASE the scan is a third faster.
NOMINAL_EN_LETTERS = "A-Za-z\u0130\u0131\u017f\u212a"
NOMINAL_EN_CANDIDATE_RE = re.compile(
    f"[{NOMINAL_EN_LETTERS}](?<!\\w[{NOMINAL_EN_LETTERS}])[{NOMINAL_EN_LETTERS}]{{4,}}\\b"
)
# The same runs found in C (see _count_nominalisations): the characters a run may start with and,
# for English, all its characters; the shortest run each pattern matches.
NOMINAL_DE_RUN: tuple[str, str | None, int] = ("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ", None, 6)
_EN_RUN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a"
NOMINAL_EN_RUN: tuple[str, str | None, int] = (_EN_RUN_LETTERS, _EN_RUN_LETTERS, 5)
MAX_CACHE = 100_000  # distinct runs per language; cleared when full to bound memory
_NOMINAL_DE_CACHE: dict[str, int] = {}
_NOMINAL_EN_CACHE: dict[str, int] = {}
_PARTICIPLE_DE_CACHE: dict[str, bool] = {}  # is_participle_de's verdicts, for the C loop

# Person: first person singular, plural, generic pronoun.
ICH_DE = frozenset("ich mich mir mein meine meinen meinem meiner meines meins".split())
WIR_DE = frozenset(
    "wir uns unser unsere unseren unserem unserer unseres unsre unsren unsrem unsrer".split()
)
ICH_EN = frozenset("i me my mine myself i'm i've i'll i'd i’m i’ve i’ll i’d".split())
WE_EN = frozenset("we us our ours ourselves we're we've we'll we'd we’re we’ve we’ll we’d".split())
# Generic "one" only before a modal or "has"/"needs" ("one can see", "one should ask") and
# as "one's"/"oneself" ; a bare "one" is almost always the number.
ONE_FOLLOWERS = frozenset(
    "can could should must might may will would shall has needs ought cannot".split()
)
ONE_FORMS = frozenset(("one's", "one’s", "oneself"))

# Passive voice, German: a form of "werden" and a past participle in one clause,
# the participle closing the clause or standing right before a werden form or "und"/"oder".
# "wird machen" (future), "würde bekommen" (infinitive = participle) and "das gehört dazu"
# (no werden) do not count; the Zustandspassiv with "sein" is out of scope.
WERDEN_DE = frozenset(
    "werde wirst wird werden werdet wurde wurden wurdest wurdet worden "
    "würde würden würdest würdet".split()
)
AFTER_PARTICIPLE_DE = WERDEN_DE | {"und", "oder", "sowie"}
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "/"})
SEPARABLE_PARTICLE_RE = re.compile(
    r"^(?:zusammen|zurück|weiter|wieder|heraus|hinaus|herein|vorbei|bekannt|fest|fort|frei"
    r"|nach|statt|teil|dar|durch|ab|an|auf|aus|bei|ein|her|hin|hoch|los|mit|vor|weg|zu|um)"
    r"(?=ge|be|ver|er|ent|zer|emp)"
)
INSEPARABLE_PREFIXES = ("be", "ver", "er", "ent", "zer", "emp", "miss", "über", "unter")
STRONG_PARTICIPLES_DE = load_wordlist("syntax_de_strong_participles")
GE_INFINITIVES_DE = load_wordlist("syntax_de_ge_infinitives")
NOT_PARTICIPLES_DE = load_wordlist("syntax_de_not_participles")
# Passive voice, English: a form of "be" or "get", then (after up to two adverbs) a past
# participle in -ed or from the irregular list; "by" is optional. Feeling and state
# adjectives ("interested", "based") do not count .
BE_EN = frozenset(
    "am is are was were be been being isn't aren't wasn't weren't get gets got getting".split()
)
ADVERBS_EN = frozenset(
    "not never already also just still yet always often really then now all being been "
    "currently usually sometimes soon".split()
)
IRREGULAR_PARTICIPLES_EN = load_wordlist("syntax_en_irregular_participles")
PARTICIPLE_ADJECTIVES_EN = load_wordlist("syntax_en_participle_adjectives")
MAN_DE = frozenset({"man"})
# Every word count() looks at, to find them all in one pass.
KEYWORDS_DE = ICH_DE | WIR_DE | MAN_DE | WERDEN_DE
KEYWORDS_EN = ICH_EN | WE_EN | ONE_FORMS | {"one"} | BE_EN


def _per_100(key: str) -> ValueFunction:
    """A value function: count `key` per 100 words."""

    def value(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
        return ratio(counts, key, "words", 100.0)

    return value


SPECS: tuple[FeatureSpec, ...] = (
    make_spec(
        "nominal_style_per_100_words",
        UNIT_PER_100_WORDS,
        "syntax",
        _per_100("nominalisations"),
    ),
    make_spec(
        "passive_sentences_share",
        UNIT_SHARE,
        "syntax",
        lambda c, _l: ratio(c, "passive_sentences", "sentences"),
        "sentences",
    ),
    make_spec(
        "ich_forms_per_100_words",
        UNIT_PER_100_WORDS,
        "person",
        _per_100("person_ich"),
    ),
    make_spec(
        "wir_forms_per_100_words",
        UNIT_PER_100_WORDS,
        "person",
        _per_100("person_wir"),
    ),
    make_spec(
        "man_forms_per_100_words",
        UNIT_PER_100_WORDS,
        "person",
        _per_100("person_man"),
    ),
    FeatureSpec(
        name="person_voice",
        unit=UNIT_CATEGORY,
        family="person",
        languages=("de", "en"),
        value=lambda c, _l: ratio(c, "voice:personal", "voice_forms"),
        categories="voice:",
        units_key="voice_forms",
        range_category="personal",
    ),
)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add nominalisations, passive sentences and person forms for one passage."""
    doc = prepared.doc
    words = prepared.words
    english = prepared.lang == "en"
    _count_nominalisations(doc.text, english, stats)
    # One pass in C finds every word this family looks at; the rest works on those hits.
    hits, hit_words = _find_hits(prepared, KEYWORDS_EN if english else KEYWORDS_DE)
    if english:
        passive = list_passive_sentences_en(prepared, hits)
    else:
        passive = list_passive_sentences_de(prepared, hits)
    stats.add("passive_sentences", len(passive))
    sentences = doc.sentences
    spans = ((sentences[s].start, sentences[s].end) for s in passive)
    stats.add_examples("passive_sentences_share", spans)
    forms = (ICH_EN, WE_EN, ONE_FORMS) if english else (ICH_DE, WIR_DE, MAN_DE)
    # compress/map run in C: the positions of each list's words among the hits.
    ich_at, wir_at, man_at = (list(compress(hits, map(f.__contains__, hit_words))) for f in forms)
    ich, wir, man = len(ich_at), len(wir_at), len(man_at)
    if english:
        # "US" in capitals is the country, not the pronoun.
        if wir:
            texts, wi = doc.texts, prepared.word_indices
            wir -= sum(1 for k in wir_at if texts[wi[k]] == "US")
        ones = compress(hits, map("one".__eq__, hit_words))
        one_at = [k for k in ones if _is_generic_one(words, k)]
        man += len(one_at)
        if one_at:
            man_at = sorted(man_at + one_at)
    stats.add_counts(
        (
            ("person_ich", ich),
            ("person_wir", wir),
            ("person_man", man),
            ("voice:personal", ich),
            ("voice:corporate", wir),
            ("voice_forms", ich + wir),
        )
    )
    _add_person_examples(prepared, stats, (ich, wir, man), (ich_at, wir_at, man_at))


def _find_hits(prepared: PreparedText, keywords: frozenset[str]) -> tuple[list[int], list[str]]:
    """Positions in prepared.words of the words in `keywords`, and those words (from the
    one pass over the passage when `keywords` is one of its joined lists: base.KeywordIndex).
    """
    hits = prepared.find_word_positions(keywords)
    return hits, list(map(prepared.words.__getitem__, hits))


def _add_person_examples(
    prepared: PreparedText,
    stats: PassageStats,
    found: tuple[int, int, int],
    positions: tuple[list[int], list[int], list[int]],
) -> None:
    """Record the first two ich-, wir- and man-forms as example spans.

    `positions` are, for each, where in prepared.words its forms stand (see count).
    """
    doc = prepared.doc
    wi = prepared.word_indices
    names = ("ich_forms_per_100_words", "wir_forms_per_100_words", "man_forms_per_100_words")
    if not any(map(stats.wants_example, (*names, "person_voice"))):
        return
    for at, name, n in zip(positions, names, found, strict=True):
        if n <= 0:
            continue
        for k in at[:2]:
            i = wi[k]
            stats.add_example(name, doc.starts[i], doc.ends[i])
            if name != "man_forms_per_100_words":
                stats.add_example("person_voice", doc.starts[i], doc.ends[i])


def _is_generic_one(words: list[str], k: int) -> bool:
    """Whether words[k] == "one" is the generic pronoun (a modal follows)."""
    return k + 1 < len(words) and words[k + 1] in ONE_FOLLOWERS


def _count_nominalisations(text: str, english: bool, stats: PassageStats) -> None:
    """Count nominalisations in the text and record the first few as examples.

    A match of NOMINAL_*_RE is always a whole run of word characters, so the runs that
    could match (NOMINAL_*_CANDIDATE_RE) are judged once per distinct run and the verdict
    is cached (profile speed); the examples are the first matches in the text. Where the
    compiled module is built, one pass over the characters finds the same runs
    (NOMINAL_*_RUN) and counts those judged true.
    """
    cache = _NOMINAL_EN_CACHE if english else _NOMINAL_DE_CACHE
    name = "nominal_style_per_100_words"
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        judge = _judge_nominal_en if english else _judge_nominal_de
        run = NOMINAL_EN_RUN if english else NOMINAL_DE_RUN
        n, runs, starts = _speedups.judge_runs(text, *run, cache, judge, MAX_EXAMPLES_PER_FEATURE)
        if n and stats.wants_example(name):
            for found, start in zip(runs, starts, strict=True):
                stats.add_example(name, start, start + len(found))
        stats.add("nominalisations", n)
        return
    pattern = NOMINAL_EN_CANDIDATE_RE if english else NOMINAL_DE_CANDIDATE_RE
    candidates = pattern.findall(text)
    if not candidates:
        stats.add("nominalisations", 0)
        return
    verdicts = judge_once(
        candidates, cache, lambda word: int(_is_nominalisation(word, english)), MAX_CACHE
    )
    n = sum(verdicts)
    if n and stats.wants_example(name):
        # The examples are the first matches, located by their text (no second scan).
        hits = compress(range(len(verdicts)), verdicts)
        for k in islice(hits, MAX_EXAMPLES_PER_FEATURE):
            start = find_run(pattern, text, candidates, k)
            stats.add_example(name, start, start + len(candidates[k]))
    stats.add("nominalisations", n)


def _judge_nominal(word: str, english: bool) -> int:
    """Whether a run is a nominalisation (1 or 0), kept in its language's cache (cleared
    when full), for the compiled loop."""
    cache = _NOMINAL_EN_CACHE if english else _NOMINAL_DE_CACHE
    if len(cache) >= MAX_CACHE:
        cache.clear()
    verdict = cache[word] = int(_is_nominalisation(word, english))
    return verdict


def _judge_nominal_de(word: str) -> int:
    return _judge_nominal(word, False)


def _judge_nominal_en(word: str) -> int:
    return _judge_nominal(word, True)


def find_run(pattern: re.Pattern[str], text: str, runs: list[str], k: int) -> int:
    """Where the k-th match of `pattern` in `text` starts, given all of them (`runs`,
    pattern.findall(text)).

    For a pattern whose matches are whole runs of word characters (NOMINAL_*_CANDIDATE_RE),
    the matches are exactly the places where pattern.match gives such a run: so the k-th
    match is the (c+1)-th place holding runs[k] where pattern.match ends right after it,
    c being how often runs[k] comes before it. Faster than a second finditer to it.
    """
    run = runs[k]
    earlier = runs[:k].count(run)
    pos = text.find(run)
    while pos >= 0:
        m = pattern.match(text, pos)
        if m is not None and m.end() == pos + len(run):
            if not earlier:
                return pos
            earlier -= 1
        pos = text.find(run, pos + 1)
    raise LookupError(run)  # runs were not pattern.findall(text)


def _is_nominalisation(word: str, english: bool) -> bool:
    """Whether a whole run of word characters is a nominalisation (see NOMINAL_*_RE)."""
    if english:
        return NOMINAL_EN_RE.fullmatch(word) is not None and word.lower() not in (
            NOMINAL_EN_EXCEPTIONS
        )
    return NOMINAL_DE_RE.fullmatch(word) is not None and word not in NOMINAL_DE_EXCEPTIONS


def is_participle_de(word: str) -> bool:
    """Whether a lowercased German word looks like a past participle (see WERDEN_DE note)."""
    if word in NOT_PARTICIPLES_DE or word in GE_INFINITIVES_DE:
        return False
    if word in STRONG_PARTICIPLES_DE or (len(word) > 5 and word.endswith("iert")):
        return True
    m = SEPARABLE_PARTICLE_RE.match(word)
    rest = word[m.end() :] if m else word
    if rest in STRONG_PARTICIPLES_DE:
        return True
    if rest.startswith("ge") and len(rest) >= 5:
        if rest.endswith("t"):
            return rest not in NOT_PARTICIPLES_DE
        return rest.endswith("en") and rest not in GE_INFINITIVES_DE
    if rest.endswith("t") and rest not in NOT_PARTICIPLES_DE:
        # Weak participles of inseparable verbs: bestellt, verschickt, erklärt, überarbeitet.
        return any(rest.startswith(p) and len(rest) >= len(p) + 4 for p in INSEPARABLE_PREFIXES)
    return False


def _judge_participle_de(word: str) -> bool:
    """is_participle_de(word), kept in _PARTICIPLE_DE_CACHE (cleared when full)."""
    if len(_PARTICIPLE_DE_CACHE) >= MAX_CACHE:
        _PARTICIPLE_DE_CACHE.clear()
    verdict = _PARTICIPLE_DE_CACHE[word] = is_participle_de(word)
    return verdict


def list_passive_sentences_de(prepared: PreparedText, hits: list[int]) -> list[int]:
    """Indices of sentences with a werden passive in one of their clauses.

    `hits` are positions in prepared.words that include every werden form.
    """
    words, wi = prepared.words, prepared.word_indices
    doc = prepared.doc
    texts, kinds = doc.texts, doc.kinds
    if _speedups is not None:  # the loops below in C (docs/decisions/0025-compiled-scanner.md)
        return _speedups.passive_sentences(
            hits,
            wi,
            prepared.sentence_of,
            doc.sentences,
            prepared.sentence_end_tokens,
            prepared.sentence_word_start,
            kinds,
            texts,
            words,
            WORD,
            CLAUSE_BREAKS,
            WERDEN_DE,
            AFTER_PARTICIPLE_DE,
            _PARTICIPLE_DE_CACHE,
            _judge_participle_de,
        )
    werden_at = compress(hits, map(WERDEN_DE.__contains__, map(words.__getitem__, hits)))
    candidates = sorted(set(map(prepared.sentence_of.__getitem__, map(wi.__getitem__, werden_at))))
    if not candidates:
        return []
    passive: list[int] = []
    for s in candidates:
        sentence = doc.sentences[s]
        clause: list[int] = []  # positions in `words`
        k = prepared.sentence_word_start[s]
        for i in range(sentence.first_token, sentence.end_token + 1):
            if i < sentence.end_token and texts[i] not in CLAUSE_BREAKS:
                if kinds[i] == WORD:
                    clause.append(k)
                    k += 1
                continue
            if i < sentence.end_token and kinds[i] == WORD:
                k += 1  # a word that breaks the clause ("-" as a word)
            if _is_passive_clause_de(clause, words, texts, wi):
                passive.append(s)
                break
            clause = []
    return passive


def _is_passive_clause_de(
    clause: list[int], words: list[str], texts: list[str], word_indices: list[int]
) -> bool:
    """Whether the clause (positions in `words`) holds werden and a clause-final participle."""
    if not any(words[k] in WERDEN_DE for k in clause):
        return False
    last = len(clause) - 1
    for n, k in enumerate(clause):
        word = words[k]
        if texts[word_indices[k]] != word or word in WERDEN_DE:
            continue  # participles are lower case; werden forms are no participles
        if (n == last or words[clause[n + 1]] in AFTER_PARTICIPLE_DE) and is_participle_de(word):
            return True
    return False


def is_participle_en(word: str) -> bool:
    """Whether a lowercased English word is a past participle (-ed or irregular)."""
    if word in IRREGULAR_PARTICIPLES_EN:
        return True
    return len(word) >= 5 and word.endswith("ed") and word not in PARTICIPLE_ADJECTIVES_EN


def list_passive_sentences_en(prepared: PreparedText, hits: list[int]) -> list[int]:
    """Indices of sentences with a form of be/get followed by a past participle.

    `hits` are positions in prepared.words that include every form of be/get.
    """
    doc = prepared.doc
    words, wi = prepared.words, prepared.word_indices
    texts, kinds = doc.texts, doc.kinds
    passive: set[int] = set()
    for k in hits:
        if words[k] not in BE_EN:
            continue
        i = wi[k]
        s = prepared.sentence_of[i]
        if s in passive:
            continue
        end = doc.sentences[s].end_token
        for j in range(i + 1, min(i + 4, end)):
            if kinds[j] != WORD:
                break
            word = texts[j].lower()
            if word in ADVERBS_EN or word.endswith("ly"):
                continue
            if is_participle_en(word):
                passive.add(s)
            break
    return sorted(passive)
