"""Feature statistics of many passages at once, the same as passage by passage.

A profile measures thousands of passages. Run passage by passage, every family pays a fixed
cost per passage (building its views, a few dozen calls) that outweighs the words of a
short mail. Here the passages of one language are joined into one tokenized text — their
texts in order, separated by a blank line, their tokens and sentences shifted — and a
family that knows how (`count_many`) counts all of them in one go, then hands each
passage its own counts and examples (`Batch`). Families that do not yet know how are run
passage by passage, as `extract_stats` runs them.

The result is exactly that of `extract_stats` on each passage (a test compares them), with
one difference that changes no value: a count that is zero may be missing (every reader
takes a missing count as zero). Drafts are still checked passage by passage.
See docs/decisions/0019-features-of-many-passages.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain, repeat
from operator import add
from typing import Protocol

import numpy as np
import numpy.typing as npt

from treffsicher.core.features.base import (
    KeywordIndex,
    PassageStats,
    PreparedText,
    prepare_text,
)
from treffsicher.core.models import Sentence, TokenizedText

SEPARATOR = "\n\n"  # between two passages in the joined text: a paragraph break

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


class BatchFamily(Protocol):
    """A family module that can count many passages at once."""

    def count_many(self, batch: Batch) -> None: ...


@dataclass(frozen=True)
class Batch:
    """Passages joined into one prepared text, and where each passage lies in it.

    `prepared` holds the joined text's views (token, word and sentence indices are global);
    passage p has tokens token_offsets[p]:token_offsets[p + 1], likewise sentences, words
    and characters. `stats[p]` receives passage p's statistics; `example` turns a span of
    the joined text into one of the passage's own text.
    """

    docs: Sequence[TokenizedText]
    prepared: PreparedText
    stats: list[PassageStats]
    char_offsets: list[int]
    token_offsets: list[int]
    sentence_offsets: list[int]
    word_offsets: list[int]

    @property
    def lang(self) -> str:
        return self.prepared.lang

    @property
    def n_passages(self) -> int:
        return len(self.docs)

    @cached_property
    def sentence_passage(self) -> list[int]:
        """The passage of each sentence of the joined text."""
        return _owners(self.sentence_offsets)

    @cached_property
    def word_passage(self) -> IntArray:
        """The passage of each word (as numpy array, for bincount)."""
        return np.repeat(
            np.arange(self.n_passages, dtype=np.int64), np.diff(np.asarray(self.word_offsets))
        )

    @cached_property
    def passage_words(self) -> list[int]:
        """Words per passage."""
        offsets = self.word_offsets
        return [offsets[p + 1] - offsets[p] for p in range(self.n_passages)]

    @cached_property
    def passage_prepared(self) -> list[PreparedText]:
        """Each passage's own prepared text (for families that count passage by passage)."""
        keywords = self.prepared.keywords
        return [prepare_text(doc, self.lang, keywords) for doc in self.docs]

    def passage_of_word(self, k: int) -> int:
        """The passage of word k (position in prepared.words)."""
        return int(self.word_passage[k])

    def example(self, p: int, feature: str, start: int, end: int) -> None:
        """Offer text[start:end] of the joined text as passage p's example of `feature`."""
        offset = self.char_offsets[p]
        self.stats[p].add_example(feature, start - offset, end - offset)

    def sentence_example(self, feature: str, s: int) -> None:
        """Offer sentence s of the joined text as its passage's example of `feature`."""
        sentence = self.prepared.doc.sentences[s]
        self.example(self.sentence_passage[s], feature, sentence.start, sentence.end)

    def add_each(self, key: str, amounts: Iterable[float]) -> None:
        """Add amounts[p] to count `key` of every passage p (zeros are added too)."""
        for stats, amount in zip(self.stats, amounts, strict=True):
            counts = stats.counts
            counts[key] = counts.get(key, 0.0) + amount

    def add_at(self, p: int, key: str, amount: float = 1.0) -> None:
        """Add `amount` to count `key` of passage p."""
        self.stats[p].add(key, amount)

    def count_words(self, positions: Iterable[int] | IntArray) -> list[int]:
        """How many of the word positions (in prepared.words) fall in each passage."""
        index = (
            np.fromiter(positions, dtype=np.int64)
            if not isinstance(positions, np.ndarray)
            else positions
        )
        counted = np.bincount(self.word_passage[index], minlength=self.n_passages)
        return counted.tolist()  # type: ignore[no-any-return]

    def sum_words(self, per_word: Sequence[int] | IntArray | FloatArray) -> list[float]:
        """Sum of a value per word (aligned with prepared.words) in each passage."""
        values = np.asarray(per_word, dtype=np.float64)
        before = np.concatenate(([0.0], np.cumsum(values)))
        offsets = np.asarray(self.word_offsets)
        return (before[offsets[1:]] - before[offsets[:-1]]).tolist()  # type: ignore[no-any-return]


