"""The web interface's access to the catalogue (its strings are web.messages, "ui." keys in
treffsicher.i18n), language negotiation, and number, size and date formats.

All text a page shows comes from the catalogue (no German or English literals in
templates); client text and feature explanations come from the services and core.explain.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from babel.dates import format_datetime

from treffsicher.i18n import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from treffsicher.i18n import LANGUAGES as LANGUAGES
from treffsicher.i18n import MESSAGES, UI_PREFIX, format_number, t

BABEL_LOCALES = {"de": "de_DE", "en": "en_GB"}
LANG_COOKIE = "treffsicher_lang"
DATE_PATTERNS = {"de": "dd.MM.yyyy, HH:mm", "en": "d MMM yyyy, HH:mm"}
# One entry of an Accept-Language header: "de-AT;q=0.8" → ("de-AT", "0.8").
ACCEPT_ITEM = re.compile(
    r"\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?"
)


def ui_text(key: str, lang: str, **kwargs: object) -> str:
    """The UI string `key` in `lang`, formatted with `kwargs`; KeyError for unknown keys."""
    return t(UI_PREFIX + key, lang, **kwargs)


def ui_plural(key: str, number: int, lang: str, **kwargs: object) -> str:
    """`key` + ".one" when `number` is 1 and the catalogue has it, else `key`."""
    singular = key + ".one"
    chosen = singular if number == 1 and UI_PREFIX + singular in MESSAGES else key
    return ui_text(chosen, lang, **kwargs)


def parse_accept_language(header: str | None) -> str | None:
    """The first supported language in an Accept-Language header by quality, or None."""
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")):
        match = ACCEPT_ITEM.match(item)
        if not match:
            continue
        try:
            quality = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        primary = match.group(1).split("-")[0].lower()
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else None


def choose_language(
    query: str | None, cookie: str | None, accept_language: str | None, fallback: str
) -> str:
    """?lang= wins, then the cookie, then Accept-Language, then the workspace setting."""
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    return parse_accept_language(accept_language) or (
        fallback if fallback in LANGUAGES else DEFAULT_LANGUAGE
    )


def format_count(value: float, lang: str) -> str:
    """A whole number in the language's format: 6.120 / 6,120."""
    return format_number(round(value), lang)


def format_size(n_bytes: int, lang: str) -> str:
    """A file size for people: '200 MB', '1,5 MB' / '1.5 MB', '1 kB'."""
    megabytes = n_bytes / (1024 * 1024)
    if megabytes >= 1:
        return ui_text("size.megabytes", lang, size=format_number(megabytes, lang, 1, trim=True))
    kilobytes = max(n_bytes / 1024, 1)
    return ui_text("size.kilobytes", lang, size=format_number(kilobytes, lang))


def format_score(value: float | None, lang: str) -> str:
    """A fit score 0–100 without decimals, or a dash."""
    return "–" if value is None else format_number(round(value), lang)


def format_when(moment: datetime, lang: str) -> str:
    """A date and time in the language's format and local time: „26.11.2026, 20:15“,
    "26 Nov 2026, 20:15"."""
    # SQLite hands back naive datetimes; the tables store UTC (storage.tables.utc_now).
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    pattern = DATE_PATTERNS.get(lang, DATE_PATTERNS[DEFAULT_LANGUAGE])
    return format_datetime(aware.astimezone(), pattern, locale=BABEL_LOCALES[lang])
