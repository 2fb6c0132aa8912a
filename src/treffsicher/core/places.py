"""Towns and postcodes of Germany, Austria and Switzerland resolved from given tables; distances.

Pure: the tables (a Gazetteer) are built elsewhere from packaged data and passed in. A query
is a postcode („37073“, „8001 Zürich“, „A-1010“), a town („Göttingen“, „Wien“, „Neustadt,
Hessen“) or a distance in kilometres („500 km“ is handled by the caller). Ambiguous and unknown
places raise typed errors that carry the candidates, so the caller can word the message.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from treffsicher.core.states import STATES
from treffsicher.errors import InputError

COUNTRIES = ("DE", "AT", "CH")
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
DOMINANCE = 10.0  # a town this many times bigger than every other candidate wins the name
MAX_CANDIDATES = 12  # candidates listed in an ambiguity error
COUNTRY_PREFIXES = {"D": "DE", "DE": "DE", "A": "AT", "AT": "AT", "CH": "CH"}
POSTCODE_RE = re.compile(r"^(?:(D|DE|A|AT|CH)\s*-\s*|(D|DE|A|AT|CH)\s+)?(\d{4,5})(?:[\s,]+(.+))?$")
DISTANCE_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*km$", re.IGNORECASE)
SAINT_RE = re.compile(r"\bst\.\s*")
QUALIFIER_RE = re.compile(r"^(.+?)\s*(?:,\s*(.+)|\((.+)\))$")


@dataclass(frozen=True, slots=True)
class Town:
    """A town with its coordinates; `state` is the German state name."""

    name: str
    country: str
    state: str
    latitude: float
    longitude: float
    population: int = 0
    alternate_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PostcodeArea:
    """A postcode and one locality it serves; coordinates when the table has them."""

    code: str
    country: str
    locality: str
    state: str
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Place:
    """A resolved place: what to call it and where it lies."""

    label: str  # „Göttingen (Niedersachsen, DE)“ or „37073 Göttingen (Niedersachsen, DE)“
    country: str
    state: str
    latitude: float
    longitude: float


@dataclass
class Gazetteer:
    """Towns indexed by folded name and alternate name, postcodes by code."""

    towns: list[Town]
    postcodes: list[PostcodeArea]
    by_name: dict[str, list[Town]] = field(default_factory=dict)
    by_alternate: dict[str, list[Town]] = field(default_factory=dict)
    by_code: dict[str, list[PostcodeArea]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_name: dict[str, list[Town]] = defaultdict(list)
        by_alternate: dict[str, list[Town]] = defaultdict(list)
        for town in self.towns:
            by_name[fold_name(town.name)].append(town)
            for alternate in {fold_name(a) for a in town.alternate_names}:
                by_alternate[alternate].append(town)
        by_code: dict[str, list[PostcodeArea]] = defaultdict(list)
        for area in self.postcodes:
            by_code[area.code].append(area)
        self.by_name, self.by_alternate, self.by_code = by_name, by_alternate, by_code


class PlaceError(InputError):
    """A place that cannot be resolved; `query` is what the user typed."""

    def __init__(self, query: str, message: str = "") -> None:
        super().__init__(message or query)
        self.query = query


class UnknownPlaceError(PlaceError):
    """No town of that name; `suggestions` are similar names."""

    def __init__(self, query: str, suggestions: tuple[str, ...] = (), message: str = "") -> None:
        super().__init__(query, message or f"unknown place: {query}")
        self.suggestions = suggestions


class UnknownPostcodeError(PlaceError):
    """A postcode that exists in none of the three countries (or not with that town)."""

    def __init__(self, query: str, message: str = "") -> None:
        super().__init__(query, message or f"unknown postcode: {query}")


class AmbiguousPlaceError(PlaceError):
    """Several places match; `candidates` are their labels with state and country."""

    def __init__(self, query: str, candidates: tuple[str, ...], message: str = "") -> None:
        super().__init__(query, message or f"ambiguous place {query}: {'; '.join(candidates)}")
        self.candidates = candidates


def fold_name(name: str) -> str:
    """Lower case ASCII without accents, ß as ss, „St.“ as „sankt“, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    text = text.encode("ascii", "ignore").decode("ascii")
    if "st." in text:
        text = SAINT_RE.sub("sankt ", text)
    return " ".join(text.replace("-", " ").replace("/", " ").split())


def label_town(town: Town) -> str:
    """„Neustadt (Hessen, DE)“."""
    return f"{town.name} ({town.state}, {town.country})"


def parse_distance(text: str) -> float | None:
    """The kilometres of a plain distance („500 km“, „12,5km“), or None for anything else."""
    match = DISTANCE_RE.match(text.strip())
    return float(match.group(1).replace(",", ".")) if match else None


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km by the haversine formula on a sphere of mean radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def road_km(great_circle: float, detour_factor: float) -> float:
    """The road or rail distance estimated from the great-circle distance."""
    return great_circle * detour_factor


def distance_between(a: Place, b: Place) -> float:
    """Great-circle distance between two resolved places in km."""
    return great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude)


def resolve_place(gazetteer: Gazetteer, query: str) -> Place:
    """The place a postcode or town name means; PlaceError subclasses when it is unclear."""
    text = " ".join(query.split())
    match = POSTCODE_RE.match(text)
    if match:
        prefix = match.group(1) or match.group(2)
        country = COUNTRY_PREFIXES[prefix.upper()] if prefix else None
        return resolve_postcode(gazetteer, text, match.group(3), country, match.group(4))
    return town_place(resolve_town(gazetteer, text))


