"""Authorship-verification benchmark of the fit score on the dev trials.

    .venv/bin/python bench/verify_eval.py            # shipped weights + author-grouped CV
    .venv/bin/python bench/verify_eval.py --no-cv --out /tmp/scores

Scores every trial with the product's own code (score_verification, shipped weights) and
prints ROC AUC, c@1 and trials/s next to Cosine Delta on 300 most frequent words. The
cross-validation rebuilds reference statistics and the logistic model from the training
authors only (5 folds grouped by known author) and scores the held-out authors' trials.
`same_author` and `meta` are read here only as answer key and for grouping.
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

from fitting import (
    EVAL_DIR,
    EVAL_FILES,
    FEATURES,
    GENRES,
    build_reference_data,
    c_at_1,
    choose_band,
    fit_logistic,
    read_trials,
    roc_auc,
    weigh_files,
)

from treffsicher.core.fingerprint import compute_fingerprint, count_words
from treffsicher.core.verification import (
    apply_model,
    measure_fingerprint,
    score_verification,
)
from treffsicher.core.weights import Reference, ScoreModel, make_reference

N_FOLDS = 5


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


def run_product(trials: list[dict[str, Any]]) -> tuple[np.ndarray, float]:
    """Return shipped-model scores and trials/s (one core, includes her fingerprint)."""
    start = time.perf_counter()
    scores = [score_verification(t["known"], t["unknown"], t["lang"]).score for t in trials]
    return np.array(scores), len(trials) / (time.perf_counter() - start)


def assign_folds(groups: list[str], seed: int = 0) -> np.ndarray:
    """Return a fold number per trial so that each known author sits in one fold."""
    unique = sorted(set(groups))
    rng = np.random.default_rng(seed)
    rng.shuffle(unique)
    fold_of = {g: i % N_FOLDS for i, g in enumerate(unique)}
    return np.array([fold_of[g] for g in groups])


def measure_all(
    trials: list[dict[str, Any]], references: dict[str, list[Reference]]
) -> tuple[np.ndarray, list[str]]:
    """Return the similarity matrix (trials x FEATURES) and the reference chosen per trial."""
    rows, chosen = [], []
    for t in trials:
        refs = references[t["lang"]]
        fp = compute_fingerprint(t["known"], t["lang"], references=refs)
        sims, _, ref = measure_fingerprint(fp, t["unknown"], refs)
        rows.append([sims.get(f, 0.0) for f in FEATURES])
        chosen.append(ref.name)
    return np.array(rows), chosen


def build_references(
    trials: list[dict[str, Any]], files: list[str], rows: np.ndarray
) -> dict[str, list[Reference]]:
    """Return references per language, one per genre, from the known texts of `rows`."""
    refs: dict[str, list[Reference]] = {}
    for name in EVAL_FILES:
        picked = [trials[i] for i in rows if files[i] == name]
        if not picked:
            continue
        lang = picked[0]["lang"]
        texts = [k for t in picked for k in t["known"]]
        refs.setdefault(lang, []).append(
            make_reference(build_reference_data(texts, lang, GENRES[name]))
        )
    return refs


def measure_held_out(
    trials: list[dict[str, Any]], files: list[str], rows: np.ndarray, seed: int = 1
) -> np.ndarray:
    """Return similarities of trials `rows`, each under references built without its author.

    In the product her texts are never part of the reference, so the model must be fitted
    on similarities measured that way too (fitting on in-reference similarities cost
    Enron 0.005 AUC).
    """
    groups = [author_group(trials[i]) for i in rows]
    folds = assign_folds(groups, seed)
    x = np.zeros((len(rows), len(FEATURES)))
    for f in range(N_FOLDS):
        inner = folds == f
        refs = build_references(trials, files, rows[~inner])
        x[inner] = measure_all([trials[i] for i in rows[inner]], refs)[0]
    return x


def author_group(trial: dict[str, Any]) -> str:
    """Return the cross-validation group of a trial: its file and known author (answer key)."""
    return str(trial["id"].rsplit("-", 1)[0] + "/" + trial["meta"]["known_author"])


def fit_model(x: np.ndarray, labels: np.ndarray, files: list[str]) -> tuple[ScoreModel, np.ndarray]:
    """Return the logistic model (band included) fitted on similarities `x`, and its coef."""
    coef, intercept = fit_logistic(x, labels, weigh_files(files))
    probs = 1 / (1 + np.exp(-(x @ coef + intercept)))
    band = choose_band(probs, labels.astype(bool))
    return ScoreModel(FEATURES, tuple(coef), intercept, tuple(x.mean(0)), band), coef


def run_cv(
    trials: list[dict[str, Any]],
    files: list[str],
    features: np.ndarray | None = None,
    seed: int = 0,
) -> np.ndarray:
    """Return author-grouped cross-validated scores for all trials (all files pooled).

    Per outer fold: references from the training authors' known texts; the model fitted on
    the training trials' similarities measured with nested, author-held-out references.
    When `features` (trials x FEATURES) is given, it receives the held-out similarities.
    """
    folds = assign_folds([author_group(t) for t in trials], seed)
    labels = np.array([t["same_author"] for t in trials], dtype=float)
    scores = np.zeros(len(trials))
    for f in range(N_FOLDS):
        train, test = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        x_train = measure_held_out(trials, files, train, seed + 1)
        model, coef = fit_model(x_train, labels[train], [files[i] for i in train])
        refs = build_references(trials, files, train)
        x_test, chosen = measure_all([trials[i] for i in test], refs)
        hits = sum(c.endswith(GENRES[files[i]]) for c, i in zip(chosen, test, strict=True))
        if features is not None:
            features[test] = x_test
        for i, row in zip(test, x_test, strict=True):
            scores[i] = apply_model(dict(zip(FEATURES, row, strict=True)), model)[0]
        print(
            f"  fold {f}: coef={np.round(coef, 2)} b={model.intercept:.2f}"
            f" band={model.undecided_band:.2f} right genre {hits}/{len(test)}"
        )
    return scores


def main() -> None:
    """Print the table of AUC / c@1 / trials/s per dev file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--no-product", action="store_true", help="skip shipped weights")
    parser.add_argument("--out", type=Path, help="folder for {id, score} lines per file")
    parser.add_argument("--seed", type=int, default=0, help="seed of the author folds")
    args = parser.parse_args()
    per_file = {name: read_trials(EVAL_DIR / name) for name in EVAL_FILES}
    everything = [t for ts in per_file.values() for t in ts]
    files = [name for name, ts in per_file.items() for _ in ts]
    cv = run_cv(everything, files, seed=args.seed) if not args.no_cv else None
    offset = 0
    print(
        f"{'file':26} {'CosDelta':>8} {'AUC':>6} {'c@1':>6} {'tr/s':>6} {'cvAUC':>6} {'cvc@1':>6}"
    )
    for name, trials in per_file.items():
        labels = np.array([t["same_author"] for t in trials])
        base = roc_auc(score_cosine_delta(trials), labels)
        row = f"{name:26} {base:8.3f}"
        if not args.no_product:
            scores, speed = run_product(trials)
            row += f" {roc_auc(scores, labels):6.3f} {c_at_1(scores, labels):6.3f} {speed:6.0f}"
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                with (args.out / name).open("w", encoding="utf-8") as handle:
                    for t, s in zip(trials, scores, strict=True):
                        handle.write(json.dumps({"id": t["id"], "score": float(s)}) + "\n")
        else:
            row += " " * 21
        if cv is not None:
            part = cv[offset : offset + len(trials)]
            row += f" {roc_auc(part, labels):6.3f} {c_at_1(part, labels):6.3f}"
        offset += len(trials)
        print(row)


if __name__ == "__main__":
    main()
