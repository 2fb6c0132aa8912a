"""The message catalogue: both languages, same placeholders; number formatting."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import treffsicher
from treffsicher.i18n import MESSAGES, describe_counts, format_number, t


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == {"de", "en"}
    assert placeholders(entry["de"]) == placeholders(entry["en"])


def test_t_formats_and_falls_back_to_german() -> None:
    # One fallback language for the whole catalogue, German first (the web's as well).
    assert t("client.not_found", "de", name="X") == "Keine Kundin namens „X“."
    assert t("client.not_found", "en", name="X") == "No client named 'X'."
    assert t("client.not_found", "fr", name="X") == "Keine Kundin namens „X“."
    assert t("ui.nav.clients", "fr") == "Kundinnen"


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (6120, "de", 0, "6.120"),
        (6120, "en", 0, "6,120"),
        (1.5, "de", 1, "1,5"),
        (1234567.25, "de", 2, "1.234.567,25"),
        (1234567.25, "en", 2, "1,234,567.25"),
    ],
)
def test_format_number(value: float, lang: str, digits: int, expected: str) -> None:
    assert format_number(value, lang, digits) == expected


def test_describe_counts_german() -> None:
    counts = {"web": 1, "email": 16, "speech": 1}
    assert describe_counts(counts, "de") == "16 E-Mails, 1 Gespräch und 1 Website-Text"


def test_describe_counts_english() -> None:
    assert describe_counts({"email": 1, "web": 2}, "en") == "1 email and 2 website texts"


def test_every_key_used_in_the_code_exists() -> None:
    root = Path(treffsicher.__file__).parent
    used: set[str] = set()
    sources = [root / "terminal.py", *sorted((root / "cli").glob("*.py"))]
    for path in [*sources, *sorted((root / "services").glob("*.py"))]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text()))
    assert used, "the pattern found no keys; it is broken"
    assert sorted(used - set(MESSAGES)) == []


def test_merging_catalogues_refuses_a_repeated_key() -> None:
    from treffsicher.i18n import merge_catalogues

    base = {"a.one": {"de": "eins", "en": "one"}}
    assert merge_catalogues(base, {"b.two": {"de": "zwei", "en": "two"}}).keys() == {
        "a.one",
        "b.two",
    }
    with pytest.raises(ValueError, match=r"a\.one"):
        merge_catalogues(base, {"a.one": {"de": "anders", "en": "other"}})


@pytest.mark.parametrize(
    ("count", "lang", "expected"),
    [
        (1, "de", "Nicht berücksichtigt: 1 Textstelle in anderen Sprachen (Französisch 1)."),
        (3, "de", "Nicht berücksichtigt: 3 Textstellen in anderen Sprachen (Französisch 1)."),
        (1, "en", "Left out: 1 passage in other languages (Französisch 1)."),
    ],
)
def test_counted_nouns_agree_with_their_number(count: int, lang: str, expected: str) -> None:
    assert t("profile.excluded", lang, count=count, languages="Französisch 1") == expected


def test_counted_formats_like_an_int_without_a_noun_spec() -> None:
    from treffsicher.i18n import Counted

    assert f"{Counted(1234, 'de'):d}" == "1234"
    assert f"{Counted(2, 'de'):Quelle|Quellen}" == "2 Quellen"
    assert f"{Counted(1234, 'de'):Quelle|Quellen}" == "1.234 Quellen"
    assert f"{Counted(1234, 'en'):source|sources}" == "1,234 sources"


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        (
            "de",
            "Nicht verwenden: das Wort „Manufaktur“.",
            "„Nicht verwenden: das Wort ‚Manufaktur‘.“",
        ),
        ("en", "Do not use the word “artisans”.", "“Do not use the word ‘artisans’.”"),
        # a German quote in an English sentence, and a text without quotes
        ("en", "Addressed with „Sie“.", "“Addressed with ‚Sie‘.”"),
        ("de", "Kein Zitat", "„Kein Zitat“"),
    ],
)
def test_a_quote_inside_a_quoted_placeholder_becomes_single(
    lang: str, text: str, shown: str
) -> None:
    assert t("quote.double", lang, text=text) == shown


def test_a_placeholder_outside_quotes_keeps_its_double_quotes() -> None:
    # client.not_found quotes {name} in German, not in English ('…')
    assert t("client.not_found", "en", name="„X“") == "No client named '„X“'."
    assert t("client.not_found", "de", name="„X“") == "Keine Kundin namens „‚X‘“."
