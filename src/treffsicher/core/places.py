"""Towns and postcodes resolved from given tables; distances.

Pure: the tables (a Gazetteer) are built elsewhere from packaged data and passed in. At home
means Germany, Austria and Switzerland; abroad the English-speaking countries (the United
Kingdom, Ireland, the United States, Canada, Australia, New Zealand), whose tables come as a
second Gazetteer, passed as a function so that they are read only when a query needs them.

A query is a postcode („37073“, „8001 Zürich“, „A-1010“; abroad „CB2 1TN“ and „MA 02139“), a
town („Göttingen“, „Wien“, „Neustadt, Hessen“, „Cambridge, MA“, „Perth, Scotland“) or a
distance in kilometres („500 km“ is handled by the caller). A name without qualifier means the
town at home when there is one, unless a town abroad of exactly that name is far bigger; see
docs/decisions/0022-places-beyond-dach.md. Ambiguous and unknown places raise typed errors
that carry the candidates, so the caller can word the message.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from treffsicher.core.states import COUNTRY_NAMES, STATE_ALIASES, STATES
from treffsicher.errors import InputError

COUNTRIES = ("DE", "AT", "CH")
ABROAD = ("GB", "IE", "US", "CA", "AU", "NZ")
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
DOMINANCE = 10.0  # a town this many times bigger than every other candidate wins the name
MAX_CANDIDATES = 12  # candidates listed in an ambiguity error
COUNTRY_PREFIXES = {"D": "DE", "DE": "DE", "A": "AT", "AT": "AT", "CH": "CH"}
POSTCODE_RE = re.compile(r"^(?:(D|DE|A|AT|CH)\s*-\s*|(D|DE|A|AT|CH)\s+)?(\d{4,5})(?:[\s,]+(.+))?$")
DISTANCE_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*km$", re.IGNORECASE)
SAINT_RE = re.compile(r"\bst\.\s*")
SAINT_WORDS = {"st": "sankt", "saint": "sankt"}  # „St Albans“, „Saint Paul“ as „St. …“
QUALIFIER_RE = re.compile(r"^(.+?)\s*(?:,\s*(.+)|\((.+)\))$")
QUALIFIER_WORDS = 4  # a qualifier after a space („Cambridge MA“) has at most this many words
# British postcodes: area letters, district („CB2“, „SW1A“), optionally the inward code
# („1TN“); the packaged table knows the areas only, so that is what they resolve to.
UK_POSTCODE_RE = re.compile(
    r"^(?:(?P<town>.+?)[\s,]+(?=[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$))?"
    r"(?P<area>[A-Z]{1,2})\d[A-Z\d]?(?:\s*(?P<inward>\d[A-Z]{2}))?$",
    re.IGNORECASE,
)
# US ZIP codes with the state („MA 02139“, „Cambridge, MA 02139“) or the country before or
# after them („US 02139“, „02139, USA“); a bare five-digit code is a German postcode.
ZIP_RE = re.compile(
    r"^(?:(?P<before>.+?)[\s,-]+)?(?P<zip>\d{5})(?:-\d{4})?(?:[\s,]+(?P<after>[^\d]+))?$"
)
# Canadian postcodes („K1A 0B1“) and Irish Eircodes („D02 X285“): no table has them.
FOREIGN_POSTCODE_RE = re.compile(
    r"(?:^|[\s,])(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d[\dW]\s?[A-Z\d]{4})(?:$|[\s,])", re.IGNORECASE
)
AbroadTables = Callable[[], "Gazetteer"]


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
    """Towns indexed by folded name and alternate name, postcodes by code.

    `contested` are the folded names for which a town abroad is weighed against the towns
    at home of that name (see `contested_names`); empty for the tables abroad.
    """

    towns: list[Town]
    postcodes: list[PostcodeArea]
    contested: frozenset[str] = frozenset()
    by_name: dict[str, list[Town]] = field(default_factory=dict)
    by_alternate: dict[str, list[Town]] = field(default_factory=dict)
    by_code: dict[str, list[PostcodeArea]] = field(default_factory=dict)
    sorted_names: list[str] = field(default_factory=list)

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
        self.sorted_names = sorted(by_name)


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
    """A postcode that exists in none of the three countries (or not with that town);
    `abroad` when it was read as a British postcode or a US ZIP code."""

    def __init__(self, query: str, message: str = "", abroad: bool = False) -> None:
        super().__init__(query, message or f"unknown postcode: {query}")
        self.abroad = abroad


class AmbiguousPlaceError(PlaceError):
    """Several places match; `candidates` are their labels with state and country."""

    def __init__(self, query: str, candidates: tuple[str, ...], message: str = "") -> None:
        super().__init__(query, message or f"ambiguous place {query}: {'; '.join(candidates)}")
        self.candidates = candidates


def fold_name(name: str) -> str:
    """Lower case ASCII without accents, ß as ss, „St.“, „St“ and „Saint“ as „sankt“, hyphens
    as spaces."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
        text = text.encode("ascii", "ignore").decode("ascii")
    if "st." in text:
        text = SAINT_RE.sub("sankt ", text)
    words = text.replace("-", " ").replace("/", " ").split()
    if "st" in words or "saint" in words:
        words = [SAINT_WORDS.get(word, word) for word in words]
    return " ".join(words)


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


