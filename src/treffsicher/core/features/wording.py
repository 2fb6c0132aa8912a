"""Wording features: anglicisms, fillers, buzzwords and hedges from word lists.

Word lists live in core/wordlists (written by us). One pass in C per passage finds the
words that start a list entry (PreparedText.find_word_positions); everything after that
works on the few hits only. core.features.gender uses the same lexicon matching for its
lists (neutral words, generic masculine).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress

from treffsicher.core.features.base import (
    MAX_EXAMPLES_PER_FEATURE,
    UNIT_PER_100_WORDS,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ValueFunction,
    add_sentence_examples,
    make_ratio,
    make_spec,
)
from treffsicher.core.models import WORD
from treffsicher.core.wordlists import load_wordlist

WORDS_KEY = "wording_words"  # own denominator, see punctuation.WORDS_KEY

# Count keys → word lists per language (gender lists: core.features.gender).
LIST_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("fillers", "de_fillers"),
        ("hedges", "de_hedges"),
        ("buzzwords", "de_buzzwords"),
        ("anglicisms", "de_anglicisms"),
    ),
    "en": (
        ("fillers", "en_fillers"),
        ("hedges", "en_hedges"),
        ("buzzwords", "en_buzzwords"),
    ),
}
# Count key → the features whose examples a hit illustrates.
FEATURES_OF_KEY: dict[str, tuple[str, ...]] = {
    "fillers": ("filler_rate_per_100_words",),
    "hedges": ("hedge_rate_per_100_words",),
    "buzzwords": ("buzzword_rate_per_100_words",),
    "anglicisms": ("anglicism_rate_per_100_words",),
}

# German particles that are answers or conjunctions at the start of a sentence ("Ja, gern.",
# "Doch, das geht.", "Einfach anrufen!") and fillers inside it.
PARTICLES_NOT_INITIAL = frozenset({"ja", "doch", "mal", "eben", "halt", "einfach", "natürlich"})
# After "etwas", words on -er that are not comparatives ("etwas über", "etwas anderes" ends
# otherwise): "etwas" is a hedge only before a comparative ("etwas später").
NOT_COMPARATIVE = frozenset(
    {"aber", "oder", "über", "wieder", "immer", "unter", "hinter", "der", "er", "wer", "hier"}
)
# "kind of"/"sort of" after these is a noun phrase ("what kind of cake"), not a filler.
DETERMINERS = frozenset(
    {"a", "the", "what", "which", "this", "that", "these", "those", "some", "any", "every",
     "each", "no", "one", "another", "same", "my", "your", "our", "their", "his", "her"}
)  # fmt: skip
KIND_WORDS = frozenset({"kind", "sort"})
# Phrases that count only in some contexts; see accepts_phrase.
PHRASE_RULES: dict[tuple[str, ...], str] = {
    **{("ich", verb): "opinion" for verb in ("glaube", "glaub", "denke", "finde", "vermute")},
    **{(verb, "ich"): "final" for verb in ("glaube", "glaub", "denke", "finde", "schätze")},
    ("i", "think"): "not_about",
    ("a", "bit"): "degree",
    ("a", "little"): "degree",
    ("ein", "bisschen"): "degree",
    ("ein", "wenig"): "degree",
    ("i", "mean"): "set_off",
    ("you", "know"): "set_off",
}
OPINION_FOLLOWERS = frozenset({"dass", "schon", "auch", "eher", "ja", "mal", "fast", "eigentlich"})
FINAL_MARKS = frozenset({".", "!", "?", "…", "...", ")"})
NOT_COMPOUND_HEADS = frozenset({"deal", "deals", "file", "files"})

Entry = tuple[str, tuple[str, ...]]  # (count key, following words of a phrase)


def build_lexicon(lists: tuple[tuple[str, str], ...]) -> dict[str, tuple[Entry, ...]]:
    """Return first word → entries (longest phrase first) over (count key, list name)s."""
    lexicon: dict[str, list[Entry]] = {}
    for key, name in lists:
        for entry in load_wordlist(name):
            words = tuple(entry.split(" "))
            lexicon.setdefault(words[0], []).append((key, words[1:]))
            if len(words) > 1:  # an abbreviation like "u. u." may be a single token
                lexicon.setdefault(entry, []).append((key, ()))
    return {w: tuple(sorted(set(e), key=lambda x: (-len(x[1]), x))) for w, e in lexicon.items()}


def build_compound_index(entries: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Return last-4-letters → anglicisms (≥ 4 letters) that can end a closed compound."""
    index: dict[str, list[str]] = {}
    for entry in entries:
        if " " in entry or len(entry) < 4 or entry in NOT_COMPOUND_HEADS:
            continue
        index.setdefault(entry[-4:], []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


LEXICONS = {lang: build_lexicon(lists) for lang, lists in LIST_NAMES.items()}
ANGLICISMS = load_wordlist("de_anglicisms")
ANGLICISM_ENDS = build_compound_index(ANGLICISMS)
ANGLICISM_STARTS = load_wordlist("de_anglicism_prefixes")
ANGLICISM_START4 = frozenset(p[:4] for p in ANGLICISM_STARTS)


def is_anglicism_compound(word: str) -> bool:
    """True if a lower-case word is a compound with an anglicism: "teammeeting",
    "onlinekurs", "social-media-kanal" (parts of hyphenated words, closed compounds by
    their last part with ≥ 3 letters before it, or by a listed first part)."""
    if "-" in word:
        parts = word.split("-")
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                part = "-".join(parts[i:j])
                if part in ANGLICISMS or (j == i + 1 and is_anglicism_compound(part)):
                    return True
        return False
    for head in ANGLICISM_ENDS.get(word[-4:], ()):
        if word.endswith(head) and len(word) - len(head) >= 3:
            return True
    if word[:4] in ANGLICISM_START4:
        return any(word.startswith(p) and len(word) - len(p) >= 4 for p in ANGLICISM_STARTS)
    return False


def needs_context(key: str, word: str) -> bool:
    """Whether accepts_hit can reject a one-word hit of `word` under `key` (else: True)."""
    return (
        key.startswith("gender:")
        or (key == "fillers" and word in PARTICLES_NOT_INITIAL)
        or (key == "hedges" and word in ("etwas", "rather"))
    )


AnnotatedEntry = tuple[str, tuple[str, ...], int, bool]  # key, rest, len(rest), needs_context
# Per first word: its one-word entries, and per possible second word the entries that can
# match there (one-word entries and phrases going on with that word), in lexicon order.
Annotated = dict[str, tuple[tuple[AnnotatedEntry, ...], dict[str, tuple[AnnotatedEntry, ...]]]]
_ANNOTATED: dict[int, tuple[Mapping[str, tuple[Entry, ...]], Annotated]] = {}


def _annotate(lexicon: Mapping[str, tuple[Entry, ...]]) -> Annotated:
    """The lexicon arranged for count_lexicon, once per lexicon (it runs per passage and
    these do not depend on the passage): phrase length and needs_context per entry, and
    the entries grouped by the word after the first, so that a hit on "ich" looks only at
    the phrases that go on with the next word."""
    cached = _ANNOTATED.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    annotated: Annotated = {}
    for word, entries in lexicon.items():
        marked = [(key, rest, len(rest), needs_context(key, word)) for key, rest in entries]
        singles = tuple(e for e in marked if not e[2])
        following = {e[1][0] for e in marked if e[2]}
        by_next = {nxt: tuple(e for e in marked if not e[2] or e[1][0] == nxt) for nxt in following}
        annotated[word] = (singles, by_next)
    _ANNOTATED[id(lexicon)] = (lexicon, annotated)
    return annotated


def accepts_hit(key: str, word: str, i: int, prepared: PreparedText) -> bool:
    """Apply the context rules to a one-word hit at token index i."""
    doc = prepared.doc
    if key.startswith("gender:"):
        return doc.texts[i][:1].isupper()  # nouns only: not "verantwortliche Stelle"
    if key == "fillers" and word in PARTICLES_NOT_INITIAL:
        if prepared.first_word[prepared.sentence_of[i]] == i:
            return False  # "Ja, gern." / "Doch!" / "Natürlich komme ich."
        if word == "mal" and doc.texts[i][0] == "M":
            return False  # "zum ersten Mal": the noun
        if word == "ja":  # particle only when a word follows in the same sentence
            nxt = i + 1
            return nxt < len(doc.kinds) and doc.kinds[nxt] == WORD
        return True
    if key == "hedges" and word == "etwas":
        nxt = i + 1
        if nxt >= len(doc.kinds) or doc.kinds[nxt] != WORD:
            return False
        follower = doc.texts[nxt]
        return follower.islower() and follower.endswith("er") and follower not in NOT_COMPARATIVE
    if key == "hedges" and word == "rather":  # "I'd rather wait", "rather than": a preference
        before, after = neighbour_word(prepared, i, -1), neighbour_word(prepared, i, 1)
        return not (before.endswith(("'d", "’d")) or before in {"would", "had"} or after == "than")
    return True


def neighbour_word(prepared: PreparedText, i: int, step: int) -> str:
    """Return the lower-case token next to token i if it is a WORD, else ""."""
    j = i + step
    if 0 <= j < len(prepared.doc.kinds) and prepared.doc.kinds[j] == WORD:
        return prepared.doc.texts[j].lower()
    return ""


def accepts_phrase(phrase: tuple[str, ...], first: int, last: int, prep: PreparedText) -> bool:
    """Apply the context rules to a phrase over tokens first..last.

    Opinion verbs hedge only before a comma, "dass" or a softener ("Ich glaube, …", not
    "Ich glaube dir"); inverted ones only at the end ("…, glaub ich."); "I mean" and
    "you know" are fillers only when set off ("I mean, …", "…, you know, …").
    """
    rule = PHRASE_RULES.get(phrase)
    if rule is None:
        return True
    after = neighbour_word(prep, last, 1)
    if rule == "opinion":
        return after == "" or after in OPINION_FOLLOWERS
    if rule == "final":
        texts = prep.doc.texts
        return after == "" and last + 1 < len(texts) and texts[last + 1].lower() in FINAL_MARKS
    if rule == "degree":  # "a bit late", "ein bisschen teuer"; not "a bit of cake", "ein
        # bisschen Zeit" (an amount); "a bit of a" is a hedge again
        if after == "of":
            return neighbour_word(prep, last + 1, 1) in {"a", "an"}
        return not prep.doc.texts[last + 1 : last + 2] or not (
            prep.doc.kinds[last + 1] == WORD and prep.doc.texts[last + 1][:1].isupper()
        )
    if rule == "not_about":
        return after not in {"about", "of"}  # "I think about it" is no hedge
    starts_sentence = prep.first_word[prep.sentence_of[first]] == first
    return after == "" and (starts_sentence or neighbour_word(prep, first, -1) == "")


def count_lexicon(
    prepared: PreparedText,
    lexicon: Mapping[str, tuple[Entry, ...]],
    features_of: Mapping[str, tuple[str, ...]],
    counts: dict[str, int],
    stats: PassageStats,
    fair_spans: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """Count word-list hits (phrases first, each token once per key) into `counts`; file
    each hit as an example of `features_of[key]`; return the passage's lower-case words.

    A generic-masculine noun inside a gender-fair span ("Kundinnen und Kunden",
    "Mitarbeiter/innen") is not counted as one (core.features.gender).
    """
    wi, doc = prepared.word_indices, prepared.doc
    words = prepared.words
    sentences, sentence_of = doc.sentences, prepared.sentence_of
    examples = stats.examples
    # Features that have all the examples they keep, or want none from this passage.
    full: set[str] = set(stats.skip_examples)
    next_free: dict[str, int] = {}  # key → first word position not used by a phrase
    last = len(words) - 1
    annotated = _annotate(lexicon)
    for p in prepared.find_word_positions(lexicon):
        word = words[p]
        entries, by_next = annotated[word]
        if by_next and p < last:
            entries = by_next.get(words[p + 1], entries)
        for key, rest, n, in_context in entries:
            if n and (p + n > last or words[p + 1] != rest[0]):
                continue  # cheap test first: "ich" starts many phrases
            if p < next_free.get(key, 0):
                continue
            if n:
                if tuple(words[p + 1 : p + 1 + n]) != rest or wi[p + n] != wi[p] + n:
                    continue  # not this phrase, or punctuation inside it
                if word in KIND_WORDS and p > 0 and words[p - 1] in DETERMINERS:
                    continue  # "what kind of cake": a noun phrase
                if not accepts_phrase(tuple(words[p : p + n + 1]), wi[p], wi[p + n], prepared):
                    continue
            elif in_context and not accepts_hit(key, word, wi[p], prepared):
                continue
            elif key == "gender:none" and fair_spans:
                start = doc.starts[wi[p]]
                if any(s <= start < e for s, e in fair_spans):
                    continue
            counts[key] = counts.get(key, 0) + 1
            next_free[key] = p + n + 1
            sent = sentences[sentence_of[wi[p]]]
            for feature in features_of[key]:
                if feature not in full:  # add_example would ignore it: skip the call
                    stats.add_example(feature, sent.start, sent.end)
                    if len(examples[feature]) >= MAX_EXAMPLES_PER_FEATURE:
                        full.add(feature)
    return words


def count_anglicism_compounds(
    prepared: PreparedText, words: Sequence[str], counts: dict[str, int], stats: PassageStats
) -> None:
    """Count unlisted compounds with an anglicism ("Teammeeting") among a German passage's
    lower-case `words` (those of count_lexicon) into counts["anglicisms"].

    prepare_text's pass has judged the words when is_unlisted_anglicism_compound is one of
    the tests of the passage's KeywordIndex (each distinct word once in many passages,
    profile speed); otherwise they are judged here.
    """
    if words is prepared.words:
        positions = prepared.judged_positions(is_unlisted_anglicism_compound)
    else:
        verdicts = {word: is_unlisted_anglicism_compound(word) for word in set(words)}
        positions = list(compress(range(len(words)), map(verdicts.__getitem__, words)))
    if not positions:
        return
    counts["anglicisms"] = counts.get("anglicisms", 0) + len(positions)
    hits = map(prepared.word_indices.__getitem__, positions)
    add_sentence_examples(stats, "anglicism_rate_per_100_words", prepared, hits)


def is_unlisted_anglicism_compound(word: str) -> bool:
    """Whether a lower-case word counts in count_anglicism_compounds: a compound with an
    anglicism that is not itself on the list (the listed ones count in count_lexicon)."""
    return (
        len(word) > 6
        and ("-" in word or word[-4:] in ANGLICISM_ENDS or word[:4] in ANGLICISM_START4)
        and word not in ANGLICISMS
        and is_anglicism_compound(word)
    )


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add filler, hedge, buzzword and (German) anglicism counts for one passage to stats."""
    lexicon = LEXICONS.get(prepared.lang)
    if lexicon is None:
        return
    counts: dict[str, int] = dict.fromkeys(("fillers", "hedges", "buzzwords"), 0)
    if prepared.lang == "de":
        counts["anglicisms"] = 0
    words = count_lexicon(prepared, lexicon, FEATURES_OF_KEY, counts, stats)
    if prepared.lang == "de":
        count_anglicism_compounds(prepared, words, counts, stats)
    stats.add_counts(counts.items())
    stats.add(WORDS_KEY, prepared.n_words)


def per_100_words(key: str) -> ValueFunction:
    """Return a value function: count `key` per 100 words; None without words."""
    return make_ratio(key, WORDS_KEY, 100.0)


def rate_spec(
    name: str,
    key: str,
    languages: tuple[str, ...],
    family: str = "wording",
) -> FeatureSpec:
    """Return the spec of a word-list rate per 100 words."""
    return make_spec(
        name, UNIT_PER_100_WORDS, family, per_100_words(key), WORDS_KEY,
        languages,
    )  # fmt: skip


SPECS: tuple[FeatureSpec, ...] = (
    rate_spec(
        "anglicism_rate_per_100_words",
        "anglicisms",
        ("de",),
    ),
    rate_spec(
        "filler_rate_per_100_words",
        "fillers",
        ("de", "en"),
    ),
    rate_spec(
        "buzzword_rate_per_100_words",
        "buzzwords",
        ("de", "en"),
    ),
    rate_spec(
        "hedge_rate_per_100_words",
        "hedges",
        ("de", "en"),
    ),
)
