"""Tests for the wording family: anglicisms, fillers, hedges, buzzwords."""

from __future__ import annotations

import pytest

from treffsicher.core.features import SPECS_BY_NAME, base, extract_stats
from treffsicher.core.features import gender as gender_family
from treffsicher.core.features import wording as wording_family
from treffsicher.core.features.base import PassageStats
from treffsicher.core.tokens import tokenize


def stats_of(text: str, lang: str = "de") -> PassageStats:
    return extract_stats(tokenize(text), lang)


def value_of(name: str, stats: PassageStats) -> float | None:
    spec = SPECS_BY_NAME[name]
    assert spec.value is not None
    return spec.value(stats.counts, stats.sentence_lengths)


ANGLICISM_CASES = [
    ("Das Meeting mit dem Team war gut, danke für das Feedback.", 3),
    ("Nach dem Workshop gibt es ein Follow-up per Call.", 3),
    ("Im Teammeeting ging es um den Social-Media-Kanal und den Onlinekurs.", 3),
    ("Die Updates und Deadlines stehen im Briefing.", 3),
    ("Schick mir bitte eine E-Mail, ich bin im Internet.", 0),
    ("Eventuell ist das ein Lebensideal.", 0),
    ("Der Tag war lang und die Post kam spät.", 0),
    ("Links neben dem Oberdeck liegen die Profile.", 0),
    ("Schick mir den Link zum Firmenevent.", 2),
]


@pytest.mark.parametrize(("text", "n"), ANGLICISM_CASES)
def test_anglicisms(text: str, n: int) -> None:
    assert stats_of(text).counts["anglicisms"] == n


def test_anglicism_compounds_count_in_every_passage() -> None:
    # Verdicts on compounds are kept between passages; each passage still counts its own.
    for _ in range(2):
        stats = stats_of("Das Teammeeting und noch ein Teammeeting.")
        assert stats.counts["anglicisms"] == 2
    assert stats_of("Das Treffen war gut.").counts["anglicisms"] == 0


def test_anglicism_compound_verdicts_hold_when_the_seen_words_are_forgotten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With room for one text the KeywordIndex forgets its words before every passage: the
    # words judged before are judged again, and the counts stay those of the full memory.
    monkeypatch.setattr(base, "MAX_SEEN_WORDS", 1)
    texts = [
        ("Im Teammeeting ging es um den Onlinekurs.", 2),
        ("Der Onlinekurs und das Teammeeting, dann das Treffen.", 2),
        ("Das Treffen war gut.", 0),
        ("Noch ein Teammeeting.", 1),
    ]
    for text, n in texts * 2:
        assert stats_of(text).counts["anglicisms"] == n


def test_anglicism_compounds_known_and_new_in_one_passage() -> None:
    # "Teammeeting" is known from the first passage, "Elternnewsletter" is new in the
    # second: both count, and their sentences are the examples, in the order of the text.
    assert stats_of("Das Teammeeting war kurz.").counts["anglicisms"] == 1
    text = "Das Teammeeting war kurz. Der Elternnewsletter kommt. Die Wanderung auch."
    stats = stats_of(text)
    assert stats.counts["anglicisms"] == 2
    spans = stats.examples["anglicism_rate_per_100_words"]
    assert [text[a:b] for a, b in spans] == [
        "Das Teammeeting war kurz.",
        "Der Elternnewsletter kommt.",
    ]


def test_anglicism_rate() -> None:
    stats = stats_of("Das Meeting war gut.")  # 4 words, 1 anglicism
    assert value_of("anglicism_rate_per_100_words", stats) == pytest.approx(25.0)


def test_no_anglicisms_counted_in_english() -> None:
    assert "anglicisms" not in stats_of("The meeting was good.", "en").counts


FILLER_CASES = [
    ("de", "Das ist eigentlich ganz einfach, halt wie immer.", 3),
    ("de", "Ja, das passt.", 0),  # "ja" as an answer
    ("de", "Das ist ja toll.", 1),
    ("de", "Doch, das geht.", 0),
    ("de", "Das geht doch nicht.", 1),
    ("de", "Zum ersten Mal war ich dort.", 0),  # the noun "Mal"
    ("de", "Komm mal vorbei.", 1),
    ("de", "Das war irgendwie quasi sozusagen wirklich gut.", 4),
    ("en", "I just really like it, it's basically done.", 3),
    ("en", "It is kind of late and sort of cold.", 2),
    ("en", "What kind of cake do you like?", 0),
    ("en", "I know exactly what I mean.", 0),
    ("en", "I mean, it is fine.", 1),
    ("en", "It was, you know, hard.", 1),
    ("en", "Do you know the way?", 0),
]


