"""check_draft on the demo clients' drafts and on bad input; the JSON report's schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treffsicher.core.check import (
    BAND_FITS,
    BAND_NONE,
    BAND_NOT,
    BAND_PARTLY,
    BAND_UNSURE,
    MAX_DRAFT_CHARS,
    CheckResult,
    LanguageMissingError,
    band_of,
    check_draft,
)
from treffsicher.core.comparison import KIND_CLIENT, KIND_WRITER, Person
from treffsicher.core.models import Fingerprint, Passage, VoiceProfile
from treffsicher.core.pool import cut_samples
from treffsicher.core.profile import build_profile
from treffsicher.errors import InputError
from treffsicher.importers.documents import read_path

DEMO = Path(__file__).resolve().parents[2] / "src" / "treffsicher" / "demo" / "data"
DRAFTS = DEMO / "drafts"


def load_demo_passages(client: str) -> list[Passage]:
    """A demo client's passages from the manifest's files, with their kinds."""
    manifest = json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))
    entry = next(c for c in manifest["clients"] if c["name"] == client)
    passages = []
    for source in entry["sources"]:
        imported = read_path(DEMO / source["path"], source["kind"])
        for p in imported.passages:
            passages.append(Passage(len(passages) + 1, p.text, p.language, p.kind, source["path"]))
    return passages


def load_demo_profile(client: str) -> VoiceProfile:
    """Build a demo client's profile from the manifest's files, with their kinds."""
    return build_profile(load_demo_passages(client))


def load_samples(client: str, language: str = "de") -> tuple[str, ...]:
    """Samples of a demo client's own words, as the check service cuts them."""
    return tuple(
        cut_samples([p.text for p in load_demo_passages(client) if p.language == language])
    )


@pytest.fixture(scope="module")
def johanna() -> VoiceProfile:
    return load_demo_profile("Johanna Kellermann")


@pytest.fixture(scope="module")
def morwenna() -> VoiceProfile:
    return load_demo_profile("Morwenna Pike")


def read_draft(name: str) -> str:
    """The draft's text as the service passes it: Markdown without markup."""
    return "\n\n".join(p.text for p in read_path(DRAFTS / name).passages)


@pytest.fixture(scope="module")
def anna() -> list[Person]:
    """The demo's writer as the one other person of the workspace."""
    profile = load_demo_profile("Anna Brandt")
    fingerprint = profile.languages["de"].fingerprint or Fingerprint(0)
    return [Person(KIND_WRITER, "Anna", fingerprint, load_samples("Anna Brandt"))]


def test_her_voice_scores_clearly_higher_than_the_stiff_version(
    johanna: VoiceProfile, anna: list[Person]
) -> None:
    draft = read_draft("startseite-in-ihrer-stimme.md")
    samples = load_samples("Johanna Kellermann")
    hers = check_draft(draft, johanna, name="Johanna", others=anna, her_samples=samples)
    stiff = check_draft(
        read_draft("startseite-steif.md"), johanna, name="Johanna", others=anna, her_samples=samples
    )
    assert hers.score is not None
    assert stiff.score is not None
    assert hers.score - stiff.score >= 40
    assert hers.band == BAND_FITS
    assert stiff.band == BAND_NOT
    assert hers.closest is not None
    assert hers.closest.kind == KIND_CLIENT


def test_with_no_one_to_compare_a_high_score_is_not_trusted(johanna: VoiceProfile) -> None:
    hers = check_draft(read_draft("startseite-in-ihrer-stimme.md"), johanna, name="Johanna")
    assert hers.band == BAND_UNSURE
    assert hers.score == 50
    assert "no_comparison" in [w.code for w in hers.warnings]
    assert hers.support["model_score"] > 65


def test_the_stiff_draft_gets_sie_as_the_first_deviation(johanna: VoiceProfile) -> None:
    stiff = check_draft(read_draft("startseite-steif.md"), johanna, name="Johanna")
    assert stiff.deviations[0].feature == "address_form"
    found = {d.feature for d in stiff.deviations}
    assert {"passive_sentences_share", "nominal_style_per_100_words"} <= found
    assert any(r.code == "passive" for n in stiff.sentence_notes for r in n.reasons)


def test_her_voice_has_few_deviations(johanna: VoiceProfile) -> None:
    hers = check_draft(read_draft("startseite-in-ihrer-stimme.md"), johanna, name="Johanna")
    assert "address_form" not in {d.feature for d in hers.deviations}
    assert len(hers.deviations) <= 2
    assert len(hers.sentence_notes) <= 2


def test_english_demo_drafts(morwenna: VoiceProfile) -> None:
    hers = check_draft(read_draft("about-in-her-voice.md"), morwenna, name="Morwenna", lang="en")
    stiff = check_draft(read_draft("about-stiff.md"), morwenna, name="Morwenna", lang="en")
    assert hers.language == stiff.language == "en"
    assert hers.score is not None
    assert stiff.score is not None
    assert hers.score > stiff.score


