"""Her wish for du or Sie: read from her words and notes, followed by the draft check."""

from __future__ import annotations

import pytest

from treffsicher.core.check import CheckResult, check_draft
from treffsicher.core.deviations import Deviation
from treffsicher.core.habits import pick_tone_wish, read_address_wish
from treffsicher.core.models import Passage, ToneWish, VoiceProfile
from treffsicher.core.profile import build_profile


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Und bitte duzen, das machen wir bei uns alle.", "du"),
        ("Wir duzen alle unsere Kund:innen.", "du"),
        ("Auf der Website bitte siezen.", "sie"),
        ("Bitte nicht duzen, meine Patienten sind über siebzig.", "sie"),
        ("Keine Du-Form bitte.", "sie"),
        ("Wir duzen, nicht siezen.", "du"),
        ("Wir sind mit allen per du.", "du"),
        ("Die Leserinnen und Leser werden geduzt.", "du"),
        ("Die Leserinnen und Leser werden gesiezt.", "sie"),
        ("Nein, bitte siezen, wir sind eine Kanzlei.", "sie"),
        ("Die Texte sollen die Leute mit „Sie“ ansprechen.", "sie"),
        ("Readers are addressed with the informal “du”.", "du"),
        ("Readers are addressed with the formal “Sie”.", "sie"),
        ("Please use Sie on the German pages.", "sie"),
        ("Don’t use du, my clients are lawyers.", "sie"),
        ("Keep it casual.", None),
        ("Sie wünscht sich kurze Sätze.", None),
        ("Mal duzen, mal siezen, je nach Seite.", None),
    ],
)
def test_the_wished_form_is_read_from_german_and_english_words(text: str, form: str | None) -> None:
    assert read_address_wish(text) == form


def test_wishes_that_disagree_are_not_followed() -> None:
    du, sie = ToneWish("du", "bitte duzen"), ToneWish("sie", "bitte siezen")
    assert pick_tone_wish([du, ToneWish("du", "wir duzen")]) == du
    assert pick_tone_wish([du, sie]) is None
    assert pick_tone_wish([]) is None


FORMAL_MAIL = (
    "Sehr geehrte Frau Lange,\nvielen Dank für Ihre Nachricht. Gern schicke ich Ihnen die "
    "Unterlagen bis Freitag. Wenn Sie Fragen haben, rufen Sie mich an.\nMit freundlichen "
    "Grüßen\nPetra Wolf"
)
DU_DRAFT = "Du suchst eine Kanzlei, die zuhört? Dann bist du bei uns richtig. Schreib uns."
SIE_DRAFT = "Sie suchen eine Kanzlei, die zuhört? Dann sind Sie bei uns richtig. Schreiben Sie uns."


def formal_client(n: int) -> VoiceProfile:
    """A client whose mails all say „Sie“."""
    return build_profile([Passage(i, FORMAL_MAIL, "de", "email", f"m{i}") for i in range(n)])


def address_deviations(result: CheckResult) -> list[Deviation]:
    return [d for d in result.deviations if d.feature == "address_form"]


def test_a_draft_in_the_unwished_form_breaks_her_wish_even_with_little_text() -> None:
    thin = build_profile(
        [Passage(1, FORMAL_MAIL.replace("Sie", "du").replace("Ihre", "deine"), "de", "email", "m1")]
    )
    wish = ToneWish("du", "Und bitte duzen, das machen wir alle.")
    plain = check_draft(SIE_DRAFT, thin, "web", name="Petra", lang="de")
    assert address_deviations(plain) == []
    wished = check_draft(SIE_DRAFT, thin, "web", name="Petra", lang="de", tone_wishes=[wish])
    [deviation] = address_deviations(wished)
    assert deviation.draft_category == "sie"
    assert deviation.her_category == "du"
    assert "bitte duzen" in deviation.text
    assert wished.deviations[0] == deviation  # her wish ranks first
    noted = [n.text for n in wished.sentence_notes if any(r.code == "address" for r in n.reasons)]
    # A sentence-initial „Sie suchen“ may mean „they“: alone it is no form of address.
    assert noted == ["Dann sind Sie bei uns richtig.", "Schreiben Sie uns."]
    reasons = [r for n in wished.sentence_notes for r in n.reasons if r.code == "address"]
    assert all("bitte duzen" in r.text for r in reasons)
    assert wished.band != "fits"


def test_her_wish_outranks_her_own_habit_in_her_mails() -> None:
    her = formal_client(8)
    wish = ToneWish("du", "Auf der Website bitte duzen.")
    habit = check_draft(DU_DRAFT, her, "web", name="Petra", lang="de")
    assert [d.her_category for d in address_deviations(habit)] == ["sie"]
    wished = check_draft(DU_DRAFT, her, "web", name="Petra", lang="de", tone_wishes=[wish])
    assert address_deviations(wished) == []
    codes = {r.code for n in wished.sentence_notes for r in n.reasons}
    assert "address" not in codes


def test_an_english_draft_ignores_a_german_address_wish() -> None:
    text = "Dear Ms Lane, thank you for your note. I will send the papers on Friday. Best, Petra"
    her = build_profile([Passage(i, text, "en", "email", f"m{i}") for i in range(4)])
    draft = "You are looking for a lawyer who listens? Write to us."
    result = check_draft(
        draft, her, "web", name="Petra", lang="en", tone_wishes=[ToneWish("sie", "siezen")]
    )
    assert address_deviations(result) == []


def test_the_wish_is_said_in_english_too() -> None:
    her = formal_client(8)
    wish = ToneWish("sie", "Bitte siezen.")
    result = check_draft(DU_DRAFT, her, "web", name="Petra", lang="en", tone_wishes=[wish])
    [deviation] = address_deviations(result)
    assert deviation.text.startswith("The draft uses the form of address")
    assert "asked for" in deviation.text
    assert "Bitte siezen" in deviation.text
