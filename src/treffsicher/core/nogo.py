"""No-go mentions: words and phrases she names to reject or correct, never her own usage.

A term is a *mention* when she talks about the word instead of using it: „das Wort
„Behandlungsangebot“ kann ich nicht mehr hören“, „„Ganzheitlich“ – so redet bei uns
niemand. Schreib lieber: mit Kopf und Bauch“, "please don't say 'bespoke'". The class is
recognised, not a list of examples:

1. a sentence carries a *rejection cue* (dislike, ban, removal, "nobody talks like that",
   never + a verb of saying/reading, „kein“ right before a quoted term, …);
2. the terms it talks about are the quoted spans in it, the word after „das Wort“ / "the
   word" / "call it", or — after a cue that asks or announces („Welche Wörter willst du nie
   lesen?“, „Bitte nie:“) — the following lines that consist of quoted or listed terms only;
3. a *replacement cue* („schreib lieber“, „sondern“, „statt“, "say … instead", "call it")
   marks what she would rather read; a term after „statt“ / "instead of" is the no-go.

Spans are offsets into the text, so the profile can leave the terms out (mask_mentions)
and renderers can highlight them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from treffsicher.core.compiled import speedups as _speedups
from treffsicher.core.later import compile_later
from treffsicher.core.models import NoGo

MAX_TERM_WORDS = 5  # a quote longer than this is a sentence she cites, not a term
MAX_TERM_CHARS = 60
MAX_REPLACEMENT_WORDS = 8
SHORT_TERM_CHARS = 3  # no-gos this short are matched with their case
NEGATION_REACH = 3  # words before a use that may negate it
# Words right before a term that report how others name something ("every place calls
# itself artisan", „ein sogenanntes Wohlfühlpaket“): a mention, not her use.
NAMING_WORDS = frozenset(
    "itself themselves himself herself called calls nennt nennen genannt heißt heißen "
    "sogenannt sogenannte sogenannten sogenannter sogenanntes sog".split()
)
NEGATION_WORDS = frozenset("nicht kein keine keinen nie not no never n't isn't i'm".split())

# Quoted spans: German „…“ and ‚…‘, guillemets both ways, English “…” and ‘…’, straight
# quotes. Straight single quotes need a non-letter before them (don't, it's are no quotes).
# The leading lookahead lets the regex engine skip to quote characters (5× faster).
QUOTE_RE = re.compile(
    r"(?=[„‚»«“‘\"'])(?:"
    r"„(?P<a>[^„“”\"\n]{1,80})[“”\"]"
    r"|‚(?P<b>[^‚‘’\n]{1,80})[‘’]"
    r"|»(?P<c>[^»«\n]{1,80})«"
    r"|«(?P<d>[^»«\n]{1,80})»"
    r"|“(?P<e>[^“”\n]{1,80})”"
    r"|(?<![\w])‘(?P<f>[^‘’\n]{1,80})’(?![\w])"
    r"|(?<![\w])\"(?P<g>[^\"\n]{1,80})\""
    r"|(?<![\w])'(?P<h>[^'\n]{1,80})'(?![\w]))"
)


def _negated_quote() -> str:
    """The regex of a contrast's negated quote (below). Each alternative starts with its
    negation word, so that the regex engine rejects most positions on the first letter
    (speed); the lookbehinds after it check what stands before the word."""
    contexts = [r"[,;–—(]", r"[,;–—(]\s", r"\bund\s", r"\boder\s", r"\baber\s", r"\band\s"]
    contexts += [r"\bbut\s", r"\bor\s"]
    alternatives = []
    for word in ("nicht", "niemals", "nie", "not", "never"):
        behind = "".join(f"|(?<={context}{word})" for context in contexts)
        alternatives.append(f"{word}(?:(?<![\\s\\S]{word}){behind})")
    return rf"(?:{'|'.join(alternatives)})\s+(?:(?:an?|the)\s+)?[„‚»«“‘\"']"


# A contrast: „„Hundesalon“, nicht „Grooming-Studio““, "'loaf', never 'bread product'",
# „Nicht „Kunden“, sondern „Gäste““. The negation opens the sentence or follows a comma,
# a dash or „und“/"but", and the quote comes right after it (an article between in English).
NEGATED_QUOTE = _negated_quote()
# The same contrast seen from the quote: the text before it ends in the negation.
NEGATED_BEFORE_RE = re.compile(
    r"(?i)(?:^|[,;–—(]|\b(?:und|oder|aber|and|but|or))\s*(?:nicht|nie|niemals|not|never)"
    r"(?:\s+(?:an?|the))?$"
    # „Ich sage ausdrücklich nicht „B““, „Bitte schreiben Sie nicht „B““: B is negated.
    r"|\b(?:sag|schreib|nenn|benutz|verwend)\w*\b[^.!?\n„“]{0,40}\bnicht$"
)
# A verdict right after the quote: „„Manufaktur“ nein“, "'artisan' no" (and „ja“, "yes").
VERDICT_END = r"(?=\s*(?:[.!,;)]|danke|thanks|$))"  # „nein.“, "no, thanks" – not "no longer"
VERDICT_AFTER_RE = re.compile(rf"(?i)[“”‘’»«\"']?\s*(?P<verdict>nein|ja|no|yes)\b{VERDICT_END}")
_DE_SAY = r"(?:sag|schreib|les|hör|nenn|seh|benutz|verwend|les)\w*"
_EN_SAY = r"(?:say|said|write|read|hear|call|use|see)\w*"
# Rejection cues: dislike, ban, removal, "nobody here talks like that", never + saying.
REJECT_DE = (
    r"mag ich (?:gar |überhaupt )?nicht|mag ich nicht mehr|nicht ausstehen|hasse|"
    r"kann ich nicht mehr hören|\bnicht\s+(?:mehr\s+)?(?:lesen|hören|sehen)\b|"
    r"kann ich nicht leiden|finde ich (?:furchtbar|schrecklich|grässlich|schlimm|gruselig)|"
    r"furchtbar|schrecklich|grässlich|gruselig|nervt|"
    r"muss raus|müssen raus|raus damit|bitte raus|streich|bitte nicht|bitte kein|bitte nie|"
    r"weglassen|lass\w* .{0,30}weg\b|rausnehmen|wegnehmen|"
    r"wer (?:sagt|redet|spricht|schreibt) (?:denn |bitte )?so|"
    r"bloß nicht|bloß kein|auf keinen fall|geht gar nicht|geht nicht|"
    r"so (?:redet|spricht|schreibt|sagt)\b[^.!?]*\b(?:niemand|keiner|keine)|"
    r"(?:redet|spricht|sagt)\b[^.!?]*\b(?:niemand|keiner) so|"
    rf"\b(?:nie|niemals)\b[^.!?\n]{{0,40}}\b{_DE_SAY}|"
    rf"\bnicht\s+[„‚»«“‘\"'][^.!?\n]{{1,60}}[“”‘’»«\"']\s*(?:\w+\s+)?{_DE_SAY}|"
    rf"[“”‘’»«\"']\s*(?:bitte\s+)?(?:nicht|nie|niemals)\s+(?:mehr\s+)?{_DE_SAY}|"
    rf"\b{_DE_SAY}\s+(?:\w+\s+)?(?:nie|niemals)\b|"
    # A request with the verb first: „Bitte schreiben Sie auf der Seite nicht „X““,
    # „Schreib nicht „X““.
    rf"\b{_DE_SAY}\w*\b[^.!?\n„“]{{0,40}}\bnicht(?=\s+[„‚»«“‘\"'])|"
    # Worn out: „„nachhaltig“ steht inzwischen überall, das sagt gar nichts mehr“.
    r"sagt (?:gar |überhaupt |doch |ja )?nichts(?: mehr)?\b|nichtssagend|"
    r"steht (?:inzwischen |mittlerweile |ja |doch )?überall|"
    r"passt nicht zu (?:uns|mir)|klingt (?:nach|wie) (?:konzern|werbung|katalog|amt|behörde)|"
    r"zu (?:steif|werblich|glatt|kitschig)|lieber nicht|ungern|kein\w*(?=\s*[„‚»«“‘\"'])|"
    r"will ich nicht|wollen wir nicht|nicht unser wort|nicht mein wort|"
    r"(?:statt|anstatt|anstelle von)\s*[„‚»«“‘\"']|"
    # A verdict on the term or the page („ist tabu“, „hat auf meiner Seite nichts zu suchen“,
    # „rollen sich mir die Fußnägel hoch“) and „Was gar nicht geht:“.
    r"nicht geht|no-?go\b|no go\b|tabu(?<=\btabu)\b|verboten(?<=\bverboten)\b|"
    r"nichts zu suchen|gar nicht erst|nicht erst (?:kommen|anfangen)|"
    r"kommt (?:mir )?nicht (?:auf|in)\b|peinlich|albern|abgedroschen|ausgelutscht|abgenutzt|"
    r"kitschig|rollen sich (?:mir )?die|stellen sich (?:mir )?die|"
    # A request to do without it, not any „Verzicht“ or „vermeiden“ („Vermeide Ablenkungen“).
    r"verzichten sie|verzichte bitte|bitte verzichten|vermeiden sie|vermeide bitte|"
    r"bitte vermeiden|"
    rf"{NEGATED_QUOTE}|[“”‘’»«\"']\s*(?:nein|no)\b{VERDICT_END}"
)
REJECT_EN = (
    r"hat(?<=\bhat)(?:e[sd]?|ing)\b|can'?t stand|cannot stand|dislike|not a fan|don'?t like|"
    r"do not like|"
    r"please don'?t(?!\s+(?:forget|miss|hesitate|worry))|please do not(?!\s+(?:forget|miss))|"
    r"please no|please avoid|avoid(?<=\bavoid)|don'?t use|do not use|"
    rf"\bnever\b[^.!?\n]{{0,30}}\b{_EN_SAY}|\b{_EN_SAY}\s+(?:\w+\s+)?never\b|nobody\b[^.!?]*\btalks?|"
    r"no one\b[^.!?]*\b(?:says|talks)|nobody says|has to go|have to go|must go|get rid of|"
    r"cut the|remove|delete|cringe|makes me cringe|too (?:corporate|salesy|stiff|slick)|"
    r"sounds (?:like|so) (?:a )?(?:corporate|brochure|sales)|no more|not our word|"
    r"rather not|no\s+(?=[“‘\"'])|(?:instead of|rather than)\s*[“‘\"']|"
    r"banned(?<=\bbanned)\b|ff(?<=off)-?limits|no place\b|get me started|rather you didn'?t|"
    r"(?:doesn'?t|does not|don'?t) work for me|not for me|skin crawl|can'?t bear|cannot bear|"
    r"spare me|steer clear|leave out|leave off|cheesy|naff(?<=\bnaff)\b|tacky|clich[eé]|"
    r"verused(?<=overused)|"
    r"allergic to|drives me (?:mad|crazy|nuts|up the wall)|drop\s+(?=[“‘\"'])|"
    # Her own wish ("I don't want …"), not what users or others do not want.
    r"i(?<=\bi) (?:don'?t|do not) want(?! to (?:miss|forget|wait|bother|lose out))|"
    r"we(?<=\bwe) (?:don'?t|do not) want(?! to (?:miss|forget|wait|bother|lose out))|"
    r"not keen on|can we (?:lose|drop|cut)\b|lose the\b|"
    r"means nothing|says nothing|is everywhere(?: now)?\b"
)
# Replacement cues: what follows is what she would rather read.
REPLACE_AFTER_DE = r"schreib\w* lieber|sag\w* lieber|nenn\w* (?:es|das|uns|mich|sie) lieber|"
REPLACE_AFTER_DE += r"lieber|besser|sondern|stattdessen|eher"
REPLACE_AFTER_EN = r"say|write|call (?:it|us|me|them)|rather|instead|prefer|better"
# A term after these is the rejected one; the other quoted term is the replacement.
INSTEAD_OF = r"\b(?:statt|anstatt|anstelle von|instead of|rather than)\s*$"
# The word after these is the mentioned term even without quotes.
NAMED_TERM_RE = re.compile(
    r"(?i)(?=[dtcs])\b(?:das wort|den begriff|der begriff|die formulierung|den ausdruck|"
    r"der ausdruck|die phrase|the word|the term|the phrase|the expression|"
    r"call (?:it|us|me|them)(?: an?)?|say)\s+(?P<term>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)"
)
# NAMED_TERM_RE's alternatives start with these (in lower case): find_named_term_starts.
NAMED_TERM_HEADS = (
    "das wort",
    "den begriff",
    "der begriff",
    "die formulierung",
    "den ausdruck",
    "der ausdruck",
    "die phrase",
    "the word",
    "the term",
    "the phrase",
    "the expression",
    "call ",
    "say",
)
LIST_LINE_RE = re.compile(r"^\s*(?:[-*•–]\s*)?(?P<rest>.+?)\s*$")
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[“”\"'’»«]?|$)|\n", re.MULTILINE)
# The same pieces without the line breaks, which split_sentences drops anyway (speed).
SENTENCE_SCAN_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[“”\"'’»«]?|$)", re.MULTILINE)
# The characters a QUOTE_RE match starts with: no quoted term without one of them.
QUOTE_CHAR_RE = re.compile(r"[„‚»«“‘\"']")
# Those of them that can start a QUOTE_RE match: ‘, " and ' only after a non-word
# character, as QUOTE_RE's lookbehinds demand (not the apostrophe of "don't"). The
# lookbehind after the character keeps the engine's fast skip to the characters.
QUOTE_OPEN_RE = re.compile(r"[„‚»«“‘\"'](?<![\w][‘\"'])")
WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
CLAUSE_MARKS = (",", ";", "–", "—", ":")
STOP_TERMS = {"it", "es", "das", "that", "this", "so", "nie", "never", "lieber", "a", "an"}
ASKS_FOR_WORDS_RE = re.compile(
    r"(?i)\b(?:wörter|worte|begriffe|formulierungen|ausdrücke|phrasen|sätze|"
    r"words|phrases|terms|expressions)\b"
)
LIST_ITEM_RE = re.compile(r"[^,;•\n]+?(?=\s*(?:,|;|•|\n|\bund\b|\boder\b|\band\b|\bor\b|$))")
DASH_RE = re.compile(r"\s[-–—]\s")  # "curated - too posh": the reason after a dash
LEADING_AND_RE = re.compile(r"(?i)^(?:und|oder|and|or)\s+")
MAX_LIST_ITEM_WORDS = 4
REASON_WORDS = frozenset(
    "weil da denn das es die der und oder auch aber because since as it that this and or but"
    " ich i wir we".split()
)
SEPARATORS = {"und", "oder", "and", "or", "sowie", "auch"}


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(offset, character, group depth after it) of each character of a regex from
    `start` on that is outside character sets and not escaped: what the group and
    alternative walks below need to see."""
    depth = 0
    in_set = False
    i = start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # a "]" right after "[" is a member
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (`|` outside groups and character sets)."""
    parts: list[str] = []
    start = 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


# What group_by_first_letter unfolds at an alternative's start: a group (after an optional
# \b), a set of plain characters, and \b before a letter (see _unfold).
LEADING_GROUP_RE = re.compile(r"(?P<boundary>(?:\\b)?)\(\?:")
LEADING_SET_RE = re.compile(r"\[(?P<members>(?:\\[^\w\s]|[^\\\]\[^-])+)\](?![?*+{])")
SET_MEMBER_RE = re.compile(r"\\[^\w\s]|.")
WORD_START_RE = re.compile(r"\\b(?P<letter>[a-zäöüß])(?![?*+{])")
# A head to group under: a letter, a quotation mark or an escaped character, once.
HEAD_RE = re.compile(r"(?P<head>[a-zäöüß„‚»«“”‘’\"']|\\[\"'])(?![?*+{])")


def _group_end(pattern: str, start: int) -> int:
    """The offset after the ")" that closes the group opened at pattern[start]."""
    for i, char, depth in _structure(pattern, start):
        if char == ")" and depth == 0:
            return i + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _unfold(alternative: str) -> list[str]:
    """The same matches as alternatives that start with a plain character where that is
    exact: „\b(?:a|b)c“ → „\bac“, „\bbc“; „[„“]x“ → „„x“, „“x“; „\bsag“ → „s(?<=\bs)ag“
    (the same test of the word start, after the letter). Only for any-match searches: the
    order of the alternatives changes."""
    group = LEADING_GROUP_RE.match(alternative)
    if group is not None:
        end = _group_end(alternative, group.end() - 3)
        if alternative[end : end + 1] not in ("?", "*", "+", "{"):
            inner = alternative[group.end() : end - 1]
            boundary, rest = group.group("boundary"), alternative[end:]
            return [
                unfolded
                for part in split_alternatives(inner)
                for unfolded in _unfold(boundary + part + rest)
            ]
    members = LEADING_SET_RE.match(alternative)
    if members is not None:  # each member literal outside the set too („.“ → „\.“)
        rest = alternative[members.end() :]
        found = SET_MEMBER_RE.findall(members.group("members"))
        return [(m if m.startswith("\\") else re.escape(m)) + rest for m in found]
    word_start = WORD_START_RE.match(alternative)
    if word_start is not None:
        letter = word_start.group("letter")
        return [f"{letter}(?<=\\b{letter}){alternative[word_start.end() :]}"]
    return [alternative]


def group_by_first_letter(pattern: str) -> str:
    """The same alternatives, grouped under the letter or quotation mark they start with
    (speed).

    The regex engine tries a position's alternatives one after another; with ~200 cue
    alternatives most of the time went into rejecting them one by one. Grouped, a position
    is rejected after one test per first character; alternatives that start with a group,
    a set of quotation marks or a word boundary are unfolded first (_unfold), so that all
    start with a character and the engine skips the positions no alternative starts at.
    The order of the alternatives changes, so use this only where any match will do
    (has_rejection asks whether one exists).
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in split_alternatives(pattern):
        for unfolded in _unfold(alternative):
            match = HEAD_RE.match(unfolded)
            if match is None:
                others.append(unfolded)
            else:
                groups.setdefault(match.group("head"), []).append(unfolded[match.end() :])
    grouped = [f"{head}(?:{'|'.join(rests)})" for head, rests in sorted(groups.items())]
    return "|".join(grouped + others)


