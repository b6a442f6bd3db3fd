"""The phrases hung on a word that the readers of place and date follow, and how far they follow them.

Where and when are read from the phrases attached to the trigger, to the verb that holds it ("took place in
Bergen on June 3") and to its participants, never from the sentence at large: "said in an interview on
Thursday" dates the interview. The small model hangs a venue's town several phrases down ("on the sidelines of
the X summit in Y"), so both readers walk the same chains.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX

_CHAINED_PREPS = ("of", "on", "in", "at", "for", "during", "from", "via", "by", "behind", "near", "outside")
MAX_DEPTH = 3  # phrases, clauses or appositions followed down from one word
AFTER_PREPS = ("after", "following")  # "agreed on Thursday, after a video call": the same day
WHERE_WINDOW = 25  # tokens searched past a trigger for its relative clause, or before "where"


def prep_objects(token: Token, depth: int = 0) -> Iterator[tuple[str, Token, int]]:
    """(preposition, object, depth), following "on the sidelines of the X summit (hosted) in Y" chains and the
    phrases the small model hangs on a channel, a meal or a manner ("via video link on Monday", "over lunch in
    X", "behind closed doors in X")."""
    if depth > MAX_DEPTH:
        return
    for child in token.children:
        if child.dep_ == "acl" and depth > 0:
            yield from prep_objects(child, depth + 1)
        elif child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                yield child.lower_, obj, depth
                if child.lower_ in _CHAINED_PREPS or (child.lower_ == "over" and (  # "over dinner/the weekend in X"
                        obj.lower_ in LEX.encounter_meals or obj.ent_type_ == "DATE")):
                    yield from prep_objects(obj, depth + 1)
