"""The side of an unowned encounter with a body's own backers or staff: "the plan was delayed by discussions with
the company's lenders", "talks with the club's creditors dragged on". Who the lenders deal with is the body
whose lenders they are, not whoever tells of the talks; a body's own people are told by its possessive.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PLURAL, NameIndex
from streams.enrich.model import Participant

_TOPIC_PREPS = ("on", "over", "about")


def owner_of_counterparts(noun: Token, names: NameIndex) -> Participant | None:
    """The organisation whose lenders, creditors or shareholders an encounter noun is "with", or None. A
    person's ("his lenders") or an owner the cast cannot name names no body, and leaves the side to the one
    reporting."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if lower_lemma(obj) not in LEX.owed_groups:
                continue
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            side = names.organisation(owner) or names.participant(owner)  # the cast's full name for "X's"
            if side is not None and side.kind == "organization" and side.name[:1].isupper():
                return side  # "the company" the cast could not tie to a name is no side
    return None


def debtor_of_topic(noun: Token, names: NameIndex) -> Participant | None:
    """With no one telling of talks with unowned lenders, the body whose debt they are about is the other side
    ("it said negotiations with lenders over the next stage of X's plan begin soon"), not the story's earlier
    actor: the named body or country whose possessive the topic phrase of the talks or of the lenders holds."""
    groups = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj" and lower_lemma(o) in LEX.owed_groups]
    topics = [o for head in (noun, *groups) for p in head.children if p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS
              for o in p.children if o.dep_ == "pobj"] if groups else []
    for owner in (t for topic in topics for t in topic.subtree if t.dep_ == "poss"):
        side = names.organisation(owner) or names.participant(owner)
        if side is not None and side is not PLURAL and side.kind in ("organization", "country") and (
                side.name[:1].isupper()):
            return side
    return None
