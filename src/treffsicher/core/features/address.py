"""Form of address (du / Sie / ihr; English "you") and greeting and sign-off habits (issue 2).

German: du-forms are unambiguous. Capitalised Sie/Ihnen/Ihr… inside a sentence is the
formal form. At the start of a sentence (or of direct speech) "Sie"/"Ihr…" may just as well
be "she"/"they"/"her": issue 2 says resolve it or leave it out, never guess — we count it
only when the same sentence has a formal form inside it and "Sie" is not followed by a
third-person-singular verb ("Sie hat Ihnen geschrieben" = she wrote to you). Plural "ihr"
is counted by euch/euer… and by "ihr" next to a verb form that only the plural has
("habt ihr", "ihr seid"); "ihr" alone is mostly "her" ("ich gebe ihr").

English "you" cannot tell singular from plural or formal from informal, so English gets
only a "you" rate.
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
    ratio,
)
from treffsicher.core.models import WORD

DU_FORMS = frozenset(
    {"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "deins"}
)
SIE_FORMS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"})
EUCH_FORMS = frozenset({"euch", "euer", "eure", "euren", "eurem", "eurer", "eures", "euers"})
# Verb forms only the 2nd person plural has (habt, seid …): they make "ihr" the address.
IHR_VERBS = frozenset(
    {
        "habt", "seid", "könnt", "wollt", "müsst", "dürft", "sollt", "wisst", "wart",
        "hattet", "wolltet", "konntet", "solltet", "müsstet", "dürftet", "könntet",
        "wüsstet", "würdet", "möchtet", "werdet", "wärt", "wäret", "hättet",
    }
)  # fmt: skip
IHR_FOLLOWERS = frozenset({"lieben", "beiden", "alle", "zwei", "drei"})  # "Hallo ihr Lieben"
# Third person singular after a sentence-initial "Sie": then it is "she", not formal.
THIRD_SINGULAR = frozenset(
    {"hat", "ist", "kann", "wird", "war", "muss", "will", "soll", "darf", "möchte", "hatte",
     "wollte", "konnte", "sollte", "musste", "durfte", "würde", "wäre", "hätte", "mag"}
)  # fmt: skip
ADDRESS_KEYS = DU_FORMS | EUCH_FORMS | frozenset(f.lower() for f in SIE_FORMS)
# A capitalised word after these starts direct speech or a list item: as ambiguous as a
# sentence start ("Sie fragte: „Haben Sie Zeit?“" — only the second "Sie" is clear).
SPEECH_OPENERS = frozenset({"„", '"', "»", "«", "“", "‚", ":", "(", "-", "–"})
YOU_FORMS = frozenset(
    {"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd"}
)
FORMS = ("du", "sie", "ihr")

# Greetings: matched at the start of a passage's first sentence (lower-cased).
GREETINGS = {
    "de": (
        ("sehr_geehrte", r"sehr geehrte[rs]?\b"),
        ("liebe", r"(?:liebe[rs]?|ihr lieben)\b(?! gr[üu])"),
        ("hallo", r"(?:hallo|hallöchen|halli hallo)\b"),
        ("hi", r"hi\b"),
        ("hey", r"(?:hey|hej)\b"),
        ("guten_tag", r"guten tag\b"),
        ("guten_morgen", r"guten morgen\b"),
        ("guten_abend", r"guten abend\b"),
        ("moin", r"moin\b"),
        ("servus", r"servus\b"),
        ("gruess_gott", r"gr[üu](?:ß|ss) gott\b"),
        ("gruezi", r"gr[üu]ezi\b"),
    ),
    "en": (
        ("dear", r"dear\b"),
        ("hello", r"hello\b"),
        ("hi", r"(?:hi|hiya)\b"),
        ("hey", r"hey\b"),
        ("good_morning", r"good morning\b"),
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
        (
            "gruesse",
            r"(?:sonnige|schöne|frühlingshafte|sommerliche|herbstliche|winterliche"
            r"|fröhliche|kollegiale) gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e?",
        ),
        ("lg", r"g?lg"),
        ("vg", r"vg"),
        ("mfg", r"mfg"),
        ("herzlichst", r"herzlichst"),
        ("alles_liebe", r"alles liebe"),
        ("alles_gute", r"alles gute"),
        ("bis_bald", r"bis bald"),
        ("bis_dann", r"bis dann|bis später|bis morgen|bis demnächst"),
        ("tschuess", r"tschüss|tschüs|ciao|servus"),
        (
            "danke",
            r"(?:vielen |herzlichen |lieben )?dank(?:e)?(?: schön| dir| euch| ihnen)?"
            r"(?: im voraus)?",
        ),
    ),
    "en": (
        ("best_regards", r"best regards"),
        ("kind_regards", r"kind regards|kindest regards"),
        ("warm_regards", r"warm regards|warmest regards|warmly|warm wishes"),
        ("regards", r"regards"),
        ("best_wishes", r"best wishes|all the best"),
        ("best", r"best"),
        ("cheers", r"cheers"),
        ("many_thanks", r"many thanks|thanks so much|thanks a lot|thank you so much"),
        ("thanks", r"thanks|thank you|thanks again|thx"),
        ("love", r"(?:lots of |much |all my )?love|xx|xo"),
        ("take_care", r"take care"),
        ("talk_soon", r"talk soon|speak soon|see you soon|see you"),
        ("sincerely", r"(?:yours )?sincerely|yours truly|yours faithfully"),
    ),
}
SIGNOFF_TAIL = (
    r"[\s,!.:;-]*"
    r"(?:(?:aus|von|vom|nach|in|an|und|&|from|and|to)\b[^\n]{0,60}?[\s,!.]*)?"
    r"(?:[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}[\s,!.]*)?"
    r"(?:[^\w\s]{1,4}\s*)?"  # a closing emoji or smiley
)
GROUP_ADDRESSEES = frozenset({"alle", "zusammen", "leute"})  # "Liebe alle," (issue 2)
SIGNOFF_MAX_WORDS = 8
SIGNOFF_LOOKBACK = 3


def compile_patterns(patterns: tuple[tuple[str, str], ...], tail: str) -> re.Pattern[str]:
    """Return one regex with a named group per key, case-insensitive up to `tail`."""
    body = "|".join(f"(?P<{key}>{pattern})" for key, pattern in patterns)
    return re.compile(f"(?i:{body}){tail}")


GREETING_RES = {lang: compile_patterns(p, "") for lang, p in GREETINGS.items()}
SIGNOFF_RES = {lang: compile_patterns(p, SIGNOFF_TAIL) for lang, p in SIGNOFFS.items()}
# After a sentence-initial "Sie", a lower-case word on -t that is not a verb.
NOT_VERB_T = frozenset({"nicht", "selbst", "jetzt", "erst", "bereits", "sonst", "meist", "fast"})


def find_neighbour_word(prepared: PreparedText, i: int, step: int) -> str:
    """Return the lower-case WORD token next to token i in its sentence (or "")."""
    j = i + step
    doc = prepared.doc
    if 0 <= j < len(doc.kinds) and doc.kinds[j] == WORD:
        if prepared.sentence_of[j] == prepared.sentence_of[i]:
            return prepared.lower[j]
    return ""


def is_third_singular_after(prepared: PreparedText, i: int) -> bool:
    """True if the word after token i is a third-person-singular verb ("sie hat")."""
    nxt = find_neighbour_word(prepared, i, 1)
    return nxt in THIRD_SINGULAR or (nxt.endswith("t") and nxt not in NOT_VERB_T)


def classify_german_token(prepared: PreparedText, i: int) -> str | None:
    """Return "du", "sie", "ihr", "ambiguous" or None (not an address) for token i."""
    word = prepared.lower[i]
    if word in DU_FORMS:
        return "du"
    if word in EUCH_FORMS:
        return "ihr"
    if word == "ihr":
        before, after = find_neighbour_word(prepared, i, -1), find_neighbour_word(prepared, i, 1)
        if before in IHR_VERBS or after in IHR_VERBS or after in IHR_FOLLOWERS:
            return "ihr"
    texts = prepared.doc.texts
    if texts[i] not in SIE_FORMS:
        return None  # lower-case sie/ihnen/ihr: she, they, her
    if prepared.first_word[prepared.sentence_of[i]] == i or (
        i > 0 and texts[i - 1] in SPEECH_OPENERS
    ):
        return "ambiguous"
    return "sie"


def count_german_address(prepared: PreparedText, stats: PassageStats) -> None:
    """Count du, Sie and ihr forms and the passage's dominant form (see module docstring)."""
    doc = prepared.doc
    lower, sentence_of, sentences = prepared.lower, prepared.sentence_of, doc.sentences
    found = dict.fromkeys(FORMS, 0)
    spans: dict[str, list[tuple[int, int]]] = {form: [] for form in FORMS}
    ambiguous: list[int] = []
    formal_sentences: set[int] = set()
    for i in [i for i in prepared.word_indices if lower[i] in ADDRESS_KEYS]:
        form = classify_german_token(prepared, i)
        if form is None:
            continue
        if form == "ambiguous":
            ambiguous.append(i)
            continue
        if form == "sie":
            formal_sentences.add(sentence_of[i])
        found[form] += 1
        sent = sentences[sentence_of[i]]
        spans[form].append((sent.start, sent.end))
    for i in ambiguous:  # resolved only by a clear formal form in the same sentence
        if sentence_of[i] in formal_sentences and not (
            doc.texts[i] == "Sie" and is_third_singular_after(prepared, i)
        ):
            found["sie"] += 1
    total = sum(found.values())
    for form in FORMS:
        stats.add(f"address_{form}_tokens", found[form])
        for span in spans[form]:
            stats.add_example(f"address_{form}_share", *span)
    stats.add("address_tokens", total)
    if total:
        top = max(found.values())
        leaders = [form for form in FORMS if found[form] == top]
        dominant = leaders[0] if len(leaders) == 1 else "mixed"
        stats.add("address_form:" + dominant)
        stats.add("address_form_passages")
        for span in spans.get(dominant, []):
            stats.add_example("address_form", *span)


