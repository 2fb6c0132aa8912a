"""Speed of the fit score on one core: trials/s from medians, fingerprint words/s.

.venv/bin/python bench/fitscore/speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import EVAL_DIR, EVAL_FILES, read_trials

from treffsicher.core.fingerprint import compute_fingerprint
from treffsicher.core.verification import score_fingerprint, score_verification

ROUNDS = 3  # the machine is shared: take the median of the per-round medians


def main() -> None:
    """Print median ms per trial and trials/s per file, then fingerprint words/s."""
    for name in EVAL_FILES:
        trials = read_trials(EVAL_DIR / name)
        score_verification(trials[0]["known"], trials[0]["unknown"], trials[0]["lang"])
        medians = []
        for _ in range(ROUNDS):
            times = []
            for t in trials:
                start = time.perf_counter()
                score_verification(t["known"], t["unknown"], t["lang"])
                times.append(time.perf_counter() - start)
            medians.append(statistics.median(times))
        ms = statistics.median(medians) * 1000
        print(f"{name:26} {ms:6.2f} ms/trial  {1000 / ms:6.0f} trials/s (median)")
    trials = read_trials(EVAL_DIR / EVAL_FILES[0])
    texts = list(dict.fromkeys(k for t in trials for k in t["known"]))
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fingerprint = compute_fingerprint(texts, "de")
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    print(
        f"compute_fingerprint: {fingerprint.n_words} words, {fingerprint.n_words / seconds:,.0f}/s"
    )
    draft = " ".join(trials[0]["unknown"].split()[:500]) * 2
    times = []
    for _ in range(20):
        start = time.perf_counter()
        score_fingerprint(fingerprint, draft, "de")
        times.append(time.perf_counter() - start)
    print(f"check of a ~1,000-word draft against it: {statistics.median(times) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
