"""What she says about her customers, offer, values and goals becomes a proposal of that
category (tests/core/wish_phrasings.py)."""

from __future__ import annotations

import pytest
from wish_phrasings import NEUTRAL, SAYING

from treffsicher.core.assumptions import find_wishes


@pytest.mark.parametrize(("lang", "sentence", "category"), SAYING)
def test_what_she_says_supports_its_category(lang: str, sentence: str, category: str) -> None:
    assert find_wishes(sentence) == [(category, sentence)]


@pytest.mark.parametrize(("lang", "sentence"), NEUTRAL)
def test_ordinary_mail_talk_supports_nothing(lang: str, sentence: str) -> None:
    assert find_wishes(sentence) == []


def test_a_wish_wrapped_by_the_mail_program_is_read_whole() -> None:
    text = (
        "Hi Mia,\n\nthanks for the call yesterday. What matters to me is simple: slow, honest and\n"
        "no mirrors on the walls. I'd like the page to make a tired person feel that\n"
        "they are allowed to come as they are.\n\nPriya"
    )
    assert find_wishes(text) == [
        ("values", "What matters to me is simple: slow, honest and no mirrors on the walls."),
        (
            "goals",
            "I'd like the page to make a tired person feel that they are allowed to come "
            "as they are.",
        ),
    ]
