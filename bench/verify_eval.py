"""Authorship-verification benchmark of the fit score on the dev trials, as the product runs.

    .venv/bin/python bench/verify_eval.py                 # every dev file
    .venv/bin/python bench/verify_eval.py --out /tmp/scores

Scores every dev file the way `treffsicher verify` does (services.checking.score_trials:
each trial read against all texts of its file, shipped model) and, for comparison, each
trial alone with the shipped reference statistics and their null distribution (what a check
does in a workspace with nobody else in it). Prints ROC AUC, c@1 and trials/s next to Cosine
Delta on 300 most frequent words with statistics over the file. The shipped model was fitted
on these files: bench/fitscore/pooled.py gives the honest held-out figures.
`same_author` is read here only as the answer key.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent / "fitscore"))

from fitting import EVAL_DIR, EVAL_FILES, c_at_1, read_trials, roc_auc

from treffsicher.core.fingerprint import count_words
from treffsicher.core.verification import score_verification
from treffsicher.services.checking import score_trials


def score_cosine_delta(trials: list[dict[str, Any]], n_mfw: int = 300) -> np.ndarray:
    """Return Cosine Delta scores (Smith & Aldridge 2011) with statistics over the file."""
    known = [count_words(t["known"]) for t in trials]
    each = [count_words([k]) for t in trials for k in t["known"]]
    unknown = [count_words([t["unknown"]]) for t in trials]
    total: Counter[str] = Counter()
    for c in each + unknown:
        total.update(c)
    vocab = [w for w, _ in total.most_common(n_mfw)]

    def rel(c: Counter[str]) -> np.ndarray:
        n = sum(c.values()) or 1
        return np.array([c[w] / n for w in vocab])

    ref = np.array([rel(c) for c in each + unknown])
    mu, sd = ref.mean(0), ref.std(0) + 1e-9
    k = (np.array([rel(c) for c in known]) - mu) / sd
    u = (np.array([rel(c) for c in unknown]) - mu) / sd
    return (k * u).sum(1) / (np.linalg.norm(k, axis=1) * np.linalg.norm(u, axis=1))


def run_verify(path: Path) -> tuple[np.ndarray, float]:
    """Return the scores `treffsicher verify` gives the file, and trials/s (from raw lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = time.perf_counter()
    scores = [s.score for s in score_trials(lines)]
    speed = len(lines) / (time.perf_counter() - start)
    return np.array([0.5 if s is None else s for s in scores]), speed


def run_alone(trials: list[dict[str, Any]]) -> np.ndarray:
    """Return the scores of each trial alone, with the shipped references and nulls."""
    return np.array([score_verification(t["known"], t["unknown"], t["lang"]).score for t in trials])


def main() -> None:
    """Print the table of AUC / c@1 / trials/s per dev file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for {id, score} lines per file")
    args = parser.parse_args()
    print(
        f"{'file':26} {'CosDelta':>8} {'verify AUC':>10} {'c@1':>6} {'tr/s':>6}"
        f" {'alone AUC':>9} {'c@1':>6}"
    )
    for name in EVAL_FILES:
        trials = read_trials(EVAL_DIR / name)
        labels = np.array([t["same_author"] for t in trials])
        base = roc_auc(score_cosine_delta(trials), labels)
        scores, speed = run_verify(EVAL_DIR / name)
        alone = run_alone(trials)
        print(
            f"{name:26} {base:8.3f} {roc_auc(scores, labels):10.3f} {c_at_1(scores, labels):6.3f}"
            f" {speed:6.0f} {roc_auc(alone, labels):9.3f} {c_at_1(alone, labels):6.3f}"
        )
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            with (args.out / name).open("w", encoding="utf-8") as handle:
                for t, s in zip(trials, scores, strict=True):
                    handle.write(json.dumps({"id": t["id"], "score": float(s)}) + "\n")


if __name__ == "__main__":
    main()
