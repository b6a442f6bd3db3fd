"""A trip told as a noun that its traveller is on: "X began a visit of five days to Y", "X, on a tour of Y, ...".

The sentence after such a trip tells what the traveller did there, as after "X arrived in Y" (`scene`). Only a
trip under way or starting counts: one called off, put off or merely planned ("cancelled a visit to Y",
"plans a trip to Y next month") places nothing, and a trip come back from ("returned from a visit to Y") is over.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_TRIP_WORDS = LEX.trip_nouns | {"visit", "tour"}
_ON_A_TRIP = ("on", "during")
_NOT_UNDER_WAY = LEX.cancel_words | LEX.deferring_verbs | LEX.planned_governors | LEX.withdrawal_verbs | {
    "end", "finish", "conclude", "complete", "wrap", "cut", "curtail", "return", "come"}


def trip_taken(noun: Token) -> Token | None:
    """The verb whose subject is on the trip `noun` names ("starts a visit to Y", "is on a trip to Y"), or None."""
    if noun.pos_ != "NOUN" or lower_lemma(noun) not in _TRIP_WORDS:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _ON_A_TRIP:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ not in ("VERB", "AUX") or lower_lemma(head) in _NOT_UNDER_WAY:
        return None
    return head
