"""The meeting advice in words: the reason with figures, the agenda as Markdown and HTML."""

from __future__ import annotations

import pytest

from treffsicher.core.meeting import CURRENCIES, MeetingParameters
from treffsicher.core.uncertainty import AssumptionInput, UncertaintyInputs, UncertaintyWeights
from treffsicher.reports.meeting import (
    describe_reason,
    format_money,
    meeting_as_dict,
    money,
    render_agenda_html,
    render_agenda_markdown,
    render_meeting_text,
)
from treffsicher.reports.meeting_svg import render_break_even_svg, worth_beyond_call
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
PARAMS = MeetingParameters(day_rate=800, hourly_rate=95, project_value=15_000)
NBSP = "\u00a0"  # between number and currency: a line never ends there


def story_report() -> MeetingReport:
    return run_model("Neue Kundin", Route(500.0), PARAMS, STORY, UncertaintyWeights())


def test_the_reason_names_option_travel_and_open_points_with_figures() -> None:
    reason = describe_reason(story_report(), "de")
    assert reason.startswith(
        f"Empfehlung: Treffen vor Ort. Die Reise kostet rund 890{NBSP}€ (500 km"
    )
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
        "Was sie selbst schreibt, widerspricht der Annahme zur Zielgruppe"
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


# Money in the chosen currency ------------------------------------------------------------

AMOUNTS = [
    # (value, language, currency, shown)
    (1_070.0, "de", "EUR", f"1.070{NBSP}€"),
    (1_070.0, "de", "CHF", f"1.070{NBSP}CHF"),
    (1_070.0, "de", "GBP", f"1.070{NBSP}£"),
    (1_070.0, "de", "USD", f"1.070{NBSP}$"),
    (1_070.0, "en", "EUR", "€1,070"),
    (1_070.0, "en", "CHF", f"CHF{NBSP}1,070"),
    (1_070.0, "en", "GBP", "£1,070"),
    (1_070.0, "en", "USD", "$1,070"),
    (1_234_567.4, "de", "EUR", f"1.234.567{NBSP}€"),
    (1_234_567.6, "en", "CHF", f"CHF{NBSP}1,234,568"),
    (999.5, "de", "GBP", f"1.000{NBSP}£"),
    (0.0, "de", "USD", f"0{NBSP}$"),
    (0.0, "en", "GBP", "£0"),
    (0.0, "en", "CHF", f"CHF{NBSP}0"),
    (-0.4, "de", "EUR", f"0{NBSP}€"),  # rounds to nothing: no minus
    (-0.4, "en", "USD", "$0"),
    (-520.0, "de", "CHF", f"-520{NBSP}CHF"),
    (-520.0, "en", "CHF", f"-CHF{NBSP}520"),
    (-2_310.0, "de", "EUR", f"-2.310{NBSP}€"),
    (-2_310.0, "en", "EUR", "-€2,310"),
    (-2_310.0, "en", "GBP", "-£2,310"),
    (-2_310.0, "de", "USD", f"-2.310{NBSP}$"),
    (-2_310.0, "en", "USD", "-$2,310"),
]


@pytest.mark.parametrize(("value", "lang", "currency", "shown"), AMOUNTS)
def test_format_money(value: float, lang: str, currency: str, shown: str) -> None:
    assert format_money(value, currency, lang) == shown


@pytest.mark.parametrize(
    ("lang", "currency", "shown"),
    [
        ("de", "EUR", f"0,30{NBSP}€"),
        ("en", "GBP", "£0.28"),
        ("en", "CHF", f"CHF{NBSP}0.70"),
        ("de", "USD", f"0,43{NBSP}$"),
    ],
)
def test_format_money_with_cents(lang: str, currency: str, shown: str) -> None:
    value = {"EUR": 0.3, "GBP": 0.28, "CHF": 0.7, "USD": 0.43}[currency]
    assert format_money(value, currency, lang, 2) == shown


def test_prose_rounds_to_tens() -> None:
    assert money(1_154.0, "CHF", "de") == f"1.150{NBSP}CHF"
    assert money(1_156.0, "GBP", "en") == "£1,160"
    assert money(-4.0, "USD", "en") == "$0"


def chf_report(params: MeetingParameters | None = None) -> MeetingReport:
    params = params or MeetingParameters.for_currency(
        "CHF", day_rate=1_200, hourly_rate=140, project_value=22_000
    )
    return run_model("Neue Kundin", Route(500.0), params, STORY, UncertaintyWeights())


def test_the_reason_and_the_text_in_francs_name_no_euro() -> None:
    report = chf_report()
    reason_de, reason_en = describe_reason(report, "de"), describe_reason(report, "en")
    assert f"{NBSP}CHF (500 km pro Strecke" in reason_de
    assert f"about CHF{NBSP}" in reason_en
    for text in (render_meeting_text(report, "de"), render_meeting_text(report, "en")):
        assert "€" not in text
        assert "EUR" not in text
    table = render_meeting_text(report, "de").splitlines()
    head = next(line for line in table if line.startswith("Möglichkeit"))
    assert head.split() == ["Möglichkeit", "Kosten", "erspart", "netto", "Stunden"]
    phone = next(line for line in table if line.startswith("Telefonat"))
    cost = format_money(round(report.advice.option("phone").cost, -1), "CHF", "de")
    assert cost in phone


def test_the_json_names_its_currency_and_schema() -> None:
    data = meeting_as_dict(chf_report(), "en")
    assert data["schema_version"] == 2
    assert data["currency"] == "CHF"
    assert data["assumptions_used"]["currency"] == "CHF"
    assert data["assumptions_used"]["day_rate"] == 1_200
    assert data["assumptions_used"]["car_cost_per_km"] == 0.70  # the Swiss default
    assert data["travel"]["cost"] == 700.0  # 1,000 km × 0.70 CHF, not converted
    assert "cost" in data["options"][0]
    assert not [key for key in data["options"][0] if key.endswith("_eur")]


@pytest.mark.parametrize("currency", CURRENCIES)
def test_the_picture_labels_amounts_in_the_currency(currency: str) -> None:
    report = chf_report(MeetingParameters.for_currency(currency))
    for lang in ("de", "en"):
        svg = str(render_break_even_svg(report, lang))
        zero = format_money(0.0, currency, lang)
        assert f">{zero}</text>" in svg
        if currency != "EUR":
            assert "€" not in svg
        desc = svg.split("<desc", 1)[1].split("</desc>", 1)[0]
        assert money(worth_beyond_call(report), currency, lang) in desc
