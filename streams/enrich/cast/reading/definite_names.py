"""A one-word name written with "the" is no person's: "the Oldmere", "the Skyrunner".

English writes a person's name without an article; "the" before a single capitalised word that heads its
own phrase marks a river, a ship, a product or a building the small model may still label a person. Left a
person, such a word becomes the first person named after the lede and takes the lede's unnamed speaker
("a company official said" given to a river). A word modifying a noun after it ("the Ortiz plan", "the
Ortiz spokesman") is no such phrase, a title or "late" between ("the late Ortiz", "the Reverend Ortiz")
keeps the name a person's, and a plural ("the Ortizes") is a family.
"""

from __future__ import annotations

from spacy.tokens import Span

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def written_with_the(ent: Span) -> bool:
    """Whether the one-word span `ent` is written right after "the" and heads its own noun phrase."""
    if len(ent) != 1 or ent.start == 0:
        return False
    word = ent[0]
    before = ent.doc[ent.start - 1]
    return (
        before.lower_ == "the"
        and before.head.i == word.i
        and word.dep_ not in _MODIFIER_DEPS
        and word.tag_ == "NNP"
        and not word.lower_.endswith("s")
    )
