"""The meeting advice in words: the reason with figures, the agenda as Markdown and HTML."""

from __future__ import annotations

from treffsicher.core.meeting import MeetingParameters
from treffsicher.core.uncertainty import AssumptionInput, UncertaintyInputs, UncertaintyWeights
from treffsicher.reports.meeting import (
    describe_reason,
    meeting_as_dict,
    render_agenda_html,
    render_agenda_markdown,
)
from treffsicher.reports.meeting_svg import render_break_even_svg
from treffsicher.services.meeting import MeetingReport, Route, run_model

STORY = UncertaintyInputs(
    assumptions=(
        AssumptionInput("1", "Werdende Eltern aus der Region", "audience", "open"),
        AssumptionInput("2", "Erstgebärende zuerst", "audience", "open"),
        AssumptionInput(
            "3",
            "Väter <b>mit</b> ansprechen",
            "audience",
            "open",
            evidence=("Die Papas fragen immer mehr nach.",),
            contradictions=("Meine Kurse sind <script>nur für Frauen</script>.",),
        ),
        AssumptionInput("4", "Sie duzt ihre Leserinnen", "tone", "open"),
        AssumptionInput("5", "Locker, nicht flapsig", "tone", "open"),
    ),
    profile_reliability="thin",
    profile_words=1_400,
)
PARAMS = MeetingParameters(day_rate_eur=800, hourly_rate_eur=95, project_value_eur=15_000)


def story_report() -> MeetingReport:
    return run_model("Neue Kundin", Route(500.0), PARAMS, STORY, UncertaintyWeights())


def test_the_reason_names_option_travel_and_open_points_with_figures() -> None:
    reason = describe_reason(story_report(), "de")
    assert reason.startswith("Empfehlung: Treffen vor Ort. Die Reise kostet rund 890 € (500 km")
    assert "Offen sind noch 3 Annahmen zur Zielgruppe und 2 Annahmen zum Ton;" in reason
    assert reason.endswith("Das Stimmprofil beruht erst auf 1.400 Wörtern von ihr.")


def test_the_reason_in_english() -> None:
    reason = describe_reason(story_report(), "en")
    assert reason.startswith("Recommended: meeting in person. The journey costs about €890")
    assert "3 assumptions about the audience and 2 assumptions about the tone" in reason


def test_json_lists_every_driver_with_text_and_weight() -> None:
    data = meeting_as_dict(story_report(), "de")
    assert data["recommendation"] == "in_person"
    kinds = [d["kind"] for d in data["uncertainty"]["drivers"]]
    assert kinds.count("assumption_open") == 4
    assert kinds[0] == "assumption_contradicted"
    assert data["uncertainty"]["drivers"][0]["text"].startswith(
        "Ihre Worte widersprechen der Annahme zur Zielgruppe"
    )
    assert [a["minutes"] for a in data["agenda"]] == [15, 10, 10, 5, 5]


def test_markdown_agenda_quotes_her_words() -> None:
    markdown = render_agenda_markdown(story_report(), "de")
    lines = markdown.splitlines()
    assert lines[0] == "# Tagesordnung für Neue Kundin"
    assert lines[2].startswith("1. Klären, was gilt – Annahme zur Zielgruppe:")
    assert "   - Dafür spricht: „Die Papas fragen immer mehr nach.“" in lines
    assert "Zusammen 45 Minuten." in lines


def test_html_agenda_escapes_everything() -> None:
    html = render_agenda_html(story_report(), "de")
    assert "<script>" not in html
    assert "&lt;script&gt;nur für Frauen&lt;/script&gt;" in html
    assert "&lt;b&gt;mit&lt;/b&gt;" in html


def test_svg_is_self_contained_with_title_and_description() -> None:
    svg = str(render_break_even_svg(story_report(), "de"))
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert "<title" in svg
    assert "<desc" in svg
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert 'class="crossing"' in svg  # meeting stops paying at about 590 km, on the axis


def test_proposals_not_yet_reviewed_are_named_below_the_agenda() -> None:
    proposals = (
        AssumptionInput("6", "Sie möchte „Fellnase“ nicht lesen.", "nogo", "proposed"),
        AssumptionInput("7", "Sie schreibt in der Ich-Form.", "tone", "proposed"),
    )
    inputs = UncertaintyInputs(assumptions=proposals, profile_words=300)
    report = run_model("Birgit Lohmann", Route(0.0), PARAMS, inputs, UncertaintyWeights())
    markdown = render_agenda_markdown(report, "de")
    assert "Nichts Offenes" in markdown  # proposals are no open points yet …
    assert (  # … but the writer learns they wait, with a command that pastes into a shell
        "Noch ungeprüft: 2 Vorschläge aus ihren Worten. Angenommen kommen sie auf die "
        "Tagesordnung: treffsicher assumptions 'Birgit Lohmann'" in markdown
    )
    assert "Not reviewed yet: 2 proposals" in render_agenda_markdown(report, "en")
    assert "Noch ungeprüft" in render_agenda_html(report, "de")
    assert "ungeprüft" not in render_agenda_markdown(story_report(), "de")
