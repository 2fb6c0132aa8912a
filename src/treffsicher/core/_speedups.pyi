"""Types of the compiled module core/_speedups.c (see there)."""

from collections.abc import Callable, Collection, Sequence
from re import Match
from typing import Any

def scan_tokens(
    text: str,
    match: Callable[[str, int], Match[str] | None],
    abbreviations: frozenset[str],
    kinds: tuple[str, ...],
    word: str,
    number: str,
    punct: str,
    symbol: str,
) -> tuple[list[int], list[int], list[str], list[str], list[int]]: ...
def mtld_both(words: Sequence[str], threshold_percent: int) -> tuple[float, float]: ...
def word_views(
    kinds: list[str],
    texts: list[str],
    firsts: list[int],
    ends: list[int],
    word_kind: str,
    lower: Callable[[str], str],
) -> tuple[list[int], list[str], list[str], list[int], list[int], list[int], list[int]]: ...
def sentence_stops(
    text: str,
    starts: list[int],
    ends: list[int],
    kinds: list[str],
    texts: list[str],
    candidates: list[int],
    end_abbreviations: frozenset[str],
    starters: frozenset[str],
    closers: frozenset[str],
    trailing_kinds: frozenset[str],
) -> list[int]: ...
def count_passages(items: Any, pids: Any, out: Any) -> None: ...
def count_grams(
    ids: Any,
    pids: Any,
    starts: Any,
    allowed: Any,
    seeds: Any,
    size: int,
    vocab: int,
    minimum: int,
) -> tuple[list[int], list[int], list[int]]: ...
def line_stops(
    text: str,
    starts: list[int],
    item_match: Callable[[str], Match[str] | None],
    heading_match: Callable[[str], Match[str] | None],
    greeting_match: Callable[[str], Match[str] | None],
    wrap_min: int,
    wrap_min_upper: int,
) -> list[int]: ...
def number_tokens(
    texts: list[str], kinds: list[str], word: str, numbers: dict[str, int]
) -> tuple[bytes, int]: ...
def keyed_word_views(
    kinds: list[str],
    texts: list[str],
    sentences: list[Any],
    word_kind: str,
    lower: Callable[[str], str],
    seen: dict[str, tuple[str, int]],
    covers: tuple[Collection[str], ...],
    judges: tuple[Callable[[str], bool], ...],
) -> (
    tuple[
        list[int],
        list[str],
        list[str],
        list[int],
        list[int],
        list[int],
        list[int],
        list[int],
        list[list[int]],
    ]
    | None
): ...
def has_feminine_noun(text: str) -> bool: ...
def gender_mark_starts(text: str) -> list[int]: ...
def split_count(texts: Sequence[str], counts: dict[str, int]) -> str: ...
def find_marks(text: str, heads: tuple[str, ...]) -> tuple[list[int] | None, list[int]]: ...
def count_ngrams(text: str, n: int, base: int, mult: int, bits: int, counts: Any) -> int: ...

# Feature families lexical, readability, syntax and punctuation.
def length_counts(words: list[str], min_long: int) -> tuple[int, int]: ...
def syllable_sums(
    words: list[str],
    cache: dict[str, int],
    count_one: Callable[[str], int],
    starts: list[int],
    counts: list[int],
) -> tuple[int, int, int, list[int]]: ...
def closest_sentence(
    sentence_words: list[int],
    syllables: list[int],
    ends: list[int],
    texts: list[str],
    min_words: int,
    end_marks: str,
    base: float,
    per_word: float,
    per_syllable: float,
    target: float,
) -> int: ...
def fragment_sentences(
    sentence_words: list[int],
    ends: list[int],
    sentence_of: list[int],
    kinds: list[str],
    texts: list[str],
    max_words: int,
    trailing_kinds: frozenset[str],
    trailing_texts: frozenset[str],
    end_marks: str,
) -> list[int]: ...
def count_chars(
    text: str, chars: str, listed: str, needles: tuple[str, ...]
) -> tuple[list[int], list[int], list[int]]: ...
def judge_runs(
    text: str,
    firsts: str,
    rest: str | None,
    min_length: int,
    verdicts: dict[str, int],
    judge: Callable[[str], int],
    limit: int,
) -> tuple[int, list[str], list[int]]: ...
def passive_sentences(
    hits: list[int],
    word_indices: list[int],
    sentence_of: list[int],
    sentences: list[Any],
    ends: list[int],
    word_starts: list[int],
    kinds: list[str],
    texts: list[str],
    words: list[str],
    word_kind: str,
    breaks: frozenset[str],
    werden: frozenset[str],
    after: frozenset[str],
    verdicts: dict[str, bool],
    is_participle: Callable[[str], bool],
) -> list[int]: ...
def count_equal(
    items: list[Any], values: tuple[Any, ...], limit: int
) -> tuple[list[int], list[list[int]]]: ...
def marked_sentences(
    places: list[int],
    starts: list[int],
    kinds: list[str],
    texts: list[str],
    sentence_of: list[int],
    sentence_words: list[int],
    ends: list[int],
    punct: str,
    trailing_kinds: frozenset[str],
    trailing_texts: frozenset[str],
) -> tuple[list[int], list[int]]: ...
