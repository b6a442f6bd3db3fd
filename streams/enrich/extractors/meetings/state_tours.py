"""A tour of states: "envoys toured Andean states", "a committee touring producer members". Going round the
states of a region or the members of a group is meeting them, one encounter told as a tour (the annotators'
brief: "met leaders of X, Y and Z" told as one tour is one entry), where touring a plant or a town is an
encounter only with a named partner ("toured the plant with X").

The toured must be told as states a name or nationality singles out ("Andean states", "Nordic capitals") or as
a group's members ("producer members"): "toured southern states" or "toured battleground states" is a campaign or
a trip, no one met.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import is_office_title
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.slips import phrase_head_from
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import demonym_code

_PLURAL_TAGS = ("NNS", "NNPS")
_NAMED_KINDS = ("NORP", "GPE", "LOC", "ORG")
_MODIFIERS = ("amod", "compound", "nmod", "poss")
_THING_RELATIVES = ("which", "that")


def toured_states(verb: Token) -> Token | None:
    """The states or members a touring verb goes round, or None: its object, or the phrase right after it when
    the small model reads that phrase as the next clause's subject ("toured Andean states urging ...")."""
    if verb.pos_ != "VERB" or lower_lemma(verb) not in LEX.touring_verbs:
        return None
    toured = next((c for c in verb.children if c.dep_ == "dobj"), None) or _phrase_after(verb)
    if toured is None or toured.tag_ not in _PLURAL_TAGS or lower_lemma(toured) not in LEX.toured_states or not (
            _sent_to_meet(verb)):
        return None
    modifiers = [c for c in toured.children if c.dep_ in _MODIFIERS]
    if lower_lemma(toured) == "member":
        return toured if modifiers else None  # "producer members", "the group's members"
    return toured if any(m.ent_type_ in _NAMED_KINDS or demonym_code(m.text) for m in modifiers) else None


def _sent_to_meet(verb: Token) -> bool:
    """Whether the tour's subject is people a state or a body sends ("envoys", "a delegation", "the committee",
    "the foreign minister"): a band or a candidate touring capitals meets no one there."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _THING_RELATIVES and verb.dep_ == "relcl":
        subject = _touring_body(verb)
    if subject is None:
        return False
    lemma = lower_lemma(subject)
    return lemma in LEX.state_agents or lemma in LEX.sent_groups or lemma in LEX.people_bodies or (
        is_office_title(lemma))


def _touring_body(verb: Token) -> Token:
    """The noun a relative clause of touring describes: "the panel that is touring", or the body of
    "a member of the panel that ..." when the small model hangs the clause on "member"."""
    node = verb.head
    if lower_lemma(node) == "member":
        return next((o for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), node)
    return node


def _phrase_after(verb: Token) -> Token | None:
    head = phrase_head_from(verb.doc, verb.i + 1)
    return head if head is not None and head.i > verb.i and head.dep_ in ("nsubj", "nsubjpass") else None


def toured_side(toured: Token) -> Participant:
    """The toured states or members as written ("Andean states"): the article names none of them."""
    return Participant.described(toured.doc[toured.left_edge.i : toured.i + 1].text)


def touring_member(verb: Token) -> Token | None:
    """"X, a member of the panel that is touring ...": the named person in apposition to "a member"
    of the touring body, or to the noun the clause hangs on (the small model may hang it on "member"), goes round
    with it. None when the tour's subject is told otherwise."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _THING_RELATIVES or verb.dep_ != "relcl":
        return None
    node = verb.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and lower_lemma(node.head.head) == "member":
        node = node.head.head
    named = node.head
    return named if lower_lemma(node) == "member" and node.dep_ == "appos" and named.pos_ == "PROPN" else None
