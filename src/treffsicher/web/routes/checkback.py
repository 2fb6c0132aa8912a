"""Her private page (/r/TOKEN): no account, her language, saved as she goes.

The link's secret is the only key; a link shows only its own round. Wrong links and wrong
PINs count per client address: after LINK_FAILURES_ALLOWED within LINK_WINDOW the address
gets 429 for a while (the PIN is also locked in the database after five wrong tries); an
IPv6 address counts by its /64 network (web.guard.address_key).
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from treffsicher.errors import TreffsicherError
from treffsicher.services import checkback
from treffsicher.services.checkback import LinkInvalidError, PinLockedError, PinNeededError
from treffsicher.web.forms import PUBLIC_FORM, engine_of, read_form, text_field
from treffsicher.web.guard import address_key
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import is_htmx, render, request_language
from treffsicher.web.security import wants_secure_cookie

router = APIRouter()
PIN_COOKIE = "treffsicher_pin"
LINK_FAILURES_ALLOWED = 20
LINK_WINDOW_SECONDS = 600.0
MAX_TRACKED_ADDRESSES = 10_000  # bounded memory under a flood of addresses


class TooManyAttemptsError(TreffsicherError):
    """Too many wrong links or PINs from one address."""

    http_status = 429


@dataclass
class AttemptLimiter:
    """Failed attempts per client address in a sliding window (in memory)."""

    allowed: int = LINK_FAILURES_ALLOWED
    window: float = LINK_WINDOW_SECONDS
    failures: dict[str, deque[float]] = field(default_factory=dict)

    def check(self, key: str, lang: str) -> None:
        """TooManyAttemptsError when `key` failed too often lately."""
        recent = self.failures.get(key)
        now = time.monotonic()
        while recent and now - recent[0] > self.window:
            recent.popleft()
        if recent is not None and len(recent) >= self.allowed:
            raise TooManyAttemptsError(ui_text("her.too_many", lang))

    def fail(self, key: str) -> None:
        """Count a failure of `key`; at most MAX_TRACKED_ADDRESSES keys are kept (first
        those whose failures are all older than the window are dropped, then the oldest)."""
        if key not in self.failures and len(self.failures) >= MAX_TRACKED_ADDRESSES:
            self.forget_old()
        self.failures.setdefault(key, deque()).append(time.monotonic())

    def forget_old(self) -> None:
        """Make room for one more key."""
        now = time.monotonic()
        for key in [k for k, times in self.failures.items() if now - times[-1] > self.window]:
            del self.failures[key]
        while len(self.failures) >= MAX_TRACKED_ADDRESSES:
            del self.failures[next(iter(self.failures))]


def limiter_of(request: Request) -> AttemptLimiter:
    """The app's limiter (made on first use)."""
    limiter = getattr(request.app.state, "checkback_limiter", None)
    if not isinstance(limiter, AttemptLimiter):
        limiter = AttemptLimiter()
        request.app.state.checkback_limiter = limiter
    return limiter


def address_of(request: Request) -> str:
    """The key her attempts are counted under: the address, an IPv6 one by its /64."""
    return address_key(request.client.host) if request.client else "unknown"


def open_or_count(
    request: Request, token: str, pin: str | None = None
) -> tuple[checkback.Round, str]:
    """Her round (PIN pass from the cookie), counting wrong links and PINs per address."""
    limiter = limiter_of(request)
    key = address_of(request)
    lang = request_language(request)  # her browser's, until her round names its own
    limiter.check(key, lang)
    try:
        return checkback.open_round(
            engine_of(request),
            token,
            pin=pin,
            pin_pass=request.cookies.get(PIN_COOKIE),
            lang=lang,
        )
    except (LinkInvalidError, PinNeededError) as exc:
        if isinstance(exc, LinkInvalidError) or pin:
            limiter.fail(key)
        raise


def her_page(request: Request, round_: checkback.Round, status_code: int = 200) -> HTMLResponse:
    """Her page in her language and form of address."""
    request.state.lang = round_.language
    return render(
        request,
        "checkback.html",
        {"round": round_, "token": request.path_params["token"], "nav": ""},
        status_code=status_code,
    )


@router.get("/r/{token}", response_class=HTMLResponse)
def her_round(request: Request, token: str) -> HTMLResponse:
    """Her statements (or questions), each with its answer form."""
    try:
        round_, _pass = open_or_count(request, token)
    except PinNeededError:
        return pin_page(request, token, "")
    return her_page(request, round_)


def pin_page(request: Request, token: str, message: str, status_code: int = 200) -> HTMLResponse:
    return render(
        request,
        "checkback_pin.html",
        {"token": token, "message": message, "nav": ""},
        status_code=status_code,
    )


@router.post("/r/{token}/pin", response_class=HTMLResponse)
async def her_pin(request: Request, token: str) -> Response:
    """Check her PIN; the browser keeps a pass for this link only."""
    form = await read_form(request, PUBLIC_FORM)
    try:
        _round, pin_pass = open_or_count(request, token, text_field(form, "pin").strip())
    except PinNeededError as exc:
        return pin_page(request, token, str(exc), status_code=401)
    except PinLockedError as exc:
        return pin_page(request, token, str(exc), status_code=429)
    response = RedirectResponse(f"/r/{token}", status_code=303)
    response.set_cookie(
        PIN_COOKIE,
        pin_pass,
        httponly=True,
        samesite="strict",
        secure=wants_secure_cookie(request),
        path=f"/r/{token}",
    )
    return response


@router.post("/r/{token}/items/{item_id}", response_class=HTMLResponse)
async def her_answer(request: Request, token: str, item_id: int) -> Response:
    """Save one answer (append-only); HTMX gets the item back, others the page."""
    form = await read_form(request, PUBLIC_FORM)
    lang = request_language(request)
    limiter_of(request).check(address_of(request), lang)
    try:
        round_ = checkback.answer_item(
            engine_of(request),
            token,
            item_id,
            text_field(form, "answer"),
            text_field(form, "text"),
            text_field(form, "comment"),
            pin_pass=request.cookies.get(PIN_COOKIE),
            lang=lang,
        )
    except LinkInvalidError:
        limiter_of(request).fail(address_of(request))
        raise
    if is_htmx(request):
        request.state.lang = round_.language
        item = next(i for i in round_.items if i.id == item_id)
        context = {"round": round_, "token": token, "item": item, "saved": True, "nav": ""}
        return render(request, "_checkback_saved.html", context)
    return RedirectResponse(f"/r/{token}#item-{item_id}", status_code=303)


@router.post("/r/{token}/finish")
async def her_finish(request: Request, token: str) -> Response:
    """She is done."""
    await read_form(request, PUBLIC_FORM)
    lang = request_language(request)
    limiter_of(request).check(address_of(request), lang)
    try:
        checkback.finish_round(
            engine_of(request), token, pin_pass=request.cookies.get(PIN_COOKIE), lang=lang
        )
    except LinkInvalidError:
        limiter_of(request).fail(address_of(request))
        raise
    return RedirectResponse(f"/r/{token}", status_code=303)
