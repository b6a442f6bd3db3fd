"""Given names that are also places' names ("Paris", "Adelaide", "Sofia", "Lincoln"), before a surname.

The small model reads "Paris Velasco" or "Adelaide Hume" as a body or leaves it unlabelled, and the cast's
readings keep any name with a known place in it away from people, so the person and every later "she" are
lost. The shape tells them apart: a place's name a given-name list also holds, then one word that English
does not list, no list gives as a given name and the gazetteer does not know, is a person's name. Firms named
after people pair two given names or a given name and a word ("Morgan Lindsay", "Austin Reed", "Lincoln
Electric"), teams a place and a plural nickname ("Dallas Foxes"), places two place words ("Victoria Falls").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from streams.enrich.vocabulary.english_words import plural_of_english_word, unknown_to_english
from streams.enrich.vocabulary.places import is_known_place

from ..given_names import is_listed_given_name


def place_named_person(words: Sequence[Token]) -> bool:
    """Whether a two-word name is a given name that is also a place's, then a surname that is nothing else."""
    if len(words) != 2:
        return False
    given, surname = words
    return (
        is_known_place(given.text)
        and is_listed_given_name(given.text)
        and unknown_to_english(surname)
        and not is_listed_given_name(surname.text)
        and not is_known_place(surname.text)
        and not plural_of_english_word(surname)
    )
