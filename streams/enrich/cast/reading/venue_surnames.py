"""A person whose surname is a building's word ("Hall", "Church", "Chapel", "House"), told from the building.

`names.org_shaped` reads a name ending in a venue's word as a body's ("Marlow Concert Hall", "Grace Church")
unless a given name some country lists opens it; the small model labels such a person an organisation or a
place and many given names are in no list ("Kaito", "Tunde"). The name's first word being a given name by any
list is not enough on its own either: churches, halls and palaces are named after saints and royals
("Victoria Hall"). What settles it is what the text says of the name, and only people are written so: a title
or trade right before it ("Coach X Hall"), an age or a role set off after it ("X Church, 47,", "X Church, the
board's chair,"), or a speech or person's verb with a he or she taking it up before anyone else is named ("X
Hall said ... He added"): a building is "it".
"""

from __future__ import annotations

from spacy.tokens import Span

from streams.enrich.vocabulary.english_words import unknown_to_english

from ..given_names import given_name_countries, given_name_gender
from ..lexicon import lexicon
from ..names import is_title_in_name
from .kinds import in_person_role
from .titles import introduced

_PRONOUN_REACH = 40  # tokens after the name: its sentence and the next, as news writes them


def venue_word_surname(ent: Span) -> Span | None:
    """The person's name in `ent` (titles before it left out), when it is a given name and a venue's word the
    text shows to be a person's, else None."""
    if len(ent) < 2 or ent[-1].lower_ not in lexicon().venue_name_endings:  # most names: the cheap test first
        return None
    words = [t for t in ent if not is_title_in_name(t)]
    if len(words) != 2 or words[0].i != ent.end - 2:
        return None
    first, last = words
    if not (first.is_title and last.is_title and first.is_alpha):
        return None
    named = given_name_countries(first.text) or given_name_gender(first.text, first.vocab)
    if not (named or unknown_to_english(first)):
        return None
    name = ent.doc[first.i : ent.end]
    return name if introduced(list(name)) or _taken_up_as_person(name) else None


def _taken_up_as_person(name: Span) -> bool:
    """The name does what people do (`in_person_role`: speaks, meets, resigns) and the next he or she outside
    another name, before any other name of a person, is about it."""
    root = name.root
    if not in_person_role(root, speaks=True):
        return False
    doc = name.doc
    genders = lexicon().pronoun_genders
    for t in doc[name.end : name.end + _PRONOUN_REACH]:
        if t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.lower_ in ("it", "its")):
            return False
        if t.pos_ == "PRON" and t.lower_ in genders:
            return True
    return False
