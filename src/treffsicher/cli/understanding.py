"""CLI commands of the understanding log: assumptions, check-back rounds, briefing record."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from treffsicher.cli.base import ClientArgument, app, get_settings, h, open_engine
from treffsicher.i18n import t

if TYPE_CHECKING:
    from treffsicher.services.checkback import CreatedRound, Round
    from treffsicher.services.understanding import AssumptionView

Category = Literal["audience", "tone", "goals", "values", "offer", "nogo", "other"]
Status = Literal["confirmed", "corrected", "rejected", "open"]
Address = Literal["du", "sie"]
Language = Literal["de", "en"]
PUBLIC_URL_ENV = "TREFFSICHER_PUBLIC_URL"

checkback_app = typer.Typer(help=h("checkback"), no_args_is_help=True)
questionnaire_app = typer.Typer(help=h("questionnaire"), no_args_is_help=True)
app.add_typer(checkback_app, name="checkback")
app.add_typer(questionnaire_app, name="questionnaire")

JsonOption = Annotated[bool, typer.Option("--json", help=h("opt.json"))]
PinOption = Annotated[str | None, typer.Option("--pin", help=h("opt.pin"))]
DaysOption = Annotated[int, typer.Option("--days", help=h("opt.days"), min=1)]
LanguageOption = Annotated[
    Language | None,
    typer.Option("--language", help=h("opt.her_language")),
]
AddressOption = Annotated[
    Address | None,
    typer.Option("--address", help=h("opt.address")),
]
PublicUrlOption = Annotated[
    str | None,
    typer.Option(
        "--public-url",
        help=h("opt.link_url"),
    ),
]


def echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def public_url(option: str | None) -> str:
    from treffsicher.services.checkback import DEFAULT_PUBLIC_URL

    return option or os.environ.get(PUBLIC_URL_ENV) or DEFAULT_PUBLIC_URL


def print_assumption(view: AssumptionView, lang: str, *, full: bool = False) -> None:
    """One assumption: id, category, status, confidence; with --full its quotes and history."""
    category = t(f"assume.category.{view.category}", lang)
    status = t(f"assume.status.{view.status}", lang)
    level = t(f"assume.level.{view.confidence.level}", lang)
    typer.echo(f"#{view.id} [{category} · {status}] {view.text}")
    typer.echo(f"    {t('assume.confidence', lang)}: {level} – {view.confidence_text}")
    if view.replacement:
        typer.echo(f"    {t('assume.replacement', lang)}: {view.replacement}")
    if not full:
        return
    for title, quotes in (
        (t("assume.evidence", lang), view.evidence),
        (t("assume.contradictions", lang), view.contradictions),
    ):
        typer.echo(f"  {title}:")
        if not quotes:
            typer.echo(f"    {t('assume.no_quotes', lang)}")
        for quote in quotes:
            marks = [] if quote.kind == "support" else [t(f"assume.kind.{quote.kind}", lang)]
            marks += [t("assume.superseded", lang)] if quote.superseded else []
            suffix = f" ({', '.join(marks)})" if marks else ""
            typer.echo(f"    [{quote.passage_id}] „{quote.text}“ – {quote.source}{suffix}")
    typer.echo(f"  {t('assume.history', lang)}:")
    for entry in view.history:
        actor = t(f"assume.actor.{entry.actor}", lang)
        typer.echo(
            f"    {entry.at:%Y-%m-%d %H:%M} {actor}: {entry.action} {entry.new} {entry.note}"
        )


@app.command("assume", help=h("assume"))
def assume(
    ctx: typer.Context,
    client: ClientArgument,
    text: Annotated[str, typer.Argument(help=h("arg.assumption_text"))],
    category: Annotated[Category, typer.Option("--category", help=h("opt.category"))] = "other",
    as_json: JsonOption = False,
) -> None:
    """Add an assumption about a client; prints its id."""
    from treffsicher.services.understanding import add_assumption

    settings = get_settings(ctx)
    view = add_assumption(open_engine(settings), client, text, category, settings.lang)
    if as_json:
        echo_json(view.to_dict())
    else:
        typer.echo(view.id)


@app.command("assumptions", help=h("assumptions"))
def assumptions(
    ctx: typer.Context,
    client: ClientArgument,
    propose: Annotated[bool, typer.Option("--propose", help=h("opt.propose"))] = False,
    as_json: JsonOption = False,
) -> None:
    """List a client's assumptions with confidence; --propose adds proposals from her words."""
    from treffsicher.services.understanding import list_assumptions, propose_assumptions

    settings = get_settings(ctx)
    engine, lang = open_engine(settings), settings.lang
    added = propose_assumptions(engine, client, lang) if propose else []
    views = list_assumptions(engine, client, lang)
    if as_json:
        echo_json([v.to_dict() for v in views])
        return
    if propose:
        typer.echo(t("assume.proposed_count", lang, count=len(added)))
    if not views:
        typer.echo(t("assume.none_yet", lang))
    for view in views:
        print_assumption(view, lang)


