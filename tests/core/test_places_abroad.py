"""Towns and postcodes abroad (UK, Ireland, US, Canada, Australia, New Zealand) on small
hand-made tables, and how they are weighed against the towns at home."""

from __future__ import annotations

import pytest

from treffsicher.core.places import (
    AmbiguousPlaceError,
    Gazetteer,
    PostcodeArea,
    Town,
    UnknownPlaceError,
    UnknownPostcodeError,
    contested_names,
    fold_name,
    resolve_place,
)

HOME_TOWNS = [
    Town("Göttingen", "DE", "Niedersachsen", 51.534, 9.932, 122_000),
    Town("Hamburg", "DE", "Hamburg", 53.551, 9.993, 1_800_000),
    Town("Hannover", "DE", "Niedersachsen", 52.371, 9.733, 515_000, ("Hanover", "Hanovre")),
    Town("Salem", "DE", "Baden-Württemberg", 47.77, 9.28, 11_000),
    Town("Neustadt (Hessen)", "DE", "Hessen", 50.85, 9.117, 9_000),
    Town("Vienna", "AT", "Wien", 48.208, 16.372, 1_690_000, ("Wien",)),
]
HOME_POSTCODES = [PostcodeArea("37073", "DE", "Göttingen", "Niedersachsen", 51.534, 9.933)]
ABROAD_TOWNS = [
    Town("Cambridge", "GB", "England", 52.2, 0.117, 145_000),
    Town("Cambridge", "CA", "Ontario", 43.36, -80.313, 130_000),
    Town("Cambridge", "US", "Massachusetts", 42.375, -71.106, 118_000),
    Town("Perth", "AU", "Western Australia", -31.952, 115.861, 2_000_000),
    Town("Perth", "GB", "Scotland", 56.395, -3.431, 47_000),
    Town("Portland", "US", "Oregon", 45.523, -122.676, 650_000),
    Town("Portland", "US", "Maine", 43.661, -70.255, 66_000),
    Town("London", "GB", "England", 51.509, -0.126, 8_900_000),
    Town("London", "CA", "Ontario", 42.983, -81.233, 400_000),
    Town("Hamburg", "US", "New York", 42.716, -78.829, 57_000),
    Town("Salem", "US", "Oregon", 44.943, -123.035, 175_000),
    Town("Salem", "US", "Massachusetts", 42.519, -70.897, 43_000),
    Town("Hanover", "US", "Pennsylvania", 39.8, -76.983, 16_000),
    Town("Dublin", "IE", "Leinster", 53.333, -6.249, 1_000_000),
    Town("Dublin", "US", "Ohio", 40.099, -83.114, 49_000),
    Town("St Albans", "GB", "England", 51.755, -0.336, 80_000),
    Town("New York City", "US", "New York", 40.714, -74.006, 8_800_000, ("New York", "NYC")),
    Town("Auckland", "NZ", "Auckland", -36.849, 174.763, 1_500_000),
]
ABROAD_POSTCODES = [
    PostcodeArea("CB", "GB", "Cambridge", "", 52.206, 0.21),
    PostcodeArea("SW", "GB", "London South West", "", 51.462, -0.169),
    PostcodeArea("JE", "GB", "Jersey", ""),
    PostcodeArea("02139", "US", "", "Massachusetts", 42.362, -71.102),
    PostcodeArea("19901", "US", "", "Delaware", 39.182, -75.474),
]
ABROAD = Gazetteer(ABROAD_TOWNS, ABROAD_POSTCODES)
HOME = Gazetteer(HOME_TOWNS, HOME_POSTCODES)
HOME.contested = contested_names(HOME, ABROAD)


