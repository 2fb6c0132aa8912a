"""The `serve` command: the web interface on 127.0.0.1, and --get for smoke tests.

`--get PATH` renders one page in-process and prints it, as datasette's `--get` does: no
port, no browser, handy for scripts and bug reports. A host other than loopback is refused
unless TREFFSICHER_PASSWORD is set; a port in use gets a message naming a free one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Annotated, Any

import typer

from treffsicher.cli.base import app, get_settings, h, open_engine

if TYPE_CHECKING:
    from fastapi import FastAPI

    from treffsicher.settings import Settings
    from treffsicher.web.app import WebOptions

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
PORTS_TRIED = 50  # how far above a busy port to look for a free one


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost' (reachable from this computer only)."""
    import ipaddress  # here, not at the top: `treffsicher --help` imports this module

    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_port_free(host: str, port: int) -> bool:
    """True when a server could listen on host:port right now."""
    import errno
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def suggest_port(host: str, port: int) -> int:
    """The first free port above `port` (or port + 1 when none of the next ones is)."""
    for candidate in range(port + 1, min(port + 1 + PORTS_TRIED, 65536)):
        if is_port_free(host, candidate):
            return candidate
    return port + 1


def get_page(web_app: FastAPI, path: str) -> tuple[int, str]:
    """Status and body of GET `path`, rendered in-process through the ASGI interface."""
    import asyncio
    import threading

    raw_path, _, query = path.partition("?")
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": raw_path or "/",
        "raw_path": (raw_path or "/").encode(),
        "query_string": query.encode(),
        "headers": [(b"host", b"localhost"), (b"accept", b"text/html")],
        "client": ("127.0.0.1", 0),
        "server": ("localhost", 80),
        "root_path": "",
    }
    status = 500
    body: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    # A thread of its own: the caller may already run an event loop (a test harness).
    worker = threading.Thread(target=asyncio.run, args=(web_app(scope, receive, send),))
    worker.start()
    worker.join()
    return status, b"".join(body).decode("utf-8", errors="replace")


def use_public_url(
    url: str, options: WebOptions, lang: str, has_accounts: bool = False
) -> WebOptions:
    """Options that answer to the public URL's host; the URL goes to the check-back links.

    Her pages (/r/…) need no password, all others do: a public URL without user accounts
    and without TREFFSICHER_PASSWORD would open the whole workspace, so it is refused.
    """
    import os
    from urllib.parse import urlsplit

    from treffsicher.web.guard import MIN_PASSWORD_LENGTH
    from treffsicher.web.i18n import ui_text
    from treffsicher.web.routes.understanding import PUBLIC_URL_ENV

    host = urlsplit(url).hostname or ""
    weak = len(options.password or "") < MIN_PASSWORD_LENGTH
    if not host or (not is_loopback(host) and weak and not has_accounts):
        typer.echo(ui_text("serve.public_needs_password", lang, url=url), err=True)
        raise typer.Exit(1)
    os.environ[PUBLIC_URL_ENV] = url.rstrip("/")
    if host in options.allowed_hosts:
        return options
    return dataclasses.replace(options, allowed_hosts=(*options.allowed_hosts, host))


def workspace_has_accounts(settings: Settings) -> bool:
    """True when the workspace has at least one user account."""
    from treffsicher.services.accounts import count_users

    return count_users(open_engine(settings)) > 0


@app.command("serve", help=h("serve"))
def serve_command(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help=h("opt.host"))] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", help=h("opt.port"))] = DEFAULT_PORT,
    get: Annotated[
        str | None,
        typer.Option("--get", help=h("opt.get")),
    ] = None,
    public_url: Annotated[
        str | None,
        typer.Option(
            "--public-url",
            help=h("opt.public_url"),
        ),
    ] = None,
) -> None:
    """Serve the web interface on the workspace (http://127.0.0.1:8000 by default)."""
    from treffsicher.web.app import WebOptions, create_app
    from treffsicher.web.guard import MIN_PASSWORD_LENGTH
    from treffsicher.web.i18n import ui_text

    settings = get_settings(ctx)
    lang = settings.lang
    options = WebOptions.from_env()
    if host not in ("0.0.0.0", "::", "") and host not in options.allowed_hosts:
        # The name it was told to listen on is a name its pages are reached by.
        options = dataclasses.replace(options, allowed_hosts=(*options.allowed_hosts, host))
    # With user accounts every page asks for a login; the shared password is only the
    # fallback of a workspace without them.
    has_accounts = workspace_has_accounts(settings)
    if public_url:
        options = use_public_url(public_url, options, lang, has_accounts)
    if get is not None:
        status, body = get_page(create_app(settings, options), get)
        typer.echo(body)
        if status >= 400:
            typer.echo(ui_text("serve.get_failed", lang, path=get, status=status), err=True)
            raise typer.Exit(1)
        return
    if not is_loopback(host) and not has_accounts and not options.password:
        typer.echo(ui_text("serve.needs_password", lang, host=host), err=True)
        raise typer.Exit(1)
    weak = len(options.password or "") < MIN_PASSWORD_LENGTH
    if not is_loopback(host) and not has_accounts and weak:
        typer.echo(
            ui_text("serve.password_too_short", lang, host=host, length=MIN_PASSWORD_LENGTH),
            err=True,
        )
        raise typer.Exit(1)
    if not is_port_free(host, port):
        suggestion = suggest_port(host, port)
        typer.echo(
            ui_text("serve.port_in_use", lang, host=host, port=port, suggestion=suggestion),
            err=True,
        )
        raise typer.Exit(1)
    import uvicorn

    web_app = create_app(settings, options)
    shown_host = f"[{host}]" if ":" in host else host
    typer.echo(ui_text("serve.listening", lang, url=f"http://{shown_host}:{port}/"))
    uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)