@app.command("assumption", help=h("assumption"))
def assumption(
    ctx: typer.Context,
    assumption_id: Annotated[int, typer.Argument(help=h("arg.assumption_id"))],
    status: Annotated[Status | None, typer.Option("--status", help=h("opt.status"))] = None,
    note: Annotated[str, typer.Option("--note", help=h("opt.note"))] = "",
    accept: Annotated[bool, typer.Option("--accept", help=h("opt.accept"))] = False,
    pin: Annotated[int | None, typer.Option("--pin-quote", help=h("opt.pin_quote"))] = None,
    dismiss: Annotated[
        int | None, typer.Option("--dismiss-quote", help=h("opt.dismiss_quote"))
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show an assumption with evidence, contradictions and history; or change it."""
    from treffsicher.services import understanding as service

    settings = get_settings(ctx)
    engine, lang = open_engine(settings), settings.lang
    if accept:
        service.accept_proposal(engine, assumption_id, lang)
    if status is not None:
        service.set_status(engine, assumption_id, status, note, lang)
    if pin is not None:
        service.mark_evidence(engine, assumption_id, pin, "pinned", lang)
    if dismiss is not None:
        service.mark_evidence(engine, assumption_id, dismiss, "dismissed", lang)
    view = service.show_assumption(engine, assumption_id, lang)
    if as_json:
        echo_json(view.to_dict())
    else:
        print_assumption(view, lang, full=True)


def round_as_dict(round_: Round) -> dict[str, Any]:
    return {
        "id": round_.id,
        "client": round_.client,
        "kind": round_.kind,
        "language": round_.language,
        "address": round_.address,
        "state": round_.state,
        "created_at": round_.created_at.isoformat(),
        "expires_at": round_.expires_at.isoformat(),
        "finished_at": round_.finished_at.isoformat() if round_.finished_at else None,
        "needs_pin": round_.needs_pin,
        "items": [
            {
                "id": item.id,
                "position": item.position,
                "statement": item.statement,
                "assumption_id": item.assumption_id,
                "answers": [
                    {
                        "answer": a.answer,
                        "text": a.text,
                        "comment": a.comment,
                        "at": a.at.isoformat(),
                    }
                    for a in item.answers
                ],
            }
            for item in round_.items
        ],
    }


def print_created(created: CreatedRound, lang: str, as_json: bool) -> None:
    if as_json:
        echo_json(
            {
                "id": created.id,
                "kind": created.kind,
                "link": created.link,
                "expires_at": created.expires_at.isoformat(),
                "mail_subject": created.mail_subject,
                "mail_text": created.mail_text,
                "mailto": created.mailto,
            }
        )
        return
    expires = created.expires_at.strftime("%Y-%m-%d")
    typer.echo(t("checkback.created", lang, id=str(created.id), expires=expires))
    typer.echo(f"{t('checkback.link', lang)} {created.link}")
    typer.echo(t("checkback.link_once", lang))
    typer.echo(f"\n{t('checkback.mail_text', lang)}\n{created.mail_subject}\n\n{created.mail_text}")


@checkback_app.command("create", help=h("checkback_create"))
def checkback_create(
    ctx: typer.Context,
    client: ClientArgument,
    items: Annotated[str, typer.Option("--items", help=h("opt.items"))],
    pin: PinOption = None,
    days: DaysOption = 30,
    language: LanguageOption = None,
    address: AddressOption = None,
    url: PublicUrlOption = None,
    as_json: JsonOption = False,
) -> None:
    """Create a check-back round: a private link and a ready-to-send mail."""
    from treffsicher.services.checkback import create_round, parse_items

    settings = get_settings(ctx)
    lang = settings.lang
    created = create_round(
        open_engine(settings),
        client,
        parse_items(items, lang),
        lang=lang,
        language=language,
        address=address,
        pin=pin,
        days=days,
        public_url=public_url(url),
    )
    print_created(created, lang, as_json)


@checkback_app.command("list", help=h("checkback_list"))
def checkback_list(ctx: typer.Context, client: ClientArgument, as_json: JsonOption = False) -> None:
    """List a client's check-back and questionnaire rounds."""
    from treffsicher.services.checkback import list_rounds

    settings = get_settings(ctx)
    lang = settings.lang
    rounds = list_rounds(open_engine(settings), client, lang)
    if as_json:
        echo_json([round_as_dict(r) for r in rounds])
        return
    if not rounds:
        typer.echo(t("checkback.none_yet", lang, name=client))
    for r in rounds:
        typer.echo(
            t(
                "checkback.line",
                lang,
                id=str(r.id),
                kind=t(f"checkback.kind.{r.kind}", lang),
                state=t(f"checkback.state.{r.state}", lang),
                answered=str(r.n_answered),
                items=str(len(r.items)),
                expires=r.expires_at.strftime("%Y-%m-%d"),
            )
        )


@checkback_app.command("show", help=h("checkback_show"))
def checkback_show(
    ctx: typer.Context,
    round_id: Annotated[int, typer.Argument(help=h("arg.round_id"))],
    revoke: Annotated[bool, typer.Option("--revoke", help=h("opt.revoke"))] = False,
    as_json: JsonOption = False,
) -> None:
    """Show a round: each statement with her answers and their times."""
    from treffsicher.services.checkback import revoke_round, show_round

    settings = get_settings(ctx)
    engine, lang = open_engine(settings), settings.lang
    round_ = revoke_round(engine, round_id, lang) if revoke else show_round(engine, round_id, lang)
    if as_json:
        echo_json(round_as_dict(round_))
        return
    if revoke:
        typer.echo(t("checkback.revoked", lang, id=str(round_id)))
    state = t(f"checkback.state.{round_.state}", lang)
    typer.echo(f"#{round_.id} {t(f'checkback.kind.{round_.kind}', lang)} · {state}")
    for item in round_.items:
        typer.echo(f"{item.position}. {item.statement}")
        if not item.answers:
            typer.echo(f"   {t('checkback.no_answer', lang)}")
        for a in item.answers:
            words = " – ".join(part for part in (a.text, a.comment) if part)
            label = t(f"checkback.answer.{a.answer}", lang)
            typer.echo(f"   {a.at:%Y-%m-%d %H:%M} {label} {words}".rstrip())


@questionnaire_app.command("create", help=h("questionnaire_create"))
def questionnaire_create(
    ctx: typer.Context,
    client: ClientArgument,
    pin: PinOption = None,
    days: DaysOption = 30,
    language: LanguageOption = None,
    address: AddressOption = None,
    url: PublicUrlOption = None,
    as_json: JsonOption = False,
) -> None:
    """Send a new client the questionnaire: open questions she answers in her own words."""
    from treffsicher.services.checkback import create_questionnaire

    settings = get_settings(ctx)
    created = create_questionnaire(
        open_engine(settings),
        client,
        lang=settings.lang,
        language=language,
        address=address,
        pin=pin,
        days=days,
        public_url=public_url(url),
    )
    print_created(created, settings.lang, as_json)


@questionnaire_app.command("questions", help=h("questionnaire_questions"))
def questionnaire_questions(
    ctx: typer.Context,
    language: Annotated[Language, typer.Option("--language", help=h("opt.de_or_en"))] = "de",
    replace: Annotated[
        Path | None,
        typer.Option("--set", help=h("opt.questions_file")),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show (or replace) the questionnaire's questions of a language."""
    from treffsicher.services.checkback import list_questions, set_questions

    engine = open_engine(get_settings(ctx))
    if replace is not None:
        lines = replace.read_text(encoding="utf-8").splitlines()
        questions = set_questions(engine, language, lines)
    else:
        questions = list_questions(engine, language)
    if as_json:
        echo_json({"language": language, "questions": questions})
        return
    for number, question in enumerate(questions, start=1):
        typer.echo(f"{number}. {question}")


@app.command("briefing", help=h("briefing"))
def briefing(
    ctx: typer.Context,
    client: ClientArgument,
    fmt: Annotated[str, typer.Option("--format", help=h("opt.md_or_html"))] = "md",
) -> None:
    """The briefing record: assumptions, evidence, her answers with times."""
    from treffsicher.services.briefing import make_briefing

    settings = get_settings(ctx)
    typer.echo(make_briefing(open_engine(settings), client, fmt, settings.lang), nl=False)
