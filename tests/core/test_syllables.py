"""Syllable counts for German and English words, counted by hand."""

from __future__ import annotations

import pytest

from treffsicher.core.syllables import count_syllables, count_syllables_de, count_syllables_en

# Spoken syllables as in the Duden pronunciation; the hyphenation would differ for the
# glide endings (Na-tion, Stu-dium, Fa-mi-lie) that count one nucleus here.
GERMAN = [
    ("einen", 2),
    ("Bahn", 1),
    ("Museum", 3),
    ("Museen", 3),
    ("Poesie", 3),
    ("Poet", 2),
    ("Idee", 2),
    ("Ideen", 3),
    ("beenden", 3),
    ("geehrte", 3),
    ("geeignet", 3),
    ("beeilen", 3),
    ("Beere", 2),
    ("Beet", 1),
    ("beerdigen", 4),
    ("beurteilen", 4),
    ("Beutel", 2),
    ("Koordination", 5),
    ("Kooperation", 5),
    ("Zoo", 1),
    ("Zoologie", 4),
    ("Jubiläum", 4),
    ("Energie", 3),
    ("Energien", 4),
    ("Batterien", 4),
    ("Familie", 3),
    ("Familien", 3),
    ("Ferien", 2),
    ("Italien", 3),
    ("Linie", 2),
    ("Bäckereien", 4),
    ("Nation", 2),
    ("Religion", 3),
    ("Million", 2),
    ("Material", 3),
    ("sozial", 2),
    ("Studium", 2),
    ("Dialog", 3),
    ("Diamant", 3),
    ("Klient", 2),
    ("Patient", 2),
    ("Hygiene", 3),
    ("Januar", 3),
    ("Situation", 4),
    ("individuell", 5),
    ("Qualität", 3),
    ("bequem", 2),
    ("Yoga", 2),
    ("Typ", 1),
    ("Bayern", 2),
    ("Feuer", 2),
    ("Bauer", 2),
    ("neue", 2),
    ("Eier", 2),
    ("Theater", 3),
    ("beobachten", 4),
    ("bearbeiten", 4),
    ("beauftragen", 4),
    ("beinhalten", 4),
    ("naiv", 2),
    ("zuerst", 2),
    ("Meer", 1),
    ("Boot", 1),
    ("Café", 2),
    ("Schifffahrt", 2),
    ("Hebamme", 3),
    ("Geburtsvorbereitung", 6),
    ("Geschäftsführerin", 5),
    ("Schwangerschaft", 3),
    ("Wochenbett", 3),
    ("schien", 1),
    ("Wien", 1),
    ("Bienen", 2),
    ("Öl", 1),
    ("Übung", 2),
    ("Ärztin", 2),
    ("Kund:innen", 3),
    ("E-Mail", 2),
    ("Team", 1),
    ("Website", 2),
    ("Meeting", 2),
]

ENGLISH = [
    ("the", 1),
    ("you", 1),
    ("hope", 1),
    ("make", 1),
    ("makes", 1),
    ("time", 1),
    ("while", 1),
    ("whole", 1),
    ("asked", 1),
    ("loved", 1),
    ("wanted", 2),
    ("needed", 2),
    ("boxes", 2),
    ("changes", 2),
    ("places", 2),
    ("table", 2),
    ("tables", 2),
    ("little", 2),
    ("lovely", 2),
    ("value", 2),
    ("issue", 2),
    ("social", 2),
    ("nation", 2),
    ("million", 2),
    ("language", 2),
    ("media", 3),
    ("premium", 3),
    ("usual", 3),
    ("quality", 3),
    ("beautiful", 3),
    ("important", 3),
    ("tomorrow", 3),
    ("yesterday", 3),
    ("opinion", 3),
    ("biology", 4),
    ("Italian", 4),
    ("actually", 4),
    ("readability", 5),
    ("communication", 5),
]


@pytest.mark.parametrize(("word", "expected"), GERMAN)
def test_count_syllables_de(word: str, expected: int) -> None:
    assert count_syllables_de(word) == expected


@pytest.mark.parametrize(("word", "expected"), ENGLISH)
def test_count_syllables_en(word: str, expected: int) -> None:
    assert count_syllables_en(word) == expected


@pytest.mark.parametrize("word", ["bzw", "MwSt", "z. B.", "---"])
def test_every_word_has_at_least_one_syllable(word: str) -> None:
    assert count_syllables_de(word) == 1
    assert count_syllables_en(word) == 1


def test_count_syllables_dispatches_by_language() -> None:
    # "Bauer" is two German syllables; English vowel-group rules read "au…e" the same way,
    # while "time" is one English syllable but two German vowel nuclei.
    assert count_syllables("time", "en") == 1
    assert count_syllables("time", "de") == 2
    assert count_syllables("Haus", "fr") == 1


def test_cache_returns_same_answer() -> None:
    assert count_syllables_de("Vorgespräch") == 3
    assert count_syllables_de("Vorgespräch") == 3
