"""What a visit goes to: a place, an institution one goes round, or someone met.

"Visited the X Museum", "will visit the Y factory" tell where the visitor went, not whom they met: the gold
annotations list no encounter for a visit with nobody met, as "a visit to X" with X a country is none. A body of
people visited ("visited the X Council", "the Y Union") is still met, and so is a person; "visited the X Museum
and met its director, Y" meets Y at the museum.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PERSON, PLACE, NameIndex


def only_went_to(verb: Token, obj: Token, names: NameIndex) -> bool:
    """The object of "visit" names where the visitor went: a place, or an institution told by its site word."""
    if lower_lemma(verb) != "visit":
        return False
    label = names.label.get(obj.i)
    pair = f"{obj.doc[obj.i - 1].lower_} {obj.lower_}" if obj.i > 0 else ""
    return label == PLACE or (label != PERSON and (obj.lower_ in LEX.visited_sites or pair in LEX.visited_site_pairs))
