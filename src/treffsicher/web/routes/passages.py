"""Client → Sources → one source's passages: leave a passage out of her voice, or back in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from treffsicher.services.clients import get_client
from treffsicher.services.control import find_passage_source, set_passage_excluded
from treffsicher.services.sources import list_source_passages
from treffsicher.web.forms import engine_of, read_form
from treffsicher.web.render import render, request_language

router = APIRouter()


@router.get("/clients/{client_id}/sources/{source_id}/passages", response_class=HTMLResponse)
def passages_page(request: Request, client_id: int, source_id: int) -> HTMLResponse:
    """The passages of one of her sources, each with its exclude/include toggle."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    _, sources = list_source_passages(engine, client.name, source_id, lang)
    context = {"client": client, "source": sources[0], "tab": "sources"}
    return render(request, "passages.html", context)


@router.post("/clients/{client_id}/passages/{passage_id}/exclude", response_class=HTMLResponse)
async def exclude_passage(request: Request, client_id: int, passage_id: int) -> Response:
    """Leave a passage out of her voice, then show its source again."""
    return await toggle_passage(request, client_id, passage_id, excluded=True)


@router.post("/clients/{client_id}/passages/{passage_id}/include", response_class=HTMLResponse)
async def include_passage(request: Request, client_id: int, passage_id: int) -> Response:
    """Let a left-out passage count again, then show its source again."""
    return await toggle_passage(request, client_id, passage_id, excluded=False)


async def toggle_passage(
    request: Request, client_id: int, passage_id: int, *, excluded: bool
) -> Response:
    """Set the passage's state (of this client only) and redirect to its source's page."""
    await read_form(request)
    lang = request_language(request)
    engine = engine_of(request)
    state = await run_in_threadpool(
        set_passage_excluded, engine, passage_id, excluded, lang, client_id
    )
    source_id = await run_in_threadpool(find_passage_source, engine, state.id, lang)
    target = f"/clients/{client_id}/sources/{source_id}/passages#passage-{state.id}"
    return RedirectResponse(target, status_code=303)
