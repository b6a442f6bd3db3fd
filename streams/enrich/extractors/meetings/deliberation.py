"""A crowd meeting to decide is no encounter: "the drivers will meet on Sunday to weigh the offer", "the staff
met to take a vote on the levy". A body of members that sits ("the board meets on Friday to decide on the
bid", "the cabinet met to take a vote") holds a session of its own, a meeting of the body (`body_session`).

An encounter needs two distinct sides. A group that meets with no one, in order to weigh, vote on or decide
something, is a body deliberating among its own members (a mass meeting, a board or cabinet meeting). Peers
who meet "to discuss" a matter may still be many bodies ("EU ministers met to discuss the sanctions"); a
purpose of deciding is a body's own business. Two sides told together ("A and B will meet to decide", "the two
sides meet to consider the offer") or a side met ("met X to decide") stay an encounter.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.purpose import purposes
from streams.enrich.extractors.meetings.sitting_bodies import SESSION_BODIES

_GATHERING_VERBS = ("meet", "gather", "reconvene", "convene")
_DECIDING_VERBS = frozenset({"consider", "decide", "vote", "approve", "ratify", "endorse", "elect", "determine",
                             "weigh", "reconsider", "finalise", "finalize"})
_DECISION_NOUNS = ("decision", "decisions", "vote", "ruling")  # "to make decisions", "to take a vote"
_PARTNER_PREPS = ("with", "between", "among", "alongside")
_COUNTING = ("both", "two", "three", "four", "each")


def deliberates_alone(token: Token, kind: str) -> bool:
    """A gathering verb with no one met, one undivided subject, and a purpose of deciding."""
    if kind != "meet" or lower_lemma(token) not in _GATHERING_VERBS:
        return False
    if any(c.dep_ in ("dobj", "agent") or (c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS) for c in token.children):
        return False
    sides = subjects(token)
    if len(sides) != 1 or sides[0].pos_ == "PRON" or any(
            t.lower_ in _COUNTING or t.dep_ in ("nummod", "conj") for t in sides[0].subtree):
        return False  # "A and B", "they", "the two sides", "leaders of both parties": more than one body may be told
    if lower_lemma(sides[0]) in SESSION_BODIES:
        return False  # "the board meets to decide": the body's own session (`body_session`), a meeting of its own
    return any(_decides(purpose) for purpose in purposes(token))


def _decides(verb: Token) -> bool:
    if lower_lemma(verb) in _DECIDING_VERBS:
        return True
    return lower_lemma(verb) in ("make", "take") and any(
        c.dep_ == "dobj" and c.lower_ in _DECISION_NOUNS for c in verb.children)
