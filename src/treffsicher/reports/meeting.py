"""The meeting advice in words: drivers, reason, agenda items; as JSON-ready data, plain text,
Markdown and a self-contained printable HTML page."""

from __future__ import annotations

import shlex
from collections import Counter
from typing import Any

from markupsafe import escape

from treffsicher.core.agenda import AgendaItem, total_minutes
from treffsicher.core.meeting import CURRENCY_SYMBOLS, IN_PERSON_KINDS, OPTION_KINDS
from treffsicher.core.uncertainty import ASSUMPTION_CATEGORIES, Driver
from treffsicher.i18n import format_number, join_words, pick_language, t
from treffsicher.services.meeting import MeetingReport
from treffsicher.services.profiling import quote_text

SHARES_SHOWN = 3
SCHEMA_VERSION = 2  # of meeting_as_dict: 2 has the currency and amounts without "_eur"
NEAR_TRAVEL = 5.0  # below this the journey is not worth mentioning in figures


def format_money(value: float, currency: str, lang: str, digits: int = 0) -> str:
    """An amount with its currency, placed as the language does: „1.070 €“, „-1.070 CHF“;
    "€1,070", "CHF 1,070", "-£1,070" (meeting.money.<currency>). The one way an amount is
    shown: in prose, tables and the picture. Never converted."""
    rounded = round(value, digits)
    sign = "-" if rounded < 0 else ""  # -0.0 is no negative amount
    amount = format_number(abs(rounded), lang, digits)
    symbol = CURRENCY_SYMBOLS[currency]
    return t(f"meeting.money.{currency}", lang, sign=sign, amount=amount, symbol=symbol)


def money(value: float, currency: str, lang: str) -> str:
    """An amount rounded to tens for prose: „1.150 €“, "CHF 1,150"."""
    return format_money(round(value, -1), currency, lang)


def percent(value: float) -> int:
    """A 0–1 value as whole percent."""
    return round(100 * value)


def category_phrase(category: str, lang: str) -> str:
    """„zur Zielgruppe“ / „about the audience“."""
    name = category if category in ASSUMPTION_CATEGORIES else "other"
    return t(f"meeting.cat.{name}", lang)


def describe_shares(shares: Any, lang: str) -> str:
    """„du 55 %, sie 45 %“."""
    return ", ".join(f"{k} {percent(v)} %" for k, v in list(shares)[:SHARES_SHOWN])


def describe_driver(driver: Driver, lang: str) -> str:
    """One driver of the uncertainty as a sentence."""
    params = driver.params
    if driver.kind.startswith("assumption_"):
        category = category_phrase(params["category"], lang)
        return t(f"meeting.driver.{driver.kind}", lang, category=category, text=params["text"])
    if driver.kind == "profile":
        return t(
            f"meeting.driver.profile.{driver.code}",
            lang,
            words=format_number(params.get("words", 0), lang),
        )
    if driver.kind == "voice":
        key = f"meeting.driver.voice.{driver.code}.{params['state']}"
        return (
            t(key, lang, shares=describe_shares(params["shares"], lang))
            if params["shares"]
            else t(key, lang, shares="")
        )
    if driver.kind == "draft":
        score = params.get("score")
        shown = "–" if score is None else str(round(score))
        return t(f"meeting.driver.draft.{driver.code}", lang, draft=params["draft"], score=shown)
    if driver.kind == "checkback":
        return t("meeting.driver.checkback.unanswered", lang, count=str(params["count"]))
    if driver.kind == "unknown":
        return t("meeting.driver.unknown.no_data", lang, percent=percent(driver.weight))
    return t(f"meeting.driver.{driver.kind}.{driver.code}", lang)


def describe_item(item: AgendaItem, lang: str) -> str:
    """One agenda item as a line."""
    if item.kind in ("assumption", "contradiction"):
        category = category_phrase(item.params["category"], lang)
        return t(f"agenda.{item.kind}", lang, category=category, text=item.params["text"])
    if item.kind == "voice":
        return t(f"agenda.voice.{item.code}", lang)
    verdict = t(f"agenda.verdict.{item.code}", lang)
    return t("agenda.draft", lang, draft=item.params["draft"], verdict=verdict)


def describe_open(report: MeetingReport, lang: str) -> str:
    """„Offen sind noch 3 Annahmen zur Zielgruppe und 2 Annahmen zum Ton; …“."""
    uncertainty = report.advice.uncertainty
    if not uncertainty.known:
        return t("meeting.reason.unknown", lang, percent=percent(uncertainty.value))
    counts = Counter(a.category for a in report.inputs.assumptions if a.is_open)
    order = {c: i for i, c in enumerate(ASSUMPTION_CATEGORIES)}
    parts = [
        t("meeting.count_assumptions", lang, count=n, category=category_phrase(c, lang))
        for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))
    ]
    key = "meeting.reason.open" if parts else "meeting.reason.none_open"
    if not report.inputs.assumptions:
        key = "meeting.reason.log_empty"
    text = t(key, lang, parts=join_words(parts, lang), percent=percent(uncertainty.value))
    if report.inputs.profile_reliability in ("thin", "too_little"):
        words = format_number(report.inputs.profile_words, lang)
        text += t("meeting.reason.profile", lang, words=words)
    return text


