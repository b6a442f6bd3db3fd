"""Setting off for a place: "left for X on Monday for talks with Y", "will depart for X to attend the session".

A departure verb names its destination with "for", so it is a journey only when a named place follows
"for": "left the talks", "left X for good", "left for the airport" and "on leave" are no trip to talks. Where
it is one, it stands for the trip as "travel to X" does: its subject holds the talks it is made for, and the
place it is made for is where they are held.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_PLACE_LABELS = ("GPE", "LOC")


def departs_for(verb: Token) -> Token | None:
    """The named place a departure verb sets off for, if any."""
    if verb.pos_ not in ("VERB", "AUX") or lower_lemma(verb) not in LEX.departure_verbs:
        return None
    return next((obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                 for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ in _PLACE_LABELS), None)


def is_journey(verb: Token) -> bool:
    """A verb of travel ("flew to X"), or a departure for a named place ("left for X")."""
    return lower_lemma(verb) in LEX.travel_verbs or departs_for(verb) is not None
