"""Security of the web UI: escaping everywhere, CSRF, password, upload limits."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from web_helpers import WebClient, make_web_client, parse

from treffsicher.web.app import WebOptions
from treffsicher.web.guard import (
    ACCOUNT_FREE_FAILURES,
    FREE_FAILURES,
    MAX_LOCK_SECONDS,
    MAX_TRACKED_ADDRESSES,
    PasswordGuard,
    account_key,
    address_key,
)
from treffsicher.web.security import check_basic_password

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
HOSTILE_MAIL = (
    "Hallo Anna,\n\n"
    f"schau mal, was in meinem Postfach stand: {SCRIPT} und dann noch {IMG} – komisch, oder?\n"
    "Ich habe es ehrlich gesagt nicht angeklickt. Wir sprechen morgen ganz in Ruhe darüber.\n\n"
    "Liebe Grüße\nUlrike\n"
)
HOSTILE_NAME = "<img src=x onerror=alert(3)>.txt"  # no quotes: httpx would escape them
OUR_SCRIPTS = {"/static/htmx-2.0.11.min.js", "/static/app.js"}


def assert_inert(html: str) -> BeautifulSoup:
    """No script but ours, no image, no event-handler attribute anywhere in `html`."""
    page = parse(html)
    for script in page.find_all("script"):
        assert script.get("src") in OUR_SCRIPTS, script
        assert not script.get_text(strip=True)
    assert page.find("img") is None
    for element in page.find_all(True):
        assert not [a for a in element.attrs if a.lower().startswith("on")], element
    return page


def test_hostile_text_shows_as_text_on_every_page_and_fragment(web: WebClient) -> None:
    client_id = web.add_client('Ulrike <b onmouseover="alert(4)">Berger</b>')
    upload = web.upload(client_id, [(HOSTILE_NAME, HOSTILE_MAIL.encode())], htmx=True)
    assert HOSTILE_NAME in assert_inert(upload.text).get_text()
    draft = f"Liebe Leser:innen,\n\nhier steht {SCRIPT} und {IMG} mitten im Entwurf.\n"
    saved = web.post(f"/clients/{client_id}/check", {"draft_text": draft, "draft_name": IMG})
    page = assert_inert(saved.text)
    assert SCRIPT in page.select_one("#draft-text").get_text()
    live = web.post(
        f"/clients/{client_id}/check?live=1",
        {"draft_text": draft},
        headers={"HX-Request": "true"},
    )
    assert_inert(live.text)
    paths = [
        "/clients",
        f"/clients/{client_id}",
        f"/clients/{client_id}/sources",
        f"/clients/{client_id}/profile",
        f"/clients/{client_id}/check",
    ]
    for path in paths:
        response = web.get(path)
        assert response.status_code == 200, path
        text = assert_inert(response.text).get_text()
        assert '<b onmouseover="alert(4)">Berger</b>' in text, path
    sources = parse(web.get(f"/clients/{client_id}/sources").text)
    assert HOSTILE_NAME in sources.select_one("#sources-table").get_text()
    check_page = parse(web.get(f"/clients/{client_id}/check").text)
    report_link = check_page.select_one("#check-history a[download]")["href"]
    report = web.get(report_link)
    # The download is the CLI's report (reports.html): the draft, her name and the draft's
    # name all stay text there too.
    document = assert_inert(report.text)
    assert SCRIPT in document.select_one(".draft").get_text()
    assert IMG in document.select_one(".draft").get_text()
    assert '<b onmouseover="alert(4)">Berger</b>' in document.select_one("h1").get_text()
    assert IMG in document.title.get_text()


def test_security_headers_forbid_inline_script(web: WebClient) -> None:
    response = web.get("/clients")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("headers", "token"),
    [
        ({}, None),  # no token at all
        ({}, "forged"),  # a token that is not the cookie's
        ({"Origin": "http://evil.example"}, "cookie"),  # right token, another site
    ],
)
def test_state_changing_requests_need_the_csrf_token(
    web: WebClient, headers: dict[str, str], token: str | None
) -> None:
    web.get("/clients")
    data = {"name": "Eve"}
    if token == "cookie":
        data["csrf_token"] = web.token
    elif token:
        data["csrf_token"] = token
    response = web.http.post("/clients", data=data, headers=headers)
    assert response.status_code == 403
    assert "Formular ist abgelaufen" in parse(response.text).select_one("#error-message").get_text()
    assert web.soup("/clients").select_one("#clients-table") is None  # nothing added


def test_htmx_header_token_is_accepted(web: WebClient) -> None:
    web.get("/clients")
    response = web.http.post(
        "/clients",
        data={"name": "Eva"},
        headers={"X-CSRF-Token": web.token, "Origin": "http://127.0.0.1"},
        follow_redirects=False,
    )
    assert response.status_code == 303


def test_csrf_cookie_is_httponly_and_same_site(tmp_path: Path) -> None:
    web = make_web_client(tmp_path)
    cookie = web.get("/clients").headers["set-cookie"]
    assert "treffsicher_csrf=" in cookie
    assert "HttpOnly" in cookie
    # Lax, not Strict: a link from another site must not reset the token of open tabs;
    # the token in the form is what protects the POST.
    assert "samesite=lax" in cookie.lower()


def test_password_is_required_when_configured(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password="geheim 123"))
    assert web.http.get("/clients").status_code == 401
    good = base64.b64encode(b"anna:geheim 123").decode()
    bad = base64.b64encode(b"anna:falsch").decode()
    assert web.http.get("/clients", headers={"Authorization": f"Basic {bad}"}).status_code == 401
    ok = web.http.get("/clients", headers={"Authorization": f"Basic {good}"})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, False),
        ("Bearer abc", False),
        ("Basic !!!", False),
        ("Basic " + base64.b64encode(b":pw").decode(), True),
        ("Basic " + base64.b64encode(b"user:pw:with:colons").decode(), False),
        ("Basic " + base64.b64encode(b"user:pw").decode(), True),
    ],
)
def test_check_basic_password(header: str | None, expected: bool) -> None:
    assert check_basic_password(header, "pw") is expected


def test_file_over_the_limit_is_named_and_not_imported(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(max_upload_bytes=1000))
    client_id = web.add_client("Ulrike Berger")
    small = b"Hallo Anna,\n\ndas ist kurz und passt. Bis morgen!\n\nUlrike\n"
    big = ("Das ist ein langer Satz über gar nichts. " * 40).encode()
    page = parse(web.upload(client_id, [("klein.txt", small), ("gross.txt", big)]).text)
    problems = [li.get_text(" ", strip=True) for li in page.select(".result-problem")]
    assert problems == ["„gross.txt“ wurde nicht importiert. Die Datei ist größer als 1 kB."]
    assert [th.contents[0].strip() for th in page.select("#sources-table tbody th")] == [
        "klein.txt"
    ]


def test_request_body_over_the_cap_is_refused_early(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(max_upload_bytes=1000))
    client_id = web.add_client("Ulrike Berger")
    huge = b"x" * (1000 * 20 + 1024 * 1024 + 10)
    response = web.upload(client_id, [("riesig.txt", huge)])
    assert response.status_code == 413
    assert "zu groß" in response.text


# DNS rebinding: a page of another site whose name now resolves to 127.0.0.1 sends its own
# name as Host. Such requests must be refused before any page or form handling.
@pytest.mark.parametrize(
    "host",
    ["evil.example:8765", "evil.example", "localhost.evil.example", "127.0.0.1.nip.io:8000"],
)
def test_a_foreign_host_name_is_refused(web: WebClient, host: str) -> None:
    client_id = web.add_client("Ulrike Berger")
    for path in ["/clients", f"/clients/{client_id}/sources", f"/clients/{client_id}/profile"]:
        response = web.http.get(path, headers={"Host": host})
        assert response.status_code == 400, (path, response.text[:200])
        assert "Ulrike" not in response.text
    web.get("/clients")
    response = web.http.post(
        "/clients",
        data={"name": "Eingeschleust", "csrf_token": web.token},
        headers={"Host": host, "Origin": f"http://{host}"},
        follow_redirects=False,
    )
    assert response.status_code == 400
    assert "Eingeschleust" not in web.get("/clients").text


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "192.168.1.20:8000"]
)
def test_loopback_names_and_ip_addresses_are_served(web: WebClient, host: str) -> None:
    assert web.http.get("/clients", headers={"Host": host}).status_code == 200


def test_configured_host_names_are_served(tmp_path: Path) -> None:
    options = WebOptions.from_env({"TREFFSICHER_ALLOWED_HOSTS": "treffsicher.team.example, x.lan"})
    web = make_web_client(tmp_path, options)
    assert web.http.get("/clients", headers={"Host": "treffsicher.team.example"}).status_code == 200
    assert web.http.get("/clients", headers={"Host": "X.LAN:8443"}).status_code == 200
    assert web.http.get("/clients", headers={"Host": "evil.example"}).status_code == 400


def test_a_request_without_host_is_refused(web: WebClient) -> None:
    assert web.http.get("/clients", headers={"Host": ""}).status_code == 400


def test_a_planted_csrf_cookie_and_field_pair_is_refused(web: WebClient) -> None:
    # Equal cookie and field are not enough: the cookie must be one this server signed.
    planted = "A" * 43 + ".forged-signature"
    web.http.cookies.set("treffsicher_csrf", planted)
    response = web.http.post(
        "/clients", data={"name": "Eve", "csrf_token": planted}, follow_redirects=False
    )
    assert response.status_code == 403
    unsigned = "B" * 43
    web.http.cookies.set("treffsicher_csrf", unsigned)
    response = web.http.post(
        "/clients", data={"name": "Eve", "csrf_token": unsigned}, follow_redirects=False
    )
    assert response.status_code == 403
    assert "Eve" not in web.get("/clients").text


def test_a_token_of_another_server_instance_is_refused(tmp_path: Path) -> None:
    first = make_web_client(tmp_path / "a")
    first.get("/clients")
    second = make_web_client(tmp_path / "b")
    second.http.cookies.set("treffsicher_csrf", first.token)
    response = second.http.post(
        "/clients", data={"name": "Eve", "csrf_token": first.token}, follow_redirects=False
    )
    assert response.status_code == 403


def basic(password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"anna:{password}".encode()).decode()}


def test_repeated_wrong_passwords_lock_the_address_out(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password="lang genug geheim"))
    for _ in range(5):
        assert web.http.get("/clients", headers=basic("geraten")).status_code == 401
    # Locked now: even the right password waits, and says for how long.
    locked = web.http.get("/clients", headers=basic("lang genug geheim"))
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) >= 1


def test_a_browser_asking_without_credentials_is_not_counted(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password="lang genug geheim"))
    for _ in range(10):
        assert web.http.get("/clients").status_code == 401
    assert web.http.get("/clients", headers=basic("lang genug geheim")).status_code == 200


def test_password_guard_doubles_the_lock_and_forgets_on_success() -> None:
    now = [1000.0]
    guard = PasswordGuard(clock=lambda: now[0])
    for _ in range(4):
        guard.record_failure("10.0.0.7")
    assert guard.seconds_locked("10.0.0.7") == 0
    guard.record_failure("10.0.0.7")
    assert guard.seconds_locked("10.0.0.7") == 1
    now[0] += 1.0
    guard.record_failure("10.0.0.7")
    assert guard.seconds_locked("10.0.0.7") == 2
    for _ in range(30):
        guard.record_failure("10.0.0.7")
    assert guard.seconds_locked("10.0.0.7") == 15 * 60  # capped
    assert guard.seconds_locked("10.0.0.8") == 0  # other addresses are not affected
    guard.record_success("10.0.0.7")
    assert guard.seconds_locked("10.0.0.7") == 0


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("192.0.2.7", "192.0.2.7"),  # IPv4: per address
        ("192.0.2.8", "192.0.2.8"),
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),  # IPv6: per /64
        ("2001:DB8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
        ("[2001:db8:1:2::9]", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::ffff:192.0.2.7", "192.0.2.7"),  # IPv4-mapped: the IPv4 address
        ("::1", "::/64"),
        ("testclient", "testclient"),  # no IP address: as given
        ("2001:db8::zz", "2001:db8::zz"),
        ("", ""),
    ],
)
def test_address_key(host: str, key: str) -> None:
    assert address_key(host) == key


def test_account_key_folds_case_and_space_and_keeps_names_apart() -> None:
    assert account_key("Anna") == account_key(" anna ") == account_key("ANNA\t")
    assert account_key("Straße") == account_key("STRASSE")
    assert account_key("anna") != account_key("anne")
    assert len(account_key("x" * 60_000)) == len(account_key("a"))  # bounded memory


def from_address(web: WebClient, host: str) -> TestClient:
    """A browser on the same app whose requests come from `host`."""
    return TestClient(web.http.app, base_url="http://127.0.0.1", client=(host, 50000))


def test_rotating_ipv6_addresses_in_one_network_share_the_lock_out(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password="lang genug geheim"))
    for n in range(FREE_FAILURES):
        guesser = from_address(web, f"2001:db8:7:1:{n:x}:{n * 7:x}::{n + 1:x}")
        assert guesser.get("/clients", headers=basic("geraten")).status_code == 401
    # A new address in the same /64: still locked, even with the right password.
    same_network = from_address(web, "2001:db8:7:1:ffff:ffff:ffff:fffe")
    locked = same_network.get("/clients", headers=basic("lang genug geheim"))
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) >= 1
    # The neighbouring /64 is someone else.
    neighbour = from_address(web, "2001:db8:7:2::1")
    assert neighbour.get("/clients", headers=basic("lang genug geheim")).status_code == 200


def test_an_ipv4_mapped_address_counts_as_the_ipv4_address(tmp_path: Path) -> None:
    web = make_web_client(tmp_path, WebOptions(password="lang genug geheim"))
    for _ in range(FREE_FAILURES):
        mapped = from_address(web, "::ffff:198.51.100.4")
        assert mapped.get("/clients", headers=basic("geraten")).status_code == 401
    plain = from_address(web, "198.51.100.4")
    assert plain.get("/clients", headers=basic("lang genug geheim")).status_code == 429
    # IPv4 stays per address: the next one is not locked.
    next_door = from_address(web, "198.51.100.5")
    assert next_door.get("/clients", headers=basic("lang genug geheim")).status_code == 200


def test_the_account_guard_allows_more_failures_then_doubles_to_the_cap() -> None:
    now = [50.0]
    guard = PasswordGuard(clock=lambda: now[0], free_failures=ACCOUNT_FREE_FAILURES)
    key = account_key("anna")
    for _ in range(ACCOUNT_FREE_FAILURES - 1):
        guard.record_failure(key)
    assert guard.seconds_locked(key) == 0
    guard.record_failure(key)
    assert guard.seconds_locked(key) == 1
    guard.record_failure(key)
    assert guard.seconds_locked(key) == 2
    now[0] += 2.0
    assert guard.seconds_locked(key) == 0
    for _ in range(20):
        guard.record_failure(key)
    assert guard.seconds_locked(key) == MAX_LOCK_SECONDS
    now[0] += MAX_LOCK_SECONDS - 1
    assert guard.seconds_locked(key) == 1
    now[0] += 1
    assert guard.seconds_locked(key) == 0


def test_a_very_long_run_of_failures_stays_at_the_cap() -> None:
    guard = PasswordGuard(clock=lambda: 0.0)
    for _ in range(1200):  # 2.0 ** 1195 would not fit a float
        guard.record_failure("192.0.2.9")
    assert guard.seconds_locked("192.0.2.9") == MAX_LOCK_SECONDS


def test_a_flood_of_locked_keys_keeps_memory_bounded_and_the_longest_lock() -> None:
    now = [0.0]
    guard = PasswordGuard(clock=lambda: now[0], free_failures=1, max_tracked=100)
    for _ in range(15):
        guard.record_failure("2001:db8:aa::/64")  # locked 2 ** 14 s, capped: 900 s
    for n in range(1000):  # each new key locked for 1 s
        guard.record_failure(f"198.51.{n // 256}.{n % 256}")
        assert len(guard.records) <= 100
    assert guard.seconds_locked("2001:db8:aa::/64") == MAX_LOCK_SECONDS
    assert guard.seconds_locked("198.51.3.231") == 1  # the newest is kept too
    # Once the short locks have passed, new keys take their room first.
    now[0] += 2.0
    for n in range(20):
        guard.record_failure(f"203.0.113.{n}")
    assert not [key for key in guard.records if key.startswith("198.51.")]
    assert len(guard.records) == 21
    assert guard.seconds_locked("2001:db8:aa::/64") == MAX_LOCK_SECONDS - 2


def test_the_default_guards_stay_bounded_under_a_flood_of_networks() -> None:
    now = [0.0]
    for free in (FREE_FAILURES, ACCOUNT_FREE_FAILURES):
        guard = PasswordGuard(clock=lambda: now[0], free_failures=free)
        for n in range(MAX_TRACKED_ADDRESSES + 500):
            key = address_key(f"2001:db8:{n >> 16:x}:{n & 0xFFFF:x}::1")
            for _ in range(free):
                guard.record_failure(key)
        assert len(guard.records) <= MAX_TRACKED_ADDRESSES
        assert guard.seconds_locked(address_key("2001:db8:0:1:2::3")) == 0  # dropped first
        last = MAX_TRACKED_ADDRESSES + 499
        assert guard.seconds_locked(f"2001:db8:{last >> 16:x}:{last & 0xFFFF:x}::/64") == 1


def test_a_chunked_body_over_the_cap_is_refused(tmp_path: Path) -> None:
    # No Content-Length: the cap must hold on the streamed body itself.
    web = make_web_client(tmp_path, WebOptions(max_upload_bytes=1000))
    client_id = web.add_client("Ulrike Berger")
    boundary = "grenze"
    line = b"Ein Satz, der sich wiederholt, bis die Grenze weit hinter uns liegt.\n"

    def body() -> Iterator[bytes]:
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
            f'{web.token}\r\n--{boundary}\r\nContent-Disposition: form-data; name="files"; '
            f'filename="riesig.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        for _ in range(40_000):  # about 2.8 MB, over 20 files x 1 kB + 1 MB
            yield line
        yield f"\r\n--{boundary}--\r\n".encode()

    response = web.http.post(
        f"/clients/{client_id}/sources",
        content=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert "riesig.txt" not in web.get(f"/clients/{client_id}/sources").text


def test_pages_with_client_data_are_not_stored(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    assert web.get(f"/clients/{client_id}/sources").headers["cache-control"] == "no-store"
    assert "no-store" not in web.get("/static/app.css").headers.get("cache-control", "")


@pytest.mark.parametrize(
    "path",
    [
        "/clients/99999999999999999999999",
        "/clients/abc",
        "/clients/²",
        "/clients/1/sources/99999999999999999999",
        "/clients/1/check?check=99999999999999999999",
    ],
)
def test_impossible_addresses_get_the_apps_not_found_page(web: WebClient, path: str) -> None:
    web.add_client("Ulrike Berger")
    response = web.http.get(path)
    assert response.status_code == 404, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    page = parse(response.text)
    assert page.html["lang"] == "de"
    assert page.select_one("#error-message") is not None


@pytest.mark.parametrize("check", ["²", "abc", "-1", "1.5"])
def test_a_strange_check_number_shows_the_check_page(web: WebClient, check: str) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.http.get(f"/clients/{client_id}/check", params={"check": check})
    assert response.status_code == 200


def test_an_oversized_pasted_draft_says_what_to_do(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.post(f"/clients/{client_id}/check", {"draft_text": "Hallo " * 1_700_000})
    assert response.status_code == 400
    message = parse(response.text).select_one("#error-message").get_text()
    assert "höchstens 8 MB" in message
    assert "als Datei hoch" in message


def test_names_are_limited_on_the_server(web: WebClient) -> None:
    response = web.post("/clients", {"name": "x" * 100_000}, follow_redirects=False)
    assert response.status_code == 400
    assert "höchstens 200 Zeichen" in response.text
    client_id = web.add_client("Ulrike Berger")
    renamed = web.post(f"/clients/{client_id}/rename", {"name": "y" * 201})
    assert renamed.status_code == 400
    assert "y" * 201 not in web.get("/clients").text


def test_an_unexpected_error_gets_the_apps_page(tmp_path: Path) -> None:
    web = make_web_client(tmp_path)
    web.http = TestClient(web.http.app, base_url="http://127.0.0.1", raise_server_exceptions=False)

    @web.http.app.get("/boom")
    def boom() -> None:
        raise RuntimeError("kaputt")

    response = web.http.get("/boom")
    assert response.status_code == 500
    message = parse(response.text).select_one("#error-message").get_text()
    assert "Ihre Daten sind unverändert" in message
    assert "kaputt" not in response.text
