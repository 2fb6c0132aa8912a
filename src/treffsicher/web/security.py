"""Web security: CSRF double-submit tokens, an optional password, body limits, headers.

CSRF: a random token lives in an HttpOnly, SameSite=Lax cookie and is repeated
in every state-changing form (hidden field `csrf_token`) or, for HTMX requests, in the
X-CSRF-Token header set on <body>. A POST is accepted only when both are present and equal
(constant-time compare), the cookie carries this server's signature (HMAC with a secret of
the running app) over the token and the browser's login session, and, if the browser sends
an Origin header, it names this host. Another site can neither read the cookie nor set the
field, and a cookie planted from elsewhere fails the signature — also a valid pair fetched
by the attacker himself, since it belongs to another (or no) login; so it cannot forge a
request. A login, logout or password change therefore brings a new token.

Password: the fallback of a workspace without user accounts. A server reachable from other
machines must have it then (`serve` refuses otherwise); it is checked as HTTP Basic
authentication (any user name) on every request. Once accounts exist, the login of
web.auth takes its place and the shared password opens nothing.

Host: every request must name a host the server is meant for — an IP address, "localhost",
or a name configured with TREFFSICHER_ALLOWED_HOSTS or `serve --host NAME`; anything else
gets 400. This closes DNS rebinding: a page of evil.example whose name later resolves to
127.0.0.1 still sends "Host: evil.example", so it can neither read a page nor pass the
Origin check below. An IP literal is safe to accept because rebinding needs a name.

HEAD: answered like the GET of the same address — status and headers, Content-Length of
the GET's body included — without the body (HeadAsGetMiddleware, outside the others: every
check sees the request as the GET it stands for).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

from anyio import to_thread
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from treffsicher.errors import TreffsicherError
from treffsicher.web.guard import PasswordGuard, address_key

CSRF_COOKIE = "treffsicher_csrf"
SESSION_COOKIE = "treffsicher_session"  # the login (web.auth); CSRF tokens are bound to it
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
TOKEN_BYTES = 32
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Content-Security-Policy: nothing from other hosts, no inline script (defence in depth
# behind the escaping: even an unescaped <script> would not run).
TEXT_PLAIN = b"text/plain; charset=utf-8"
# Pages show client data: no browser or proxy may keep a copy (static files may be cached).
NO_STORE = (b"cache-control", b"no-store")
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
# Standalone documents (the printable agenda, voice card and briefing record) carry their
# styles inline, so that a downloaded copy looks the same offline. They get a stricter
# policy of their own instead: no script at all, no forms, styles only inline or ours.
DOCUMENT_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
CSP_HEADER = b"content-security-policy"
ResponseT = TypeVar("ResponseT", bound=Response)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class CsrfError(TreffsicherError):
    """A state-changing request without a valid CSRF token (or from another origin)."""

    http_status = 403


def sign(value: str, secret: bytes, session: str = "") -> str:
    """The HMAC-SHA256 of `value` (and, when logged in, the session id) under `secret`,
    URL-safe."""
    message = value if not session else f"{value}\n{session}"
    digest = hmac.new(secret, message.encode("utf-8", "replace"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def new_token(secret: bytes, session: str = "") -> str:
    """A fresh random CSRF token for `session`, signed: `random.signature`."""
    value = secrets.token_urlsafe(TOKEN_BYTES)
    return f"{value}.{sign(value, secret, session)}"


def is_signed_token(token: str, secret: bytes, session: str = "") -> bool:
    """True when `token` is a CSRF token this server issued for `session` (its signature
    checks out)."""
    value, dot, signature = token.partition(".")
    if not dot or len(value) < TOKEN_BYTES:
        return False
    return hmac.compare_digest(signature, sign(value, secret, session))


def session_of(request: Request) -> str:
    """The login session a new CSRF token is bound to: the one a route just started
    (bind_csrf_to_session), else the browser's session cookie ('' when not logged in)."""
    started = getattr(request.state, "csrf_session", None)
    if isinstance(started, str):
        return started
    return request.cookies.get(SESSION_COOKIE, "")


def bind_csrf_to_session(request: Request, session_id: str) -> None:
    """The response to this request starts `session_id`: its forms need a token for it."""
    request.state.csrf_session = session_id
    request.state.csrf_token = None


