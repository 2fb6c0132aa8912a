"""Tokens and sentences with character offsets, tuned for German and English emails.

API: tokenize(text) -> TokenizedText. It accepts any str (normalise first with
core.text.normalize_text); tokens are text[start:end], in order, non-overlapping, and every
non-whitespace character lies inside a token. One compiled regex defines the tokens
(TOKEN_RE; tokenize scans with SPLIT_RE, the same regex behind shortcuts for common cases);
sentence boundaries are decided only at the few candidate places (end punctuation, line
breaks).

Token rules:
- URLs (https://…, www.…, bare domains with a known TLD such as example.de/kontakt) and email
  addresses are one token; trailing . , ; : ! ? ) are not part of them.
- Abbreviations from ABBREVIATIONS (Dr., bzw., usw., MwSt., e.g., …) and the dotted
  multi-part ones ("z. B.", "z.B.", "d. h.", "i. A.", "e.g.", any "U.S.", "Dipl.-Ing.")
  are one WORD token, inner space included. "S.", "No.", "Art." and street names
  ("Hauptstr.") count as abbreviations only before a number; a single capital letter is an
  initial ("J. K. Rowling") when a capitalised word other than a SENTENCE_STARTERS word
  follows.
- Numbers: "2.040", "19,90", "1.500,00", "10-12", "19,-" one NUMBER; dates "03.06.2025" and
  "3.6." one NUMBER; times "10:30"; phone numbers "+49 170 1234567" (inner spaces) one
  NUMBER; ordinals "3." keep their dot when a word or number follows on the same line and
  that word is not a typical sentence start (SENTENCE_STARTERS: "Das war 2023. Dann …" ends
  the sentence, "am 3. Juni" does not; "£28." is never an ordinal); "1." at the start of
  a line is a list number.
- Words: letters and digits joined by hyphens (E-Mail, 24-Stunden-Service), apostrophes
  (geht's, don't), gender marks (Kund:innen, Kund*innen, Kund_innen, Mitarbeiter/innen,
  Mitarbeiter/-innen, jede*r) and a trailing hyphen before und/oder ("Vor- und Nachteile").
- Emoji with skin tones, variation selectors, ZWJ sequences, flags and keycaps: one EMOJI.
  Emoticons :-) :) ;-) :D :( :P <3 ^^: one EMOTICON ("xD" stays a word).
- "…", "...", "?!", "!!!", "--" are one PUNCT token; quotes, brackets and dashes are PUNCT;
  € % & § # @ + = / * and any other character are SYMBOL.

Sentence rules:
- . ! ? ?! … end a sentence when whitespace or the end of the text follows; closing quotes
  and brackets right after them belong to the sentence, and so do emoji and emoticons
  that follow on the same line ("Danke! 😊") or fill the next line on their own. An
  ellipsis (or a closing bracket) followed by a lower-case word does not end it ("Na ja …
  vielleicht").
- Abbreviations never end a sentence, except those in END_ABBREVIATIONS (usw., etc., u. a.,
  e. V., …) when a line break or a SENTENCE_STARTERS word follows ("…, Birnen usw. Dann").
- A blank line always ends a sentence. A single line break ends it too, unless the
  paragraph is hard-wrapped: the line before is at least WRAP_MIN_CHARS long, does not end
  in . ! ? : … and is no heading, and the next line starts lower case — or, for German
  nouns, starts upper case while the line before is at least WRAP_MIN_CHARS_UPPER long.
  A greeting line ending in a comma ("Hallo Anna,") is never joined. So greeting and
  sign-off lines ("Hallo Anna," / "Liebe Grüße" / "Ulrike") are sentences of their own, and
  so are Markdown headings and list items ("# Über mich", "- …", "* …", "1. …"), which are
  never joined to a neighbour.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, partial
from itertools import accumulate, repeat
from operator import add

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.models import (
    EMAIL,
    EMOJI,
    EMOTICON,
    NUMBER,
    PUNCT,
    SYMBOL,
    URL,
    WORD,
    Sentence,
    TokenizedText,
)

# Single-word abbreviations (case-sensitive, without the dot). Kept short on purpose: an
# unknown abbreviation costs one wrong split, a wrong entry costs missed sentence ends.
ABBREVIATIONS = (
    "Abb Abs Abt allg Anm approx Apr Aug Ave Bd bes Bhf bspw Bzgl bzgl Bzw bzw Ca ca cf Co "
    "Corp Dept Dez Di Do Dr dt ehem eigtl einschl engl entspr etc Evtl evtl exkl Fa Feb ff "
    "Fig Fr geb gem Ggf ggf ggfs ggü Hbf Hr Hrn Hrsg Inc Inkl inkl Insb insb Jh Jhd Jr "
    "jährl Kap lt Ltd max Mi Min min mind Mio Mo Mr Mrd Mrs Ms mtl MwSt Nov Nr Okt Prof Rd "
    "Sa Sep Sept sog Sr St Std Str Tel Tsd tägl usf usw Vgl vgl Vol vs Zzgl zzgl zzt"
).split()
# Abbreviations that are only abbreviations before a number ("S. 5", "No. 3", "Art. 5").
NUMBER_ABBREVIATIONS = ("S", "No", "Art", "Tab", "Ziff")
# Dotted multi-part abbreviations, written here with one space between parts.
MULTI_ABBREVIATIONS = (
    "z. B.|d. h.|u. a.|o. ä.|o. Ä.|u. ä.|u. Ä.|u. U.|z. T.|i. d. R.|s. o.|s. u.|v. a.|"
    "u. v. m.|m. E.|e. V.|i. A.|i. V.|a. M.|z. Hd.|z. Zt.|o. g.|p. A.|e. g.|i. e.|a. m.|p. m."
).split("|")
# Abbreviations that may close a sentence (see module docstring).
END_ABBREVIATIONS = frozenset(
    ["usw.", "etc.", "usf.", "ff.", "Co.", "Inc.", "Ltd.", "Corp.", "Mio.", "Mrd.", "Tsd."]
    + [
        v
        for a in ("u. a.", "u. v. m.", "o. ä.", "o. Ä.", "u. ä.", "u. Ä.", "e. V.")
        for v in (a, a.replace(" ", ""))
    ]
    + ["a. m.", "a.m.", "p. m.", "p.m."]
)
# Capitalised words that start sentences but hardly follow an ordinal or an abbreviation.
SENTENCE_STARTERS = frozenset(
    "Aber Alle Allerdings Also Am Andererseits Auch Außerdem Bei Bis Bitte Da Dabei Daher "
    "Damit Danach Dann Danke Darum Das Dass Dazu Dein Deine Dem Den Denn Der Deshalb Des "
    "Die Dies Diese Dieser Dieses Doch Dort Du Durch Ein Eine Einer Er Es Etwas Euch Falls "
    "Für Ganz Gerne Gern Heute Hier Ich Ihr Ihre Im In Ja Jetzt Kein Keine Leider Man Mein "
    "Meine Mit Morgen Nach Nein Noch Nun Nur Ob Oder Schon Sehr Sie So Sonst Trotzdem Um "
    "Und Uns Unser Unsere Viele Vielen Vielleicht Vom Von Vor Wann Warum Was Weil Wenn Wer "
    "Wie Wir Wo Zum Zur Zu Übrigens A After All Also An And As At But By For From He How I "
    "If In It Its My No Now On Our Please She So Thank Thanks That The Then There These "
    "They This To We What When Where Why With Yes You Your".split()
)
WRAP_MIN_CHARS = 40  # hard-wrapped mail lines are ~60-78 chars; greetings are shorter
WRAP_MIN_CHARS_UPPER = 60

_TLDS = "de|com|org|net|at|ch|eu|info|io|biz|shop|online|app|dev|co|uk|fr|it|es|nl|be|lu|li"


def _behind_any(words: tuple[str, ...] | list[str]) -> str:
    """Return a regex true right after any of `words` (fixed-width lookbehinds per length)."""
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(re.escape(w))
    return "|".join(rf"(?<=\b(?:{'|'.join(ws)}))" for _, ws in sorted(by_len.items()))


def _multi_tails(abbreviations: tuple[str, ...] | list[str]) -> str:
    """Return a regex for the rest of each dotted abbreviation after its first letter."""
    by_first: dict[str, list[str]] = {}
    for a in sorted(abbreviations, key=len, reverse=True):
        parts = a.replace(" ", "").split(".")[:-1]
        rest = "".join(r"\.[ \u00a0\u202f]?" + re.escape(p) for p in parts[1:]) + r"\."
        by_first.setdefault(parts[0], []).append(rest)
    tails = "|".join(rf"(?<=\b{f})(?:{'|'.join(rs)})" for f, rs in sorted(by_first.items()))
    # One lookbehind for all first parts in front (speed: most words fail it at once).
    return rf"(?:{_behind_any(list(by_first))})(?:{tails})"


_STARTERS = "|".join(sorted(SENTENCE_STARTERS, key=len, reverse=True))
_AN = r"[^\W_]"  # a letter or digit
_WORD_REST = rf"""(?:(?:[-\u2010\u2011]|['’](?=[^\W\d_])){_AN}+)*
      (?:(?:[:*_]|/-?)(?:innen|in|e|r)(?!\w))?
      (?:[-\u2010\u2011](?=[ \t]+(?:und|oder|bis|bzw|sowie|and|or|to)\b))?"""
_EMOJI_BASE = (
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u231a\u231b"
    "\u23e9-\u23fa\u2934\u2935\u3030\u303d\u3297\u3299]"
    "|[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u24c2\u25aa\u25ab"
    "\u25b6\u25c0\u25fb-\u25fe](?=\ufe0f)"
)
_EMOJI_MOD = "[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*"
_URL_END = r"[^\s<>\"„“”«».,;:!?)\]'’]"

# One alternation; group order defines KINDS (lastindex → kind). Speed: a word
# is matched first and only when . @ + : - follows is it checked for the rest of a dotted
# abbreviation, an abbreviation dot (lookbehinds), a URL, an email or a domain tail; the
# other alternatives fail early on a cheap guard (guards and cheap lookaheads stand
# before the lookbehinds they spare). Possessive quantifiers (++, *+) where a
# part can be split several ways, and at most 8 dotted parts in email and domain tails,
# so that no input backtracks catastrophically or rescans quadratically.
TOKEN_RE = re.compile(
    rf"""
    (?P<word>[^\W\d_]{_AN}*(?:(?=[-\u2010\u2011'’:*_/]){_WORD_REST})?)
    (?:(?=[.@+:-])
     (?:(?P<multi>(?=\.)(?:{_multi_tails(MULTI_ABBREVIATIONS)}
         |(?<=\b[^\W\d_])\.(?:[^\W\d_]\.)+(?![^\W_])
         |(?<=\bDipl)\.-[^\W\d_]{{2,12}}\.))
      |(?P<abbr>(?=\.)(?:{_behind_any(ABBREVIATIONS)}
         |(?=\.[ \u00a0]?\d)(?:{_behind_any(NUMBER_ABBREVIATIONS)}|(?<=str))
         |(?<=\b[A-ZÄÖÜ])(?=\.[ \u00a0](?!(?:{_STARTERS})\b)[A-ZÄÖÜ]))\.)
      |(?P<url>(?=://)(?:(?<=\bhttps)|(?<=\bhttp)|(?<=\bftp))://[^\s<>"„“”«»]*{_URL_END}
         |(?<=\bwww)\.[^\s<>"„“”«»]*{_URL_END})
      |(?P<email>(?:[.+-][\w-]++){{0,8}}+@[\w-]++(?:\.[\w-]++){{0,8}}\.[A-Za-z]{{2,}}(?![\w-]))
      |(?P<domain>(?:\.[a-z0-9-]++){{0,8}}\.(?:{_TLDS})(?![\w-])
        (?:/[^\s<>"„“”«»]*{_URL_END}|/)?)))?
  | (?P<emoji>[\U0001f1e6-\U0001f1ff]{{2}}|[0-9#*]\ufe0f?\u20e3
      |(?:{_EMOJI_BASE}){_EMOJI_MOD}(?:\u200d(?:{_EMOJI_BASE}){_EMOJI_MOD})*)
  | (?P<number>(?=[+\d])(?:\+\d{{2,3}}(?:[ /-]?\(0\))?(?:[ /-]?\d{{2,}}+){{1,5}}(?!\w)
      |\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?(?![\d\w])
      |\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)
      |(?<![^\n])\d{{1,3}}\.(?=[ \t])
      |(?<![£$€¥])\d{{1,3}}\.(?=[ \t\u00a0]+(?!(?:{_STARTERS})\b)[^\W_])
      |\d+(?:[.,]\d+)*(?:-\d+(?:[.,]\d+)*)?(?:,-)?(?![^\W_]|[-\u2010\u2011][^\W_])))
  | (?P<dword>\d{_AN}*(?:(?=[-\u2010\u2011'’:*_/]){_WORD_REST})?)
  | (?P<emoticon>[:;][-'^o]?[()\[\]/\\|*]|[:;]-?[DPpO](?!\w)|<3|\^\^)
  | (?P<punct>\.{{2,}}|…+|[?!]+|-{{2,}}|[.,;:()\[\]{{}}„“”"‚‘’'»«‹›–—\-‐‑‒―¿¡])
  | (?P<symbol>\S)
    """,
    re.VERBOSE,
)
KINDS = (
    SYMBOL,  # unused: group 0
    WORD,
    WORD,  # word + rest of a dotted abbreviation: "z. B.", "U.S."
    WORD,  # word + abbreviation dot
    URL,  # "https" + "://…", "www" + ".…"
    EMAIL,
    URL,  # bare domain
    EMOJI,
    NUMBER,
    WORD,  # word starting with a digit: 3er, 24-Stunden-Service
    EMOTICON,
    PUNCT,
    SYMBOL,
)


def _any_word(words: tuple[str, ...] | list[str]) -> str:
    """Return a regex for any of `words`, branching on the first letter (speed)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(f)}(?:{'|'.join(rs)})" for f, rs in sorted(by_first.items()))


_LETTER = "a-zA-ZäöüÄÖÜß"
# The scan behind tokenize (speed): re.split by TOKEN_RE with one group around the
# token, so that the result alternates whitespace and token strings (no match objects,
# which cost time and make the garbage collector run again and again on long texts) and
# the offsets follow from their lengths. "(?=\S)" lets the search step over whitespace
# cheaply. Shortcuts in front give the same tokens as TOKEN_RE for the common cases, with
# plain character sets (cheaper than Unicode classes) and possessive, so that a word
# never gives back a letter:
# - a word followed by whitespace or , ; ! ? ) (none of them continues a word);
# - a word of two or more characters before a full stop that ends the text or that
#   whitespace and no digit follows, unless an abbreviation: there TOKEN_RE joins the
#   dot only to ABBREVIATIONS and "www" (its other tails need one letter, a digit, "-",
#   "://" or a character right after the dot; no letter stands right before a token);
# - "," and a "." that starts no "...".
# tests/core/test_tokens.py checks the shortcuts against TOKEN_RE alone. Compiled when
# first used (split_re): with the compiled scan only the pure-Python one needs it (~10 ms
# of every process's start-up otherwise).
SPLIT_PATTERN = (
    rf"(?=\S)([{_LETTER}][{_LETTER}0-9]*+(?=[ \n\t,;!?)])"
    rf"|(?!(?:{_any_word(ABBREVIATIONS)}|www)\.)[{_LETTER}][{_LETTER}0-9]++"
    r"(?=\.(?:\s+[^\s\d]|\s*\Z))|,|\.(?!\.)|" + re.sub(r"\(\?P<\w+>", "(?:", TOKEN_RE.pattern) + ")"
)


@cache
def split_re() -> re.Pattern[str]:
    """SPLIT_RE: SPLIT_PATTERN compiled (once)."""
    return re.compile(SPLIT_PATTERN, re.VERBOSE)


# A Sentence from one (start, end, first_token, end_token) tuple, built in C (speed).
_new_sentence = partial(tuple.__new__, Sentence)
# What SPLIT_RE's second shortcut must not take as a word before a sentence's full stop.
SHORTCUT_NOT_BEFORE_DOT = frozenset([*ABBREVIATIONS, "www"])
# One-character tokens of a punctuation character come from the punct alternative only:
# the alternatives before it cannot start with these characters or take two or more.
PUNCT_CHARS = frozenset(".,;:()[]{}„“”\"‚‘’'»«‹›–—-‐‑‒―¿¡?!…")

END_CHARS = frozenset(".!?…")
ELLIPSES = ("…", "..")
TRAILING_KINDS = frozenset([EMOJI, EMOTICON])
CLOSERS = frozenset(["“", "”", '"', "’", "‘", "»", "«", ")", "]", "'", "›", "‹"])
LINE_BREAK_RE = re.compile(r"\n(?:[^\S\n]*\n)*")
HEADING_OR_ITEM_RE = re.compile(r"[ \t]*(?:#{1,6}[ \t]|[-*•+–][ \t]|\d{1,3}[.)][ \t])")
HEADING_RE = re.compile(r"[ \t]*#{1,6}[ \t]")
GREETING_RE = re.compile(
    r"[ \t]*(?:Hallo|Hallöchen|Hi|Hiya|Hey|Liebe|Lieber|Liebes|Sehr geehrte|Guten|Moin|"
    r"Servus|Grüß|Griaß|Grüezi|Hoi|Tach|Dear|Hello|Good (?:morning|afternoon|evening))"
    r"\b[^\n]*,[ \t]*$"
)


def _is_sentence_end(text: str, tok: str, last: str, prev_end: int, nxt_start: int) -> bool:
    """Return whether a sentence ends after terminator `tok` (closed by `last`) (docstring)."""
    gap = text[prev_end:nxt_start]
    if "\n" in gap:
        return True  # a terminator at the end of a line always ends the sentence
    if not gap:
        return False  # "Hallo!Wie" or "?)" glued to the next token: no boundary here
    nxt = text[nxt_start]
    if tok in END_ABBREVIATIONS:
        return text[nxt_start : nxt_start + 14].split(None, 1)[0].rstrip(",.!?:;") in (
            SENTENCE_STARTERS
        )
    return not (nxt.islower() and (tok.startswith(ELLIPSES) or last in CLOSERS))


def _breaks_at_line(text: str, pos: int, end: int) -> bool:
    """Return whether the line break run text[pos:end] ends a sentence (module docstring)."""
    if text.count("\n", pos, end) > 1:
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    prev = text[line_start:pos].rstrip()
    nxt_end = text.find("\n", end)
    nxt = text[end : len(text) if nxt_end < 0 else nxt_end]
    if not prev or not nxt.strip() or prev[-1] in END_CHARS or prev[-1] == ":":
        return True
    if HEADING_OR_ITEM_RE.match(nxt) or HEADING_RE.match(prev) or GREETING_RE.match(prev):
        return True
    first = nxt.lstrip()[0]
    if first.islower():
        return len(prev) < WRAP_MIN_CHARS
    return not (first.isupper() and len(prev) >= WRAP_MIN_CHARS_UPPER)


def find_sentence_ends(
    text: str, starts: list[int], ends: list[int], kinds: list[str], texts: list[str]
) -> list[int]:
    """Return the sorted indices of tokens that close a sentence (the last token included)."""
    end_chars = END_CHARS
    candidates = [i for i, t in enumerate(texts) if t[-1] in end_chars]
    return _find_sentence_ends(text, starts, ends, kinds, texts, candidates)


def _find_sentence_ends(
    text: str,
    starts: list[int],
    ends: list[int],
    kinds: list[str],
    texts: list[str],
    candidates: list[int],
) -> list[int]:
    """Return find_sentence_ends, given the indices, in order, of at least every token that
    ends in . ! ? … (only those can close a sentence, so the rules run on few tokens).
    """
    n = len(texts)
    if n == 0:
        return []
    if _speedups is not None:  # the loop below in C (docs/decisions/0025-compiled-scanner.md)
        stops = _speedups.sentence_stops(
            text,
            starts,
            ends,
            kinds,
            texts,
            candidates,
            END_ABBREVIATIONS,
            SENTENCE_STARTERS,
            CLOSERS,
            TRAILING_KINDS,
        )
        breaks = set(stops)
        breaks.update(
            _speedups.line_stops(
                text,
                starts,
                HEADING_OR_ITEM_RE.match,
                HEADING_RE.match,
                GREETING_RE.match,
                WRAP_MIN_CHARS,
                WRAP_MIN_CHARS_UPPER,
            )
        )
    else:
        breaks = _punctuation_stops(text, starts, ends, kinds, texts, candidates)
        breaks.update(_line_stops(text, starts))
    breaks.add(n - 1)
    return _merge_emoji_lines(text, starts, ends, kinds, sorted(breaks))


def _line_stops(text: str, starts: list[int]) -> list[int]:
    """The last tokens before the runs of line breaks that end a sentence (_breaks_at_line)."""
    n = len(starts)
    stops = []
    for m in LINE_BREAK_RE.finditer(text):
        j = bisect_left(starts, m.end())
        if 0 < j < n and _breaks_at_line(text, m.start(), m.end()):
            stops.append(j - 1)
    return stops


def _punctuation_stops(
    text: str,
    starts: list[int],
    ends: list[int],
    kinds: list[str],
    texts: list[str],
    candidates: list[int],
) -> set[int]:
    """The tokens that close a sentence by their punctuation (. ! ? … and what may follow
    on the same line), among `candidates` (see _find_sentence_ends)."""
    n = len(texts)
    breaks: set[int] = set()
    end_chars = END_CHARS
    closers = CLOSERS
    trailing_kinds = TRAILING_KINDS
    for i in candidates:
        tok = texts[i]
        if not (tok[-1] in end_chars and (tok in END_ABBREVIATIONS or tok[0] in end_chars)):
            continue
        j = i + 1
        while j < n and texts[j] in closers and starts[j] == ends[j - 1]:
            j += 1
        # "Danke! 😊" – emoji right after the end on the same line comment on that sentence.
        while j < n and kinds[j] in trailing_kinds and "\n" not in text[ends[j - 1] : starts[j]]:
            j += 1
        if j < n and _is_sentence_end(text, tok, texts[j - 1], ends[j - 1], starts[j]):
            breaks.add(j - 1)
    return breaks


def _merge_emoji_lines(
    text: str, starts: list[int], ends: list[int], kinds: list[str], breaks: list[int]
) -> list[int]:
    """Return `breaks` without those that would leave a line of only emoji as a sentence.

    "Bis bald!\n🙂" is one sentence: the emoji comments on it and a word-less sentence
    would distort sentence lengths. A blank line before the emoji still splits.
    """
    if not any(map(TRAILING_KINDS.__contains__, map(kinds.__getitem__, breaks))):
        return breaks  # no sentence ends in an emoji: nothing to merge (one pass in C)
    kept: list[int] = []
    prev = -1
    for b in breaks:
        if (
            kept
            and kinds[b] in TRAILING_KINDS  # cheap first test (speed); rare past it
            and all(kinds[k] in TRAILING_KINDS for k in range(prev + 1, b))
            and text.count("\n", ends[prev], starts[prev + 1]) <= 1
        ):
            kept[-1] = b
        else:
            kept.append(b)
        prev = b
    return kept


Scan = tuple[list[int], list[int], list[str], list[str], list[int]]


def scan(text: str) -> Scan:
    """The tokens SPLIT_RE.split(text) gives: their starts, ends, texts and kinds, and the
    indices of those that are not letters only (str.isalpha).

    The compiled scan (core/_speedups.c) takes SPLIT_RE's shortcuts and the plain cases of
    TOKEN_RE itself and asks TOKEN_RE.match only where none applies; _scan_python is the
    reference and the fallback (tests compare both; docs/decisions/0025-compiled-scanner.md).
    """
    if _speedups is not None:
        return _speedups.scan_tokens(
            text, TOKEN_RE.match, SHORTCUT_NOT_BEFORE_DOT, KINDS, WORD, NUMBER, PUNCT, SYMBOL
        )
    return _scan_python(text)


def _scan_python(text: str) -> Scan:
    """scan in Python: one re.split, offsets from running sums of the part lengths."""
    parts = split_re().split(text)  # whitespace, token, whitespace, …, token, whitespace
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    texts = parts[1::2]
    del parts, offsets  # long on long texts; the garbage collector need not scan them
    # Tokens of letters only are words and close no sentence: only the others need a look.
    others = [i for i, t in enumerate(texts) if not t.isalpha()]
    return starts, ends, texts, _list_kinds(text, starts, texts, others), others


def tokenize(text: str) -> TokenizedText:
    """Return the tokens and sentences of `text` (rules in the module docstring)."""
    starts, ends, texts, kinds, others = scan(text)
    lasts = _find_sentence_ends(text, starts, ends, kinds, texts, others)
    stops = list(map(add, lasts, repeat(1)))
    firsts = [0, *stops[:-1]] if stops else []
    # Named tuples built by tuple.__new__ in C: no Python call per sentence (speed).
    spans = zip(
        map(starts.__getitem__, firsts), map(ends.__getitem__, lasts), firsts, stops, strict=True
    )
    sentences = list(map(_new_sentence, spans))
    return TokenizedText(text, starts, ends, kinds, texts, sentences)


def _list_kinds(text: str, starts: list[int], texts: list[str], others: list[int]) -> list[str]:
    """Return the kind of each token, given the indices of those not of letters only.

    A token of letters only is a word: it came from the word alternative of TOKEN_RE and
    no tail matched. A one-character punctuation token is PUNCT (see PUNCT_CHARS). Only
    the few other tokens (numbers, emoji, URLs, "z. B.", "E-Mail") are matched again.
    """
    kinds = [WORD] * len(texts)
    punct = PUNCT_CHARS
    match_at = TOKEN_RE.match
    for i in others:
        if texts[i] in punct:
            kinds[i] = PUNCT
        else:
            m = match_at(text, starts[i])
            kinds[i] = KINDS[(m and m.lastindex) or 0]
    return kinds


def count_words(text: str) -> int:
    """Number of WORD tokens in `text`: what an import stores as a passage's word count and
    what the profile counts as her words.

    The tokens and their kinds come about as in tokenize (the same scan); sentences are not
    needed for a count and are not looked for (import speed).
    """
    return scan(text)[3].count(WORD)
