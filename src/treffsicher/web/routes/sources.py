"""Client → Sources: upload files (several at once, size-limited), list, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, Response

from treffsicher.importers.base import ImportProblem
from treffsicher.services import clients as client_service
from treffsicher.services.importing import SOURCE_KINDS, SourceReport
from treffsicher.storage.tables import IDENTITY_EMAIL, IDENTITY_SPEAKER
from treffsicher.web import adapters, staging
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
    suffixes = adapters.readable_suffixes()
    return {
        "client": adapters.get_client(engine, client_id, lang),
        "sources": adapters.list_sources(engine, client_id),
        "tab": "sources",
        "kinds": SOURCE_KINDS,
        "accept": ",".join(suffixes),
        "formats_text": ", ".join(suffixes),
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
    """Import the uploaded files one by one; each reports its counts or its problem."""
    lang = request_language(request)
    limit: int = request.app.state.options.max_upload_bytes
    engine = engine_of(request)
    form = await read_form(request)
    try:
        kind = text_field(form, "kind")
        kind = kind if kind in SOURCE_KINDS else ""
        await run_in_threadpool(adapters.get_client, engine, client_id, lang)
        reports: list[SourceReport] = []
        problems: list[ImportProblem] = []
        staged: list[staging.StagedFile] = []
        stage: tuple[str, Path] | None = None
        uploads = file_fields(form, "files")
        for upload in uploads:
            name = upload.filename or "upload"
            data = await read_upload(upload, limit)
            if data is None:
                size = format_size(limit, lang)
                problems.append(ImportProblem(name, ui_text("sources.too_large", lang, limit=size)))
                continue
            if await run_in_threadpool(adapters.zip_holds_mail, name, data):
                # A zip with mail: her senders are picked first, as for a mail file.
                if stage is None:
                    stage = staging.new_stage(request.app.state.staging_root)
                client = await run_in_threadpool(adapters.get_client, engine, client_id, lang)
                staged += await run_in_threadpool(
                    adapters.stage_zip,
                    stage[1],
                    name,
                    data,
                    set(client.emails),
                    set(client.speakers),
                    lang,
                )
                continue
            choice = staging.needs_choice(name, data)
            if choice is not None:
                # Mail and transcripts: the user first ticks which senders/speakers are her.
                if stage is None:
                    stage = staging.new_stage(request.app.state.staging_root)
                client = await run_in_threadpool(adapters.get_client, engine, client_id, lang)
                staged.append(
                    await run_in_threadpool(
                        staging.stage_file,
                        stage[1],
                        name,
                        data,
                        choice,
                        set(client.emails),
                        set(client.speakers),
                    )
                )
                continue
            outcomes = await run_in_threadpool(
                adapters.import_upload, engine, client_id, name, data, kind or None, lang
            )
            for outcome in outcomes:
                if isinstance(outcome, ImportProblem):
                    problems.append(outcome)
                else:
                    reports.append(outcome)
    finally:
        # Starlette spools large files to the system temp dir; closing removes them.
        await form.close()
    context = await run_in_threadpool(sources_context, request, client_id)
    context.update(reports=reports, problems=problems, staged=staged)
    if stage is not None:
        context.update(stage_token=stage[0], stage_kind=kind)
    if not uploads:
        context["flash"] = [Flash("error", ui_text("sources.no_files", lang))]
    template = "_sources_area.html" if is_htmx(request) else "sources.html"
    return render(request, template, context)


@router.post("/clients/{client_id}/sources/{source_id}/delete", response_class=HTMLResponse)
async def delete_source(request: Request, client_id: int, source_id: int) -> Response:
    """Remove a source and its passages."""
    await read_form(request)
    lang = request_language(request)
    name = await run_in_threadpool(
        adapters.delete_source, engine_of(request), client_id, source_id, lang
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
    engine = engine_of(request)
    folder = staging.open_stage(request.app.state.staging_root, text_field(form, "token"), lang)
    kind = text_field(form, "kind")
    picks = [v for v in form.getlist("pick") if isinstance(v, str)]
    emails = [v.split(":", 1)[1] for v in picks if v.startswith(f"{IDENTITY_EMAIL}:")]
    speakers = [v.split(":", 1)[1] for v in picks if v.startswith(f"{IDENTITY_SPEAKER}:")]
    client = await run_in_threadpool(adapters.get_client, engine, client_id, lang)
    zips = [p.name for p in staging.list_staged(folder) if p.suffix.lower() == ".zip"]
    if emails or speakers:
        await run_in_threadpool(
            client_service.add_client_identities, engine, client.name, emails, speakers, lang
        )
    summary = await run_in_threadpool(
        staging.import_staged,
        engine,
        client_id,
        client.name,
        folder,
        kind if kind in SOURCE_KINDS else None,
        lang,
    )
    context = await run_in_threadpool(sources_context, request, client_id)
    context.update(
        reports=summary.reports,
        problems=summary.problems,
        mail_reports=adapters.merge_zip_reports(summary.mail_files, zips),
    )
    template = "_sources_area.html" if is_htmx(request) else "sources.html"
    return render(request, template, context)
