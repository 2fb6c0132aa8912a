"""Tests for the gender family: gender marks, pair forms, neutral and masculine nouns."""

from __future__ import annotations

import pytest

from treffsicher.core.features import SPECS_BY_NAME, extract_stats
from treffsicher.core.features import gender as gender_family
from treffsicher.core.features.base import PassageStats
from treffsicher.core.tokens import tokenize


def stats_of(text: str, lang: str = "de") -> PassageStats:
    return extract_stats(tokenize(text), lang)


def value_of(name: str, stats: PassageStats) -> float | None:
    spec = SPECS_BY_NAME[name]
    assert spec.value is not None
    return spec.value(stats.counts, stats.sentence_lengths)


def gender_of(stats: PassageStats) -> dict[str, float]:
    return {k[7:]: v for k, v in stats.counts.items() if k.startswith("gender:") and v}


GENDER_CASES = [
    ("Unsere Kund:innen sind zufrieden.", {"colon": 1}),
    ("Unsere Kund*innen sind zufrieden.", {"star": 1}),
    ("Unsere KundInnen sind zufrieden.", {"binnen_i": 1}),
    ("Unsere Kund_innen sind zufrieden.", {"underscore": 1}),
    ("Unsere Kund/innen sind zufrieden.", {"slash": 1}),
    ("Die Kund:in ruft morgen an.", {"colon": 1}),
    ("Alle Mitarbeiter/-innen sind eingeladen.", {"slash": 1}),
    ("Liebe Kolleginnen und Kollegen, willkommen.", {"pair": 1}),
    ("Für Kunden und Kundinnen gilt das auch.", {"pair": 1}),
    ("Jede Ärztin und jeder Arzt weiß das.", {"pair": 1}),
    ("Die Bäuerinnen und Bauern kommen.", {"pair": 1}),
    ("Die Teilnehmenden und Studierenden kommen um zehn.", {"neutral": 2}),
    ("Die Mitarbeitenden und Nutzenden sind eingeladen.", {"neutral": 2}),
    ("Ihre Ansprechperson ist Frau Berg.", {"neutral": 1}),
    # common epicene nouns are no style choice: nothing counts
    ("Uns fehlen Fachkräfte, und den Fachkräften fehlt die Zeit.", {}),
    ("Alle Lehrkräfte, Eltern und Kinder sind eingeladen.", {}),
    ("Die Mitglieder und Gäste, viele Menschen und Leute aus dem Ort.", {}),
    ("Zwanzig Personen, Beschäftigte und Angehörige, kamen.", {}),
    ("Die Auszubildenden und die Belegschaft feiern mit dem Publikum.", {}),
    ("Unsere Kunden und Mitarbeiter sind zufrieden.", {"none": 2}),
    ("Unsere Kund:innen und Mitarbeiter sind da.", {"colon": 1, "none": 1}),
    # look-alikes that are not gender forms
    ("Die Uhrzeit: 10 Uhr. In der Stadt ist es ruhig.", {}),
    ("Folgen Sie mir auf LinkedIn.", {}),
    ("Mein Profil: linkedin.com/in/anna", {}),
    ("Die verantwortliche Stelle prüft das.", {}),  # adjective, not a noun
    ("Termin und Terme passen nicht.", {}),
    # compounds: a neutral plural or a gendered plural heading one is her choice …
    ("Die Mitarbeitendenbefragung startet im Mai.", {"neutral": 1}),
    ("Die Teilnehmendenliste und die Lehrendenkonferenz.", {"neutral": 2}),
    ("Unser Kund:innenservice und die Teilnehmer*innenliste.", {"colon": 1, "star": 1}),
    ("Die Nutzer_innenbefragung läuft.", {"underscore": 1}),
    ("Bürgerinnen- und Bürgerbeteiligung ist uns wichtig.", {"pair": 1}),
    ("Die Schülerinnen- und Schülervertretung tagt.", {"pair": 1}),
    # … one of an everyday noun or a generic masculine is not
    ("Der Fachkräftemangel trifft auch unsere Pflegekräften.", {}),
    ("Das Lehrkräfte-Team und das Elternhaus.", {}),
    ("Unser Kundenservice ist auf dem Bürgersteig vor dem Lehrerzimmer.", {}),
    ("Der Stundenlohn und das Abendessen.", {}),
    ("Das Studierendenwerk hat neue Zimmer.", {}),  # the institution's name
    ("Meine MailInbox und der Ort/Innenhof.", {}),
    ("Das Team, die Kundschaft und das Kollegium.", {}),
    # a job ad's "(m/w/d)" names every gender: no generic masculine
    ("Wir suchen einen Tischler (m/w/d) und Mitarbeiter (w/m/d).", {}),
    ("Wir suchen Mitarbeiter (m/w/d) für unsere Kunden.", {"none": 1}),
]


@pytest.mark.parametrize(("text", "expected"), GENDER_CASES)
def test_gender_styles(text: str, expected: dict[str, int]) -> None:
    stats = stats_of(text)
    assert gender_of(stats) == expected
    assert stats.counts["gender_forms"] == sum(expected.values())
    assert stats.counts["gender_fair_forms"] == sum(
        n for style, n in expected.items() if style != "none"
    )


def test_gender_fair_share_and_rate() -> None:
    # colon 1 + generic masculine 1; 6 words: Unsere Kund:innen und Mitarbeiter sind da
    stats = stats_of("Unsere Kund:innen und Mitarbeiter sind da.")
    assert value_of("gender_fair_share", stats) == pytest.approx(0.5)
    assert value_of("gender_fair_rate_per_100_words", stats) == pytest.approx(100 / 6)


def test_no_person_nouns_gives_no_share() -> None:
    assert value_of("gender_fair_share", stats_of("Das Wetter ist schön.")) is None


def test_gender_example_quotes_the_sentence() -> None:
    text = "Das Wetter ist schön. Unsere Kund:innen sind zufrieden."
    stats = stats_of(text)
    for name in ("gender_style", "gender_fair_share", "gender_fair_rate_per_100_words"):
        assert [text[a:b] for a, b in stats.examples[name]] == ["Unsere Kund:innen sind zufrieden."]


def test_empty_text_gives_no_values() -> None:
    stats = stats_of("")
    for spec in gender_family.SPECS:
        if spec.value is not None:
            assert spec.value(stats.counts, stats.sentence_lengths) is None


def test_specs_belong_to_the_family() -> None:
    # The contract every spec follows is tested once for all: tests/core/features/test_contract.py.
    for spec in gender_family.SPECS:
        assert spec.family in {"wording", "gender"}
        if spec.categories:
            assert set(spec.category_labels) == set(gender_family.GENDER_STYLES)
