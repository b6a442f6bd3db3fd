""""Put on hold", "placed on ice", "talks remain on hold": a postponement with no day to come.

Read by the status (a postponed encounter is called off) and by the sides (who puts talks on hold is one
of their sides), so it lives apart from both.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX


def on_hold(verb: Token) -> bool:
    """"talks were put on hold", "placed the summit on ice": postponed with no day to come."""
    return any(prep.dep_ == "prep" and prep.lower_ == "on" and any(
        obj.dep_ == "pobj" and obj.lower_ in LEX.hold_nouns for obj in prep.children) for prep in verb.children)
