"""Names in her text that a relation, a reporting verb or "ich" marks (core.names)."""

from __future__ import annotations

import numpy as np
import pytest

from treffsicher.core.names import (
    find_context_names,
    find_names_in_rows,
    find_possessive_names,
    spread_over_lists,
    with_inflections,
)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I went to the mill with Jess, then to Truro.", {"jess", "truro"}),
        ("Thanks to Pete the flour came.", {"pete"}),
        ("To Anna, with love.", set()),  # "To" at the start of a line: no word before it
        ("Ich fahre mit Wastl nach Prien.", set()),  # German nouns follow "mit" as well
    ],
)
def test_english_names_after_a_preposition(text: str, expected: set[str]) -> None:
    assert find_context_names(tokenize(text).texts) == expected


def groups_of(text: str) -> list[frozenset[str]]:
    tt = tokenize(text)
    groups: list[frozenset[str]] = []
    find_context_names(tt.texts, groups, lambda: [s.first_token for s in tt.sentences])
    return groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kathi, Wastl und Leni sind auf Montage.", [{"kathi", "wastl", "leni"}]),
        ("Pete, Jess and Ruby cleaned the ovens.", [{"pete", "jess", "ruby"}]),
        # a list never reaches into the greeting line above
        ("Hallo Tom,\nEiche, Zirbe und Fichte sind da.", [{"eiche", "zirbe", "fichte"}]),
        ("Die Eiche und Zirbe sind da.", []),  # an article: nouns, no list of names
        ("Heute kommen Wastl und Leni.", [{"wastl", "leni"}]),
        ("Wir holen die Eiche, Zirbe und Fichte.", []),  # the article before the list
        ("We met Pete and Jess.", [{"pete", "jess"}]),
        ("Kathi und ich kommen.", []),
        # nor into the line before, whether or not a comma came earlier
        ("Heute kommt Wastl\nund Leni bringt den Kuchen.", []),
        ("Tom\nand Jess said hi.", []),
        ("Gruß von Kathi, Wastl und Leni\nund Tom.", [{"kathi", "wastl", "leni"}]),
    ],
)
def test_lists_of_capitalised_words(text: str, expected: list[set[str]]) -> None:
    assert groups_of(text) == expected


def test_a_list_with_a_name_makes_all_its_words_names() -> None:
    groups = [frozenset({"kathi", "wastl", "leni"}), frozenset({"eiche", "zirbe"})]
    assert spread_over_lists({"leni"}, groups) == {"kathi", "wastl", "leni"}
    assert spread_over_lists({"tom"}, groups) == {"tom"}  # a list of nouns stays


def test_possessives_and_inflections() -> None:
    surfaces = ["Ruby's", "Ruby", "Today's", "today", "Pete’s"]
    assert find_possessive_names(surfaces) == {"ruby", "pete"}
    assert with_inflections({"merle"}) == {"merle", "merles", "merle's", "merle’s"}


# Passages side by side: names at both edges, a list at the end of one and the start of
# the next, a trigger as first and as last token, an empty passage.
ROWS = [
    "Frau",
    "Berg kommt morgen. Kathi, Wastl und Leni",
    "und Tom bringen Kuchen mit meiner Kollegin Merle.",
    "",
    "I went to the mill with Jess. Thanks to Pete, Ruby and",
    "Sam said it twice, and my husband Tom",
    "Die Studie sagt etwas. Merle und ich",
    "ich und Deniz hat gesagt, wir warten.",
]


def test_many_passages_at_once_equal_each_on_its_own() -> None:
    numbers: dict[str, int] = {}
    tokens: list[int] = []
    passage_starts: list[int] = []
    sentence_starts: list[int] = []
    expected: set[str] = set()
    expected_groups: list[frozenset[str]] = []
    for text in ROWS:
        tt = tokenize(text)
        passage_starts.append(len(tokens))
        sentence_starts += [len(tokens) + s.first_token for s in tt.sentences]
        tokens += [numbers.setdefault(t, len(numbers)) for t in tt.texts]
        firsts = [s.first_token for s in tt.sentences]
        expected |= find_context_names(tt.texts, expected_groups, firsts.copy)
    groups: list[frozenset[str]] = []
    found = find_names_in_rows(
        list(numbers),
        np.array(tokens, dtype=np.int32),
        np.array(passage_starts, dtype=np.int64),
        lambda: np.array(sentence_starts, dtype=np.int64),
        groups,
    )
    assert found == expected
    assert groups == expected_groups
    # by hand: no rule looks across a passage's edge ("Frau" | "Berg", "Leni" | "und Tom")
    assert expected == {"merle", "jess", "pete", "sam", "tom", "deniz"}
    assert expected_groups == [{"kathi", "wastl", "leni"}]  # "Ruby and" ends its passage
