"""Security of the web UI: escaping everywhere, CSRF, password, upload limits."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from web_helpers import WebClient, make_web_client, parse

from treffsicher.web.app import WebOptions
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
    assert problems == [
        "gross.txt: nicht importiert – ist größer als 1 kB und wurde nicht importiert."
    ]
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
