"""Talks whose own clause names who holds them are not the teller's: "X, a spokesman, told a briefing that the
parties would continue talks", "the spokeswoman said many firms are in talks with Y".

The one who reports talks is taken as their other side when the talks have one side only ("X said the talks
with Y were useful"): a teller with no one else to hold the talks most often speaks for a side. When the clause
the talks stand in has a subject of its own that holds them, told apart from the teller ("the main parties",
"many companies"), the talks have their holder, and the teller only relays them from outside: a spokesman of a
third body, a ministry's aide, an analyst. The holder may be left unnamed (a described group is not always a
side), but the teller does not take its place.

A pronoun, a singular, an owned or only described group or a body's agents ("they", "the company", "a team",
"our negotiators", "striking dockers", "officials") points back at, is sent by or belongs to someone, often
the body the teller speaks for, so it leaves the teller as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_SIDES = frozenset({"party", "side"})  # "the parties", "both sides": the holders of talks as such
_QUANTIFIERS = frozenset({"many", "some", "several", "other", "most", "few", "both", "all", "various", "numerous"})


def held_by_own_subject(noun: Token) -> bool:
    """Whether the talks `noun` stand in the phrase of a verb ("continue talks", "visit X for talks", "are in
    talks with Y") whose subject is a holder told apart from the teller ("the main parties", "many companies"),
    never a pronoun, "the company" or "officials"."""
    verb = _verb_of_phrase(noun)
    return verb is not None and any(_described_holder(c) for c in verb.children if c.dep_ == "nsubj")


def _verb_of_phrase(noun: Token) -> Token | None:
    """The verb whose object the noun is, or the object of one of whose prepositions ("held talks", "in talks
    with Y", "visit X for talks"); a phrase hung on a noun ("a report on the talks") has none."""
    if noun.dep_ in ("dobj", "attr"):
        head = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        head = noun.head.head
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _described_holder(subject: Token) -> bool:
    """Holders told apart from anyone the teller could speak for: a plural counted or quantified ("many
    companies", "several banks", "the two groups") or the sides as such ("the main parties", "both sides").
    A group only described ("striking dockers") is often the teller's own members; a pronoun, a name, an
    owned group ("our negotiators"), people who act for a body ("officials") and a singular ("a team", "the
    firm") may be the teller's side too: these are left to the readings that resolve them."""
    if subject.tag_ != "NNS" or subject.ent_type_ or lower_lemma(subject) in LEX.state_agents:
        return False
    if any(c.dep_ == "poss" for c in subject.children):  # "our negotiators", "the firm's bankers"
        return False
    return lower_lemma(subject) in _SIDES or any(
        c.dep_ == "nummod" or (c.dep_ in ("det", "amod") and c.lower_ in _QUANTIFIERS) for c in subject.children)