# Both languages always: German clients quote English jargon and vice versa.
REJECT_CUES = group_by_first_letter(f"{REJECT_DE}|{REJECT_EN}")
REJECT_ANY = compile_later(rf"(?i)(?:{REJECT_CUES})")  # odd case only (search_folded)
REPLACE_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{REPLACE_AFTER_DE}|{REPLACE_AFTER_EN})\b[:\s]*(?:\w+\s*){{0,2}}$"
)
REPLACE_REST_RE = re.compile(
    rf"(?i)\b(?:schreib\w* lieber|sag\w* lieber|lieber|sondern|besser|"
    rf"{REPLACE_AFTER_EN})\b\s*:?\s*(?P<rest>[^.!?\n]+)"
)
INSTEAD_RE = re.compile(rf"(?i){INSTEAD_OF}")
# A short line after her rejection that names her word: „einfach Surfer“, "Just surfers."
JUST_RE = re.compile(
    r"(?i)(?:einfach|nur|just|simply)\s+(?P<rest>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
    r"[.!]?"
)
JUST_NOT_TERMS = frozenset(
    "mal nicht kurz machen dies it that this do go say write call use sagen schreiben "
    "nennen".split()
)
# "Just say we make …", „Bitte schreib lieber …“: a lead-in before a replacement cue.
REPLACE_LEAD_RE = re.compile(
    r"(?i)^(?:just|simply|please|einfach|bitte)\s+(?=(?:say|write|call|sag|schreib|nenn)\w*\b)"
)
# A short next sentence that judges the term just quoted: „Da steht „X“. Wer sagt denn so
# was?“, "They call it 'X'. Nobody talks like that."
FOLLOW_CUE = (
    r"\b(?:wer (?:sagt|redet|spricht|schreibt) (?:denn |bitte )?so|"
    r"so (?:redet|spricht|sagt) (?:doch )?(?:niemand|keiner)|das sagt (?:doch )?(?:niemand|keiner)|"
    # predicative only („Furchtbar!“, „Das ist furchtbar.“), not „das furchtbare Verbrechen“
    r"(?:furchtbar|schrecklich|grässlich|gruselig)\b|"
    r"klingt (?:so |total |ganz |sehr )?(?:amtlich|steif|fordernd|werblich|kalt|glatt|künstlich|"
    r"nach amt|nach behörde|nach konzern|nach werbung)|"
    r"who (?:says|talks like) that|nobody (?:says|talks like) that|no one talks like that|"
    r"sounds (?:so |really )?(?:corporate|stiff|cold|salesy|fake)|cringe|awful|horrible)"
)
FOLLOW_CUE_RE = compile_later(f"(?i){FOLLOW_CUE}")  # odd case only
# Her correction of the writer's word, with her own word in the next sentence:
# 'You say "comfortable clothing". I'd say: wear something you don't love.'
CORRECTION = (
    r"\b(?:you (?:say|said|write|wrote|call it|called it)|du (?:schreibst|sagst|nennst)|"
    r"da steht|bei dir steht|im text steht|im entwurf steht)\b"
)
CORRECTION_RE = compile_later(f"(?i){CORRECTION}")  # odd case only
REPLACE_START_RE = re.compile(
    r"(?i)^\W*(?:(?:i'?d|i would|we'?d|we would|ich würde|wir würden)\s+(?:\w+\s+)?)?"
    r"(?:say|write|call it|sagen|schreiben|sag|schreib|lieber|besser|rather)\b\s*:?\s*"
    r"(?P<rest>[^.!?\n]+)"
)
FOLLOW_SENTENCES = 2
CUE_CACHE_SIZE = 4096  # sentences whose cue search is remembered

