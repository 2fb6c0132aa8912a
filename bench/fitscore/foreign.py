"""Research: statistics of another register, with and without impostor normalisation.

    .venv/bin/python bench/fitscore/foreign.py

For each dev file, z-statistics come from a shipped reference of *another* register of the
same language (the product's situation when a client's register is not among the shipped
ones and the workspace is small). Compared: raw Cosine Delta (sum of the three views) and
the same similarities read against the file's other texts as impostors (core.trials'
normalisation), next to the file's own pool statistics. ROC AUC only (no model fitted).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import EVAL_DIR, read_trials, roc_auc
from pooled import POOLED_FILES, to_trials

from treffsicher.core.fingerprint import count_text
from treffsicher.core.pool import measure_pool, vectorise_all
from treffsicher.core.trials import normalise_cell
from treffsicher.core.verification import VIEWS, unit_views
from treffsicher.core.weights import Reference, load_references

FOREIGN = {
    "bundestag-wp20-dev.jsonl": "de-blog",
    "blogs-deu-dev.jsonl": "de-speech",
    "enron-jstylo-dev.jsonl": "en-essay",
    "ebg-jstylo-dev.jsonl": "en-email",
}


def measure(name: str, reference: Reference | None) -> tuple[float, float]:
    """Return (raw AUC, normalised AUC) of a file under `reference` (None: its own pool)."""
    rows = read_trials(EVAL_DIR / name)
    trials = to_trials(rows)
    labels = np.array([r["same_author"] for r in rows])
    knowns = sorted({t.known for t in trials})
    unknowns = sorted({t.unknown for t in trials})
    if reference is None:
        texts = sorted({k for t in trials for k in t.known} | set(unknowns))
        reference = measure_pool([count_text(x) for x in texts], trials[0].lang)[0]
    k = unit_views(*vectorise_all([count_text(" ".join(x)) for x in knowns], reference), reference)
    u = unit_views(*vectorise_all([count_text(x) for x in unknowns], reference), reference)
    matrices = {v: k[v] @ u[v].T for v in VIEWS}
    raw, normalised = [], []
    for t in trials:
        i, j = knowns.index(t.known), unknowns.index(t.unknown)
        rows_ok = np.array([x not in t.known for x in unknowns])
        cols_ok = np.array([t.unknown not in x for x in knowns])
        rows_ok[j], cols_ok[i] = False, False
        raw.append(sum(matrices[v][i, j] for v in VIEWS))
        normalised.append(sum(normalise_cell(matrices[v], i, j, rows_ok, cols_ok) for v in VIEWS))
    return roc_auc(np.array(raw), labels), roc_auc(np.array(normalised), labels)


def main() -> None:
    """Print raw and normalised AUC under a foreign reference and under the file's pool."""
    print(f"{'file':26} {'foreign':>10} {'raw':>6} {'normed':>6} | {'pool raw':>8} {'normed':>6}")
    for name in POOLED_FILES:
        lang = read_trials(EVAL_DIR / name)[0]["lang"]
        foreign = next(r for r in load_references(lang) if r.name == FOREIGN[name])
        f_raw, f_norm = measure(name, foreign)
        p_raw, p_norm = measure(name, None)
        print(
            f"{name:26} {foreign.name:>10} {f_raw:6.3f} {f_norm:6.3f} | {p_raw:8.3f} {p_norm:6.3f}"
        )


if __name__ == "__main__":
    main()
