"""Counting many passages at once gives each passage exactly its own statistics.

extract_stats_many (core.features.batch) must agree with extract_stats on every passage:
the same non-zero counts, sentence lengths and examples, for every family, on generated
mails, the demo clients, hand-written voices and edge cases written for the joins between
passages (empty passages, marks at a passage's first or last character, greetings).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from treffsicher.core.features import extract_stats, extract_stats_many
from treffsicher.core.features.base import PassageStats
from treffsicher.core.tokens import tokenize

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_passages  # noqa: E402  (bench/ holds the generated mails)

DEMO = ROOT / "src" / "treffsicher" / "demo" / "data"
VOICES = ROOT / "tests" / "texts" / "voices"

EDGES_DE = [
    "",
    "   ",
    "Hallo Anna,\n\nkönnen Sie mir bis Freitag das Angebot schicken? Danke!\n\n"
    "Liebe Grüße\nJohanna",
    "- Punkt eins\n- Punkt zwei – mit Gedankenstrich\n10–12 Uhr",
    "„Zitat am Anfang“ und am Ende „noch eins“",
    "Sie hat Ihnen geschrieben. Sie können gern kommen. Habt ihr Zeit? Ich gebe ihr das Buch.",
    "Moin moin!\nWir wurden gestern angerufen und es wird alles erledigt.",
    "Die Mitarbeiter*innen und Kund:innen (m/w/d) sowie Lehrer und Lehrerinnen …",
    "Das Meeting war echt nice, quasi ein Game-Changer... oder? 🙂 :-)",
    "(Klammer am Anfang) und am Ende (auch)",
    "Wort",
    "?!",
    "Servus beinand,\nich hätt da a Frage.\nPfiat di\nSepp",
    "Sehr geehrte Frau Adler,\n\nanbei die Unterlagen.\n\nMit freundlichen Grüßen\nDr. Bernd Maier",
]
EDGES_EN = [
    "",
    "Hi Sam,\n\ncould you send me the quote by Friday? Thanks!\n\nCheers\nMorwenna x",
    "We were told it was finished. One should always ask. It's basically a game changer, really.",
    '"Quoted start" and "quoted end"',
    "- a bullet\n- another one — with a dash\n10-12 people",
    "You and your team, yourselves. US and us.",
    "Best,\nAl",
    "Wait... what? (Really!) 😀",
    "x",
]


def _paragraphs(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".md", ".eml"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.extend(part for part in text.split("\n\n") if part.strip())
    return texts


def _generated(lang: str, seed: int, voice: str | None = None) -> list[str]:
    extra = {"voice": voice} if voice else {}
    return [p.text for p in make_passages(15_000, lang, seed=seed, **extra)]


CORPORA = {
    "generated_de": ("de", lambda: _generated("de", 3)),
    "generated_de_formal": ("de", lambda: _generated("de", 4, "formal")),
    "generated_en": ("en", lambda: _generated("en", 5)),
    "demo_johanna": ("de", lambda: _paragraphs(DEMO / "johanna-kellermann")),
    "demo_anna": ("de", lambda: _paragraphs(DEMO / "anna-brandt")),
    "demo_drafts": ("de", lambda: _paragraphs(DEMO / "drafts")),
    "demo_morwenna": ("en", lambda: _paragraphs(DEMO / "morwenna-pike")),
    "voices": ("de", lambda: _paragraphs(VOICES)),
    "edges_de": ("de", lambda: EDGES_DE + EDGES_DE[::-1]),
    "edges_en": ("en", lambda: EDGES_EN + EDGES_EN[::-1]),
    "edges_en_as_de": ("de", lambda: EDGES_EN),
    "whole_texts": ("de", lambda: ["\n\n".join(_paragraphs(DEMO / "johanna-kellermann"))]),
}


def _nonzero(
    stats: PassageStats,
) -> tuple[dict[str, float], list[int], dict[str, list[tuple[int, int]]]]:
    counts = {key: value for key, value in stats.counts.items() if value}
    return counts, stats.sentence_lengths, stats.examples


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_many_passages_give_each_its_own_statistics(corpus: str) -> None:
    lang, make = CORPORA[corpus]
    docs = [tokenize(text) for text in make()]
    assert docs
    one_by_one = [_nonzero(extract_stats(doc, lang)) for doc in docs]
    together = [_nonzero(stats) for stats in extract_stats_many(docs, lang)]
    assert len(together) == len(one_by_one)
    for k, (single, many) in enumerate(zip(one_by_one, together, strict=True)):
        assert many == single, f"passage {k}: {docs[k].text[:60]!r}"


def test_a_passage_counts_the_same_alone_and_among_others() -> None:
    docs = [tokenize(text) for text in EDGES_DE]
    alone = [_nonzero(extract_stats_many([doc], "de")[0]) for doc in docs]
    among = [_nonzero(stats) for stats in extract_stats_many(docs, "de")]
    assert alone == among


def test_no_passages_no_statistics() -> None:
    assert extract_stats_many([], "de") == []