def wants_secure_cookie(request: Request) -> bool:
    """Secure cookies when the request came over https (behind a proxy: uvicorn's
    --proxy-headers) or when TREFFSICHER_SECURE_COOKIES=1 says the server is behind TLS."""
    options = getattr(request.app.state, "options", None)
    forced = bool(getattr(options, "secure_cookies", False))
    return forced or request.url.scheme == "https"


def csrf_secret_of(request: Request) -> bytes:
    """The running app's CSRF signing secret."""
    secret = getattr(request.app.state, "csrf_secret", None)
    if not isinstance(secret, bytes):
        raise RuntimeError("create_app sets app.state.csrf_secret")
    return secret


def csrf_token_for(request: Request) -> tuple[str, bool]:
    """The request's CSRF token and whether it is new (then the cookie must be set)."""
    cached = getattr(request.state, "csrf_token", None)
    if isinstance(cached, str):
        return cached, bool(getattr(request.state, "csrf_new", False))
    secret = csrf_secret_of(request)
    session = session_of(request)
    token = request.cookies.get(CSRF_COOKIE, "")
    started = isinstance(getattr(request.state, "csrf_session", None), str)
    is_new = started or not is_signed_token(token, secret, session)
    if is_new:
        token = new_token(secret, session)
    request.state.csrf_token = token
    request.state.csrf_new = is_new
    return token, is_new


def is_same_origin(request: Request) -> bool:
    """False when the browser says the request comes from a page of another host."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin != "null"
    return urlsplit(origin).netloc == request.headers.get("host", "")


def verify_csrf(request: Request, form: FormData | None, message: str) -> None:
    """Raise CsrfError(message) unless the request carries the cookie's token."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent and form is not None:
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else ""
    if not cookie or not sent or not hmac.compare_digest(cookie, sent):
        raise CsrfError(message)
    session = request.cookies.get(SESSION_COOKIE, "")
    if not is_signed_token(cookie, csrf_secret_of(request), session):
        raise CsrfError(message)
    if not is_same_origin(request):
        raise CsrfError(message)


LOOPBACK_NAMES = frozenset({"localhost"})


def host_name_of(host_header: str) -> str:
    """The name or address of a Host header, lower case, without port and brackets."""
    value = host_header.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    if value.count(":") == 1:
        value = value.partition(":")[0]
    return value.rstrip(".")


def is_allowed_host(host_header: str | None, allowed_names: frozenset[str]) -> bool:
    """True when the Host header names an IP address, localhost or an allowed name."""
    if not host_header:
        return False
    name = host_name_of(host_header)
    if not name:
        return False
    if name in LOOPBACK_NAMES or name in allowed_names:
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def normalise_host_names(names: Iterable[str]) -> frozenset[str]:
    """Configured host names as the Host check compares them (lower case, no port)."""
    return frozenset(host_name_of(name) for name in names if name.strip())


# Her check-back pages (and the static files they use) are reached without the password:
# the link's secret is their key. Everything else needs the password when one is set.
PUBLIC_PREFIXES = ("/r/", "/static/")


def is_public_path(path: str) -> bool:
    """True for the client's private link pages and static files."""
    return path.startswith(PUBLIC_PREFIXES) and ".." not in path


def check_basic_password(authorization: str | None, password: str) -> bool:
    """True when an HTTP Basic Authorization header carries `password` (any user name)."""
    if not authorization or not authorization.lower().startswith("basic "):
        return False
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    _, _, given = decoded.partition(":")
    return hmac.compare_digest(given.encode("utf-8"), password.encode("utf-8"))


def response_headers(scope: Scope) -> list[tuple[bytes, bytes]]:
    """The security headers for a response to `scope`, with no-store except on static files."""
    if str(scope.get("path", "")).startswith("/static/"):
        return SECURITY_HEADERS
    return [NO_STORE, *SECURITY_HEADERS]


def as_document(response: ResponseT) -> ResponseT:
    """`response` with DOCUMENT_CSP: a standalone page whose inline styles may apply."""
    response.headers["content-security-policy"] = DOCUMENT_CSP
    return response


