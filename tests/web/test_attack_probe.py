"""An attacker's probes of the web interface, kept as tests (docs/decisions/0017-web-attack-
review.md): CSRF tokens of another login, cookies behind TLS, concurrent login guessing,
oversized forms on the pages anyone can reach, and her check-back pages."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient
from understanding_helpers import add_praxis
from web_helpers import WebClient, make_web_client, parse

from treffsicher.services import accounts, checkback, understanding
from treffsicher.web.app import WebOptions
from treffsicher.web.guard import ACCOUNT_FREE_FAILURES, FREE_FAILURES
from treffsicher.web.routes.account import LOGIN_HASH_SLOTS
from treffsicher.web.routes.checkback import (
    MAX_TRACKED_ADDRESSES,
    AttemptLimiter,
    TooManyAttemptsError,
)
from treffsicher.web.security import CSRF_COOKIE

ANNA_PASSWORD = "Kaffeebohne-Morgen-7"
BERT_PASSWORD = "Teekanne-am-Abend-42"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def browser(web: WebClient, base_url: str = "http://127.0.0.1") -> WebClient:
    """Another browser (its own cookies) on the same app."""
    return WebClient(TestClient(web.http.app, base_url=base_url))


def logged_in(web: WebClient, name: str, password: str) -> WebClient:
    """A browser of `name`, logged in, holding the token of a page it saw afterwards."""
    other = browser(web)
    other.get("/login")
    response = other.post(
        "/login", {"name": name, "password": password, "next": "/clients"}, follow_redirects=False
    )
    assert response.status_code == 303, response.text[:300]
    assert other.get("/clients").status_code == 200
    return other


@pytest.fixture
def team(tmp_path: Path) -> WebClient:
    """A workspace with the users anna and bert (the WebClient itself is not logged in)."""
    web = make_web_client(tmp_path)
    engine = web.http.app.state.engine
    accounts.add_user(engine, "anna", ANNA_PASSWORD)
    accounts.add_user(engine, "bert", BERT_PASSWORD)
    return web


def plant(victim: WebClient, cookie: str) -> None:
    """Put a CSRF cookie into the victim's browser (as a sibling site or a network attacker
    on plain http could)."""
    victim.http.cookies.set(CSRF_COOKIE, cookie)


def test_a_csrf_token_of_another_login_is_refused(team: WebClient) -> None:
    anna = logged_in(team, "anna", ANNA_PASSWORD)
    bert = logged_in(team, "bert", BERT_PASSWORD)
    # Bert's own valid pair, planted in Anna's browser, must not act for Anna.
    plant(anna, bert.http.cookies[CSRF_COOKIE])
    response = anna.http.post("/clients", data={"name": "Untergeschoben", "csrf_token": bert.token})
    assert response.status_code == 403
    # Nor a pair anybody can fetch from the login page without an account.
    stranger = browser(team)
    stranger.get("/login")
    plant(anna, stranger.http.cookies[CSRF_COOKIE])
    response = anna.http.post(
        "/clients", data={"name": "Untergeschoben", "csrf_token": stranger.token}
    )
    assert response.status_code == 403
    # Her own page gives her a token that works again.
    anna.http.cookies.delete(CSRF_COOKIE)
    anna.get("/clients")
    assert (
        anna.post("/clients", {"name": "Eigene Kundin"}, follow_redirects=False).status_code == 303
    )
    assert "Untergeschoben" not in anna.get("/clients").text


def test_the_token_changes_with_the_login_and_the_password(team: WebClient) -> None:
    anna = browser(team)
    anna.get("/login")
    before = anna.token
    anna.post("/login", {"name": "anna", "password": ANNA_PASSWORD}, follow_redirects=False)
    anna.get("/account/password")
    assert anna.token != before
    changed = anna.post(
        "/account/password",
        {"current": ANNA_PASSWORD, "new": BERT_PASSWORD + "x", "repeat": BERT_PASSWORD + "x"},
    )
    assert changed.status_code == 200
    # The page after the change holds a token for the new session: its forms still work.
    token = TOKEN.search(changed.text)
    assert token
    response = anna.http.post(
        "/clients",
        data={"name": "Nach dem Wechsel", "csrf_token": token.group(1)},
        follow_redirects=False,
    )
    assert response.status_code == 303


def set_cookies(response: Any) -> dict[str, str]:
    """Name → the whole Set-Cookie line of every cookie a response sets."""
    lines = response.headers.get_list("set-cookie")
    return {line.split("=", 1)[0]: line for line in lines}


def test_every_cookie_is_secure_behind_tls(tmp_path: Path) -> None:
    web = make_web_client(tmp_path)
    over_tls = browser(web, "https://127.0.0.1")
    assert "Secure" in set_cookies(over_tls.get("/clients"))[CSRF_COOKIE]
    assert "Secure" not in set_cookies(browser(web).get("/clients"))[CSRF_COOKIE]
    forced = make_web_client(tmp_path / "forced", WebOptions(secure_cookies=True))
    assert "Secure" in set_cookies(forced.get("/clients"))[CSRF_COOKIE]
    # Her PIN pass too.
    add_praxis(web.http.app.state.engine)
    understanding.add_assumption(
        web.http.app.state.engine, "Sabine Ohm", "Familien", "audience", "de"
    )
    created = checkback.create_round(
        web.http.app.state.engine, "Sabine Ohm", [1], lang="de", pin="4711"
    )
    token = created.link.rsplit("/r/", 1)[1]
    over_tls.get(f"/r/{token}")
    response = over_tls.post(f"/r/{token}/pin", {"pin": "4711"}, follow_redirects=False)
    assert response.status_code == 303
    assert "Secure" in set_cookies(response)["treffsicher_pin"]


def test_concurrent_wrong_logins_cannot_pass_the_lock_out(
    team: WebClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve wrong logins at once from one address: at most FREE_FAILURES passwords are
    checked, never more than LOGIN_HASH_SLOTS at a time (each argon2 check takes 64 MiB)."""
    lock = threading.Lock()
    state = {"calls": 0, "running": 0, "most": 0}

    def slow_check(engine: Any, name: str, password: str) -> None:
        with lock:
            state["calls"] += 1
            state["running"] += 1
            state["most"] = max(state["most"], state["running"])
        time.sleep(0.2)
        with lock:
            state["running"] -= 1

    monkeypatch.setattr(accounts, "check_login", slow_check)
    app = team.http.app
    statuses: list[int] = []

    async def attack() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            page = await http.get("/login")
            match = TOKEN.search(page.text)
            assert match
            form = {"csrf_token": match.group(1), "name": "anna"}

            async def guess(n: int) -> None:
                response = await http.post("/login", data={**form, "password": f"rate-{n}"})
                statuses.append(response.status_code)

            async with anyio.create_task_group() as group:
                for n in range(12):
                    group.start_soon(guess, n)

    # A thread of its own: an earlier test may leave an event loop set in this one.
    failures: list[BaseException] = []

    def run() -> None:
        try:
            anyio.run(attack)
        except BaseException as error:  # handed to the test thread below
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if failures:
        raise failures[0]
    assert state["calls"] <= FREE_FAILURES, state
    assert state["most"] <= LOGIN_HASH_SLOTS, state
    assert statuses.count(429) >= 12 - FREE_FAILURES, statuses


