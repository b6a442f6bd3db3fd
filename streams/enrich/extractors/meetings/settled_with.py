"""An agreement reached with someone after talks: "A concluded an agreement with a creditor bank committee, ending
its talks", "A reached an accord with its creditor banks". Nobody is said to meet, but an agreement reached
with a lender body, or reached in talks the sentence names, was negotiated across a table, and annotators of real
news keep it as talks held. An agreement reached with no talks and no lender ("reached agreement with the
regulator on the fine") is a settlement announced, not an encounter told.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

SETTLING_VERBS = frozenset({"reach", "conclude"})
_AGREEMENTS = frozenset({"agreement", "accord"})
_LENDER_WORDS = frozenset({"creditor", "creditors", "lender", "lenders", "bank", "banks", "syndicate"})


def settled_with(verb: Token) -> bool:
    """"reached agreement with Y" where Y is a body of lenders or the sentence tells the talks it came out of."""
    if lower_lemma(verb) not in SETTLING_VERBS:
        return False
    deals = [c for c in verb.children if c.dep_ == "dobj" and lower_lemma(c) in _AGREEMENTS]
    sides = [o for head in (verb, *deals) for p in head.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj"]
    if not (deals and sides):
        return False
    return any(_lender_body(s) for s in sides) or any(
        lower_lemma(t) in LEX.encounter_talks or lower_lemma(t) in LEX.encounter_negotiations for t in verb.sent)


def _lender_body(side: Token) -> bool:
    """"a creditor bank committee", "its creditor banks", "a lending syndicate": the head or a word before it
    names lenders; a bare "committee" counts only when it is a bank's."""
    words = {t.lower_ for t in side.subtree if t.i <= side.i}
    return bool(words & _LENDER_WORDS) or (
        lower_lemma(side) in {"creditor", "lender", "syndicate"})
