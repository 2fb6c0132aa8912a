"""The web interface's strings (de/en), language negotiation and Babel number/date formats.

All text a page shows comes from UI_MESSAGES (no German or English literals in
templates); client text and feature explanations come from the services and core.explain.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from babel.dates import format_datetime
from babel.numbers import format_decimal

from treffsicher.web.messages import UI_MESSAGES

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"  # German first
BABEL_LOCALES = {"de": "de_DE", "en": "en_GB"}
LANG_COOKIE = "treffsicher_lang"
DATE_PATTERNS = {"de": "dd.MM.yyyy, HH:mm", "en": "d MMM yyyy, HH:mm"}
# One entry of an Accept-Language header: "de-AT;q=0.8" → ("de-AT", "0.8").
ACCEPT_ITEM = re.compile(
    r"\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?"
)


def ui_text(key: str, lang: str, **kwargs: object) -> str:
    """The UI string `key` in `lang`, formatted with `kwargs`; KeyError for unknown keys."""
    template = UI_MESSAGES[key][lang if lang in LANGUAGES else DEFAULT_LANGUAGE]
    return template.format(**kwargs) if kwargs else template


def ui_plural(key: str, number: int, lang: str, **kwargs: object) -> str:
    """`key` + ".one" when `number` is 1 and the catalogue has it, else `key`."""
    singular = key + ".one"
    return ui_text(singular if number == 1 and singular in UI_MESSAGES else key, lang, **kwargs)


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
    """A whole number in the locale's format: 6.120 / 6,120."""
    return format_decimal(round(value), format="#,##0", locale=BABEL_LOCALES[lang])


def format_size(n_bytes: int, lang: str) -> str:
    """A file size for people: '200 MB', '1,5 MB' / '1.5 MB', '1 kB'."""
    megabytes = n_bytes / (1024 * 1024)
    locale = BABEL_LOCALES[lang]
    if megabytes >= 1:
        return ui_text("size.megabytes", lang, size=format_decimal(megabytes, "#,##0.#", locale))
    kilobytes = max(n_bytes / 1024, 1)
    return ui_text("size.kilobytes", lang, size=format_decimal(kilobytes, "#,##0", locale))


def format_score(value: float | None, lang: str) -> str:
    """A fit score 0–100 without decimals, or a dash."""
    return "–" if value is None else format_decimal(round(value), locale=BABEL_LOCALES[lang])


def format_when(moment: datetime, lang: str) -> str:
    """A date and time in the language's format and local time: „26.11.2026, 20:15“,
    "26 Nov 2026, 20:15"."""
    # SQLite hands back naive datetimes; the tables store UTC (storage.tables.utc_now).
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    pattern = DATE_PATTERNS.get(lang, DATE_PATTERNS[DEFAULT_LANGUAGE])
    return format_datetime(aware.astimezone(), pattern, locale=BABEL_LOCALES[lang])
