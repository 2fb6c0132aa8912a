"""Greeting and sign-off habits: how she opens and closes a message.

Greetings are matched at the start of a passage's first sentence with words, sign-offs as a
whole short sentence among the last three. Their features belong to the "address" family
, next to the form of address in core.features.address.
"""

from __future__ import annotations

import re

from treffsicher.core.features.base import UNIT_CATEGORY, FeatureSpec, PassageStats, PreparedText
from treffsicher.core.signature_words import WORD_LISTS

# Greetings: matched at the start of a passage's first sentence (lower-cased).
GREETINGS = {
    "de": (
        ("sehr_geehrte", r"sehr geehrte[rs]?\b"),
        ("liebe", r"(?:liebe[rs]?|ihr lieben)\b(?! gr[üu])"),
        # "Hallöchen" is her own form, not "Hallo" ("Hallo zusammen" is "Hallo").
        ("halloechen", r"hallöchen\b|halli,? hallo\b|hallihallo\b"),
        ("hallo", r"hallo\b"),
        ("hi", r"hi\b"),
        ("hey", r"(?:hey|hej)\b"),
        ("guten_tag", r"guten tag\b"),
        ("guten_morgen", r"guten morgen\b"),
        ("guten_abend", r"guten abend\b"),
        ("moin_moin", r"moin,? moin\b"),
        ("moin", r"moin\b"),
        ("servus", r"servus\b|servas\b"),
        ("gruess_gott", r"gr[üu](?:ß|ss) gott\b|grias gott\b"),
        ("gruess_dich", r"gr[üu](?:ß|ss) (?:dich|euch)\b|gria(?:ß|ss) di\b|griaß eich\b"),
        ("gruezi", r"gr[üu]ezi\b|gr[üu]essech\b"),
        ("hoi", r"hoi\b|hoi zäme\b"),
        ("tach", r"tach\b|tachchen\b"),
        ("mahlzeit", r"mahlzeit\b"),
    ),
    "en": (
        ("dear", r"dear\b"),
        ("hello", r"hello\b"),
        ("hiya", r"hiya\b"),
        ("hi", r"hi\b"),
        ("hey", r"hey\b"),
        ("good_morning", r"good morning\b"),
        # "Morning Jess," / "Morning all!": a bare "Morning" followed by whom it greets and a
        # comma or "!", not "Morning light fell …".
        (
            "morning",
            r"morning(?=\s*(?:(?:all|everyone|folks|team|guys|both|lovely|love|hun)\b"
            r"|(?-i:[A-Z][\w'-]*))?\s*[,!])",
        ),
        ("good_afternoon", r"good afternoon\b"),
        ("good_evening", r"good evening\b"),
        ("to_whom", r"to whom it may concern\b"),
    ),
}
# Sign-offs: a whole short sentence among the last three: the phrase, then optionally a
# place or wish ("aus Hamburg", "und ein schönes Wochenende") and her name.
SIGNOFFS = {
    "de": (
        (
            "mit_freundlichen_gruessen",
            r"mit freundlichen gr[üu](?:ß|ss)en|mit freundlichem gru(?:ß|ss)",
        ),
        ("freundliche_gruesse", r"freundliche gr[üu](?:ß|ss)e"),
        ("liebe_gruesse", r"(?:ganz |viele )?liebe gr[üu](?:ß|ss)e|lieben gru(?:ß|ss)"),
        ("viele_gruesse", r"viele gr[üu](?:ß|ss)e"),
        ("herzliche_gruesse", r"herzliche(?:n)? gr[üu](?:ß|ss)(?:e)?|herzlichste gr[üu](?:ß|ss)e"),
        ("beste_gruesse", r"beste gr[üu](?:ß|ss)e|besten gru(?:ß|ss)"),
        ("danke_gruss", r"danke und (?:viele |liebe )?gr[üu](?:ß|ss)e?"),
        ("gruessle", r"(?:liebe |viele )?gr[üu](?:ß|ss)le|gr[üu]essli"),
        ("schoene_gruesse", r"schöne gr[üu](?:ß|ss)e"),
        ("gruss", r"gru(?:ß|ss)"),  # the terse "Gruß", not "Grüße"
        # „Sonnige Grüße“ and its seasons are a form of their own, not plain „Grüße“.
        (
            "sonnige_gruesse",
            r"(?:sonnige|frühlingshafte|sommerliche|herbstliche|winterliche) gr[üu](?:ß|ss)e",
        ),
        ("gruesse", r"(?:fröhliche|kollegiale) gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e"),
        ("lg", r"g?lg"),
        ("vg", r"vg"),
        ("mfg", r"mfg"),
        ("herzlichst", r"herzlichst"),
        ("alles_liebe", r"alles liebe"),
        ("alles_gute", r"alles gute"),
        ("bis_bald", r"bis bald"),
        ("bis_dann", r"bis dann|bis später|bis morgen|bis demnächst"),
        ("tschuess", r"tschüss|tschüs|tschüssi"),
        ("ciao", r"ciao|tschau"),
        ("servus", r"servus|servas"),
        ("pfiat_di", r"pfiat (?:di|eich|enk|ihna|eana)(?: gott)?|pfiati"),
        ("tschoe_mit_oe", r"tschö mit ö"),
        ("tschoe", r"tschö|tschöö|tschökes"),
        ("bussi", r"bussi(?: baba)?|bussis|busserl"),
        ("baba", r"baba"),
        ("ade", r"ade|adé|adele|adieu"),
        ("moin", r"moin"),
        (
            "danke",
            r"(?:vielen |herzlichen |lieben )?dank(?:e)?(?: schön| dir| euch| ihnen)?"
            r"(?: im voraus)?",
        ),
    ),
    "en": (
        ("best_regards", r"best regards"),
        ("kind_regards", r"kind regards|kindest regards"),
        # "Warmly" and "Warm wishes" are forms of their own, not "Warm regards".
        ("warm_regards", r"warm regards|warmest regards"),
        ("warmly", r"warmly"),
        ("warm_wishes", r"warm wishes|warmest wishes"),
        ("regards", r"regards"),
        ("best_wishes", r"best wishes"),
        ("all_the_best", r"all the best"),
        ("best", r"best"),
        ("cheers", r"cheers"),
        ("many_thanks", r"many thanks|thanks so much|thanks a lot|thank you so much"),
        ("thanks", r"thanks|thank you|thanks again"),
        ("thx", r"thx|thnx|tx"),
        ("ta", r"ta(?: very much| muchly)?|ta ta"),
        ("love", r"(?:lots of |much |all my )?love"),
        ("xoxo", r"(?:xo){1,3}"),
        ("x", r"x{1,4}"),
        # A bare first name with kisses ("Morwenna x") when no other sign-off stands above.
        ("name_x", r"(?-i:[A-ZÄÖÜ][\w'-]{1,20})\s+x{1,4}"),
        ("take_care", r"take care"),
        ("talk_soon", r"talk soon|speak soon"),
        ("see_you", r"see you soon|see you"),
        ("sincerely", r"(?:yours )?sincerely"),
        ("yours_truly", r"yours truly|yours faithfully"),
    ),
}
SIGNOFF_TAIL = (
    r"[\s,!.:;-]*"
    r"(?:(?:aus|von|vom|nach|in|an|und|&|from|and|to)\b[^\n]{0,60}?[\s,!.]*)?"
    r"(?:[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}[\s,!.]*)?"
    r"(?:[^\w\s]{1,4}\s*)?"  # a closing emoji or smiley
)
TITLES = frozenset("frau herr mrs mr ms miss dr".split())  # before a name in a greeting
# Her bare first name as the whole sign-off ("…\n\nDana"): one capitalised word, maybe an
# initial ("Dana W."), alone on the passage's last line, with nothing but a comma after it.
BARE_NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàçñ'-]{1,20}(?:\s+[A-ZÄÖÜ]\.)?,?")
# Capitalised last lines that are no name: function and style words, short answers.
NOT_NAMES = {
    lang: lists["function"] | lists["style"] | frozenset(extra.split())
    for lang, lists, extra in (
        ("de", WORD_LISTS["de"], "okay ok prima klasse passt gut erledigt gruß grüße"),
        ("en", WORD_LISTS["en"], "okay ok sure cool done fine great best love thanks"),
    )
}
GROUP_ADDRESSEES = frozenset({"alle", "zusammen", "leute"})  # "Liebe alle,"
LEADING_SPACE_RE = re.compile(r"\s*")  # what str.lstrip() takes away
LINE_END_RE = re.compile(r"[ \t]*\n")  # the rest of a line is blank
SIGNOFF_MAX_WORDS = 8
SIGNOFF_LOOKBACK = 3


