"""Wording features: gender-fair language, anglicisms, fillers, buzzwords and hedges (issue 2).

Word lists live in core/wordlists (written by us). One list comprehension per passage finds
the words that start a list entry (a frozenset look-up per word); everything after that
works on the few hits only. Gender marks (Kund:innen, Kund*innen, KundInnen …) and pair
forms ("Kundinnen und Kunden") are found with regexes over the text, so they do not depend
on how the tokenizer splits them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from treffsicher.core.features.base import (
    UNIT_CATEGORY,
    UNIT_PER_100_WORDS,
    UNIT_SHARE,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ValueFunction,
    make_ratio,
    make_spec,
    ratio,
)
from treffsicher.core.features.punctuation import find_sentence_span
from treffsicher.core.models import WORD, TokenizedText
from treffsicher.core.wordlists import load_wordlist

WORDS_KEY = "wording_words"  # own denominator, see punctuation.WORDS_KEY

# Count keys → word lists per language. Gender keys use the "gender:" category prefix.
LIST_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("fillers", "de_fillers"),
        ("hedges", "de_hedges"),
        ("buzzwords", "de_buzzwords"),
        ("anglicisms", "de_anglicisms"),
        ("gender:neutral", "de_neutral_forms"),
        ("gender:none", "de_generic_masculine"),
    ),
    "en": (
        ("fillers", "en_fillers"),
        ("hedges", "en_hedges"),
        ("buzzwords", "en_buzzwords"),
    ),
}
FAIR_FEATURES = ("gender_style", "gender_fair_share", "gender_fair_rate_per_100_words")
# Count key → the features whose examples a hit illustrates.
FEATURES_OF_KEY: dict[str, tuple[str, ...]] = {
    "fillers": ("filler_rate_per_100_words",),
    "hedges": ("hedge_rate_per_100_words",),
    "buzzwords": ("buzzword_rate_per_100_words",),
    "anglicisms": ("anglicism_rate_per_100_words",),
    "gender:neutral": FAIR_FEATURES,
    "gender:none": ("gender_style",),
}
GENDER_STYLES = ("none", "colon", "star", "binnen_i", "underscore", "slash", "pair", "neutral")

# German particles that are answers or conjunctions at the start of a sentence ("Ja, gern.",
# "Doch, das geht.", "Einfach anrufen!") and fillers inside it (issue 2).
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
# Capitalised words with a Binnen-I look-alike that are not gendered forms.
NOT_BINNEN_I = frozenset({"linkedin", "plugin", "login", "checkin", "mckinsey"})

# A gender mark right after a stem: Kund:innen, Kund*in, Kund_innen, Kund/innen, Kund/-innen,
# KundInnen. The pattern starts with one character class so that re can skip ahead fast
# (named alternatives were 8x slower); the mark and the stem (a capitalised noun — "Uhrzeit:
# 10" has a space) are checked in Python.
GENDER_MARK_RE = re.compile(r"[:*_/I]-?(?:in|n)(?:nen)?\b")
GENDER_MARKS = {
    ":": ("colon", frozenset({"in", "innen"})),
    "*": ("star", frozenset({"in", "innen"})),
    "_": ("underscore", frozenset({"in", "innen"})),
    "/": ("slash", frozenset({"in", "innen", "-in", "-innen"})),
    "I": ("binnen_i", frozenset({"n", "nnen"})),
}
# Pair forms: "Kundinnen und Kunden", "Kollegen oder Kolleginnen", "jede Kundin und jeder
# Kunde". The connector is found first; the nouns around it are checked in is_pair_form.
CONNECTOR_RE = re.compile(r" (?:und|oder|bzw\.|sowie|&) ")
LEFT_NOUN_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+$")
RIGHT_NOUN_RE = re.compile(r"(?:[a-zäöüß]+ )?([A-ZÄÖÜ][a-zäöüß]+)\b")
MASCULINE_ENDINGS = ("", "e", "en", "n")
# Nouns on -in that are not feminine forms ("Termin und Terme" is no pair form).
NOT_FEMININE_IN = frozenset(
    {"termin", "berlin", "medizin", "benzin", "vitamin", "magazin", "kamin", "rubin", "urin",
     "protein", "disziplin", "delfin", "pinguin", "insulin", "koffein", "musselin", "zeppelin"}
)  # fmt: skip
UMLAUT_FOLD = str.maketrans("äöü", "aou")
# Anglicisms that end German words too: "Lebensideal", "Profile".
NOT_COMPOUND_HEADS = frozenset({"deal", "deals", "file", "files"})

Entry = tuple[str, tuple[str, ...]]  # (count key, following words of a phrase)


def build_lexicon(lang: str) -> dict[str, tuple[Entry, ...]]:
    """Return first word → entries (longest phrase first) over all of `lang`'s lists."""
    lexicon: dict[str, list[Entry]] = {}
    for key, name in LIST_NAMES.get(lang, ()):
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


