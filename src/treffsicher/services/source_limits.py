"""How large one source may be: beyond this it is not one person's own words but a dump."""

from __future__ import annotations

from treffsicher.core.imported import ImportedSource
from treffsicher.core.tokens import count_words
from treffsicher.i18n import format_number, t

MAX_WORDS_PER_SOURCE = 250_000  # two long novels; a year of her mail is far less
MAX_PASSAGES_PER_SOURCE = 20_000


def check_source_size(n_passages: int, n_words: int, lang: str) -> str:
    """The reason a source is too large to store, or ''.

    One source (a file, a zip member, a message) beyond these limits is not one person's
    own words but a dump (a book, an export of everything); storing it would make every
    profile and check that follows slow and memory-hungry.
    """
    if n_words > MAX_WORDS_PER_SOURCE:
        words, limit = format_number(n_words, lang), format_number(MAX_WORDS_PER_SOURCE, lang)
        return t("import.too_many_words", lang, words=words, limit=limit)
    if n_passages > MAX_PASSAGES_PER_SOURCE:
        passages = format_number(n_passages, lang)
        limit = format_number(MAX_PASSAGES_PER_SOURCE, lang)
        return t("import.too_many_passages", lang, passages=passages, limit=limit)
    return ""


def measure_source(source: ImportedSource, lang: str) -> tuple[list[int], str]:
    """The word count of each of the source's passages, and the reason it is too large to
    store ('' when it fits: check_source_size)."""
    word_counts = [count_words(p.text) for p in source.passages]
    return word_counts, check_source_size(len(source.passages), sum(word_counts), lang)