def resolve_place(gazetteer: Gazetteer, query: str, abroad: AbroadTables | None = None) -> Place:
    """The place a postcode or town name means; PlaceError subclasses when it is unclear.

    `gazetteer` holds the towns at home; `abroad` gives those abroad when a query needs them
    (without it only the towns at home are known).
    """
    text = " ".join(query.split())
    match = POSTCODE_RE.match(text)
    if abroad is not None and (not match or names_abroad_only(match.group(4) or "")):
        place = resolve_postcode_abroad(abroad, text)  # „02139 USA“ is not a German code
        if place is not None:
            return place
    if match:
        prefix = match.group(1) or match.group(2)
        country = COUNTRY_PREFIXES[prefix.upper()] if prefix else None
        return resolve_postcode(gazetteer, text, match.group(3), country, match.group(4))
    try:
        return town_place(resolve_town(gazetteer, text, abroad))
    except UnknownPlaceError:
        if abroad is not None and looks_like_postcode_abroad(text):
            raise UnknownPostcodeError(query, abroad=True) from None
        raise


def names_abroad_only(text: str) -> bool:
    """Whether the text names countries or states abroad and none at home („USA“, „MA“;
    not „DE“, which is Germany and Delaware)."""
    countries = {country for country, _ in qualifier_regions(text)}
    return bool(countries) and not countries & set(COUNTRIES)


def looks_like_postcode_abroad(text: str) -> bool:
    """A Canadian postcode or Irish Eircode („K1A 0B1“, „D02 X285“), or a number beside a
    country or state abroad („NSW 2000“): worth telling which postcodes are known."""
    if FOREIGN_POSTCODE_RE.search(text):
        return True
    words = re.split(r"[\s,]+", text)
    return any(w.isdigit() for w in words) and any(names_abroad_only(w) for w in words)


def town_place(town: Town) -> Place:
    """A Place for a town."""
    return Place(label_town(town), town.country, town.state, town.latitude, town.longitude)


def resolve_town(gazetteer: Gazetteer, query: str, abroad: AbroadTables | None = None) -> Town:
    """The town a name means: exact name, else alternate name, else names starting with it.

    At home first: the towns abroad count when none at home has the name, or when the name is
    contested (a town abroad of exactly that name is far bigger, see `contested_names`); then
    both are weighed together. „Neustadt, Hessen“, „Neustadt (Hessen)“, „Cambridge, MA“ or
    „Cambridge MA“ pick by state or country when the name is ambiguous; a qualifier is read
    at home before the tables abroad are opened, and a full name abroad („New Britain“)
    before a qualifier there.
    """
    candidates = find_towns(gazetteer, query)
    if candidates and abroad is not None and fold_name(query) in gazetteer.contested:
        candidates = unique_towns([*candidates, *find_towns(abroad(), query)])
    name = query
    if not candidates:
        name, candidates = find_qualified(gazetteer, query, None)
    if not candidates and abroad is not None:
        candidates = find_towns(abroad(), query)
        if not candidates:
            name, candidates = find_qualified(gazetteer, query, abroad)
    if not candidates:
        names = {t.name for t in gazetteer.towns}
        if abroad is not None:
            names |= {t.name for t in abroad().towns}
        suggestions = tuple(difflib.get_close_matches(query, sorted(names), n=5, cutoff=0.75))
        raise UnknownPlaceError(query, suggestions)
    return pick_candidate(query, candidates, name)


