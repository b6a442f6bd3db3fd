"""Talks told as going on: "negotiations under way with Y", "discussions were under way with Y", "talks now
in progress with Y", "negotiations were continuing with Y". Talks that are under way have begun, so they were
held, whatever hope or forecast the sentence hangs on them ("expects negotiations under way with Y to settle the
row"); and the one they are "with" hangs on the phrase or verb telling them going on rather than on the talks
noun."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.slips import dangling_object

_STATES = {"under": "way", "in": "progress"}  # "under way", "in progress"
_GOING_ON = ("continue", "proceed", "go")  # "negotiations were continuing with Y", "talks going on with Y"
_AHEAD = ("will", "would", "shall", "may", "might", "could", "should", "'ll", "to")


def is_under_way(noun: Token) -> bool:
    """"negotiations under way with Y", "discussions were under way" (not "would be under way next week", "are due
    to get under way": those have not begun)."""
    if _state_of(noun) is not None:
        return True
    predicate = _predicate(noun)
    return predicate is not None and lower_lemma(predicate) == "be" and _state_of(predicate) is not None and not (
        _ahead(predicate))


def ongoing_partners(noun: Token) -> list[Token]:
    """The "with" of talks told as going on, hung on the state ("in progress with Y") or the verb ("were under way
    with Y", "were continuing with Y"); where the small model leaves "with" without its object, the name after it."""
    predicate = _predicate(noun)
    going = predicate is not None and not _ahead(predicate) and (
        lower_lemma(predicate) in _GOING_ON or (lower_lemma(predicate) == "be" and _state_of(predicate) is not None))
    heads = [h for h in (_state_of(noun), predicate if going else None) if h is not None]
    heads += [s for h in list(heads) if (s := _state_of(h)) is not None]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
    after = noun.right_edge.i + 1
    if _state_of(noun) is not None and after < noun.sent.end and noun.doc[after].lower_ == "with" and (
            noun.doc[after].dep_ == "mark"):
        preps.append(noun.doc[after])  # "negotiations under way with Y should ...": "with" misread as a clause's mark
    return [o for p in preps for o in [c for c in p.children if c.dep_ == "pobj"] or dangling_object(p)]


def _state_of(head: Token) -> Token | None:
    """The "way" of "under way", the "progress" of "in progress", hung on `head`."""
    return next((obj for p in head.children if p.dep_ == "prep" and p.lower_ in _STATES
                 for obj in p.children if obj.dep_ == "pobj" and obj.lower_ == _STATES[p.lower_]), None)


def _predicate(noun: Token) -> Token | None:
    return noun.head if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") else None


def _ahead(verb: Token) -> bool:
    """A forecast or an infinitive ("expected talks to be under way next month") tells no talks begun."""
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in verb.children) or verb.dep_ == "xcomp"
