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
    read_trials,
)
from verify_eval import fit_model, measure_held_out

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
    # Fitted on similarities under references that exclude each trial's author, as in use.
    x = measure_held_out(trials, files, np.arange(len(trials)))
    labels = np.array([t["same_author"] for t in trials], dtype=float)
    fitted, _ = fit_model(x, labels, files)
    model = {
        "features": list(FEATURES),
        "coef": [round(c, 4) for c in fitted.coef],
        "intercept": round(fitted.intercept, 4),
        "centre": [round(c, 4) for c in fitted.centre],
        "undecided_band": round(fitted.undecided_band, 2),
        "trained_on": list(EVAL_FILES),
        "made_by": "bench/fitscore/make_weights.py",
    }
    (WEIGHTS_DIR / "model.json").write_text(json.dumps(model, indent=1), encoding="utf-8")
    print(json.dumps(model))


if __name__ == "__main__":
    main()