def describe_reason(report: MeetingReport, lang: str) -> str:
    """Two or three plain sentences with the figures behind the recommendation."""
    advice = report.advice
    currency = advice.parameters.currency
    travel = advice.option("in_person")
    mode = t(f"meeting.mode.{advice.travel.mode}", lang)
    distance = format_number(advice.travel.distance_km, lang)
    journey = money(travel.travel_cost + travel.travel_time_cost, currency, lang)
    if advice.meets:
        chosen = advice.option(advice.recommendation)
        remote = max(
            (o for o in advice.options if o.kind not in IN_PERSON_KINDS), key=lambda o: o.net
        )
        near = travel.travel_cost + travel.travel_time_cost < NEAR_TRAVEL
        first = t(
            "meeting.reason.meet_near" if near else "meeting.reason.meet",
            lang,
            option=t(f"meeting.option.{chosen.kind}", lang),
            travel=journey,
            distance=distance,
            mode=mode,
            avoided=money(chosen.rework_avoided, currency, lang),
            gain=money(chosen.net - remote.net, currency, lang),
            alternative=t(f"meeting.option.{remote.kind}", lang),
        )
    else:
        chosen = advice.option(advice.recommendation)
        extra = max(0.0, travel.rework_avoided - chosen.rework_avoided)
        first = t(
            "meeting.reason.remote",
            lang,
            option=t(f"meeting.option.{chosen.kind}", lang),
            meet_cost=money(travel.cost, currency, lang),
            travel=journey,
            distance=distance,
            mode=mode,
            extra=money(extra, currency, lang),
        )
    return f"{first} {describe_open(report, lang)}"


def describe_break_even(report: MeetingReport, lang: str) -> str:
    """Up to which distance meeting pays."""
    km = report.break_even_km
    if km is None:
        return t("meeting.break_even_never", lang)
    if km >= 3_000:
        return t("meeting.break_even_always", lang, km=format_number(km, lang))
    return t("meeting.break_even", lang, km=format_number(km, lang))


def describe_distance(report: MeetingReport, lang: str) -> str:
    """Where the distance came from."""
    route = report.route
    km = format_number(route.distance_km, lang)
    if route.origin is None or route.great_circle_km is None:
        return t("meeting.distance_given", lang, km=km)
    return t(
        "meeting.distance_places",
        lang,
        km=km,
        origin=route.origin,
        destination=route.destination,
        great_circle=format_number(route.great_circle_km, lang),
        factor=format_number(report.advice.parameters.detour_factor, lang, 2),
    )


def meeting_as_dict(report: MeetingReport, lang: str) -> dict[str, Any]:
    """The advice as JSON-ready data (the CLI's --json), schema_version 2: amounts in
    `currency`, keys without "_eur" (docs/decisions/0023-meeting-currency.md)."""
    advice, lang = report.advice, pick_language(lang)
    return {
        "schema_version": SCHEMA_VERSION,
        "currency": advice.parameters.currency,
        "client": report.client,
        "recommendation": advice.recommendation,
        "reason": describe_reason(report, lang),
        "options": [o.to_dict() for o in advice.options],
        "distance_km": round(report.route.distance_km, 1),
        "route": {
            "origin": report.route.origin,
            "destination": report.route.destination,
            "great_circle_km": None
            if report.route.great_circle_km is None
            else round(report.route.great_circle_km, 1),
        },
        "travel": {
            "mode": advice.travel.mode,
            "hours": round(advice.travel.hours, 2),
            "cost": round(advice.travel.cost, 2),
        },
        "break_even_km": report.break_even_km,
        "uncertainty": {
            "value": round(advice.uncertainty.value, 4),
            "known": advice.uncertainty.known,
            "drivers": [
                {
                    "kind": d.kind,
                    "code": d.code,
                    "text": describe_driver(d, lang),
                    "weight": round(d.weight, 4),
                }
                for d in advice.uncertainty.drivers
            ],
        },
        "agenda": agenda_as_list(report.agenda, lang),
        "assumptions_used": {
            **advice.parameters.to_dict(),
            "uncertainty_weights": report.weights.to_dict(),
        },
    }


def agenda_as_list(items: tuple[AgendaItem, ...], lang: str) -> list[dict[str, Any]]:
    """Agenda items as JSON-ready data."""
    return [
        {
            "kind": i.kind,
            "code": i.code,
            "text": describe_item(i, lang),
            "minutes": i.minutes,
            "ref": i.ref,
            "evidence": list(i.evidence),
            "contradictions": list(i.contradictions),
        }
        for i in items
    ]


