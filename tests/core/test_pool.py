"""Pool statistics, impostor normalisation and whole-file trial scoring (core.pool, core.trials)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from treffsicher.core.fingerprint import count_text
from treffsicher.core.pool import build_pool_reference, cut_samples, normalise_similarity
from treffsicher.core.trials import MIN_POOL, Trial, score_trials
from treffsicher.core.weights import Null

VOICES = Path(__file__).resolve().parents[1] / "texts" / "voices"
PEOPLE = ("katrin", "mira", "bernd", "jana")


def read_texts(name: str) -> list[str]:
    text = (VOICES / f"{name}.txt").read_text(encoding="utf-8")
    return [part.strip() for part in text.split("===") if part.strip()]


def test_similarity_is_read_in_spreads_of_the_impostors() -> None:
    impostors = np.array([0.1, 0.2, 0.3])
    assert normalise_similarity(0.4, impostors, None) == pytest.approx(0.2 / impostors.std())
    assert normalise_similarity(0.4, np.array([0.1]), None) == 0.0  # one impostor says nothing


def test_few_impostors_lean_on_the_prior() -> None:
    prior = Null(0.0, 0.1)
    alone = normalise_similarity(0.3, np.zeros(0), prior)
    assert alone == pytest.approx(3.0)
    # Two impostors that look alike move the mean a little, not all the way.
    two = normalise_similarity(0.3, np.array([0.25, 0.25]), prior)
    assert 0.0 < two < alone


def test_samples_are_cut_to_size_and_spread_evenly() -> None:
    text = " ".join(f"w{i}" for i in range(1000))
    samples = cut_samples([text], size=100, limit=4)
    assert len(samples) == 4
    assert all(len(s.split()) == 100 for s in samples)
    assert samples[0].startswith("w0 ")
    assert samples == cut_samples([text], size=100, limit=4)
    assert cut_samples(["zu kurz"], size=100) == []


def test_pool_reference_takes_its_features_from_the_pool() -> None:
    counts = [count_text(t) for name in PEOPLE for t in read_texts(name)]
    reference = build_pool_reference(counts, "de")
    assert reference.words[:3] == tuple(w for w in reference.words[:3])
    assert "ich" in reference.words[:20]
    assert len(reference.word_mean) == len(reference.words)
    assert (reference.word_sd > 0).all()
    assert (reference.char_sd > 0).all()


def make_trials() -> list[tuple[Trial, bool]]:
    """Every mail of 200+ words against the rest of its writer, and against another writer."""
    trials = []
    for number, name in enumerate(PEOPLE):
        texts = read_texts(name)
        other = PEOPLE[(number + 1) % len(PEOPLE)]
        for i, unknown in enumerate(texts):
            own = tuple(t for j, t in enumerate(texts) if j != i)
            trials.append((Trial(own, unknown, "de"), True))
            trials.append((Trial(tuple(read_texts(other)), unknown, "de"), False))
    return trials


def test_a_trial_file_is_read_against_its_own_texts() -> None:
    labelled = make_trials()
    assert len({t.unknown for t, _ in labelled}) >= MIN_POOL
    results = score_trials([t for t, _ in labelled])
    same = [r.probability for r, (_, s) in zip(results, labelled, strict=True) if s]
    other = [r.probability for r, (_, s) in zip(results, labelled, strict=True) if not s]
    assert np.mean(same) > np.mean(other) + 0.3
    assert all(0.0 <= r.score <= 1.0 for r in results)
    assert {r.reference for r in results} == {"pool"}


def test_a_tiny_file_is_scored_trial_by_trial() -> None:
    trial = Trial(tuple(read_texts("katrin")[1:]), read_texts("katrin")[0], "de")
    result = score_trials([trial])[0]
    assert result.reference.startswith("de-")
