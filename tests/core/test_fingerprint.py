"""Tests for the stylometric fingerprint: counts by hand, JSON round trip."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from treffsicher.core import fingerprint
from treffsicher.core.fingerprint import (
    compute_fingerprint,
    count_buckets,
    count_char_ngrams,
    count_chunk_words,
    count_reference_buckets,
    count_reference_ngrams,
    count_words,
    hash_char_ngrams,
    list_words,
    to_code_points,
)
from treffsicher.core.models import Fingerprint
from treffsicher.core.weights import load_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Hund bellt. Die Katze schläft.", ["der", "hund", "bellt", "die", "katze", "schläft"]),
        ("Am 3. März um 10:30 Uhr!", ["am", "märz", "um", "uhr"]),
        ("Straße, Öl & Übermut", ["straße", "öl", "übermut"]),
        ("", []),
    ],
)
def test_list_words_keeps_letters_only(text: str, expected: list[str]) -> None:
    assert list_words(text) == expected


def test_count_words_over_several_texts() -> None:
    counts = count_words(["Ich danke dir.", "Ich DANKE euch, ich danke!"])
    assert counts["ich"] == 3
    assert counts["danke"] == 3
    assert counts["dir"] == 1
    assert counts["euch"] == 1


def test_count_words_keeps_first_use_order() -> None:
    # Words first seen inside a chunk seen before ("a-b" twice) keep their text order, so
    # most_common breaks ties the same way as counting word by word.
    texts = ["Zebra a-b, Apfel.", "\tzebra\n\nA-B Apfel! Birne1Kirsche", "Ärger ÄRGER"]
    words = [w for t in texts for w in list_words(t)]
    counts = count_words(texts)
    assert list(counts) == list(dict.fromkeys(words))
    assert counts == {w: words.count(w) for w in words}
    assert counts["a"] == counts["b"] == 2
    assert count_words(texts)["kirsche"] == 1


def test_count_buckets_equals_hashing_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Slices of 7 characters overlapping by 3: the same n-grams as the whole text at once.
    monkeypatch.setattr(fingerprint, "CHUNK_CHARS", 7)
    text = "Liebe Anna, danke für den Ablauf – bis Montag 🙂 und Grüße!"
    buckets = hash_char_ngrams(to_code_points(text))
    counts, n_grams = count_buckets(text)
    assert n_grams == len(buckets) == len(text) - 3
    assert np.array_equal(counts, np.bincount(buckets, minlength=len(counts)))
    for reference in load_references("de"):
        found = count_reference_buckets(counts, reference)
        assert np.array_equal(found, count_reference_ngrams(buckets, reference))
        assert found.sum() > 0
    assert count_buckets("abc")[1] == 0
    assert not count_buckets("abc")[0].any()


def polynomial_hash(text: str, n: int) -> list[int]:
    """The bucket of each character n-gram, hashed by hand with Python's ints (mod 2**64)."""
    mask = (1 << 64) - 1
    buckets = []
    for i in range(len(text) - n + 1):
        h = 0
        for char in text[i : i + n]:
            h = (h * fingerprint.HASH_BASE + ord(char)) & mask
        buckets.append(((h * fingerprint.HASH_MULT) & mask) >> (64 - fingerprint.HASH_BITS))
    return buckets


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("text", ["", "ab", "Grüße 🙂 aus Köln", "x" * 9, "Straße\u2028ſ"])
def test_hash_char_ngrams_equals_hashing_by_hand(text: str, n: int) -> None:
    buckets = hash_char_ngrams(to_code_points(text), n)
    assert buckets.dtype == np.intp
    assert buckets.tolist() == (polynomial_hash(text, n) if len(text) >= n else [])


def test_importing_the_profile_leaves_numpy_out() -> None:
    # A process that reads a stored profile imports core.profile (and with it this module
    # and core.signature) without counting anything: numpy comes in when something counts.
    import subprocess
    import sys

    code = "import sys, treffsicher.core.profile; print('numpy' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert found.stdout.strip() == "False", found.stderr


