"""Tests for the fit score as authorship verification, on hand-written texts."""

from __future__ import annotations

import json
import math

import pytest

from treffsicher.core.fingerprint import compute_fingerprint
from treffsicher.core.models import Fingerprint
from treffsicher.core.verification import (
    COMPONENT_LABELS,
    MIN_KNOWN_WORDS,
    VerificationResult,
    list_score_parts,
    score_fingerprint,
    score_verification,
)
from treffsicher.core.weights import load_model
from treffsicher.errors import InputError, TooLittleTextError

# Ulrike: warm, informal, "du", short sentences, lots of "ich", "ja", "mal", "einfach", "!".
DE_KNOWN = [
    "Hallo Jana, ich hab mir deinen Entwurf gestern Abend noch mal angeschaut. Ganz ehrlich: "
    "Ich finde ihn toll! Du hast genau getroffen, was ich meine. Nur beim zweiten Absatz bin "
    "ich ein bisschen hängen geblieben. Magst du da noch mal drüberschauen? Ich glaube, das "
    "geht auch einfacher. Melde dich einfach, wenn du Fragen hast. Liebe Grüße, Ulrike",
    "Liebe Jana, danke dir für den Anruf heute! Ich hab mich echt gefreut. Wir machen das "
    "so, wie du vorgeschlagen hast. Ich schick dir bis Freitag noch ein paar Fotos von der "
    "Praxis. Und ja, die Preise dürfen ruhig auf die Seite. Ich hab da nichts zu verstecken. "
    "Mir ist nur wichtig, dass die Leute merken: Hier nimmt sich jemand Zeit für sie. "
    "Bis bald und liebe Grüße, Ulrike",
    "Hallo Jana, kurze Frage: Kannst du mir noch mal sagen, bis wann du die Texte brauchst? "
    "Ich bin nächste Woche nämlich viel unterwegs. Ich hab mir aber schon ein paar Gedanken "
    "gemacht. Mir ist wichtig, dass es nicht so steif klingt. Ich rede ja auch nicht so mit "
    "meinen Klientinnen. Ich duze fast alle, das passt einfach besser zu mir. Und ich mag "
    "es, wenn es ein bisschen locker ist. Danke dir und liebe Grüße, Ulrike",
    "Liebe Jana, ich hab noch mal drüber nachgedacht. Das Foto mit dem Hund finde ich doch "
    "gut! Der gehört ja einfach dazu, die meisten Leute fragen eh als Erstes nach ihm. Ich "
    "glaube, das macht es auch ein bisschen persönlicher. Was meinst du? Sag mir einfach "
    "Bescheid, dann schick ich dir das Bild in groß. Liebe Grüße und ein schönes Wochenende, "
    "Ulrike",
]
DE_SAME = (
    "Hallo Jana, ich hab gerade deine neue Version gelesen. Ich finde sie richtig schön! "
    "Du hast das mit dem Duzen super gemacht, genau so rede ich ja auch. Nur eine Sache: "
    "Kannst du den Satz über die Preise noch mal einfacher machen? Ich glaube, der ist "
    "ein bisschen lang. Sonst passt alles. Danke dir und liebe Grüße, Ulrike"
)
DE_OTHER = (
    "Sehr geehrte Damen und Herren, hiermit übersenden wir Ihnen die überarbeitete Fassung "
    "des Webauftritts zur Prüfung. Die Anpassungen betreffen insbesondere die Darstellung "
    "des Leistungsangebots sowie die Preisgestaltung. Wir bitten um Rückmeldung innerhalb "
    "der vereinbarten Frist. Für Rückfragen stehen wir Ihnen selbstverständlich zur "
    "Verfügung. Mit freundlichen Grüßen, die Geschäftsleitung der Praxisgemeinschaft"
)

# Tom: chatty English emails, "I", "we", "just", "really", dashes and exclamation marks.
EN_KNOWN = [
    "Hi Sam, I just had a look at the new page and I really like it! The photos work well. "
    "I think we could make the first paragraph a bit shorter though - it's a lot to read "
    "before you get to the good stuff. Could you have another go at it? No rush, really. "
    "I'm around all week if you want to talk. Cheers, Tom",
    "Hey Sam, thanks so much for the call today! I really enjoyed it. We'll go with your "
    "idea for the menu, I think it's just simpler. I'll send you a few pictures of the shop "
    "by Friday. And yes, the prices can go on the page - I've got nothing to hide! I just "
    "want people to feel that we take our time with them. Talk soon, Tom",
    "Hi Sam, quick question - when do you need the texts by? I'm away a lot next week, so I "
    "just want to plan ahead. I've been thinking about the tone, too. I really don't want "
    "it to sound stiff. That's not how I talk to my customers, and it's not how we work in "
    "the shop either. I'd rather keep it relaxed and friendly. Thanks a lot, Tom",
    "Hi Sam, I had another think about the photo with the dog and I really like it after "
    "all! He's just part of the shop - most people ask about him before they ask about "
    "anything else. I think it makes the whole thing feel a bit more personal. What do you "
    "think? Just let me know and I'll send you the big version. Have a great weekend, Tom",
]
EN_SAME = (
    "Hi Sam, I just read the new version and I really love it! You got the tone just right "
    "- that's exactly how I talk to people in the shop. Only one thing: could you make the "
    "bit about the prices a little simpler? I think it's a bit long. Everything else is "
    "great. Thanks so much, Tom"
)
EN_OTHER = (
    "Dear Sir or Madam, please find enclosed the revised version of the website for your "
    "review. The amendments concern in particular the presentation of the service portfolio "
    "and the pricing structure. We kindly request your feedback within the agreed period. "
    "Should you have any questions, please do not hesitate to contact the undersigned. "
    "Yours faithfully, the Management"
)


