"""Clients: list with text amount and latest fit score, add, rename, identities."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from treffsicher.errors import InputError
from treffsicher.services import clients as client_service
from treffsicher.services.clients import IDENTITY_EMAIL, IDENTITY_KINDS, IDENTITY_SPEAKER
from treffsicher.web.auth import viewer_id
from treffsicher.web.forms import engine_of, read_form, split_values, text_field
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import Flash, render, request_language

router = APIRouter()


@router.get("/", include_in_schema=False)
def home() -> Response:
    """The start page is the client list."""
    return RedirectResponse("/clients", status_code=303)


@router.get("/clients", response_class=HTMLResponse)
def clients_page(request: Request) -> HTMLResponse:
    """All clients with how much text each has and her latest fit score."""
    return render(request, "clients.html", client_list_context(request))


def client_list_context(request: Request) -> dict[str, object]:
    """The clients page's rows: ClientInfo and latest score."""
    engine = engine_of(request)
    scores = client_service.list_latest_scores(engine)
    clients = client_service.list_clients(engine, viewer_id(request))
    rows = [{"client": c, "score": scores.get(c.id)} for c in clients]
    return {"clients": rows, "form": {}}


@router.post("/clients")
async def add_client(request: Request) -> Response:
    """Add a client; back to the form with the message when the name is taken or empty."""
    form = await read_form(request)
    lang = request_language(request)
    values = {k: text_field(form, k) for k in ("name", "emails", "speakers")}
    try:
        info = await run_in_threadpool(
            client_service.add_client,
            engine_of(request),
            values["name"],
            split_values(values["emails"]),
            split_values(values["speakers"]),
            lang,
            # A logged-in user's new client is hers alone unless she shares it.
            None if text_field(form, "share") else viewer_id(request),
        )
    except InputError as exc:
        context = await run_in_threadpool(client_list_context, request)
        context.update(form=values, form_error=str(exc))
        return render(request, "clients.html", context, status_code=400)
    return RedirectResponse(f"/clients/{info.id}?added=1", status_code=303)


@router.get("/clients/{client_id}", response_class=HTMLResponse)
def client_page(request: Request, client_id: int) -> HTMLResponse:
    """One client: totals, identities, rename."""
    lang = request_language(request)
    client = client_service.get_client(engine_of(request), client_id, lang)
    flash = []
    if request.query_params.get("added"):
        flash.append(Flash("info", ui_text("client.added", lang, name=client.name)))
    if request.query_params.get("renamed"):
        flash.append(Flash("info", ui_text("client.renamed", lang, name=client.name)))
    return render(request, "client.html", {"client": client, "tab": "overview", "flash": flash})


@router.post("/clients/{client_id}/rename")
async def rename_client(request: Request, client_id: int) -> Response:
    """Rename the client (InputError when the name is empty or taken)."""
    form = await read_form(request)
    lang = request_language(request)
    name = text_field(form, "name")
    try:
        await run_in_threadpool(
            client_service.rename_client, engine_of(request), client_id, name, lang
        )
    except InputError as exc:
        return await form_error_page(request, client_id, {"rename_error": str(exc), "rename": name})
    return RedirectResponse(f"/clients/{client_id}?renamed=1", status_code=303)


async def form_error_page(request: Request, client_id: int, values: dict[str, str]) -> Response:
    """The client's page again (400) with the form's message beside it and the input kept."""
    lang = request_language(request)
    client = await run_in_threadpool(client_service.get_client, engine_of(request), client_id, lang)
    context = {"client": client, "tab": "overview", "form": values}
    return render(request, "client.html", context, status_code=400)


@router.post("/clients/{client_id}/identities")
async def add_identity(request: Request, client_id: int) -> Response:
    """Add an email address or speaker name to the client."""
    form = await read_form(request)
    lang = request_language(request)
    kind = text_field(form, "kind")
    value = text_field(form, "value").strip()
    kept = {"identity_kind": kind, "identity_value": value}
    if kind not in IDENTITY_KINDS or not value:
        kept["identity_error"] = ui_text("error.identity_invalid", lang)
        return await form_error_page(request, client_id, kept)
    engine = engine_of(request)
    client = await run_in_threadpool(client_service.get_client, engine, client_id, lang)
    emails = [value] if kind == IDENTITY_EMAIL else []
    speakers = [value] if kind == IDENTITY_SPEAKER else []
    try:
        await run_in_threadpool(
            client_service.add_client_identities, engine, client.name, emails, speakers, lang
        )
    except InputError as exc:
        kept["identity_error"] = str(exc)
        return await form_error_page(request, client_id, kept)
    return RedirectResponse(f"/clients/{client_id}", status_code=303)