# Speed: the cue regexes above are case-insensitive, and Python's re then tries each of
# their ~90 alternatives at every character. On lower-cased text the same alternatives
# without (?i) match exactly the same spans: all their letters are lower case, and lower()
# keeps each character's length, what (?i) matches it with, and whether it is a word or
# space character, except for the three in ODD_CASE_RE. A lookahead of the characters a
# match can start with then skips most positions: about 5x faster. Texts with an
# ODD_CASE_RE character use the original regex (tests/core/test_nogo.py checks all this).
ODD_CASE_RE = re.compile("[İıſ]")  # lower() gives two characters, or (?i) matches more
REJECT_FOLDED = re.compile(rf"(?=[\"'a-dfg-ik-npr-wz«»‘’“”])(?:{REJECT_CUES})")
FOLLOW_CUE_FOLDED = re.compile(rf"(?=[acdfghk-nsw]){FOLLOW_CUE}")
CORRECTION_FOLDED = re.compile(rf"(?=[bdiy]){CORRECTION}")


def search_folded(folded: re.Pattern[str], original: re.Pattern[str], text: str) -> bool:
    """True when the case-insensitive `original` matches somewhere in `text`, searched as
    `folded` (its lower-case twin) in text.lower() where that is exact (see above)."""
    if not has_odd_case(text):
        return folded.search(text.lower()) is not None
    return original.search(text) is not None


