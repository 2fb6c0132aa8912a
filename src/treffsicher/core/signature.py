"""Signature words and phrases, and common words she never uses (stub: being written)."""

from __future__ import annotations

from collections.abc import Sequence

from treffsicher.core.models import Passage, SignatureTerm, TokenizedText


def list_signature_terms(
    docs: Sequence[tuple[Passage, TokenizedText]], lang: str, limit: int = 20
) -> tuple[SignatureTerm, ...]:
    """Words and phrases she uses far more often than general `lang` text (stub)."""
    return ()


def list_avoided_words(
    docs: Sequence[tuple[Passage, TokenizedText]], lang: str, limit: int = 20
) -> tuple[str, ...]:
    """Common `lang` words she never uses although her text is long enough to expect them."""
    return ()
