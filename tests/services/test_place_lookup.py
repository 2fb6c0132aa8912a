"""Towns and postcodes of Germany, Austria and Switzerland from the packaged tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from treffsicher.core.places import AmbiguousPlaceError, PostcodeArea, Town, distance_between
from treffsicher.errors import InputError
from treffsicher.services.places import cache_file, find_place, read_cache, write_cache


@pytest.mark.parametrize(
    ("query", "country", "state"),
    [
        ("Göttingen", "DE", "Niedersachsen"),
        ("Bad Tölz", "DE", "Bayern"),
        ("München", "DE", "Bayern"),
        ("Kitzbühel", "AT", "Tirol"),
        ("Wien", "AT", "Wien"),
        ("Zermatt", "CH", "Wallis"),
        ("Zürich", "CH", "Zürich"),
        ("St. Gallen", "CH", "St. Gallen"),
        ("37073", "DE", "Niedersachsen"),
        ("83646", "DE", "Bayern"),
        ("8001 Zürich", "CH", "Zürich"),
        ("1010 Wien", "AT", "Wien"),
        ("A-6370", "AT", "Tirol"),
        ("3920 Zermatt", "CH", "Wallis"),
        ("Neustadt an der Weinstraße", "DE", "Rheinland-Pfalz"),
    ],
)
def test_resolves_towns_and_postcodes(query: str, country: str, state: str) -> None:
    place = find_place(query, "de")
    assert (place.country, place.state) == (country, state)


def test_distances_are_plausible() -> None:
    # Göttingen – Bad Tölz: about 450 km as the crow flies; 37073 is Göttingen's centre.
    km = distance_between(find_place("Göttingen", "de"), find_place("Bad Tölz", "de"))
    assert 430 < km < 470
    assert distance_between(find_place("Göttingen", "de"), find_place("37073", "de")) < 3
    assert 590 < distance_between(find_place("Wien", "de"), find_place("8001 Zürich", "de")) < 610


def test_neustadt_lists_candidates_with_their_state() -> None:
    with pytest.raises(AmbiguousPlaceError) as caught:
        find_place("Neustadt", "de")
    message = str(caught.value)
    assert message.startswith("„Neustadt“ ist mehrdeutig")
    assert "Neustadt an der Weinstraße (Rheinland-Pfalz, DE)" in message
    assert "Neustadt am Rübenberge (Niedersachsen, DE)" in message


@pytest.mark.parametrize(
    ("query", "start"),
    [
        ("Xyzdorf", "Keinen Ort „Xyzdorf“"),
        ("99999", "Die Postleitzahl „99999“ gibt es"),
        ("1234 Göttingen", "Die Postleitzahl „1234 Göttingen“"),
        ("  ", "Bitte einen Ort"),
    ],
)
def test_unknown_places_and_postcodes(query: str, start: str) -> None:
    with pytest.raises(InputError) as caught:
        find_place(query, "de")
    assert str(caught.value).startswith(start)


def test_a_misspelt_town_gets_a_suggestion_in_english() -> None:
    with pytest.raises(InputError, match=r"Did you mean: .*Kitzbühel"):
        find_place("Kitzbühl", "en")


def test_the_cached_extract_reads_back_the_same(tmp_path: Path) -> None:
    towns = [Town("Wien", "AT", "Wien", 48.2, 16.37, 1_690_000, ("Vienna",))]
    postcodes = [
        PostcodeArea("1010", "AT", "Wien, Innere Stadt", "Wien"),
        PostcodeArea("37073", "DE", "Göttingen", "Niedersachsen", 51.53, 9.93),
    ]
    path = tmp_path / "cache" / "places.json"
    write_cache(path, towns, postcodes)
    cached = read_cache(path)
    assert cached is not None
    assert (cached.towns, cached.postcodes) == (towns, postcodes)
    path.write_text("{kaputt", encoding="utf-8")
    assert read_cache(path) is None


def test_the_cache_folder_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TREFFSICHER_CACHE_DIR", str(tmp_path))
    path = cache_file()
    assert path is not None
    assert path.parent == tmp_path
    assert path.name.startswith("places-")
