"""A body as the partner of a talk: "discussed the budget with the city council", "will discuss investment with
the ministry and local firms", "talked with the teachers union". Officials and envoys consult bodies
by their common name as often as by a proper one; with "with" after "discuss" or "talk" the body is the other
side of a conversation. "spoke to the council" (an address), a body's own "board" and a news "agency" (an
interview) stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_CONSULTING_VERBS = frozenset({"discuss", "talk"})
_NOT_A_COUNTERPART = frozenset({"board", "agency", "house", "global", "office"})


def consults_body(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether `obj`, after `prep` on (or on the topic of) `verb`, is a body the verb's subject talks with."""
    if prep.lower_ != "with" or lower_lemma(verb) not in _CONSULTING_VERBS:
        return False
    head = lower_lemma(obj)
    return head in LEX.org_heads and head not in _NOT_A_COUNTERPART and any(
        c.dep_ in ("det", "amod", "compound", "poss") for c in obj.children)