def find_qualified(
    gazetteer: Gazetteer, query: str, abroad: AbroadTables | None
) -> tuple[str, list[Town]]:
    """Towns of a query with a state or country after a comma, in brackets or after a space
    („Neustadt, Hessen“, „Perth (WA)“, „Portland Oregon“); the tables abroad only when the
    qualifier names a country or state there. Returns the name without the qualifier."""
    for name, qualifier in qualifier_splits(query):
        regions = qualifier_regions(qualifier)
        if not regions:
            continue
        candidates = filter_by_qualifier(find_towns(gazetteer, name), qualifier)
        if abroad is not None and any(country not in COUNTRIES for country, _ in regions):
            candidates += filter_by_qualifier(find_towns(abroad(), name), qualifier)
        if candidates:
            return name, unique_towns(candidates)
    return query, []


def find_towns(gazetteer: Gazetteer, query: str) -> list[Town]:
    """Towns whose name is `query` (with towns named „query …“), else whose alternate name is."""
    key = fold_name(query)
    if not key:
        return []
    exact = gazetteer.by_name.get(key, [])
    if not exact:
        exact = gazetteer.by_alternate.get(key, [])
    prefixed = [t for k in names_starting(gazetteer, key + " ") for t in gazetteer.by_name[k]]
    if not exact and not prefixed:
        return []
    return unique_towns([*exact, *prefixed])


def names_starting(gazetteer: Gazetteer, prefix: str) -> list[str]:
    """The folded town names that start with `prefix`, from the sorted list."""
    names = gazetteer.sorted_names
    found = []
    for index in range(bisect_left(names, prefix), len(names)):
        if not names[index].startswith(prefix):
            break
        found.append(names[index])
    return found


def contested_names(home: Gazetteer, abroad: Gazetteer) -> frozenset[str]:
    """The names for which the towns abroad are weighed with those at home.

    A name qualifies when a town abroad is called exactly so and the towns at home of that
    name either match it only by an alternate name or by a longer name („Hanover“ for
    Hannover, „Santa Maria“ for Santa Maria in Calanca), or are all at most a DOMINANCE-th of
    its size („Salem“: 175,000 in Oregon, 11,000 at Lake Constance). Computed once when the
    tables are built, so that a look-up at home needs the tables abroad only for these.
    """
    contested = set()
    for key, towns in abroad.by_name.items():
        home_towns = find_towns(home, key)
        if not home_towns:
            continue
        named_home = any(fold_name(t.name) == key for t in home_towns)
        biggest_home = max(t.population for t in home_towns)
        biggest_abroad = max(t.population for t in towns)
        if not named_home or biggest_abroad >= DOMINANCE * max(biggest_home, 1):
            contested.add(key)
    return frozenset(contested)


def unique_towns(towns: Iterable[Town]) -> list[Town]:
    """Towns without repeats (same name, state and country), biggest first."""
    seen: dict[tuple[str, str, str], Town] = {}
    for town in towns:
        key = (town.name, town.state, town.country)
        if key not in seen or town.population > seen[key].population:
            seen[key] = town
    return sorted(seen.values(), key=lambda t: (-t.population, t.name))


def filter_by_qualifier(towns: list[Town], qualifier: str) -> list[Town]:
    """Towns whose state or country matches the qualifier („Hessen“, „BY“, „AT“, „MA“,
    „Ontario“, „UK“, „Schottland“)."""
    key = fold_name(qualifier)
    regions = qualifier_regions(qualifier)
    return [
        t
        for t in towns
        if key in (fold_name(t.state), t.country.casefold())
        or (t.country, None) in regions
        or (t.country, t.state) in regions
    ]


def qualifier_regions(qualifier: str) -> frozenset[tuple[str, str | None]]:
    """The (country, state) pairs a qualifier names; state None for a whole country."""
    return QUALIFIERS.get(fold_name(qualifier), frozenset())


def qualifier_table() -> dict[str, frozenset[tuple[str, str | None]]]:
    """Folded qualifiers: country names and codes, state names, codes and aliases."""
    table: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for name, country in COUNTRY_NAMES.items():
        table[fold_name(name)].add((country, None))
    for country, states in STATES.items():
        for code, state in states.items():
            table[fold_name(code)].add((country, state))
            table[fold_name(state)].add((country, state))
    for country, aliases in STATE_ALIASES.items():
        for alias, state in aliases.items():
            table[fold_name(alias)].add((country, state))
    return {key: frozenset(regions) for key, regions in table.items()}


