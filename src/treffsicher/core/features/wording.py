"""Feature family placeholder until its owner fills it in; see base.py for the contract."""

from __future__ import annotations

from treffsicher.core.features.base import FeatureSpec, PassageStats, PreparedText

SPECS: tuple[FeatureSpec, ...] = ()


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add this family's counts for one passage to stats."""