def test_what_drove_the_score_is_the_models_own_contributions(johanna: VoiceProfile) -> None:
    from treffsicher.core.verification import score_fingerprint

    text = read_draft("startseite-steif.md")
    result = check_draft(text, johanna, name="Johanna")
    fingerprint = johanna.languages["de"].fingerprint
    assert fingerprint is not None
    model = score_fingerprint(fingerprint, text, "de")
    # The verdict never shows 0 or 100; the model's own figure stays in the report.
    assert result.support["model_score"] == pytest.approx(model.probability * 100, abs=0.05)
    assert result.score == pytest.approx(max(model.probability * 100, 1.0))
    assert {c.name: c.contribution for c in result.components} == model.contributions
    assert [c.name for c in result.components] == sorted(
        model.contributions, key=lambda n: -abs(model.contributions[n])
    )


def test_web_draft_never_gets_a_greeting_deviation(johanna: VoiceProfile) -> None:
    text = "Sehr geehrte Damen und Herren,\n\n" + read_draft("startseite-in-ihrer-stimme.md")
    web = check_draft(text, johanna, "web", name="Johanna")
    email = check_draft(text, johanna, "email", name="Johanna")
    assert "greeting" not in {d.feature for d in web.deviations}
    assert "greeting" in {d.feature for d in email.deviations}
    assert {s.kind for s in email.suggestions} >= {"greeting", "signoff"}
    assert "greeting" not in {s.kind for s in web.suggestions}


def test_register_is_guessed(johanna: VoiceProfile) -> None:
    mail = "Hallo Anna,\n\nich schicke dir heute die Texte. Liebe Grüße\nJohanna"
    assert check_draft(mail, johanna).register == "email"
    assert check_draft("Kurse für dich. Melde dich bei mir.", johanna).register == "web"


def test_empty_draft_is_refused(johanna: VoiceProfile) -> None:
    with pytest.raises(InputError, match="Der Entwurf ist leer"):
        check_draft(" \n\t ", johanna)


def test_draft_in_a_language_she_lacks(johanna: VoiceProfile) -> None:
    with pytest.raises(
        LanguageMissingError, match="Für Englisch gibt es noch keine Textstellen von Johanna"
    ):
        check_draft(read_draft("about-stiff.md"), johanna, name="Johanna")


def test_three_words_get_no_score_but_what_can_be_said(johanna: VoiceProfile) -> None:
    result = check_draft("Melden Sie sich!", johanna, name="Johanna")
    assert result.score is None
    assert result.band == BAND_NONE
    assert [w.code for w in result.warnings][-1] == "too_short"
    assert result.deviations[0].feature == "address_form"


def test_too_little_text_of_hers_gives_a_warning_not_a_silent_number() -> None:
    passages = [Passage(1, "Hallo Anna, ich freu mich auf dich und deine Fragen. Bis bald!", "de")]
    result = check_draft(
        "Ich freu mich sehr auf dich und auf unser Treffen. " * 10, build_profile(passages)
    )
    assert result.score is None
    assert "profile_too_small" in [w.code for w in result.warnings]


def test_a_thin_profile_gets_a_score_with_a_warning() -> None:
    text = (
        "Hallo Anna, ich hab dir die Texte geschickt. Schau sie dir in Ruhe an und sag mir, "
        "was du denkst. Ich bin ehrlich gesagt ganz zufrieden damit. Liebe Grüße, Jo. "
    )
    passages = [Passage(i, text * 3, "de", "email") for i in range(1, 4)]
    result = check_draft(text * 2, build_profile(passages))
    assert result.score is not None
    assert "profile_thin" in [w.code for w in result.warnings]