FORM_FLOOD = {f"feld{n}": "x" * 100_000 for n in range(12)}  # 1.2 MB in twelve fields


def test_the_login_form_refuses_a_flood_before_holding_it(team: WebClient) -> None:
    team.get("/login")
    response = team.post("/login", FORM_FLOOD)
    assert response.status_code == 400
    assert "zu viel Text" in parse(response.text).select_one("#error-message").get_text()
    huge_password = team.post("/login", {"name": "anna", "password": "p" * 200_000})
    assert huge_password.status_code == 400
    with_file = team.post(
        "/login",
        {"name": "anna", "password": ANNA_PASSWORD},
        files=[("anhang", ("a.bin", b"\0" * 1000, "application/octet-stream"))],
    )
    assert with_file.status_code == 400


def her_round(web: WebClient) -> tuple[str, int]:
    """A check-back link of Sabine's and the id of its first item."""
    engine = web.http.app.state.engine
    add_praxis(engine)
    understanding.add_assumption(engine, "Sabine Ohm", "Sie bietet Massagen an.", "offer", "de")
    created = checkback.create_round(engine, "Sabine Ohm", [1], lang="de")
    token = created.link.rsplit("/r/", 1)[1]
    return token, checkback.open_round(engine, token)[0].items[0].id


def test_her_forms_refuse_a_flood_before_holding_it(web: WebClient) -> None:
    token, item = her_round(web)
    her = browser(web)
    her.get(f"/r/{token}")
    flooded = her.post(f"/r/{token}/items/{item}", {"answer": "yes", **FORM_FLOOD})
    assert flooded.status_code == 400
    assert "zu viel Text" in parse(flooded.text).select_one("#error-message").get_text()
    with_file = her.post(
        f"/r/{token}/items/{item}",
        {"answer": "yes"},
        files=[("anhang", ("a.bin", b"\0" * 1000, "application/octet-stream"))],
    )
    assert with_file.status_code == 400
    # A normal answer still goes in.
    assert her.post(f"/r/{token}/items/{item}", {"answer": "yes"}).status_code == 200


