"""Client → Treffen: the meeting advice with its options, break-even picture and agenda.

The form is a GET form (it changes nothing), so a result can be bookmarked and printed. Bad
input (an unknown or ambiguous town, an implausible rate) is shown above the form, with the
values kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, Response

from treffsicher.errors import InputError
from treffsicher.i18n import format_number, t
from treffsicher.reports.meeting import (
    count_unreviewed,
    describe_break_even,
    describe_distance,
    describe_driver,
    describe_item,
    describe_reason,
    describe_uncertainty,
    format_money,
    render_agenda_html,
    render_agenda_markdown,
)
from treffsicher.reports.meeting_svg import render_break_even_svg
from treffsicher.services.clients import get_client
from treffsicher.services.meeting import (
    CURRENCIES,
    MeetingParameters,
    MeetingReport,
    Situation,
    advise_client,
    build_agenda_report,
    parse_currency,
    resolve_route,
    with_overrides,
)
from treffsicher.web.forms import engine_of
from treffsicher.web.render import render, request_language
from treffsicher.web.security import as_document

router = APIRouter()

NUMBER_FIELDS = ("day_rate", "hourly_rate", "project_value", "rework_factor")
CURRENCY_FIELD = "currency"  # empty (a bookmark from before the choice): EUR
CHOICE_FIELDS = {"mode": ("car", "train"), "travel_paid_by": ("client", "writer", "shared")}
FLAGS = ("second_person", "returning", "met_before")
THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


@dataclass(frozen=True)
class MeetingForm:
    """The form's values as typed (strings), for showing them again."""

    values: dict[str, str]

    @property
    def submitted(self) -> bool:
        return bool(self.values.get("from") or self.values.get("to") or self.values.get("km"))

    def flag(self, name: str) -> bool:
        return self.values.get(name) == "on"


def read_meeting_form(request: Request) -> MeetingForm:
    """The query parameters the form sends, stripped."""
    names = ("from", "to", "km", CURRENCY_FIELD, *NUMBER_FIELDS, *CHOICE_FIELDS, *FLAGS)
    return MeetingForm({n: request.query_params.get(n, "").strip() for n in names})


def parse_number(name: str, raw: str, lang: str) -> float | None:
    """A number typed with a comma or a point; None when empty; InputError otherwise."""
    if not raw:
        return None
    if "," in raw or THOUSANDS.match(raw):  # German: 1.500,50 or 1.500
        raw = raw.replace(".", "").replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        raise InputError(t("meeting.param_number", lang, name=name, value=raw)) from None


def read_currency(form: MeetingForm, lang: str) -> str:
    """The form's currency (InputError naming the allowed ones for an unknown one)."""
    return parse_currency(form.values[CURRENCY_FIELD], lang)


def build_parameters(form: MeetingForm, lang: str) -> MeetingParameters:
    """MeetingParameters from the form; empty fields keep their currency's defaults."""
    currency = read_currency(form, lang)
    overrides: dict[str, Any] = {
        name: parse_number(name, form.values[name], lang) for name in NUMBER_FIELDS
    }
    for name, allowed in CHOICE_FIELDS.items():
        value = form.values[name]
        overrides[name] = value if value in allowed else None
    return with_overrides(MeetingParameters.for_currency(currency), overrides)


def build_situation(form: MeetingForm) -> Situation:
    """The relation facts ticked in the form."""
    return Situation(
        form.flag("second_person"), not form.flag("returning"), form.flag("met_before")
    )


def describe_report(report: MeetingReport, lang: str) -> dict[str, Any]:
    """Everything the template shows, as text and numbers."""
    advice = report.advice
    currency = advice.parameters.currency
    return {
        "recommendation": advice.recommendation,
        "currency": currency,
        "reason": describe_reason(report, lang),
        "distance": describe_distance(report, lang),
        "break_even": describe_break_even(report, lang),
        "uncertainty": describe_uncertainty(report, lang),
        "options": [
            {
                "kind": o.kind,
                "name": t(f"meeting.option.{o.kind}", lang),
                "cost": format_money(o.cost, currency, lang),
                "avoided": format_money(o.rework_avoided, currency, lang),
                "net": format_money(o.net, currency, lang),
                "hours": format_number(o.hours, lang, 1),
                "client_pays": format_money(o.client_pays, currency, lang),
            }
            for o in advice.options
        ],
        "drivers": [
            {"text": describe_driver(d, lang), "weight": format_number(d.weight, lang, 2)}
            for d in advice.uncertainty.drivers
        ],
        "svg": render_break_even_svg(report, lang),
        "parameters": [(k, v) for k, v in advice.parameters.to_dict().items()],
    }


def describe_agenda(report: MeetingReport, lang: str) -> list[dict[str, Any]]:
    """The agenda items as text, minutes and quotes."""
    return [
        {
            "text": describe_item(i, lang),
            "minutes": t("agenda.minutes", lang, minutes=i.minutes),
            "evidence": i.evidence,
            "contradictions": i.contradictions,
        }
        for i in report.agenda
    ]


@router.get("/clients/{client_id}/meeting", response_class=HTMLResponse)
def meeting_page(request: Request, client_id: int) -> HTMLResponse:
    """The form with its defaults; with a place or distance, the advice and the picture."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    form = read_meeting_form(request)
    situation = build_situation(form)
    error, result, report = "", None, None
    try:
        currency = read_currency(form, lang)
    except InputError as exc:  # a hand-made address: said above the form, euros meanwhile
        currency, error = MeetingParameters().currency, str(exc)
    if form.submitted and not error:
        try:
            params = build_parameters(form, lang)
            km = parse_number("km", form.values["km"], lang)
            origin, destination = form.values["from"] or None, form.values["to"] or None
            route = resolve_route(origin, destination, km, params, lang)
            report = advise_client(engine, client.name, route, params, situation, lang)
            result = describe_report(report, lang)
        except InputError as exc:
            error = str(exc)
    if report is None:  # no route yet, or a bad one: the agenda needs none
        report = build_agenda_report(engine, client.name, situation, lang)
    context = {
        "client": client,
        "tab": "meeting",
        "form": form,
        "currency": currency,
        "currencies": CURRENCIES,
        "defaults": MeetingParameters.for_currency(currency),
        "error": error,
        "result": result,
        "agenda": describe_agenda(report, lang),
        "agenda_total": t("agenda.total", lang, minutes=sum(i.minutes for i in report.agenda))
        if report.agenda
        else t("agenda.empty", lang),
        "unreviewed": count_unreviewed(report),
    }
    return render(request, "meeting.html", context, status_code=400 if error else 200)


def agenda_report(request: Request, client_id: int) -> tuple[MeetingReport, str]:
    """The agenda's report for the client, with the relation ticked in the query, and lang."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    situation = build_situation(read_meeting_form(request))
    return build_agenda_report(engine, client.name, situation, lang), lang


@router.get("/clients/{client_id}/meeting/agenda.md")
def agenda_markdown(request: Request, client_id: int) -> Response:
    """The agenda as a Markdown file."""
    report, lang = agenda_report(request, client_id)
    return Response(
        render_agenda_markdown(report, lang),
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="agenda-{client_id}.md"'},
    )


@router.get("/clients/{client_id}/meeting/agenda.html", response_class=HTMLResponse)
def agenda_html(request: Request, client_id: int) -> HTMLResponse:
    """The agenda as a printable HTML page."""
    report, lang = agenda_report(request, client_id)
    return as_document(HTMLResponse(render_agenda_html(report, lang)))
