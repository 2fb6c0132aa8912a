"""Unicode normalisation and a fast offline language guess for passages.

normalize_text cleans what would confuse tokens and offsets (BOM, zero-width and control
characters, CR line ends, non-breaking spaces) but keeps typography: quotes, dashes and
ellipses are part of a voice and are measured later, so they are never folded.

guess_language counts function words from our own lists (wordlists/langid_*.txt) plus a
few letter cues (ä ö ü ß, ñ, ç, …). Function words are what a language cannot avoid, so
loanwords do not sway it: "Das Meeting war super, wir machen ein Follow-up" is German.
Words shared by several lists ("in", "die", "es") count as a fraction for each.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from treffsicher.core.models import UNDETERMINED
from treffsicher.core.wordlists import load_wordlist

# Languages the guess can tell apart; only de and en enter a profile (models.PROFILE_LANGUAGES).
LANGUAGES: tuple[str, ...] = ("de", "en", "fr", "es", "it", "nl")
MIN_WORDS = 3  # fewer words than this: "und" (a lone "Danke!" says too little)
MIN_HITS = 2.0  # function-word hits the winner needs
MIN_SHARE = 0.12  # hits per word; real text has 30-50 %, stray look-alikes far less
MIN_LEAD = 1.5  # the winner's score must be this many times the runner-up's
MAX_CHARS = 200_000  # the guess is settled long before; keeps huge passages fast
CUE_WEIGHT = 0.5  # one letter cue counts as half a function word

# Zero-width and format characters that only disturb tokens; ZWJ (U+200D) and variation
# selectors stay because they hold emoji sequences together (👩‍💻, ❤️).
DROP_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]"
)
NBSP_RE = re.compile("[\u00a0\u202f\u2007]")
LINE_END_RE = re.compile("\r\n?|[\u2028\x85]")
# Any character one of the three patterns above or the paragraph separator would change:
# text without one only needs NFC (one scan instead of four; import speed).
CLEAN_RE = re.compile(f"[{DROP_RE.pattern[1:-1]}{NBSP_RE.pattern[1:-1]}\r\u2028\x85\u2029]")
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
LETTERS_RE = re.compile(r"[^\W\d_]+")  # WORD_RE's words in text without an apostrophe
CUE_RES: dict[str, re.Pattern[str]] = {
    "de": re.compile("[äöüß]"),
    "fr": re.compile(r"[çèêëîœ]|\b(?:c|d|j|l|n|qu)'(?=[^\W\d_])"),
    "es": re.compile(r"[ñ¿¡]|ción\b"),
    "it": re.compile(r"[òù]|zione\b|zioni\b"),
    "nl": re.compile(r"ij"),
}
# The same cues, counted faster (import speed): single characters by one regex over text
# that is not all ASCII, "ij" with str.count, the rest by regex only when a substring it
# needs is in the text. Each language's parts match disjoint characters, so their counts
# add up to CUE_RES's (a test compares them).
CUE_CHARS: dict[str, str] = {"de": "äöüß", "fr": "çèêëîœ", "es": "ñ¿¡", "it": "òù", "nl": ""}
CUE_STRINGS: dict[str, str] = {"nl": "ij"}
CUE_REST: dict[str, tuple[str, re.Pattern[str]]] = {
    "fr": ("'", re.compile(r"\b(?:c|d|j|l|n|qu)'(?=[^\W\d_])")),
    "es": ("ción", re.compile(r"ción\b")),
    "it": ("zion", re.compile(r"zione\b|zioni\b")),
}
CUE_LANGUAGE: dict[str, str] = {char: lang for lang, chars in CUE_CHARS.items() for char in chars}
CUE_CHAR_RE = re.compile("[" + "".join(CUE_LANGUAGE) + "]")


def normalize_text(text: str) -> str:
    """Return `text` in NFC with "\\n" line ends, no BOM/zero-width/control characters.

    Non-breaking spaces become plain spaces; tabs and newlines stay. Quotes, dashes and
    ellipses are left as they are (typography is a voice feature).
    """
    if CLEAN_RE.search(text) is not None:
        text = LINE_END_RE.sub("\n", text).replace("\u2029", "\n\n")  # paragraph separator
        text = NBSP_RE.sub(" ", DROP_RE.sub("", text))
    # NFC last: dropping a zero-width character can bring a letter and its accent together.
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def load_function_words() -> dict[str, tuple[tuple[str, float], ...]]:
    """Return word → ((language, weight), …), the weights of a shared word summing to 1."""
    langs_of: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for word in load_wordlist(f"langid_{lang}"):
            langs_of.setdefault(word.lower(), []).append(lang)
    return {w: tuple((lang, 1.0 / len(ls)) for lang in ls) for w, ls in langs_of.items()}


def count_language_hits(text: str) -> tuple[dict[str, float], int]:
    """Return weighted function-word and letter-cue hits per language, and the word count."""
    lower = text[:MAX_CHARS].lower().replace("’", "'")
    apostrophe = "'" in lower
    words = (WORD_RE if apostrophe else LETTERS_RE).findall(lower)
    table = load_function_words()
    hits = dict.fromkeys(LANGUAGES, 0.0)
    if apostrophe:
        counts = Counter(words)
        for word in counts:
            entry = table.get(word)
            if entry is None and "'" in word:
                entry = table.get(word.split("'", 1)[0])
            if entry is not None:
                n = counts[word]
                for lang, weight in entry:
                    hits[lang] += n * weight
    else:
        # Without an apostrophe only listed words count: filter them in C before counting
        # (import speed); the sums run in the same order (first occurrence) either way.
        for word, n in Counter(filter(table.__contains__, words)).items():
            for lang, weight in table[word]:
                hits[lang] += n * weight
    for lang, n in count_cues(lower).items():
        hits[lang] += CUE_WEIGHT * n
    return hits, len(words)


def count_cues(lower: str) -> dict[str, int]:
    """The letter cues per language in lower-cased text: len(CUE_RES[lang].findall(lower))."""
    found = dict.fromkeys(CUE_RES, 0)
    if not lower.isascii():  # every single-character cue is a non-ASCII letter or sign
        for char in CUE_CHAR_RE.findall(lower):
            found[CUE_LANGUAGE[char]] += 1
    for lang, needed in CUE_STRINGS.items():
        found[lang] += lower.count(needed)
    for lang, (needed, pattern) in CUE_REST.items():
        if needed in lower:
            found[lang] += len(pattern.findall(lower))
    return found


def guess_language_scores(text: str) -> dict[str, float]:
    """Return each language's hits per word (0 when the text has no words), best first."""
    hits, n_words = count_language_hits(text)
    scores = {lang: (h / n_words if n_words else 0.0) for lang, h in hits.items()}
    return dict(sorted(scores.items(), key=lambda item: -item[1]))


def guess_language(text: str) -> str:
    """Return the ISO 639-1 code of `text`'s language, or "und" when too short or unclear.

    Recognises de, en, fr, es, it, nl from function words and letter cues (module
    docstring); other languages and scripts come back as "und".
    """
    hits, n_words = count_language_hits(text)
    if n_words < MIN_WORDS:
        return UNDETERMINED
    # The first language with the most hits (as a stable sort ranks them) and the most hits
    # of the others: a tie gives the runner-up the winner's hits.
    best = max(hits, key=hits.__getitem__)
    best_hits = hits.pop(best)
    second_hits = max(hits.values())
    if best_hits < MIN_HITS or best_hits < MIN_SHARE * n_words:
        return UNDETERMINED
    if best_hits < MIN_LEAD * second_hits:
        return UNDETERMINED
    return best
