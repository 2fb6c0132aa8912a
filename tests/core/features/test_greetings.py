"""Tests for greetings and sign-offs (family "address", core.features.greetings)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.features import SPECS_BY_NAME, extract_stats
from treffsicher.core.features import greetings as greetings_family
from treffsicher.core.features.base import PassageStats
from treffsicher.core.tokens import tokenize


def stats_of(text: str, lang: str = "de") -> PassageStats:
    return extract_stats(tokenize(text), lang)


def count_of(stats: PassageStats, key: str) -> float:
    return stats.counts.get(key, 0.0)


def categories_of(stats: PassageStats, prefix: str) -> dict[str, float]:
    return {k[len(prefix) :]: v for k, v in stats.counts.items() if k.startswith(prefix) and v}


GREETING_CASES = [
    ("de", "Hallo Anna,\nich melde mich morgen.", "hallo"),
    ("de", "Liebe Frau Berger,\nvielen Dank für Ihre Nachricht.", "liebe"),
    ("de", "Lieber Tom,\ndanke!", "liebe"),
    ("de", "Liebe alle,\nhier die Termine.", "liebe"),
    ("de", "Sehr geehrte Damen und Herren,\nanbei die Rechnung.", "sehr_geehrte"),
    ("de", "Guten Tag Herr Meier,\nanbei das Angebot.", "guten_tag"),
    ("de", "Guten Morgen Lisa,\nalles klar bei dir?", "guten_morgen"),
    ("de", "Moin Jan,\nalles klar.", "moin"),
    ("de", "Hi Lisa, kurze Frage: passt Montag?", "hi"),
    ("de", "Hey Mia,\nwie war der Urlaub?", "hey"),
    ("de", "Servus Max,\nich komme später.", "servus"),
    ("de", "Grüß Gott Frau Huber,\nich komme um zehn.", "gruess_gott"),
    ("de", "Moin moin,\ndie Bretter sind da.", "moin_moin"),
    ("de", "Moin Moin Jan,\nalles klar.", "moin_moin"),
    ("de", "Grüezi Frau Keller,\ndanke für den Auftrag.", "gruezi"),
    ("de", "Hoi Urs,\nwie gehts?", "hoi"),
    ("de", "Griaß di Sepp,\nbasst scho.", "gruess_dich"),
    ("de", "Grüß dich, Maria!\nDie Torte ist fertig.", "gruess_dich"),
    ("de", "Tach zusammen,\nkurze Info.", "tach"),
    ("en", "Dear Mr Smith,\nthank you for your letter.", "dear"),
    ("en", "Morning all,\nthe ovens are on.", "morning"),  # her "Morning", not "Good morning"
    ("en", "Morning Jess,\nthe pasties are back on.", "morning"),
    ("en", "Hiya Pete,\ncan you do the flour run?", "hiya"),
    ("de", "Hallöchen Marita,\ndein Termin ist am Dienstag.", "halloechen"),
    ("de", "Halli hallo Gaby,\nbring die Fotos mit.", "halloechen"),
    ("de", "Hallo zusammen,\nder Salon bleibt zu.", "hallo"),
    ("de", "Mahlzeit zusammen,\nwer macht Samstag die Frühschicht?", "mahlzeit"),
    ("de", "Servus beinand,\nam Samstag ist zu.", "servus"),
    ("de", "Grüezi mitenand,\nmorgen bleibt die Werkstatt zu.", "gruezi"),
    ("en", "Hi Tom,\nquick question about the flyer.", "hi"),
    ("en", "Hello everyone,\nwelcome to the course.", "hello"),
    ("en", "Good morning Sarah,\nhere is the file.", "good_morning"),
    ("en", "Hey there!\nAll good?", "hey"),
    # Only the name, on a line of its own: a greeting without a greeting word.
    ("en", "Sam,\n\nThe about us bit is nearly there.\n\nTa,\nRuth", "name"),
    ("en", "Mrs Kerr,\nyour loaf is ready.", "name"),
    ("de", "Frau Adler,\n\nder Termin am Donnerstag passt.\n\nGruß\nBirgit", "name"),
    ("de", "Jens,\ndie Bretter sind da.", "name"),
]


@pytest.mark.parametrize(("lang", "text", "key"), GREETING_CASES)
def test_greeting(lang: str, text: str, key: str) -> None:
    stats = stats_of(text, lang)
    assert categories_of(stats, "greeting:") == {key: 1.0}
    assert count_of(stats, "greeting_passages") == 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Liebe ist das Wichtigste im Leben."),
        ("de", "Liebe Grüße\nAnna"),
        ("de", "Unsere Praxis liegt mitten in Kassel."),
        ("de", "Hier ist der Plan für morgen."),
        ("en", "Welcome to our bakery."),
        ("en", "Morning light fell on the bay, and the boats went out."),
        # A greeting in the middle of her text or in a quoted line is not hers.
        ("de", "Die Treppe ist fertig.\nServus Anna, hat der Kunde gesagt."),
        ("de", "> Hallo Vroni,\n> geht Donnerstag?\nDonnerstag geht."),
        # A word and a comma that is no name, a sign-off over her name, a name mid-line.
        ("de", "Danke,\ndas passt so.\n\nBirgit"),
        ("en", "Cheers,\nMorwenna"),
        ("de", "Willkommen!\nHier finden Sie unsere Öffnungszeiten."),
        ("en", "Mrs Kerr, the loaf is ready.\nRuth"),
    ],
)
def test_no_greeting_counts_nothing(lang: str, text: str) -> None:
    stats = stats_of(text, lang)
    assert categories_of(stats, "greeting:") == {}
    assert "greeting_passages" not in stats.counts


BODY_DE = "Hallo Anna,\ndanke für die Infos.\n"
BODY_EN = "Hi Tom,\nthe draft is attached.\n"
SIGNOFF_CASES = [
    ("de", BODY_DE + "Liebe Grüße\nUlrike", "liebe_gruesse"),
    ("de", BODY_DE + "LG Ulrike", "lg"),
    ("de", BODY_DE + "Viele Grüße aus Kassel\nUlrike", "viele_gruesse"),
    ("de", BODY_DE + "Herzliche Grüße\nUlrike Berger", "herzliche_gruesse"),
    ("de", BODY_DE + "Beste Grüße, Ulrike", "beste_gruesse"),
    ("de", BODY_DE + "Mit freundlichen Grüßen\nUlrike Berger", "mit_freundlichen_gruessen"),
    ("de", BODY_DE + "VG\nUlrike", "vg"),
    ("de", BODY_DE + "Bis bald!\nUlrike", "bis_bald"),
    ("de", BODY_DE + "Danke und Gruß\nUlrike", "danke_gruss"),
    ("de", BODY_DE + "Liebe Grüße und ein schönes Wochenende\nUlrike", "liebe_gruesse"),
    ("de", BODY_DE + "Alles Liebe\nDeine Ulrike", "alles_liebe"),
    ("en", BODY_EN + "Best,\nAnna", "best"),
    ("en", BODY_EN + "Best regards\nAnna Smith", "best_regards"),
    ("en", BODY_EN + "Kind regards, Anna", "kind_regards"),
    ("en", BODY_EN + "Cheers\nAnna", "cheers"),
    ("en", BODY_EN + "Thanks!\nAnna", "thanks"),
    ("en", BODY_EN + "Many thanks,\nAnna", "many_thanks"),
    ("en", BODY_EN + "Love,\nAnna", "love"),
    ("de", BODY_DE + "Gruß\nHauke", "gruss"),  # the terse "Gruß" is not "Grüße"
    ("de", BODY_DE + "Gruß aus Kiel\nHauke", "gruss"),
    ("de", BODY_DE + "Grüße\nHauke", "gruesse"),
    ("de", BODY_DE + "Schöne Grüße\nHauke", "schoene_gruesse"),
    ("de", BODY_DE + "Tschö mit ö\nBilla", "tschoe_mit_oe"),
    ("de", BODY_DE + "Tschö\nBilla", "tschoe"),
    ("de", BODY_DE + "Pfiat di\nVroni", "pfiat_di"),
    ("de", BODY_DE + "Pfiat eich\nVroni", "pfiat_di"),
    ("de", BODY_DE + "Baba und schönes Wochenende\nResi", "baba"),
    ("de", BODY_DE + "Tschüs\nHauke", "tschuess"),
    ("de", BODY_DE + "Vroni", "name"),
    ("en", BODY_EN + "Ta\nMorwenna", "ta"),
    ("en", BODY_EN + "Thx\nDana", "thx"),
    ("en", BODY_EN + "xoxo\nDana", "xoxo"),
    ("en", BODY_EN + "xx", "x"),
    ("en", BODY_EN + "Morwenna xx", "name_x"),
    ("en", BODY_EN + "Love, Morwenna", "love"),
    ("en", BODY_EN + "Best wishes,\nDana", "best_wishes"),
    ("en", BODY_EN + "Warm regards,\nDana", "warm_regards"),
    # Forms of their own, not another form's category under its label.
    ("en", BODY_EN + "Warmly,\nPriya", "warmly"),
    ("en", BODY_EN + "Warm wishes,\nPriya", "warm_wishes"),
    ("en", BODY_EN + "All the best,\nDana", "all_the_best"),
    ("en", BODY_EN + "See you soon,\nDana", "see_you"),
    ("en", BODY_EN + "Talk soon,\nDana", "talk_soon"),
    ("en", BODY_EN + "Yours faithfully,\nDana Smith", "yours_truly"),
    ("en", BODY_EN + "Yours sincerely,\nDana Smith", "sincerely"),
    ("de", BODY_DE + "Sonnige Grüße\nSabine", "sonnige_gruesse"),
    ("de", BODY_DE + "Herbstliche Grüße aus dem Allgäu\nSabine", "sonnige_gruesse"),
    ("de", BODY_DE + "Kollegiale Grüße\nDr. Sabine Koch", "gruesse"),
    ("en", BODY_EN + "\nDana", "name"),
    ("en", BODY_EN + "Dana W.", "name"),
]


@pytest.mark.parametrize(("lang", "text", "key"), SIGNOFF_CASES)
def test_signoff(lang: str, text: str, key: str) -> None:
    stats = stats_of(text, lang)
    assert categories_of(stats, "signoff:") == {key: 1.0}
    assert count_of(stats, "signoff_passages") == 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hi Tom,\nThanks for your help with the new logo.\nI will send it tomorrow."),
        ("en", "Hi Tom,\nLove the new logo!"),
        ("en", "Hi Tom,\nthe draft is attached.\nPage 2 has Table X"),
        ("de", "Hallo Anna,\ndanke für die Infos.\nDie Ware kommt aus Baden."),
        ("de", "Hallo Anna,\nvielen Dank für deine Hilfe bei der Planung.\nIch melde mich."),
        ("de", "Liebe Grüße"),  # a one-sentence text has no body to sign off
        # A last line that is a word, not her name, or a name inside the last sentence.
        ("de", "Hallo Anna,\ndanke für die Infos.\nGenau"),
        ("de", "Hallo Anna,\ndie Ware kommt morgen mit Tom"),
        ("en", "Hi Tom,\nthe draft is attached.\nSure"),
        ("en", "Hi Tom,\nsee you at the bakery. Bring Dana"),
    ],
)
def test_no_signoff_counts_nothing(lang: str, text: str) -> None:
    stats = stats_of(text, lang)
    assert categories_of(stats, "signoff:") == {}


def test_specs_belong_to_the_family() -> None:
    # The contract every spec follows is tested once for all: tests/core/features/test_contract.py.
    assert {spec.family for spec in greetings_family.SPECS} == {"address"}


def test_category_labels_cover_every_key() -> None:
    greeting = SPECS_BY_NAME["greeting"].category_labels
    signoff = SPECS_BY_NAME["signoff"].category_labels
    for patterns in greetings_family.GREETINGS.values():
        assert {key for key, _ in patterns} <= set(greeting)
    for patterns in greetings_family.SIGNOFFS.values():
        assert {key for key, _ in patterns} <= set(signoff)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [" ", "\n", "\t", "\u2003", "Anna", "alle", "alle,", "zusammen!", "ist", ","]
        ),
        max_size=8,
    ).map("".join)
)
def test_addressee_is_the_first_word_after_the_spaces(rest: str) -> None:
    # is_addressee reads rest.lstrip() up to its first space without copying the rest.
    stripped = rest.lstrip()
    expected = stripped[:1].isupper() or (
        stripped.split(" ", 1)[0].rstrip(",!") in greetings_family.GROUP_ADDRESSEES
    )
    assert greetings_family.is_addressee(rest) == expected


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Liebe alle,\nheute kurz.\n\nDana", "liebe"),
        ("Liebe ist alles, sagt sie.\nUnd so weiter.", None),
        ("Sam,  \t\nthanks for the note.\n\nDana", "name"),
        ("Sam, thanks for the note.", None),
    ],
)
def test_greeting_on_its_own_line(text: str, greeting: str | None) -> None:
    lang = "en" if "thanks" in text else "de"
    stats = extract_stats(tokenize(text), lang)
    found = [key for key in stats.counts if key.startswith("greeting:")]
    assert found == ([f"greeting:{greeting}"] if greeting else [])
