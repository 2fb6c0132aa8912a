"""Greeting and sign-off suggestions: her own forms, quoted with an example of the same form."""

from __future__ import annotations

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
