"""People sent by a counted set of governments ("envoys from 17 countries", "officials of nine member
states", "some 25 exporting nations"): the many sides of one session, read as one described group. The count
says there are several states, so their meeting is no body's own sitting; a single country's officials are not
this reading."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.model import Participant

_STATES = frozenset({"country", "nation", "state", "government"})
_SENT_PEOPLE = frozenset({"official", "delegate", "minister", "envoy", "representative", "delegation"})


def counted_states(token: Token) -> Participant | None:
    """The described group `token` heads when it is plural envoys "from"/"of" counted states, or the counted
    states themselves; None otherwise."""
    if token.tag_ != "NNS":
        return None
    role = lower_lemma(token)
    if role in _STATES and _counted(token):
        return Participant.described(_words(token, token))
    if role not in _SENT_PEOPLE:
        return None
    states = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in p.children
              if o.dep_ == "pobj" and o.tag_ == "NNS" and lower_lemma(o) in _STATES and _counted(o)]
    return Participant.described(_words(token, states[0])) if states else None


def _counted(states: Token) -> bool:
    """"17 countries", "some 25 exporting and importing nations": a number says how many."""
    return any(c.dep_ == "nummod" and c.like_num for c in states.lefts)


def _words(head: Token, last: Token) -> str:
    """The group as written, without a leading article or a hedge on its count."""
    words = list(head.doc[head.left_edge.i : last.i + 1])
    if words and words[0].lower_ in ("the", "some", "about", "around"):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()
