"""Research: how many other people does a check need? A workspace simulated on dev trials.

    .venv/bin/python bench/fitscore/workspace_size.py            # table
    .venv/bin/python bench/fitscore/workspace_size.py --write    # and into model.json

A check in the product reads the draft against the other people of the workspace with the
shipped null distribution as prior (core.comparison). Here each dev trial is scored that
way with k other people: k other known sides of the file as profiles and up to three of
their texts each as samples (never the trial's own texts), z-statistics from a shipped
reference of *another* register of the same language (the product's worst case: a client
register that does not ship) blended with those people's texts, the shipped model. Printed
per k: ROC AUC, c@1, and the share of different-author trials that would read „klingt nach
ihr“ (probability ≥ 0.65, before any verdict rule); then the same after recalibrating the
probability per k (logit(p') = a + b·logit(p)), fitted on the other three files only. The
table fitted on all four files is the shipped `workspace` calibration of model.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import EVAL_DIR, c_at_1, fit_logistic, read_trials, roc_auc
from foreign import FOREIGN
from pooled import POOLED_FILES

from treffsicher.core.fingerprint import TEXT_SEPARATOR, count_text, vectorise_counts
from treffsicher.core.pool import blend_reference
from treffsicher.core.verification import score_vectors
from treffsicher.core.weights import load_model, load_references

SIZES = (0, 1, 2, 3, 5, 10, 20)
MODEL_FILE = (
    Path(__file__).resolve().parents[2] / "src" / "treffsicher" / "core" / "weights" / "model.json"
)
TRIALS_PER_FILE = 120


def simulate(name: str, k: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return the model's probabilities and the labels of one file's trials with k others."""
    rows = read_trials(EVAL_DIR / name)
    lang = rows[0]["lang"]
    base = next(r for r in load_references(lang) if r.name == FOREIGN[name])
    model = load_model()
    picked = rng.choice(len(rows), size=min(TRIALS_PER_FILE, len(rows)), replace=False)
    probs, labels = [], []
    for index in picked:
        trial = rows[index]
        author = trial["meta"]["known_author"]  # only to keep her own texts out of the others
        others = [r for r in rows if r["meta"]["known_author"] != author]
        chosen = [others[i] for i in rng.choice(len(others), size=k, replace=False)] if k else []
        samples = [count_text(t) for r in chosen for t in r["known"][:3]]
        weights = [1.0 for _ in samples]
        reference = blend_reference(base, samples, weights, k) if k else base
        profiles = [
            vectorise_counts(count_text(TEXT_SEPARATOR.join(r["known"])), reference) for r in chosen
        ]
        known = count_text(TEXT_SEPARATOR.join(trial["known"]))
        unknown = count_text(trial["unknown"])
        result = score_vectors(
            vectorise_counts(known, reference),
            vectorise_counts(unknown, reference),
            reference,
            (known.n_words, unknown.n_words),
            profiles=profiles,
            samples=[vectorise_counts(c, reference) for c in samples],
            model=model,
        )
        probs.append(result.probability)
        labels.append(trial["same_author"])
    return np.array(probs), np.array(labels, dtype=bool)


def judge(p: np.ndarray, y: np.ndarray, band: float) -> tuple[float, float, float]:
    """Return (AUC, c@1, share of different-author trials at 0.65 or more)."""
    scores = np.where(np.abs(p - 0.5) <= band, 0.5, p)
    return roc_auc(p, y), c_at_1(scores, y), float((p[~y] >= 0.65).mean())


def to_logit(p: np.ndarray) -> np.ndarray:
    """Return log-odds, clipped where the model saturates."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(q / (1 - q))


def recalibrate(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Return (a, b) of logit(p') = a + b·logit(p), fitted by logistic regression."""
    coef, intercept = fit_logistic(to_logit(p)[:, None] / 10.0, y.astype(float), l2=1e-4)
    return float(intercept), float(coef[0]) / 10.0


def apply(ab: tuple[float, float], p: np.ndarray) -> np.ndarray:
    """Return recalibrated probabilities."""
    return 1 / (1 + np.exp(-(ab[0] + ab[1] * to_logit(p))))


def main() -> None:
    """Print per k: raw and recalibrated (fitted on the other files) AUC / c@1 / false fits,
    and the calibration fitted on all files (JSON, for model.json's "workspace")."""
    rng = np.random.default_rng(0)
    band = load_model().undecided_band
    data = {(n, k): simulate(n, k, rng) for n in POOLED_FILES for k in SIZES}
    print(f"{'file':26} " + " ".join(f"{'k=' + str(k):>17}" for k in SIZES))
    for name in POOLED_FILES:
        raw = [judge(*data[(name, k)], band) for k in SIZES]
        print(f"{name:26} " + " ".join(f"{a:.3f}/{c:.3f}/{f:.2f}" for a, c, f in raw))
        held = []
        for k in SIZES:
            others = [data[(n, k)] for n in POOLED_FILES if n != name]
            ab = recalibrate(
                np.concatenate([o[0] for o in others]), np.concatenate([o[1] for o in others])
            )
            p, y = data[(name, k)]
            held.append(judge(apply(ab, p), y, band))
        print(
            f"{'  recalibrated (LORO)':26} "
            + " ".join(f"{a:.3f}/{c:.3f}/{f:.2f}" for a, c, f in held)
        )
    table = {}
    for k in SIZES:
        p = np.concatenate([data[(n, k)][0] for n in POOLED_FILES])
        y = np.concatenate([data[(n, k)][1] for n in POOLED_FILES])
        table[str(k)] = [round(v, 4) for v in recalibrate(p, y)]
    print(json.dumps(table))
    if "--write" in sys.argv:
        model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        model["workspace"] = table
        model["workspace_made_by"] = "bench/fitscore/workspace_size.py --write"
        MODEL_FILE.write_text(json.dumps(model, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