def test_count_char_ngrams_by_hand() -> None:
    # "abab ab": 4-grams abab, bab_, ab_a, b_ab -> each once; "anna anna": "anna" twice
    assert count_char_ngrams("abab ab") == {"abab": 1, "bab ": 1, "ab a": 1, "b ab": 1}
    grams = count_char_ngrams("anna anna")
    assert grams["anna"] == 2
    assert grams["nna "] == 1
    assert sum(grams.values()) == 6
    assert count_char_ngrams("abc") == {}


def test_compute_fingerprint_relative_frequencies() -> None:
    fp = compute_fingerprint(["Liebe Anna, liebe Grüße.", "Danke, Anna!"], "de")
    assert fp.n_words == 6
    assert fp.word_freqs["liebe"] == pytest.approx(2 / 6)
    assert fp.word_freqs["anna"] == pytest.approx(2 / 6)
    assert fp.word_freqs["danke"] == pytest.approx(1 / 6)
    assert sum(fp.word_freqs.values()) == pytest.approx(1.0)


def test_fingerprint_keeps_top_char_ngrams_without_reference() -> None:
    # French has no reference list: her own most frequent 4-grams are kept, case and all
    fp = compute_fingerprint(["Liebe Anna, liebe Grüße.", "Danke, Anna!"], "fr")
    assert fp.char_ngram_freqs["Anna"] == pytest.approx(2 / 34)  # 37 chars joined -> 34


def test_fingerprint_char_ngrams_follow_reference_list() -> None:
    # "Hund und Katze und Maus." has 24 chars, 21 4-grams: "und " 3 times, " und" twice
    fp = compute_fingerprint(["Hund und Katze und Maus."], "de")
    assert fp.char_ngram_freqs["und "] == pytest.approx(3 / 21)
    assert fp.char_ngram_freqs[" und"] == pytest.approx(2 / 21)
    grams = {g for reference in load_references("de") for g in reference.char_ngrams}
    assert set(fp.char_ngram_freqs) <= grams


def test_compute_fingerprint_empty_input() -> None:
    assert compute_fingerprint([], "de") == Fingerprint(n_words=0)
    assert compute_fingerprint(["  ", "123 456"], "en").n_words == 0


def test_fingerprint_survives_json_round_trip() -> None:
    fp = compute_fingerprint(["Hi Tom, thanks a lot – see you on Monday!"], "en")
    data = json.loads(json.dumps({"n": fp.n_words, "w": fp.word_freqs, "c": fp.char_ngram_freqs}))
    back = Fingerprint(n_words=data["n"], word_freqs=data["w"], char_ngram_freqs=data["c"])
    assert back == fp


# Case pairs, the final sigma (its lower case depends on the letters around it), İ (two
# characters in lower case), digits and every kind of whitespace.
CHUNK_ALPHABET = "aAbBΣσςΑİiß1 \t\n\u00a0\u2028\u3000"


@given(st.lists(st.text(st.sampled_from(CHUNK_ALPHABET), max_size=12), max_size=4))
def test_count_chunk_words_equals_count_words(texts: list[str]) -> None:
    chunks: Counter[str] = Counter()
    for text in texts:
        chunks.update(text.split())
    # Same counts in the same first-seen order (ties in most_common depend on it).
    assert list(count_chunk_words(chunks).items()) == list(count_words(texts).items())


def test_count_chunk_words_by_hand() -> None:
    chunks = Counter("Der Hund und der HUND, ΟΔΟΣ".split())
    assert list(count_chunk_words(chunks).items()) == [
        ("der", 2),
        ("hund", 2),
        ("und", 1),
        ("\u03bf\u03b4\u03bf\u03c2", 1),  # the final sigma: ς in lower case at the end
    ]