def render_meeting_text(report: MeetingReport, lang: str) -> str:
    """The advice as plain text for the terminal."""
    advice = report.advice
    currency = advice.parameters.currency
    lines = [t("meeting.title", lang, name=report.client), "", describe_reason(report, lang), ""]
    lines.append(describe_distance(report, lang))
    hours = format_number(advice.travel.hours, lang, 1)
    mode = t(f"meeting.mode.{advice.travel.mode}", lang)
    lines.append(
        t(
            "meeting.travel",
            lang,
            mode=mode,
            hours=hours,
            cost=money(advice.travel.cost, currency, lang),
            time_cost=money(advice.option("in_person").travel_time_cost, currency, lang),
            share=percent(advice.parameters.travel_time_billed_share),
        )
    )
    lines.append(describe_break_even(report, lang))
    lines.append("")
    header = [t(f"meeting.col_{c}", lang) for c in ("option", "cost", "avoided", "net", "hours")]
    lines.append(f"{header[0]:<26}{header[1]:>14}{header[2]:>15}{header[3]:>14}{header[4]:>9}")
    for option in advice.options:
        mark = " *" if option.kind == advice.recommendation else ""
        name = t(f"meeting.option.{option.kind}", lang) + mark
        lines.append(
            f"{name:<26}{money(option.cost, currency, lang):>14}"
            f"{money(option.rework_avoided, currency, lang):>15}"
            f"{money(option.net, currency, lang):>14}{format_number(option.hours, lang, 1):>9}"
        )
    lines.append(f"* {t('meeting.recommended', lang)}")
    lines += ["", describe_uncertainty(report, lang), t("meeting.drivers", lang) + ":"]
    for driver in advice.uncertainty.drivers:
        lines.append(
            f"  {format_number(driver.weight, lang, 2):>5}  {describe_driver(driver, lang)}"
        )
    lines += ["", render_agenda_markdown(report, lang)]
    return "\n".join(lines)


def describe_uncertainty(report: MeetingReport, lang: str) -> str:
    """„Unsicherheit: 62 %“, or that it is unknown."""
    uncertainty = report.advice.uncertainty
    key = "meeting.uncertainty" if uncertainty.known else "meeting.uncertainty_unknown"
    return t(key, lang, percent=percent(uncertainty.value))


def render_agenda_markdown(report: MeetingReport, lang: str) -> str:
    """The agenda as Markdown: numbered items with minutes and her words for and against."""
    lines = [f"# {t('agenda.title', lang, name=report.client)}", ""]
    unreviewed = describe_unreviewed(report, lang)
    if not report.agenda:
        return "\n".join([*lines, t("agenda.empty", lang), *unreviewed, ""])
    for number, item in enumerate(report.agenda, start=1):
        minutes = t("agenda.minutes", lang, minutes=item.minutes)
        lines.append(f"{number}. {describe_item(item, lang)} ({minutes})")
        for label, quotes in (
            ("agenda.evidence", item.evidence),
            ("agenda.against", item.contradictions),
        ):
            for quote in quotes:
                lines.append(f"   - {t(label, lang)}: {quote_text(quote, lang)}")
    lines += ["", t("agenda.total", lang, minutes=total_minutes(report.agenda)), *unreviewed, ""]
    return "\n".join(lines)


def count_unreviewed(report: MeetingReport) -> int:
    """Proposals from her words the writer has not accepted or rejected yet."""
    return sum(1 for item in report.inputs.assumptions if item.status == "proposed")


def describe_unreviewed(report: MeetingReport, lang: str) -> list[str]:
    """A line on the proposals still to review (they join the agenda once accepted), or none."""
    count = count_unreviewed(report)
    if not count:
        return []
    command = shlex.join(["treffsicher", "assumptions", report.client])  # pastes into a shell
    return ["", t("agenda.unreviewed", lang, count=count, command=command)]


def render_agenda_html(report: MeetingReport, lang: str) -> str:
    """The agenda as a complete, printable HTML page (inline CSS, no scripts, all escaped)."""
    lang = pick_language(lang)
    title = escape(t("agenda.title", lang, name=report.client))
    items = []
    for item in report.agenda:
        minutes = escape(t("agenda.minutes", lang, minutes=item.minutes))
        quotes = "".join(
            f"<li><strong>{escape(t(label, lang))}:</strong> <q>{escape(quote)}</q></li>"
            for label, values in (
                ("agenda.evidence", item.evidence),
                ("agenda.against", item.contradictions),
            )
            for quote in values
        )
        extra = f"<ul>{quotes}</ul>" if quotes else ""
        items.append(
            f"<li>{escape(describe_item(item, lang))} <small>({minutes})</small>{extra}</li>"
        )
    body = f"<ol>{''.join(items)}</ol>" if items else f"<p>{escape(t('agenda.empty', lang))}</p>"
    body += "".join(f"<p>{escape(line)}</p>" for line in describe_unreviewed(report, lang) if line)
    total = escape(t("agenda.total", lang, minutes=total_minutes(report.agenda)))
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>body{{font-family:sans-serif;max-width:42rem;"
        f"margin:2rem auto;line-height:1.5}}li{{margin:.4rem 0}}q{{font-style:italic}}"
        f"@media print{{body{{margin:0}}}}</style></head>"
        f"<body><h1>{title}</h1>{body}<p>{total}</p></body></html>\n"
    )


def list_option_names(lang: str) -> dict[str, str]:
    """Option kinds with their names in `lang`."""
    return {k: t(f"meeting.option.{k}", lang) for k in OPTION_KINDS}
