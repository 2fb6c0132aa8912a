"""Write the fit score's shipped weights (src/treffsicher/core/weights/) from the dev trials.

    .venv/bin/python bench/fitscore/make_weights.py

Reference statistics per language come from the known texts of all dev trials of that
language (unlabelled text); the logistic model and the undecided band are fitted on all
dev trials with those references. bench/verify_eval.py cross-validates the same recipe by
author, which is the honest figure to quote.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fitting import (
    EVAL_DIR,
    EVAL_FILES,
    FEATURES,
    GENRES,
    build_reference_data,
    choose_band,
    fit_logistic,
    read_trials,
)
from verify_eval import build_references, measure_all

WEIGHTS_DIR = Path(__file__).resolve().parents[2] / "src" / "treffsicher" / "core" / "weights"


def main() -> None:
    """Build references and the model, write them as JSON, print the coefficients."""
    per_file = {name: read_trials(EVAL_DIR / name) for name in EVAL_FILES}
    trials = [t for ts in per_file.values() for t in ts]
    files = [name for name, ts in per_file.items() for _ in ts]
    for old in WEIGHTS_DIR.glob("reference-*.json"):
        old.unlink()
    for name, ts in per_file.items():
        lang = ts[0]["lang"]
        data = build_reference_data([k for t in ts for k in t["known"]], lang, GENRES[name])
        data["source"] = f"known texts of {name} (public corpus, see its README)"
        (WEIGHTS_DIR / f"reference-{data['name']}.json").write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    refs = build_references(trials, files, np.arange(len(trials)))
    x, _ = measure_all(trials, refs)
    labels = np.array([t["same_author"] for t in trials], dtype=float)
    coef, intercept = fit_logistic(x, labels)
    probs = 1 / (1 + np.exp(-(x @ coef + intercept)))
    model = {
        "features": list(FEATURES),
        "coef": [round(float(c), 4) for c in coef],
        "intercept": round(intercept, 4),
        "centre": [round(float(c), 4) for c in x.mean(0)],
        "undecided_band": round(choose_band(probs, labels.astype(bool)), 2),
        "trained_on": list(EVAL_FILES),
        "made_by": "bench/fitscore/make_weights.py",
    }
    (WEIGHTS_DIR / "model.json").write_text(json.dumps(model, indent=1), encoding="utf-8")
    print(json.dumps(model))


if __name__ == "__main__":
    main()
