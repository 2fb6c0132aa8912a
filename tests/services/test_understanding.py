"""Understanding log services: proposals, evidence, contradictions, confidence, no-gos."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Engine
from understanding_helpers import add_bakery, add_praxis

from treffsicher.errors import InputError, NotFoundError
from treffsicher.services import checkback, understanding
from treffsicher.services.checking import Draft, check_client_draft
from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources
from treffsicher.services.profiling import build_client_profile


def test_nogos_are_proposed_with_her_sentences_and_not_her_signature(engine: Engine) -> None:
    add_praxis(engine)
    proposed = understanding.propose_assumptions(engine, "Sabine Ohm", "de")
    nogos = {v.terms[0]: v for v in proposed if v.category == "nogo"}
    assert set(nogos) == {"Wellness-Oase", "Kundenerlebnis", "Ganzheitlich"}
    oase = nogos["Wellness-Oase"]
    assert oase.status == "proposed"
    assert {q.passage_id for q in oase.evidence} == {1, 2}
    assert any("nicht mehr hören" in q.text for q in oase.evidence)
    assert (oase.confidence.level, oase.confidence.reason) == ("medium", "two_sources")
    assert nogos["Ganzheitlich"].replacement == "mit Kopf und Bauch"
    profile = build_client_profile(engine, "Sabine Ohm", "de").profile.languages["de"]
    words = " ".join(t.term.lower() for t in profile.signature_terms)
    assert "wellness" not in words
    assert "kundenerlebnis" not in words
    # Proposing again adds nothing.
    assert understanding.propose_assumptions(engine, "Sabine Ohm", "de") == []


def test_offer_assumption_finds_the_later_mail_against_it(engine: Engine) -> None:
    add_praxis(engine)
    view = understanding.add_assumption(
        engine, "Sabine Ohm", "Sie bietet Massagen an.", "offer", "de"
    )
    assert [q.passage_id for q in view.contradictions] == [3]
    assert view.contradictions[0].kind == "change"
    assert view.contradictions[0].source == "Mail vom 12.05.2026: Neuigkeiten"
    assert [q.superseded for q in view.evidence] == [True]
    assert view.confidence.reason == "contradicted_later"


def test_confidence_moves_with_her_status_and_the_history_records_it(engine: Engine) -> None:
    add_praxis(engine)
    view = understanding.add_assumption(
        engine, "Sabine Ohm", "Ihre Zielgruppe sind Familien.", "audience", "de"
    )
    assert view.confidence.level == "high"
    view = understanding.set_status(engine, view.id, "rejected", "Eher Großeltern.", "de")
    assert (view.confidence.level, view.note) == ("none", "Eher Großeltern.")
    view = understanding.set_status(engine, view.id, "confirmed", "", "de")
    assert view.confidence.reason == "confirmed_by_her"
    assert [(h.action, h.new) for h in view.history] == [
        ("created", "open"),
        ("status", "rejected"),
        ("status", "confirmed"),
    ]


def test_dismissed_quotes_go_and_pinned_ones_stay(engine: Engine) -> None:
    add_praxis(engine)
    view = understanding.add_assumption(engine, "Sabine Ohm", "Familien", "audience", "de")
    first = view.evidence[0].passage_id
    view = understanding.mark_evidence(engine, view.id, first, "dismissed", "de")
    assert first not in {q.passage_id for q in view.evidence}
    view = understanding.mark_evidence(engine, view.id, first, "pinned", "de")
    assert view.evidence[0].passage_id == first
    assert view.evidence[0].pinned
    with pytest.raises(NotFoundError):
        understanding.mark_evidence(engine, view.id, 999, "pinned", "de")


def test_english_client_with_a_changed_mind(engine: Engine) -> None:
    add_bakery(engine)
    view = understanding.add_assumption(
        engine, "Morwenna Pike", "She sells a Sunday box.", "offer", "en"
    )
    assert [(q.passage_id, q.kind) for q in view.contradictions] == [(2, "change")]
    proposed = understanding.propose_assumptions(engine, "Morwenna Pike", "en")
    assert {v.terms[0] for v in proposed if v.category == "nogo"} == {"artisanal", "treatment"}


def test_accepted_nogos_reach_the_draft_check(engine: Engine) -> None:
    from treffsicher.services.checking import Draft, check_client_draft

    add_praxis(engine)
    proposed = understanding.propose_assumptions(engine, "Sabine Ohm", "de")
    oase = next(v for v in proposed if v.terms == ("Wellness-Oase",))
    draft = Draft("start.md", "Willkommen in unserer Wellness-Oase für Familien.", "web")
    before = check_client_draft(engine, "Sabine Ohm", draft, lang="de", store=False)
    assert not any(r.code == "nogo" for n in before.result.sentence_notes for r in n.reasons)
    understanding.accept_proposal(engine, oase.id, "de")
    assert understanding.list_nogos(engine, "Sabine Ohm", "de")[0].term == "Wellness-Oase"
    after = check_client_draft(engine, "Sabine Ohm", draft, lang="de", store=False)
    reasons = [r for n in after.result.sentence_notes for r in n.reasons if r.code == "nogo"]
    assert len(reasons) == 1
    assert "nicht mehr hören" in reasons[0].text or "nie lesen" in reasons[0].text


def test_wrong_input_is_refused(engine: Engine) -> None:
    add_praxis(engine)
    with pytest.raises(InputError, match="Kategorie"):
        understanding.add_assumption(engine, "Sabine Ohm", "X", "mood", "de")
    with pytest.raises(InputError):
        understanding.add_assumption(engine, "Sabine Ohm", "   ", "offer", "de")
    view = understanding.add_assumption(engine, "Sabine Ohm", "Familien", "audience", "de")
    with pytest.raises(InputError, match="kein Vorschlag"):
        understanding.accept_proposal(engine, view.id, "de")
    with pytest.raises(NotFoundError):
        understanding.show_assumption(engine, 4242, "de")


def test_list_assumptions_gives_what_the_meeting_advice_reads(engine: Engine) -> None:
    add_praxis(engine)
    understanding.add_assumption(engine, "Sabine Ohm", "Sie bietet Massagen an.", "offer", "de")
    [item] = understanding.list_assumptions(engine, "Sabine Ohm", "de")
    for name in ("id", "text", "category", "status", "confidence", "evidence", "contradictions"):
        assert hasattr(item, name)
    data = item.to_dict()
    assert set(data["confidence"]) >= {"level", "reason"}
    assert set(data["contradictions"][0]) >= {"passage_id", "text", "source", "date"}


def test_list_assumptions_takes_her_id_too(engine: Engine) -> None:
    add_praxis(engine)
    understanding.add_assumption(engine, "Sabine Ohm", "Familien", "audience", "de")
    by_name = understanding.list_assumptions(engine, "Sabine Ohm", "de")
    by_id = understanding.list_assumptions(engine, 1, "de")
    assert [v.id for v in by_id] == [v.id for v in by_name] == [1]
    with pytest.raises(NotFoundError):
        understanding.list_assumptions(engine, 99, "de")


def test_her_wishes_are_proposed_with_her_sentence(engine: Engine) -> None:
    add_praxis(engine)
    proposed = understanding.propose_assumptions(engine, "Sabine Ohm", "de")
    [wish] = [v for v in proposed if v.category == "values"]
    assert wish.text.startswith("Wunsch: „Mir ist wichtig, dass sich Väter")
    assert [q.passage_id for q in wish.evidence] == [2]
    assert wish.evidence[0].pinned
    assert wish.contradictions == ()


def test_a_figure_she_corrected_becomes_a_proposal_and_the_check_names_it(
    engine: Engine, tmp_path: Path
) -> None:
    add_client(engine, "Ruth Abernethy", ["ruth@bakery.example"], lang="en")
    mail = tmp_path / "about.txt"
    mail.write_text(
        "Sam,\n\nthe about us bit is nearly there. My dad started the shop in 1987, not "
        "1990. Everything else is right.\n\nTa,\nRuth\n",
        encoding="utf-8",
    )
    assert not import_sources(engine, "Ruth Abernethy", [str(mail)], lang="en").problems
    proposed = understanding.propose_assumptions(engine, "Ruth Abernethy", "en")
    [figure] = [v for v in proposed if v.category == "nogo"]
    assert figure.text == "“1987” is right, not “1990”."
    understanding.accept_proposal(engine, figure.id, "en")
    draft = Draft("about.md", "Since 1990 our family has baked bread on Perth Road.", "web")
    outcome = check_client_draft(engine, "Ruth Abernethy", draft, lang="en", store=False)
    named = [d.text for d in outcome.result.deviations if d.feature == "no_go"]
    assert len(named) == 1
    assert "“1990”" in named[0]
    assert "“1987”" in named[0]
    # It is told as her correction of a figure, quoting her sentence, not as a word she
    # asked not to see; the voice card keeps it out of her words.
    assert named[0] == "The draft says “1990”; Ruth corrected that: it is “1987”."
    notes = [r.text for n in outcome.result.sentence_notes for r in n.reasons]
    assert any("My dad started the shop in 1987, not 1990." in text for text in notes)
    assert not any("asked not to see" in text for text in notes)
    [nogo] = understanding.list_nogos(engine, "Ruth Abernethy", "en")
    assert nogo.corrects_figure
    assert nogo.evidence == "My dad started the shop in 1987, not 1990."
    # Her correcting sentence is the evidence shown for it, not the start of the mail.
    [view] = [
        v
        for v in understanding.list_assumptions(engine, "Ruth Abernethy", "en")
        if v.id == figure.id
    ]
    assert [q.text for q in view.evidence] == ["My dad started the shop in 1987, not 1990."]


# Words that would make a statement about the client a woman's: proposals are read by the
# client on the check-back page, and a client may be a man or a firm.
PRONOUNS = {"de": {"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer"}, "en": {"she", "her", "hers"}}


def test_proposal_messages_name_no_pronoun() -> None:
    from treffsicher.messages.understanding import MESSAGES

    proposals = {k: v for k, v in MESSAGES.items() if k.startswith("assume.proposal.")}
    assert len(proposals) >= 19
    for key, texts in proposals.items():
        for lang, pronouns in PRONOUNS.items():
            # quoted words are hers or examples („Sie“ as a form of address), not pronouns
            outside = re.sub(r"„[^“]*“|“[^”]*”|\{\w+\}", " ", texts[lang])
            words = set(re.findall(r"\w+", outside.casefold()))
            assert not words & pronouns, (key, lang, texts[lang])


def test_a_male_clients_statements_on_his_check_back_page_are_not_about_a_she(
    engine: Engine, tmp_path: Path
) -> None:
    add_client(engine, "Jonas Brandt", ["jonas@tischlerei.example"], lang="de")
    mail = tmp_path / "mail.txt"
    mail.write_text(
        "Hallo Frau Berg,\n\nbitte schreiben Sie auf der Seite nicht „Manufaktur“, das Wort "
        "kann ich nicht mehr hören. Mir ist wichtig, dass man sieht, dass wir jedes Möbel "
        "selbst bauen. Wir sind seit 1998 in Lindenfeld, nicht seit 1995.\n\nViele Grüße\n"
        "Jonas Brandt\n",
        encoding="utf-8",
    )
    assert not import_sources(engine, "Jonas Brandt", [str(mail)], lang="de").problems
    proposed = understanding.propose_assumptions(engine, "Jonas Brandt", "de")
    texts = {v.category: v.text for v in proposed}
    assert "„Manufaktur“" in " ".join(v.text for v in proposed)
    assert {"nogo", "values"} <= set(texts)
    created = checkback.create_round(
        engine, "Jonas Brandt", [v.id for v in proposed], lang="de", pin="4711"
    )
    statements = [i.statement for i in checkback.show_round(engine, created.id, "de").items]
    assert len(statements) == len(proposed)
    for statement in statements:
        outside = re.sub(r"„[^“]*“", " ", statement)
        assert not set(re.findall(r"\w+", outside.casefold())) & PRONOUNS["de"], statement
    # The draft check's note on his no-go quotes him by name, not as „sie“.
    [nogo] = [v for v in proposed if v.category == "nogo" and "Manufaktur" in v.text]
    understanding.accept_proposal(engine, nogo.id, "de")
    draft = Draft("start.md", "Unsere Manufaktur baut Möbel nach Maß.", "web")
    outcome = check_client_draft(engine, "Jonas Brandt", draft, lang="de", store=False)
    [reason] = [r for n in outcome.result.sentence_notes for r in n.reasons if r.code == "nogo"]
    assert "Jonas" in reason.text
    outside = re.sub(r"„[^“]*“|‚[^‘]*‘", " ", reason.text)
    assert not set(re.findall(r"\w+", outside.casefold())) & PRONOUNS["de"], reason.text


def test_her_accepted_wish_for_du_reaches_the_draft_check_and_her_correction_wins(
    engine: Engine, tmp_path: Path
) -> None:
    add_client(engine, "Mira Holt", ["mira@yoga.example"], lang="de")
    mail = tmp_path / "mail.txt"
    mail.write_text(
        "Hallo Lena,\n\ndanke für den ersten Entwurf. Und bitte duzen, das machen wir im "
        "Studio mit allen. Die Kurszeiten passen so.\n\nLiebe Grüße\nMira\n",
        encoding="utf-8",
    )
    assert not import_sources(engine, "Mira Holt", [str(mail)], lang="de").problems
    draft = Draft("kurse.md", "Besuchen Sie unsere Kurse. Wir freuen uns auf Sie.", "web")
    before = check_client_draft(engine, "Mira Holt", draft, lang="de", store=False)
    assert not [d for d in before.result.deviations if d.feature == "address_form"]
    proposed = understanding.propose_assumptions(engine, "Mira Holt", "de")
    [wish] = [v for v in proposed if v.category == "tone" and "duzen" in v.text]
    assert understanding.list_tone_wishes(engine, "Mira Holt", "de") == []  # only proposed
    understanding.accept_proposal(engine, wish.id, "de")
    [tone] = understanding.list_tone_wishes(engine, "Mira Holt", "de")
    assert tone.form == "du"
    assert tone.evidence == "Und bitte duzen, das machen wir im Studio mit allen."
    after = check_client_draft(engine, "Mira Holt", draft, lang="de", store=False)
    [deviation] = [d for d in after.result.deviations if d.feature == "address_form"]
    assert deviation.text.endswith("„Und bitte duzen, das machen wir im Studio mit allen“.")
    assert after.result.band != "fits"
    # She answers on the check-back page that the website should say Sie after all.
    understanding.set_status(
        engine, wish.id, "corrected", "Auf der Website doch lieber siezen.", "de"
    )
    [tone] = understanding.list_tone_wishes(engine, "Mira Holt", "de")
    assert (tone.form, tone.evidence) == ("sie", "Auf der Website doch lieber siezen.")
    corrected = check_client_draft(engine, "Mira Holt", draft, lang="de", store=False)
    assert not [d for d in corrected.result.deviations if d.feature == "address_form"]
    understanding.set_status(engine, wish.id, "rejected", "", "de")
    assert understanding.list_tone_wishes(engine, "Mira Holt", "de") == []
