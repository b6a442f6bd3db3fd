"""Where a name stands decides whether the small model's place label on it can be a slip for a person's name.

The model labels a two-word name it has never met by its place in the sentence, and after "with", "by" or
"against" ("talks with Adaeze Okafor", "a report by Ines Moreau", "the final against Kwame Mensah") it often
says a place. A place is never the one talks are held with, a report is written by or a match is played
against, so there a place label on a name shaped like a person's (`build._opens_with_given_name`) is a slip.
An organisation label is kept: firms are named after their founders and are met, sued and played against
too ("a deal with Louis X").
"""

from __future__ import annotations

from spacy.tokens import Span

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PERSON_PREPOSITIONS = frozenset({"with", "by", "against"})


def place_label_beside_person_preposition(ent: Span) -> bool:
    """The span is labelled a place and is the object of "with", "by" or "against"."""
    root = ent.root
    return ent.label_ in _PLACE_LABELS and root.dep_ == "pobj" and root.head.lower_ in _PERSON_PREPOSITIONS
