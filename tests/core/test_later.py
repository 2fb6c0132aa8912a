"""core.later: a regex compiled on first use behaves as the compiled one."""

from __future__ import annotations

import re

import pytest

from treffsicher.core import nogo
from treffsicher.core.later import PatternLater, compile_later

TEXTS = [
    "",
    "Bitte nicht „Kundenzentrierung“ schreiben, das klingt steif.",
    "Please don't write 'synergy' – nobody talks like that.",
    "İstanbul: ſchön, aber ıch sage nie „Mehrwert“.",
    "𝄞 Noten über Noten, und KEIN Wort über Preise.",
]


def test_nothing_is_compiled_before_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = re.compile

    def spy(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", spy)
    later = compile_later(r"(?i)\bnicht\b")
    assert calls == []
    assert later.search("Das bitte NICHT.") is not None
    assert later.search("Das bitte gern.") is None
    assert calls == [r"(?i)\bnicht\b"]  # once


@pytest.mark.parametrize("text", TEXTS)
def test_the_stand_in_finds_what_the_pattern_finds(text: str) -> None:
    source = r"(?i)\b(?:nie|nicht|kein\w*|don't|nobody)\b"
    now, later = re.compile(source), compile_later(source)
    assert later.pattern == now.pattern
    assert later.flags == now.flags
    assert later.findall(text) == now.findall(text)
    assert [m.span() for m in later.finditer(text)] == [m.span() for m in now.finditer(text)]
    assert later.sub("…", text) == now.sub("…", text)


@pytest.mark.parametrize("text", TEXTS)
def test_nogo_odd_case_patterns_match_as_compiled(text: str) -> None:
    for later in (nogo.REJECT_ANY, nogo.FOLLOW_CUE_RE, nogo.CORRECTION_RE):
        assert isinstance(later, PatternLater)
        now = re.compile(later.pattern, later.flags)
        assert [m.span() for m in later.finditer(text)] == [m.span() for m in now.finditer(text)]


def test_repr_names_the_pattern() -> None:
    assert repr(compile_later("a+", re.IGNORECASE)) == "compile_later('a+', re.IGNORECASE)"
