"""Evidence: lemmas find inflected forms; negations and later changes are contradictions."""

from __future__ import annotations

from datetime import datetime

from treffsicher.core.assumptions import (
    propose_nogos,
    rate_confidence,
    status_after_answer,
)
from treffsicher.core.evidence import EvidencePassage, find_evidence, lemmas
from treffsicher.core.nogo import find_mentions

# A midwife's practice that dropped massages in May: the old website still offers them.
PRAXIS = [
    EvidencePassage(
        1,
        "Massage & Lymphdrainage\nWir bieten Massagen für Schwangere und die ganze Familie.",
        "de",
        "website.md",
        None,
        1,
    ),
    EvidencePassage(
        2,
        "Liebe Lena,\nunsere Kurse sind für junge Familien gedacht. Väter sind willkommen.",
        "de",
        "Mail vom 01.03.2026: Kurse",
        datetime(2026, 3, 1),
        2,
        "sabine@praxis.example",
    ),
    EvidencePassage(
        3,
        "Hallo Lena,\nMassagen bieten wir nicht mehr an, das lohnt sich nicht. "
        "Wir konzentrieren uns ganz auf Kurse für Familien.",
        "de",
        "Mail vom 12.05.2026: Angebot",
        datetime(2026, 5, 12),
        3,
        "sabine@praxis.example",
    ),
    EvidencePassage(
        4,
        "Familien mit Babys sind bei uns richtig. Ein Familiencafé am Freitag gibt es auch.",
        "de",
        "Mail vom 20.05.2026: Café",
        datetime(2026, 5, 20),
        4,
        "sabine@praxis.example",
    ),
]

BAKERY = [
    EvidencePassage(
        10, "We sell sourdough loaves and our Sunday box.", "en", "about.md", None, 10, "pike"
    ),
    EvidencePassage(
        11,
        "Actually, we stopped the Sunday box in June; nobody ordered it.",
        "en",
        "Mail of 2026-07-02",
        datetime(2026, 7, 2),
        11,
        "pike",
    ),
    EvidencePassage(
        12,
        "The Sunday box is still our favourite thing to sell.",
        "en",
        "Mail of 2026-07-05",
        datetime(2026, 7, 5),
        12,
        "tom@bakery.example",
    ),
    EvidencePassage(
        13,
        "Pike here again: families come every Saturday for bread.",
        "en",
        "Mail of 2026-07-09",
        datetime(2026, 7, 9),
        13,
        "pike",
    ),
    EvidencePassage(
        14, "A family with kids is our typical customer.", "en", "Call", None, 14, "pike"
    ),
]


def test_lemmas_fold_plural_forms() -> None:
    assert lemmas("Familien", "de") == ["familie"]
    assert lemmas("families", "en") == ["family"]
    assert "massage" in lemmas("Massagen und Lymphdrainage", "de")


def test_offer_assumption_finds_the_later_mail_that_contradicts_it() -> None:
    evidence = find_evidence("Sie bietet Massagen an.", PRAXIS, "de")
    assert [h.passage_id for h in evidence.contradictions] == [3]
    assert evidence.contradictions[0].kind == "change"
    assert evidence.support
    assert all(h.superseded for h in evidence.support)
    confidence = rate_confidence("open", evidence)
    assert (confidence.level, confidence.reason) == ("low", "contradicted_later")


def test_audience_assumption_is_supported_by_independent_mails() -> None:
    evidence = find_evidence("Ihre Zielgruppe sind Familien.", PRAXIS, "de")
    assert {h.passage_id for h in evidence.support} >= {2, 3, 4}
    assert not evidence.contradictions
    confidence = rate_confidence("open", evidence)
    assert (confidence.level, confidence.reason) == ("high", "several_sources")


def test_confidence_moves_with_evidence_and_her_answer() -> None:
    one = find_evidence("Ihre Zielgruppe sind Familien.", PRAXIS[1:2], "de")
    assert rate_confidence("open", one).level == "low"
    two = find_evidence("Ihre Zielgruppe sind Familien.", PRAXIS[1:2] + PRAXIS[3:], "de")
    assert rate_confidence("open", two).level == "medium"
    assert rate_confidence(status_after_answer("yes"), one).reason == "confirmed_by_her"
    assert rate_confidence(status_after_answer("no"), two).level == "none"
    corrected = status_after_answer("no", "Eher Großeltern")
    assert (corrected, rate_confidence(corrected, two).reason) == ("corrected", "corrected_by_her")


def test_english_override_and_second_person_are_told_apart() -> None:
    evidence = find_evidence("They sell a Sunday box.", BAKERY, "en")
    kinds = {h.passage_id: h.kind for h in evidence.contradictions}
    assert kinds[11] == "change"  # "stopped": negation plus change over time
    assert kinds[12] == "other_person"  # Tom, not Pike, says otherwise
    families = find_evidence("Their customers are families.", BAKERY, "en")
    assert {h.passage_id for h in families.support} == {13, 14}


def test_nogos_are_proposed_with_her_sentences() -> None:
    mails = [
        (5, "Das Wort „Wellness-Oase“ kann ich nicht mehr hören."),
        (6, "Bitte keine „wellness-oase“, schreib lieber „Ruheraum“."),
    ]
    found = [(pid, m) for pid, text in mails for m in find_mentions(text)]
    [proposal] = propose_nogos(found)
    assert proposal.category == "nogo"
    assert proposal.params == {"term": "Wellness-Oase", "replacement": "Ruheraum"}
    assert [pid for pid, _quote in proposal.quotes] == [5, 6]


def test_wishes_are_found_with_their_category() -> None:
    from treffsicher.core.assumptions import find_wishes

    text = (
        "Liebe Lena,\nmir ist wichtig, dass nichts glattgebügelt wird. Die Seite soll sich "
        "anfühlen wie ein Brief. Bitte schreib rein, dass Väter willkommen sind. Ich möchte "
        "dich noch was fragen. Bitte nicht „Wellness“ schreiben.\n"
        "It matters to me that people feel welcome. Please mention the Saturday market."
    )
    assert [category for category, _sentence in find_wishes(text)] == [
        "values",
        "goals",
        "other",
        "values",
        "other",
    ]
