"""Profile service: passages come out of the database as core Passages; values in words."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.models import (
    Example,
    FeatureSummary,
    LanguageProfile,
    Passage,
    VoiceProfile,
)
from treffsicher.errors import NotFoundError
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.services.profiling import (
    EXAMPLE_MAX_CHARS,
    ClientProfile,
    build_client_profile,
    describe_support,
    format_example,
    format_range,
    format_value,
    quote_text,
)
from treffsicher.storage import repo


def add_source(session: Session, client_id: int, name: str, kind: str, texts: list[str]) -> None:
    passages = tuple(
        ImportedPassage(text, "fr" if text.startswith("Merci") else "de", kind, i)
        for i, text in enumerate(texts)
    )
    digest = hashlib.sha256(name.encode()).hexdigest()
    imported = ImportedSource(name, digest, "text/plain", "utf-8", passages)
    repo.add_source(session, client_id, imported, kind, [len(t.split()) for t in texts])


@pytest.fixture
def stored(engine: Engine) -> Engine:
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        add_source(session, client.id, "a.txt", "email", ["Hallo Anna.", "Liebe Grüße"])
        add_source(session, client.id, "b.txt", "email", ["Bis morgen.", "Merci beaucoup."])
        add_source(session, client.id, "web.md", "web", ["Willkommen auf meiner Seite."])
    return engine


def record_passages(seen: list[Passage]) -> VoiceProfile:
    return VoiceProfile(languages={}, n_passages_total=len(seen), excluded_passages={})


def test_passages_reach_the_builder_in_order(stored: Engine) -> None:
    received: list[list[Passage]] = []

    def builder(passages: list[Passage]) -> VoiceProfile:
        received.append(passages)
        return record_passages(passages)

    result = build_client_profile(stored, "Ulrike Berger", builder=builder)
    passages = received[0]
    assert [p.text for p in passages] == [
        "Hallo Anna.",
        "Liebe Grüße",
        "Bis morgen.",
        "Merci beaucoup.",
        "Willkommen auf meiner Seite.",
    ]
    assert [p.source_name for p in passages] == ["a.txt", "a.txt", "b.txt", "b.txt", "web.md"]
    assert passages[3].language == "fr"
    assert len({p.id for p in passages}) == 5
    # Sources (not passages) per kind and language: two emails and one web page in German.
    assert result.sources_by_kind == {"de": {"email": 2, "web": 1}, "fr": {"email": 1}}


def test_unknown_client(stored: Engine) -> None:
    with pytest.raises(NotFoundError, match="Meinten Sie „Ulrike Berger“"):
        build_client_profile(stored, "Ulrike Bergerr", lang="de", builder=record_passages)


def test_support_line_counts_sources_and_words() -> None:
    language = LanguageProfile("de", 18, 6120, 400, {"email": 16}, "good", {})
    profile = VoiceProfile({"de": language}, 18, {})
    client_profile = ClientProfile("X", profile, {"de": {"email": 16, "speech": 1, "web": 1}})
    expected = "Beruht auf 16 E-Mails, 1 Gespräch und 1 Website-Text mit zusammen 6.120 Wörtern"
    assert describe_support(client_profile, "de", "de") == expected


@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        (0.34, "share", "de", "34 %"),
        (0.341, "share", "en", "34%"),
        (12.46, "words", "de", "12,5 Wörter"),
        (2.1, "per_100_words", "en", "2.1 per 100 words"),
        (0.26, "per_sentence", "de", "0,26 pro Satz"),
        (63.0, "score", "de", "63"),
        (None, "score", "de", "–"),
    ],
)
def test_format_value(value: float | None, unit: str, lang: str, expected: str) -> None:
    assert format_value(value, unit, lang) == expected


def test_format_range_and_example() -> None:
    summary = FeatureSummary(
        "sentence_length_words_median", "words", "lexical", 11.0, 8.0, 14.5, 12, 300,
        examples=(Example(1, "Ich freue mich auf dich.", "a.txt"),),
    )  # fmt: skip
    assert format_range(summary, "de") == "8 – 14,5 Wörter"
    assert format_example(summary, "de") == "„Ich freue mich auf dich.“"


def test_a_categorical_features_value_and_range_read_as_percent() -> None:
    summary = FeatureSummary("voice_personal", "category", "syntax", 0.52, 0.33, 0.78, 9, 40)
    assert format_range(summary, "de") == "33 – 78 %"
    assert format_range(summary, "en") == "33 – 78%"
    assert format_value(summary.typical, summary.unit, "de") == "52 %"


def test_quote_text_shortens_at_a_word_boundary() -> None:
    text = "wort " * 60
    quoted = quote_text(text, "en")
    assert quoted.startswith("“wort wort")
    assert quoted.endswith(" …”")
    assert len(quoted) <= EXAMPLE_MAX_CHARS + 4


def test_the_profile_cache_key_follows_the_feature_code(tmp_path: Path) -> None:
    from treffsicher.services.profiling import describe_builder, hash_folder, hash_profile_code

    features = tmp_path / "features"
    features.mkdir()
    module = features / "lexical.py"
    module.write_text("def words_per_sentence(text):\n    return 1\n", encoding="utf-8")
    before = hash_folder(tmp_path)
    module.write_text("def words_per_sentence(text):\n    return 2\n", encoding="utf-8")
    changed = hash_folder(tmp_path)
    (features / "__pycache__").mkdir()
    (features / "__pycache__" / "lexical.cpython-312.pyc").write_bytes(b"\x00")
    assert changed != before
    assert hash_folder(tmp_path) == changed  # compiled caches do not count
    assert describe_builder().endswith(f":{hash_profile_code()}")


def test_range_of_the_speaking_voice_names_the_category_it_measures() -> None:
    from treffsicher.core.models import FeatureSummary
    from treffsicher.services.profiling import format_range

    voice = FeatureSummary(
        "person_voice", "category", "person", 0.2, 0.1, 0.35, 6, 20,
        distribution={"voice:corporate": 0.8, "voice:personal": 0.2},
    )  # fmt: skip
    assert format_range(voice, "de") == "Ich-Form 10 – 35 %"
    assert format_range(voice, "en") == "I-form 10 – 35%"
    length = FeatureSummary(
        "sentence_length_words_median", "words", "length", 11.0, 8.0, 14.5, 6, 120
    )
    assert format_range(length, "de") == "8 – 14,5 Wörter"
