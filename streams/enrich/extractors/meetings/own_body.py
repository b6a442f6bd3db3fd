""""Ferrin Ltd cleared the payout at a March meeting of its board", "the guild chose a treasurer at a
special meeting of the executive committee", "will hold its yearly meeting of shareholders": a body's governing
organ (its holders' general meeting among them) in session is the body's own business,
not an encounter between the body and its organ. Only a meeting "of" an organ that belongs to no other named
body ("of the board of X Corp" is X's board, someone else's), whose only sides are that organ and
organisations; a person told as a side (presented a plan to the board) keeps it. "After a long meeting, the
party leadership said ...": the organ that speaks after a meeting with no other side was in session alone.

Since the open sets' convention (eval/README.md, "Sessions of bodies; hearings and briefings") such a session
is a meeting of the body itself; `body_session` reads it first, and these readings only keep out what it does
not take (an organ it does not list, such as a party's leadership, or one joined with another).
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.wording import has_party_prep
from streams.enrich.model import Participant

_ORGANS = frozenset({"board", "committee", "council", "executive", "cabinet", "leadership", "directorate",
                     "shareholder", "stockholder"})
_OWN = frozenset({"its", "their", "the"})


def own_organ_in_session(trigger: Token, named: list[Participant]) -> bool:
    """Whether `trigger` is "a meeting of (its|the) ORGAN" and its sides are only the organ and organisations."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in LEX.meeting_nouns:
        return False
    organ = next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _ORGANS), None)
    if organ is None or not _unowned(organ):
        return False
    return len(named) <= 2 and all(p.kind == "organization" or organ.lower_ in p.name.lower() for p in named)


def organ_met_alone(trigger: Token) -> bool:
    """Whether `trigger` is "after a meeting" with no side of its own, fronting a clause whose one subject is
    an organ ("the board", "the party leadership"); "after a meeting with X" and a pair of leaders are left alone."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in LEX.meeting_nouns or has_party_prep(trigger):
        return False
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("after", "following"):
        return False
    subjects = [c for c in trigger.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].lemma_.lower() in _ORGANS and not any(
        c.dep_ == "conj" for c in subjects[0].children)


def _unowned(organ: Token) -> bool:
    """"the board", "its executive committee", "the board of directors": no other body's name owns it."""
    for child in organ.children:
        if child.dep_ in ("poss", "det") and child.lower_ not in _OWN:
            return False
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN":
            return False
        if child.dep_ == "prep" and any(o.pos_ == "PROPN" or o.ent_type_ for o in child.children):
            return False
    return True