def test_finishing_with_wrong_links_counts_towards_the_limit(web: WebClient) -> None:
    token, _item = her_round(web)
    guesser = browser(web)
    guesser.get(f"/r/{token}")  # a valid link's page, for the form token
    codes = [guesser.post(f"/r/guess{n}/finish").status_code for n in range(21)]
    assert codes[:20] == [404] * 20
    assert codes[20] == 429


def test_the_link_limiter_keeps_a_bounded_number_of_addresses() -> None:
    limiter = AttemptLimiter()
    for n in range(MAX_TRACKED_ADDRESSES + 50):
        limiter.fail(f"10.{n // 65536}.{n // 256 % 256}.{n % 256}")
    assert len(limiter.failures) <= MAX_TRACKED_ADDRESSES
    # An address that keeps guessing is still stopped.
    for _ in range(limiter.allowed):
        limiter.fail("192.0.2.7")
    with pytest.raises(TooManyAttemptsError):
        limiter.check("192.0.2.7", "de")


@pytest.mark.parametrize("path", ["/r/" + "A" * 43, "/r/kurz/weiter/unten"])
def test_her_error_page_shows_nothing_of_the_team(web: WebClient, path: str) -> None:
    her_round(web)
    response = browser(web).get(path)
    assert response.status_code == 404
    page = parse(response.text)
    assert page.find("nav") is None
    assert page.find("a", href="/clients") is None
    assert "Kundinnen" not in page.get_text()
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
    assert page.select_one("#error-message").get_text().strip()


def test_names_with_paths_stay_inside_the_staging_folder(web: WebClient, tmp_path: Path) -> None:
    client_id = web.add_client("Ulrike Berger")
    mail = (
        b"From: Ulrike Berger <ulrike@example.org>\nTo: anna@example.org\nSubject: Termin\n"
        b"Date: Mon, 3 Jun 2024 10:00:00 +0200\n\nHallo Anna, bis morgen um zehn.\n"
    )
    names = ["../../ausbruch.eml", "/tmp/absolut.eml", "..\\..\\rueckwaerts.eml", "nul\0x.eml"]
    for name in names:
        assert web.upload(client_id, [(name, mail)]).status_code == 200
    root = web.http.app.state.staging_root
    staged = sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())
    assert sorted(p.name for p in staged) == sorted(
        ["ausbruch.eml", "absolut.eml", "rueckwaerts.eml", "nul_00x.eml"]
    )
    assert all(len(p.parts) == 2 for p in staged)  # <client>-<stage token>/<file>
    everywhere = list(tmp_path.rglob("ausbruch.eml"))
    assert everywhere
    assert all(root in p.parents for p in everywhere)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("en-GB,en;q=0.9", "This link is invalid, expired or withdrawn."),
        ("de-DE,de;q=0.9", "Dieser Link ist ungültig, abgelaufen oder zurückgezogen."),
    ],
)
def test_an_unknown_link_speaks_her_browsers_language(
    web: WebClient, accept: str, expected: str
) -> None:
    her_round(web)
    response = browser(web).get("/r/" + "B" * 43, headers={"accept-language": accept})
    assert response.status_code == 404
    assert expected in response.text


