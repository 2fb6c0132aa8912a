"""Write the fit score's shipped weights (src/treffsicher/core/weights/) from the dev trials.

    .venv/bin/python bench/fitscore/make_weights.py

Reference statistics per language and register come from the known texts of the dev
trials of that register (unlabelled text). The logistic model and its undecided band are
fitted on all dev trials, each read against its own file's texts (core.trials), which is
how `verify` scores and, with a workspace's people as the pool, how a check does.
`nulls`: per reference, how alike different texts of that register are (all pairs of
known side and unknown text that are not one trial; no answer key), the prior of a check's
impostor statistics. bench/fitscore/pooled.py cross-validates the model by register and
by author, which are the figures to quote.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import EVAL_DIR, GENRES, build_reference_data, read_trials
from pooled import POOLED_FILES, fit, measure_file, to_trials

from treffsicher.core.fingerprint import TEXT_SEPARATOR, count_text
from treffsicher.core.pool import vectorise_all
from treffsicher.core.verification import VIEWS, unit_views
from treffsicher.core.weights import Reference, make_reference

WEIGHTS_DIR = Path(__file__).resolve().parents[2] / "src" / "treffsicher" / "core" / "weights"


def measure_null(rows: list[dict[str, object]], reference: Reference) -> dict[str, list[float]]:
    """Return per view [mean, sd] of the similarity of known sides and other trials' texts."""
    trials = to_trials(rows)  # type: ignore[arg-type]
    known = sorted({t.known for t in trials})
    unknown = sorted({t.unknown for t in trials})
    k = unit_views(
        *vectorise_all([count_text(TEXT_SEPARATOR.join(x)) for x in known], reference), reference
    )
    u = unit_views(*vectorise_all([count_text(x) for x in unknown], reference), reference)
    own = np.zeros((len(known), len(unknown)), dtype=bool)
    for t in trials:
        own[known.index(t.known), unknown.index(t.unknown)] = True
    null = {}
    for view in VIEWS:
        sims = (k[view] @ u[view].T)[~own]
        null[view] = [round(float(sims.mean()), 4), round(float(sims.std()), 4)]
    return null


def main() -> None:
    """Build references, nulls and the model, write them as JSON, print the model."""
    nulls = {}
    for name in POOLED_FILES:
        rows = read_trials(EVAL_DIR / name)
        lang = rows[0]["lang"]
        data = build_reference_data([k for t in rows for k in t["known"]], lang, GENRES[name])
        data["source"] = f"known texts of {name} (public corpus, see its README)"
        (WEIGHTS_DIR / f"reference-{data['name']}.json").write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        nulls[data["name"]] = measure_null(rows, make_reference(data))
    measured = [measure_file(name) for name in POOLED_FILES]
    fitted = fit([m[0] for m in measured], [m[1] for m in measured])
    model = {
        "features": list(VIEWS),
        "coef": [round(c, 4) for c in fitted.coef],
        "intercept": round(fitted.intercept, 4),
        "centre": [round(c, 4) for c in fitted.centre],
        "undecided_band": round(fitted.undecided_band, 2),
        "nulls": nulls,
        "trained_on": list(POOLED_FILES),
        "made_by": "bench/fitscore/make_weights.py",
    }
    # The workspace calibration depends on this model: rerun workspace_size.py --write.
    old = json.loads((WEIGHTS_DIR / "model.json").read_text(encoding="utf-8"))
    for key in ("workspace", "workspace_made_by"):
        if key in old:
            model[key] = old[key]
    (WEIGHTS_DIR / "model.json").write_text(json.dumps(model, indent=1), encoding="utf-8")
    print(json.dumps(model))


if __name__ == "__main__":
    main()
