"""A body's backers across the table told whole by "the": "X has opened talks with the creditors", "X is
negotiating with the bondholders".

Debt and lease copy names the firm and leaves the other side a group of its own backers: its creditors, lenders,
lessors, bondholders. "Its creditors" and "a lender" are read as sides as written (`counterparties`), but "the
creditors" is read as a group told before, and with none told the talks lost their only other side. A count or a
choice among them ("the two lenders", "the other creditors") still points to ones told before, and so does any
group an earlier sentence names: the backers as written are the last reading, for talks facing one named side.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.counterparties import counterparty_text
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant


def backers_across(trigger: Token) -> Participant | None:
    """The backer group told whole by "the" that the talks trigger (or the verb holding it) is "with", as written
    ("creditors", "lessors"), or None."""
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    for obj in (o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"):
        if _definite_backers(obj):
            return Participant(name=counterparty_text(obj), kind="person")
    return None


def _definite_backers(token: Token) -> bool:
    """"the creditors", "the lessors": a plural of a body's backers with "the" alone before it, no count or
    choice ("the two lenders", "the other creditors") and no "these", which points back to a group just told."""
    if token.tag_ != "NNS" or lower_lemma(token) not in LEX.backer_groups:
        return False
    lefts = list(token.lefts)
    determiners = [c.lower_ for c in lefts if c.dep_ in ("det", "poss")]
    return determiners == ["the"] and not any(
        c.dep_ == "nummod" or c.lower_ in LEX.open_ended_modifiers for c in lefts)
