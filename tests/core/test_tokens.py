"""Tests for core.tokens: German and English pitfalls as tables, plus hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.models import (
    EMAIL,
    EMOJI,
    EMOTICON,
    NUMBER,
    PUNCT,
    SYMBOL,
    URL,
    WORD,
    TokenizedText,
)
from treffsicher.core.tokens import KINDS, TOKEN_RE, find_sentence_ends, tokenize


def list_tokens(text: str) -> list[str]:
    """Return the token strings of `text`."""
    return tokenize(text).texts


def list_sentences(text: str) -> list[str]:
    """Return the sentence strings of `text`."""
    doc = tokenize(text)
    return [doc.sentence_text(s) for s in doc.sentences]


TOKEN_CASES = [
    ("Wir sehen uns z. B. morgen.", ["Wir", "sehen", "uns", "z. B.", "morgen", "."]),
    ("Das geht z.B. so.", ["Das", "geht", "z.B.", "so", "."]),
    ("Er kam d. h. spät", ["Er", "kam", "d. h.", "spät"]),
    ("bzw. ca. inkl. zzgl. MwSt.", ["bzw.", "ca.", "inkl.", "zzgl.", "MwSt."]),
    ("evtl. ggf. Nr. 5, Tel. 123", ["evtl.", "ggf.", "Nr.", "5", ",", "Tel.", "123"]),
    ("Dr. Meier, Prof. Roth, Fr. Lang", ["Dr.", "Meier", ",", "Prof.", "Roth", ",", "Fr.", "Lang"]),
    ("siehe S. 5 und vgl. Abs. 2", ["siehe", "S.", "5", "und", "vgl.", "Abs.", "2"]),
    ("Mr. and Mrs. Smith, e.g. here", ["Mr.", "and", "Mrs.", "Smith", ",", "e.g.", "here"]),
    ("J. K. Rowling", ["J.", "K.", "Rowling"]),  # initials before a name
    ("Vitamin D. Das", ["Vitamin", "D", ".", "Das"]),  # not before a sentence start
    ("in den U.S. und", ["in", "den", "U.S.", "und"]),
    ("Dipl.-Ing. Roth, Dipl.-Päd.", ["Dipl.-Ing.", "Roth", ",", "Dipl.-Päd."]),
    ("Hauptstr. 5 und Hauptstr.", ["Hauptstr.", "5", "und", "Hauptstr", "."]),
    ("am 3. Juni", ["am", "3.", "Juni"]),
    ("der 2. Termin", ["der", "2.", "Termin"]),
    ("Platz 3.", ["Platz", "3", "."]),  # nothing follows: a number and a full stop
    ("Platz 3. Dann", ["Platz", "3", ".", "Dann"]),  # a sentence start follows
    ("am 03.06.2025 oder 3.6.", ["am", "03.06.2025", "oder", "3.6."]),
    ("um 10:30 Uhr", ["um", "10:30", "Uhr"]),
    ("2.040 €", ["2.040", "€"]),
    ("19,90 EUR", ["19,90", "EUR"]),
    ("1.500,00 Euro", ["1.500,00", "Euro"]),
    ("50 % und 50%", ["50", "%", "und", "50", "%"]),
    ("Ruf an: +49 170 1234567", ["Ruf", "an", ":", "+49 170 1234567"]),
    ("10-12 Uhr", ["10-12", "Uhr"]),
    ("Siehe https://www.example.de/kontakt.", ["Siehe", "https://www.example.de/kontakt", "."]),
    ("Auf www.example.de, oder", ["Auf", "www.example.de", ",", "oder"]),
    ("Unter example.de/kontakt!", ["Unter", "example.de/kontakt", "!"]),
    ("an anna.berger@example.org.", ["an", "anna.berger@example.org", "."]),
    ("Toll 👍🏽 ❤️ 👩‍💻!", ["Toll", "👍🏽", "❤️", "👩‍💻", "!"]),
    ("Klar :-) oder :) ;-) :D :(", ["Klar", ":-)", "oder", ":)", ";-)", ":D", ":("]),
    ("Kund:innen Kund*innen Kund_innen", ["Kund:innen", "Kund*innen", "Kund_innen"]),
    ("KundInnen Mitarbeiter/innen", ["KundInnen", "Mitarbeiter/innen"]),
    ("Mitarbeiter/-innen, jede*r", ["Mitarbeiter/-innen", ",", "jede*r"]),
    ("E-Mail Social-Media-Kanäle", ["E-Mail", "Social-Media-Kanäle"]),
    ("24-Stunden-Service", ["24-Stunden-Service"]),
    ("Vor- und Nachteile", ["Vor-", "und", "Nachteile"]),
    ("geht's, don't, Anna's", ["geht's", ",", "don't", ",", "Anna's"]),
    ("Na ja… und... so", ["Na", "ja", "…", "und", "...", "so"]),
    ("Echt?! Ja!!!", ["Echt", "?!", "Ja", "!!!"]),
    ("a – b — c - d", ["a", "–", "b", "—", "c", "-", "d"]),
    ("„Hallo“ »du« 'so' (ja)", ["„", "Hallo", "“", "»", "du", "«", "'", "so", "'", "(", "ja", ")"]),
    ("§ 5 & # @ = / *", ["§", "5", "&", "#", "@", "=", "/", "*"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKEN_CASES)
def test_tokens(text: str, expected: list[str]) -> None:
    assert list_tokens(text) == expected


KIND_CASES = [
    ("Hallo", WORD),
    ("z. B.", WORD),
    ("03.06.2025", NUMBER),
    ("10:30", NUMBER),
    ("+49 170 1234567", NUMBER),
    ("2.040", NUMBER),
    ("€", SYMBOL),
    ("%", SYMBOL),
    ("https://example.de", URL),
    ("example.de/kontakt", URL),
    ("anna@example.org", EMAIL),
    ("👍🏽", EMOJI),
    ("🇩🇪", EMOJI),
    ("1\ufe0f\u20e3", EMOJI),  # keycap one
    ("www.hebamme.berlin", URL),  # www. makes a URL whatever the TLD
    ("http://example.org/a?b=1", URL),
    ("xD", WORD),
    (":-)", EMOTICON),
    ("…", PUNCT),
    ("„", PUNCT),
    ("–", PUNCT),
    ("Kund:innen", WORD),
    ("3er", WORD),
]


@pytest.mark.parametrize(("text", "kind"), KIND_CASES)
def test_token_kind(text: str, kind: str) -> None:
    doc = tokenize(text)
    assert doc.texts == [text]
    assert doc.kinds == [kind]


SENTENCE_CASES = [
    ("Der Hund bellt. Die Katze schläft.", ["Der Hund bellt.", "Die Katze schläft."]),
    ("Wir sehen uns z. B. am 3. Juni bei Dr. Meier.", None),
    ("Das war 2023. Dann kam 2024.", ["Das war 2023.", "Dann kam 2024."]),
    ("Mugs: £28. Bowls: £22.", ["Mugs: £28.", "Bowls: £22."]),
    ("Der 2. Termin ist am 3.6. um 10:30 Uhr.", None),
    ("Es kostet ca. 19,90 EUR inkl. MwSt. pro Monat.", None),
    ("Äpfel, Birnen usw. Dann kam Obst.", ["Äpfel, Birnen usw.", "Dann kam Obst."]),
    ("Äpfel, Birnen usw. sind gesund.", None),
    ("Pens, pencils etc. They are cheap.", ["Pens, pencils etc.", "They are cheap."]),
    ("Mr. Smith e.g. likes tea. I do not.", ["Mr. Smith e.g. likes tea.", "I do not."]),
    ("Siehe example.de. Danach mehr.", ["Siehe example.de.", "Danach mehr."]),
    ("Wirklich?! Ja!!! Gut…", ["Wirklich?!", "Ja!!!", "Gut…"]),
    ("Na ja … vielleicht. Oder nicht?", ["Na ja … vielleicht.", "Oder nicht?"]),
    ("Er sagte: „Komm!“ Dann ging er.", ["Er sagte: „Komm!“", "Dann ging er."]),
    ("(Das ist gut.) Wir bleiben.", ["(Das ist gut.)", "Wir bleiben."]),
    (
        "Hallo Anna,\nvielen Dank für die Mail.\n\nLiebe Grüße\nUlrike",
        ["Hallo Anna,", "vielen Dank für die Mail.", "Liebe Grüße", "Ulrike"],
    ),
    # Long regional and English greeting lines end at their line break too; a long line
    # that only starts like one („Good news …“) is a hard-wrapped line.
    (
        "Griaß di liebe Vroni und liebe Familie Huber beinand,\nwie geht es euch denn so?",
        ["Griaß di liebe Vroni und liebe Familie Huber beinand,", "wie geht es euch denn so?"],
    ),
    (
        "Good morning to the whole team at the bakery,\nhere is the plan.",
        ["Good morning to the whole team at the bakery,", "here is the plan."],
    ),
    (
        "Good news for the shop and for the bakery team,\nwe are ready.",
        ["Good news for the shop and for the bakery team,\nwe are ready."],
    ),
    ("Erster Absatz ohne Punkt\n\nZweiter Absatz", ["Erster Absatz ohne Punkt", "Zweiter Absatz"]),
    (
        "# Über mich\nIch bin Hebamme.\n- Beratung\n- Kurse\n1. Wir treffen uns\n2. Dann",
        [
            "# Über mich",
            "Ich bin Hebamme.",
            "- Beratung",
            "- Kurse",
            "1. Wir treffen uns",
            "2. Dann",
        ],
    ),
    (
        "Ich wollte Dir noch schreiben, dass wir den Kurs im Mai\nverschieben müssen.",
        ["Ich wollte Dir noch schreiben, dass wir den Kurs im Mai\nverschieben müssen."],
    ),
    (
        "Ich habe mir Ihre Unterlagen angesehen und finde wirklich, dass Ihr\nAngebot passt.",
        ["Ich habe mir Ihre Unterlagen angesehen und finde wirklich, dass Ihr\nAngebot passt."],
    ),
    ("Kurze Zeile\nverschieben", ["Kurze Zeile", "verschieben"]),
    ("Hallo liebe Frau Schneider-Müllerhausen und Kolleginnen,\nvielen Dank", None),
    ("Das war toll :-) Bis bald 👋", None),
    ("Danke! 😊 Bis bald :-)", ["Danke! 😊", "Bis bald :-)"]),
    ("Bis bald!\n🙂", ["Bis bald!\n🙂"]),  # an emoji-only line joins the sentence before
    ("Liebe Grüße\nJohanna\n😊 :-)", ["Liebe Grüße", "Johanna\n😊 :-)"]),
    ("Bis bald!\n\n🙂", ["Bis bald!", "🙂"]),  # a blank line still splits
    ("🙂\nHallo", ["🙂", "Hallo"]),
    ("Ggf. kommt Fa. Roth. Dann ja.", ["Ggf. kommt Fa. Roth.", "Dann ja."]),
    ("Geht unter. 🙂\n\nFotos: ja", ["Geht unter. 🙂", "Fotos: ja"]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentences(text: str, expected: list[str] | None) -> None:
    # None: the whole (stripped) text is one sentence.
    if expected is None:
        expected = [text.strip()] if "\n" not in text else text.split("\n")
    assert list_sentences(text) == expected


def test_offsets_and_kinds_align() -> None:
    doc = tokenize("Hallo Anna,\nam 3. Juni 👍🏽 :-)")
    assert doc.starts == [0, 6, 10, 12, 15, 18, 23, 26]
    assert doc.ends == [5, 10, 11, 14, 17, 22, 25, 29]
    assert doc.kinds == [WORD, WORD, PUNCT, WORD, NUMBER, WORD, EMOJI, EMOTICON]
    assert [(s.first_token, s.end_token) for s in doc.sentences] == [(0, 3), (3, 8)]


def check_invariants(doc: TokenizedText) -> None:
    """Assert the TokenizedText contract (models.py) on `doc`."""
    text = doc.text
    n = len(doc.starts)
    assert len(doc.ends) == len(doc.kinds) == len(doc.texts) == n
    covered = [False] * len(text)
    prev_end = 0
    for i in range(n):
        start, end = doc.starts[i], doc.ends[i]
        assert prev_end <= start < end <= len(text)
        assert text[start:end] == doc.texts[i]
        for k in range(start, end):
            covered[k] = True
        prev_end = end
    for k, ch in enumerate(text):
        assert covered[k] or ch.isspace(), (k, ch)
    next_token = 0
    prev_sentence_end = 0
    for sent in doc.sentences:
        assert sent.first_token == next_token
        assert sent.first_token < sent.end_token <= n
        assert prev_sentence_end <= sent.start
        assert sent.start == doc.starts[sent.first_token]
        assert sent.end == doc.ends[sent.end_token - 1]
        next_token = sent.end_token
        prev_sentence_end = sent.end
    assert next_token == n


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_keeps_the_contract(text: str) -> None:
    check_invariants(tokenize(text))


PITFALL_PIECES = [
    *"aAzBdhäÜß019.,:;!?…-–/*_'’\"„“()@+€% \n\t#",
    *["z. B.", "usw.", "Dr.", " 3. ", "https://", "www.", ".de", ":-)", ";)", "innen"],
    *["👍", "🏽", "\u200d", "❤", "\ufe0f", "Hallo Anna,\n", "\n\n", "\n- ", "\n1. ", "\n# "],
]
PITFALL_ALPHABET = st.sampled_from(PITFALL_PIECES)


@settings(max_examples=400, deadline=None)
@given(st.lists(PITFALL_ALPHABET, max_size=40).map("".join))
def test_pitfall_soup_keeps_the_contract(text: str) -> None:
    check_invariants(tokenize(text))


# Inputs that once made the regex backtrack catastrophically or rescan quadratically; a
# regression shows as a test that does not finish, not as a timing assertion.
PATHOLOGICAL_TEXTS = [
    "x." + "a-" * 1000 + "!",
    "x" + ".a-b" * 1000 + "@",
    "x@" + "a.b-" * 1000,
    "x" + ".a-b" * 1000 + ".dex",
    "+49" + "1" * 1000 + "a",
    "1" + ".1" * 1000 + "-1" * 500 + "a",
    "https://" + "a" * 5000 + ".",
    "a.)" + ")" * 1000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL_TEXTS)
def test_pathological_text_keeps_the_contract(text: str) -> None:
    check_invariants(tokenize(text))


HARD_WRAPPED_MAIL = """Liebe Anna,

