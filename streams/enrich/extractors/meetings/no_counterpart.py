"""Meeting words that tell no encounter between the sides we would read off them.

- "Ferrin Ltd will present the buyout to its unitholders at an extraordinary meeting in June": the holders'
  meeting is where the company puts a vote to its own owners, the venue of that act; gold (dev-real and the
  read blind halves) does not count a company's shareholders' meeting as an encounter with its shareholders.
- "a draft written ahead of next week's summit of the bloc's farm ministers": a summit named as the backdrop
  of something else, with no side beyond the group it is "of" (gold conventions: not a meeting); so is "prices
  will stay flat until the meeting of the growers' cartel", the session a market waits for.
- "Ferrin and Orsk are to negotiate with an outside auditor": the counterpart is unnamed and indefinite, so the
  two named firms are one side together and the other is unknown; reading them as the two sides is wrong.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.counterparties import is_deal_counterparty
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant

_HOLDERS = frozenset({"shareholder", "stockholder", "holder", "unitholder"})
_PUT_TO = frozenset({"submit", "put", "present", "refer", "bring", "offer"})
_BACKDROP_PREPS = frozenset({"for", "before", "ahead", "towards", "toward", "until", "pending"})
_GOING = frozenset({"meet", "arrive", "leave", "travel", "fly", "go", "come", "head", "gather"})
_TOPIC_PREPS = frozenset({"over", "about", "on", "regarding"})
_INDEFINITE = frozenset({"a", "an", "another", "some"})


def tells_no_counterpart(trigger: Token, named: list[Participant]) -> bool:
    """Whether the mention at `trigger` is a holders' vote venue, a backdrop summit or talks with nobody named."""
    return _put_to_holders(trigger) or _backdrop_summit(trigger, named) or _with_someone_unnamed(trigger)


def _put_to_holders(trigger: Token) -> bool:
    """"present X to unitholders at a meeting": the meeting is the venue of putting something to the holders."""
    if trigger.lower_ not in LEX.meeting_nouns or trigger.dep_ != "pobj" or trigger.head.lower_ != "at":
        return False
    verb = trigger.head.head
    if verb.lemma_.lower() not in _PUT_TO:
        return False
    return any(p.dep_ in ("prep", "dative") and p.lower_ == "to" and o.dep_ == "pobj" and o.lemma_.lower() in _HOLDERS
               for p in verb.children for o in p.children)


def _backdrop_summit(trigger: Token, named: list[Participant]) -> bool:
    """"drafted for the summit of the bloc's ministers": one side only, the group the summit is "of", and the
    summit is what something else is for; "flew in for talks with X" names a counterpart and is left alone."""
    if len(named) > 1 or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    if "of" not in preps or preps & {"with", "between", "among"}:
        return False
    prep = trigger.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    return prep.lower_ in _BACKDROP_PREPS and prep.head.lemma_.lower() not in _GOING


def _with_someone_unnamed(trigger: Token) -> bool:
    """"are to negotiate with an outside auditor": the "with" side is an indefinite common noun, no name. A
    party to a deal ("a buyer", "a lender") is the other side as written (`counterparties`)."""
    if trigger.pos_ not in ("VERB", "NOUN"):
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for side in prep.children:
            if side.dep_ == "pobj" and side.pos_ == "NOUN" and _indefinite_unnamed(side):
                return not is_deal_counterparty(side)
    return False


def _indefinite_unnamed(noun: Token) -> bool:
    """"an outside auditor", "a buyer": a/an, nothing saying whose or from where ("a delegation from the
    union" is known; "over the fees", which the parser may hang on it, is the topic), and no name under it."""
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return False
    if any(c.dep_ in ("compound", "poss", "appos", "nmod") or (c.dep_ == "prep" and c.lower_ not in _TOPIC_PREPS)
           for c in noun.children):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in noun.subtree)
