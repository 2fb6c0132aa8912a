"""The briefing record: assumptions, evidence and her answers with times, as Markdown or HTML."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from sqlalchemy import Engine

from treffsicher.errors import InputError
from treffsicher.i18n import quote as quote_text
from treffsicher.i18n import t
from treffsicher.services.checkback import Round, list_rounds
from treffsicher.services.understanding import AssumptionView, format_date, list_assumptions

FORMATS = ("md", "html")


def in_quotes(text: str, lang: str) -> str:
    """`text` in the language's quotation marks."""
    return quote_text(text, lang)


def make_briefing(engine: Engine, client: str, fmt: str = "md", lang: str = "en") -> str:
    """Who confirmed what, when: the client's assumptions with evidence and her answers."""
    if fmt not in FORMATS:
        raise InputError(t("briefing.format_invalid", lang, format=fmt))
    assumptions = list_assumptions(engine, client, lang)
    rounds = list_rounds(engine, client, lang)
    name = assumptions[0].client if assumptions else client
    lines = render_markdown(name, assumptions, rounds, lang)
    if fmt == "md":
        return "\n".join(lines) + "\n"
    return render_html(lines)


def answers_by_assumption(rounds: list[Round], lang: str) -> dict[int, list[str]]:
    """assumption id → '12.05.2026 10:31: Stimmt teilweise, nämlich …' lines."""
    found: dict[int, list[str]] = {}
    for round_ in rounds:
        for item in round_.items:
            if item.assumption_id is None:
                continue
            for answer in item.answers:
                text = " ".join(part for part in (answer.text, answer.comment) if part)
                found.setdefault(item.assumption_id, []).append(
                    t(
                        "briefing.answer_line",
                        lang,
                        at=format_time(answer.at, lang),
                        answer=t(f"checkback.answer.{answer.answer}", lang).rstrip(" …"),
                        text=t("briefing.answer_text", lang, text=text) if text else "",
                    )
                )
    return found


def format_time(moment: datetime, lang: str) -> str:
    return f"{format_date(moment, lang)} {moment.astimezone(UTC).strftime('%H:%M')} UTC"


def render_markdown(
    name: str, assumptions: list[AssumptionView], rounds: list[Round], lang: str
) -> list[str]:
    """The record as Markdown lines."""
    lines = [f"# {t('briefing.title', lang, name=name)}", ""]
    lines += [t("briefing.made", lang, date=format_date(datetime.now(UTC), lang)), ""]
    if not assumptions:
        return [*lines, t("briefing.none", lang)]
    answers = answers_by_assumption(rounds, lang)
    for view in assumptions:
        category = t(f"assume.category.{view.category}", lang)
        status = t(f"assume.status.{view.status}", lang)
        level = t(f"assume.level.{view.confidence.level}", lang)
        lines += [f"## {view.id}. {view.text}", ""]
        lines += [f"- {category} · {status} · {level}: {view.confidence_text}"]
        for quote in view.evidence[:3]:
            label = t("assume.evidence", lang)
            lines.append(f"- {label}: {in_quotes(quote.text, lang)} ({quote.source})")
        for quote in view.contradictions[:3]:
            kind = t(f"assume.kind.{quote.kind}", lang)
            lines.append(
                f"- {t('assume.contradictions', lang)} ({kind}): „{quote.text}“ ({quote.source})"
            )
        for line in answers.get(view.id, []):
            lines.append(f"- {t('briefing.answers', lang)}: {line}")
        lines.append("")
    return lines


def render_html(lines: list[str]) -> str:
    """The Markdown lines as a small self-contained HTML page (every text escaped)."""
    body = []
    in_list = False
    for line in lines:
        if line.startswith("- "):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{escape(line[2:])}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if line.startswith("## "):
            body.append(f"<h2>{escape(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{escape(line[2:])}</h1>")
        elif line:
            body.append(f"<p>{escape(line)}</p>")
    if in_list:
        body.append("</ul>")
    title = escape(lines[0][2:]) if lines else ""
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
