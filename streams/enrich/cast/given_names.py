"""The gender a given name usually carries, as a prior for the cast when the article itself says nothing.

Why: news English refers back to people with he/she far more often than by name, and most outlets write no
honorific. In "Ana Ruiz ... analyst Tom Obi ... She said" the article gives neither person a gender, so the
pronoun went to whoever was in focus. A given name settles it in most cultures; the article's own words
(honorifics, pronouns bound to one person) still outvote it.

The names come from Faker's person providers (MIT; first names by gender for some 80 locales, kept by
their native speakers; the generic bulk list only for names no country lists and English does not list as a
word). Lists written in an alphabet other than Latin (Cyrillic, Greek, Armenian, Georgian) vote too, read in
Latin letters as English news spells them: "Nikita" is female in India's list and male in Russia's, and a
table that skipped the Cyrillic list gave it one gender. Scripts that leave vowels unwritten (Arabic, Hebrew)
or write syllables (Devanagari, Han) do not transliterate to one spelling, so their lists stay out.
gender-guesser ships a larger list but is GPLv3, and names-dataset loads gigabytes.
A name that any locale gives to both genders ("Andrea", "Jean", "Kim", "Luca") is left unknown: the prior
is only taken where every list that knows the name agrees.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Container
from functools import cache, lru_cache

from spacy.language import Language
from spacy.vocab import Vocab

from streams.enrich.vocabulary.english_words import TABLE


def given_name_gender(word: str | None, vocab: Vocab) -> str | None:
    """ "male" or "female" for a given name that every locale knowing it gives one gender; else None.
    `vocab` is the parse's: its English word index decides which names of the generic list are words."""
    if not word:
        return None
    return given_name_genders(vocab).get(word.casefold())


_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")  # scripts that write every vowel


def _in_latin(name: str) -> str | None:
    """A list's name as English news writes it ("Никита" → "Nikita"), None for a script whose letters do not
    spell one Latin form (Arabic, Han, Devanagari): the lists hold those spellings too."""
    if not name.isalpha():
        return None
    if all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name):
        return name
    if not all(unicodedata.name(c, "").startswith(_ALPHABETS) for c in name):
        return None
    from faker.decode import unidecode  # Faker's own transliteration table, shipped with the lists

    latin = unidecode(name)
    return latin if latin.isalpha() and latin.isascii() else None


def given_name_countries(word: str | None) -> frozenset[str]:
    """ISO codes of the countries whose lists hold the given name ("Pierre" → FR, BE, CH, CA, ...): what tells
    "the Frenchman" from someone whose name no French list knows."""
    if not word:
        return frozenset()
    return _lists()[2].get(word.casefold(), frozenset())


def is_listed_given_name(word: str) -> bool:
    """Whether any list, a country's or the generic one, gives the word as a given name to either sex:
    "Paris" and "Adelaide" are, though no gender comes of them."""
    by_country, bulk, _ = _lists()
    key = word.casefold()
    return key in by_country or key in bulk


@lru_cache(maxsize=4)  # one table per pipeline in use, as many as `nlp.load_nlp` keeps
def given_name_genders(vocab: Vocab) -> dict[str, str]:
    """Given name (casefolded) → the one gender every list knowing it gives. The generic list counts only for
    names no country lists and that `vocab`'s English word index (`english_words`) does not list as a word
    ("Council", "Captain"): the index of the pipeline that parsed the article, never another one loaded for
    the purpose (a pipeline without an index keeps every such name)."""
    by_country, bulk, _ = _lists()
    english = _english_words(vocab)
    merged = dict(by_country)
    for name, genders in bulk.items():
        if name not in merged and name not in english:
            merged[name] = genders
    return {name: next(iter(found)) for name, found in merged.items() if len(found) == 1}


@cache
def _lists() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Faker's lists as (genders by name from the country lists, from the generic list, countries by name)."""
    import faker.providers.person as person  # imported on first use: the Enricher's start warms it

    by_country: dict[str, set[str]] = {}
    bulk: dict[str, set[str]] = {}  # the generic list: every name ever registered, words and rare uses too
    countries: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        seen = bulk if module.name == "en" else by_country
        country = module.name.partition("_")[2]  # "en_GB" → "GB"; "es" names no country
        for gender in ("male", "female"):  # not `first_names_nonbinary`: names drawn for anyone, not unisex ones
            for written in getattr(provider, f"first_names_{gender}", ()):
                name = _in_latin(written)
                if name is not None:
                    seen.setdefault(name.casefold(), set()).add(gender)
                    if country:
                        countries.setdefault(name.casefold(), set()).add(country)
    return (
        {name: frozenset(found) for name, found in by_country.items()},
        {name: frozenset(found) for name, found in bulk.items()},
        {name: frozenset(found) for name, found in countries.items()},
    )


def _english_words(vocab: Vocab) -> Container[str]:
    lookups = vocab.lookups
    return lookups.get_table(TABLE) if lookups.has_table(TABLE) else frozenset()


def warm(nlp: Language) -> None:
    """Builds the tables for `nlp` now (some 80 small modules), so that no article pays for it."""
    given_name_genders(nlp.vocab)
