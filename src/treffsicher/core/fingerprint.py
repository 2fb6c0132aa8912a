"""Stylometric fingerprint for the fit score (stub: being written)."""

from __future__ import annotations

from collections.abc import Sequence

from treffsicher.core.models import Fingerprint


def compute_fingerprint(texts: Sequence[str], lang: str) -> Fingerprint:
    """Relative frequencies of frequent words and character n-grams over `texts` (stub)."""
    return Fingerprint(n_words=0)
