"""The other side of a deal under negotiation: "talks to sell X to Y", "talks to buy X from Y", "talks to merge
with Y". A sale is negotiated between seller and buyer, so the one the deal goes to (or comes from) sits across
the table from the one reporting the talks, though neither hangs on the talks noun itself."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.slips import dangling_object


def deal_counterparts(noun: Token) -> list[Token]:
    """The buyer of "talks to sell X to Y", the seller of "talks to buy X from Y", the partner of "talks to merge
    with Y"; also when the purpose hangs on the verb that holds the talks ("will open talks next week to sell X
    to Y"). Only a to-infinitive: "talks on selling" or "talks after it sold X to Y" tell no deal in the making."""
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i]
    return [obj for clause in clauses if _to_infinitive(clause)
            for prep in _preps(clause) if _deal_prep(clause, prep.lower_)
            for obj in [c for c in prep.children if c.dep_ == "pobj"] or dangling_object(prep)]


def _preps(clause: Token) -> list[Token]:
    """The deal's prepositions, also where the small model hangs them on the thing dealt ("buy 12 stores from Y")."""
    heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
    return [p for head in heads for p in head.children if p.dep_ in ("prep", "dative")]


def _to_infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _deal_prep(clause: Token, prep: str) -> bool:
    """Which preposition names the other side depends on the deal's direction."""
    lemma = lower_lemma(clause)
    return ((prep == "to" and lemma in LEX.deal_giving_verbs) or (prep == "from" and lemma in LEX.deal_taking_verbs)
            or (prep == "with" and lemma in LEX.deal_joining_verbs))
