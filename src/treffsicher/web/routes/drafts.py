"""Client → Entwurf prüfen: paste or upload a draft, see score, deviations and marked
sentences, re-check as the user types (HTMX, not stored), history and report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse, Response

from treffsicher.errors import InputError, TreffsicherError
from treffsicher.reports.html import render_check_html
from treffsicher.services.checking import load_check
from treffsicher.services.importing import SOURCE_KINDS
from treffsicher.web import adapters, checks
from treffsicher.web.check_view import build_check_view
from treffsicher.web.forms import engine_of, file_fields, read_form, text_field
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import is_htmx, render, request_language

router = APIRouter()
DRAFT_SUFFIXES = (".txt", ".md")
MAX_DRAFT_FILE_BYTES = 8 * 1024 * 1024


def check_context(request: Request, client_id: int) -> dict[str, Any]:
    """The check page's fixed parts: client, history with trend, form settings."""
    lang = request_language(request)
    engine = engine_of(request)
    client = adapters.get_client(engine, client_id, lang)
    history = checks.list_history(engine, client.name, lang)
    return {
        "client": client,
        "tab": "check",
        "registers": SOURCE_KINDS,
        "accept": ",".join(DRAFT_SUFFIXES),
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
        checks.load_check(engine, client_id, int(wanted), lang)
        if wanted.isascii() and wanted.isdigit()
        else checks.latest_check(engine, client_id, lang)
    )
    if outcome is not None:
        context["result"] = build_check_view(
            outcome.report, outcome.draft_text, outcome.check_id, lang
        )
        context["form"] = {"draft_text": outcome.draft_text, "draft_name": outcome.draft_name}
    return render(request, "check.html", context)


async def read_draft(form: FormData, lang: str) -> str:
    """The pasted text, or the uploaded .txt/.md file's text when one was chosen."""
    files = file_fields(form, "draft_file")
    if not files:
        return text_field(form, "draft_text")
    upload = files[0]
    name = upload.filename or ""
    if not name.lower().endswith(DRAFT_SUFFIXES):
        raise InputError(
            ui_text("check.file_type", lang, name=name, formats=", ".join(DRAFT_SUFFIXES))
        )
    data = await upload.read(MAX_DRAFT_FILE_BYTES + 1)
    if len(data) > MAX_DRAFT_FILE_BYTES:
        raise InputError(ui_text("check.file_too_large", lang, name=name))
    from treffsicher.importers.decoding import decode_bytes, find_binary_format

    if find_binary_format(data):
        raise InputError(ui_text("check.file_binary", lang, name=name))
    try:
        return decode_bytes(data).text
    except ValueError as exc:
        raise InputError(ui_text("check.file_binary", lang, name=name)) from exc


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
            draft_text = await read_draft(form, lang)
            chosen = register if register in SOURCE_KINDS else None
            client = await run_in_threadpool(adapters.get_client, engine, client_id, lang)
            name = draft_name or ("" if live else ui_text("check.untitled", lang))
            outcome = await run_in_threadpool(
                checks.run_check, engine, client.name, draft_text, name, chosen, lang, not live
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
        context["result"] = build_check_view(
            outcome.report, outcome.draft_text, outcome.check_id, lang
        )
    if is_htmx(request):
        context["oob"] = outcome is not None and outcome.check_id is not None
        return render(request, "_check_fragment.html", context)
    return render(request, "check.html", context)


@router.get("/clients/{client_id}/checks/{check_id}/report.html")
def download_report(request: Request, client_id: int, check_id: int) -> Response:
    """A stored check as a self-contained HTML file: the same document as `treffsicher
    check --format html` (one renderer, reports.html)."""
    lang = request_language(request)
    outcome = load_check(engine_of(request), client_id, check_id, lang)
    filename = f"treffsicher-check-{check_id}.html"
    return HTMLResponse(
        render_check_html(outcome, lang),
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )
