"""Blending the workspace's people into the reference when one of them has no samples."""

from __future__ import annotations

import numpy as np

from treffsicher.core.comparison import blend_workspace
from treffsicher.core.fingerprint import count_text
from treffsicher.core.pool import build_pool_reference

TEXTS = [
    "Liebe Frau Ohm, danke für den Anruf gestern. Ich schicke Ihnen die Texte bis Freitag.",
    "Hallo Sabine, ich finde, wir sollten die Startseite kürzer machen und direkter werden.",
    "Guten Morgen, anbei der Entwurf. Sagen Sie mir gern, was nicht nach Ihnen klingt.",
]


def test_a_person_without_samples_adds_nothing() -> None:
    counts = [count_text(text) for text in TEXTS]
    reference = build_pool_reference(counts, "de")
    with_empty = blend_workspace(reference, [counts[:2], [], counts[2:]])
    without = blend_workspace(reference, [counts[:2], counts[2:]])
    assert np.allclose(with_empty.word_mean, without.word_mean)
    assert np.allclose(with_empty.char_sd, without.char_sd)
