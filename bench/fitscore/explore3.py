"""Research: per-view AUC and spread normalisation against her own chunks."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fitting import EVAL_DIR, EVAL_FILES, read_trials, roc_auc

from treffsicher.core.fingerprint import count_words, normalise_text
from treffsicher.core.verification import (
    HASH_BITS,
    hash_char_ngrams,
    load_references,
    to_code_points,
)

CHUNK_WORDS = 500


def counts(text, ref):
    c = count_words([text])
    w = np.array([c.get(x, 0) for x in ref.words], float)
    b = hash_char_ngrams(to_code_points(text))
    ch = (
        np.bincount(b, minlength=1 << HASH_BITS)[ref.char_buckets].astype(float)
        if len(b)
        else np.zeros(len(ref.char_buckets))
    )
    return w, sum(c.values()), ch, max(len(b), 1)


def sims(kw, kn, kc, kcn, uw, un, uc, ucn, ref):
    n = ref.n_function_words
    zk = (kw / kn - ref.word_mean) / ref.word_sd
    zu = (uw / un - ref.word_mean) / ref.word_sd
    ck = (kc / kcn - ref.char_mean) / ref.char_sd
    cu = (uc / ucn - ref.char_mean) / ref.char_sd

    def cos(a, b):
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-12))

    return [cos(zk[:n], zu[:n]), cos(zk[n:], zu[n:]), cos(zk, zu), cos(ck, cu)]


def chunks(texts):
    words = " ".join(normalise_text(t) for t in texts).split(" ")
    k = max(len(words) // CHUNK_WORDS, 2)
    size = len(words) // k
    return [" ".join(words[i * size : (i + 1) * size]) for i in range(k)]


def main():
    names = ["fw", "voc", "allw", "char"]
    for name in EVAL_FILES:
        trials = read_trials(EVAL_DIR / name)
        ref = load_references(trials[0]["lang"])[0]
        y = np.array([t["same_author"] for t in trials])
        raw, within_m, within_s = [], [], []
        for t in trials:
            parts = [counts(c, ref) for c in chunks(t["known"])]
            tw = sum(p[0] for p in parts)
            tn = sum(p[1] for p in parts)
            tc = sum(p[2] for p in parts)
            tcn = sum(p[3] for p in parts)
            u = counts(normalise_text(t["unknown"]), ref)
            raw.append(sims(tw, tn, tc, tcn, *u, ref))
            ws = np.array(
                [sims(tw - p[0], tn - p[1], tc - p[2], tcn - p[3], *p, ref) for p in parts]
            )
            within_m.append(ws.mean(0))
            within_s.append(ws.std(0) + 0.02)
        raw, wm, wsd = np.array(raw), np.array(within_m), np.array(within_s)
        for j, v in enumerate(names):
            print(
                name[:9],
                v,
                "raw",
                round(roc_auc(raw[:, j], y), 4),
                "diff",
                round(roc_auc(raw[:, j] - wm[:, j], y), 4),
                "z",
                round(roc_auc((raw[:, j] - wm[:, j]) / wsd[:, j], y), 4),
                "ratio",
                round(roc_auc(raw[:, j] / np.maximum(wm[:, j], 0.05), y), 4),
            )
        np.save(f"/tmp/fs_{name[:5]}.npy", np.hstack([raw, wm, wsd, y[:, None]]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