class Tables:
    """Hands out the tables abroad and counts how often they were asked for."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Gazetteer:
        self.calls += 1
        return ABROAD


def resolve(query: str) -> str:
    return resolve_place(HOME, query, Tables()).label


def test_contested_names_are_those_a_town_abroad_takes_from_home() -> None:
    # Salem, Oregon is 16 times Salem at Lake Constance; Hannover is „Hanover“ only by an
    # alternate name; Hamburg, NY is far smaller than Hamburg.
    assert contested_names(HOME, ABROAD) == frozenset({"salem", "hanover"})


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("Cambridge, MA", "Cambridge (Massachusetts, US)"),
        ("Cambridge MA", "Cambridge (Massachusetts, US)"),
        ("Cambridge, Massachusetts", "Cambridge (Massachusetts, US)"),
        ("Cambridge (Mass.)", "Cambridge (Massachusetts, US)"),
        ("Cambridge, US", "Cambridge (Massachusetts, US)"),
        ("Cambridge, USA", "Cambridge (Massachusetts, US)"),
        ("Cambridge, England", "Cambridge (England, GB)"),
        ("Cambridge, UK", "Cambridge (England, GB)"),
        ("Cambridge, Großbritannien", "Cambridge (England, GB)"),
        ("Cambridge (Ontario)", "Cambridge (Ontario, CA)"),
        ("Cambridge, Kanada", "Cambridge (Ontario, CA)"),
        ("Perth", "Perth (Western Australia, AU)"),
        ("Perth, WA", "Perth (Western Australia, AU)"),
        ("Perth, Scotland", "Perth (Scotland, GB)"),
        ("Perth, Schottland", "Perth (Scotland, GB)"),
        ("Perth Western Australia", "Perth (Western Australia, AU)"),
        ("Portland, Oregon", "Portland (Oregon, US)"),
        ("Portland OR", "Portland (Oregon, US)"),
        ("London", "London (England, GB)"),
        ("London, Ontario", "London (Ontario, CA)"),
        ("London ON", "London (Ontario, CA)"),
        ("Dublin", "Dublin (Leinster, IE)"),
        ("Dublin, Ohio", "Dublin (Ohio, US)"),
        ("Dublin, Irland", "Dublin (Leinster, IE)"),
        ("Auckland", "Auckland (Auckland, NZ)"),
        ("Auckland, Neuseeland", "Auckland (Auckland, NZ)"),
        ("New York", "New York (New York, US)"),
        ("St Albans", "St Albans (England, GB)"),
        ("St. Albans", "St Albans (England, GB)"),
        ("Saint Albans", "St Albans (England, GB)"),
        ("Salem, Oregon", "Salem (Oregon, US)"),
        ("Salem, Baden-Württemberg", "Salem (Baden-Württemberg, DE)"),
        ("Hamburg, NY", "Hamburg (New York, US)"),
    ],
)
def test_towns_abroad(query: str, label: str) -> None:
    assert resolve(query) == label


@pytest.mark.parametrize(
    ("query", "label"),
    [
        # A name at home wins unless a town abroad of exactly that name is far bigger.
        ("Hamburg", "Hamburg (Hamburg, DE)"),
        ("Wien", "Wien (Wien, AT)"),
        ("Vienna", "Vienna (Wien, AT)"),
        # „Hanover“ is contested (an alternate name at home), Hannover is still far bigger.
        ("Hanover", "Hanover (Niedersachsen, DE)"),
        ("Hamburg, Deutschland", "Hamburg (Hamburg, DE)"),
        ("Neustadt, Hessen", "Neustadt (Hessen) (Hessen, DE)"),
        ("Neustadt Hessen", "Neustadt (Hessen) (Hessen, DE)"),
    ],
)
def test_towns_at_home_keep_their_name(query: str, label: str) -> None:
    assert resolve(query) == label


@pytest.mark.parametrize(
    ("query", "candidates"),
    [
        (
            "Cambridge",
            (
                "Cambridge (England, GB)",
                "Cambridge (Ontario, CA)",
                "Cambridge (Massachusetts, US)",
            ),
        ),
        # 650,000 is less than ten times 66,000: no town dominates.
        ("Portland", ("Portland (Oregon, US)", "Portland (Maine, US)")),
        (
            "Salem",
            (
                "Salem (Oregon, US)",
                "Salem (Massachusetts, US)",
                "Salem (Baden-Württemberg, DE)",
            ),
        ),
        ("Cambridge, Commonwealth", None),
    ],
)
def test_ambiguous_names_list_their_candidates(
    query: str, candidates: tuple[str, ...] | None
) -> None:
    if candidates is None:
        with pytest.raises(UnknownPlaceError):
            resolve(query)
        return
    with pytest.raises(AmbiguousPlaceError) as caught:
        resolve(query)
    assert caught.value.candidates == candidates


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("CB2 1TN", "CB Cambridge (GB)"),
        ("cb2 1tn", "CB Cambridge (GB)"),
        ("CB2", "CB Cambridge (GB)"),
        ("SW1A", "SW London South West (GB)"),
        ("SW1A 1AA", "SW London South West (GB)"),
        ("Cambridge CB2 1TN", "CB Cambridge (GB)"),
        ("CB2 1TN, UK", "CB Cambridge (GB)"),
        ("MA 02139", "02139 (Massachusetts, US)"),
        ("Cambridge, MA 02139", "02139 (Massachusetts, US)"),
        ("Cambridge MA 02139-4307", "02139 (Massachusetts, US)"),
        ("US 02139", "02139 (Massachusetts, US)"),
        ("USA-02139", "02139 (Massachusetts, US)"),
        ("02139, USA", "02139 (Massachusetts, US)"),
        ("02139 US", "02139 (Massachusetts, US)"),
        ("Dover, DE 19901", "19901 (Delaware, US)"),
        # At home as before: a bare code and the German prefix „DE“.
        ("37073", "37073 Göttingen (Niedersachsen, DE)"),
        ("DE 37073", "37073 Göttingen (Niedersachsen, DE)"),
    ],
)
def test_postcodes_abroad(query: str, label: str) -> None:
    assert resolve(query) == label


def test_a_british_postcode_lies_in_its_area() -> None:
    place = resolve_place(HOME, "CB2 1TN", Tables())
    assert (place.country, place.latitude, place.longitude) == ("GB", 52.206, 0.21)


@pytest.mark.parametrize(
    ("query", "abroad"),
    [
        ("02139", False),  # five digits alone are a German postcode
        ("99999", False),
        ("XY1 2AB", True),  # no such British area
        ("JE2 3AB", True),  # an area without coordinates
        ("TX 02139", True),  # the ZIP code is in Massachusetts
        ("US 99999", True),
        ("K1A 0B1", True),  # Canadian and Irish codes and Australian ones are not packaged
        ("D02 X285", True),
        ("NSW 2000", True),
    ],
)
def test_unknown_postcodes_say_where_they_were_looked_for(query: str, abroad: bool) -> None:
    with pytest.raises(UnknownPostcodeError) as caught:
        resolve(query)
    assert caught.value.abroad is abroad


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [("Götingen", "Göttingen"), ("Cambrige", "Cambridge"), ("Aukland", "Auckland")],
)
def test_misspelt_towns_get_suggestions_from_both_tables(query: str, suggestion: str) -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        resolve(query)
    assert caught.value.suggestions[0] == suggestion


@pytest.mark.parametrize(
    "query",
    ["Göttingen", "Hamburg", "Wien", "Neustadt, Hessen", "37073", "DE 37073", "Hamburg, DE"],
)
def test_places_at_home_do_not_read_the_tables_abroad(query: str) -> None:
    tables = Tables()
    resolve_place(HOME, query, tables)
    assert tables.calls == 0


@pytest.mark.parametrize("query", ["Cambridge, MA", "Salem", "Perth", "CB2 1TN", "US 02139"])
def test_places_abroad_read_the_tables_abroad(query: str) -> None:
    tables = Tables()
    try:
        resolve_place(HOME, query, tables)
    except AmbiguousPlaceError:
        pass
    assert tables.calls > 0


def test_without_the_tables_abroad_only_home_is_known() -> None:
    with pytest.raises(UnknownPlaceError):
        resolve_place(HOME, "Cambridge")
    assert resolve_place(HOME, "Salem").label == "Salem (Baden-Württemberg, DE)"


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("St. Paul", "sankt paul"),
        ("St Paul", "sankt paul"),
        ("Saint Paul", "sankt paul"),
        ("Saint-Léonard", "sankt leonard"),
        ("Sankt Gallen", "sankt gallen"),
        ("Stoke-on-Trent", "stoke on trent"),
        ("Sainte-Foy", "sainte foy"),
    ],
)
def test_fold_name_reads_saint_alike(name: str, folded: str) -> None:
    assert fold_name(name) == folded
