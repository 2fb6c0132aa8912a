"""Syllable counts for German and English words, as readability formulas need them.

German: spoken syllables (Duden pronunciation), not hyphenation points. Each vowel nucleus
counts once: diphthongs (ei ai ey ay au äu eu), long vowels (aa ee oo ie) and the glides of
loanword endings (-ion, -ial, -ium, as in "Na-tion", "so-zial", "Stu-dium") are one
nucleus; hiatus (Po-e-sie, Mu-se-um, be-en-den, ge-ehr-te, Ko-or-di-na-tion, Ide-en) are
two. pyphen/textstat follow hyphenation and over-count ("Nati-on", compounds).

English: vowel groups with the usual corrections (silent final e, -ed, -es, syllabic -le),
patterns after Greg Fast's Lingua::EN::Syllable, and a small exceptions table; roughly
90 % of words exact. Both counters memoise per word, so a corpus costs one dict look-up
per token after warm-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from operator import add, sub

from treffsicher.core.compiled import speedups as _speedups

MAX_CACHE = 200_000  # words per language; cleared when full to bound memory

# German nuclei, longest alternatives first: regex alternation is leftmost-first.
DE_NUCLEUS_RE = re.compile(
    r"aa|ee|oo|ei|ai|ey|ay|au|äu|eu|oi|oy|ou|ie|io(?=n)|ia(?=l)|iu(?=m)|[aeiouäöüyéèêàâîôû]"
)
DE_LETTERS_RE = re.compile(r"[^a-zäöüßéèêàâîôû]+")
# Hiatus across a prefix boundary: be-en-den, ge-ehrt, be-ur-tei-len, Ko-or-di-na-tion.
DE_PREFIX_HIATUS_RE = re.compile(
    r"^(?:[bg]ee(?![aeiouäöüy]|r(?!d)|t|st)|beu[rn]|geur|koo|zool|dial)"
)
# Hiatus at the word end: Mu-se-um, Ju-bi-lä-um, Ide-en, Mu-se-en.
DE_SUFFIX_HIATUS_RE = re.compile(r"(?:eum|eums|äum|äums|een)$")
# Other hiatus stems found inside words: Kli-ent, be-in-hal-ten, na-iv, Ukra-i-ne, Mi-lieu.
DE_STEM_HIATUS_RE = re.compile(r"klient|beinhalt|naiv|ukrain|kokain|mosaik|deismus|theismus")
# Plural -ien of stressed -ie nouns has two nuclei (Ener-gi-en, Bat-te-ri-en); these
# unstressed ones keep a glide (Fe-rien, Fa-mi-lien, I-ta-lien) and short verbs have one.
DE_IEN_RE = re.compile(r"[^aeiouäöü]ien$")
DE_IEN_GLIDE_RE = re.compile(
    r"(?:ferien|familien|linien|lilien|studien|serien|medien|kriterien|materialien|aktien"
    r"|prämien|bakterien|arien|folien|gymnasien|stadien|ministerien|podien|zeremonien"
    r"|geranien|kastanien|komödien|tragödien|mumien|pinien|magnolien|hortensien|dahlien"
    r"|italien|spanien|brasilien|australien|belgien|indien|asien|kroatien|slowenien"
    r"|rumänien|albanien|tunesien|kalifornien|britannien|sizilien|kolumbien|serbien"
    r"|armenien|katalonien|mazedonien|bosnien|wien|schien|spien|knien)$"
)
# Anglicisms common in German client mail whose silent e or digraphs the German rules miss.
DE_EXCEPTIONS: dict[str, int] = {
    "team": 1,
    "teams": 1,
    "online": 2,
    "offline": 2,
    "homepage": 2,
    "website": 2,
    "websites": 2,
    "update": 2,
    "updates": 2,
    "service": 2,
    "services": 3,
    "design": 2,
    "designs": 2,
    "layout": 2,
    "layouts": 2,
    "software": 2,
    "timeline": 2,
    "deadline": 2,
    "deadlines": 2,
    "headline": 2,
    "newsletter": 3,
    "coach": 1,
    "coaching": 2,
    "business": 2,
    "smartphone": 2,
    "life": 1,
    "style": 1,
    "office": 2,
    "home": 1,
    "code": 1,
    "live": 1,
    "like": 1,
    "date": 1,
    "slides": 1,
    "milieu": 2,
    "ion": 2,
    "ionen": 3,
}

EN_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
EN_LETTERS_RE = re.compile(r"[^a-z]+")
EN_VOWELS = frozenset("aeiouy")
# One vowel group that is two syllables: me-di-a, bi-o-lo-gy, pre-mi-um, u-su-al, cri-ti-cism;
# not after c/s/t/g/x, where i is a glide (so-cial, na-tion, re-gion), nor in -ion (mil-lion).
EN_HIATUS_RE = re.compile(r"(?<![cstgx])(?:ia|io(?!ns?$))|iu|ii|[^gq]ua[^auieo]|riet|dien|ism$")
# -es is a syllable after sibilants (box-es, chan-ges, pla-ces) and syllabic -les (ta-bles).
EN_ES_SYLLABLE = ("ses", "xes", "zes", "ces", "ges", "ches", "shes")
EN_EXCEPTIONS: dict[str, int] = {
    "the": 1,
    "are": 1,
    "were": 1,
    "there": 1,
    "where": 1,
    "here": 1,
    "every": 3,
    "everyone": 3,
    "everything": 3,
    "different": 3,
    "business": 2,
    "people": 2,
    "because": 2,
    "maybe": 2,
    "someone": 2,
    "something": 2,
    "sometimes": 2,
    "anyone": 3,
    "one": 1,
    "once": 1,
    "idea": 3,
    "ideas": 3,
    "area": 3,
    "areas": 3,
    "create": 2,
    "created": 3,
    "creative": 3,
    "being": 2,
    "doing": 2,
    "going": 2,
    "seeing": 2,
    "quiet": 2,
    "science": 2,
    "real": 1,
    "really": 2,
    "video": 3,
    "radio": 3,
    "whole": 1,
    "while": 1,
    "style": 1,
    "before": 2,
    "therefore": 2,
    "hour": 1,
    "hours": 1,
    "our": 1,
    "ours": 1,
    "fire": 1,
    "poem": 2,
    "poet": 2,
    "lion": 2,
    "client": 2,
    "clients": 2,
    "piano": 3,
    "society": 4,
    "family": 3,
    "evening": 2,
    "interest": 3,
    "interested": 4,
    "interesting": 4,
    "business's": 3,
    "themselves": 2,
    "yourself": 2,
    "yourselves": 2,
    "naked": 2,
    "wicked": 2,
    "sacred": 2,
}

_DE_CACHE: dict[str, int] = {}
_EN_CACHE: dict[str, int] = {}


def count_syllables_de(word: str) -> int:
    """Spoken syllables of a German word (at least 1 for any word; see module docstring)."""
    cached = _DE_CACHE.get(word)
    if cached is not None:
        return cached
    total = 0
    for part in word.lower().split("-"):
        total += _count_part_de(DE_LETTERS_RE.sub("", part))
    result = max(total, 1)
    if len(_DE_CACHE) >= MAX_CACHE:
        _DE_CACHE.clear()
    _DE_CACHE[word] = result
    return result


def _count_part_de(part: str) -> int:
    """Syllables of one hyphen-free lowercase German word part (0 when it has no vowel)."""
    if not part:
        return 0
    exception = DE_EXCEPTIONS.get(part)
    if exception is not None:
        return exception
    # "qu" is /kv/: its u is no vowel; a word-initial y before a vowel is /j/ (Yoga).
    w = part.replace("qu", "qw")
    if len(w) > 1 and w[0] == "y" and w[1] in "aeiouäöü":
        w = "j" + w[1:]
    n = len(DE_NUCLEUS_RE.findall(w))
    if DE_PREFIX_HIATUS_RE.search(w):
        n += 1
    if DE_SUFFIX_HIATUS_RE.search(w):
        n += 1
    if DE_STEM_HIATUS_RE.search(w):
        n += 1
    if DE_IEN_RE.search(w) and not DE_IEN_GLIDE_RE.search(w):
        n += 1
    return n


def count_syllables_en(word: str) -> int:
    """Syllables of an English word by vowel groups and corrections (at least 1)."""
    cached = _EN_CACHE.get(word)
    if cached is not None:
        return cached
    total = 0
    for part in word.lower().split("-"):
        total += _count_part_en(EN_LETTERS_RE.sub("", part.replace("’", "'")))
    result = max(total, 1)
    if len(_EN_CACHE) >= MAX_CACHE:
        _EN_CACHE.clear()
    _EN_CACHE[word] = result
    return result


def _count_part_en(part: str) -> int:
    """Syllables of one hyphen-free lowercase English word part (0 when it has no letter)."""
    if not part:
        return 0
    exception = EN_EXCEPTIONS.get(part)
    if exception is not None:
        return exception
    if len(part) <= 3:
        return 1
    n = len(EN_VOWEL_GROUP_RE.findall(part))
    consonant_before_le = part[-3] not in EN_VOWELS
    if part.endswith("e"):
        # Silent final e (make, whole), but syllabic -le after a consonant (ta-ble).
        if not (part.endswith("le") and consonant_before_le) and not part.endswith(("ee", "ue")):
            n -= 1
    elif part.endswith("ed"):
        if not part.endswith(("ted", "ded")):
            n -= 1  # asked, loved; but wan-ted, nee-ded
    elif part.endswith("es"):
        syllabic_les = part.endswith("les") and part[-4] not in EN_VOWELS
        if not part.endswith(EN_ES_SYLLABLE) and not syllabic_les:
            n -= 1  # makes, times; but box-es, ta-bles
    elif part.endswith("ely") and part[-4] not in EN_VOWELS:
        n -= 1  # love-ly, like-ly
    n += len(EN_HIATUS_RE.findall(part))
    return max(n, 1)


def count_syllables(word: str, lang: str) -> int:
    """Syllables of `word` in `lang` ("de" or "en"; anything else is counted as German)."""
    if lang == "en":
        return count_syllables_en(word)
    return count_syllables_de(word)


def list_syllable_counts(words: Sequence[str], lang: str) -> list[int]:
    """Syllables of each word (pass lowercased words: the cache is keyed by the string).

    The fast path is one dict look-up per word; only unseen words run the rules.
    """
    cache = _EN_CACHE if lang == "en" else _DE_CACHE
    get = cache.get
    counts = list(map(get, words))
    if None in counts:
        count_one = count_syllables_en if lang == "en" else count_syllables_de
        return [count_one(w) if n is None else n for w, n in zip(words, counts, strict=True)]
    return counts  # type: ignore[return-value]  # no None left, checked above


def sum_syllables(
    words: list[str], lang: str, starts: list[int], counts: list[int]
) -> tuple[int, int, int, list[int]]:
    """The syllables of all `words`, how many words have one and two, and the syllables of
    each sentence, words[starts[s]:starts[s] + counts[s]] (lowercased words, as for
    list_syllable_counts). One pass in C where it is built (profile speed).
    """
    if _speedups is not None:  # docs/decisions/0025-compiled-scanner.md
        cache = _EN_CACHE if lang == "en" else _DE_CACHE
        count_one = count_syllables_en if lang == "en" else count_syllables_de
        return _speedups.syllable_sums(words, cache, count_one, starts, counts)
    syllables = list_syllable_counts(words, lang)
    before = [0, *accumulate(syllables)]  # before[k]: syllables of words[:k]
    ends = map(before.__getitem__, map(add, starts, counts))
    sentence_sums = list(map(sub, ends, map(before.__getitem__, starts)))
    return before[-1], syllables.count(1), syllables.count(2), sentence_sums
