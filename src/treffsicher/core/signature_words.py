"""Helpers of core.signature: word lists, greeting lines, nested terms, quotes."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from treffsicher.core.models import KIND_EMAIL, Passage, Sentence, TokenizedText

# A word type we may list: letters, optionally joined by hyphen, apostrophe or gender marks.
# Numbers, URLs, emails, emoji, abbreviations with dots ("z. B.") and single letters fail.
WORDLIKE_RE = re.compile(r"[^\W\d_]{2,}(?:[-'’:*_][^\W\d_]+)*|[^\W\d_](?:[-'’][^\W\d_]+)+")
# The greetings and sign-offs of core.features.greetings, regional ones included, as words
# that open a greeting line or stand in a sign-off line.
GREETINGS = (
    r"hallo|hallöchen|halli hallo|hi|hiya|hey|hej|liebe|lieber|liebes|sehr geehrte[rs]?"
    r"|guten (?:morgen|tag|abend)|moin|servus|servas|grüß gott|grüss gott|grias gott"
    r"|grüß dich|grüss dich|griaß di|grüezi|grüessech|hoi|tach|mahlzeit"
    r"|dear|hello|good (?:morning|afternoon|evening)|morning"
)
SIGNOFFS = (
    r"grüße|grüßen|gruß|grüsse|gruss|grüßle|lg|glg|vg|mfg|herzlich|herzlichst|herzliche|viele"
    r"|liebe|beste|schöne|bis bald|bis dann|alles liebe|tschüss|tschüs|ciao|servus|pfiat"
    r"|tschö|bussi|baba|ade|moin|best|regards|cheers|thanks|thx|ta|love|sincerely|yours|kind"
    r"|warm|wishes|xo|xoxo|x|xx"
)
GREETING_RE = re.compile(rf"(?i)^\s*(?:{GREETINGS})\b")
SIGNOFF_RE = re.compile(rf"(?i)\b(?:{SIGNOFFS})\b")
# Words of greeting and sign-off lines that are not names ("Hallo", "Liebe", "Grüße").
FORMULA_RE = re.compile(rf"(?i)\b(?:{GREETINGS}|{SIGNOFFS})\b")
NAME_RE = re.compile(r"[^\W\d_][\w-]*")
QUOTE_CHARS = 160
# A phrase that covers at least this share of a shorter term's uses replaces the shorter
# term ("ganz in Ruhe" replaces "Ruhe" when she mostly says Ruhe in that phrase).
SUBSUME_SHARE = 2 / 3
GREETING_MAX_WORDS = 8
SIGNOFF_MAX_WORDS = 4
SIGNOFF_MAX_LINES = 3

# Word lists (written for this project). Articles and conjunctions may not start a phrase;
# articles, prepositions, conjunctions, possessives and auxiliaries may not end one ("Ruhe
# und", "laminated dough is": the piece of a sentence, not a phrase of hers).
DE_AUXILIARIES = (
    "ist sind war waren bin bist hat haben hatte hatten wird werden wurde wurden kann können"
    " muss müssen soll sollen will wollen darf dürfen"
)
EN_AUXILIARIES = (
    "is are was were be been being am has have had will would shall should can could may"
    " might must do does did"
)
DE_ARTICLES = "der die das den dem des ein eine einer eines einem einen"
DE_CONJUNCTIONS = (
    "und oder aber denn sondern dass daß ob wenn als wie weil damit obwohl bevor nachdem"
    " sowie sodass"
)
DE_PREPOSITIONS = (
    "in im ins an am ans auf aus bei beim mit nach seit von vom zu zum zur für fürs durch gegen"
    " ohne um über unter vor hinter neben zwischen bis ab während wegen trotz statt außer per pro"
)
DE_POSSESSIVES = (
    "mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine"
    " seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem"
    " unserer unseres euer eure euren eurem eurer eures"
)
DE_OTHER_FUNCTION = (
    "ich du er sie es wir mich dich sich uns euch mir dir ihm ihn ihnen man jemand niemand etwas"
    " nichts alles alle allen aller jeder jede jedes jeden jedem dieser diese dieses diesen diesem"
    " jene jener welche welcher welches welchen was wer wen wem wessen sein bin bist ist sind"
    " seid war warst waren wart gewesen haben habe hab hast hat habt hatte hattest hatten gehabt"
    " werden werde wirst wird werdet wurde wurden worden kann kannst können könnt konnte konnten"
    " könnte könnten muss musst müssen müsst musste mussten müsste soll sollst sollen sollte"
    " sollten will willst wollen wollte wollten darf darfst dürfen durfte dürfte mag magst mögen"
    " möchte möchtest möchten würde würdest würden wäre wären hätte hätten nicht kein keine"
    " keinen keinem keiner keines auch nur noch schon ja nein doch mal so da dort hier dann nun"
    " jetzt wo wann warum wieso weshalb woher wohin eben halt wohl zu gar etwa sehr dabei dafür"
    " dagegen daher damit danach daran darauf daraus darin darüber darum davon davor dazu"
    " deshalb denen deren dessen dies einander selbst selber beim"
)
DE_STYLE = (
    "eigentlich wirklich vielleicht leider gerne gern ganz einfach natürlich immer wieder echt"
    " super toll bestimmt sicher wahrscheinlich irgendwie quasi genau total gleich schön gut"
    " bitte danke übrigens allerdings jedoch trotzdem außerdem sogar besonders oft nie"
)
EN_ARTICLES = "the a an"
EN_CONJUNCTIONS = "and or but nor so if because as than that whether while although though"
EN_PREPOSITIONS = (
    "of in on at to for from by with about into onto over under after before between through"
    " during without within up down out off around against among via per"
)
EN_POSSESSIVES = "my your his her its our their"
EN_OTHER_FUNCTION = (
    "this these those there here it i me mine you yours he him she hers we us ours they them"
    " theirs what which who whom whose when where why how not no do does did done doing be am"
    " is are was were been being have has had having will would shall should can could may"
    " might must just also only very too then now yes some any all each every both either"
    " neither one ones something nothing anything everything someone anyone everyone myself"
    " yourself itself ourselves themselves don't i'm it's that's i've i'll you're we're"
)
EN_STYLE = (
    "really actually maybe perhaps probably unfortunately definitely certainly totally quite"
    " rather pretty simply just still always never often sometimes please thanks thank"
    " however though anyway absolutely basically literally honestly great nice lovely"
)
WORD_LISTS: dict[str, dict[str, frozenset[str]]] = {
    "de": {
        "no_start": frozenset(f"{DE_ARTICLES} {DE_CONJUNCTIONS}".split()),
        "no_end": frozenset(
            f"{DE_ARTICLES} {DE_CONJUNCTIONS} {DE_PREPOSITIONS} {DE_POSSESSIVES}"
            f" {DE_AUXILIARIES}".split()
        ),
        "function": frozenset(
            f"{DE_ARTICLES} {DE_CONJUNCTIONS} {DE_PREPOSITIONS} {DE_POSSESSIVES}"
            f" {DE_OTHER_FUNCTION}".split()
        ),
        "style": frozenset(DE_STYLE.split()),
    },
    "en": {
        "no_start": frozenset(f"{EN_ARTICLES} {EN_CONJUNCTIONS}".split()),
        "no_end": frozenset(
            f"{EN_ARTICLES} {EN_CONJUNCTIONS} {EN_PREPOSITIONS} {EN_POSSESSIVES}"
            f" {EN_AUXILIARIES}".split()
        ),
        "function": frozenset(
            f"{EN_ARTICLES} {EN_CONJUNCTIONS} {EN_PREPOSITIONS} {EN_POSSESSIVES}"
            f" {EN_OTHER_FUNCTION}".split()
        ),
        "style": frozenset(EN_STYLE.split()),
    },
}
EMPTY: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def find_names(line: str) -> frozenset[str]:
    """Return the lower-cased capitalised words of a greeting or sign-off line ("Anna")."""
    # Cached: the same lines ("Liebe Grüße", "Ulrike") end hundreds of her emails.
    rest = FORMULA_RE.sub(" ", line)
    return frozenset(w.lower() for w in NAME_RE.findall(rest) if w[0].isupper())


def find_body_range(passage: Passage, tt: TokenizedText) -> tuple[int, int, set[str]]:
    """Return the token range without greeting and sign-off lines, and the names in them.

    A first line is a greeting when it starts like one ("Hallo Anna,") or, in an email, is
    short and ends with a comma or "!". Up to three short last lines are a sign-off in an
    email, elsewhere only when one of them reads like one ("Liebe Grüße"). The names are
    the lower-cased capitalised words of those lines that are not formula words.
    """
    text = tt.text
    is_email = passage.kind == KIND_EMAIL
    cut = text.find("\n")
    first_line = text if cut == -1 else text[:cut]
    body_start, body_end = 0, len(text)
    formula: list[str] = []
    if len(first_line.split()) <= GREETING_MAX_WORDS and (
        GREETING_RE.match(first_line) or (is_email and first_line.rstrip().endswith((",", "!")))
    ):
        body_start = len(first_line) + 1
        formula.append(first_line)
    tail: list[str] = []
    end = len(text)
    while end > body_start and len(tail) < SIGNOFF_MAX_LINES:
        cut = text.rfind("\n", body_start, end)
        if cut == -1:
            break
        line = text[cut + 1 : end]
        words = len(line.split())
        if words > SIGNOFF_MAX_WORDS or (words == 0 and tail):
            break
        if words:
            tail.append(line)
        end = cut
    if tail and (is_email or any(SIGNOFF_RE.search(line) for line in tail)):
        body_end = end
        formula.extend(tail)
    names: set[str] = set()
    for line in formula:
        names |= find_names(line)
    starts = tt.starts
    return bisect.bisect_left(starts, body_start), bisect.bisect_left(starts, body_end), names


def quote_around(tt: TokenizedText, start: int, end: int) -> tuple[int, str]:
    """Return (sentence start, quote): the sentence around a match, cut to QUOTE_CHARS."""
    return quote_in(tt.text, tt.sentences, start, end)


def quote_in(text: str, sentences: Sequence[Sentence], start: int, end: int) -> tuple[int, str]:
    """quote_around for a text and its sentences (no token lists needed)."""
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, start) - 1
    s_start, s_end = (sentences[i].start, sentences[i].end) if i >= 0 else (start, end)
    s_end = max(s_end, end)
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


def drop_subsumed_terms(
    scored: dict[tuple[str, ...], float], counts: dict[tuple[str, ...], int], lang: str
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


def drop_fragment_terms(
    scored: dict[tuple[str, ...], float], counts: dict[tuple[str, ...], int]
) -> dict[tuple[str, ...], float]:
    """Keep one of two overlapping phrases used about equally often (pieces of one phrase).

    "sich niemand gehetzt" and "niemand gehetzt fühlt" are both pieces of her "dass sich
    niemand gehetzt fühlt"; the one with the higher G² stays. Phrases are at most three
    words long, so without this a recurring sentence fills the list with its fragments.
    """
    by_prefix: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    by_suffix: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for gram in scored:
        for k in range(1, len(gram)):
            by_prefix.setdefault(gram[:k], []).append(gram)
            by_suffix.setdefault(gram[-k:], []).append(gram)
    dropped: set[tuple[str, ...]] = set()
    for gram in sorted(scored, key=lambda g: (-scored[g], g)):  # the strongest first
        if gram in dropped:
            continue
        for k in range(1, len(gram)):
            for other in by_prefix.get(gram[-k:], []) + by_suffix.get(gram[:k], []):
                if other == gram or other in dropped:
                    continue
                low, high = sorted((counts[gram], counts[other]))
                if low >= SUBSUME_SHARE * high:
                    dropped.add(other)
    return {gram: score for gram, score in scored.items() if gram not in dropped}
