"""A call paid in person: "X called on Y at her office", "called on the President at the palace".

"called on Y" is far more often an appeal ("called on Y to resign", "called on Y for calm"); what tells the visit
is where it was paid, a venue after "at", with no appeal hung on the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_APPEAL_DEPS = ("xcomp", "advcl", "ccomp")


def called_on(verb: Token) -> Token | None:
    """The "on" of a call paid at a venue, whose object is the one visited, or None."""
    if lower_lemma(verb) != "call":
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None or not any(o.dep_ == "pobj" for o in on.children) or _appeals(verb):
        return None
    return on if any(_at_a_venue(p) for head in (verb, *on.children) for p in head.children) else None


def _appeals(verb: Token) -> bool:
    """"called on X to act", "called on X for calm", "called on X, saying ...": what is asked of X."""
    return any(c.dep_ in _APPEAL_DEPS or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.subtree
               if c.head.i == verb.i or c.head.head.i == verb.i)


def _at_a_venue(prep: Token) -> bool:
    """"at her office", "at the palace", "at his residence": a place one is received in."""
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(
        o.dep_ == "pobj" and (lower_lemma(o) in LEX.common_venues or lower_lemma(o) in LEX.place_nouns)
        for o in prep.children)
