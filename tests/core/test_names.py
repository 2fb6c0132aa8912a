"""Names in her text that a relation, a reporting verb or "ich" marks (core.names)."""

from __future__ import annotations

import pytest

from treffsicher.core.names import find_context_names
from treffsicher.core.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deniz meinte, das passt so.", {"deniz"}),
        ("Ich hab das mit meiner Kollegin Merle besprochen.", {"merle"}),
        ("Sanne hat gesagt, wir sollen warten.", {"sanne"}),
        ("Merle und ich waren da, ich und Tom auch.", {"merle", "tom"}),
        ("My husband Tom said it twice.", {"tom"}),
        ("Die Studie sagt etwas anderes.", set()),  # an article makes "Studie" a noun
        ("Das Wetter und der Garten.", set()),
        ("", set()),
    ],
)
def test_context_names_by_hand(text: str, expected: set[str]) -> None:
    assert find_context_names(tokenize(text).texts) == expected
