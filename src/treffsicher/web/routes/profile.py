"""Client → Stimmprofil: her features as range charts, quotes, signature words."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from treffsicher.web import adapters, checks
from treffsicher.web.forms import engine_of
from treffsicher.web.profile_view import DraftMark, build_profile_view, measure_draft
from treffsicher.web.render import render, request_language

router = APIRouter()


@router.get("/clients/{client_id}/profile", response_class=HTMLResponse)
def profile_page(request: Request, client_id: int) -> HTMLResponse:
    """Her voice profile; the newest (or ?check=ID) checked draft is marked in the charts."""
    lang = request_language(request)
    engine = engine_of(request)
    client = adapters.get_client(engine, client_id, lang)
    entry = request.app.state.profiles.get(engine, client_id, lang)
    wanted = request.query_params.get("check", "")
    stored = (
        checks.load_check(engine, client_id, int(wanted), lang)
        if wanted.isascii() and wanted.isdigit()
        else checks.latest_check(engine, client_id, lang)
    )
    draft = None
    if stored is not None:
        language = str(stored.report.get("language", ""))
        draft = DraftMark(
            name=stored.draft_name,
            created_at=checks.parse_time(stored.report.get("created_at")) or datetime.now(UTC),
            language=language,
            values=measure_draft(stored.draft_text, language) if language else {},
        )
    view = build_profile_view(entry.client_profile, lang, draft)
    return render(request, "profile.html", {"client": client, "tab": "profile", "view": view})
