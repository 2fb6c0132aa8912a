"""Page rendering: the Jinja2 environment (autoescape on) and the per-request context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Match, Mount

from treffsicher.web.i18n import (
    LANG_COOKIE,
    LANGUAGES,
    choose_language,
    format_count,
    format_score,
    format_when,
    ui_plural,
    ui_text,
)
from treffsicher.web.messages import UI_MESSAGES
from treffsicher.web.security import CSRF_COOKIE, csrf_token_for, wants_secure_cookie

HTMX_FILE = "htmx-2.0.11.min.js"
COOKIE_MAX_AGE = 365 * 24 * 3600


@dataclass(frozen=True)
class Flash:
    """A message shown at the top of a page: level is info, warning or error."""

    level: str
    text: str


def make_environment() -> Environment:
    """Templates from the package, every value HTML-escaped unless marked safe."""
    env = Environment(
        loader=PackageLoader("treffsicher.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["known_keys"] = frozenset(UI_MESSAGES)
    env.globals["languages"] = LANGUAGES
    env.globals["htmx_file"] = HTMX_FILE
    env.globals["static"] = lambda name: f"/static/{name}"
    env.filters["sentence"] = as_sentence
    return env


def as_sentence(text: str) -> str:
    """A reason as a sentence of its own: capital first letter, closing full stop."""
    text = " ".join(str(text).split()).rstrip(" –-:;,")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…“”" else text + "."


def request_language(request: Request) -> str:
    """The UI language of this request (see i18n.choose_language); cached on the request."""
    cached = getattr(request.state, "lang", None)
    if isinstance(cached, str):
        return cached
    fallback = request.app.state.settings.lang
    lang = choose_language(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
        fallback,
    )
    request.state.lang = lang
    return lang


def is_htmx(request: Request) -> bool:
    """True for requests HTMX sends (they get a fragment, not a whole page)."""
    return request.headers.get("hx-request") == "true"


def answers_get(request: Request, path: str) -> bool:
    """True when one of the app's routes serves GET at `path`."""
    scope = {"type": "http", "path": path, "method": "GET"}
    return any(
        not isinstance(route, Mount) and route.matches(scope)[0] == Match.FULL
        for route in request.app.router.routes
    )


def page_address(request: Request) -> tuple[str, list[tuple[str, str]]]:
    """Path and query of the page a link may lead back to: the request's own for a GET;
    after a POST the nearest page above it that answers GET (a link cannot repeat a POST)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    path = request.url.path
    if request.method == "GET":
        return path, params
    while path not in ("", "/") and not answers_get(request, path):
        path = path.rsplit("/", 1)[0]
    return path or "/", []


def switch_url(request: Request, code: str) -> str:
    """The current page in another language (?lang=code, other query parameters kept)."""
    path, params = page_address(request)
    params.append(("lang", code))
    return f"{path}?{urlencode(params)}"


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render `template` with the shared context; sets the CSRF and language cookies."""
    lang = request_language(request)
    token, token_is_new = csrf_token_for(request)
    env: Environment = request.app.state.templates
    values: dict[str, Any] = {
        "lang": lang,
        "_": partial(ui_text, lang=lang),
        "plural": partial(ui_plural, lang=lang),
        "csrf_token": token,
        "count": partial(format_count, lang=lang),
        "score": partial(format_score, lang=lang),
        "when": partial(format_when, lang=lang),
        "switch_url": partial(switch_url, request),
        "flash": [],
        "nav": "clients",
        "user": getattr(request.state, "user", None),
    }
    values.update(context)
    html = env.get_template(template).render(values)
    response = HTMLResponse(html, status_code=status_code)
    if token_is_new:
        response.set_cookie(
            CSRF_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=wants_secure_cookie(request),
            path="/",
        )
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=COOKIE_MAX_AGE, samesite="lax", path="/")
    return response
