"""Place resolution on a small hand-made gazetteer, and distances."""

from __future__ import annotations

import pytest

from treffsicher.core.places import (
    AmbiguousPlaceError,
    Gazetteer,
    PostcodeArea,
    Town,
    UnknownPlaceError,
    UnknownPostcodeError,
    fold_name,
    great_circle_km,
    parse_distance,
    resolve_place,
    road_km,
)

TOWNS = [
    Town("Göttingen", "DE", "Niedersachsen", 51.534, 9.932, 122_000),
    Town("Neustadt an der Weinstraße", "DE", "Rheinland-Pfalz", 49.35, 8.139, 53_000),
    Town("Neustadt (Hessen)", "DE", "Hessen", 50.85, 9.117, 9_000),
    Town("Neustadt", "DE", "Niedersachsen", 52.5, 9.46, 2_400),
    Town("Vienna", "AT", "Wien", 48.208, 16.372, 1_690_000, ("Wien", "Vienne")),
    Town("Zürich", "CH", "Zürich", 47.367, 8.55, 415_000),
    Town("Zürich (Kreis 3)", "CH", "Zürich", 47.37, 8.52, 50_000),
    Town("Sankt Gallen", "CH", "St. Gallen", 47.424, 9.375, 70_000),
]
POSTCODES = [
    PostcodeArea("37073", "DE", "Göttingen", "Niedersachsen", 51.534, 9.933),
    PostcodeArea("1010", "AT", "Wien, Innere Stadt", "Wien"),
    PostcodeArea("1010", "CH", "Lausanne", "Waadt", 46.52, 6.63),
    PostcodeArea("8001", "CH", "Zürich", "Zürich"),
]
GAZETTEER = Gazetteer(TOWNS, POSTCODES)


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("Göttingen", "Göttingen (Niedersachsen, DE)"),
        ("göttingen", "Göttingen (Niedersachsen, DE)"),
        ("Wien", "Wien (Wien, AT)"),
        ("Zürich", "Zürich (Zürich, CH)"),
        ("St. Gallen", "Sankt Gallen (St. Gallen, CH)"),
        ("Neustadt, Hessen", "Neustadt (Hessen) (Hessen, DE)"),
        ("Neustadt an der Weinstraße", "Neustadt an der Weinstraße (Rheinland-Pfalz, DE)"),
        ("37073", "37073 Göttingen (Niedersachsen, DE)"),
        ("8001 Zürich", "8001 Zürich (Zürich, CH)"),
        ("1010 Wien", "1010 Wien, Innere Stadt (Wien, AT)"),
        ("A-1010", "1010 Wien, Innere Stadt (Wien, AT)"),
        ("CH-1010", "1010 Lausanne (Waadt, CH)"),
    ],
)
def test_resolves(query: str, label: str) -> None:
    assert resolve_place(GAZETTEER, query).label == label


def test_a_postcode_without_coordinates_takes_its_towns() -> None:
    place = resolve_place(GAZETTEER, "8001")
    assert (place.latitude, place.longitude) == (47.367, 8.55)


def test_an_ambiguous_town_lists_candidates_with_state() -> None:
    with pytest.raises(AmbiguousPlaceError) as caught:
        resolve_place(GAZETTEER, "Neustadt")
    assert caught.value.candidates == (
        "Neustadt an der Weinstraße (Rheinland-Pfalz, DE)",
        "Neustadt (Hessen) (Hessen, DE)",
        "Neustadt (Niedersachsen, DE)",
    )


def test_a_postcode_in_two_countries_is_ambiguous() -> None:
    with pytest.raises(AmbiguousPlaceError) as caught:
        resolve_place(GAZETTEER, "1010")
    assert len(caught.value.candidates) == 2


def test_unknown_town_suggests_similar_names() -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        resolve_place(GAZETTEER, "Götingen")
    assert caught.value.suggestions == ("Göttingen",)


@pytest.mark.parametrize("query", ["99999", "8001 Bern", "D-1010"])
def test_unknown_postcode(query: str) -> None:
    with pytest.raises(UnknownPostcodeError):
        resolve_place(GAZETTEER, query)


def test_fold_name() -> None:
    assert fold_name("Bad  Tölz") == "bad tolz"
    assert fold_name("St. Gallen") == "sankt gallen"
    assert fold_name("Garmisch-Partenkirchen") == "garmisch partenkirchen"
    assert fold_name("Gießen") == "giessen"


def test_great_circle_and_road_distance() -> None:
    # Berlin – Munich: about 504 km as the crow flies.
    km = great_circle_km(52.52, 13.405, 48.137, 11.575)
    assert 500 < km < 508
    assert road_km(km, 1.3) == pytest.approx(km * 1.3)
    assert great_circle_km(47.0, 8.0, 47.0, 8.0) == 0.0


@pytest.mark.parametrize(
    ("text", "km"),
    [("500 km", 500.0), ("12,5km", 12.5), (" 80 KM ", 80.0), ("Göttingen", None), ("500", None)],
)
def test_parse_distance(text: str, km: float | None) -> None:
    assert parse_distance(text) == km