LEXICONS = {lang: build_lexicon(lang) for lang in LIST_NAMES}
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


def accepts_hit(key: str, word: str, i: int, prepared: PreparedText) -> bool:
    """Apply the context rules of issue 2 to a one-word hit at token index i."""
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
    if 0 <= j < len(prepared.lower) and prepared.doc.kinds[j] == WORD:
        return prepared.lower[j]
    return ""


def accepts_phrase(phrase: tuple[str, ...], first: int, last: int, prep: PreparedText) -> bool:
    """Apply the context rules of issue 2 to a phrase over tokens first..last.

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
        return after == "" and last + 1 < len(prep.lower) and prep.lower[last + 1] in FINAL_MARKS
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
    counts: dict[str, int],
    stats: PassageStats,
    fair_spans: Sequence[tuple[int, int]] = (),
) -> None:
    """Count word-list hits (phrases first, each token once per key) into `counts`.

    A generic-masculine noun inside a gender-fair span ("Kundinnen und Kunden",
    "Mitarbeiter/innen") is not counted as one.
    """
    lexicon = LEXICONS[prepared.lang]
    lower, wi, doc = prepared.lower, prepared.word_indices, prepared.doc
    words = [lower[i] for i in wi]
    next_free: dict[str, int] = {}  # key → first word position not used by a phrase
    last = len(words) - 1
    for p in [p for p, w in enumerate(words) if w in lexicon]:
        for key, rest in lexicon[words[p]]:
            n = len(rest)
            if n and (p + n > last or words[p + 1] != rest[0]):
                continue  # cheap test first: "ich" starts many phrases
            if p < next_free.get(key, 0):
                continue
            if n:
                if tuple(words[p + 1 : p + 1 + n]) != rest or wi[p + n] != wi[p] + n:
                    continue  # not this phrase, or punctuation inside it
                if words[p] in KIND_WORDS and p > 0 and words[p - 1] in DETERMINERS:
                    continue  # "what kind of cake": a noun phrase
                if not accepts_phrase(tuple(words[p : p + n + 1]), wi[p], wi[p + n], prepared):
                    continue
            elif not accepts_hit(key, words[p], wi[p], prepared):
                continue
            elif key == "gender:none" and fair_spans:
                start = doc.starts[wi[p]]
                if any(s <= start < e for s, e in fair_spans):
                    continue
            counts[key] = counts.get(key, 0) + 1
            next_free[key] = p + n + 1
            sent = doc.sentences[prepared.sentence_of[wi[p]]]
            for feature in FEATURES_OF_KEY[key]:
                stats.add_example(feature, sent.start, sent.end)
    if prepared.lang != "de":
        return
    ends, starts = ANGLICISM_ENDS, ANGLICISM_START4
    candidates = [
        p
        for p, w in enumerate(words)
        if len(w) > 6 and ("-" in w or w[-4:] in ends or w[:4] in starts)
    ]
    for p in candidates:
        if words[p] not in ANGLICISMS and is_anglicism_compound(words[p]):
            counts["anglicisms"] = counts.get("anglicisms", 0) + 1
            sent = doc.sentences[prepared.sentence_of[wi[p]]]
            stats.add_example("anglicism_rate_per_100_words", sent.start, sent.end)


def find_word_start(text: str, pos: int) -> int:
    """Return where the run of letters ending at `pos` starts."""
    start = pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def is_pair_form(left: str, right: str) -> bool:
    """True if two nouns are a feminine and masculine pair: Kundinnen/Kunden, Ärztin/Arzt."""
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
    for m in GENDER_MARK_RE.finditer(text):
        found = m.group()
        style, endings = GENDER_MARKS[found[0]]
        if found[1:] not in endings:
            continue
        start = find_word_start(text, m.start())
        if start == m.start() or not text[start].isupper():
            continue  # no capitalised stem: "linkedin.com/in", "In der Stadt"
        if style == "binnen_i":
            if not text[m.start() - 1].islower() or text[start : m.end()].lower() in NOT_BINNEN_I:
                continue
        counts["gender:" + style] = counts.get("gender:" + style, 0) + 1
        spans.append((start, m.end()))
        span = find_sentence_span(doc, start)
        for feature in FAIR_FEATURES:
            stats.add_example(feature, *span)
    for m in CONNECTOR_RE.finditer(text):
        left = LEFT_NOUN_RE.search(text, max(0, m.start() - 40), m.start())
        right = RIGHT_NOUN_RE.match(text, m.end())
        if left is None or right is None or not is_pair_form(left.group(), right.group(1)):
            continue
        counts["gender:pair"] = counts.get("gender:pair", 0) + 1
        spans.append((left.start(), right.end()))
        span = find_sentence_span(doc, left.start())
        for feature in FAIR_FEATURES:
            stats.add_example(feature, *span)
    return spans


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add wording and gender counts for one passage to stats."""
    if prepared.lang not in LEXICONS:
        return
    counts: dict[str, int] = dict.fromkeys(("fillers", "hedges", "buzzwords"), 0)
    spans: list[tuple[int, int]] = []
    if prepared.lang == "de":
        counts["anglicisms"] = 0
        spans = find_gender_forms(prepared.doc, counts, stats)
    count_lexicon(prepared, counts, stats, spans)
    for key, n in counts.items():
        if n or not key.startswith("gender:"):
            stats.add(key, n)
    if prepared.lang == "de":
        gender_total = sum(counts.get("gender:" + s, 0) for s in GENDER_STYLES)
        stats.add("gender_forms", gender_total)
        stats.add("gender_fair_forms", gender_total - counts.get("gender:none", 0))
    stats.add(WORDS_KEY, prepared.n_words)