def has_odd_case(text: str) -> bool:
    """True when `text` holds a character of ODD_CASE_RE (three substring tests: ~20x
    faster than the regex's search)."""
    return "İ" in text or "ı" in text or "ſ" in text


@dataclass(frozen=True, slots=True)
class NoGoMention:
    """One rejected term in a text: its span, the term, her sentence, her replacement."""

    start: int
    end: int
    term: str
    sentence: str
    replacement: str = ""
    lang: str = "de"
    kind: str = "word"  # word | figure (a figure she corrected: „1987, nicht 1990“)

    def as_nogo(self) -> NoGo:
        """The shared NoGo of core.models (term, her sentence, replacement, language)."""
        return NoGo(self.term, self.sentence, self.replacement, self.lang)


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    text: str


# A line break inside a sentence: a mail program wrapped her line (plain text is wrapped
# at 72–78 characters). It breaks a line only where the next word would not have fit, so
# the line and the next line's first word together are longer than the narrowest common
# width, while the line itself is no longer than the widest (a longer line was not
# wrapped by a program: it goes on only when the next line starts with a lower-case word,
# as in text wrapped by an editor at a wider width; the tokenizer joins such lines too);
# the line does not end a sentence, and the next one goes on with words (not with a list
# mark, a quote mark or a blank line). A short line of hers followed by her word („… das
# sagt keiner“ / „einfach Surfer“) keeps its break.
WRAP_WIDTH = 70
WRAP_WIDTH_MAX = 80
# A line break followed by words (the regex engine finds the "\n" first: fast).
WRAP_BREAK_RE = re.compile(r"\n(?=[^\s>\-*•–—])")
SENTENCE_END_MARKS = frozenset(".!?…")
LINE_END_MARKS = frozenset(".!?:;…")


def join_wrapped_lines(text: str) -> str:
    """`text` with the line breaks a mail program wrapped into her sentences turned into
    spaces (the same length, so offsets stay valid); other line breaks stay."""
    chars: list[str] | None = None
    for match in WRAP_BREAK_RE.finditer(text):
        end = match.start()
        last = text[end - 1] if end else "\n"
        if last in LINE_END_MARKS or last.isspace():
            continue  # the line ends a sentence, or is empty
        line_start = text.rfind("\n", 0, end) + 1
        length = end - line_start
        if length > WRAP_WIDTH_MAX and not text[end + 1].islower():
            continue  # no program left this line so long; only a lower-case word goes on
        next_word = len(text[end + 1 : end + 40].split(maxsplit=1)[0])
        if length + 1 + next_word <= WRAP_WIDTH:
            continue  # the next word would have fit: she broke the line
        if text[end - 1] in "\"“”»«'’)" and text[end - 2] in SENTENCE_END_MARKS:
            continue  # „… nicht will.“ ends a sentence
        if chars is None:
            chars = list(text)
        chars[end] = " "
    return text if chars is None else "".join(chars)


def split_sentences(text: str) -> list[_Sentence]:
    """Sentences and lines with their offsets (line breaks always end one)."""
    found = []
    for match in SENTENCE_RE.finditer(text):
        piece = match.group(0)
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            start = match.start() + lead
            found.append(_Sentence(start, match.end(), text[start : match.end()].rstrip()))
    return found


def find_quoted_terms(sentence: _Sentence) -> list[tuple[int, int, str]]:
    """(start, end, term) of the short quoted spans in a sentence, offsets into the text."""
    terms = []
    for match in QUOTE_RE.finditer(sentence.text):
        group = next(g for g in "abcdefgh" if match.group(g) is not None)
        term = match.group(group).strip(" .,;:!?")
        if term and is_term(term):
            start = sentence.start + match.start(group)
            terms.append((start, start + len(match.group(group)), term))
    return terms


def is_term(term: str) -> bool:
    """A quote that names a word or phrase, not a whole sentence she cites."""
    return len(term) <= MAX_TERM_CHARS and len(WORD_RE.findall(term)) in range(
        1, MAX_TERM_WORDS + 1
    )


def is_list_sentence(sentence: _Sentence) -> bool:
    """Only quoted terms, list marks and separators: „Wellness-Oase“. „Rundum-sorglos“."""
    rest = QUOTE_RE.sub(" ", sentence.text)
    words = [w.lower() for w in WORD_RE.findall(rest)]
    return bool(find_quoted_terms(sentence)) and all(w in SEPARATORS for w in words)


# Cached: the cue searches are the dearest step per sentence, and her sentences repeat
# (quoted replies, the same request in many mails).
@lru_cache(maxsize=CUE_CACHE_SIZE)
def has_rejection(text: str) -> bool:
    """True when the sentence says she rejects something (German or English cues)."""
    return search_folded(REJECT_FOLDED, REJECT_ANY, text)


@lru_cache(maxsize=CUE_CACHE_SIZE)
def _judges_term(text: str) -> bool:
    """True when the sentence judges a term just quoted (FOLLOW_CUE_RE; cached)."""
    return search_folded(FOLLOW_CUE_FOLDED, FOLLOW_CUE_RE, text)


