"""The login page, logout and the password change of a logged-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Request
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from treffsicher.errors import InputError
from treffsicher.services import accounts
from treffsicher.web.auth import (
    LOGIN_PATH,
    current_user,
    safe_next,
    set_session_cookie,
)
from treffsicher.web.forms import PUBLIC_FORM, engine_of, read_form, text_field
from treffsicher.web.guard import (
    ACCOUNT_FREE_FAILURES,
    PasswordGuard,
    account_key,
    address_key,
)
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import Flash, render, request_language
from treffsicher.web.security import SESSION_COOKIE, bind_csrf_to_session

router = APIRouter()
T = TypeVar("T")
# argon2id checks at the same time (each takes 64 MiB and a core for a moment); more wait.
LOGIN_HASH_SLOTS = 2


def hash_slots(request: Request) -> CapacityLimiter:
    """The app's limit on concurrent password checks (made on first use, in the loop)."""
    slots = getattr(request.app.state, "login_hash_slots", None)
    if not isinstance(slots, CapacityLimiter):
        slots = CapacityLimiter(LOGIN_HASH_SLOTS)
        request.app.state.login_hash_slots = slots
    return slots


async def run_hashing(request: Request, func: Callable[..., T], *args: object) -> T:
    """Run a password check or change in a worker thread, at most LOGIN_HASH_SLOTS at once."""
    return await to_thread.run_sync(partial(func, *args), limiter=hash_slots(request))


def login_guard(request: Request) -> PasswordGuard:
    """The app's per-address lock-out for wrong logins (keys: guard.address_key)."""
    guard = getattr(request.app.state, "login_guard", None)
    if not isinstance(guard, PasswordGuard):
        guard = PasswordGuard()
        request.app.state.login_guard = guard
    return guard


def account_guard(request: Request) -> PasswordGuard:
    """The app's per-account-name lock-out for wrong logins from any address (keys:
    guard.account_key; names that do not exist are counted like those that do)."""
    guard = getattr(request.app.state, "account_guard", None)
    if not isinstance(guard, PasswordGuard):
        guard = PasswordGuard(free_failures=ACCOUNT_FREE_FAILURES)
        request.app.state.account_guard = guard
    return guard


@dataclass(frozen=True)
class PasswordAttempt:
    """One password check under both lock-outs: the client's address and the account name."""

    by_address: PasswordGuard
    address: str
    by_account: PasswordGuard
    account: str

    @classmethod
    def of(cls, request: Request, name: str) -> PasswordAttempt:
        return cls(
            login_guard(request),
            address_key(client_address(request)),
            account_guard(request),
            account_key(name),
        )

    def seconds_locked(self) -> int:
        """The longer wait of the two: a locked address and a locked account name (known
        or not) get the same answer."""
        return max(
            self.by_address.seconds_locked(self.address),
            self.by_account.seconds_locked(self.account),
        )

    def count_as_wrong(self) -> None:
        """Counted as wrong before the check and cleared on success: checks sent at the
        same time cannot all pass the lock-out while the first ones still run."""
        self.by_address.record_failure(self.address)
        self.by_account.record_failure(self.account)

    def clear(self) -> None:
        self.by_address.record_success(self.address)
        self.by_account.record_success(self.account)


def refuse_locked(
    request: Request, template: str, context: dict[str, object], lang: str, wait: int
) -> Response:
    """The page again with „Zu viele falsche Versuche …“: 429 with Retry-After."""
    context["flash"] = [Flash("error", ui_text("login.locked", lang, seconds=wait))]
    response = render(request, template, context, status_code=429)
    response.headers["Retry-After"] = str(wait)
    return response


def client_address(request: Request) -> str:
    """The address a login comes from (behind a proxy: as uvicorn's --proxy-headers says)."""
    return request.client.host if request.client else "?"


def check_login_evenly(engine: Engine, name: str, password: str) -> accounts.UserInfo | None:
    """accounts.check_login, after making sure the hash it checks unknown names against
    exists: the first unknown name after the start must not take longer than a known one."""
    accounts.dummy_hash()
    return accounts.check_login(engine, name, password)


@router.get(LOGIN_PATH, response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    """The login form."""
    context = {"next": safe_next(request.query_params.get("next", "")), "name": "", "nav": ""}
    return render(request, "login.html", context)


@router.post(LOGIN_PATH)
async def log_in(request: Request) -> Response:
    """Check name and password (with the lock-out); a new session cookie on success."""
    form = await read_form(request, PUBLIC_FORM)
    lang = request_language(request)
    name, target = text_field(form, "name"), safe_next(text_field(form, "next"))
    attempt = PasswordAttempt.of(request, name)
    context: dict[str, object] = {"next": target, "name": name[:100], "nav": ""}
    wait = attempt.seconds_locked()
    if wait:
        return refuse_locked(request, "login.html", context, lang, wait)
    engine = engine_of(request)
    attempt.count_as_wrong()
    password = text_field(form, "password")
    user = await run_hashing(request, check_login_evenly, engine, name, password)
    if user is None:
        context["flash"] = [Flash("error", ui_text("login.failed", lang))]
        return render(request, "login.html", context, status_code=401)
    attempt.clear()
    session_id = await run_in_threadpool(accounts.start_session, engine, user.id)
    redirect = RedirectResponse(target, status_code=303)
    set_session_cookie(request, redirect, session_id)
    return redirect


@router.post("/logout")
async def log_out(request: Request) -> Response:
    """End this browser's session."""
    await read_form(request)
    session_id = request.cookies.get(SESSION_COOKIE, "")
    if session_id:
        await run_in_threadpool(accounts.end_session, engine_of(request), session_id)
    response = RedirectResponse(LOGIN_PATH, status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/account/password", response_class=HTMLResponse)
def password_page(request: Request) -> HTMLResponse:
    """The form to change one's own password."""
    return render(request, "account_password.html", {"user": current_user(request), "nav": ""})


@router.post("/account/password", response_class=HTMLResponse)
async def change_password(request: Request) -> Response:
    """Change the password; every other login of this user ends, this one goes on."""
    form = await read_form(request)
    lang = request_language(request)
    user = current_user(request)
    context: dict[str, object] = {"user": user, "nav": ""}
    if user is None:
        raise InputError(ui_text("login.required", lang))
    engine = engine_of(request)
    new, repeated = text_field(form, "new"), text_field(form, "repeat")
    try:
        accounts.check_new_password_pair(new, repeated, lang)
    except InputError as exc:
        context["flash"] = [Flash("error", str(exc))]
        return render(request, "account_password.html", context, status_code=400)
    # The current password is checked with the login's lock-out: a session left open on
    # someone's screen must not let its finder guess the password behind it.
    attempt = PasswordAttempt.of(request, user.name)
    wait = attempt.seconds_locked()
    if wait:
        return refuse_locked(request, "account_password.html", context, lang, wait)
    attempt.count_as_wrong()
    try:
        await run_hashing(
            request,
            accounts.change_own_password,
            engine,
            user.id,
            text_field(form, "current"),
            new,
            repeated,
            lang,
        )
    except InputError as exc:
        context["flash"] = [Flash("error", str(exc))]
        return render(request, "account_password.html", context, status_code=400)
    attempt.clear()
    session_id = await run_in_threadpool(accounts.start_session, engine, user.id)
    context["flash"] = [Flash("info", ui_text("password_page.changed", lang))]
    bind_csrf_to_session(request, session_id)  # the page's forms belong to the new login
    response = render(request, "account_password.html", context)
    set_session_cookie(request, response, session_id)
    return response