def compile_patterns(patterns: tuple[tuple[str, str], ...], tail: str) -> re.Pattern[str]:
    """Return one regex with a named group per key, case-insensitive up to `tail`."""
    body = "|".join(f"(?P<{key}>{pattern})" for key, pattern in patterns)
    return re.compile(f"(?i:{body}){tail}")


GREETING_RES = {lang: compile_patterns(p, "") for lang, p in GREETINGS.items()}
SIGNOFF_RES = {lang: compile_patterns(p, SIGNOFF_TAIL) for lang, p in SIGNOFFS.items()}


def is_addressee(rest: str) -> bool:
    """True if the words after "Liebe/Lieber" name someone: a name or "alle"/"zusammen"."""
    # rest.lstrip() and its part before the first space, without copying the rest of a
    # long sentence (profile speed).
    start = LEADING_SPACE_RE.match(rest).end()  # type: ignore[union-attr]  # \s* always matches
    if rest[start : start + 1].isupper():
        return True
    space = rest.find(" ", start)
    first = rest[start:space] if space >= 0 else rest[start:]
    return first.rstrip(",!") in GROUP_ADDRESSEES


def find_greeting(prepared: PreparedText) -> tuple[str, int] | None:
    """Return (greeting key, sentence index) if the passage opens with a greeting."""
    doc = prepared.doc
    pattern = GREETING_RES[prepared.lang]
    for s, sent in enumerate(doc.sentences):
        if prepared.sentence_words[s] == 0:
            continue
        text = doc.text[sent.start : sent.end]
        m = pattern.match(text)
        if m is None or m.lastgroup is None:
            own_line = LINE_END_RE.match(doc.text, sent.end) is not None
            return ("name", s) if own_line and is_name_greeting(text, prepared.lang) else None
        if m.lastgroup == "liebe" and not is_addressee(text[m.end() :]):
            return None  # "Liebe ist …": a noun, not "Liebe Anna"
        return (m.lastgroup, s)
    return None


