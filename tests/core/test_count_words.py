"""Word counts as imports store them: hand-counted texts with every kind of token, and the
same number as tokenize's WORD tokens for any text (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.models import WORD
from treffsicher.core.tokens import count_words, tokenize

TEXTS = [
    "",
    "   \n\n\t ",
    "Hallo Anna,\n\nich freue mich auf die neue Startseite.\n\nLiebe Grüße\nJohanna",
    "Das ist z. B. so, d.h. wir machen es u. a. mit Dr. Berg usw. Dann geht's los.",
    "Siehe S. 5 und Art. 3, Hauptstr. 12 in 37000 Lindenfeld; J. K. Rowling schrieb das.",
    "Der Kurs kostet 19,90 € bzw. 1.500,00 € (MwSt. inkl.) am 03.06.2025 um 10:30 Uhr.",
    "Ruf an: +49 170 1234567 oder 05551 123456, am 3. Juni, nicht 2023. Dann passt es.",
    "Mail an anna@berg-text.de, https://www.hebamme-lindenfeld.de/kurse?x=1. Oder www.x.de!",
    "Bare domains: example.de/kontakt und berg-text.com, dazu die Seite praxis.info/.",
    "Kund:innen, Kund*innen, Kund_innen, Mitarbeiter/innen, Mitarbeiter/-innen, jede*r.",
    "Vor- und Nachteile, E-Mail, 24-Stunden-Service, 3er-Pack, 10-12 Uhr, 19,- Euro.",
    "Danke! 😊 Bis bald 👍🏽 🇩🇪 1️⃣ 👨‍👩‍👧 :-) ;) :D <3 ^^ xD",
    "Na ja … vielleicht... doch?! Nein!!! -- so „nicht“ — oder »doch«? ‚ja‘ [x] {y}",
    "I don't know, it's fine. The U.S. team, e.g. Mr. Smith, a.m. or p.m. Dipl.-Ing. Weber",
    "Zitat: 'Ihr seid toll' ’s ist gut § 5 # 3 @ + = / * & % ~ | \\ ^",
    "Numbered:\n1. erste Zeile\n2) zweite\n- Punkt\n* Stern\n# Überschrift\n",
    "Ça va? Très bien, l'été est là. ¿Qué tal? ¡Hola! Ελληνικά и русский 中文字",
    "ABC123 a1b2 3D-Druck 2x 100%ig Version 2.0.1 v3 O'Brien rock'n'roll",
    "Hard-wrapped lines of a mail that go on and on and on for a while\nand continue here "
    "in lower case, Ulrike. Mio. Mrd. Tsd. etc. Co. Inc. Ltd.",
]


def tokenize_word_count(text: str) -> int:
    """The reference: WORD tokens as the profile counts them."""
    return sum(1 for kind in tokenize(text).kinds if kind == WORD)


@pytest.mark.parametrize("text", TEXTS)
def test_count_words_is_the_tokenizers_word_count(text: str) -> None:
    assert count_words(text) == tokenize_word_count(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Hallo Anna,\n\nLiebe Grüße\nJohanna", 5),
        ("Das ist z. B. so.", 4),  # "z. B." is one word
        ("Mail an anna@berg-text.de bitte.", 3),  # the address is no word
        ("Am 03.06.2025 um 10:30 Uhr :-)", 3),  # date, time and emoticon are none
        ("Kund:innen und E-Mail", 3),
    ],
)
def test_count_words_by_hand(text: str, expected: int) -> None:
    assert count_words(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_count_words_equals_tokenizer_for_any_text(text: str) -> None:
    assert count_words(text) == tokenize_word_count(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "z.",
                "B.",
                "Dr",
                ".",
                " ",
                "\n",
                "www",
                "anna",
                "@",
                "de",
                "3",
                "-",
                "und",
                "innen",
                ":",
                "*",
                "/",
                "https",
                "://",
                "😊",
                "'",
                "s",
                "U.S.",
                ",",
                "Juni",
            ]
        ),
        max_size=40,
    )
)
def test_count_words_equals_tokenizer_for_token_soup(parts: list[str]) -> None:
    text = "".join(parts)
    assert count_words(text) == tokenize_word_count(text)
