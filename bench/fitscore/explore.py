"""Research harness for the fit score: feature views on the dev trials."""

from __future__ import annotations

import json
import sys
from collections import Counter

import numpy as np

from treffsicher.core.fingerprint import count_words, normalise_text

EVAL = "/work/shared/eval/"
FILES = ["bundestag-wp20-dev.jsonl", "enron-jstylo-dev.jsonl", "ebg-jstylo-dev.jsonl"]


def load(name):
    return [json.loads(line) for line in open(EVAL + name)]


def auc(scores, labels):
    s = np.asarray(scores, float)
    y = np.asarray(labels, bool)
    order = np.argsort(s)
    ranks = np.empty(len(s))
    # average ranks for ties
    sorted_s = s[order]
    i = 0
    r = np.arange(1, len(s) + 1, dtype=float)
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        r[i : j + 1] = (i + j + 2) / 2
        i = j + 1
    ranks[order] = r
    npos = y.sum()
    nneg = len(y) - npos
    return (ranks[y].sum() - npos * (npos + 1) / 2) / (npos * nneg)


def vecs(counters, vocab):
    idx = {w: i for i, w in enumerate(vocab)}
    M = np.zeros((len(counters), len(vocab)))
    for r, c in enumerate(counters):
        n = sum(c.values()) or 1
        for w, k in c.items():
            j = idx.get(w)
            if j is not None:
                M[r, j] = k / n
    return M


def cos(a, b):
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1) + 1e-12)


def main():
    for name in FILES:
        T = load(name)
        y = [t["same_author"] for t in T]
        known = [count_words(normalise_text(k) for k in t["known"]) for t in T]
        known_each = [[count_words([k]) for k in t["known"]] for t in T]
        unk = [count_words([t["unknown"]]) for t in T]
        allc = Counter()
        for c in unk:
            allc.update(c)
        for c in known:
            allc.update(c)
        texts = [c for ke in known_each for c in ke] + unk
        for n_mfw in (100, 300, 500, 1000):
            vocab = [w for w, _ in allc.most_common(n_mfw)]
            R = vecs(texts, vocab)
            mu, sd = R.mean(0), R.std(0) + 1e-9
            K = (vecs(known, vocab) - mu) / sd
            U = (vecs(unk, vocab) - mu) / sd
            print(name, n_mfw, "cosdelta", round(auc(cos(K, U), y), 4))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
