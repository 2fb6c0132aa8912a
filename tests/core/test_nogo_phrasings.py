"""No-go words in the many ways clients phrase a rejection (tests/core/nogo_phrasings.py)."""

from __future__ import annotations

import pytest
from nogo_phrasings import NEUTRAL, REJECTING

from treffsicher.core.nogo import find_mentions


@pytest.mark.parametrize(("lang", "sentence", "term", "replacement"), REJECTING)
def test_her_rejected_term_is_found(lang: str, sentence: str, term: str, replacement: str) -> None:
    mentions = find_mentions(sentence, lang)
    assert [m.term for m in mentions] == [term]
    assert sentence[mentions[0].start : mentions[0].end] == term
    if replacement:
        assert mentions[0].replacement == replacement


@pytest.mark.parametrize(("lang", "sentence"), NEUTRAL)
def test_a_quoted_word_she_keeps_is_no_no_go(lang: str, sentence: str) -> None:
    assert find_mentions(sentence, lang) == []