def is_name_greeting(sentence: str, lang: str) -> bool:
    """True for an opening line (on its own line) of only her reader's name and a comma:
    „Sam,“, „Frau Adler,“, "Mrs Kerr," – the greeting without a greeting word („Willkommen!“
    is none)."""
    if not sentence.endswith(","):
        return False
    if lang in SIGNOFF_RES and match_signoff(SIGNOFF_RES[lang], sentence) is not None:
        return False  # „Cheers,“ / „Danke,“ over her name: a sign-off
    words = sentence[:-1].split()
    if len(words) == 2 and words[0].lower() in TITLES:
        words = words[1:]
    return len(words) == 1 and is_bare_name(words[0], lang)


def find_signoff(prepared: PreparedText, after: int) -> tuple[str, int] | None:
    """Return (sign-off key, sentence index) among the last sentences, after `after`."""
    doc = prepared.doc
    pattern = SIGNOFF_RES[prepared.lang]
    checked = 0
    for s in range(len(doc.sentences) - 1, max(after, 0), -1):
        if prepared.sentence_words[s] == 0:
            continue
        sent = doc.sentences[s]
        if prepared.sentence_words[s] <= SIGNOFF_MAX_WORDS:
            key = match_signoff(pattern, doc.text[sent.start : sent.end])
            if key == "name_x" and s - 1 > max(after, 0):
                # "Cheers\nMorwenna x": the sign-off is the line above her name.
                above = doc.sentences[s - 1]
                key_above = match_signoff(pattern, doc.text[above.start : above.end])
                if key_above is not None and key_above != "name_x":
                    return (key_above, s - 1)
            if key is not None:
                return (key, s)
        checked += 1
        if checked == SIGNOFF_LOOKBACK:
            break
    return find_bare_name(prepared, after)


