"""The UI catalogue and language choice: Accept-Language, ?lang=, cookie; Babel formats."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime
from importlib import resources

import pytest
from web_helpers import WebClient

from treffsicher.web.i18n import (
    choose_language,
    format_count,
    format_size,
    parse_accept_language,
)
from treffsicher.web.messages import UI_MESSAGES

TEMPLATES = resources.files("treffsicher.web").joinpath("templates")
KEY_IN_TEMPLATE = re.compile(r"""(?:\b_|\bplural)\(\s*["']([a-z_.]+)["']""")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(UI_MESSAGES))
def test_every_ui_string_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = UI_MESSAGES[key]
    assert set(entry) == {"de", "en"}
    assert entry["de"].strip()
    assert placeholders(entry["de"]) == placeholders(entry["en"])


def test_every_key_used_in_the_templates_exists() -> None:
    used: set[str] = set()
    for template in TEMPLATES.iterdir():
        used |= set(KEY_IN_TEMPLATE.findall(template.read_text(encoding="utf-8")))
    assert len(used) > 50, "the pattern found too few keys; it is broken"
    # Keys ending in "." are completed in the template ("kind." + kind): checked below.
    assert sorted(k for k in used - set(UI_MESSAGES) if not k.endswith(".")) == []


def test_keys_completed_at_run_time_exist() -> None:
    from treffsicher.services.importing import SOURCE_KINDS

    expected = [f"kind.{k}" for k in SOURCE_KINDS]
    expected += [f"lang.name.{code}" for code in ("de", "en")]
    expected += ["profile.reliability.thin", "profile.reliability.too_little"]
    expected += ["sources.pick_count.mail", "sources.pick_count.transcript"]
    assert sorted(k for k in expected if k not in UI_MESSAGES) == []
    # Band labels come from one place, core.check.BAND_LABELS (reports.view.band_label).
    assert not [k for k in UI_MESSAGES if k.startswith("band.")]


def test_templates_hold_no_words_outside_the_catalogue() -> None:
    # Text between tags must be template expressions only: strip {{ }}, {% %}, tags and
    # punctuation, and nothing with letters may remain (no hard-coded language).
    for template in TEMPLATES.iterdir():
        text = template.read_text(encoding="utf-8")
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " ", text, flags=re.S)
        text = re.sub(r"<[^>]*>", " ", text, flags=re.S)
        leftovers = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", text)
        assert leftovers == [], (template.name, leftovers)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", "de"),
        ("en-US,en;q=0.9,de;q=0.8", "en"),
        ("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4", "en"),
        ("fr-CH, de;q=0.3, en;q=0.7", "en"),
        ("de;q=0, en;q=0.1", "en"),
        ("fr, it", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_accept_language(header: str | None, expected: str | None) -> None:
    assert parse_accept_language(header) == expected


def test_choose_language_order() -> None:
    assert choose_language("en", "de", "de", "de") == "en"
    assert choose_language(None, "en", "de", "de") == "en"
    assert choose_language("xx", None, "en-GB", "de") == "en"
    assert choose_language(None, None, None, "en") == "en"
    assert choose_language(None, None, "fr", "xx") == "de"


def test_babel_formats() -> None:
    assert format_count(6120, "de") == "6.120"
    assert format_count(6120, "en") == "6,120"
    assert format_size(200 * 1024 * 1024, "de") == "200 MB"
    assert format_size(int(1.5 * 1024 * 1024), "de") == "1,5 MB"
    assert format_size(int(1.5 * 1024 * 1024), "en") == "1.5 MB"
    assert format_size(1000, "en") == "1 kB"


def test_accept_language_then_switch_by_query_and_cookie(web: WebClient) -> None:
    english = web.soup("/clients", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert english.html["lang"] == "en"
    assert english.select_one("h1").get_text() == "Clients"
    switch = english.select_one(".lang-switch a[hreflang='de']")["href"]
    assert switch == "/clients?lang=de"
    response = web.get(switch, headers={"Accept-Language": "en"})
    assert "treffsicher_lang=de" in response.headers["set-cookie"]
    # The cookie now wins over the browser's Accept-Language.
    german = web.soup("/clients", headers={"Accept-Language": "en"})
    assert german.html["lang"] == "de"
    assert german.select_one("h1").get_text() == "Kundinnen"


def test_dates_follow_the_language(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    german = web.soup(f"/clients/{client_id}?lang=de").select(".totals dd")[-1].get_text()
    english = web.soup(f"/clients/{client_id}?lang=en").select(".totals dd")[-1].get_text()
    today = datetime.now(UTC).astimezone()
    assert german.startswith(today.strftime("%d.%m.%Y"))
    assert english.startswith(f"{today.day} {today.strftime('%b %Y')}")


def test_singular_forms() -> None:
    from treffsicher.web.i18n import ui_plural

    assert ui_plural("sources.pick_count.mail", 1, "de", count="1") == "(1 Nachricht)"
    assert ui_plural("sources.pick_count.mail", 2, "en", count="2") == "(2 messages)"
    # Without a ".one" entry the plural text is used.
    assert ui_plural("check.trend", 1, "en", trend="58") == "This draft so far: 58"
