"""The subject an object pronoun cannot stand for: "B met her", "B held talks with her".

A plain (non-reflexive) pronoun object is never its own clause's subject, which would be "herself"; so when
focus alone would pick that subject (a person whose gender nothing in the article says), the referent is
someone else in focus.
"""

from __future__ import annotations

from spacy.tokens import Token

_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
_CLIMB = 4  # "held [talks [with [her]]]": prep, noun, verb


def own_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause whose object (or the object of whose noun's "with X") the pronoun is; a
    relative "who" gives way to the person it is about ("B, who met her, ...")."""
    if pronoun.dep_ not in _OBJECT_DEPS:
        return None
    verb = pronoun.head
    for _ in range(_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subject
