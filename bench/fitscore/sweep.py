"""Research: author-grouped CV of the fit score under other reference sizes.

.venv/bin/python bench/fitscore/sweep.py N_WORDS=3000 N_CHAR_NGRAMS=3000
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import fitting
import verify_eval

from treffsicher.core import verification


def main() -> None:
    """Set fitting constants from KEY=VALUE arguments, print CV AUC and c@1 per file."""
    for arg in sys.argv[1:]:
        key, value = arg.split("=")
        module = verification if key == "Z_CLIP" else fitting
        setattr(module, key, float(value) if "." in value else int(value))
    per_file = {n: fitting.read_trials(fitting.EVAL_DIR / n) for n in fitting.EVAL_FILES}
    trials = [t for ts in per_file.values() for t in ts]
    files = [n for n, ts in per_file.items() for _ in ts]
    features = np.zeros((len(trials), len(fitting.FEATURES)))
    scores = verify_eval.run_cv(trials, files, features)
    offset = 0
    for name, ts in per_file.items():
        labels = np.array([t["same_author"] for t in ts])
        part = scores[offset : offset + len(ts)]
        views = [fitting.roc_auc(v, labels) for v in features[offset : offset + len(ts)].T]
        offset += len(ts)
        print(
            " ".join(sys.argv[1:]),
            name[:9],
            f"AUC {fitting.roc_auc(part, labels):.3f} c@1 {fitting.c_at_1(part, labels):.3f}",
            "views " + " ".join(f"{v:.3f}" for v in views),
        )


if __name__ == "__main__":
    main()