@lru_cache(maxsize=CUE_CACHE_SIZE)
def _corrects_writer(text: str) -> bool:
    """True when the sentence quotes the writer's word to correct it (CORRECTION_RE;
    cached)."""
    return search_folded(CORRECTION_FOLDED, CORRECTION_RE, text)


LIST_OPENERS = ("?", ":")  # the marks a sentence that opens a list ends with


def opens_list(sentence: _Sentence, following: _Sentence) -> bool:
    """A rejecting question or announcement followed by a line of quoted terms."""
    text = sentence.text.rstrip()
    return text.endswith(LIST_OPENERS) and is_list_sentence(following) and has_rejection(text)


def find_mentions(text: str, lang: str = "de") -> list[NoGoMention]:
    """Every rejected term in `text` with its span, her sentence and her replacement."""
    return _find_mentions(text, lang)[1]


def _find_mentions(text: str, lang: str) -> tuple[str, list[NoGoMention]]:
    """find_mentions, with the text its sentences were read from (her wrapped lines
    joined, join_wrapped_lines: a mention's sentence is found in it, not in `text`)."""
    # Most passages mention no word at all: no quote and no „das Wort“. The rejection cues
    # are only looked for in sentences that name a term or open a list of them.
    quote_chars, named = _find_marks(text)
    if not quote_chars and not named:
        return text, []
    if "\n" in text:  # a quote or a rejection wrapped onto the next line is still one
        text = join_wrapped_lines(text)
    starts = sorted(find_quote_starts(text, quote_chars) + named)
    if not starts:
        return text, []
    sentences = _Sentences(text)
    # Speed: only sentences with a term start or an opening quote character can name or
    # list a term, and only the sentence before a list can open it; every other sentence
    # just ends a list (`listing` falls back to None), so the loop visits these few alone.
    keys = _sentences_to_visit(sentences, quote_chars, starts)
    if not _may_mention(sentences, keys, starts):
        return text, []
    mentions: list[NoGoMention] = []
    listing: _Sentence | None = None
    previous: int | None = None
    for key in keys:
        if previous is None or sentences.next(previous) != key:
            listing = None
        previous = key
        sentence = sentences.get(key)
        if listing is not None and is_list_sentence(sentence):
            for start, end, term in find_quoted_terms(sentence):
                mentions.append(NoGoMention(start, end, term, listing.text, "", lang))
            continue
        listing = None
        if sentence.text.endswith(LIST_OPENERS):  # opens_list's first test (speed)
            after = sentences.next(key)
            following = sentences.get(after) if after is not None else None
            listing = sentence if following and opens_list(sentence, following) else None
        if listing is not None or not any_between(starts, sentence.start, sentence.end):
            continue
        # The sentence and the next ones, as the list the helpers below read.
        around = [sentence, *sentences.following(key, FOLLOW_SENTENCES)]
        found = _mentions_in(text, sentence, lang) or _mentions_by_context(text, around, 0, lang)
        replacement = _replacement_after(around, 0, found)
        if replacement:
            found = [_with_replacement(m, replacement) for m in found]
        mentions.extend(found)
    return text, _dedupe(mentions)


# A figure she corrects, without quotes: „1987, nicht 1990“, "in 1987, not 1990", „nicht
# 60 €, sondern 65 €“. Years, prices, counts, times; the wrong one becomes a no-go with the
# right one as her replacement.
_FIGURE = r"\d[\d.,:]*(?:\s?(?:€|euro|eur|£|\$|%|uhr|km|jahre?n?|years?|stunden|hours?))?"
_FIGURE_LEAD = r"(?:(?:erst|schon|seit|in|um|am|ab|at|since|from)\s+){0,2}"
FIGURE_CORRECTION_RE = re.compile(
    rf"(?i)(?<![\w.,])(?:(?P<right>{_FIGURE})\s*,?\s*(?:und\s+|and\s+)?(?:nicht|not)\s+"
    rf"{_FIGURE_LEAD}(?P<wrong>{_FIGURE})(?![\w.,:]*\d)"
    rf"|(?:nicht|not)\s+{_FIGURE_LEAD}(?P<wrong2>{_FIGURE})\s*,?\s*"
    rf"(?:sondern|but)\s+{_FIGURE_LEAD}(?P<right2>{_FIGURE}))"
)


def find_figure_corrections(text: str, lang: str = "de") -> list[NoGoMention]:
    """Figures she corrects („Der Laden ist von 1987, nicht 1990“): the wrong one with its
    span, her sentence and the right one as replacement (kind "figure")."""
    if "nicht" not in text and "not" not in text and "Nicht" not in text and "Not" not in text:
        return []
    text = join_wrapped_lines(text)
    found = []
    sentences: list[_Sentence] | None = None  # split only when a figure is corrected
    for match in FIGURE_CORRECTION_RE.finditer(text):
        wrong = "wrong" if match.group("wrong") else "wrong2"
        right = "right" if match.group("right") else "right2"
        term, replacement = match.group(wrong).rstrip(".,"), match.group(right).rstrip(".,")
        if not term or term == replacement:
            continue
        start = match.start(wrong)
        sentences = split_sentences(text) if sentences is None else sentences
        sentence = next((s.text for s in sentences if s.start <= start < s.end), "")
        found.append(
            NoGoMention(start, start + len(term), term, sentence, replacement, lang, "figure")
        )
    return found


def find_quote_starts(text: str, quote_chars: list[int]) -> list[int]:
    """The starts of QUOTE_RE's matches in `text`, as finditer finds them, given the sorted
    offsets of every character in it that can open one (QUOTE_OPEN_RE; any sorted superset
    of them gives the same starts).

    Speed: a match starts at a quote character only; scanning for those with the plain
    character class and trying QUOTE_RE there alone is ~3x faster than QUOTE_RE.finditer,
    which tries its lookahead at every character. Starts inside the previous match are
    skipped as finditer does.
    """
    return _match_starts(QUOTE_RE, text, quote_chars)


def find_named_term_starts(text: str) -> list[int]:
    """The starts of NAMED_TERM_RE's matches in `text`, as finditer finds them.

    Speed: the case-insensitive regex costs ~25 ns at every character; a match can only
    start where the lower-cased text holds one of NAMED_TERM_HEADS (lower() keeps every
    character's place unless an ODD_CASE character is in the text), so the regex is tried
    there alone, skipping starts inside the previous match as finditer does.
    """
    heads = None if _speedups is None else _speedups.find_marks(text, NAMED_TERM_HEADS)[0]
    return _named_term_starts(text, heads)


def _named_term_starts(text: str, heads: list[int] | None) -> list[int]:
    """find_named_term_starts, given the compiled scan's head offsets (None: not known,
    or an odd character in the text)."""
    if heads is not None:  # the offsets _head_starts gives, found in one pass
        return _match_starts(NAMED_TERM_RE, text, heads) if heads else []
    if has_odd_case(text):
        return [m.start() for m in NAMED_TERM_RE.finditer(text)]
    return _match_starts(NAMED_TERM_RE, text, _head_starts(text))