def town_place(town: Town) -> Place:
    """A Place for a town."""
    return Place(label_town(town), town.country, town.state, town.latitude, town.longitude)


def resolve_town(gazetteer: Gazetteer, query: str) -> Town:
    """The town a name means: exact name, else alternate name, else names starting with it.

    „Neustadt, Hessen“ or „Neustadt (Hessen)“ picks by state when the name is ambiguous.
    """
    candidates = find_towns(gazetteer, query)
    if not candidates:
        qualified = QUALIFIER_RE.match(query)
        if qualified:
            name, qualifier = qualified.group(1), qualified.group(2) or qualified.group(3)
            candidates = filter_by_qualifier(find_towns(gazetteer, name), qualifier)
    if not candidates:
        names = list({t.name for t in gazetteer.towns})
        suggestions = tuple(difflib.get_close_matches(query, names, n=5, cutoff=0.75))
        raise UnknownPlaceError(query, suggestions)
    return pick_candidate(query, candidates)


def find_towns(gazetteer: Gazetteer, query: str) -> list[Town]:
    """Towns whose name is `query` (with towns named „query …“), else whose alternate name is."""
    key = fold_name(query)
    if not key:
        return []
    exact = gazetteer.by_name.get(key, [])
    if not exact:
        exact = gazetteer.by_alternate.get(key, [])
    prefixed = [
        t for k, towns in gazetteer.by_name.items() if k.startswith(key + " ") for t in towns
    ]
    if not exact and not prefixed:
        return []
    return unique_towns([*exact, *prefixed])


def unique_towns(towns: Iterable[Town]) -> list[Town]:
    """Towns without repeats (same name, state and country), biggest first."""
    seen: dict[tuple[str, str, str], Town] = {}
    for town in towns:
        key = (town.name, town.state, town.country)
        if key not in seen or town.population > seen[key].population:
            seen[key] = town
    return sorted(seen.values(), key=lambda t: (-t.population, t.name))


def filter_by_qualifier(towns: list[Town], qualifier: str) -> list[Town]:
    """Towns whose state or country matches the qualifier („Hessen“, „BY“, „AT“)."""
    key = fold_name(qualifier)
    return [
        t
        for t in towns
        if key in (fold_name(t.state), t.country.casefold())
        or key in {fold_name(c) for c, n in STATES[t.country].items() if n == t.state}
    ]


def pick_candidate(query: str, candidates: list[Town]) -> Town:
    """The town a name means among candidates (biggest first); else AmbiguousPlaceError.

    One candidate wins; so does the only town of exactly that name when no town named
    „name …“ is bigger (Zürich over its districts, but not Halle over Halle (Saale)), and a
    town of that name far bigger than every other candidate.
    """
    key = fold_name(query)
    named = [t for t in candidates if key == fold_name(t.name) or key in folded_alternates(t)]
    if len(candidates) == 1:
        return name_as_typed(candidates[0], query)
    if len(named) == 1 and named[0] is candidates[0]:
        return name_as_typed(named[0], query)
    first, second = candidates[0], candidates[1]
    if first in named and first.population >= DOMINANCE * max(second.population, 1):
        return name_as_typed(first, query)
    labels = tuple(label_town(t) for t in candidates[:MAX_CANDIDATES])
    raise AmbiguousPlaceError(query, labels)


def folded_alternates(town: Town) -> set[str]:
    """The town's alternate names, folded."""
    return {fold_name(a) for a in town.alternate_names}


def name_as_typed(town: Town, query: str) -> Town:
    """The town under the alternate name the user typed („Wien“ rather than „Vienna“)."""
    key = fold_name(query)
    if fold_name(town.name) == key:
        return town
    typed = " ".join(query.split()).casefold()
    matching = [a for a in town.alternate_names if fold_name(a) == key]
    exact = [a for a in matching if a.casefold() == typed]
    return replace(town, name=(exact or matching)[0]) if matching else town


def resolve_postcode(
    gazetteer: Gazetteer, query: str, code: str, country: str | None, town: str | None
) -> Place:
    """The place of a postcode, optionally narrowed by country prefix and town name."""
    areas = [a for a in gazetteer.by_code.get(code, []) if country in (None, a.country)]
    if town:
        key = fold_name(town)
        areas = [a for a in areas if fold_name(a.locality).startswith(key)] or [
            a for a in areas if key in fold_name(a.locality)
        ]
    if not areas:
        raise UnknownPostcodeError(query)
    places: dict[str, Place] = {}
    for area in areas:
        if area.country not in places:
            place = locate_area(gazetteer, area)
            if place is not None:
                places[area.country] = place
    if not places:
        raise UnknownPostcodeError(query)
    if len(places) > 1:
        raise AmbiguousPlaceError(query, tuple(p.label for p in places.values()))
    return next(iter(places.values()))


def locate_area(gazetteer: Gazetteer, area: PostcodeArea) -> Place | None:
    """A Place for a postcode area: its own coordinates, else those of its town."""
    label = f"{area.code} {area.locality} ({area.state}, {area.country})"
    if area.latitude is not None and area.longitude is not None:
        return Place(label, area.country, area.state, area.latitude, area.longitude)
    for name in (area.locality, area.locality.split(",")[0], re.sub(r"\s+\d+$", "", area.locality)):
        towns = [t for t in find_towns(gazetteer, name) if t.country == area.country]
        in_state = [t for t in towns if t.state == area.state] or towns
        if in_state:
            town = in_state[0]
            return Place(label, area.country, area.state, town.latitude, town.longitude)
    return None