danke dir für die schnelle Antwort! Ich habe mir die Entwürfe für die
Startseite angesehen und finde sie wirklich schön, vor allem den Teil
über die Hausbesuche. Zwei Kleinigkeiten:
- Die Preise bitte inkl. MwSt. angeben, also z. B. 19,90 EUR.
- Der 2. Infoabend ist am 3. Juni um 19:30 Uhr, nicht am 4.

Kannst du das bis Fr. ändern? 🙂

Liebe Grüße
Johanna
--
Hebammenpraxis Kleiner Anfang · www.kleiner-anfang.example.org
"""

HARD_WRAPPED_MAIL_SENTENCES = [
    "Liebe Anna,",
    "danke dir für die schnelle Antwort!",
    "Ich habe mir die Entwürfe für die\nStartseite angesehen und finde sie wirklich schön, vor "
    "allem den Teil\nüber die Hausbesuche.",
    "Zwei Kleinigkeiten:",
    "- Die Preise bitte inkl. MwSt. angeben, also z. B. 19,90 EUR.",
    "- Der 2. Infoabend ist am 3. Juni um 19:30 Uhr, nicht am 4.",
    "Kannst du das bis Fr. ändern? 🙂",
    "Liebe Grüße",
    "Johanna",
    "--",
    "Hebammenpraxis Kleiner Anfang · www.kleiner-anfang.example.org",
]


def test_hard_wrapped_mail_sentences() -> None:
    # Counted by hand: 11 sentences; the wrapped paragraph lines join, list items do not.
    assert list_sentences(HARD_WRAPPED_MAIL) == HARD_WRAPPED_MAIL_SENTENCES


def test_hard_wrapped_mail_kinds() -> None:
    doc = tokenize(HARD_WRAPPED_MAIL)
    by_kind: dict[str, list[str]] = {}
    for kind, text in zip(doc.kinds, doc.texts, strict=True):
        by_kind.setdefault(kind, []).append(text)
    assert by_kind[NUMBER] == ["19,90", "2.", "3.", "19:30", "4"]
    assert by_kind[URL] == ["www.kleiner-anfang.example.org"]
    assert by_kind[EMOJI] == ["🙂"]
    assert by_kind[SYMBOL] == ["·"]
    # Words per line, counted by hand: 2, 6, 7, 11, 5, 9, 9, 6, 2, 1, 0, 3.
    assert len(by_kind[WORD]) == 61


# Texts for the shortcuts tokenize takes for speed (a plain-letter scan in front of
# TOKEN_RE, kinds read off the token where they are clear, sentence-end candidates picked
# from the tokens that are not letters only). Tokens and sentences counted by hand.
SHORTCUT_CASES = [
    (
        "Café, naïve Señor! Ærø ist schön.",
        ["Café", ",", "naïve", "Señor", "!", "Ærø", "ist", "schön", "."],
        ["Café, naïve Señor!", "Ærø ist schön."],
    ),
    (
        "Termin. Dann bzw. Hauptstr. 5 und Hauptstr. Dann",
        ["Termin", ".", "Dann", "bzw.", "Hauptstr.", "5", "und", "Hauptstr", ".", "Dann"],
        ["Termin.", "Dann bzw. Hauptstr. 5 und Hauptstr.", "Dann"],
    ),
    (
        "_Dr. Meier kam um 10:30Uhr.",  # no word boundary before "Dr": not the abbreviation
        ["_", "Dr", ".", "Meier", "kam", "um", "10:30", "Uhr", "."],
        ["_Dr.", "Meier kam um 10:30Uhr."],
    ),
    (
        "abc123, 3er-Pack; Tel. 0301234",
        ["abc123", ",", "3er-Pack", ";", "Tel.", "0301234"],
        ["abc123, 3er-Pack; Tel. 0301234"],
    ),
    (
        "Grüß Gott … ja?! Nein -- doch.",
        ["Grüß", "Gott", "…", "ja", "?!", "Nein", "--", "doch", "."],
        ["Grüß Gott … ja?!", "Nein -- doch."],
    ),
    (
        "Gesendet von www.beispiel.de. Mehr unter https://example.org/a?b=1, danke",
        [
            *["Gesendet", "von", "www.beispiel.de", ".", "Mehr", "unter"],
            *["https://example.org/a?b=1", ",", "danke"],
        ],
        ["Gesendet von www.beispiel.de.", "Mehr unter https://example.org/a?b=1, danke"],
    ),
    (
        "Kund:innen, Kolleg*innen; E-Mail.",
        ["Kund:innen", ",", "Kolleg*innen", ";", "E-Mail", "."],
        ["Kund:innen, Kolleg*innen; E-Mail."],
    ),
    ("  Hallo Anna,  \n\n", ["Hallo", "Anna", ","], ["Hallo Anna,"]),
    (
        "Hallo\u00a0Anna\u2028Grüße\x1cJo",  # no-break space, line separator, \x1c
        ["Hallo", "Anna", "Grüße", "Jo"],
        ["Hallo\u00a0Anna\u2028Grüße\x1cJo"],
    ),
    (
        "Liebe Grüße!\n👍🏽👍🏽\nJo",
        ["Liebe", "Grüße", "!", "👍🏽", "👍🏽", "Jo"],
        ["Liebe Grüße!\n👍🏽👍🏽", "Jo"],
    ),
    (
        "Vielen Dank für die Unterlagen, ich schaue sie mir am Wochenende\nin Ruhe an, "
        "ggf. melde ich mich mit Fragen zu S. 5 oder\nwww.example.de/preise. Bis dann!",
        [
            *["Vielen", "Dank", "für", "die", "Unterlagen", ",", "ich", "schaue", "sie", "mir"],
            *["am", "Wochenende", "in", "Ruhe", "an", ",", "ggf.", "melde", "ich", "mich"],
            *["mit", "Fragen", "zu", "S.", "5", "oder", "www.example.de/preise", ".", "Bis"],
            *["dann", "!"],
        ],
        [
            "Vielen Dank für die Unterlagen, ich schaue sie mir am Wochenende\nin Ruhe an, "
            "ggf. melde ich mich mit Fragen zu S. 5 oder\nwww.example.de/preise.",
            "Bis dann!",
        ],
    ),
    ("", [], []),
    (" ", [], []),
    ("\t \n  \u00a0 ", [], []),
]


@pytest.mark.parametrize(("text", "tokens", "sentences"), SHORTCUT_CASES)
def test_shortcut_cases(text: str, tokens: list[str], sentences: list[str]) -> None:
    doc = tokenize(text)
    assert doc.texts == tokens
    assert [doc.sentence_text(s) for s in doc.sentences] == sentences
    check_invariants(doc)


def scan_with_token_re(text: str) -> list[tuple[int, int, str, str]]:
    """Return (start, end, kind, text) of each token as TOKEN_RE alone finds them."""
    return [
        (m.start(), m.end(), KINDS[m.lastindex or 0], m.group()) for m in TOKEN_RE.finditer(text)
    ]


def assert_scan_is_token_re(text: str) -> None:
    """Assert that tokenize's shortcuts give what TOKEN_RE and find_sentence_ends give."""
    doc = tokenize(text)
    assert list(zip(doc.starts, doc.ends, doc.kinds, doc.texts, strict=True)) == (
        scan_with_token_re(text)
    )
    ends = find_sentence_ends(text, doc.starts, doc.ends, doc.kinds, doc.texts)
    assert [s.end_token - 1 for s in doc.sentences] == ends


@pytest.mark.parametrize(
    "text",
    [case[0] for case in SHORTCUT_CASES + TOKEN_CASES + SENTENCE_CASES]
    + [HARD_WRAPPED_MAIL, *PATHOLOGICAL_TEXTS],
)
def test_shortcuts_agree_with_token_re(text: str) -> None:
    assert_scan_is_token_re(text)


@settings(max_examples=400, deadline=None)
@given(st.text() | st.lists(PITFALL_ALPHABET, max_size=40).map("".join))
def test_shortcuts_agree_with_token_re_on_any_text(text: str) -> None:
    assert_scan_is_token_re(text)