def _find_marks(text: str) -> tuple[list[int], list[int]]:
    """The offsets of the quotation marks that can open a quote (QUOTE_OPEN_RE) and the
    starts of the named terms (find_named_term_starts), with one compiled scan of the
    text where the module is built."""
    if _speedups is None:
        quote_chars = [m.start() for m in QUOTE_OPEN_RE.finditer(text)]
        return quote_chars, _named_term_starts(text, None)
    heads, quote_chars = _speedups.find_marks(text, NAMED_TERM_HEADS)
    return quote_chars, _named_term_starts(text, heads)


def _head_starts(text: str) -> list[int]:
    """The sorted offsets where text.lower() holds one of NAMED_TERM_HEADS (the twin of
    the compiled find_marks' first list, for a text without an ODD_CASE character)."""
    low = text.lower()
    candidates = set()
    for head in NAMED_TERM_HEADS:
        at = low.find(head)
        while at != -1:
            candidates.add(at)
            at = low.find(head, at + 1)
    return sorted(candidates)


def _match_starts(pattern: re.Pattern[str], text: str, candidates: Iterable[int]) -> list[int]:
    """The starts of `pattern`'s matches tried at the ascending `candidates` only, skipping
    starts inside the previous match as finditer does."""
    found = []
    end = 0
    for at in candidates:
        if at < end:
            continue
        match = pattern.match(text, at)
        if match is not None:
            found.append(at)
            end = match.end()
    return found


NON_SPACE_RE = re.compile(r"\S")  # \s is what str.isspace() is, in the regex engine
BACK_STEP = 256  # characters looked back at a time for the end of the previous line


class _Sentences:
    """split_sentences(text), read line by line when asked for: a sentence is named by its
    key, the offset where SENTENCE_SCAN_RE's match of it starts.

    Speed: most passages quote a term in one or two sentences; splitting all of them cost
    more than the rest of the search. No match of SENTENCE_SCAN_RE holds or passes a line
    break, and one can start right after it whatever came before, so the sentences of a
    line are the same whether the scan starts at the text's start or at the line's. A line
    of whitespace holds none (split_sentences drops whitespace), so runs of blank lines are
    stepped over at once. Every line is scanned once; each look for a line's start or end
    covers text no earlier look covered, so the work stays linear in the text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: dict[int, tuple[int, list[tuple[int, int]]]] = {}  # start → end, spans
        self._where: dict[int, tuple[int, int]] = {}  # key → line start, index in line
        self._built: dict[int, _Sentence] = {}  # key → its sentence, once asked for
        self._last = (0, -1)  # the start and end of the line find looked at last

    def _line(self, line_start: int) -> tuple[int, list[tuple[int, int]]]:
        """The end of the line starting at `line_start` and the spans of its sentences
        (scanned once)."""
        line = self._lines.get(line_start)
        if line is None:
            text = self.text
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end == -1 else line_end
            # A match's start may lie on leading whitespace; _Sentence.start skips it. Only
            # the line's last match can be whitespace alone (any other ends in . ! or ?).
            spans = [m.span() for m in SENTENCE_SCAN_RE.finditer(text, line_start, line_end)]
            if spans and text[spans[-1][0] : line_end].isspace():
                spans.pop()
            line = self._lines[line_start] = (line_end, spans)
            for index, (start, _end) in enumerate(spans):
                self._where[start] = (line_start, index)
        return line

    def find(self, position: int) -> int | None:
        """The key of the sentence whose match holds `position`, None between sentences."""
        line_start, line_end = self._last
        if not line_start <= position <= line_end:  # positions come in order (speed)
            line_start = self.text.rfind("\n", 0, position) + 1
            line_end = self._line(line_start)[0]
            self._last = (line_start, line_end)
        spans = self._line(line_start)[1]
        i = bisect.bisect_right(spans, (position, len(self.text) + 1)) - 1
        return spans[i][0] if i >= 0 and position < spans[i][1] else None

    def next(self, key: int) -> int | None:
        """The key of the sentence after sentence `key`, None after the last one."""
        line_start, index = self._where[key]
        line_end, spans = self._lines[line_start]
        if index + 1 < len(spans):
            return spans[index + 1][0]
        text = self.text
        while line_end < len(text):
            word = NON_SPACE_RE.search(text, line_end + 1)
            if word is None:
                return None
            line_start = text.rfind("\n", line_end, word.start()) + 1
            line_end, spans = self._line(line_start)
            if spans:
                return spans[0][0]
        return None

    def previous(self, key: int) -> int | None:
        """The key of the sentence before sentence `key`, None before the first one."""
        line_start, index = self._where[key]
        if index > 0:
            return self._lines[line_start][1][index - 1][0]
        text = self.text
        while line_start > 0:
            # The last character before this line's break that is not whitespace.
            end = line_start - 1
            while end > 0 and not text[max(0, end - BACK_STEP) : end].rstrip():
                end -= BACK_STEP
            if end <= 0:
                return None
            end = max(0, end - BACK_STEP) + len(text[max(0, end - BACK_STEP) : end].rstrip())
            line_start = text.rfind("\n", 0, end - 1) + 1
            spans = self._line(line_start)[1]
            if spans:
                return spans[-1][0]
        return None

    def end(self, key: int) -> int:
        """The end of the match of sentence `key`."""
        line_start, index = self._where[key]
        return self._lines[line_start][1][index][1]

    def following(self, key: int, count: int) -> list[_Sentence]:
        """Up to `count` sentences after sentence `key`, in order."""
        found: list[_Sentence] = []
        after = self.next(key)
        while after is not None and len(found) < count:
            found.append(self.get(after))
            after = self.next(after) if len(found) < count else None
        return found

    def get(self, key: int) -> _Sentence:
        """The sentence `key` names (a key of find, next or previous)."""
        sentence = self._built.get(key)
        if sentence is None:
            line_start, index = self._where[key]
            start, end = self._lines[line_start][1][index]
            piece = self.text[start:end]
            start += len(piece) - len(piece.lstrip())
            sentence = self._built[key] = _Sentence(start, end, self.text[start:end].rstrip())
        return sentence


def _may_mention(sentences: _Sentences, keys: list[int], starts: list[int]) -> bool:
    """False when the loop of _find_mentions over the sentences `keys` can find no
    mention (speed: most texts that quote a word reject none, and these cue tests, cached
    and shared with the loop, are all it needs to know that).

    Each way to a mention passes one of them: a list is opened by a visited sentence that
    ends in „?“ or „:“ and has a rejection cue (opens_list); the other ways start at a
    sentence holding a term start: _mentions_in finds terms only in one with a rejection
    cue, _mentions_by_context only when one of the two sentences after it judges the term
    (_judges_term) or it corrects the writer (_corrects_writer).
    """
    for key in keys:
        sentence = sentences.get(key)
        holds = any_between(starts, sentence.start, sentence.end)
        if (holds or sentence.text.endswith(LIST_OPENERS)) and has_rejection(sentence.text):
            return True
        if holds:
            if _corrects_writer(sentence.text):
                return True
            for follower in sentences.following(key, FOLLOW_SENTENCES):
                if _judges_term(follower.text):
                    return True
    return False


def _sentences_to_visit(
    sentences: _Sentences, quote_chars: list[int], starts: list[int]
) -> list[int]:
    """Keys of the sentences holding a term start or an opening quote character
    (`quote_chars`: their offsets), and of the sentence before each of them, in order."""
    holding: set[int] = set()
    end = -1  # the end of the last sentence found: the positions up to it lie in it
    for position in sorted({*starts, *quote_chars}):
        if position >= end:
            key = sentences.find(position)
            if key is not None:
                holding.add(key)
                end = sentences.end(key)
    visit = set(holding)
    for key in holding:
        before = sentences.previous(key)
        if before is not None:
            visit.add(before)
    return sorted(visit)


def asks_for_rejected_words(question: str) -> bool:
    """True for a question like „Welche Wörter würden Sie nie verwenden?“ / "Which words
    would you never use?": its answer lists no-gos, not words she uses."""
    return ASKS_FOR_WORDS_RE.search(question) is not None and has_rejection(question)


