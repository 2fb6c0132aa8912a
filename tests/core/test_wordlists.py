"""Tests for the word list loader and the shipped lists."""

from __future__ import annotations

import pytest

from treffsicher.core.wordlists import WordlistError, expand_entry, load_wordlist, parse_wordlist

SHIPPED = (
    "de_anglicisms",
    "de_anglicism_prefixes",
    "de_fillers",
    "de_hedges",
    "de_buzzwords",
    "de_neutral_forms",
    "de_generic_masculine",
    "en_fillers",
    "en_hedges",
    "en_buzzwords",
)


@pytest.mark.parametrize(
    ("entry", "forms"),
    [
        ("innovativ{,e,en}", ["innovativ", "innovative", "innovativen"]),
        ("lösung{,en}", ["lösung", "lösungen"]),
        ("ich glaube", ["ich glaube"]),
        ("core competenc{y,ies}", ["core competency", "core competencies"]),
        ("{a,b}x{1,2}", ["ax1", "ax2", "bx1", "bx2"]),
    ],
)
def test_expand_entry(entry: str, forms: list[str]) -> None:
    assert expand_entry(entry) == forms


def test_parse_wordlist_skips_comments_and_blank_lines() -> None:
    text = "# a comment\n\nfoo\n  bar  \nbaz # trailing note\nkind   of\n#skip\n"
    assert parse_wordlist(text) == frozenset({"foo", "bar", "baz", "kind of"})


def test_unbalanced_brace_is_an_error() -> None:
    with pytest.raises(WordlistError):
        parse_wordlist("innovativ{,e\n")


@pytest.mark.parametrize("name", ["no_such_list", "../etc/passwd", "DE_FILLERS"])
def test_unknown_or_invalid_name_is_an_error(name: str) -> None:
    with pytest.raises(WordlistError):
        load_wordlist(name)


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_lists_load_lower_case_and_clean(name: str) -> None:
    words = load_wordlist(name)
    assert isinstance(words, frozenset)
    assert len(words) >= 15
    for word in words:
        assert word == word.lower(), word
        assert word == word.strip(), word
        assert not any(c in word for c in ("  ", "#", "{", "}")), word


def test_load_wordlist_is_cached() -> None:
    assert load_wordlist("de_fillers") is load_wordlist("de_fillers")


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        ("de_fillers", "eigentlich", "ganz"),
        ("de_anglicisms", "meeting", "e-mail"),
        ("de_anglicisms", "follow-up", "internet"),
        ("de_buzzwords", "innovativen", "innovation-x"),
        ("de_hedges", "ich glaube", "unter anderem"),
        ("en_fillers", "kind of", "like"),
        ("en_buzzwords", "core competencies", "leading"),
        ("de_neutral_forms", "studierenden", "menschen"),
    ],
)
def test_list_contents(name: str, present: str, absent: str) -> None:
    words = load_wordlist(name)
    assert present in words
    assert absent not in words


def test_anglicism_list_has_about_300_base_entries() -> None:
    # Inflected forms are expanded, so the set is bigger than the count of lines.
    assert len(load_wordlist("de_anglicisms")) >= 300
