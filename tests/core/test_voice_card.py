"""The voice card: which statements a profile supports, from hand-written German and
English passages, and the card worded and exported as Markdown."""

from __future__ import annotations

from datetime import date

from treffsicher.core.models import Passage
from treffsicher.core.profile import build_profile
from treffsicher.core.voice_card import MAX_LINES, build_voice_card
from treffsicher.services.profiling import ClientProfile
from treffsicher.services.voice_card import build_worded_cards, render_markdown

GERMAN_MAILS = [
    "Hallo Anna,\n\nich hab dir die Fotos geschickt. Schau sie dir in Ruhe an. Ich finde das "
    "zweite am schönsten. Viele Kund:innen mögen es hell.\n\nLiebe Grüße\nJule",
    "Hallo Anna,\n\ndanke dir für den Entwurf. Ich lese ihn heute Abend. Ehrlich gesagt bin ich "
    "gespannt. Die Kund:innen sollen gleich merken, worum es geht.\n\nLiebe Grüße\nJule",
    "Hallo Anna,\n\nich bin ab Montag wieder da. Ruf mich einfach an, wenn du Fragen hast. Ich "
    "freu mich auf die neue Seite.\n\nLiebe Grüße\nJule",
    "Hallo Anna,\n\nkurze Frage: passt dir Donnerstag? Ich könnte vormittags. Die Teilnehmer:innen "
    "vom Kurs kommen erst um vier.\n\nLiebe Grüße\nJule",
]
ENGLISH_MAILS = [
    "Dear Anna,\n\nWe have reviewed the proposal with our board and we are pleased with the "
    "direction it takes for our members across the region this year.\n\nKind regards,\nPriya",
    "Dear Anna,\n\nWe would like to schedule a meeting next week to discuss the remaining "
    "questions about the membership pages and the timeline we agreed on.\n\nKind regards,\nPriya",
    "Dear Anna,\n\nWe appreciate the revised draft and we will circulate it among our staff "
    "before sending our comments back to you by the end of the month.\n\nKind regards,\nPriya",
]


def profile_of(texts: list[str], language: str) -> ClientProfile:
    passages = [
        Passage(i, text, language, "email", f"mail-{i}.eml") for i, text in enumerate(texts)
    ]
    return ClientProfile("Jule Brandt", build_profile(passages), {language: {"email": len(texts)}})


def test_german_card_says_du_short_ich_colon_and_greeting() -> None:
    client = profile_of(GERMAN_MAILS, "de")
    card = build_voice_card(client.profile.languages["de"])
    codes = [line.code for line in card.lines]
    assert codes[:3] == ["address.du", "length.short", "person.ich"]
    assert "gender.colon" in codes
    assert "greeting.both" in codes
    assert len(card.lines) <= MAX_LINES
    greeting = next(line for line in card.lines if line.code == "greeting.both")
    assert greeting.values == {"greeting": "hallo", "signoff": "liebe_gruesse"}
    # Every quote is hers and no quote is used twice.
    quotes = [line.quote.text for line in card.lines if line.quote is not None]
    assert len(quotes) == len(set(quotes))
    assert all(any(q in mail for mail in GERMAN_MAILS) for q in quotes)
    assert {pair.code for pair in card.pairs} >= {"address.du", "person.ich"}


def test_english_card_says_we_and_formal_greeting() -> None:
    client = profile_of(ENGLISH_MAILS, "en")
    card = build_voice_card(client.profile.languages["en"])
    codes = [line.code for line in card.lines]
    assert "person.wir" in codes
    assert "length.long" in codes or "length.medium" in codes
    assert not any(code.startswith("gender.") for code in codes)  # German only
    greeting = next(line for line in card.lines if line.code.startswith("greeting."))
    assert greeting.values == {"greeting": "dear", "signoff": "kind_regards"}


def test_no_gos_come_before_words_she_merely_never_uses() -> None:
    profile = profile_of(GERMAN_MAILS, "de").profile.languages["de"]
    assert build_voice_card(profile, ["Kundenreise"]).avoided == ("Kundenreise",)


def test_card_is_worded_in_german_and_english() -> None:
    client = profile_of(GERMAN_MAILS, "de")
    german = build_worded_cards(client, "de")[0]
    assert german.title == "So klingt Jule"
    texts = [s.text for s in german.sentences]
    assert texts[0] == "Jule duzt: „du“, nie „Sie“."
    assert "Sie grüßt mit „Hallo“ und verabschiedet sich mit „Liebe Grüße“." in texts
    assert german.pairs[0].dont == "„Wir beraten Sie gern persönlich.“"
    english = build_worded_cards(client, "en")[0]
    assert english.title == "How Jule sounds"
    assert english.sentences[1].text.startswith("Short sentences: mostly ")


def test_markdown_style_guide() -> None:
    client = profile_of(ENGLISH_MAILS, "en")
    text = render_markdown(build_worded_cards(client, "en"), "en", today=date(2026, 12, 6))
    assert text.startswith("# How Jule sounds\n")
    assert "## Like this – not like this" in text
    assert "| She writes | Not like this |" in text
    assert text.rstrip().endswith("*Source: treffsicher, 6 December 2026*")
    german = render_markdown(build_worded_cards(client, "de"), "de", today=date(2026, 12, 6))
    assert german.rstrip().endswith("*Quelle: treffsicher, 6. Dezember 2026*")


def test_her_no_gos_replace_the_words_she_never_uses() -> None:
    from treffsicher.core.models import NoGo

    client = profile_of(GERMAN_MAILS, "de")
    no_gos = [
        NoGo("Kundenreise", "Bitte nie „Kundenreise“.", "Weg", "de"),
        NoGo("journey", lang="en"),  # another language's card, not this one
    ]
    card = build_worded_cards(client, "de", no_gos)[0]
    assert card.avoided == ("Kundenreise",)
    assert card.labels["avoided_heading"] == "Diese Wörter will sie nicht lesen"
    plain = build_worded_cards(client, "en")[0]
    assert plain.labels["avoided_heading"] == "Not her words"