def pick_candidate(query: str, candidates: list[Town], name: str = "") -> Town:
    """The town a name means among candidates (biggest first); else AmbiguousPlaceError.

    One candidate wins; so does the only town of exactly that name when no town named
    „name …“ is bigger (Zürich over its districts, but not Halle over Halle (Saale)), and a
    town of that name far bigger than every other candidate. `name` is the query without
    its qualifier („Perth“ of „Perth, WA“).
    """
    name = name or query
    key = fold_name(name)
    named = [t for t in candidates if key == fold_name(t.name) or key in folded_alternates(t)]
    if len(candidates) == 1:
        return name_as_typed(candidates[0], name)
    if len(named) == 1 and named[0] is candidates[0]:
        return name_as_typed(named[0], name)
    first, second = candidates[0], candidates[1]
    if first in named and first.population >= DOMINANCE * max(second.population, 1):
        return name_as_typed(first, name)
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


def resolve_postcode_abroad(abroad: AbroadTables, query: str) -> Place | None:
    """The place of a British postcode („CB2 1TN“, „SW1A“, „Cambridge CB2 1TN“, „CB2 1TN,
    UK“) or a US ZIP code with its state or country („MA 02139“, „Cambridge, MA 02139“,
    „US 02139“, „02139, USA“); None when the query is neither.

    British postcodes resolve to the centre of their area (the letters: CB around Cambridge),
    the finest level the packaged table has; the label names the area, not the full code.
    """
    uk = UK_POSTCODE_RE.match(strip_qualifier(query, "GB"))
    if uk:
        code = uk.group("area").upper()
        areas = [a for a in abroad().by_code.get(code, []) if a.country == "GB"]
        if areas:
            return postcode_place(abroad(), areas[0], query)
        if uk.group("inward"):
            raise UnknownPostcodeError(query, abroad=True)
    zip_code = ZIP_RE.match(query)
    if zip_code is None:
        return None
    regions: set[tuple[str, str | None]] = set()
    for text in (zip_code.group("before"), zip_code.group("after")):
        if text:
            regions |= trailing_regions(text)
    states = {state for country, state in regions if country == "US"}
    if not states:
        return None
    areas = [a for a in abroad().by_code.get(zip_code.group("zip"), []) if a.country == "US"]
    areas = [a for a in areas if None in states or a.state in states]
    if areas:
        return postcode_place(abroad(), areas[0], query)
    if any(country in COUNTRIES for country, _ in regions):
        return None  # „Berlin, DE 10115“: DE is Delaware and Germany; the town decides
    raise UnknownPostcodeError(query, abroad=True)


def strip_qualifier(query: str, country: str) -> str:
    """The query without a trailing qualifier that names `country` („CB2 1TN, UK“)."""
    for name, qualifier in qualifier_splits(query):
        if any(c == country for c, _ in qualifier_regions(qualifier)):
            return name
    return query


def trailing_regions(text: str) -> set[tuple[str, str | None]]:
    """The regions the text names as a whole („MA“) or at its end („Cambridge, MA“)."""
    regions = set(qualifier_regions(text))
    for _, qualifier in qualifier_splits(text):
        regions |= qualifier_regions(qualifier)
    return regions


def qualifier_splits(query: str) -> list[tuple[str, str]]:
    """(name, qualifier) pairs a query may be read as: after a comma or in brackets, then the
    last words after a space, the longest first („Perth Western Australia“)."""
    splits = []
    qualified = QUALIFIER_RE.match(query)
    if qualified:
        splits.append((qualified.group(1), qualified.group(2) or qualified.group(3)))
    words = query.split()
    for count in range(min(QUALIFIER_WORDS, len(words) - 1), 0, -1):
        splits.append((" ".join(words[:-count]), " ".join(words[-count:])))
    return splits


def postcode_place(gazetteer: Gazetteer, area: PostcodeArea, query: str) -> Place:
    """The Place of a postcode area abroad, or UnknownPostcodeError without coordinates."""
    place = locate_area(gazetteer, area)
    if place is None:
        raise UnknownPostcodeError(query, abroad=True)
    return place


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
    region = f"{area.state}, {area.country}" if area.state else area.country
    label = " ".join(p for p in (area.code, area.locality) if p) + f" ({region})"
    if area.latitude is not None and area.longitude is not None:
        return Place(label, area.country, area.state, area.latitude, area.longitude)
    for name in (area.locality, area.locality.split(",")[0], re.sub(r"\s+\d+$", "", area.locality)):
        towns = [t for t in find_towns(gazetteer, name) if t.country == area.country]
        in_state = [t for t in towns if t.state == area.state] or towns
        if in_state:
            town = in_state[0]
            return Place(label, area.country, area.state, town.latitude, town.longitude)
    return None


QUALIFIERS = qualifier_table()
