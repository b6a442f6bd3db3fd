"""The host of a visit told only by its visitor: "to mark the visit of X", "agreed on a visit by X".

A visit goes somewhere. When the noun names its visitor ("of X", "by X", "X's visit") and no destination or
place, the visitor came to the one the story is about: the lede's first subject ("C called on ... to mark the
visit of X"; "C has yet to settle the terms ... agreed on a visit by X"). Not when the lede's subject
is the visitor, or the body or country the visitor acts for (that is the visitor's own side, not a host), and
not for a visitor who is no named person ("a visit by inspectors").
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.outlet_reports import lede_subject
from streams.enrich.model import Participant

_PLACE_PREPS = ("to", "in", "at", "of")  # "of" only as a place: "a visit of two days" is no visitor
_VISITOR_PREPS = ("by", "of")


def host_of_visit(noun: Token, named: list[Participant], names: NameIndex) -> Participant | None:
    """The lede's first subject, as the host of a visit that names only its visitor; else None."""
    if lower_lemma(noun) != "visit" or noun.pos_ != "NOUN" or len(named) != 1:
        return None
    visitor = named[0]
    if visitor.kind != "person" or visitor.name == visitor.title or not _told_by_visitor(noun, visitor, names):
        return None
    host = lede_subject(names)
    if host is None or host.name == visitor.name or names.affiliations().get(visitor.name) == host.name:
        return None
    return host


def _told_by_visitor(noun: Token, visitor: Participant, names: NameIndex) -> bool:
    """The noun's only side is its visitor, and nothing tells where it goes: no "to", "in" or "at", and no
    place after "of"."""
    visitor_slot = False
    for child in noun.children:
        objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
        if child.dep_ == "prep" and child.lower_ in _VISITOR_PREPS and any(
                names.participant(o) == visitor for o in objects):
            visitor_slot = True
        elif child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            return False
        elif child.dep_ == "poss":
            visitor_slot = visitor_slot or names.participant(child) == visitor
    return visitor_slot
