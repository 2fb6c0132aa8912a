"""Client → Verständnis: assumptions with evidence, proposals, check-back rounds, briefing."""

from __future__ import annotations

import os
from functools import partial
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from treffsicher.errors import InputError, NotFoundError
from treffsicher.i18n import t
from treffsicher.services import briefing, checkback, understanding
from treffsicher.services.clients import get_client
from treffsicher.web.forms import engine_of, read_form, text_field
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import Flash, render, request_language
from treffsicher.web.security import as_document

router = APIRouter()
PUBLIC_URL_ENV = "TREFFSICHER_PUBLIC_URL"
STATUS_CHOICES = ("confirmed", "corrected", "rejected", "open")


def public_url(request: Request) -> str:
    """Where her browser reaches this server: `serve --public-url`, else this request's."""
    return os.environ.get(PUBLIC_URL_ENV) or str(request.base_url).rstrip("/")


def back_to(client_id: int, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/clients/{client_id}/understanding{anchor}", status_code=303)


def page_context(request: Request, client_id: int) -> dict[str, Any]:
    """What the page shows: her assumptions and rounds."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    return {
        "client": client,
        "tab": "understanding",
        "assumptions": understanding.list_assumptions(engine, client.name, lang),
        "rounds": checkback.list_rounds(engine, client.name, lang),
        "categories": understanding.CATEGORIES,
        "statuses": STATUS_CHOICES,
        "m": partial(t, lang=lang),
    }


@router.get("/clients/{client_id}/understanding", response_class=HTMLResponse)
def understanding_page(request: Request, client_id: int) -> HTMLResponse:
    """The page „Verständnis“: assumptions, evidence, contradictions, check-backs."""
    context = page_context(request, client_id)
    proposed = request.query_params.get("proposed", "")
    if proposed.isdigit():
        text = ui_text("und.proposed", request_language(request), count=int(proposed))
        context["flash"] = [Flash("info", text)]
    return render(request, "understanding.html", context)


@router.post("/clients/{client_id}/assumptions")
async def add_assumption(request: Request, client_id: int) -> Response:
    """Add the user's assumption."""
    form = await read_form(request)
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    view = understanding.add_assumption(
        engine, client.name, text_field(form, "text"), text_field(form, "category"), lang
    )
    return back_to(client_id, f"#a-{view.id}")


@router.post("/clients/{client_id}/assumptions/propose")
async def propose(request: Request, client_id: int) -> Response:
    """Propose assumptions from her words (no-gos, habits of her profile)."""
    await read_form(request)
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    added = understanding.propose_assumptions(engine, client.name, lang)
    return RedirectResponse(
        f"/clients/{client_id}/understanding?proposed={len(added)}", status_code=303
    )


def own_assumption(request: Request, client_id: int, assumption_id: int) -> None:
    """NotFoundError unless the assumption belongs to this client (URLs are not trusted)."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    view = understanding.show_assumption(engine, assumption_id, lang)
    if view.client != client.name:
        raise NotFoundError(ui_text("error.not_found", lang, status=404))


@router.post("/clients/{client_id}/assumptions/{assumption_id}/status")
async def set_status(request: Request, client_id: int, assumption_id: int) -> Response:
    """Set the status (with a note), or accept a proposal."""
    form = await read_form(request)
    own_assumption(request, client_id, assumption_id)
    engine, lang = engine_of(request), request_language(request)
    if text_field(form, "accept"):
        understanding.accept_proposal(engine, assumption_id, lang)
    else:
        status = text_field(form, "status")
        understanding.set_status(engine, assumption_id, status, text_field(form, "note"), lang)
    return back_to(client_id, f"#a-{assumption_id}")


@router.post("/clients/{client_id}/assumptions/{assumption_id}/mark")
async def mark(request: Request, client_id: int, assumption_id: int) -> Response:
    """Pin or dismiss a quote."""
    form = await read_form(request)
    own_assumption(request, client_id, assumption_id)
    engine, lang = engine_of(request), request_language(request)
    passage = text_field(form, "passage_id")
    choice = text_field(form, "mark")
    if not passage.isdigit() or choice not in ("pinned", "dismissed"):
        raise InputError(ui_text("error.http", lang, status=400))
    understanding.mark_evidence(engine, assumption_id, int(passage), choice, lang)
    return back_to(client_id, f"#a-{assumption_id}")


@router.post("/clients/{client_id}/checkback", response_class=HTMLResponse)
async def create_round(request: Request, client_id: int) -> HTMLResponse:
    """A new check-back round (or, with kind=questionnaire, the questionnaire)."""
    form = await read_form(request)
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    pin = text_field(form, "pin").strip() or None
    days_text = text_field(form, "days").strip()
    days = int(days_text) if days_text.isdigit() and int(days_text) > 0 else 30
    if text_field(form, "kind") == "questionnaire":
        created = checkback.create_questionnaire(
            engine, client.name, lang=lang, pin=pin, days=days, public_url=public_url(request)
        )
    else:
        ids = [int(v) for v in form.getlist("items") if isinstance(v, str) and v.isdigit()]
        created = checkback.create_round(
            engine,
            client.name,
            ids,
            lang=lang,
            pin=pin,
            days=days,
            public_url=public_url(request),
        )
    context = {"client": client, "tab": "understanding", "created": created}
    return render(request, "understanding_created.html", context)


@router.post("/clients/{client_id}/checkback/{round_id}/revoke")
async def revoke(request: Request, client_id: int, round_id: int) -> Response:
    """Withdraw a round's link."""
    await read_form(request)
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    if checkback.show_round(engine, round_id, lang).client != client.name:
        raise NotFoundError(ui_text("error.not_found", lang, status=404))
    checkback.revoke_round(engine, round_id, lang)
    return back_to(client_id, "#rounds")


@router.get("/clients/{client_id}/checkback/{round_id}", response_class=HTMLResponse)
def show_round(request: Request, client_id: int, round_id: int) -> HTMLResponse:
    """A round with her answers and their times."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    round_ = checkback.show_round(engine, round_id, lang)
    if round_.client != client.name:
        raise NotFoundError(ui_text("error.not_found", lang, status=404))
    context = {
        "client": client,
        "tab": "understanding",
        "round": round_,
        "m": partial(t, lang=lang),
    }
    return render(request, "understanding_round.html", context)


@router.get("/clients/{client_id}/briefing")
def briefing_record(request: Request, client_id: int) -> Response:
    """The briefing record as a page (format=html) or Markdown download (format=md)."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    fmt = request.query_params.get("format", "html")
    text = briefing.make_briefing(engine, client.name, fmt, lang)
    if fmt == "md":
        return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")
    return as_document(HTMLResponse(text))


@router.get("/questionnaire/questions", response_class=HTMLResponse)
def questions_page(request: Request) -> HTMLResponse:
    """The questionnaire's questions per language, editable."""
    engine = engine_of(request)
    sets = {code: checkback.list_questions(engine, code) for code in ("de", "en")}
    saved = request.query_params.get("saved") == "1"
    flash = [Flash("info", ui_text("und.questions_saved", request_language(request)))]
    return render(
        request, "understanding_questions.html", {"sets": sets, "flash": flash if saved else []}
    )


@router.post("/questionnaire/questions")
async def save_questions(request: Request) -> Response:
    """Replace one language's questions (one per line)."""
    form = await read_form(request)
    language = text_field(form, "language")
    if language not in ("de", "en"):
        raise InputError(ui_text("error.http", request_language(request), status=400))
    checkback.set_questions(
        engine_of(request), language, text_field(form, "questions").splitlines()
    )
    return RedirectResponse("/questionnaire/questions?saved=1", status_code=303)
