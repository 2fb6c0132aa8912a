"""Tests for the form of address: du/Sie/ihr and English you."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.features import SPECS_BY_NAME, extract_stats
from treffsicher.core.features import address as address_family
from treffsicher.core.features.base import PassageStats, prepare_text
from treffsicher.core.tokens import tokenize


def stats_of(text: str, lang: str = "de") -> PassageStats:
    return extract_stats(tokenize(text), lang)


def count_of(stats: PassageStats, key: str) -> float:
    return stats.counts.get(key, 0.0)


def categories_of(stats: PassageStats, prefix: str) -> dict[str, float]:
    return {k[len(prefix) :]: v for k, v in stats.counts.items() if k.startswith(prefix) and v}


# (text, du, Sie, ihr) counted by hand.
ADDRESS_CASES = [
    ("Hast du Zeit? Ich rufe dich morgen an und schicke dir dein Angebot.", 4, 0, 0),
    ("Dir auch einen schönen Tag! Du bist super.", 2, 0, 0),
    ("Können Sie mir Ihre Unterlagen schicken? Ich danke Ihnen.", 0, 3, 0),
    # sentence-initial "Sie" without other evidence: she/they/you? left out
    ("Sie haben recht.", 0, 0, 0),
    # "Sie hat": third person singular; only "Ihnen" is formal
    ("Sie hat Ihnen geschrieben.", 0, 1, 0),
    # sentence-initial "Sie" resolved by "Ihre" inside the same sentence
    ("Sie können Ihre Unterlagen mitbringen.", 0, 2, 0),
    # lower-case sie/ihr/ihnen: third person
    ("Meine Kollegin sagt, sie hat ihr Auto verkauft und ihnen geschrieben.", 0, 0, 0),
    ("Ich gebe ihr das Buch.", 0, 0, 0),
    ("Habt ihr Zeit? Ich freue mich auf euch und euer Projekt.", 0, 0, 3),
    ("Hallo ihr Lieben, wie geht es euch?", 0, 0, 2),
    ("Ihr seid toll.", 0, 0, 1),
    # after a colon "Sie" starts direct speech: as ambiguous as a sentence start
    ("Er fragte: Sie sind neu hier?", 0, 0, 0),
    ("Er fragte mich, ob Sie neu hier sind.", 0, 1, 0),
    ("Kommst du mit? Haben Sie Zeit? Habt ihr Lust?", 1, 1, 1),
    # words in quotation marks are someone else's: a customer she quotes, a testimonial
    ("Eine Mutter schrieb mir: „Du hast mir so geholfen, danke dir!“ Das freut mich.", 0, 0, 0),
    ("Können Sie das Zitat „Du bist nicht allein“ auf die Startseite setzen?", 0, 1, 0),
    ("Unsere Kundin meinte »Habt ihr auch samstags offen?« und ich sagte ja.", 0, 0, 0),
    ('Ein Gast schrieb "Danke dir für alles" ins Gästebuch. Magst du es lesen?', 1, 0, 0),
    # a quote ends in its paragraph: an unpaired mark hides nothing after a blank line
    ("Sie nannte es „Auszeit.\n\nHast du morgen Zeit?", 1, 0, 0),
]


@pytest.mark.parametrize(("text", "du", "sie", "ihr"), ADDRESS_CASES)
def test_german_address_counts(text: str, du: int, sie: int, ihr: int) -> None:
    stats = stats_of(text)
    assert count_of(stats, "address_du_tokens") == du
    assert count_of(stats, "address_sie_tokens") == sie
    assert count_of(stats, "address_ihr_tokens") == ihr
    assert count_of(stats, "address_tokens") == du + sie + ihr


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # du 2, Sie 1, ihr 1 → du share 2/4
        ("Hast du Zeit? Haben Sie Zeit? Habt ihr Zeit? Kommst du?", "address_du_share", 0.5),
        ("Hast du Zeit? Haben Sie Zeit? Habt ihr Zeit? Kommst du?", "address_sie_share", 0.25),
        ("Hast du Zeit? Haben Sie Zeit? Habt ihr Zeit? Kommst du?", "address_ihr_share", 0.25),
        ("Können Sie mir Ihre Unterlagen schicken?", "address_sie_share", 1.0),
        # no address at all: nothing to measure, not 0.0
        ("Das Wetter ist schön.", "address_du_share", None),
    ],
)
def test_address_shares(text: str, name: str, expected: float | None) -> None:
    stats = stats_of(text)
    spec = SPECS_BY_NAME[name]
    assert spec.value is not None
    assert spec.value(stats.counts, stats.sentence_lengths) == expected


@pytest.mark.parametrize(
    ("text", "dominant"),
    [
        ("Kannst du mir helfen? Danke dir! Können Sie das prüfen?", "du"),
        ("Können Sie das prüfen? Ich danke Ihnen.", "sie"),
        ("Habt ihr Zeit? Ich freue mich auf euch.", "ihr"),
        ("Hast du Zeit? Haben Sie Zeit?", "mixed"),
    ],
)
def test_address_form_is_dominant_per_passage(text: str, dominant: str) -> None:
    stats = stats_of(text)
    assert categories_of(stats, "address_form:") == {dominant: 1.0}
    assert count_of(stats, "address_form_passages") == 1.0


def test_no_address_form_without_address() -> None:
    stats = stats_of("Das Wetter ist schön.")
    assert categories_of(stats, "address_form:") == {}


def test_address_examples_quote_the_sentence() -> None:
    text = "Das Wetter ist schön. Hast du morgen Zeit?"
    stats = stats_of(text)
    spans = stats.examples["address_du_share"]
    assert [text[a:b] for a, b in spans] == ["Hast du morgen Zeit?"]


def test_english_you_rate() -> None:
    # 10 words: Thank you for your message I will call you tomorrow; you-forms: 3
    stats = stats_of("Thank you for your message. I will call you tomorrow.", "en")
    assert count_of(stats, "address_you_tokens") == 3
    spec = SPECS_BY_NAME["address_you_rate_per_100_words"]
    assert spec.value is not None
    assert spec.value(stats.counts, stats.sentence_lengths) == pytest.approx(30.0)
    assert "address_tokens" not in stats.counts  # no du/Sie in English


def test_specs_belong_to_the_family() -> None:
    # The contract every spec follows is tested once for all: tests/core/features/test_contract.py.
    assert {spec.family for spec in address_family.SPECS} == {"address"}


@pytest.mark.parametrize(
    ("text", "you"),
    [
        ("You can book online, and your voucher comes by mail.", 2),
        ("A guest wrote “You made our wedding!” and we framed it. Do you want a copy?", 1),
        ('Our regular said "your bread is the best" - thank you!', 1),
        ("„Sie“ is the formal you in German.", 1),
    ],
)
def test_english_you_in_quotes_is_not_counted(text: str, you: int) -> None:
    assert count_of(stats_of(text, "en"), "address_you_tokens") == you


def test_quoted_spans_pair_marks_within_a_paragraph_only() -> None:
    text = '„Eins“ und “zwei” und "drei" und »vier« und «fünf» und „offen\n\nDu'
    spans = address_family.quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ["„Eins“", "“zwei”", '"drei"', "»vier«", "«fünf»"]
    assert address_family.quoted_spans("kein Zitat hier") == []
    long_quote = "„" + "x" * (address_family.QUOTE_MAX_CHARS + 1) + "“"
    assert address_family.quoted_spans(long_quote) == []


def test_unpaired_quote_marks_find_no_quote() -> None:
    # Each attempt is bounded by QUOTE_MAX_CHARS, so the scan stays linear in the text.
    hostile = ("„" + "a" * 50 + "\n") * 4000
    assert address_family.quoted_spans(hostile) == []
    assert count_of(stats_of(hostile + "Hast du Zeit?"), "address_du_tokens") == 1


QUOTE_PIECES = [
    "„",
    "“",
    "”",
    '"',
    "»",
    "«",
    "Du",
    " hast ",
    "\n",
    "\n\n",
    " \t\n",
    "Sie",
    "😊",
    "x" * 300,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=40).map("".join) | st.text())
def test_quoted_spans_are_the_regex_matches(text: str) -> None:
    # quoted_spans tries the regex only at the opening marks: the same as finditer.
    expected = [m.span() for m in address_family.QUOTED_RE.finditer(text)]
    assert address_family.quoted_spans(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*QUOTE_PIECES, "dir", "Ihnen", "euch", " ", "."]), max_size=50))
def test_outside_quotes_is_is_quoted_for_each_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    prepared = prepare_text(tokenize(text), "de")
    positions = list(range(prepared.n_words))
    spans = address_family.quoted_spans(text)
    starts = prepared.doc.starts
    expected = [
        k
        for k in positions
        if not address_family.is_quoted(spans, starts[prepared.word_indices[k]])
    ]
    assert address_family.outside_quotes(prepared, positions) == expected


def test_words_in_adjacent_quotes_are_left_out() -> None:
    text = "„Du bist“„Hast du“ und du."
    prepared = prepare_text(tokenize(text), "de")
    # words: du bist hast du und du; only "und du" stand outside the quotes
    assert address_family.outside_quotes(prepared, [0, 1, 2, 3, 4, 5]) == [4, 5]
