"""Towns and postcodes abroad from the packaged tables, read only when needed, never from
the network."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from treffsicher.core.places import AmbiguousPlaceError, UnknownPostcodeError, distance_between
from treffsicher.errors import InputError
from treffsicher.services import places
from treffsicher.services.places import find_place, read_cache, write_cache


@pytest.mark.parametrize(
    ("query", "country", "state"),
    [
        ("Cambridge, MA", "US", "Massachusetts"),
        ("Cambridge MA", "US", "Massachusetts"),
        ("Cambridge, England", "GB", "England"),
        ("Cambridge, UK", "GB", "England"),
        ("Cambridge, Ontario", "CA", "Ontario"),
        ("Portland, Oregon", "US", "Oregon"),
        ("Portland, Maine", "US", "Maine"),
        ("Perth, WA", "AU", "Western Australia"),
        ("Perth, Scotland", "GB", "Scotland"),
        ("London", "GB", "England"),
        ("London, Ontario", "CA", "Ontario"),
        ("Dublin", "IE", "Leinster"),
        ("Cork", "IE", "Munster"),
        ("Edinburgh", "GB", "Scotland"),
        ("Cardiff", "GB", "Wales"),
        ("Belfast", "GB", "Northern Ireland"),
        ("Toronto", "CA", "Ontario"),
        ("Sydney", "AU", "New South Wales"),
        ("Auckland", "NZ", "Auckland"),
        ("Wellington, New Zealand", "NZ", "Wellington"),
        ("New York", "US", "New York"),
        ("Washington, DC", "US", "District of Columbia"),
        ("CB2 1TN", "GB", ""),
        ("MA 02139", "US", "Massachusetts"),
        # At home as before, though towns of these names exist abroad.
        ("Hamburg", "DE", "Hamburg"),
        ("Berlin", "DE", "Berlin"),
        ("Vienna", "AT", "Wien"),
        ("Hanover", "DE", "Niedersachsen"),
        ("Geneva", "CH", "Genf"),
    ],
)
def test_resolves_towns_and_postcodes_abroad(query: str, country: str, state: str) -> None:
    place = find_place(query, "en")
    assert (place.country, place.state) == (country, state)


def test_distances_abroad_are_great_circles() -> None:
    # Göttingen – London: about 700 km; Berlin – New York: about 6,390 km.
    assert 680 < distance_between(find_place("Göttingen", "de"), find_place("London", "en")) < 720
    km = distance_between(find_place("Berlin", "de"), find_place("New York", "en"))
    assert 6_340 < km < 6_440
    # CB2 1TN lies in the CB area around Cambridge.
    assert distance_between(find_place("CB2 1TN", "en"), find_place("Cambridge, UK", "en")) < 15


@pytest.mark.parametrize(
    ("lang", "start"), [("de", "„Cambridge“ ist mehrdeutig"), ("en", "'Cambridge' is ambiguous")]
)
def test_cambridge_lists_its_candidates(lang: str, start: str) -> None:
    with pytest.raises(AmbiguousPlaceError) as caught:
        find_place("Cambridge", lang)
    message = str(caught.value)
    assert message.startswith(start)
    for label in (
        "Cambridge (England, GB)",
        "Cambridge (Massachusetts, US)",
        "Cambridge (Ontario, CA)",
    ):
        assert label in caught.value.candidates
        assert label in message


@pytest.mark.parametrize(
    ("query", "lang", "suggestion"),
    [
        ("Cambrige", "en", "Did you mean: Cambridge"),
        ("Edinbrugh", "en", "Did you mean: Edinburgh"),
        ("Götingen", "de", "Meinten Sie: Göttingen"),
    ],
)
def test_misspelt_towns_get_suggestions(query: str, lang: str, suggestion: str) -> None:
    with pytest.raises(InputError) as caught:
        find_place(query, lang)
    assert suggestion in str(caught.value)


@pytest.mark.parametrize(
    ("query", "lang", "part"),
    [
        ("XY1 2AB", "en", "British postcodes down to their area only"),
        ("K1A 0B1", "en", "for Ireland, Canada, Australia and New Zealand please give the town"),
        ("TX 02139", "de", "US-ZIP-Codes mit Bundesstaat oder Land davor"),
        ("02139", "de", "gibt es in Deutschland, Österreich und der Schweiz nicht"),
    ],
)
def test_unknown_postcodes_say_which_are_known(query: str, lang: str, part: str) -> None:
    with pytest.raises(UnknownPostcodeError) as caught:
        find_place(query, lang)
    assert part in str(caught.value)


def test_an_unknown_town_names_the_countries_searched() -> None:
    with pytest.raises(InputError) as caught:
        find_place("Xyzdorf", "en")
    assert "the UK, Ireland, the US, Canada, Australia or New Zealand" in str(caught.value)


def test_the_contested_names_survive_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    write_cache(path, [], [], frozenset({"salem", "hanover"}))
    cached = read_cache(path)
    assert cached is not None
    assert cached.contested == frozenset({"salem", "hanover"})


@pytest.fixture
def fresh_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Empty process tables and an empty cache folder; both put back afterwards."""
    monkeypatch.setenv("TREFFSICHER_CACHE_DIR", str(tmp_path))
    loaders = (places.load_gazetteer, places.load_abroad, places.build_tables)
    for loader in loaders:
        loader.cache_clear()
    yield tmp_path
    for loader in loaders:
        loader.cache_clear()


def test_nothing_is_read_from_the_network(
    fresh_tables: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a place look-up tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # Built from the packages (both extracts written), then read back in a new „process“.
    assert find_place("Cambridge, MA", "en").country == "US"
    written = sorted(path.name for path in fresh_tables.glob("places-*.json"))
    assert len(written) == 2
    assert written[0].startswith("places-abroad-")
    for loader in (places.load_gazetteer, places.load_abroad, places.build_tables):
        loader.cache_clear()
    assert find_place("Göttingen", "de").country == "DE"
    assert places.load_abroad.cache_info().currsize == 0  # a town at home needs no more
    assert find_place("Perth, Scotland", "en").country == "GB"
    assert places.load_abroad.cache_info().currsize == 1
    assert places.build_tables.cache_info().currsize == 0  # both from the cache folder
