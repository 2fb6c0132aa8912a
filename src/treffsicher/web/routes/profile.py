"""Client → Stimmprofil: her voice card first, then the detail (charts, quotes, signature
words); the voice card as a Markdown or one-page HTML style guide."""

from __future__ import annotations

import re
import unicodedata

from fastapi import APIRouter, Request
from markupsafe import Markup
from starlette.responses import HTMLResponse, Response

from treffsicher.services import checking, understanding, voice_card
from treffsicher.services.clients import get_client
from treffsicher.services.profile_memory import load_client_profile
from treffsicher.web.app import static_dir
from treffsicher.web.forms import engine_of
from treffsicher.web.profile_view import DraftMark, build_profile_view, measure_draft
from treffsicher.web.render import render, request_language
from treffsicher.web.security import as_document

router = APIRouter()
NOT_A_NAME_CHARACTER = re.compile(r"[^a-z0-9]+")


def file_slug(name: str) -> str:
    """An ASCII file name part from her name: „Jördis Ähm“ → "joerdis-aehm"."""
    folded = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = folded.replace("ß", "ss")
    ascii_only = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return NOT_A_NAME_CHARACTER.sub("-", ascii_only).strip("-") or "kundin"


@router.get("/clients/{client_id}/profile", response_class=HTMLResponse)
def profile_page(request: Request, client_id: int) -> HTMLResponse:
    """Her voice card and profile; the newest (or ?check=ID) checked draft is marked."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    client_profile = load_client_profile(engine, client_id, lang)
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
    no_gos = understanding.list_nogos(engine, client_id, lang)
    cards = voice_card.build_worded_cards(client_profile, lang, no_gos)
    context = {"client": client, "tab": "profile", "view": view, "cards": cards}
    return render(request, "profile.html", context)


def load_cards(request: Request, client_id: int) -> tuple[str, list[voice_card.WordedCard]]:
    """Her name and voice cards in the request's language."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    client_profile = load_client_profile(engine, client_id, lang)
    no_gos = understanding.list_nogos(engine, client_id, lang)
    return client.name, voice_card.build_worded_cards(client_profile, lang, no_gos)


@router.get("/clients/{client_id}/voice-card.md")
def voice_card_markdown(request: Request, client_id: int) -> Response:
    """The voice card as a Markdown style guide (a download)."""
    name, cards = load_cards(request, client_id)
    text = voice_card.render_markdown(cards, request_language(request))
    filename = f"stimmkarte-{file_slug(name)}.md"
    return Response(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/clients/{client_id}/voice-card.html", response_class=HTMLResponse)
def voice_card_page(request: Request, client_id: int) -> HTMLResponse:
    """The voice card as one self-contained, printable HTML page; a download unless
    ?print=1 (then shown, for the browser's „Drucken“ → PDF)."""
    name, cards = load_cards(request, client_id)
    css = Markup((static_dir() / "voice-card.css").read_text(encoding="utf-8"))
    context = {"client_name": name, "cards": cards, "css": css}
    response = render(request, "voice_card_export.html", context)
    if request.query_params.get("print") != "1":
        filename = f"stimmkarte-{file_slug(name)}.html"
        response.headers["content-disposition"] = f'attachment; filename="{filename}"'
    return as_document(response)