class SecurityMiddleware:
    """Pure ASGI middleware: password check, request size cap, security headers."""

    def __init__(
        self,
        app: ASGIApp,
        password: str | None,
        max_body_bytes: int,
        too_large: Callable[[Scope], tuple[int, bytes]],
        allowed_hosts: Iterable[str] = (),
        guard: PasswordGuard | None = None,
        password_applies: Callable[[], bool] | None = None,
    ) -> None:
        self.app = app
        self.password_applies = password_applies
        self.guard = guard or PasswordGuard()
        self.allowed_hosts = normalise_host_names(allowed_hosts)
        self.password = password
        self.max_body_bytes = max_body_bytes
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if not is_allowed_host(headers.get("host"), self.allowed_hosts):
            await self.respond(
                send,
                400,
                "Unbekannter Host: diese Adresse ist für treffsicher nicht freigegeben "
                "(TREFFSICHER_ALLOWED_HOSTS). / Unknown host: this address is not allowed "
                "for treffsicher (TREFFSICHER_ALLOWED_HOSTS).".encode(),
                [(b"content-type", TEXT_PLAIN)],
            )
            return
        if (
            self.password
            and not is_public_path(scope.get("path", ""))
            and await self.needs_password()
            and not await self.is_authorised(scope, headers, send)
        ):
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body_bytes:
            await self.refuse_too_large(scope, send)
            return
        await self.forward_limited(scope, receive, send)

    async def needs_password(self) -> bool:
        """False when the shared password is not in use (the workspace has accounts)."""
        if self.password_applies is None:
            return True
        return bool(await to_thread.run_sync(self.password_applies))

    async def is_authorised(self, scope: Scope, headers: dict[str, str], send: Send) -> bool:
        """Check the password (with the lock-out); answer 401/429 and return False if not."""
        address = address_key(str((scope.get("client") or ("?", 0))[0]))
        wait = self.guard.seconds_locked(address)
        if wait:
            await self.respond(
                send,
                429,
                b"Too many wrong passwords, try again later. / "
                + "Zu viele falsche Passwörter, bitte später noch einmal.".encode(),
                [(b"retry-after", str(wait).encode()), (b"content-type", TEXT_PLAIN)],
            )
            return False
        authorization = headers.get("authorization")
        assert self.password is not None
        if check_basic_password(authorization, self.password):
            self.guard.record_success(address)
            return True
        if authorization:
            self.guard.record_failure(address)
        await self.respond(
            send,
            401,
            b"Password required / Passwort erforderlich",
            [(b"www-authenticate", b'Basic realm="treffsicher", charset="UTF-8"')],
        )
        return False

    async def refuse_too_large(self, scope: Scope, send: Send) -> None:
        """Answer 413 with the app's message."""
        status, body = self.too_large(scope)
        await self.respond(send, status, body, [(b"content-type", b"text/html; charset=utf-8")])

    async def forward_limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, counting the body as it streams in: past the cap (also
        when no Content-Length was sent, as with chunked uploads) the app sees the client
        disconnect, whatever it would answer is dropped, and the answer is 413."""
        received = 0
        exceeded = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    exceeded = True
                    return {"type": "http.disconnect"}
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if exceeded:
                return
            if message["type"] == "http.response.start":
                started = True
                own = list(message.get("headers", []))
                added = response_headers(scope)
                if any(name.lower() == CSP_HEADER for name, _value in own):
                    added = [h for h in added if h[0] != CSP_HEADER]  # a document's own policy
                message["headers"] = own + added
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await self.refuse_too_large(scope, send)

    async def respond(
        self, send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
    ) -> None:
        """Send a complete small response."""
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    *headers,
                    (b"content-length", str(len(body)).encode()),
                    NO_STORE,
                    *SECURITY_HEADERS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


# The messages that carry (or stand for) a response's body; for HEAD they become one empty
# body message.
BODY_MESSAGES = frozenset(
    {"http.response.body", "http.response.pathsend", "http.response.zerocopysend"}
)


class HeadAsGetMiddleware:
    """Pure ASGI middleware: a HEAD request goes on as the same GET, and its answer goes
    back without the body. The host check, password, login and every route thus treat HEAD
    exactly as GET (static files included), and the headers describe the GET's body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("method", "")).upper() != "HEAD":
            await self.app(scope, receive, send)
            return
        ended = False

        async def send_without_body(message: Message) -> None:
            nonlocal ended
            if message["type"] in BODY_MESSAGES:
                last = message["type"] != "http.response.body" or not message.get("more_body")
                if ended or not last:
                    return
                ended = True
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
