"""Logins of the team server: the session cookie, the middleware that asks for a login,
and who is looking at a page.

As soon as one user account exists, every page except her check-back pages (/r/…),
static files and the login page itself needs a login; the shared HTTP Basic password
(TREFFSICHER_PASSWORD) is only the fallback of a workspace without accounts. The cookie
holds a random session id; the database only its SHA-256 (services.accounts).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from anyio import to_thread
from sqlalchemy import Engine
from starlette.requests import Request
from starlette.responses import Response

from treffsicher.services import accounts
from treffsicher.services.accounts import UserInfo
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import request_language
from treffsicher.web.security import (
    SESSION_COOKIE,
    ASGIApp,
    Receive,
    Scope,
    Send,
    is_public_path,
    wants_secure_cookie,
)

LOGIN_PATH = "/login"
OPEN_PATHS = frozenset({LOGIN_PATH})


def current_user(request: Request) -> UserInfo | None:
    """The logged-in user of this request, or None (no accounts, or a public page)."""
    user = getattr(request.state, "user", None)
    return user if isinstance(user, UserInfo) else None


def viewer_id(request: Request) -> int | None:
    """The id of the logged-in user, or None: then every client is visible (a workspace
    without accounts, where the middleware lets nobody else in)."""
    user = current_user(request)
    return user.id if user else None


def set_session_cookie(request: Request, response: Response, session_id: str) -> None:
    """Put the session id into an HttpOnly, SameSite=Lax cookie (Secure behind TLS)."""
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(accounts.SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=wants_secure_cookie(request),
        path="/",
    )


def safe_next(target: str) -> str:
    """Where to go after the login: a path of this site only (never //host or a URL)."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/clients"


class AccountMiddleware:
    """Pure ASGI middleware: finds the user of the session cookie; when accounts exist
    and there is none, sends the browser to the login page (401 for HTMX and POSTs)."""

    def __init__(self, app: ASGIApp, engine_of: Callable[[], Engine]) -> None:
        self.app = app
        self.engine_of = engine_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_public_path(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        session_id = request.cookies.get(SESSION_COOKIE, "")
        engine = self.engine_of()
        user = await to_thread.run_sync(accounts.user_for_session, engine, session_id)
        if user is not None:
            scope.setdefault("state", {})["user"] = user
        elif scope.get("path") not in OPEN_PATHS:
            n_users = await to_thread.run_sync(accounts.count_users, engine)
            if n_users:
                await self.ask_for_login(request, scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def ask_for_login(
        self, request: Request, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """303 to the login page for a page view; 401 (HTMX: HX-Redirect) otherwise."""
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        location = f"{LOGIN_PATH}?next={quote(target, safe='')}"
        if request.method in ("GET", "HEAD") and "hx-request" not in request.headers:
            response = Response(status_code=303, headers={"location": location})
        else:
            text = ui_text("login.required", request_language(request))
            response = Response(text, status_code=401, media_type="text/plain")
            response.headers["HX-Redirect"] = location
        await response(scope, receive, send)


def require_client_access(request: Request) -> None:
    """Route dependency: a route with {client_id} answers „not found“ when the client is
    private to another user (services.accounts decides)."""
    raw = request.path_params.get("client_id")
    if raw is None or not (str(raw).isascii() and str(raw).isdigit()):
        return
    accounts.require_client_access(
        request.app.state.engine, viewer_id(request), int(raw), request_language(request)
    )
