"""Client → Stimmprofil: her features as range charts, quotes, signature words."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from treffsicher.services import checking, profiling
from treffsicher.services.clients import get_client
from treffsicher.web.forms import engine_of
from treffsicher.web.profile_view import DraftMark, build_profile_view, measure_draft
from treffsicher.web.render import render, request_language

router = APIRouter()


@router.get("/clients/{client_id}/profile", response_class=HTMLResponse)
def profile_page(request: Request, client_id: int) -> HTMLResponse:
    """Her voice profile; the newest (or ?check=ID) checked draft is marked in the charts."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    client_profile = profiling.build_client_profile(engine, client.name, lang)
    wanted = request.query_params.get("check", "")
    stored = (
        checking.load_check(engine, client_id, int(wanted), lang)
        if wanted.isascii() and wanted.isdigit()
        else checking.load_latest_check(engine, client_id, lang)
    )
    draft = None
    if stored is not None:
        language = stored.result.language
        draft = DraftMark(
            name=stored.draft_name,
            created_at=stored.created_at,
            language=language,
            values=measure_draft(stored.draft_text, language) if language else {},
        )
    view = build_profile_view(client_profile, lang, draft)
    return render(request, "profile.html", {"client": client, "tab": "profile", "view": view})