def _owners(offsets: Sequence[int]) -> list[int]:
    """For offsets [0, a, b, …] the owner of each item: [0]*a + [1]*(b-a) + …"""
    sizes = map(int.__sub__, offsets[1:], offsets[:-1])
    return list(chain.from_iterable(map(repeat, range(len(offsets) - 1), sizes)))


def join_docs(
    docs: Sequence[TokenizedText],
) -> tuple[TokenizedText, list[int], list[int], list[int]]:
    """One tokenized text of `docs` in order, with a blank line between them.

    Returns it and the character, token and sentence offsets of each doc (P + 1 each).
    """
    gap = len(SEPARATOR)
    char_offsets = [0, *accumulate(len(d.text) + gap for d in docs)]
    token_offsets = [0, *accumulate(len(d.texts) for d in docs)]
    sentence_offsets = [0, *accumulate(len(d.sentences) for d in docs)]
    starts: list[int] = []
    ends: list[int] = []
    sentences: list[Sentence] = []
    for doc, chars, tokens in zip(docs, char_offsets, token_offsets, strict=False):
        if chars:
            starts.extend(map(add, doc.starts, repeat(chars)))
            ends.extend(map(add, doc.ends, repeat(chars)))
            sentences.extend(
                Sentence(
                    s.start + chars, s.end + chars, s.first_token + tokens, s.end_token + tokens
                )
                for s in doc.sentences
            )
        else:
            starts.extend(doc.starts)
            ends.extend(doc.ends)
            sentences.extend(doc.sentences)
    joined = TokenizedText(
        text=SEPARATOR.join(d.text for d in docs),
        starts=starts,
        ends=ends,
        kinds=list(chain.from_iterable(d.kinds for d in docs)),
        texts=list(chain.from_iterable(d.texts for d in docs)),
        sentences=sentences,
    )
    return joined, char_offsets, token_offsets, sentence_offsets


def make_batch(
    docs: Sequence[TokenizedText], lang: str, keywords: KeywordIndex | None = None
) -> Batch:
    """The Batch of `docs` (tokenized passages of language `lang`), with empty stats."""
    joined, char_offsets, token_offsets, sentence_offsets = join_docs(docs)
    prepared = prepare_text(joined, lang, keywords)
    word_indices = prepared.word_indices
    # Words before each passage's first token: a bisect per passage (in C).
    word_offsets = [bisect_left(word_indices, t) for t in token_offsets]
    return Batch(
        docs=docs,
        prepared=prepared,
        stats=[PassageStats() for _ in docs],
        char_offsets=char_offsets,
        token_offsets=token_offsets,
        sentence_offsets=sentence_offsets,
        word_offsets=word_offsets,
    )


def count_passage_by_passage(
    counter: Callable[[PreparedText, PassageStats], None], batch: Batch
) -> None:
    """Run a family's per-passage `count` on each passage of the batch."""
    for prepared, stats in zip(batch.passage_prepared, batch.stats, strict=True):
        counter(prepared, stats)
