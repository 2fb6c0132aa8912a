"""Web security: CSRF double-submit tokens, an optional password, body limits, headers.

CSRF: a random token lives in an HttpOnly, SameSite=Lax cookie and is repeated
in every state-changing form (hidden field `csrf_token`) or, for HTMX requests, in the
X-CSRF-Token header set on <body>. A POST is accepted only when both are present and equal
(constant-time compare) and, if the browser sends an Origin header, it names this host.
Another site can neither read the cookie nor set the field, so it cannot forge a request.

Password: a server reachable from other machines must have one (`serve` refuses otherwise);
it is checked as HTTP Basic authentication (any user name) on every request.

Host: every request must name a host the server is meant for — an IP address, "localhost",
or a name configured with TREFFSICHER_ALLOWED_HOSTS or `serve --host NAME`; anything else
gets 400. This closes DNS rebinding: a page of evil.example whose name later resolves to
127.0.0.1 still sends "Host: evil.example", so it can neither read a page nor pass the
Origin check below. An IP literal is safe to accept because rebinding needs a name.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.requests import Request

from treffsicher.errors import TreffsicherError

CSRF_COOKIE = "treffsicher_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
TOKEN_BYTES = 32
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Content-Security-Policy: nothing from other hosts, no inline script (defence in depth
# behind the escaping: even an unescaped <script> would not run).
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

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class CsrfError(TreffsicherError):
    """A state-changing request without a valid CSRF token (or from another origin)."""

    http_status = 403


def new_token() -> str:
    """A fresh random CSRF token."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def csrf_token_for(request: Request) -> tuple[str, bool]:
    """The request's CSRF token and whether it is new (then the cookie must be set)."""
    cached = getattr(request.state, "csrf_token", None)
    if isinstance(cached, str):
        return cached, bool(getattr(request.state, "csrf_new", False))
    token = request.cookies.get(CSRF_COOKIE, "")
    is_new = len(token) < TOKEN_BYTES
    if is_new:
        token = new_token()
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


class SecurityMiddleware:
    """Pure ASGI middleware: password check, request size cap, security headers."""

    def __init__(
        self,
        app: ASGIApp,
        password: str | None,
        max_body_bytes: int,
        too_large: Callable[[Scope], tuple[int, bytes]],
        allowed_hosts: Iterable[str] = (),
    ) -> None:
        self.app = app
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
                [(b"content-type", b"text/plain; charset=utf-8")],
            )
            return
        if (
            self.password
            and not is_public_path(scope.get("path", ""))
            and not check_basic_password(headers.get("authorization"), self.password)
        ):
            await self.respond(
                send,
                401,
                b"Password required / Passwort erforderlich",
                [(b"www-authenticate", b'Basic realm="treffsicher", charset="UTF-8"')],
            )
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body_bytes:
            status, body = self.too_large(scope)
            await self.respond(send, status, body, [(b"content-type", b"text/html; charset=utf-8")])
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)

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
                    *SECURITY_HEADERS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