@pytest.mark.parametrize(
    ("known", "same", "other", "lang"),
    [(DE_KNOWN, DE_SAME, DE_OTHER, "de"), (EN_KNOWN, EN_SAME, EN_OTHER, "en")],
)
def test_same_voice_scores_higher_than_other_voice(
    known: list[str], same: str, other: str, lang: str
) -> None:
    same_result = score_verification(known, same, lang)
    other_result = score_verification(known, other, lang)
    assert same_result.score > other_result.score
    assert 0.0 <= other_result.score <= 1.0
    assert 0.0 <= same_result.score <= 1.0


@pytest.mark.parametrize(
    ("known", "unknown", "lang", "prefix"),
    [(DE_KNOWN, DE_SAME, "de", "de-"), (EN_KNOWN, EN_SAME, "en", "en-")],
)
def test_result_names_a_reference_of_its_language(
    known: list[str], unknown: str, lang: str, prefix: str
) -> None:
    result = score_verification(known, unknown, lang)
    assert result.reference.startswith(prefix)
    assert set(result.similarities) == set(COMPONENT_LABELS)
    assert all(-1.0 <= v <= 1.0 for v in result.similarities.values())


@pytest.mark.parametrize(
    ("known", "unknown", "lang"),
    [(DE_KNOWN, DE_SAME, "de"), (EN_KNOWN, EN_OTHER, "en"), (EN_KNOWN, EN_SAME, "en")],
)
def test_fingerprint_path_is_the_same_model(known: list[str], unknown: str, lang: str) -> None:
    fp = compute_fingerprint(known, lang)
    stored = json.loads(json.dumps([fp.n_words, fp.word_freqs, fp.char_ngram_freqs]))
    back = Fingerprint(n_words=stored[0], word_freqs=stored[1], char_ngram_freqs=stored[2])
    direct = score_verification(known, unknown, lang)
    via_profile = score_fingerprint(back, unknown, lang)
    assert via_profile.reference == direct.reference
    assert via_profile.score == pytest.approx(direct.score)
    assert via_profile.similarities == pytest.approx(direct.similarities)


def test_contributions_add_up_to_the_log_odds() -> None:
    result = score_verification(EN_KNOWN, EN_OTHER, "en")
    model = load_model()
    assert set(result.contributions) == set(model.features) == set(COMPONENT_LABELS)
    centre_logit = model.intercept + sum(
        c * m for c, m in zip(model.coef, model.centre, strict=True)
    )
    logit = centre_logit + sum(result.contributions.values())
    # Alone (no other people), the model's log-odds are calibrated for an empty workspace.
    a, b = model.workspace[0]
    probability = 1 / (1 + math.exp(-(a + b * logit)))
    assert result.probability == pytest.approx(probability)
    if result.decided:
        assert result.score == pytest.approx(probability)
    else:
        assert result.score == 0.5
        assert abs(probability - 0.5) <= model.undecided_band


@pytest.mark.parametrize("unknown", ["", "   ", "Danke dir!", "1 2 3 4 5 6 7 8 9 10 11 12"])
def test_too_short_unknown_cannot_tell(unknown: str) -> None:
    result = score_verification(DE_KNOWN, unknown, "de")
    assert result.score == 0.5
    assert not result.decided


def test_tiny_known_side_is_a_clear_error() -> None:
    with pytest.raises(TooLittleTextError, match=str(MIN_KNOWN_WORDS)):
        score_verification(["Hallo Jana, liebe Grüße!"], DE_SAME, "de")


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="'fr'"):
        score_verification(DE_KNOWN, DE_SAME, "fr")


def test_score_parts_are_named_and_sorted_by_strength() -> None:
    result = VerificationResult(
        score=0.8,
        similarities={},
        contributions={"function_words": 0.3, "vocabulary": -1.2, "char_patterns": 0.5},
        n_known_words=500,
        n_unknown_words=300,
        decided=True,
    )
    assert list_score_parts(result, "de") == [
        ("Wortschatz", -1.2),
        ("Zeichenmuster (Schreibweise, Zeichensetzung, Wortteile)", 0.5),
        ("Gewohnheiten bei Funktionswörtern", 0.3),
    ]
    assert list_score_parts(result, "en")[0] == ("vocabulary", -1.2)
