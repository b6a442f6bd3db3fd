"""Talks told as held with someone, their holder unsaid: "talks have been held with Y", "negotiations are
taking place with Y".

The "with" hangs on the verb that says the talks happen, not on the noun, so the noun's readers see no side.
Y is the one across the table; the holder, when the sentence names no one else (a report or unnamed sources
tell it), is the one the story is about, the lede's first subject ("X is weighing a purchase. Talks have been
held with Y"). Talks that only could be held, or are held as a habit, are none.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.habits import is_habitual
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.slips import dangling_object

_VERB_POS = ("VERB", "AUX")


def held_with(noun: Token) -> list[Token]:
    """The objects of a "with" on the verb that tells the talks (the noun) held or taking place."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in _VERB_POS or verb.i == noun.i:
        return []
    lemma = lower_lemma(verb)
    place = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "place"]
    if not ((noun.dep_ == "nsubjpass" and lemma in LEX.holding_verbs) or (lemma == "take" and place)):
        return []
    if any(c.dep_ == "aux" and c.lower_ in LEX.unrealised_modals for c in verb.children) or is_habitual(
            verb, verb.sent):
        return []  # "talks could be held with Y if ...", "talks are held with Y every month": none told held
    preps = [p for head in (verb, *place) for p in head.children if p.dep_ == "prep" and p.lower_ == "with"]
    return [o for p in preps for o in [c for c in p.children if c.dep_ == "pobj"] or dangling_object(p)]
