"""Greeting and sign-off suggestions: her own forms, quoted with an example of the same form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from treffsicher.core.features import extract_stats
from treffsicher.core.features.greetings import classify_formula
from treffsicher.core.models import KIND_EMAIL, Passage, VoiceProfile
from treffsicher.core.profile import build_profile
from treffsicher.core.suggestions import (
    find_topic_match,
    list_draft_words,
    share_stem,
    suggest_formulas,
)
from treffsicher.core.tokens import tokenize

BODIES = [
    "die Bretter für die Treppe sind heute gekommen, wir fangen am Montag an.",
    "der Kostenvoranschlag für die Gaube hängt an, schau ihn dir in Ruhe an.",
    "wir brauchen noch die Maße vom Fenster im Bad, dann kann ich bestellen.",
    "die Lasur ist trocken, am Freitag können wir die Türen wieder einhängen.",
]


def mail(greeting: str, body: str, signoff: str) -> str:
    return f"{greeting} Sepp,\n\n{body}\n\n{signoff}\nVroni"


@pytest.fixture(scope="module")
def bavarian() -> VoiceProfile:
    texts = [mail("Hallo", b, "Pfiat di") for b in BODIES * 3]
    texts += [mail("Guten Morgen", b, "Servus") for b in BODIES]
    passages = [Passage(i + 1, t, "de", KIND_EMAIL, f"m{i}.eml") for i, t in enumerate(texts)]
    return build_profile(passages)


def test_regional_signoff_is_suggested_as_itself(bavarian: VoiceProfile) -> None:
    draft = "Sehr geehrter Herr Huber,\n\nanbei das Angebot.\n\nMit freundlichen Grüßen\nVroni"
    counts = extract_stats(tokenize(draft), "de").counts
    found = {
        s.kind: s
        for s in suggest_formulas(counts, bavarian.languages["de"], lang="de", name="Vroni")
    }
    assert found["signoff"].term == "Pfiat di"
    assert [e.text for e in found["signoff"].examples] == ["Pfiat di"]  # not "Servus"
    assert found["greeting"].term == "Hallo"


def test_suggestion_quotes_only_the_same_greeting(bavarian: VoiceProfile) -> None:
    her = bavarian.languages["de"]
    counts = extract_stats(tokenize("Moin,\n\nkurz zur Info.\n\nTschüss"), "de").counts
    for suggestion in suggest_formulas(counts, her, lang="de", name="Vroni"):
        key = {"greeting": "hallo", "signoff": "pfiat_di"}[suggestion.kind]
        assert all(
            classify_formula(suggestion.kind, e.text, "de") == key for e in suggestion.examples
        )


def test_no_suggestion_without_a_line_of_hers_of_that_form(bavarian: VoiceProfile) -> None:
    her = bavarian.languages["de"]
    signoff = her.features["signoff"]
    # Only the "Servus" lines among the quotes: "Pfiat di" is still her usual sign-off,
    # but without a line of hers to show, it is not suggested (and "Servus" is not either).
    servus = tuple(e for e in signoff.examples if e.text == "Servus")
    assert servus, "the fixture quotes a Servus line"
    features = {**her.features, "signoff": replace(signoff, examples=servus)}
    counts = extract_stats(tokenize("Hallo Sepp,\n\nanbei das Angebot.\n\nCiao"), "de").counts
    found = suggest_formulas(counts, replace(her, features=features), lang="de", name="Vroni")
    assert [s.kind for s in found] == []  # the draft's "Hallo" is hers already


def regional_profile(greetings: list[str], signoffs: list[str], lang: str) -> VoiceProfile:
    bodies = BODIES if lang == "de" else BODIES_EN
    texts = [f"{g}\n\n{b}\n\n{s}" for g, s, b in zip(greetings, signoffs, bodies * 3, strict=False)]
    return build_profile(
        [Passage(i + 1, t, lang, KIND_EMAIL, f"m{i}.eml") for i, t in enumerate(texts)]
    )


BODIES_EN = [
    "the sourdough starter is bubbling nicely, come and grab some on Friday.",
    "the oven is fixed, so the pasties are back on tomorrow morning.",
    "can you do the flour run on Tuesday before the market opens?",
    "saffron buns are on for Saturday, and the scones as well.",
]


@pytest.mark.parametrize(
    ("lang", "greetings", "signoffs", "draft", "expected"),
    [
        (  # Bavarian: "Servus" and "Pfiat di", never "Tschüss" or "Ciao"
            "de",
            ["Servus Anna,", "Servus beinand,", "Grüß Gott Frau Huber,"] * 3,
            ["Pfiat di\nVroni", "Pfiat eich\nVroni", "Servus\nVroni"] * 3,
            "Hallo Anna,\n\nanbei die Zeichnung.\n\nTschüss\nVroni",
            {"greeting": "servus", "signoff": "pfiat_di"},
        ),
        (  # Rhineland: "Hallöchen" is not "Hallo", "Tschö mit ö" not "Tschö"
            "de",
            ["Hallöchen Marita,", "Hallöchen Gaby,", "Hallo zusammen,"] * 3,
            ["Tschö mit ö\nBilla", "Tschö mit ö\nBilla", "Tschö\nBilla"] * 3,
            "Hallo Marita,\n\ndein Termin ist am Dienstag.\n\nTschö\nBilla",
            {"greeting": "halloechen", "signoff": "tschoe_mit_oe"},
        ),
        (  # Northern: "Gruß", not "Grüße"
            "de",
            ["Moin Jens,", "Moin moin,", "Moin Frau Petersen,"] * 3,
            ["Gruß\nHauke", "Gruß aus Kiel\nHauke", "Tschüss\nHauke"] * 3,
            "Moin Jens,\n\ndas Segel ist fertig.\n\nViele Grüße\nHauke",
            {"signoff": "gruss"},
        ),
        (  # British: "Hiya" is not "Hi", "Ta" not "Thanks"
            "en",
            ["Hiya Jess,", "Hiya Pete,", "Morning Jess,"] * 3,
            ["Ta\nMorwenna", "Ta very much\nMorwenna", "Morwenna xx"] * 3,
            "Hi Jess,\n\nthe new oven arrives on Friday.\n\nThanks\nMorwenna",
            {"greeting": "hiya", "signoff": "ta"},
        ),
        (  # US: her bare first name under the body
            "en",
            ["Hi Mike,", "Hey Mike,", "Hi Sarah,"] * 3,
            ["Dana", "Dana", "Best,\nDana"] * 3,
            "Hello Mike,\n\nthe workshop is confirmed.\n\nKind regards,\nDana",
            {"greeting": "hi", "signoff": "name"},
        ),
    ],
)
def test_regional_forms_are_suggested_as_themselves_with_a_line_of_hers(
    lang: str, greetings: list[str], signoffs: list[str], draft: str, expected: dict[str, str]
) -> None:
    her = regional_profile(greetings, signoffs, lang).languages[lang]
    counts = extract_stats(tokenize(draft), lang).counts
    found = {s.kind: s for s in suggest_formulas(counts, her, lang=lang, name="Vroni")}
    assert {
        kind: classify_formula(kind, s.examples[0].text, lang) for kind, s in found.items()
    } == (expected)
    for suggestion in found.values():
        assert len(suggestion.examples) == 1


@pytest.mark.parametrize(
    ("feature", "text", "key"),
    [
        ("greeting", "Hallo Sepp,", "hallo"),
        ("greeting", "Guten Morgen Sepp,", "guten_morgen"),
        ("greeting", "Servus beinand,", "servus"),
        ("signoff", "Pfiat di\nVroni", "pfiat_di"),
        ("signoff", "Liebe Grüße", "liebe_gruesse"),
        ("signoff", "Servus", "servus"),
    ],
)
def test_classify_formula(feature: str, text: str, key: str) -> None:
    assert classify_formula(feature, text, "de") == key


@pytest.mark.parametrize(
    ("word", "other", "lang", "same"),
    [
        ("geburt", "geburten", "de", True),
        ("baby", "babymassage", "de", True),
        ("wochenbett", "wochenbetts", "de", True),
        ("mug", "mugs", "en", True),
        ("glaze", "glazed", "en", True),
        ("geschickt", "geschichte", "de", False),
        ("verschieben", "verschiedene", "de", False),
        ("unterlagen", "unterstützung", "de", False),
        ("studio", "studious", "en", False),
        ("present", "presentation", "en", False),
    ],
)
def test_share_stem(word: str, other: str, lang: str, same: bool) -> None:
    assert share_stem(word, other, lang) is same


@pytest.mark.parametrize(
    ("term", "draft", "lang", "match"),
    [
        ("Geburtsvorbereitung", "Der Kurs zur Geburt beginnt im Mai.", "de", "geburt"),
        ("Babymassage", "Wir sprechen über Ihr Baby.", "de", "baby"),
        ("Baby", "Die Babymassage beginnt im Mai.", "de", "babymassage"),
        ("ganz in Ruhe", "Nehmen Sie sich Ruhe für den Kurs.", "de", "ruhe"),
        # a verb or adjective of hers fits no topic, whatever the draft
        ("ehrlich gesagt", "Ehrliche Worte sind selten.", "de", None),
        ("gemacht", "Das haben wir gemacht und gemachte Fehler besprochen.", "de", None),
        ("kiln", "The new kilns arrive on Monday.", "en", "kilns"),
        ("I'd rather", "We would rather wait.", "en", None),
    ],
)
def test_find_topic_match(term: str, draft: str, lang: str, match: str | None) -> None:
    doc = tokenize(draft)
    assert find_topic_match(term, list_draft_words(doc, lang), lang) == match