def find_bare_name(prepared: PreparedText, after: int) -> tuple[str, int] | None:
    """Return ("name", sentence index) when the passage ends in her bare first name on a
    line of its own below the body ("Hi Mike,\n\nsounds good.\n\nDana"), else None.

    Only asked when no sign-off formula stands among the last sentences. Words of the
    language's function and style lists ("Genau", "Super", "Thanks") are no names.
    """
    doc = prepared.doc
    last = len(doc.sentences) - 1
    while last > after and prepared.sentence_words[last] == 0:
        last -= 1
    if last <= max(after, 0):
        return None  # no body between greeting and name
    sent = doc.sentences[last]
    line = doc.text[sent.start : sent.end].strip()
    before = sent.start  # doc.text[: sent.start].rstrip(" \t"), without the copy
    while before > 0 and doc.text[before - 1] in " \t":
        before -= 1
    if not (before > 0 and doc.text[before - 1] == "\n"):
        return None  # the end of a sentence, not a line of its own
    return ("name", last) if is_bare_name(line, prepared.lang) else None


def match_signoff(pattern: re.Pattern[str], sentence: str) -> str | None:
    """Return the sign-off key of a whole sentence, or None."""
    m = pattern.fullmatch(sentence.strip())
    return m.lastgroup if m is not None else None


def classify_formula(feature: str, text: str, lang: str) -> str | None:
    """Return the greeting or sign-off key of a quoted line ("Hallo Anna," → "hallo")."""
    if feature == "greeting" and lang in GREETING_RES:
        line = text.strip()
        m = GREETING_RES[lang].match(line)
        if m is not None:
            return m.lastgroup
        return "name" if is_name_greeting(line, lang) else None
    if feature == "signoff" and lang in SIGNOFF_RES:
        lines = [x for x in text.strip().split("\n") if x.strip()][-2:]
        for line in reversed(lines):
            key = match_signoff(SIGNOFF_RES[lang], line)
            if key is not None:
                return key
        if len(lines) == 1 and is_bare_name(lines[0], lang):
            return "name"
    return None


def is_bare_name(line: str, lang: str) -> bool:
    """True for a line that is only a first name ("Dana", "Dana W."), see BARE_NAME_RE."""
    line = line.strip()
    return (
        BARE_NAME_RE.fullmatch(line) is not None
        and line.split()[0].rstrip(",").lower() not in NOT_NAMES[lang]
    )


def count_greeting_and_signoff(prepared: PreparedText, stats: PassageStats) -> None:
    """Count the passage's greeting and sign-off habit; no greeting counts nothing."""
    sentences = prepared.doc.sentences
    greeting = find_greeting(prepared)
    if greeting is not None:
        key, s = greeting
        stats.add("greeting:" + key)
        stats.add("greeting_passages")
        stats.add_example("greeting", sentences[s].start, sentences[s].end)
    signoff = find_signoff(prepared, greeting[1] if greeting else 0)
    if signoff is not None:
        key, s = signoff
        stats.add("signoff:" + key)
        stats.add("signoff_passages")
        stats.add_example("signoff", sentences[s].start, sentences[s].end)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add greeting and sign-off counts for one passage to stats (German and English only)."""
    if prepared.lang not in GREETING_RES:
        return
    count_greeting_and_signoff(prepared, stats)


SPECS: tuple[FeatureSpec, ...] = (
    FeatureSpec(
        name="greeting",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de", "en"),
        categories="greeting:",
        units_key="greeting_passages",
    ),
    FeatureSpec(
        name="signoff",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de", "en"),
        categories="signoff:",
        units_key="signoff_passages",
    ),
)