def find_listed_terms(answer: str, question: str, lang: str = "de") -> list[NoGoMention]:
    """The no-gos in her answer to `question`: quoted terms, or the items of a list
    („Wellness-Oase, Auszeit vom Alltag und Kundenerlebnis“) when the question asks for
    words she rejects; otherwise the mentions she makes herself (find_mentions)."""
    own = find_mentions(answer, lang)
    if not asks_for_rejected_words(question):
        return own
    replaced = {fold_term(m.term): m.replacement for m in own if m.replacement}
    found = []
    for sentence in split_sentences(answer):
        items = find_quoted_terms(sentence) or split_list_items(sentence)
        for start, end, term in items:
            replacement = replaced.get(fold_term(term), "")
            found.append(NoGoMention(start, end, term, sentence.text, replacement, lang))
    return _dedupe(found)


def split_list_items(sentence: _Sentence) -> list[tuple[int, int, str]]:
    """(start, end, item) of the short items of a listed line: commas, semicolons, „und“,
    "and", bullets; items of more than MAX_LIST_ITEM_WORDS words or starting like a reason
    („weil …“) are left out."""
    items = []
    for match in LIST_ITEM_RE.finditer(sentence.text):
        item = DASH_RE.split(match.group(0))[0]
        item = LEADING_AND_RE.sub("", item.strip(" „“”\"‚‘’»«'.!?:-–•*"))
        words = item.split()
        if not words or len(words) > MAX_LIST_ITEM_WORDS or words[0].lower() in REASON_WORDS:
            continue
        start = sentence.start + sentence.text.find(item, match.start())
        items.append((start, start + len(item), item))
    return items


def any_between(positions: list[int], start: int, end: int) -> bool:
    """True when a sorted position lies in [start, end)."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _mentions_in(text: str, sentence: _Sentence, lang: str) -> list[NoGoMention]:
    """The rejected terms of one sentence (empty without a rejection cue)."""
    if not has_rejection(sentence.text):  # cached and shared; blanking only removes cues
        return []
    quoted = find_quoted_terms(sentence)
    if quoted and not has_rejection(_blank_terms(sentence, quoted)):
        return []
    rejected: list[tuple[int, int, str]] = []
    replacements: list[str] = []
    negated = [_is_negated(text, sentence, start, end) for start, end, _term in quoted]
    # A contrast may negate a quote too long to be a term („Eure Rede sei „Ja, ja“, und
    # nicht „Ja, ich will es …““): the short ones beside it are then hers, not rejected.
    contrast = any(negated) or _negates_a_quote(text, sentence)
    for (start, end, term), negation in zip(quoted, negated, strict=True):
        before = text[sentence.start : start].rstrip("„‚»«“‘\"' ")
        if INSTEAD_RE.search(before) and rejected and not replacements:
            # „Da steht „Sie“ statt „du““: the written word is wrong, hers follows „statt“.
            replacements.append(term)
        elif INSTEAD_RE.search(before):
            rejected.append((start, end, term))
        elif contrast:
            # A contrast („„A“, nicht „B““, "'A' yes, 'B' no"): the negated terms are the
            # rejected ones, the others hers.
            if negation:
                rejected.append((start, end, term))
            else:
                replacements.append(term)
        elif REPLACE_BEFORE_RE.search(before) and not _cue_between(before):
            replacements.append(term)
        else:
            rejected.append((start, end, term))
    if not quoted:
        rejected, named = _named_terms(sentence)
        replacements = [named] if named else []
    replacement = replacements[0] if replacements else _replacement_rest(sentence, rejected)
    return [NoGoMention(s, e, term, sentence.text, replacement, lang) for s, e, term in rejected]


def _blank_terms(sentence: _Sentence, quoted: list[tuple[int, int, str]]) -> str:
    """The sentence with its quoted terms blanked out: a cue inside a term („„Tabu“ heißt
    das Stück“) judges nothing (same length, quote marks kept)."""
    if not quoted:
        return sentence.text
    text = sentence.text
    pieces = []
    last = 0
    for start, end, _term in quoted:
        pieces += [text[last : start - sentence.start], "x" * (end - start)]
        last = end - sentence.start
    pieces.append(text[last:])
    return "".join(pieces)


def _follows_negation(text: str, sentence: _Sentence, position: int) -> bool:
    """True when the sentence's text before `position` (quotation marks aside) ends in the
    negation of a contrast („…, nicht“, "… but not")."""
    before = text[sentence.start : position].rstrip("„‚»«“‘\"' ")
    return NEGATED_BEFORE_RE.search(before) is not None


def _negates_a_quote(text: str, sentence: _Sentence) -> bool:
    """True when any quotation mark of the sentence, however long the quote it opens,
    follows the negation of a contrast („…, und nicht „…““)."""
    return any(
        _follows_negation(text, sentence, sentence.start + match.start())
        for match in QUOTE_CHAR_RE.finditer(sentence.text)
    )


def _is_negated(text: str, sentence: _Sentence, start: int, end: int) -> bool:
    """True when the quoted term at text[start:end] is the negated side of a contrast:
    „…, nicht „B““, "not 'B' but …", or followed by „nein“ / "no"."""
    if _follows_negation(text, sentence, start):
        return True
    verdict = VERDICT_AFTER_RE.match(text, end, sentence.end)
    return verdict is not None and verdict.group("verdict").lower() in ("nein", "no")


def _mentions_by_context(
    text: str, sentences: Sequence[_Sentence], index: int, lang: str
) -> list[NoGoMention]:
    """Quoted terms judged by the next sentence(s) („Wer sagt denn so was?“) or corrected by
    her own word there ("You say 'X'. I'd say: Y")."""
    sentence = sentences[index]
    quoted = find_quoted_terms(sentence)
    if not quoted:
        return []
    following = sentences[index + 1 : index + 1 + FOLLOW_SENTENCES]
    for follower in following:
        if find_quoted_terms(follower):
            break
        if _judges_term(follower.text):
            joined = text[sentence.start : follower.end]
            return [NoGoMention(s, e, term, joined, "", lang) for s, e, term in quoted]
    if following and _corrects_writer(sentence.text):
        match = REPLACE_START_RE.match(following[0].text)
        if match:
            own = find_quoted_terms(following[0])
            replacement = own[0][2] if own else _clean_replacement(match.group("rest"))
            return [
                NoGoMention(s, e, term, sentence.text, replacement, lang) for s, e, term in quoted
            ]
    return []


def _cue_between(before: str) -> bool:
    """The replacement cue is part of a rejection: "please don't say 'X'", "we never call it
    'X'", „lieber nicht „X““ (the cue's clause, up to the term, rejects)."""
    matches = list(re.finditer(rf"(?i)\b(?:{REPLACE_AFTER_DE}|{REPLACE_AFTER_EN})\b", before))
    if not matches:
        return False
    match = matches[-1]
    clause_start = max(before.rfind(mark, 0, match.start()) for mark in CLAUSE_MARKS) + 1
    return has_rejection(before[clause_start:])


