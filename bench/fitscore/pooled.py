"""Leave-one-register-out and in-register CV of the fit score with pooled statistics.

    .venv/bin/python bench/fitscore/pooled.py            # table for bench/RESULTS.md

Each dev file is one register. Its trials are read against the file's own texts
(core.trials: z-statistics from all texts of the file, impostor normalisation, never the
answer key). Leave-one-register-out: the 4-parameter model and its undecided band are
fitted on the other files only, then score the held-out file. In-register: 5-fold CV
grouped by known author over all files. trials/s is core.trials.score_trials over the
whole file, from raw text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import EVAL_DIR, c_at_1, choose_band, fit_logistic, read_trials, roc_auc

from treffsicher.core.trials import Trial, score_trials
from treffsicher.core.verification import VIEWS, apply_model
from treffsicher.core.weights import ScoreModel

POOLED_FILES = (
    "bundestag-wp20-dev.jsonl",
    "enron-jstylo-dev.jsonl",
    "ebg-jstylo-dev.jsonl",
    "blogs-deu-dev.jsonl",
)
NEUTRAL = ScoreModel(VIEWS, (0.0, 0.0, 0.0), 0.0, (0.0, 0.0, 0.0), 0.0)
N_FOLDS = 5


def to_trials(rows: list[dict[str, Any]]) -> list[Trial]:
    """Return the trials without their answer key."""
    return [Trial(tuple(r["known"]), r["unknown"], r["lang"]) for r in rows]


def measure_file(name: str) -> tuple[np.ndarray, np.ndarray, float]:
    """Return (normalised similarities, labels, trials/s) of one dev file."""
    rows = read_trials(EVAL_DIR / name)
    start = time.perf_counter()
    results = score_trials(to_trials(rows), NEUTRAL)
    speed = len(rows) / (time.perf_counter() - start)
    x = np.array([[r.normalised.get(v, 0.0) for v in VIEWS] for r in results])
    return x, np.array([r["same_author"] for r in rows], dtype=float), speed


def fit(xs: list[np.ndarray], ys: list[np.ndarray]) -> ScoreModel:
    """Return the model fitted on several files, each file weighing the same."""
    x, y = np.vstack(xs), np.concatenate(ys)
    w = np.concatenate([np.full(len(v), 1.0 / len(v)) for v in ys])
    coef, intercept = fit_logistic(x, y, w)
    probs = 1 / (1 + np.exp(-(x @ coef + intercept)))
    band = choose_band(probs, y.astype(bool))
    return ScoreModel(VIEWS, tuple(coef), intercept, tuple(x.mean(0)), band)


def apply(model: ScoreModel, x: np.ndarray) -> np.ndarray:
    """Return the model's scores (0.5 inside the undecided band) for rows of x."""
    return np.array([apply_model(dict(zip(VIEWS, row, strict=True)), model)[0] for row in x])


def author_folds(name: str, seed: int) -> np.ndarray:
    """Return a fold per trial so that each known author sits in one fold (answer key)."""
    rows = read_trials(EVAL_DIR / name)
    authors = sorted({r["meta"]["known_author"] for r in rows})
    rng = np.random.default_rng(seed)
    rng.shuffle(authors)
    fold_of = {a: i % N_FOLDS for i, a in enumerate(authors)}
    return np.array([fold_of[r["meta"]["known_author"]] for r in rows])


def main() -> None:
    """Print leave-one-register-out and in-register figures per dev file."""
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    data = {name: measure_file(name) for name in POOLED_FILES}
    folds = {name: author_folds(name, seed) for name in POOLED_FILES}
    print(f"{'file':26} {'LORO AUC':>8} {'c@1':>6} {'CV AUC':>7} {'c@1':>6} {'tr/s':>6}")
    for held, (x, y, speed) in data.items():
        others = [n for n in POOLED_FILES if n != held]
        model = fit([data[n][0] for n in others], [data[n][1] for n in others])
        loro = apply(model, x)
        cv = np.zeros(len(y))
        for f in range(N_FOLDS):
            xs = [data[n][0][folds[n] != f] for n in POOLED_FILES]
            ys = [data[n][1][folds[n] != f] for n in POOLED_FILES]
            test = folds[held] == f
            cv[test] = apply(fit(xs, ys), x[test])
        print(
            f"{held:26} {roc_auc(loro, y):8.3f} {c_at_1(loro, y):6.3f}"
            f" {roc_auc(cv, y):7.3f} {c_at_1(cv, y):6.3f} {speed:6.0f}"
        )
        print(
            f"{'':26} model without it: coef={np.round(model.coef, 2)}"
            f" b={model.intercept:.2f} band={model.undecided_band:.2f}"
        )


if __name__ == "__main__":
    main()
