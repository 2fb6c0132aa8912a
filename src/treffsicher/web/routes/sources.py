"""Client → Sources: upload files (several at once, size-limited), list, remove."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, Response

from treffsicher.core.imported import ImportProblem
from treffsicher.errors import NotFoundError
from treffsicher.services import source_list, uploads
from treffsicher.services.clients import get_client
from treffsicher.services.importing import SOURCE_KINDS
from treffsicher.web.forms import engine_of, file_fields, read_form, text_field
from treffsicher.web.i18n import format_size, ui_text
from treffsicher.web.render import Flash, is_htmx, render, request_language

router = APIRouter()
READ_CHUNK = 1024 * 1024


def sources_context(request: Request, client_id: int) -> dict[str, Any]:
    """The sources page's data: the client, her sources, the upload form's settings."""
    lang = request_language(request)
    engine = engine_of(request)
    limit = request.app.state.options.max_upload_bytes
    accepted, named = uploads.list_upload_formats()
    return {
        "client": get_client(engine, client_id, lang),
        "sources": source_list.list_sources(engine, client_id, lang),
        "tab": "sources",
        "kinds": SOURCE_KINDS,
        "accept": ",".join(accepted),
        "formats_text": ", ".join(named),
        "max_upload_bytes": limit,
        "max_upload_text": format_size(limit, lang),
        "reports": [],
        "problems": [],
        "mail_reports": [],
        "staged": [],
    }


@router.get("/clients/{client_id}/sources", response_class=HTMLResponse)
def sources_page(request: Request, client_id: int) -> HTMLResponse:
    """Her sources with counts, and the upload form."""
    return render(request, "sources.html", sources_context(request, client_id))


async def read_upload(upload: UploadFile, limit: int) -> bytes | None:
    """The file's bytes, or None when it is larger than `limit` (read in chunks)."""
    if upload.size is not None and upload.size > limit:
        return None
    chunks = []
    total = 0
    while chunk := await upload.read(READ_CHUNK):
        total += len(chunk)
        if total > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/clients/{client_id}/sources", response_class=HTMLResponse)
async def upload_sources(request: Request, client_id: int) -> HTMLResponse:
    """Import the uploaded files one by one; each reports its counts or its problem.
    Mail files, transcripts and zips with mail are staged: her senders/speakers first."""
    lang = request_language(request)
    limit: int = request.app.state.options.max_upload_bytes
    engine = engine_of(request)
    form = await read_form(request)
    stage = uploads.Stage(request.app.state.staging_root, client_id)
    outcome = uploads.UploadOutcome()
    try:
        kind = text_field(form, "kind")
        kind = kind if kind in SOURCE_KINDS else ""
        await run_in_threadpool(get_client, engine, client_id, lang)
        files = file_fields(form, "files")
        for upload in files:
            name = upload.filename or "upload"
            data = await read_upload(upload, limit)
            if data is None:
                size = format_size(limit, lang)
                reason = ui_text("sources.too_large", lang, limit=size)
                outcome.problems.append(ImportProblem(name, reason))
                continue
            one = await run_in_threadpool(
                uploads.accept_upload, engine, client_id, stage, name, data, kind or None, lang
            )
            outcome.reports += one.reports
            outcome.problems += one.problems
            outcome.staged += one.staged
    finally:
        # Starlette spools large files to the system temp dir; closing removes them.
        await form.close()
    context = await run_in_threadpool(sources_context, request, client_id)
    context.update(reports=outcome.reports, problems=outcome.problems, staged=outcome.staged)
    if stage.token:
        context.update(stage_token=stage.token, stage_kind=kind)
    if not files:
        context["flash"] = [Flash("error", ui_text("sources.no_files", lang))]
    template = "_sources_area.html" if is_htmx(request) else "sources.html"
    return render(request, template, context)


@router.post("/clients/{client_id}/sources/{source_id}/delete", response_class=HTMLResponse)
async def delete_source(request: Request, client_id: int, source_id: int) -> Response:
    """Remove a source and its passages; without JavaScript's confirm dialog (no
    `confirmed` field) a page asks first."""
    form = await read_form(request)
    lang = request_language(request)
    if text_field(form, "confirmed") != "1":
        context = await run_in_threadpool(sources_context, request, client_id)
        source = next((s for s in context["sources"] if s.id == source_id), None)
        if source is None:
            raise NotFoundError(ui_text("error.not_found", lang))
        context["source"] = source
        return render(request, "confirm_delete.html", context)
    name = await run_in_threadpool(
        source_list.delete_source, engine_of(request), client_id, source_id, lang
    )
    context = await run_in_threadpool(sources_context, request, client_id)
    context["flash"] = [Flash("info", ui_text("sources.removed", lang, name=name))]
    template = "_sources_area.html" if is_htmx(request) else "sources.html"
    return render(request, template, context)


@router.post("/clients/{client_id}/sources/confirm", response_class=HTMLResponse)
async def confirm_staged(request: Request, client_id: int) -> HTMLResponse:
    """Add the ticked senders/speakers to her identities, then import the staged files."""
    form = await read_form(request)
    lang = request_language(request)
    kind = text_field(form, "kind")
    summary = await run_in_threadpool(
        uploads.import_stage,
        engine_of(request),
        client_id,
        request.app.state.staging_root,
        text_field(form, "token"),
        [v for v in form.getlist("pick") if isinstance(v, str)],
        kind if kind in SOURCE_KINDS else None,
        lang,
    )
    context = await run_in_threadpool(sources_context, request, client_id)
    context.update(
        reports=summary.reports, problems=summary.problems, mail_reports=summary.mail_files
    )
    template = "_sources_area.html" if is_htmx(request) else "sources.html"
    return render(request, template, context)
