"""The agenda holds exactly the open items, most valuable first, with minutes."""

from __future__ import annotations

from treffsicher.core.agenda import build_agenda, find_voice_questions, total_minutes
from treffsicher.core.uncertainty import (
    AssumptionInput,
    DraftVerdict,
    UncertaintyInputs,
    VoiceQuestion,
)

ASSUMPTIONS = (
    AssumptionInput("1", "Sie schreibt in der Ich-Form.", "tone", "open"),
    AssumptionInput("2", "Kurse nur vor Ort, keine Online-Kurse.", "offer", "confirmed"),
    AssumptionInput(
        "3",
        "Zielgruppe: werdende Eltern aus Lindenfeld und Umgebung.",
        "audience",
        "open",
        evidence=("Die meisten Familien kommen aus Lindenfeld.",),
        contradictions=("Viele kommen auch aus der Stadt, 40 Minuten entfernt.",),
    ),
    AssumptionInput("4", "Wellness-Oase ist ein No-Go.", "nogo", "rejected"),
    AssumptionInput("5", "Sie möchte mehr Anfragen für Rückbildungskurse.", "goals", "open"),
    AssumptionInput("6", "Preise auf der Website zeigen.", "offer", "corrected"),
    AssumptionInput("7", "Sie will nahbar wirken.", "values", "open", confidence="high"),
)


def test_the_agenda_holds_exactly_the_open_items_in_order() -> None:
    inputs = UncertaintyInputs(
        assumptions=ASSUMPTIONS, profile_reliability="good", profile_words=5000
    )
    agenda = build_agenda(inputs)
    # contradicted audience (0.225), goals (0.10), tone (0.06), values backed by her words (0.048)
    assert [item.ref for item in agenda] == ["3", "5", "1", "7"]
    assert [item.kind for item in agenda] == [
        "contradiction",
        "assumption",
        "assumption",
        "assumption",
    ]
    assert agenda[0].evidence == ("Die meisten Familien kommen aus Lindenfeld.",)
    assert agenda[0].contradictions == ("Viele kommen auch aus der Stadt, 40 Minuten entfernt.",)
    assert [item.minutes for item in agenda] == [15, 8, 5, 8]
    assert total_minutes(agenda) == 36


def test_voice_questions_and_weak_drafts_join_the_agenda() -> None:
    inputs = UncertaintyInputs(
        assumptions=(AssumptionInput("1", "Eltern", "audience", "open"),),
        profile_reliability="thin",
        profile_words=900,
        voice_questions=(VoiceQuestion("address", "mixed", (("du", 0.55), ("sie", 0.45))),),
        drafts=(
            DraftVerdict("ueber-mich.md", "partly", 58.0),
            DraftVerdict("startseite.md", "does_not_fit", 22.0),
            DraftVerdict("kontakt.md", "fits", 81.0),
        ),
    )
    agenda = build_agenda(inputs)
    assert [(i.kind, i.ref or i.code) for i in agenda] == [
        ("assumption", "1"),
        ("draft", "startseite.md"),
        ("voice", "address"),
        ("draft", "ueber-mich.md"),
    ]


def test_nothing_open_gives_an_empty_agenda() -> None:
    confirmed = AssumptionInput("1", "Eltern", "audience", "confirmed")
    assert build_agenda(UncertaintyInputs(assumptions=(confirmed,))) == ()


def test_voice_questions_from_her_shares() -> None:
    assert find_voice_questions({"du": 0.9, "sie": 0.1}, {"colon": 0.8}) == ()
    questions = find_voice_questions({"du": 0.5, "sie": 0.5}, None)
    assert [(q.code, q.state) for q in questions] == [("address", "mixed"), ("gender", "unknown")]
