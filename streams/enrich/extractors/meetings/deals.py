"""The other side of a deal under negotiation: "talks to sell X to Y", "talks to buy X from Y", "talks to merge
with Y", and the deal named as the talks' topic, "talks on an investment in X by Y", "talks over a bid from Y".
A sale is negotiated between seller and buyer, so the one the deal goes to (or comes from) sits across the table
from the one reporting the talks, though neither hangs on the talks noun itself."""

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


_TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")
_SIDE_PREPS = ("with", "between", "among")
_DEAL_HOLDER_PREPS = ("in", "of", "for")


def topic_counterparts(noun: Token) -> list[Token]:
    """The investor of "talks on an investment in X by Y", the bidder of "talks over a bid from Y", the
    buyer of "talks on the sale of its unit to Y": a deal the talks are about, with its other party named, puts
    that party across the table. Only when the talks name no side of their own ("talks with Z on a bid by Y"
    may be held with Z about Y), and only a proper name ("talks on investment by foreign firms" names no one)."""
    if any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in noun.children):
        return []
    found: list[Token] = []
    for topic in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS):
        for deal in (c for c in topic.children if c.dep_ == "pobj"):
            wanted = _deal_noun_preps(deal)
            if not wanted:
                continue
            holders = [deal, *(o for p in deal.children if p.dep_ == "prep" and p.lower_ in _DEAL_HOLDER_PREPS
                               for o in p.children if o.dep_ == "pobj")]
            preps = [p for h in holders for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in wanted]
            # the small model hangs "by Y" on the talks noun, after the deal it belongs to
            preps += [p for p in noun.children if p.dep_ == "prep" and p.lower_ in wanted and p.i > deal.i]
            found += [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return found


def _deal_noun_preps(deal: Token) -> tuple[str, ...]:
    """The prepositions that name a deal noun's other party: its agent ("a bid by/from Y"), or for a sale the one
    it goes to ("the sale of X to Y")."""
    lemma = lower_lemma(deal)
    if lemma in LEX.deal_agent_nouns:
        return ("by", "from")
    if lemma in LEX.deal_sale_nouns:
        return ("to",)
    return ()


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
