"""Client → Entwurf prüfen: paste or upload a draft, see score, deviations and marked
sentences, re-check as the user types (HTMX, not stored), history and report."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse, Response

from treffsicher.core.text import normalize_text
from treffsicher.errors import InputError, TreffsicherError
from treffsicher.reports.html import render_check_html
from treffsicher.services import checking, profiling
from treffsicher.services.clients import get_client
from treffsicher.services.importing import SOURCE_KINDS
from treffsicher.web.check_view import build_check_view
from treffsicher.web.forms import engine_of, file_fields, read_form, text_field
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import is_htmx, render, request_language

router = APIRouter()
MAX_DRAFT_FILE_BYTES = 8 * 1024 * 1024


def check_context(request: Request, client_id: int) -> dict[str, Any]:
    """The check page's fixed parts: client, history with trend, form settings."""
    lang = request_language(request)
    engine = engine_of(request)
    client = get_client(engine, client_id, lang)
    history = checking.list_client_checks(engine, client.name, lang)
    return {
        "client": client,
        "tab": "check",
        "registers": SOURCE_KINDS,
        "accept": ",".join(checking.list_draft_suffixes()),
        "history": history.entries,
        "trend": history.trend,
        "check_available": True,
        "check_error": "",
        "result": None,
        "form": {},
    }


@router.get("/clients/{client_id}/check", response_class=HTMLResponse)
def check_page(request: Request, client_id: int) -> HTMLResponse:
    """The form, and the newest (or ?check=ID) stored check with its draft."""
    lang = request_language(request)
    engine = engine_of(request)
    context = check_context(request, client_id)
    wanted = request.query_params.get("check", "")
    outcome = (
        checking.load_check(engine, client_id, int(wanted), lang)
        if wanted.isascii() and wanted.isdigit()
        else checking.load_latest_check(engine, client_id, lang)
    )
    if outcome is not None:
        sources = profiling.count_sources_by_kind(engine, client_id)
        context["result"] = build_check_view(outcome, lang, sources)
        context["form"] = {"draft_text": outcome.draft_text, "draft_name": outcome.draft_name}
    return render(request, "check.html", context)


async def read_draft(form: FormData, lang: str) -> tuple[str, str | None]:
    """The pasted text, or the uploaded file's text (every draft format, as the CLI reads
    it), with the register its form suggests."""
    files = file_fields(form, "draft_file")
    if not files:
        return text_field(form, "draft_text"), None
    upload = files[0]
    name = upload.filename or ""
    if not checking.is_draft_name(name):
        formats = ", ".join(checking.list_draft_suffixes())
        raise InputError(ui_text("check.file_type", lang, name=name, formats=formats))
    data = await upload.read(MAX_DRAFT_FILE_BYTES + 1)
    if len(data) > MAX_DRAFT_FILE_BYTES:
        raise InputError(ui_text("check.file_too_large", lang, name=name))
    draft = await run_in_threadpool(partial(checking.read_draft, None, data, lang=lang, name=name))
    return draft.text, draft.register


def find_saved(
    engine: Engine, client_id: int, draft_text: str, lang: str
) -> checking.CheckOutcome | None:
    """The newest stored check when it was run on this very text, else None.

    A live re-check can be triggered after „Prüfen und speichern“ went out (the typing
    pause ends later); answering it with the saved check keeps the saved result and its
    report link on the page instead of replacing them with an unsaved copy.
    """
    saved = checking.load_latest_check(engine, client_id, lang)
    if saved is None or normalize_text(saved.draft_text) != normalize_text(draft_text):
        return None
    return saved


@router.post("/clients/{client_id}/check", response_class=HTMLResponse)
async def check_draft(request: Request, client_id: int) -> HTMLResponse:
    """Check the draft. ?live=1 (typing) is not stored; the button stores it in the history."""
    lang = request_language(request)
    engine = engine_of(request)
    live = request.query_params.get("live") == "1"
    form = await read_form(request)
    try:
        register = text_field(form, "register")
        draft_name = text_field(form, "draft_name")
        check_error = ""
        outcome = None
        files = file_fields(form, "draft_file")
        draft_name = draft_name or (files[0].filename or "" if files else "")
        try:
            draft_text, form_register = await read_draft(form, lang)
            chosen = register if register in SOURCE_KINDS else None
            client = await run_in_threadpool(get_client, engine, client_id, lang)
            name = draft_name or ("" if live else ui_text("check.untitled", lang))
            draft = checking.Draft(name, draft_text, form_register)
            if live:
                outcome = await run_in_threadpool(find_saved, engine, client_id, draft_text, lang)
            if outcome is None:
                outcome = await run_in_threadpool(
                    partial(checking.check_client_draft, store=not live),
                    engine,
                    client.name,
                    draft,
                    chosen,
                    lang,
                )
        except TreffsicherError as exc:
            if exc.http_status == 404:
                raise
            check_error = str(exc)
            draft_text = text_field(form, "draft_text")
    finally:
        await form.close()
    context = await run_in_threadpool(check_context, request, client_id)
    context["check_error"] = check_error
    context["form"] = {"draft_text": draft_text, "draft_name": draft_name, "register": register}
    if outcome is not None:
        sources = await run_in_threadpool(profiling.count_sources_by_kind, engine, client_id)
        context["result"] = build_check_view(outcome, lang, sources)
    if is_htmx(request):
        context["oob"] = outcome is not None and outcome.check_id is not None
        return render(request, "_check_fragment.html", context)
    return render(request, "check.html", context)


@router.get("/clients/{client_id}/checks/{check_id}/report.html")
def download_report(request: Request, client_id: int, check_id: int) -> Response:
    """A stored check as a self-contained HTML file: the same document as `treffsicher
    check --format html` (one renderer, reports.html)."""
    lang = request_language(request)
    outcome = checking.load_check(engine_of(request), client_id, check_id, lang)
    filename = f"treffsicher-check-{check_id}.html"
    return HTMLResponse(
        render_check_html(outcome, lang),
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )
