"""The web app factory: create_app(settings) → FastAPI, with nothing done at import time."""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from treffsicher.errors import TreffsicherError
from treffsicher.services.accounts import count_users, shared_secret
from treffsicher.services.uploads import staging_root
from treffsicher.services.workspace import open_workspace
from treffsicher.settings import Settings
from treffsicher.web.auth import AccountMiddleware, require_client_access
from treffsicher.web.i18n import DEFAULT_LANGUAGE, choose_language, ui_text
from treffsicher.web.render import is_htmx, make_environment, render, request_language
from treffsicher.web.security import HeadAsGetMiddleware, SecurityMiddleware, is_public_path

LOGGER = logging.getLogger(__name__)
ENV_PASSWORD = "TREFFSICHER_PASSWORD"
ENV_MAX_UPLOAD_MB = "TREFFSICHER_MAX_UPLOAD_MB"
ENV_ALLOWED_HOSTS = "TREFFSICHER_ALLOWED_HOSTS"
ENV_SECURE_COOKIES = "TREFFSICHER_SECURE_COOKIES"
DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024  # per file
MAX_FILES_PER_REQUEST = 20  # with the per-file limit, caps a request's body
MEGABYTE = 1024 * 1024
MAX_ROW_ID = 2**63 - 1
CSRF_SECRET_NAME = "csrf"  # the largest integer SQLite and PostgreSQL (bigint) store


@dataclass(frozen=True)
class WebOptions:
    """What only the web server needs: its password, the upload limit per file and the
    host names it answers to besides IP addresses and localhost."""

    password: str | None = None
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    allowed_hosts: tuple[str, ...] = ()
    secure_cookies: bool = False  # TREFFSICHER_SECURE_COOKIES=1: always behind TLS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WebOptions:
        """Options from TREFFSICHER_PASSWORD, _MAX_UPLOAD_MB and _ALLOWED_HOSTS."""
        env = os.environ if environ is None else environ
        limit = DEFAULT_MAX_UPLOAD_BYTES
        raw = env.get(ENV_MAX_UPLOAD_MB, "").strip()
        if raw:
            try:
                limit = max(1, int(float(raw) * MEGABYTE))
            except ValueError:
                limit = DEFAULT_MAX_UPLOAD_BYTES
        hosts = tuple(h.strip() for h in env.get(ENV_ALLOWED_HOSTS, "").split(",") if h.strip())
        return cls(
            password=env.get(ENV_PASSWORD) or None,
            max_upload_bytes=limit,
            allowed_hosts=hosts,
            secure_cookies=env.get(ENV_SECURE_COOKIES, "").strip().lower() in ("1", "true", "yes"),
        )


def static_dir() -> Path:
    """The folder with htmx, CSS and the small script, inside the package."""
    return Path(str(resources.files("treffsicher.web").joinpath("static")))


def create_app(settings: Settings, options: WebOptions | None = None) -> FastAPI:
    """The web interface on the workspace of `settings` (opened and migrated here)."""
    from treffsicher.web.routes import (
        account,
        checkback,
        clients,
        drafts,
        meeting,
        passages,
        profile,
        sources,
        understanding,
    )

    options = options or WebOptions()
    app = FastAPI(title="treffsicher", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.options = options
    app.state.engine = open_workspace(settings.database_url, settings.lang)
    app.state.templates = make_environment()
    # Shared by every process on this workspace: a form from one worker passes at another.
    app.state.csrf_secret = shared_secret(app.state.engine, CSRF_SECRET_NAME)
    app.state.staging_root = staging_root(settings.database_url)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    app.include_router(account.router)
    modules = (clients, sources, passages, profile, drafts, meeting, understanding, checkback)
    for module in modules:
        # Every route naming a client checks first that the logged-in user may see her.
        app.include_router(module.router, dependencies=[Depends(require_client_access)])
    install_error_handlers(app)
    install_id_guard(app)
    max_body = options.max_upload_bytes * MAX_FILES_PER_REQUEST + MEGABYTE

    def too_large(scope: object) -> tuple[int, bytes]:
        limit = options.max_upload_bytes // MEGABYTE
        text = ui_text("error.request_too_large", settings.lang or DEFAULT_LANGUAGE, size=limit)
        return 413, text.encode("utf-8")

    engine = app.state.engine
    app.add_middleware(AccountMiddleware, engine_of=lambda: app.state.engine)
    app.add_middleware(
        SecurityMiddleware,
        # The shared password is the fallback of a workspace without user accounts.
        password=options.password,
        password_applies=lambda: count_users(engine) == 0,
        max_body_bytes=max_body,
        too_large=too_large,
        allowed_hosts=options.allowed_hosts,
    )
    app.add_middleware(HeadAsGetMiddleware)  # outermost: every check sees HEAD as GET
    return app


def install_error_handlers(app: FastAPI) -> None:
    """One handler per error kind: a page, an HTMX fragment or JSON."""

    @app.exception_handler(TreffsicherError)
    async def handle_treffsicher_error(request: Request, exc: TreffsicherError) -> Response:
        return error_response(request, str(exc), exc.http_status)

    @app.exception_handler(StarletteHTTPException)
    async def handle_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        lang = request_language(request)
        key = "error.not_found" if exc.status_code == 404 else "error.http"
        return error_response(request, ui_text(key, lang, status=exc.status_code), exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def handle_invalid_address(request: Request, exc: RequestValidationError) -> Response:
        # Only path and query values are validated by FastAPI here (forms are read by
        # hand): an address that names nothing is a page that does not exist.
        errors = exc.errors()
        value = str(errors[0].get("input", "")) if errors else ""
        message = ui_text("error.bad_address", request_language(request), value=value[:80])
        return error_response(request, message, 404)

    @app.exception_handler(Exception)
    async def handle_unexpected(request: Request, exc: Exception) -> Response:
        LOGGER.error("unexpected error on %s", request.url.path, exc_info=exc)
        return error_response(request, ui_text("error.internal", request_language(request)), 500)


def names_an_impossible_id(request: Request) -> bool:
    """True when a number in the path or query is larger than any row id can be."""
    values = [*request.url.path.split("/"), *request.query_params.values()]
    return any(v.isascii() and v.isdigit() and int(v) > MAX_ROW_ID for v in values)


def install_id_guard(app: FastAPI) -> None:
    """A number beyond the database's integer range names nothing: answer „not found“
    with the app's page instead of letting the database driver fail on it."""

    @app.middleware("http")
    async def refuse_impossible_ids(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if names_an_impossible_id(request):
            message = ui_text("error.not_found", request_language(request))
            return error_response(request, message, 404)
        return await call_next(request)


def error_response(request: Request, message: str, status: int) -> Response:
    """`{"ok": false, "error": …}` for JSON clients, a fragment for HTMX, else a page."""
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"ok": False, "error": message}, status_code=status)
    if is_htmx(request):
        response = render(request, "_error.html", {"message": message}, status_code=status)
        # Errors go to the page's error area, so the target keeps its place.
        response.headers["HX-Retarget"] = "#htmx-error"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    if is_public_path(request.url.path):
        # Her check-back pages: nothing of the team's pages (no navigation, no link to the
        # client list) for whoever holds a wrong or old link.
        return render(request, "checkback_error.html", {"message": message}, status_code=status)
    return render(request, "error.html", {"message": message}, status_code=status)


__all__ = ["WebOptions", "choose_language", "create_app"]