def count_english_address(prepared: PreparedText, stats: PassageStats) -> None:
    """Count you/your/yours… (English cannot tell du from Sie)."""
    lower, sentences = prepared.lower, prepared.doc.sentences
    hits = [i for i in prepared.word_indices if lower[i] in YOU_FORMS]
    for i in hits[:8]:
        sent = sentences[prepared.sentence_of[i]]
        stats.add_example("address_you_rate_per_100_words", sent.start, sent.end)
    stats.add("address_you_tokens", len(hits))
    stats.add("address_words", prepared.n_words)


def is_addressee(rest: str) -> bool:
    """True if the words after "Liebe/Lieber" name someone: a name or "alle"/"zusammen"."""
    rest = rest.lstrip()
    return rest[:1].isupper() or rest.split(" ", 1)[0].rstrip(",!") in GROUP_ADDRESSEES


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
            return None
        if m.lastgroup == "liebe" and not is_addressee(text[m.end() :]):
            return None  # "Liebe ist …": a noun, not "Liebe Anna"
        return (m.lastgroup, s)
    return None


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
            m = pattern.fullmatch(doc.text[sent.start : sent.end].strip())
            if m is not None and m.lastgroup is not None:
                return (m.lastgroup, s)
        checked += 1
        if checked == SIGNOFF_LOOKBACK:
            break
    return None


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
    """Add form-of-address, greeting and sign-off counts for one passage to stats."""
    if prepared.lang == "de":
        count_german_address(prepared, stats)
    elif prepared.lang == "en":
        count_english_address(prepared, stats)
    else:
        return
    count_greeting_and_signoff(prepared, stats)


