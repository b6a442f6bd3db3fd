"""What a sitting does while it sits, and what its chair does to it: the verbs whose day and place are the
encounter's although the encounter is only their subject or object.

"The talks today reached a deal", "the meeting on Monday approved the plan": a sitting that reaches, approves
or elects does so while it sits, so a day or place on that verb is the sitting's own. "The chair yesterday
adjourned the meeting" closes a sitting that day. A verb that tells another event about the encounter ("the
union on Monday announced talks", "the talks were criticised yesterday", "the talks last week prompted a
strike") is no such act and its day stays off the encounter: only the listed verbs count, in the active voice.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX


def session_acts(trigger: Token) -> list[Token]:
    """The verb the encounter noun does a sitting's business with as its active subject, or the verb a chair
    closes it with as its object: the words its own day and place may hang on."""
    verb = trigger.head
    if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    if trigger.dep_ == "nsubj" and lower_lemma(verb) in LEX.session_acts and not _passive(verb):
        return [verb]
    if trigger.dep_ == "dobj" and lower_lemma(verb) in LEX.closing_verbs:
        return [verb]
    return []


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