def test_oversized_draft_has_a_clear_limit(johanna: VoiceProfile) -> None:
    with pytest.raises(InputError, match="zu lang"):
        check_draft("Ich freu mich. " * (MAX_DRAFT_CHARS // 15 + 1), johanna)


@pytest.mark.parametrize(
    ("score", "band"),
    [(None, BAND_NONE), (0.0, BAND_NOT), (39.4, BAND_NOT), (39.6, BAND_PARTLY),
     (40.0, BAND_PARTLY), (50.0, BAND_PARTLY), (64.4, BAND_PARTLY), (64.6, BAND_FITS),
     (65.0, BAND_FITS), (100.0, BAND_FITS)],
)  # fmt: skip
def test_bands(score: float | None, band: str) -> None:
    # Judged on the whole number the user sees: 64.6 shows as "65" and so "klingt nach ihr".
    assert band_of(score) == band


REPORT_KEYS = [
    "schema_version", "language", "register", "register_guessed", "basis", "register_note",
    "n_words", "n_sentences", "score", "band", "decided", "reference", "components",
    "support", "warnings", "deviations", "sentence_notes", "suggestions", "text",
    "comparisons", "closest", "closest_text", "drivers_text",
]  # fmt: skip
DEVIATION_KEYS = [
    "feature", "family", "label", "importance", "text", "draft_value", "her_typical",
    "her_low", "her_high", "draft_category", "her_category", "her_share_of_draft_category",
    "register_sensitive", "examples",
]  # fmt: skip


def test_json_schema_is_stable(johanna: VoiceProfile) -> None:
    result: CheckResult = check_draft(read_draft("startseite-steif.md"), johanna, name="J")
    data = json.loads(json.dumps(result.to_dict()))
    assert list(data) == REPORT_KEYS
    assert data["schema_version"] == 1
    assert list(data["deviations"][0]) == DEVIATION_KEYS
    assert list(data["sentence_notes"][0]) == ["start", "end", "text", "reasons"]
    assert list(data["sentence_notes"][0]["reasons"][0]) == ["code", "text"]
    assert list(data["components"][0]) == ["name", "label", "similarity", "contribution"]
    assert list(data["support"]) == [
        "n_words", "n_passages", "passages_by_kind", "reliability", "score_n_words",
        "model_score", "people_compared",
    ]  # fmt: skip
    note = data["sentence_notes"][0]
    assert data["text"][note["start"] : note["end"]] == note["text"]


def test_french_draft_names_the_language(johanna: VoiceProfile) -> None:
    text = "Bonjour Anna, je suis très contente de te voir demain avec les enfants."
    with pytest.raises(LanguageMissingError, match="Für Französisch gibt es noch keine"):
        check_draft(text, johanna, name="Johanna")
    with pytest.raises(LanguageMissingError, match="no passages by Johanna in French"):
        check_draft(text, johanna, name="Johanna", lang="en")


MAIL_DRAFT = (
    "Sehr geehrte Frau Albers,\n\n"
    "hiermit bestätigen wir Ihnen den Termin zur Geburtsvorbereitung am Dienstag. "
    "Bitte bringen Sie den Mutterpass und bequeme Kleidung mit. "
    "Bei Rückfragen stehen wir Ihnen jederzeit gerne zur Verfügung.\n\n"
    "Mit freundlichen Grüßen\nPraxisteam\n"
)


def round_trip(result: CheckResult) -> tuple[dict[str, object], dict[str, object]]:
    """The report as stored (through JSON) and the report of the result read back from it."""
    stored = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    return stored, CheckResult.from_dict(stored).to_dict()


@pytest.mark.parametrize("draft", ["startseite-steif.md", "startseite-in-ihrer-stimme.md"])
def test_from_dict_inverts_to_dict_for_the_demo_drafts(johanna: VoiceProfile, draft: str) -> None:
    stored, again = round_trip(check_draft(read_draft(draft), johanna, name="Johanna"))
    assert again == stored
    assert list(again) == list(stored)  # the key order too: the JSON is byte-identical


def test_from_dict_restores_every_nested_part(johanna: VoiceProfile) -> None:
    result = check_draft(read_draft("startseite-steif.md"), johanna, name="Johanna")
    back = CheckResult.from_dict(json.loads(json.dumps(result.to_dict())))
    # The stiff draft has all parts (counted in the demo: deviations with her examples,
    # noted sentences, signature-term suggestions with a quote, the model's components).
    assert back.deviations
    assert back.deviations[0].examples
    assert back.sentence_notes
    assert back.sentence_notes[0].reasons
    assert back.suggestions
    assert back.suggestions[0].examples
    assert back.components
    assert back.deviations[0].feature == result.deviations[0].feature == "address_form"
    assert back.deviations[0].examples == result.deviations[0].examples
    assert back.sentence_notes == result.sentence_notes
    assert back.suggestions == result.suggestions
    assert back.warnings == result.warnings
    assert back.text == result.text
    assert back.score == round(result.score or 0.0, 1)


def test_from_dict_inverts_an_email_with_greeting_and_signoff_suggestions(
    johanna: VoiceProfile,
) -> None:
    result = check_draft(MAIL_DRAFT, johanna, "email", name="Johanna")
    kinds = [s.kind for s in result.suggestions]
    assert "greeting" in kinds
    assert "signoff" in kinds
    stored, again = round_trip(result)
    assert again == stored


def test_from_dict_inverts_a_result_without_score(johanna: VoiceProfile) -> None:
    result = check_draft("Danke dir, bis morgen!", johanna, name="Johanna", lang="en")
    assert result.score is None
    assert result.warnings
    stored, again = round_trip(result)
    assert again == stored
    assert again["score"] is None
    assert again["components"] == []


def test_from_dict_refuses_another_schema_version(johanna: VoiceProfile) -> None:
    data = check_draft("Danke dir, bis morgen!", johanna, name="Johanna").to_dict()
    data["schema_version"] = 2
    with pytest.raises(ValueError, match="schema_version 2"):
        CheckResult.from_dict(data)