def per_100_words(key: str) -> ValueFunction:
    """Return a value function: count `key` per 100 words; None without words."""
    return make_ratio(key, WORDS_KEY, 100.0)


def share_of_gender_forms(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
    """Gender-fair forms / all person nouns counted (fair + generic masculine)."""
    return ratio(counts, "gender_fair_forms", "gender_forms")


def rate_spec(
    name: str,
    key: str,
    languages: tuple[str, ...],
    labels: tuple[str, str],
    explains: tuple[str, str],
    family: str = "wording",
) -> FeatureSpec:
    """Return the spec of a word-list rate per 100 words."""
    return make_spec(
        name, UNIT_PER_100_WORDS, family, labels, explains, per_100_words(key), WORDS_KEY,
        languages,
    )  # fmt: skip


SPECS: tuple[FeatureSpec, ...] = (
    FeatureSpec(
        name="gender_style",
        unit=UNIT_CATEGORY,
        family="gender",
        languages=("de",),
        label_de="Gendern",
        label_en="Gender-fair language",
        explain_de="Wie sie Menschen benennt: mit Doppelpunkt (Kund:innen), Sternchen "
        "(Kund*innen), Binnen-I (KundInnen), Unterstrich, Schrägstrich, Paarform "
        "(Kundinnen und Kunden), neutral (Teilnehmende) oder nur männlich (Kunden).",
        explain_en="How she names groups of people in German: with a colon (Kund:innen), "
        "asterisk, capital I, underscore, slash, both forms (Kundinnen und Kunden), neutral "
        "words (Teilnehmende) or the masculine form only (Kunden).",
        categories="gender:",
        units_key="gender_forms",
        category_labels={
            "none": {"de": "nur männliche Form", "en": "masculine form only"},
            "colon": {"de": "Doppelpunkt (Kund:innen)", "en": "colon (Kund:innen)"},
            "star": {"de": "Sternchen (Kund*innen)", "en": "asterisk (Kund*innen)"},
            "binnen_i": {"de": "Binnen-I (KundInnen)", "en": "capital I (KundInnen)"},
            "underscore": {"de": "Unterstrich (Kund_innen)", "en": "underscore (Kund_innen)"},
            "slash": {"de": "Schrägstrich (Kund/innen)", "en": "slash (Kund/innen)"},
            "pair": {"de": "Paarform (Kundinnen und Kunden)", "en": "both forms"},
            "neutral": {"de": "neutrale Form (Teilnehmende)", "en": "neutral word"},
        },
    ),
    FeatureSpec(
        name="gender_fair_share",
        unit=UNIT_SHARE,
        family="gender",
        languages=("de",),
        label_de="Anteil gendergerechter Formen",
        label_en="Share of gender-fair forms",
        explain_de="Wie oft sie Personengruppen gendergerecht benennt statt nur männlich "
        "(„Kunden“), gemessen an allen erkannten Personenbezeichnungen.",
        explain_en="How often she names groups of people in a gender-fair way rather than "
        "in the masculine form only, out of all person nouns we recognise.",
        value=share_of_gender_forms,
        units_key="gender_forms",
    ),
    rate_spec(
        "gender_fair_rate_per_100_words",
        "gender_fair_forms",
        ("de",),
        ("Gendergerechte Formen", "Gender-fair forms"),
        (
            "Wie viele gendergerechte Personenbezeichnungen auf 100 Wörter kommen.",
            "How many gender-fair person nouns she uses per 100 words.",
        ),
        family="gender",
    ),
    rate_spec(
        "anglicism_rate_per_100_words",
        "anglicisms",
        ("de",),
        ("Anglizismen", "Anglicisms"),
        (
            "Wie viele englische Wörter wie Meeting, Feedback oder Workshop sie auf 100 "
            "Wörter benutzt (Alltagswörter wie E-Mail oder Internet zählen nicht).",
            "How many English words like Meeting, Feedback or Workshop she uses per 100 "
            "words of German (everyday ones like E-Mail or Internet do not count).",
        ),
    ),
    rate_spec(
        "filler_rate_per_100_words",
        "fillers",
        ("de", "en"),
        ("Füllwörter", "Filler words"),
        (
            "Wie viele Füllwörter wie eigentlich, halt, einfach oder irgendwie auf 100 "
            "Wörter kommen. Viele wirken mündlich und locker, wenige knapp und sachlich.",
            "How many filler words like basically, actually, really or just she uses per "
            "100 words. Many sound chatty and spoken, few sound crisp.",
        ),
    ),
    rate_spec(
        "buzzword_rate_per_100_words",
        "buzzwords",
        ("de", "en"),
        ("Werbefloskeln", "Marketing buzzwords"),
        (
            "Wie viele typische Werbewörter wie innovativ, ganzheitlich, Lösungen oder "
            "einzigartig auf 100 Wörter kommen.",
            "How many typical marketing words like innovative, holistic, solutions or "
            "unique she uses per 100 words.",
        ),
    ),
    rate_spec(
        "hedge_rate_per_100_words",
        "hedges",
        ("de", "en"),
        ("Abschwächungen", "Hedges"),
        (
            "Wie oft sie Aussagen abschwächt – vielleicht, eher, ich glaube, ein bisschen "
            "– je 100 Wörter. Viele wirken vorsichtig, wenige bestimmt.",
            "How often she softens a statement – maybe, rather, I think, a bit – per 100 "
            "words. Many sound cautious, few sound assertive.",
        ),
    ),
)
