"""Clients: list with text amount and latest fit score, add, rename, identities (add and
remove), and erasing a client with everything derived from her (asks first)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from treffsicher.errors import InputError
from treffsicher.services import clients as client_service
from treffsicher.services import control, privacy
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
    """All clients with how much text each has and her latest fit score; after erasing a
    client, what was erased."""
    context = client_list_context(request)
    if request.query_params.get("erased"):
        context["flash"] = erased_flash(request)
    return render(request, "clients.html", context)


def count_param(request: Request, name: str) -> int:
    """A whole number from the query (0 when absent or not a number)."""
    value = request.query_params.get(name, "")
    return int(value) if value.isascii() and value.isdigit() else 0


def erased_flash(request: Request) -> list[Flash]:
    """What the last erasure removed and whether the workspace file was rewritten. The
    redirect carries only the counts: her name stays out of addresses and browser history."""
    lang = request_language(request)
    sources, passages = count_param(request, "sources"), count_param(request, "passages")
    flash = [Flash("info", ui_text("clients.erased", lang, sources=sources, passages=passages))]
    if request.query_params.get("rewritten") == "1":
        flash.append(Flash("info", ui_text("clients.erased_rewritten", lang)))
    else:
        backend = engine_of(request).url.get_backend_name()
        flash.append(
            Flash("warning", ui_text("clients.erased_not_rewritten", lang, backend=backend))
        )
    return flash


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
    flash: list[Flash] = []
    if request.query_params.get("added"):
        flash.append(Flash("info", ui_text("client.added", lang, name=client.name)))
    if request.query_params.get("renamed"):
        flash.append(Flash("info", ui_text("client.renamed", lang, name=client.name)))
    return render_client(request, client, flash)


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


@router.post("/clients/{client_id}/identities/remove")
async def remove_identity(request: Request, client_id: int) -> Response:
    """Remove one email address or speaker name from the client; her sources stay."""
    form = await read_form(request)
    lang = request_language(request)
    kind = text_field(form, "kind")
    value = text_field(form, "value").strip()
    engine = engine_of(request)
    client = await run_in_threadpool(client_service.get_client, engine, client_id, lang)
    if kind not in IDENTITY_KINDS or not value:
        flash = Flash("error", ui_text("error.identity_invalid", lang))
        return render_client(request, client, [flash], status_code=400)
    emails = [value] if kind == IDENTITY_EMAIL else []
    speakers = [value] if kind == IDENTITY_SPEAKER else []
    result = await run_in_threadpool(
        control.remove_identities, engine, client.name, emails, speakers, lang
    )
    client = await run_in_threadpool(client_service.get_client, engine, client_id, lang)
    if not result.removed:
        flash = Flash("error", ui_text("client.identity_not_hers", lang, value=value))
        return render_client(request, client, [flash], status_code=400)
    removed = ui_text("client.identity_removed", lang, value=result.removed[0])
    return render_client(request, client, [Flash("info", removed)])


def render_client(
    request: Request,
    client: client_service.ClientInfo,
    flash: list[Flash],
    status_code: int = 200,
) -> HTMLResponse:
    """The client's overview with messages at the top."""
    context = {"client": client, "tab": "overview", "flash": flash}
    return render(request, "client.html", context, status_code=status_code)


@router.post("/clients/{client_id}/delete", response_class=HTMLResponse)
async def erase_client(request: Request, client_id: int) -> Response:
    """Erase the client and everything derived from her (services.privacy.forget_client:
    on SQLite the file is rewritten so none of her words stay on disk), then go to the
    client list. Without the `confirmed` field of the confirmation page, that page first."""
    form = await read_form(request)
    lang = request_language(request)
    engine = engine_of(request)
    client = await run_in_threadpool(client_service.get_client, engine, client_id, lang)
    if text_field(form, "confirmed") != "1":
        context = {"client": client, "tab": "overview"}
        return render(request, "confirm_erase_client.html", context)
    report = await run_in_threadpool(privacy.forget_client, engine, client.name, lang)
    query = urlencode(
        {
            "erased": "1",
            "sources": report.sources,
            "passages": report.passages,
            "rewritten": "1" if report.file_rewritten else "0",
        }
    )
    return RedirectResponse(f"/clients?{query}", status_code=303)
