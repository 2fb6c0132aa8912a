"""The shared views of prepare_text, checked against their definitions token by token."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treffsicher.core.features.base import (
    PassageStats,
    add_sentence_examples,
    join_vocabularies,
    prepare_text,
)
from treffsicher.core.models import WORD
from treffsicher.core.tokens import tokenize

TEXTS = [
    "",
    "Hallo Anna,\n\nich freue mich. Kommst du? 🙂 Bis bald!\nJohanna",
    "Das Angebot (z. B. für Kund:innen) kostet 2.040 € – oder?",
    "… - !",
]


def check_views(text: str) -> None:
    doc = tokenize(text)
    prepared = prepare_text(doc, "de")
    word_indices = [i for i, k in enumerate(doc.kinds) if k == WORD]
    assert prepared.word_indices == word_indices
    assert prepared.word_texts == [doc.texts[i] for i in word_indices]
    assert prepared.words == [doc.texts[i].lower() for i in word_indices]
    assert prepared.lower == [t.lower() for t in doc.texts]
    assert prepared.vocabulary == set(prepared.words)
    for s, sent in enumerate(doc.sentences):
        inside = [i for i in word_indices if sent.first_token <= i < sent.end_token]
        assert prepared.sentence_words[s] == len(inside)
        assert prepared.first_word[s] == (inside[0] if inside else -1)
        assert prepared.sentence_end_tokens[s] == sent.end_token
        if inside:
            assert prepared.words[prepared.sentence_word_start[s]] == doc.texts[inside[0]].lower()
        for i in range(sent.first_token, sent.end_token):
            assert prepared.sentence_of[i] == s


@pytest.mark.parametrize("text", TEXTS)
def test_views_match_their_definitions(text: str) -> None:
    check_views(text)


@given(st.text(alphabet="aAbÄß .,!?-\n🙂:(", max_size=80))
def test_views_match_their_definitions_for_any_text(text: str) -> None:
    check_views(text)


def test_find_word_positions_in_order() -> None:
    prepared = prepare_text(tokenize("Ich sehe dich, ich sehe euch."), "de")
    # words: ich sehe dich ich sehe euch
    assert prepared.find_word_positions(frozenset({"ich", "euch"})) == [0, 3, 5]
    assert prepared.find_word_positions(frozenset({"wir"})) == []


def test_find_word_positions_through_joined_lists() -> None:
    pronouns = frozenset({"ich", "euch"})
    verbs = {"sehe": 1}  # a dict keyed by word, as the wording lexicons are
    joined = join_vocabularies(pronouns, verbs)
    prepared = prepare_text(tokenize("Ich sehe dich, ich sehe euch."), "de", joined)
    assert prepared.find_word_positions(pronouns) == [0, 3, 5]
    assert prepared.find_word_positions(verbs) == [1, 4]
    # A list that is not one of the joined ones is looked up over all words.
    assert prepared.find_word_positions(frozenset({"dich"})) == [2]
    assert prepared.find_word_positions(frozenset({"ich"})) == [0, 3]


@given(st.lists(st.sampled_from(["ich", "Du", "du", "wir", "Sie", "sie", "und"]), max_size=30))
def test_joined_lists_find_what_each_list_finds(words: list[str]) -> None:
    lists = (frozenset({"ich", "du"}), frozenset({"sie", "du"}), {"wir": 0})
    doc = tokenize(" ".join(words))
    plain = prepare_text(doc, "de")
    joined = prepare_text(doc, "de", join_vocabularies(*lists))
    for vocabulary in lists:
        assert joined.find_word_positions(vocabulary) == plain.find_word_positions(vocabulary)


def test_add_counts_adds_like_add() -> None:
    stats = PassageStats()
    stats.add("a", 2)
    stats.add_counts((("a", 3), ("b", 1)))
    assert stats.counts == {"a": 5.0, "b": 1.0}


def test_add_examples_stops_at_the_limit_and_skips_repeats() -> None:
    stats = PassageStats()
    stats.add_examples("f", [(0, 1), (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)])
    assert stats.examples["f"] == [(0, 1), (2, 3), (4, 5), (6, 7)]
    stats.add_examples("g", [])
    assert "g" not in stats.examples


def test_add_example_keeps_first_distinct_spans_up_to_the_limit() -> None:
    stats = PassageStats()
    stats.add_example("f", 0, 1)
    stats.add_example("f", 0, 1)
    stats.add_example("e", 5, 6)
    for start in range(2, 12, 2):
        stats.add_example("f", start, start + 1)
    assert stats.examples == {"f": [(0, 1), (2, 3), (4, 5), (6, 7)], "e": [(5, 6)]}
    assert list(stats.examples) == ["f", "e"]  # in the order first asked for


@pytest.mark.parametrize("kept", [[], [(0, 9)], [(99, 120)], [(0, 9), (10, 19), (20, 29)]])
def test_sentence_examples_are_add_example_hit_by_hit(kept: list[tuple[int, int]]) -> None:
    text = "Du bist da. Du auch. Und du? Ja, du. Du! Nun du. Du da."
    prepared = prepare_text(tokenize(text), "de")
    hits = [i for i, word in enumerate(prepared.doc.texts) if word.lower() == "du"]
    one_by_one, at_once = PassageStats(), PassageStats()
    for stats in (one_by_one, at_once):
        for start, end in kept:
            stats.add_example("f", start, end)
    for i in hits:
        sent = prepared.doc.sentences[prepared.sentence_of[i]]
        one_by_one.add_example("f", sent.start, sent.end)
    add_sentence_examples(at_once, "f", prepared, hits)
    assert at_once.examples == one_by_one.examples
    assert len(at_once.examples["f"]) == 4


def test_sentence_examples_skip_what_is_not_wanted() -> None:
    prepared = prepare_text(tokenize("Du bist da. Du auch."), "de")
    stats = PassageStats(skip_examples=frozenset({"f"}))
    add_sentence_examples(stats, "f", prepared, [0, 4])
    add_sentence_examples(stats, "g", prepared, [])
    assert stats.examples == {}
