"""Reference statistics that we can ship: other corpus, author-disjoint folds, wordfreq."""

from __future__ import annotations

import sys
from collections import Counter

import numpy as np
from explore import FILES, auc, cos, load, vecs
from wordfreq import top_n_list, word_frequency

from treffsicher.core.fingerprint import count_words


def prep(name):
    T = load(name)
    return {
        "y": np.array([t["same_author"] for t in T]),
        "authors": np.array([t["meta"]["known_author"] for t in T]),
        "known": [count_words(t["known"]) for t in T],
        "known_each": [[count_words([k]) for k in t["known"]] for t in T],
        "unk": [count_words([t["unknown"]]) for t in T],
        "lang": T[0]["lang"],
    }


def ref_stats(texts, n_mfw):
    allc = Counter()
    for c in texts:
        allc.update(c)
    vocab = [w for w, _ in allc.most_common(n_mfw)]
    R = vecs(texts, vocab)
    return vocab, R.mean(0), R.std(0) + 1e-9


def score(D, idx, vocab, mu, sd):
    K = (vecs([D["known"][i] for i in idx], vocab) - mu) / sd
    U = (vecs([D["unk"][i] for i in idx], vocab) - mu) / sd
    return cos(K, U)


def folds(authors, k=5, seed=0):
    ua = np.unique(authors)
    rng = np.random.default_rng(seed)
    rng.shuffle(ua)
    for f in range(k):
        test_a = set(ua[f::k])
        te = np.array([a in test_a for a in authors])
        yield np.flatnonzero(~te), np.flatnonzero(te)


def main():
    data = {n: prep(n) for n in FILES}
    for n_mfw in (300, 500, 1000, 2000):
        for name, D in data.items():
            # author-grouped CV: reference from training authors' known texts only
            s = np.zeros(len(D["y"]))
            for tr, te in folds(D["authors"]):
                texts = [c for i in tr for c in D["known_each"][i]]
                vocab, mu, sd = ref_stats(texts, n_mfw)
                s[te] = score(D, te, vocab, mu, sd)
            row = [name[:9], n_mfw, "cv", round(auc(s, D["y"]), 4)]
            # other corpus of the same language as reference
            others = [o for o in data if o != name and data[o]["lang"] == D["lang"]]
            if others:
                other = data[others[0]]
                texts = [c for ke in other["known_each"] for c in ke]
                vocab, mu, sd = ref_stats(texts, n_mfw)
                row += ["other", round(auc(score(D, range(len(D["y"])), vocab, mu, sd), D["y"]), 4)]
            # wordfreq means, binomial + overdispersion variance at 500 words
            vocab = top_n_list(D["lang"], n_mfw)
            mu = np.array([word_frequency(w, D["lang"]) for w in vocab])
            mu = mu / mu.sum() * 0.6
            for c in (0.3, 1.0):
                sd = np.sqrt(mu / 500 + (c * mu) ** 2)
                row += [
                    f"wf{c}",
                    round(auc(score(D, range(len(D["y"])), vocab, mu, sd), D["y"]), 4),
                ]
            print(*row)
            sys.stdout.flush()


if __name__ == "__main__":
    main()
