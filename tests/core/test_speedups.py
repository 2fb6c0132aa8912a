"""The compiled loops (core/_speedups.c) against their Python twins, which stay the
reference: same tokens, offsets and MTLD values on hand-written, generated and any text."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import sys
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core import models, signature, syllables, tokens
from treffsicher.core.features import base, gender, lexical, punctuation, readability, syntax
from treffsicher.core.models import WORD, Passage, Sentence

speedups = tokens._speedups
compiled_only = pytest.mark.skipif(speedups is None, reason="core/_speedups.c is not compiled")

GERMAN = (
    "Hallo Frau Brandt,\n\nvielen Dank für Ihre Mail! Ich habe mir die Über-mich-Seite "
    "angesehen – z. B. den Absatz zu den Kund:innen. Passt das so?! Der Termin am 3. Juni "
    "um 14:30 Uhr (ca. 2 Std.) geht; Kosten: 1.250,00 € bzw. 19,90 € pro Monat. "
    "Dr. Weber schreibt „ganzheitlich“ … Mehr auf www.beispiel-tischlerei.de/kontakt.\n"
    "Liebe Grüße\nUlrike 🙂"
)
ENGLISH = (
    "Hi Sam,\n\nthanks a lot! I'd love to see the draft, e.g. the 'About us' page. "
    "Can we talk on Tue. at 9:30 a.m.? Call +44 20 7946 0958 or write to sam@bakery.co.uk. "
    "Prices: £28. That's it... Cheers :-)\nx"
)
PIECES = [
    *"aAzBdhäÜßé019.,:;!?…-–—/*_'’\"„“”‚‘»«‹›()[]{}¿¡@+€% \n\t#",
    *["\u00a0", "\u2003", "\u202f", "\u0660", "\u0966", "\uff11", "\u2028", "\x1c", "\x85"],
    *["z. B.", "usw.", "Dr.", "www.", "Ca.", " 3. ", "https://", ".de", ":-)", ";)", "innen"],
    *["👍", "🏽", "\u200d", "❤", "\ufe0f", "Hallo Anna,\n", "\n\n", "\n- ", "\n1. ", "?!?"],
]

# Where sentences end or go on: abbreviations before a sentence start, ellipses and closing
# quotes before lower case, emoji after the end, line breaks.
SENTENCE_PIECES = [
    *[" usw. Dann", " etc. und", " u. a. Die", " Co. KG", "… na", ".. ja", "!“ sagte", "?) und"],
    *["! 😊", "!\n🙂", ". :-)", "?!", " Dr. med.", "\n\n", "\nHallo,\n", "\n- Punkt\n"],
    *["\n# Über mich\n", "\n \t\n", "\nund so", "\nDann", " Wort" * 9, ":\n", "\n1. "],
]


def test_the_compiled_module_is_built() -> None:
    # The install builds it wherever a C compiler is at hand (every supported machine);
    # without it the pure-Python twins run, slower. A machine without a compiler can run
    # the other tests with TREFFSICHER_PURE_PYTHON_OK=1.
    if os.environ.get("TREFFSICHER_PURE_PYTHON_OK"):
        pytest.skip("pure Python allowed on this machine")
    assert speedups is not None, "core/_speedups.c was not compiled: run `make venv` again"


def assert_same_scan(text: str) -> None:
    assert tokens.scan(text) == tokens._scan_python(text)


@compiled_only
@pytest.mark.parametrize("text", ["", " ", "\n\n", ".", "..", "a", "ab.", "ab. 1", GERMAN, ENGLISH])
def test_scan_is_the_python_scan(text: str) -> None:
    assert_same_scan(text)


@compiled_only
@settings(max_examples=600, deadline=None)
@given(st.text() | st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_scan_is_the_python_scan_on_any_text(text: str) -> None:
    assert_same_scan(text)


@compiled_only
def test_scan_tells_characters_apart_as_python_re_does() -> None:
    # The shortcuts look at \s, \d and [^\W_] around a token: every space and decimal digit
    # of Unicode, the punctuation and symbols the shortcuts name, and a sample of the other
    # characters, in each place they look.
    special = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() or chr(c).isdecimal()]
    special += list("-‐‑‒―'’:;*_/.@+€%&§=$£¥#<^()[]{}„“”\"‚‘»«‹›–—¿¡?!…,")
    rng = random.Random(7)
    sample = [chr(rng.randrange(0x20, 0x30000)) for _ in range(3000)]
    for c in special + sample:
        if 0xD800 <= ord(c) <= 0xDFFF:
            continue
        for text in (
            f"Wort.{c}x",
            f"Wort. {c}",
            f"Wort.{c}",
            f"Wort{c}",
            f"Wort{c}x",
            f"{c}Wort. x",
            f"{c}",
            f"{c} x",
            f"{c}{c}",
            f":{c}",
            f";{c}",
            f"A4{c}",
            f"12{c}",
            f"3{c}x",
            f"1{c}1",
        ):
            assert_same_scan(text)


@compiled_only
def test_scan_keeps_abbreviations_and_www_to_the_regex() -> None:
    doc = tokens.tokenize("Bitte bzw. Ca. Hr. Müller fragen. Siehe www. Dann.")
    assert "bzw." in doc.texts
    assert "Ca." in doc.texts
    assert "fragen" in doc.texts
    assert "fragen." not in doc.texts


@compiled_only
def test_tokenize_is_the_same_without_the_compiled_module(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = [tokens.tokenize(t) for t in (GERMAN, ENGLISH)]
    monkeypatch.setattr(tokens, "_speedups", None)
    assert [tokens.tokenize(t) for t in (GERMAN, ENGLISH)] == compiled
    assert [tokens.count_words(t) for t in (GERMAN, ENGLISH)] == [
        sum(k == "word" for k in d.kinds) for d in compiled
    ]


@compiled_only
@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["der", "die", "das", "Haus", "haus", "a", "b", "c"]), max_size=120)
)
def test_mtld_passes_are_the_python_passes(words: list[str]) -> None:
    threshold = lexical.MTLD_THRESHOLD_PERCENT
    assert speedups.mtld_both(words, threshold) == (
        lexical._mtld_pass(words),
        lexical._mtld_pass(words[::-1]),
    )


@compiled_only
def test_mtld_is_the_same_without_the_compiled_module(monkeypatch: pytest.MonkeyPatch) -> None:
    words = [w.lower() for w in tokens.tokenize(GERMAN * 3).texts if w.isalpha()]
    compiled = lexical.compute_mtld(words)
    monkeypatch.setattr(lexical, "_speedups", None)
    assert lexical.compute_mtld(words) == compiled
    assert compiled is not None
    assert compiled > 0


@compiled_only
def test_mtld_refuses_a_threshold_out_of_range() -> None:
    with pytest.raises(ValueError, match="threshold"):
        speedups.mtld_both(["a"], 0)


def prepared_views(text: str, lang: str) -> tuple[object, ...]:
    prepared = base.prepare_text(tokens.tokenize(text), lang)
    return (
        prepared.word_indices,
        prepared.word_texts,
        prepared.words,
        prepared.sentence_word_start,
        prepared.sentence_words,
        prepared.first_word,
        prepared.sentence_of,
        prepared.sentence_end_tokens,
    )


@compiled_only
@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_prepared_views_are_the_python_views(text: str) -> None:
    compiled = prepared_views(text, "de")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(base, "_speedups", None)
        assert prepared_views(text, "de") == compiled


@compiled_only
@pytest.mark.parametrize(("text", "lang"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_prepared_views_of_letters(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = prepared_views(text, lang)
    assert "ulrike" in compiled[2] or "sam" in compiled[2]
    monkeypatch.setattr(base, "_speedups", None)
    assert prepared_views(text, lang) == compiled


@compiled_only
def test_word_views_refuse_sentences_that_leave_tokens_out() -> None:
    with pytest.raises(ValueError, match="cover"):
        speedups.word_views(["word", "word"], ["a", "b"], [0], [1], "word", str.lower)
    with pytest.raises(ValueError, match="cover"):
        speedups.word_views(["word", "word"], ["a", "b"], [1], [2], "word", str.lower)


@compiled_only
@settings(max_examples=400, deadline=None)
@given(st.text() | st.lists(st.sampled_from(PIECES + SENTENCE_PIECES), max_size=60).map("".join))
def test_tokenize_is_the_same_without_the_compiled_module_on_any_text(text: str) -> None:
    compiled = tokens.tokenize(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tokens, "_speedups", None)
        assert tokens.tokenize(text) == compiled


@compiled_only
def test_sentence_stops_refuse_candidates_outside_the_tokens() -> None:
    doc = tokens.tokenize("Gut. Danke!")
    args = (tokens.END_ABBREVIATIONS, tokens.SENTENCE_STARTERS, tokens.CLOSERS)
    with pytest.raises(IndexError):
        speedups.sentence_stops(
            doc.text, doc.starts, doc.ends, doc.kinds, doc.texts, [9], *args, tokens.TRAILING_KINDS
        )


@compiled_only
@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 30)), max_size=120),
    st.integers(31, 40),
)
def test_count_passages_is_counting_by_sorting(uses: list[tuple[int, int]], n_items: int) -> None:
    np = pytest.importorskip("numpy")
    uses.sort()  # passages ascending, as the signature collector keeps them
    pids = np.array([p for p, _item in uses], dtype=np.int64)
    items = np.array([item for _p, item in uses], dtype=np.int64)
    compiled = signature._count_passages(items, pids, n_items, 7)
    by_sorting = signature._count_passages_by_sorting(items, pids, n_items, 7)
    assert compiled.tolist() == by_sorting.tolist()


@compiled_only
def test_count_passages_refuses_passages_out_of_order() -> None:
    np = pytest.importorskip("numpy")
    out = np.zeros(3, dtype=np.int64)
    with pytest.raises(ValueError, match="ascending"):
        speedups.count_passages(
            np.array([0, 1], dtype=np.int64), np.array([2, 1], dtype=np.int64), out
        )
    with pytest.raises(ValueError, match="outside"):
        speedups.count_passages(np.array([5], dtype=np.int64), np.array([0], dtype=np.int64), out)


# Her mails, hand-written: recurring phrases within sentences, across sentence ends and
# across passages, umlauts, and an English pair.
NGRAM_TEXTS = [
    "Ganz in Ruhe ankommen. Ganz in Ruhe atmen, und dann ganz in Ruhe reden.",
    "Ich freu mich wirklich sehr. Wirklich sehr schön war das, ganz in Ruhe.",
    "Ganz in Ruhe\nRuhe bewahren. Ehrlich gesagt: ganz in Ruhe geht's am besten.",
    "Ehrlich gesagt weiß ich's nicht. Ehrlich gesagt, wirklich sehr schön. Über-mich-Seite!",
    "Ganz in Ruhe 🙂 ganz in Ruhe 😊 ehrlich gesagt, wirklich sehr gut.",
    "I went to the mill with Jess. Went to the mill again, then to the mill once more.",
]


def ngram_corpus(texts: list[str]) -> signature._Corpus:
    docs = [(Passage(i, text, "de"), tokens.tokenize(text)) for i, text in enumerate(texts)]
    return signature.SignatureCollector.of(docs, "de")._corpus()


@compiled_only
@pytest.mark.parametrize("size", [2, 3, 4])
@pytest.mark.parametrize("texts", [NGRAM_TEXTS, NGRAM_TEXTS * 40, [], ["Ruhe"] * 3])
def test_count_grams_is_counting_by_sorting(size: int, texts: list[str]) -> None:
    np = pytest.importorskip("numpy")
    corpus = ngram_corpus(texts)
    rng = random.Random(size)
    for _ in range(5):
        allowed = np.array([rng.random() < 0.9 for _ in corpus.keys], dtype=np.bool_)
        seeds = np.array([rng.random() < 0.5 for _ in corpus.keys], dtype=np.bool_)
        compiled = signature._count_grams(corpus, size, allowed, seeds)
        assert compiled == signature._count_grams_by_sorting(corpus, size, allowed, seeds)
    every = np.ones(len(corpus.keys), dtype=np.bool_)
    found = signature._count_grams(corpus, size, every, every)
    assert found == signature._count_grams_by_sorting(corpus, size, every, every)
    if texts == NGRAM_TEXTS and size == 3:  # by hand: "ganz in Ruhe", 8 times in 4 mails
        phrase = tuple(corpus.key_id[w] for w in ("ganz", "in", "ruhe"))
        grams, counts, df = found
        assert (counts[grams.index(phrase)], df[grams.index(phrase)]) == (8, 4)


@compiled_only
@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.booleans()), max_size=80),
    st.lists(st.booleans(), min_size=5, max_size=5),
    st.lists(st.booleans(), min_size=5, max_size=5),
    st.integers(1, 3),
    st.integers(2, 3),
)
def test_count_grams_on_any_tokens(
    tokens_: list[tuple[int, bool]],
    allowed_: list[bool],
    seeds_: list[bool],
    per_passage: int,
    size: int,
) -> None:
    np = pytest.importorskip("numpy")
    ids = np.array([i for i, _start in tokens_], dtype=np.int64)
    pids = np.arange(len(ids), dtype=np.int64) // (per_passage * 4)
    starts = np.array([start for _i, start in tokens_], dtype=np.bool_)
    starts[np.flatnonzero(np.diff(pids)) + 1] = True  # each passage starts a sentence
    corpus = signature._Corpus(
        docs=[None] * (int(pids[-1]) + 1 if len(pids) else 0),  # type: ignore[list-item]
        keys=["a", "b", "c", "d", "e"],
        key_id={},
        ids=ids,
        pids=pids,
        word_counts=np.bincount(ids, minlength=5),
        n_words=len(ids),
        names=set(),
        starts=starts,
    )
    allowed = np.array(allowed_, dtype=np.bool_)
    seeds = np.array(seeds_, dtype=np.bool_)
    compiled = signature._count_grams(corpus, size, allowed, seeds)
    assert compiled == signature._count_grams_by_sorting(corpus, size, allowed, seeds)


@compiled_only
def test_count_grams_refuses_bad_input() -> None:
    np = pytest.importorskip("numpy")
    ids = np.array([0, 1, 0, 1], dtype=np.int64)
    starts = np.zeros(4, dtype=np.bool_)
    every = np.ones(2, dtype=np.bool_)
    with pytest.raises(ValueError, match="ascending"):
        speedups.count_grams(ids, np.array([1, 0, 0, 0]), starts, every, every, 2, 2, 1)
    with pytest.raises(ValueError, match="outside"):
        speedups.count_grams(ids + 1, np.zeros(4, np.int64), starts, every, every, 2, 2, 1)
    many = np.ones(1 << 21, dtype=np.bool_)
    with pytest.raises(ValueError, match="2\\*\\*62"):
        speedups.count_grams(ids, np.zeros(4, np.int64), starts, many, many, 3, 1 << 21, 1)


# Word lists and a word test for keyed_word_views, hand-written: German and English address
# and filler words, a dict keyed by word (as the wording lexicons are), and a test on length.
KEYED_LISTS = (
    frozenset({"du", "dir", "ihnen", "sie", "you", "your"}),
    {"ja": 0, "mal": 1, "über": 2, "really": 3, "so": 4},
    frozenset({"größe", "straße", "😊", "𝔘𝔫𝔦"}),
)


def long_word(word: str) -> bool:
    return len(word) > 6


def keyed_views(text: str, lang: str) -> tuple[object, ...]:
    keywords = base.join_vocabularies(*KEYED_LISTS, judges=(long_word,))
    prepared = base.prepare_text(tokens.tokenize(text), lang, keywords)
    return (
        *prepared_views(text, lang),
        [prepared.find_word_positions(vocabulary) for vocabulary in KEYED_LISTS],
        prepared.judged_positions(long_word),
        keywords.seen,
    )


KEYED_TEXTS = [
    "",
    " ",
    "!",
    GERMAN,
    ENGLISH,
    "Sie hat Ihnen ja mal geschrieben. Du, ÜBER die Größe der STRASSE reden wir 😊 noch.",
    "You really said so? 𝔘𝔫𝔦 and your YOU, Straße and Unterrichtsstunde.",
    (GERMAN + ENGLISH) * 40,
]


# The fingerprint's chunk counting and the no-go search's term heads (one block).
CHUNK_TEXTS = [
    [GERMAN, ENGLISH, GERMAN],
    [],
    ["", "   ", "\n\t"],
    ["Grüße aus Köln", "  Grüße\u00a0aus\u2003Köln  ", "GRÜSSE 🙂🙂 aus 𝔎öln\n\n"],
    ["a b a", "b\u3000a", "\x1ca\x85b\u2028c"],
    ["Wort " * 5000 + "🙂", "w" * 70000],
    [f"w{i} x{i % 7}" for i in range(3000)],
]


@compiled_only
@pytest.mark.parametrize("text", KEYED_TEXTS)
def test_keyed_views_are_the_python_views(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = keyed_views(text, "de")
    monkeypatch.setattr(base, "_speedups", None)
    assert keyed_views(text, "de") == compiled


@compiled_only
@pytest.mark.parametrize("texts", CHUNK_TEXTS)
def test_split_count_is_the_python_loop(texts: list[str]) -> None:
    from collections import Counter

    from treffsicher.core import fingerprint

    compiled: Counter[str] = Counter({"Köln": 2, "a": 1})  # counts already there stay first
    python: Counter[str] = Counter({"Köln": 2, "a": 1})
    joined = speedups.split_count(texts, compiled)
    assert joined == fingerprint._split_count(texts, python)
    assert list(compiled.items()) == list(python.items())
    assert joined == " ".join(fingerprint.normalise_text(t) for t in texts if t.split())


@compiled_only
@settings(max_examples=300, deadline=None)
@given(
    st.text()
    | st.lists(st.sampled_from([*PIECES, "ja ", "Du ", "mal?", " Ihnen"]), max_size=60).map("".join)
)
def test_keyed_views_are_the_python_views_on_any_text(text: str) -> None:
    compiled = keyed_views(text, "de")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(base, "_speedups", None)
        assert keyed_views(text, "de") == compiled


def test_keyed_views_find_each_list_and_test_and_remember_the_texts() -> None:
    text = "Sie hat Ihnen ja mal geschrieben. Straße und Größe, you know, so really."
    keywords = base.join_vocabularies(*KEYED_LISTS, judges=(long_word,))
    prepared = base.prepare_text(tokens.tokenize(text), "de", keywords)
    # words: sie hat ihnen ja mal geschrieben straße und größe you know so really
    assert prepared.find_word_positions(KEYED_LISTS[0]) == [0, 2, 9]
    assert prepared.find_word_positions(KEYED_LISTS[1]) == [3, 4, 11, 12]
    assert prepared.find_word_positions(KEYED_LISTS[2]) == [6, 8]
    assert prepared.judged_positions(long_word) == [5]
    # An equal list that is not the joined object is looked up over all words.
    assert prepared.find_word_positions(frozenset(KEYED_LISTS[2])) == [6, 8]
    assert keywords.seen["Ihnen"] == ("ihnen", 0b0001)
    assert keywords.seen["geschrieben"] == ("geschrieben", 0b1000)
    assert keywords.seen["Straße"] == ("straße", 0b0100)


@compiled_only
def test_keyed_views_refuse_a_spoilt_memory_and_too_many_lists() -> None:
    args = (["word"], ["Ja"], [Sentence(0, 2, 0, 1)], "word", str.lower)
    with pytest.raises(TypeError, match="seen"):
        speedups.keyed_word_views(*args, {"Ja": "ja"}, KEYED_LISTS, ())
    with pytest.raises(ValueError, match="marks"):
        speedups.keyed_word_views(*args, {"Ja": ("ja", 1 << 9)}, KEYED_LISTS, ())
    with pytest.raises(ValueError, match="64"):
        speedups.keyed_word_views(*args, {}, (frozenset(),) * 65, ())
    with pytest.raises(ValueError, match="64"):
        base.join_vocabularies(*[frozenset({str(n)}) for n in range(65)])
    with pytest.raises(ZeroDivisionError):
        speedups.keyed_word_views(*args, {}, KEYED_LISTS, (lambda word: 1 / 0,))


HINT_PIECES = [
    *"AZÄÖÜaäöüßzéÉ_1١ -\n.:,*/I",
    *["in", "innen", "nen", "Kund", "Ärzt", "Bürger", "Termin", "Kollegin", "IN", "İn", "𝔦n"],
    *[":innen", "*in", "_innen", "/-in", "Innen", "I-n", "In", "nenteam", "(m/w/d)", "😊"],
]


@compiled_only
@pytest.mark.parametrize(
    "texts",
    [
        [GERMAN, ENGLISH],
        ["", "Ruhe"],
        ["Grüß Gott, Frau Öztürk! 🙂👍🏽 Straße – Maß 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0001f600.", ENGLISH * 3],
        [" ".join([GERMAN] * 200)],  # very long
    ],
)
def test_number_tokens_is_numbering_in_python(texts: list[str]) -> None:
    compiled, python = signature._Numbering(), signature._Numbering()
    compiled["Ruhe"] = python["Ruhe"] = 0  # numbers given before are kept
    for text in texts:
        doc = tokens.tokenize(text)
        got = speedups.number_tokens(doc.texts, doc.kinds, WORD, compiled)
        assert got == signature._number_tokens_python(doc.texts, doc.kinds, python)
        assert list(compiled.items()) == list(python.items())  # numbered in the same order
    # by hand: "Ruhe" keeps 0, a new text gets the next number, words are counted
    doc = tokens.tokenize("Ruhe, Ruhe und Ruhe!")
    numbers = signature._Numbering({"Ruhe": 0, "x": 1})
    ids, n_words = speedups.number_tokens(doc.texts, doc.kinds, WORD, numbers)
    assert (array("i", ids).tolist(), n_words) == ([0, 2, 0, 3, 0, 4], 4)


@compiled_only
def test_number_tokens_refuses_lists_of_unequal_length() -> None:
    with pytest.raises(ValueError, match="length"):
        speedups.number_tokens(["a", "b"], ["word"], "word", {})


@compiled_only
def test_signature_terms_are_the_same_without_the_compiled_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mails = NGRAM_TEXTS * 3 + [GERMAN, "Hallo Merle,\n" + NGRAM_TEXTS[1] + "\nLiebe Grüße\nJo"]
    docs = [
        (Passage(i, text, "de", kind="email"), tokens.tokenize(text))
        for i, text in enumerate(mails)
    ]
    compiled = signature.SignatureCollector.of(docs, "de")
    terms = compiled.signature_terms()
    assert terms  # "ganz in Ruhe", "ehrlich gesagt" …
    monkeypatch.setattr(signature, "_speedups", None)
    python = signature.SignatureCollector.of(docs, "de")
    assert python.tokens == compiled.tokens
    assert python.signature_terms() == terms
    assert python.avoided_words() == compiled.avoided_words()


@compiled_only
@pytest.mark.parametrize(
    "text",
    [
        "",
        "Kundin",
        "Kundinnen und Kunden",
        "Ärztin",
        "Bürgerinnen- und Bürgerbeteiligung",
        "Mein Termin",
        "Kein Berlin",  # "Berlin" is five letters: a hint (is_pair_form rules it out later)
        "Kundin_",
        "Kundin1",
        "Kundiné",
        "KundIn",
        "xKundin.",
        "Kundinnenz",
        "Kollegin und Kollege" * 5000,
        "𝔘𝔫𝔦 Ärztinnen 😊",
    ],
)
def test_feminine_noun_scan_is_the_regex(text: str) -> None:
    assert speedups.has_feminine_noun(text) == (gender.PAIR_HINT_RE.search(text) is not None)


@compiled_only
@settings(max_examples=600, deadline=None)
@given(st.text() | st.lists(st.sampled_from(HINT_PIECES), max_size=30).map("".join))
def test_feminine_noun_scan_is_the_regex_on_any_text(text: str) -> None:
    assert speedups.has_feminine_noun(text) == (gender.PAIR_HINT_RE.search(text) is not None)


def test_pair_forms_are_the_same_without_the_compiled_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Liebe Kundinnen und Kunden, die Ärztin oder der Arzt und jede Kollegin und Kollege. "
        "Die Kund:innen, Lehrer*innen und BürgerInnen."
    )
    compiled = base.PassageStats()
    counts: dict[str, int] = {}
    gender.find_gender_forms(tokens.tokenize(text), counts, compiled)
    assert counts["gender:pair"] == 3
    assert (counts["gender:colon"], counts["gender:star"], counts["gender:binnen_i"]) == (1, 1, 1)
    monkeypatch.setattr(gender, "_speedups", None)
    pure: dict[str, int] = {}
    gender.find_gender_forms(tokens.tokenize(text), pure, base.PassageStats())
    assert pure == counts


@compiled_only
def test_keyed_views_past_the_shared_ints(monkeypatch: pytest.MonkeyPatch) -> None:
    # The C views share the ints below 65,536; this passage's indices go on past them.
    text = "Du bist ja über Größe da. " * 14000
    compiled = keyed_views(text, "de")
    word_indices, found = compiled[0], compiled[8]
    assert isinstance(word_indices, list)
    assert isinstance(found, list)
    assert word_indices[-1] > 90_000
    assert found[1][-1] > 65_536
    monkeypatch.setattr(base, "_speedups", None)
    assert keyed_views(text, "de") == compiled


def mark_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in gender.find_gender_marks(text)]


@compiled_only
@pytest.mark.parametrize(
    "text",
    [
        "",
        ":",
        "I",
        "In",
        "Kund:innen, Kund*in, Kund_innen, Kund/-innen, KundInnen und Kund:innenservice.",
        "In der Stadt: ist linkedin.com/in/anna I-n :n",
        "Lehrer:innen" * 3000 + "😊 Ärzt*innen",
    ],
)
def test_gender_marks_are_the_regex_matches(text: str) -> None:
    assert mark_spans(text) == [m.span() for m in gender.GENDER_MARK_RE.finditer(text)]


@compiled_only
@settings(max_examples=600, deadline=None)
@given(st.text() | st.lists(st.sampled_from(HINT_PIECES), max_size=30).map("".join))
def test_gender_marks_are_the_regex_matches_on_any_text(text: str) -> None:
    assert mark_spans(text) == [m.span() for m in gender.GENDER_MARK_RE.finditer(text)]


@compiled_only
def test_keyed_views_leave_sentences_out_of_order_to_python() -> None:
    args = ("word", str.lower, {}, KEYED_LISTS, ())
    tokens_ = (["word", "word"], ["Ja", "du"])
    assert speedups.keyed_word_views(*tokens_, [], *args) is None
    assert speedups.keyed_word_views(*tokens_, [Sentence(0, 2, 0, 1)], *args) is None
    assert speedups.keyed_word_views(*tokens_, [Sentence(0, 5, 1, 2)], *args) is None
    with pytest.raises(TypeError, match="Sentence"):
        speedups.keyed_word_views(*tokens_, [(0, 1)], *args)
    views = speedups.keyed_word_views(*tokens_, [Sentence(0, 2, 0, 1), Sentence(3, 5, 1, 2)], *args)
    assert views is not None
    assert views[2] == ["ja", "du"]
    assert views[7] == [1, 2]
    assert views[8] == [[1], [0], []]


def test_views_of_sentences_out_of_order_are_the_python_views() -> None:
    doc = tokens.tokenize("Ja, du. Und du?")
    odd = dataclasses.replace(doc, sentences=doc.sentences[1:])
    keywords = base.join_vocabularies(*KEYED_LISTS)
    prepared = base.prepare_text(odd, "de", keywords)
    assert prepared.words == ["ja", "du", "und", "du"]
    assert prepared.find_word_positions(KEYED_LISTS[0]) == [1, 3]
    assert prepared.sentence_end_tokens == [odd.sentences[0].end_token]


@compiled_only
@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=30), max_size=6))
def test_split_count_is_the_python_loop_on_any_text(pieces: list[list[str]]) -> None:
    from treffsicher.core import fingerprint

    texts = ["".join(text) for text in pieces]
    compiled: dict[str, int] = {}
    python: dict[str, int] = {}
    assert speedups.split_count(texts, compiled) == fingerprint._split_count(texts, python)
    assert list(compiled.items()) == list(python.items())


def test_fingerprint_is_the_same_without_the_compiled_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from treffsicher.core import fingerprint

    texts = [GERMAN, ENGLISH, "Das Wort „ganzheitlich“ kann ich nicht mehr hören.", ""]
    compiled = fingerprint.compute_fingerprint(texts, "de")
    monkeypatch.setattr(fingerprint, "_speedups", None)
    assert fingerprint.compute_fingerprint(texts, "de") == compiled


HEAD_TEXTS = [
    GERMAN,
    ENGLISH,
    "",
    "Das Wort „Auszeit“, DAS WORT Oase, dAs WoRt x, den Begriff, der Ausdruck, die Phrase.",
    "Please never say 'bespoke'; call it a loaf. The Term, THE EXPRESSION, essays, say",
    "sa",
    "das wor",
    "Grüße 🙂 das\u00a0Wort 𝔎 the word 🙂 call  it say",
    "x" * 100000 + "The word" + "ä" * 10,
    # quotation marks after letters, digits, _ and spaces, at the start and the end
    "'Auszeit' don't it's 3\"x_\"„Oase“ ‚Kind‘ x‘y »a« «b» “c” ’d’ \"",
    "Ü'ß‘٣'²\"x 🙂'🙂‘ '",
]


def assert_same_marks(text: str) -> None:
    from treffsicher.core import nogo

    heads, quotes = speedups.find_marks(text, nogo.NAMED_TERM_HEADS)
    assert quotes == [m.start() for m in nogo.QUOTE_OPEN_RE.finditer(text)]
    odd = nogo.has_odd_case(text) or "\u212a" in text  # K (Kelvin) matches k without case
    assert heads == (None if odd else nogo._head_starts(text))


@compiled_only
@pytest.mark.parametrize("text", HEAD_TEXTS)
def test_find_marks_is_lower_and_find_and_the_quote_regex(text: str) -> None:
    assert_same_marks(text)


@compiled_only
@pytest.mark.parametrize("odd", ["İ", "ı", "ſ", "\u212a"])
def test_find_marks_leaves_odd_case_to_the_regex(odd: str) -> None:
    from treffsicher.core import nogo

    # These match an ASCII letter without case (or lower() makes one of them), so the
    # compiled scan gives up and the regex decides.
    text = f"Das Wort „Auszeit“ {odd} sa{odd}y it"
    assert speedups.find_marks(text, nogo.NAMED_TERM_HEADS) == (None, [9, 17])  # „ and “
    found = [m.start() for m in nogo.NAMED_TERM_RE.finditer(text)]
    assert nogo.find_named_term_starts(text) == found


@compiled_only
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "das", "Wort", " wort", "THE", " word", "say", "S"])))
def test_find_marks_is_lower_and_find_and_the_quote_regex_on_any_text(pieces: list[str]) -> None:
    assert_same_marks("".join(pieces))


@compiled_only
@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_marks_is_the_quote_regex_on_any_characters(text: str) -> None:
    assert_same_marks(text)


@compiled_only
def test_find_marks_refuses_heads_it_cannot_compare() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        speedups.find_marks("Wort", ("wört",))
    with pytest.raises(ValueError, match="ASCII"):
        speedups.find_marks("Wort", ("",))


def test_named_term_starts_are_the_same_without_the_compiled_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from treffsicher.core import nogo

    compiled = [nogo.find_named_term_starts(text) for text in HEAD_TEXTS]
    marks = [nogo._find_marks(text) for text in HEAD_TEXTS]
    monkeypatch.setattr(nogo, "_speedups", None)
    assert [nogo.find_named_term_starts(text) for text in HEAD_TEXTS] == compiled
    assert [nogo._find_marks(text) for text in HEAD_TEXTS] == marks
    # DAS WORT Oase, dAs WoRt x; a quote or a comma after the head names no term here
    assert compiled[3] == [20, 35]


NGRAM_TEXTS = [
    GERMAN,
    ENGLISH,
    "",
    "abc",
    "abcd",
    "Grüße 🙂 aus 𝔎öln – ß ẞ",
    "🙂" * 9,
    ("Das Wort „Auszeit“ kann ich nicht mehr hören. " * 2000)[:70001],
]


def assert_same_buckets(text: str, n: int) -> None:
    """count_buckets with the compiled count_ngrams gives what its numpy loop gives."""
    from treffsicher.core import fingerprint

    counts, n_grams = fingerprint.count_buckets(text, n)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fingerprint, "_speedups", None)
        numpy_counts, numpy_n_grams = fingerprint.count_buckets(text, n)
    assert n_grams == numpy_n_grams == max(len(text) - n + 1, 0) == counts.sum()
    assert (counts == numpy_counts).all()


@compiled_only
@pytest.mark.parametrize("text", NGRAM_TEXTS)
@pytest.mark.parametrize("n", [1, 2, 4])
def test_count_ngrams_is_the_numpy_hash(text: str, n: int) -> None:
    assert_same_buckets(text, n)


@compiled_only
@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_count_ngrams_is_the_numpy_hash_on_any_text(text: str) -> None:
    assert_same_buckets(text, 4)


@compiled_only
def test_count_ngrams_refuses_a_table_of_the_wrong_size() -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(ValueError, match="2\\*\\*bits"):
        speedups.count_ngrams("Wort", 4, 3, 5, 20, np.zeros(10, dtype=np.int64))
    with pytest.raises(ValueError, match="n >= 1"):
        speedups.count_ngrams("Wort", 0, 3, 5, 4, np.zeros(16, dtype=np.int64))


# --- Feature families lexical, readability, syntax and punctuation ----------------------

FAMILY_MODULES = (lexical, syllables, readability, syntax, punctuation)
FAMILY_COUNTERS = (lexical.count, readability.count, syntax.count, punctuation.count)

GERMAN_FAMILIES = (
    "Hallo Jonas,\n\ndie Startseite wird gerade überarbeitet, und die Bilder wurden gestern "
    "verschickt. Das wird schön! Der Text wurde von mir geschrieben und gelesen – das "
    "Angebot wird morgen bestätigt oder abgelehnt. Kommst du am Freitag? 🙂 Oder passt "
    "es dir (ehrlich gesagt) erst im Juni?! Die Beratung, die Zeitung und die Nationen: "
    "alles Bildung2 und Über_alles … „Ganzheitlich“, sagte sie. »Gut« und ‚na ja‘.\n"
    "Über mich\nLiebe Grüße\nJohanna"
)
ENGLISH_FAMILIES = (
    "Hi Sam,\n\nthe page was rewritten and the photos were sent yesterday. One can see "
    "the information and the movement of the business. Is it good? Yes! It's great... "
    '"Really," she said. Our team — and us — got paid.\nCheers\nAnna'
)
# Pieces that reach the families' branches: werden and participles, clause breaks,
# question and exclamation marks before quotes and emoji, fragments, quotes and dashes.
FAMILY_PIECES = [
    *[" wird ", " wurde ", " worden", " gemacht", " geschickt", " überarbeitet", " und ", ","],
    *[" -", " – ", "—", "10–12", "?", "!", "?!", "! 🙂", "?)", '?"', "…", "...", "(", ")"],
    *["„", "“", '"', "»", "«", "‚", "‘", "\n", "\n\n", "Liebe Grüße\n", "Hallo Anna,\n"],
    *[" Zeitung", " Nationen", " Beratungsstelle", " information", " movements", " ich"],
    *[" wir", " man", " one can", " US", " we", " was", " were", " rewritten", ". ", " 😊"],
    *["Über", "İnformation", "ſtation", "\u212aindness", "_x", "2", "Ärger", " 🏽", "\U0001f600"],
]


FamilyResult = tuple[dict[str, float], list[int], dict[str, list[tuple[int, int]]]]


def family_stats(text: str, lang: str) -> list[FamilyResult]:
    prepared = base.prepare_text(tokens.tokenize(text), lang)
    results: list[FamilyResult] = []
    for counter in FAMILY_COUNTERS:
        stats = base.PassageStats()
        counter(prepared, stats)
        results.append((stats.counts, stats.sentence_lengths, stats.examples))
    return results


def assert_families_same_without_c(text: str, lang: str) -> None:
    compiled = family_stats(text, lang)
    with pytest.MonkeyPatch.context() as patch:
        for module in FAMILY_MODULES:
            patch.setattr(module, "_speedups", None)
        assert family_stats(text, lang) == compiled


@compiled_only
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("", "de"),
        ("", "en"),
        (GERMAN, "de"),
        (ENGLISH, "en"),
        (GERMAN_FAMILIES, "de"),
        (ENGLISH_FAMILIES, "en"),
        (GERMAN_FAMILIES * 40, "de"),  # a long passage
        (ENGLISH_FAMILIES * 40, "en"),
    ],
)
def test_families_are_the_same_without_the_compiled_module(text: str, lang: str) -> None:
    assert_families_same_without_c(text, lang)


@compiled_only
def test_families_find_what_the_hand_written_text_holds() -> None:
    # The comparison above must not pass on empty results: the German text has passives,
    # questions, an exclamation, fragments, nominalisations, quotes and dashes.
    counts: dict[str, float] = {}
    for result in family_stats(GERMAN_FAMILIES, "de"):
        counts.update(result[0])
    assert counts["passive_sentences"] == 2
    assert counts["questions"] == 2
    assert counts["exclamations"] == 1
    assert counts["fragments"] == 4  # "Hallo Jonas,", "Über mich", "Liebe Grüße", "Johanna"
    assert counts["nominalisations"] == 3  # Startseite is no -ung; Beratung, Zeitung, Nationen
    assert counts["quote_style:german"] == 1
    assert counts["quote_style:guillemets"] == 1
    assert counts["quote_style:single"] == 1
    assert counts["dash_char:en"] == 1
    assert counts["ellipsis_char:unicode"] == 1
    assert counts["emoji"] == 1


@compiled_only
@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["de", "en"]),
    st.text()
    | st.lists(st.sampled_from(PIECES + SENTENCE_PIECES + FAMILY_PIECES), max_size=80).map("".join),
)
def test_families_are_the_same_without_the_compiled_module_on_any_text(
    lang: str, text: str
) -> None:
    assert_families_same_without_c(text, lang)


@compiled_only
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text() | st.sampled_from(["Dokumentation", "ab cdefghij", "Über\u2003alles"])))
def test_length_counts_are_the_python_counts(words: list[str]) -> None:
    compiled = speedups.length_counts(words, lexical.LONG_WORD_MIN_CHARS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lexical, "_speedups", None)
        assert lexical.count_lengths(words) == compiled


@compiled_only
def test_length_counts_of_umlauts_and_emoji() -> None:
    words = ["Überraschung", "schön", "\U0001f600" * 7, "abcdefg\u00a0hijklmn", ""]
    # 12 + 5 + 7 + 15 + 0 characters; long: the first, the emoji, both halves of the fourth
    assert speedups.length_counts(words, 7) == (39, 4)
    with pytest.raises(TypeError):
        speedups.length_counts(["a", 1], 7)


@compiled_only
@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["de", "en"]),
    st.lists(
        st.sampled_from(["haus", "museum", "idee", "the", "table", "über", "qualität", "x", ""])
        | st.text(max_size=12),
        max_size=60,
    ),
    st.lists(st.integers(0, 8), max_size=12),
)
def test_syllable_sums_are_the_python_sums(lang: str, words: list[str], sizes: list[int]) -> None:
    starts, counts, k = [], [], 0
    for size in sizes:  # sentences one after the other, cut where the words end
        size = min(size, len(words) - k)
        starts.append(k)
        counts.append(size)
        k += size
    compiled = syllables.sum_syllables(words, lang, starts, counts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(syllables, "_speedups", None)
        assert syllables.sum_syllables(words, lang, starts, counts) == compiled


@compiled_only
def test_syllable_sums_count_words_the_cache_lacks() -> None:
    syllables._DE_CACHE.clear()
    words = ["wochenbett", "museum", "wochenbett", "ja", "liebe"]  # 3, 3, 3, 1, 2 syllables
    assert speedups.syllable_sums(
        words, syllables._DE_CACHE, syllables.count_syllables_de, [0, 2], [2, 3]
    ) == (12, 1, 1, [6, 6])
    assert syllables._DE_CACHE["museum"] == 3
    with pytest.raises(ValueError, match="past the words"):
        speedups.syllable_sums(words, {}, syllables.count_syllables_de, [4], [2])
    with pytest.raises(TypeError):
        speedups.syllable_sums(["a"], {"a": "one"}, syllables.count_syllables_de, [], [])


@compiled_only
@pytest.mark.parametrize("english", [False, True])
@pytest.mark.parametrize("target", [-30.0, 0.0, 42.5, 61.25, 99.0, 250.0])
def test_closest_sentence_is_the_python_choice(english: bool, target: float) -> None:
    text = ENGLISH_FAMILIES if english else GERMAN_FAMILIES
    prepared = base.prepare_text(tokens.tokenize(text * 3), "en" if english else "de")
    words = prepared.words
    own = syllables.sum_syllables(
        words, prepared.lang, prepared.sentence_word_start, prepared.sentence_words
    )[3]
    compiled = readability.closest_sentence(prepared, own, english, target)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(readability, "_speedups", None)
        assert readability.closest_sentence(prepared, own, english, target) == compiled
    assert compiled >= 0


@compiled_only
def test_closest_sentence_takes_the_first_of_equal_gaps_and_none_without_whole_ones() -> None:
    ends, texts = [1, 2, 3], [".", "x", "!"]
    # sentences 0 and 2: 6 words, 12 syllables each; sentence 1 ends in no mark
    args = ([6, 6, 6], [12, 12, 12], ends, texts, 6, ".!?…", 180.0, 1.0, 58.5)
    assert speedups.closest_sentence(*args, 57.0) == 0
    assert speedups.closest_sentence([6, 6, 5], [9, 9, 9], ends, texts, 6, ".", 1, 1, 1, 0) == 0
    assert speedups.closest_sentence([5, 6, 5], [9, 9, 9], ends, texts, 6, ".", 1, 1, 1, 0) == -1
    with pytest.raises(ValueError, match="past the tokens"):
        speedups.closest_sentence([6], [9], [4], texts, 6, ".", 1, 1, 1, 0)


@compiled_only
@settings(max_examples=300, deadline=None)
@given(
    st.text() | st.lists(st.sampled_from(PIECES + FAMILY_PIECES), max_size=60).map("".join),
    st.text(min_size=1, max_size=6) | st.just(punctuation.MARK_CHARS),
)
def test_count_chars_is_str_count(text: str, chars: str) -> None:
    listed = chars[::2]
    places = [p for p, c in enumerate(text) if c in listed]
    needles = ("...", " -", chars, chars[-1] * 2, "\U0001f600\U0001f600")
    assert speedups.count_chars(text, chars, listed, needles) == (
        [text.count(c) for c in chars],
        places,
        [text.count(n) for n in needles],
    )


@compiled_only
def test_count_chars_on_long_and_wide_text() -> None:
    text = ("Grüße „so“ – \U0001f600?! " * 5000) + "\u2018"
    chars = "?!„“–\U0001f600\u2018ü?"  # "?" twice: counted for both
    needles = ("“ –", "....", "?!", "!?")
    counts, places, found = speedups.count_chars(text, chars, "?\U0001f600", needles)
    assert counts == [text.count(c) for c in chars]
    assert places == [p for p, c in enumerate(text) if c in "?\U0001f600"]
    assert len(places) == 10000
    assert found == [5000, 0, 5000, 0]
    # Matches do not overlap, as with str.count.
    assert speedups.count_chars("......", ".", "", ("...", "..", "....")) == ([6], [], [2, 3, 1])
    assert speedups.count_chars("", "ab", "a", ()) == ([0, 0], [], [])
    assert speedups.count_chars("abc", "", "", ()) == ([], [], [])
    with pytest.raises(ValueError, match="among"):
        speedups.count_chars("abc", "a", "b", ())
    with pytest.raises(ValueError, match="non-empty"):
        speedups.count_chars("abc", "a", "", ("",))


@compiled_only
@settings(max_examples=400, deadline=None)
@given(
    st.text()
    | st.lists(
        st.sampled_from(PIECES + FAMILY_PIECES + ["ung", "tion", "Ä", "ß"]), max_size=60
    ).map("".join)
)
def test_judge_runs_are_the_candidate_matches(text: str) -> None:
    assert_runs_are_the_candidate_matches(text)


def assert_runs_are_the_candidate_matches(text: str) -> None:
    for run, pattern in (
        (syntax.NOMINAL_DE_RUN, syntax.NOMINAL_DE_CANDIDATE_RE),
        (syntax.NOMINAL_EN_RUN, syntax.NOMINAL_EN_CANDIDATE_RE),
    ):
        matches = [(m.group(), m.start()) for m in pattern.finditer(text)]
        # Every run judged true, none kept: the count; every run kept: the runs and starts.
        assert speedups.judge_runs(text, *run, {}, lambda _run: 1, 0) == (len(matches), [], [])
        n, runs, starts = speedups.judge_runs(text, *run, {}, lambda _run: 1, sys.maxsize)
        assert n == len(matches)
        assert list(zip(runs, starts, strict=True)) == matches
        # Judged by their last letter, through the verdicts where they hold the run.
        verdicts = {found: 0 for found, _start in matches[::2]}
        judged = [
            (found, start)
            for found, start in matches
            if verdicts.get(found, int(found[-1] in "gn")) == 1
        ]
        assert speedups.judge_runs(
            text, *run, verdicts, lambda found: int(found[-1] in "gn"), 2
        ) == (len(judged), [f for f, _s in judged[:2]], [s for _f, s in judged[:2]])


@compiled_only
def test_judge_runs_tell_word_characters_apart_as_python_re_does() -> None:
    # Each character before, inside and after a run: \w or not decides where runs end.
    for c in ["_", "2", "\u0660", "²", "ª", "\u00a0", "-", "\u0301", "\U0001d400", "😀", "ä"]:
        for text in (f"{c}Beratung", f"Bera{c}tung", f"Beratung{c}", f"{c}Information"):
            assert_runs_are_the_candidate_matches(text)
    assert_runs_are_the_candidate_matches("Beratung Zeitung, Beratung Nationen Begeisterung")
    with pytest.raises(TypeError):
        speedups.judge_runs("Text", "T", 3, 2, {}, bool, 1)
    with pytest.raises(ZeroDivisionError):
        speedups.judge_runs("Beratung", "B", None, 2, {}, lambda _run: 1 / 0, 1)


@compiled_only
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FAMILY_PIECES + SENTENCE_PIECES), max_size=80).map("".join))
def test_passive_sentences_are_the_python_ones(text: str) -> None:
    prepared = base.prepare_text(tokens.tokenize(text), "de")
    hits = prepared.find_word_positions(syntax.KEYWORDS_DE)
    compiled = syntax.list_passive_sentences_de(prepared, hits)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(syntax, "_speedups", None)
        assert syntax.list_passive_sentences_de(prepared, hits) == compiled


@compiled_only
def test_passive_sentences_refuse_sentences_past_the_tokens() -> None:
    doc = tokens.tokenize("Es wird gemacht.")
    prepared = base.prepare_text(doc, "de")
    verdicts: dict[str, bool] = {}
    sets = (syntax.CLAUSE_BREAKS, syntax.WERDEN_DE, syntax.AFTER_PARTICIPLE_DE, verdicts)
    views = (prepared.sentence_of, doc.sentences)

    def passive(hits: list[int], ends: list[int], word_starts: list[int]) -> list[int]:
        return speedups.passive_sentences(
            hits, prepared.word_indices, *views, ends, word_starts,
            doc.kinds, doc.texts, prepared.words, "word", *sets, syntax.is_participle_de,
        )  # fmt: skip

    assert passive([1], [4], [0]) == [0]
    verdicts["gemacht"] = False  # a verdict at hand is taken as it is
    assert passive([1], [4], [0]) == []
    with pytest.raises(ValueError, match="past the tokens"):
        passive([1], [9], [0])
    with pytest.raises(ValueError, match="no word"):
        passive([5], [4], [0])
    with pytest.raises(ValueError, match="differ"):
        passive([1], [4, 4], [0])


@compiled_only
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", "emoji", "emoticon", "punct", "emo", ""]), max_size=50))
def test_count_equal_is_list_count_and_index(kinds: list[str]) -> None:
    wanted = ("emoji", "emoticon")
    compiled = punctuation.count_kinds(kinds, wanted, 4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(punctuation, "_speedups", None)
        assert punctuation.count_kinds(kinds, wanted, 4) == compiled
    # equal, not the same object
    assert speedups.count_equal(["".join(["emo", "ji"])], ("emoji",), 1) == ([1], [[0]])


@compiled_only
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(FAMILY_PIECES + SENTENCE_PIECES + ["https://x.de/?a=1", "?!?", "!!"]),
        max_size=60,
    ).map("".join)
)
def test_marked_sentences_are_the_python_ones(text: str) -> None:
    prepared = base.prepare_text(tokens.tokenize(text), "de")
    doc = prepared.doc
    places = punctuation.count_mark_chars(doc.text)[1]
    assert places == [m.start() for m in re.finditer("[?!]", doc.text)]
    compiled = speedups.marked_sentences(
        places,
        doc.starts,
        doc.kinds,
        doc.texts,
        prepared.sentence_of,
        prepared.sentence_words,
        prepared.sentence_end_tokens,
        models.PUNCT,
        punctuation.TRAILING_KINDS,
        punctuation.TRAILING_NOISE,
    )
    assert punctuation._marked_sentences(prepared, places) == compiled


@compiled_only
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FAMILY_PIECES + SENTENCE_PIECES + PIECES), max_size=60).map("".join)
)
def test_fragment_sentences_are_the_python_ones(text: str) -> None:
    prepared = base.prepare_text(tokens.tokenize(text), "de")
    compiled = lexical.list_fragments(prepared)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lexical, "_speedups", None)
        assert lexical.list_fragments(prepared) == compiled


@compiled_only
def test_mtld_gives_equal_words_one_id_whatever_their_type() -> None:
    class Word(str):
        pass

    words = [Word("der"), "der", Word("die"), *["haus", "das", "die"] * 30]
    assert speedups.mtld_both(words, 72) == (
        lexical._mtld_pass(words),
        lexical._mtld_pass(words[::-1]),
    )
