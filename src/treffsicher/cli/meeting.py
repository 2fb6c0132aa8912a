"""CLI commands of the meeting advice: meeting (is meeting in person worth it?) and agenda."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from treffsicher.cli.base import (
    ClientArgument,
    LangOption,
    app,
    emit_text,
    get_settings,
    h,
    open_engine,
)

if TYPE_CHECKING:
    from treffsicher.services.meeting import Situation

Mode = Literal["car", "train"]
Payer = Literal["client", "writer", "shared"]
AgendaFormat = Literal["md", "html", "json"]
# The money defaults per currency for the help: the figures of core.meeting's
# CURRENCY_DEFAULTS (a test compares them), written out because the help is built when the
# module loads and the model loads only when a command runs (decision 0019, CLI start-up).
DAY_RATE_DEFAULTS = "800 EUR, 1200 CHF, 450 GBP, 900 USD"
HOURLY_RATE_DEFAULTS = "95 EUR, 140 CHF, 55 GBP, 110 USD"
PROJECT_VALUE_DEFAULTS = "12000 EUR, 18000 CHF, 9000 GBP, 15000 USD"

SecondPersonOption = Annotated[bool, typer.Option("--second-person", help=h("opt.second_person"))]
ReturningOption = Annotated[
    bool,
    typer.Option("--returning-client", help=h("opt.returning_client")),
]
MetOption = Annotated[bool, typer.Option("--met-before", help=h("opt.met_before"))]
UnansweredOption = Annotated[
    int | None,
    typer.Option("--unanswered", min=0, help=h("opt.unanswered")),
]


def make_situation(
    second_person: bool, returning: bool, met_before: bool, unanswered: int | None
) -> Situation:
    """The relation facts given on the command line."""
    from treffsicher.services.meeting import Situation

    return Situation(second_person, not returning, met_before, unanswered)


@app.command("meeting", help=h("meeting"))
def meeting_command(
    ctx: typer.Context,
    client: ClientArgument,
    origin: Annotated[
        str | None,
        typer.Option("--from", help=h("opt.from")),
    ] = None,
    destination: Annotated[str | None, typer.Option("--to", help=h("opt.to"))] = None,
    distance_km: Annotated[
        float | None,
        typer.Option("--distance-km", help=h("opt.distance_km")),
    ] = None,
    currency: Annotated[str | None, typer.Option("--currency", help=h("opt.currency"))] = None,
    day_rate: Annotated[
        float | None,
        typer.Option("--day-rate", help=h("opt.meeting_day_rate", defaults=DAY_RATE_DEFAULTS)),
    ] = None,
    hourly_rate: Annotated[
        float | None,
        typer.Option(
            "--hourly-rate", help=h("opt.meeting_hourly_rate", defaults=HOURLY_RATE_DEFAULTS)
        ),
    ] = None,
    project_value: Annotated[
        float | None,
        typer.Option(
            "--project-value",
            help=h("opt.meeting_project_value", defaults=PROJECT_VALUE_DEFAULTS),
        ),
    ] = None,
    mode: Annotated[Mode | None, typer.Option("--mode", help=h("opt.mode"))] = None,
    travel_paid_by: Annotated[
        Payer | None,
        typer.Option("--travel-paid-by", help=h("opt.travel_paid_by")),
    ] = None,
    rework_factor: Annotated[
        float | None,
        typer.Option("--rework-factor", help=h("opt.rework_factor")),
    ] = None,
    detour_factor: Annotated[
        float | None,
        typer.Option("--detour-factor", help=h("opt.detour_factor")),
    ] = None,
    set_values: Annotated[
        list[str] | None,
        typer.Option("--set", help=h("opt.set")),
    ] = None,
    second_person: SecondPersonOption = False,
    returning: ReturningOption = False,
    met_before: MetOption = False,
    unanswered: UnansweredOption = None,
    as_json: Annotated[bool, typer.Option("--json", help=h("opt.meeting_json"))] = False,
    lang: LangOption = None,
) -> None:
    """Is meeting in person worth it? Cost of call, video, meeting and workshop vs. rework."""
    from treffsicher.reports.meeting import meeting_as_dict, render_meeting_text
    from treffsicher.services.meeting import advise_client, build_parameters, resolve_route

    settings = get_settings(ctx, lang)
    lang_ = settings.lang
    options = {
        "day_rate": day_rate,
        "hourly_rate": hourly_rate,
        "project_value": project_value,
        "mode": mode,
        "travel_paid_by": travel_paid_by,
        "rework_factor": rework_factor,
        "detour_factor": detour_factor,
    }
    params = build_parameters(currency, options, set_values or [], lang_)
    route = resolve_route(origin, destination, distance_km, params, lang_)
    situation = make_situation(second_person, returning, met_before, unanswered)
    report = advise_client(open_engine(settings), client, route, params, situation, lang_)
    if as_json:
        typer.echo(json.dumps(meeting_as_dict(report, lang_), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_meeting_text(report, lang_))


@app.command("agenda", help=h("agenda"))
def agenda_command(
    ctx: typer.Context,
    client: ClientArgument,
    output_format: Annotated[
        AgendaFormat, typer.Option("--format", help=h("opt.agenda_format"))
    ] = "md",
    out: Annotated[Path | None, typer.Option("--out", help=h("opt.out_agenda"))] = None,
    second_person: SecondPersonOption = False,
    returning: ReturningOption = False,
    met_before: MetOption = False,
    unanswered: UnansweredOption = None,
    lang: LangOption = None,
) -> None:
    """The agenda for a meeting or call: what is still open, most valuable first, in minutes."""
    from treffsicher.reports.meeting import (
        agenda_as_list,
        render_agenda_html,
        render_agenda_markdown,
    )
    from treffsicher.services.meeting import build_agenda_report

    settings = get_settings(ctx, lang)
    lang_ = settings.lang
    situation = make_situation(second_person, returning, met_before, unanswered)
    report = build_agenda_report(open_engine(settings), client, situation, lang_)
    if output_format == "html":
        text = render_agenda_html(report, lang_)
    elif output_format == "json":
        text = json.dumps(agenda_as_list(report.agenda, lang_), ensure_ascii=False, indent=2)
    else:
        text = render_agenda_markdown(report, lang_)
    emit_text(text, out, lang_, "agenda.out_failed", "agenda.written")