def _named_terms(sentence: _Sentence) -> tuple[list[tuple[int, int, str]], str]:
    """Unquoted terms after „das Wort“, "the word", "call it", "say": the rejected ones, and
    a later one without a rejection cue before it as her replacement ("…, call it a session")."""
    rejected: list[tuple[int, int, str]] = []
    replacement = ""
    previous_end = 0
    for match in NAMED_TERM_RE.finditer(sentence.text):
        term = match.group("term")
        words = term.split()
        # Keep the second word only when it is capitalised like the first (a compound name).
        if len(words) == 2 and not (words[0][0].isupper() and words[1][0].isupper()):
            term = words[0]
        if term.lower() in STOP_TERMS:
            continue
        segment = sentence.text[previous_end : match.start("term")]
        previous_end = match.start("term") + len(term)
        if not rejected or has_rejection(segment):
            start = sentence.start + match.start("term")
            rejected.append((start, start + len(term), term))
        elif rejected and not replacement:
            replacement = term
    return rejected, replacement


def _replacement_rest(sentence: _Sentence, rejected: list[tuple[int, int, str]]) -> str:
    """Her unquoted replacement after „schreib lieber:“ in the same sentence, or ''."""
    last_end = max((e for _s, e, _t in rejected), default=sentence.start) - sentence.start
    match = REPLACE_REST_RE.search(sentence.text, last_end)
    return _clean_replacement(match.group("rest")) if match else ""


def _replacement_after(sentences: Sequence[_Sentence], index: int, found: list[NoGoMention]) -> str:
    """A replacement in the next sentence („Schreib lieber: …“) for this sentence's terms."""
    if not found or any(m.replacement for m in found) or index + 1 >= len(sentences):
        return ""
    follower = sentences[index + 1]
    if has_rejection(follower.text):
        return ""
    match = REPLACE_REST_RE.match(REPLACE_LEAD_RE.sub("", follower.text.lstrip(), count=1))
    just = None if match else JUST_RE.fullmatch(follower.text.strip())
    if match is None and just is None:
        return ""
    quoted = find_quoted_terms(follower)
    if quoted:
        return quoted[0][2]
    if match is not None:
        return _clean_replacement(match.group("rest"))
    rest = _clean_replacement(just.group("rest")) if just is not None else ""
    words = set(rest.lower().split())  # „einfach so“, "just do it": no word of hers
    return "" if words & STOP_TERMS or words & JUST_NOT_TERMS else rest


def _clean_replacement(rest: str) -> str:
    """The replacement words without quotes and trailing punctuation, '' when too long."""
    words = rest.strip(' „“”"‚‘’»«:.,!?').split()
    if not words or len(words) > MAX_REPLACEMENT_WORDS:
        return ""
    return " ".join(words).strip(' „“”"‚‘’»«')


def _with_replacement(mention: NoGoMention, replacement: str) -> NoGoMention:
    return NoGoMention(
        mention.start, mention.end, mention.term, mention.sentence, replacement, mention.lang
    )


def _dedupe(mentions: list[NoGoMention]) -> list[NoGoMention]:
    """One mention per span, in text order."""
    seen: dict[tuple[int, int], NoGoMention] = {}
    for mention in mentions:
        seen.setdefault((mention.start, mention.end), mention)
    return sorted(seen.values(), key=lambda m: m.start)


def mask_mentions(text: str, mentions: Iterable[NoGoMention]) -> str:
    """`text` with every mentioned term blanked out (same length, so offsets stay valid)."""
    chars = list(text)
    for mention in mentions:
        for i in range(mention.start, min(mention.end, len(chars))):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


def mask_text(text: str, lang: str = "de") -> tuple[str, list[tuple[int, int]]]:
    """`text` without her rejected terms, and the spans of the sentences that reject them
    (no example of her voice should be taken from those)."""
    joined, mentions = _find_mentions(text, lang)  # her sentences are found in `joined`
    if not mentions:
        return text, []
    spans = []
    for mention in mentions:
        start = joined.find(mention.sentence, max(0, mention.end - len(mention.sentence)))
        if start < 0 or start > mention.start:
            spans.append((mention.start, mention.end))  # a list line: the term's own span
        else:
            spans.append((start, start + len(mention.sentence)))
    return mask_mentions(text, mentions), spans


def fold_term(term: str) -> str:
    """The key two mentions of one term share: case and quotes folded, spaces single."""
    return " ".join(term.casefold().strip(" „“”\"‚‘’»«'.").split())


def find_nogo_in(text: str, nogos: Sequence[NoGo]) -> list[tuple[int, int, NoGo]]:
    """(start, end, no-go) of every use of an accepted no-go in a draft (case-insensitive,
    whole words; a term ending in a hyphen-compound also matches its inflected forms)."""
    found: list[tuple[int, int, NoGo]] = []
    for nogo in nogos:
        term = fold_term(nogo.term)
        if not term:
            continue
        # Short terms keep their case: the no-go „Sie“ (formal address) is not „sie“ (she).
        if len(term) <= SHORT_TERM_CHARS:
            term = " ".join(nogo.term.split())
            pattern = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
        else:
            pattern = re.compile(rf"(?i)(?<![\w-]){re.escape(term)}\w{{0,3}}(?![\w-])")
        found.extend((m.start(), m.end(), nogo) for m in pattern.finditer(text))
    return sorted(found, key=lambda item: item[0])


def find_own_uses(text: str, nogos: Sequence[NoGo], lang: str = "de") -> list[tuple[NoGo, str]]:
    """Her own uses of the no-go terms, with the sentence: not in the sentences where she
    rejects a word, and not right after a negation ("I'm not passionate about clay")."""
    masked, rejecting = mask_text(text, lang)
    chars = list(masked)
    for start, end in rejecting:
        chars[start:end] = " " * (end - start)
    masked = "".join(chars)
    sentences = split_sentences(text)
    uses = []
    for start, _end, nogo in find_nogo_in(masked, nogos):
        before = WORD_RE.findall(masked[max(0, start - 40) : start].lower())[-NEGATION_REACH:]
        if any(word in NEGATION_WORDS or word in NAMING_WORDS for word in before):
            continue  # „nicht leidenschaftlich“, "calls itself artisan": not her use
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        if sentence is None or (sentence.start == start and len(nogo.term) <= SHORT_TERM_CHARS):
            continue  # „Sie hat gesagt …“: a short term opening a sentence is no evidence
        uses.append((nogo, " ".join(sentence.text.split())))
    return uses