@pytest.mark.parametrize(("lang", "text", "n"), FILLER_CASES)
def test_fillers(lang: str, text: str, n: int) -> None:
    assert stats_of(text, lang).counts["fillers"] == n


HEDGE_CASES = [
    ("de", "Vielleicht klappt es, ich glaube schon.", 2),
    ("de", "Das wird etwas später.", 1),
    ("de", "Ich habe etwas gefunden.", 0),
    ("de", "Ich möchte etwas Wasser.", 0),
    ("de", "Das ist eher ziemlich teuer.", 2),
    # opinion verbs hedge only before a comma/"dass"/a softener or at the end, inverted
    ("de", "Ich glaube nicht, dass ich glaube.", 1),
    ("de", "Ich glaube dir.", 0),
    ("de", "Ich denke, dass es passt.", 1),
    ("de", "Das will keiner lesen, glaub ich.", 1),
    ("de", "Das passt gut, finde ich.", 1),
    ("de", "Wo finde ich das?", 0),
    ("de", "Ich, glaube ich, komme morgen.", 0),  # a comma inside is not the phrase
    ("en", "Maybe it is probably fine, I think.", 3),
    ("en", "Perhaps we meet on Monday, I guess.", 2),
    ("de", "Ich bin ein bisschen aufgeregt.", 1),
    ("de", "Ich brauche ein bisschen Zeit.", 0),  # an amount, not a hedge
    ("en", "It is a bit late.", 1),
    ("en", "It is a bit of a mess.", 1),
    ("en", "Bring a bit of patience.", 0),  # an amount
    ("en", "I will think about it.", 0),
    ("en", "I think about it often.", 0),
    ("en", "I'd rather wait for the right person.", 0),
    ("en", "It is rather good.", 1),
]


@pytest.mark.parametrize(("lang", "text", "n"), HEDGE_CASES)
def test_hedges(lang: str, text: str, n: int) -> None:
    assert stats_of(text, lang).counts["hedges"] == n


BUZZWORD_CASES = [
    ("de", "Wir bieten innovative, ganzheitliche Lösungen mit echtem Mehrwert.", 4),
    ("de", "Ein innovativer Ansatz für nachhaltigen Erfolg.", 2),
    ("de", "Die Lösung ist einfach.", 1),
    ("de", "Wir backen Brot aus Dinkel.", 0),
    ("en", "Our innovative solutions leverage synergies for a seamless experience.", 5),
    ("en", "We bake bread.", 0),
]


@pytest.mark.parametrize(("lang", "text", "n"), BUZZWORD_CASES)
def test_buzzwords(lang: str, text: str, n: int) -> None:
    assert stats_of(text, lang).counts["buzzwords"] == n


def test_rates_are_per_100_words() -> None:
    # 8 words; fillers: eigentlich, einfach; hedges: vielleicht; buzzwords: innovativ
    stats = stats_of("Das ist eigentlich einfach und vielleicht sehr innovativ.")
    assert stats.counts["wording_words"] == 8
    assert value_of("filler_rate_per_100_words", stats) == pytest.approx(25.0)
    assert value_of("hedge_rate_per_100_words", stats) == pytest.approx(12.5)
    assert value_of("buzzword_rate_per_100_words", stats) == pytest.approx(12.5)


def test_empty_text_gives_no_values() -> None:
    stats = stats_of("")
    for spec in wording_family.SPECS:
        if spec.value is not None:
            assert spec.value(stats.counts, stats.sentence_lengths) is None


def test_other_languages_count_nothing() -> None:
    stats = stats_of("Nous avons des solutions innovantes.", "fr")
    assert not any(key in stats.counts for key in ("fillers", "hedges", "wording_words"))


def test_specs_belong_to_the_family() -> None:
    # The contract every spec follows is tested once for all: tests/core/features/test_contract.py.
    for spec in wording_family.SPECS:
        assert spec.family in {"wording", "gender"}
        if spec.categories:
            assert set(spec.category_labels) == set(gender_family.GENDER_STYLES)
