"""A named person at a sitting body's own session: "X will attend the Y Fund's Standing Committee meeting".

A gathering named after a body is most often an audience's ("attended the G7 summit", "officials attending
a cheesemakers' guild meeting"), and `detect` keeps those out. A committee, council or board told by its
capitalised name sits in sessions of its own, though, and one named person who goes to such a session meets
that body: the body is one side, the person the other (the conventions' "session of a body ... its sides are
the people named at it"). Only a named person qualifies: unnamed "officials attending" a session say who was
in the audience, not who met.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.sitting_bodies import SESSION_BODIES
from streams.enrich.extractors.meetings.wording import is_named
from streams.enrich.model import Participant

_SESSION_NOUNS = frozenset({"meeting", "session"})


def session_body(noun: Token) -> Token | None:
    """"the Y Committee meeting", "the Z Fund's Standing Committee session": the capitalised body word set
    before a session noun, when that body is one that sits (a committee, a council, a board); "the
    association meeting" or "the annual meeting" name none."""
    if lower_lemma(noun) not in _SESSION_NOUNS:
        return None
    return next((c for c in noun.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                 and lower_lemma(c) in SESSION_BODIES), None)


def attended_by_a_named_person(verb: Token, noun: Token) -> bool:
    """Whether the attending verb's subject (or the one whose trip it completes: "will travel next week to
    attend") is a named person, and what they attend a named body's session."""
    return session_body(noun) is not None and any(is_named(s, ("person",)) for s in subjects(verb))


def session_side(noun: Token) -> Participant | None:
    """The body whose session is told, named as the article writes it up to its own word ("International
    Widget Fund's Standing Committee", brackets and an opening "the" dropped): the committee is the side, not
    the organisation it belongs to, which sits apart."""
    body = session_body(noun)
    if body is None:
        return None
    words = [t for t in noun.doc[noun.left_edge.i : body.i + 1] if t.dep_ != "det" and not t.is_bracket and not (
        t.dep_ == "nmod" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_bracket)]
    return Participant(name="".join(t.text_with_ws for t in words).strip(), kind="organization")