def share_of(key: str) -> ValueFunction:
    """Return a value function: count `key` / all German address forms; None without any."""

    def value(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
        return ratio(counts, key, "address_tokens")

    return value


def you_rate(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
    """you/your/yours… per 100 words (English)."""
    return ratio(counts, "address_you_tokens", "address_words", 100.0)


def share_spec(form: str, label_de: str, label_en: str, example: str) -> FeatureSpec:
    """Return the spec of one German form's share among all address forms."""
    return FeatureSpec(
        name=f"address_{form}_share",
        unit=UNIT_SHARE,
        family="address",
        languages=("de",),
        label_de=label_de,
        label_en=label_en,
        explain_de=f"Anteil der {label_de}-Formen ({example}) an allen Anredeformen.",
        explain_en=f"Share of German ‘{form}’ forms ({example}) among all forms of address.",
        value=share_of(f"address_{form}_tokens"),
        units_key="address_tokens",
    )


# Category labels: one string when German and English agree, else (de, en).
GREETING_LABELS: dict[str, str | tuple[str, str]] = {
    "sehr_geehrte": ("Sehr geehrte/r", "Sehr geehrte/r (Dear Sir/Madam)"),
    "liebe": ("Liebe/r", "Liebe/r (Dear, warm)"),
    "hallo": "Hallo",
    "hi": "Hi",
    "hey": "Hey",
    "guten_tag": "Guten Tag",
    "guten_morgen": "Guten Morgen",
    "guten_abend": "Guten Abend",
    "moin": "Moin",
    "servus": "Servus",
    "gruess_gott": "Grüß Gott",
    "gruezi": "Grüezi",
    "dear": "Dear",
    "hello": "Hello",
    "good_morning": "Good morning",
    "good_afternoon": "Good afternoon",
    "good_evening": "Good evening",
    "to_whom": "To whom it may concern",
}
SIGNOFF_LABELS: dict[str, str | tuple[str, str]] = {
    "mit_freundlichen_gruessen": "Mit freundlichen Grüßen",
    "freundliche_gruesse": "Freundliche Grüße",
    "liebe_gruesse": "Liebe Grüße",
    "viele_gruesse": "Viele Grüße",
    "herzliche_gruesse": "Herzliche Grüße",
    "beste_gruesse": "Beste Grüße",
    "danke_gruss": "Danke und Gruß",
    "gruesse": ("Gruß / sonstige Grüße", "Gruß / other Grüße"),
    "lg": "LG",
    "vg": "VG",
    "mfg": "MfG",
    "herzlichst": "Herzlichst",
    "alles_liebe": "Alles Liebe",
    "alles_gute": "Alles Gute",
    "bis_bald": "Bis bald",
    "bis_dann": "Bis dann / bis später",
    "tschuess": "Tschüss / Ciao",
    "danke": "Danke",
    "best_regards": "Best regards",
    "kind_regards": "Kind regards",
    "warm_regards": "Warm regards",
    "regards": "Regards",
    "best_wishes": "Best wishes",
    "best": "Best",
    "cheers": "Cheers",
    "many_thanks": "Many thanks",
    "thanks": "Thanks",
    "love": "Love",
    "take_care": "Take care",
    "talk_soon": "Talk soon",
    "sincerely": "Sincerely",
}


def to_category_labels(labels: dict[str, str | tuple[str, str]]) -> dict[str, dict[str, str]]:
    """Return {key: {"de": …, "en": …}} from {key: label or (de, en)}."""
    pairs = {k: v if isinstance(v, tuple) else (v, v) for k, v in labels.items()}
    return {key: {"de": de, "en": en} for key, (de, en) in pairs.items()}


SPECS: tuple[FeatureSpec, ...] = (
    share_spec("du", "Du", "du (informal)", "du, dich, dir, dein"),
    share_spec("sie", "Sie", "Sie (formal)", "Sie, Ihnen, Ihr"),
    share_spec("ihr", "Ihr", "ihr (plural)", "ihr, euch, euer"),
    FeatureSpec(
        name="address_form",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de",),
        label_de="Anrede",
        label_en="Form of address",
        explain_de="Wie sie ihre Leserinnen und Leser meistens anspricht: mit du, mit Sie "
        "oder mit ihr – gezählt je Text nach der häufigsten Form.",
        explain_en="How she mostly addresses her readers in German: informal ‘du’, formal "
        "‘Sie’ or plural ‘ihr’ – counted per text by the form used most.",
        categories="address_form:",
        units_key="address_form_passages",
        category_labels={
            "du": {"de": "du", "en": "du (informal)"},
            "sie": {"de": "Sie", "en": "Sie (formal)"},
            "ihr": {"de": "ihr", "en": "ihr (plural)"},
            "mixed": {"de": "gemischt", "en": "mixed"},
        },
    ),
    FeatureSpec(
        name="address_you_rate_per_100_words",
        unit=UNIT_PER_100_WORDS,
        family="address",
        languages=("en",),
        label_de="Direkte Ansprache (you)",
        label_en="Addressing the reader (you)",
        explain_de="Wie oft sie im Englischen „you“, „your“ usw. schreibt, je 100 Wörter. "
        "Ob damit du oder Sie gemeint ist, lässt sich im Englischen nicht unterscheiden.",
        explain_en="How often she writes ‘you’, ‘your’ and so on, per 100 words. English "
        "does not show whether this is informal or formal.",
        value=you_rate,
        units_key="address_words",
    ),
    FeatureSpec(
        name="greeting",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de", "en"),
        label_de="Begrüßung",
        label_en="Greeting",
        explain_de="Wie sie Nachrichten beginnt („Hallo“, „Liebe …“, „Sehr geehrte …“). "
        "Texte ohne Begrüßung, etwa Webseiten, zählen hier nicht mit.",
        explain_en="How she opens her messages (‘Hi’, ‘Dear …’, ‘Hello’). Texts without a "
        "greeting, such as web pages, are not counted here.",
        categories="greeting:",
        units_key="greeting_passages",
        category_labels=to_category_labels(GREETING_LABELS),
    ),
    FeatureSpec(
        name="signoff",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de", "en"),
        label_de="Grußformel",
        label_en="Sign-off",
        explain_de="Wie sie Nachrichten beendet („LG“, „Viele Grüße“, „Herzliche Grüße“, "
        "„Mit freundlichen Grüßen“). Texte ohne Grußformel zählen nicht mit.",
        explain_en="How she closes her messages (‘Best’, ‘Kind regards’, ‘Cheers’, "
        "‘Thanks’). Texts without a sign-off are not counted here.",
        categories="signoff:",
        units_key="signoff_passages",
        category_labels=to_category_labels(SIGNOFF_LABELS),
    ),
)
