"""Verbs that put an encounter off: "postponed", "put off", "pushed back", "put on hold".

Read by the status (a postponed encounter is called off), by the sides (who puts talks off is one of their
sides) and by the date (a day on the postponing verb is the decision's, not the encounter's), so it lives
apart from all three.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX


def on_hold(verb: Token) -> bool:
    """"talks were put on hold", "placed the summit on ice": postponed with no day to come."""
    return any(prep.dep_ == "prep" and prep.lower_ == "on" and any(
        obj.dep_ == "pobj" and obj.lower_ in LEX.hold_nouns for obj in prep.children) for prep in verb.children)


def postpones(verb: Token) -> bool:
    """"A, B and C put off their talks", "X delayed the meeting", "put the talks on hold". "put", "push",
    "bring" postpone only with their particle ("put off", "pushed back") or "on hold"."""
    lemma = verb.lemma_.lower()
    return lemma in LEX.deferring_verbs or (lemma in LEX.postpone_verbs and (any(
        c.dep_ in ("prt", "advmod") and c.lower_ in LEX.postpone_particles for c in verb.children) or on_hold(verb)))


def cancels(token: Token) -> bool:
    """"cancelled", "scrapped", "called off": the encounter will not take place at all."""
    lemma = token.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
    return lemma in LEX.cancel_words or token.lower_ in LEX.cancel_words