def from_address(web: WebClient, host: str) -> WebClient:
    """Another browser on the same app whose requests come from `host`."""
    return WebClient(TestClient(web.http.app, base_url="http://127.0.0.1", client=(host, 50000)))


def test_rotating_ipv6_addresses_do_not_reset_the_link_limiter(web: WebClient) -> None:
    """Every request of a guesser from another address of his /64: still 20 wrong links,
    then 429 for the whole network, also on a valid link; another /64 is not affected."""
    token, _item = her_round(web)
    codes = [
        from_address(web, f"2001:db8:42:7:{n:x}:{n * 3:x}::{n + 1:x}")
        .get(f"/r/rate{n}-0123456789")
        .status_code
        for n in range(21)
    ]
    assert codes[:20] == [404] * 20
    assert codes[20] == 429
    assert from_address(web, "2001:db8:42:7:abcd::1").get(f"/r/{token}").status_code == 429
    assert from_address(web, "2001:db8:42:8::1").get(f"/r/{token}").status_code == 200


def test_wrong_pins_from_one_network_count_together(web: WebClient) -> None:
    """Wrong PINs and wrong links from rotating addresses of one /64 add up: after twenty
    the network gets 429 even on another, valid link without a PIN."""
    engine = web.http.app.state.engine
    add_praxis(engine)
    understanding.add_assumption(engine, "Sabine Ohm", "Sie bietet Massagen an.", "offer", "de")
    understanding.add_assumption(engine, "Sabine Ohm", "Sie schreibt für Familien.", "audience")
    with_pin = checkback.create_round(engine, "Sabine Ohm", [1], lang="de", pin="4711")
    pin_token = with_pin.link.rsplit("/r/", 1)[1]
    open_token = checkback.create_round(engine, "Sabine Ohm", [2], lang="de").link.rsplit("/r/")[1]
    codes = []
    for n in range(5):
        guesser = from_address(web, f"2001:db8:99:1::{n + 1:x}")
        guesser.get(f"/r/{pin_token}")  # the PIN page, for the form token
        codes.append(guesser.post(f"/r/{pin_token}/pin", {"pin": f"{n:04d}"}).status_code)
    assert codes == [401] * 5
    for n in range(15):
        guesser = from_address(web, f"2001:db8:99:1:{n + 1:x}::7")
        assert guesser.get(f"/r/rate{n}-0123456789").status_code == 404
    blocked = from_address(web, "2001:db8:99:1:ffff::2")
    assert blocked.get(f"/r/{open_token}").status_code == 429
    assert from_address(web, "2001:db8:99:2::2").get(f"/r/{open_token}").status_code == 200


def test_spraying_one_account_from_many_networks_is_stopped(team: WebClient) -> None:
    """One guess per network, each network new: the account's own count stops it."""
    statuses = []
    for n in range(ACCOUNT_FREE_FAILURES + 3):
        guesser = from_address(team, f"2001:db8:{n + 1:x}::1")
        guesser.get("/login")
        response = guesser.post("/login", {"name": "Anna", "password": f"rate-{n}"})
        statuses.append(response.status_code)
    assert statuses == [401] * ACCOUNT_FREE_FAILURES + [429] * 3
    # The right password from a new network waits too; bert is not affected.
    anna = from_address(team, "198.51.100.77")
    anna.get("/login")
    assert anna.post("/login", {"name": "anna", "password": ANNA_PASSWORD}).status_code == 429
    assert (
        anna.post(
            "/login", {"name": "bert", "password": BERT_PASSWORD}, follow_redirects=False
        ).status_code
        == 303
    )
