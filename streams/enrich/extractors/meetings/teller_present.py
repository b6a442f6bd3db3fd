"""The teller who was there: "A said B voiced doubts during a meeting on Monday".

A person does not meet alone. When the only side an encounter noun names is a person acting in a clause that
someone else reports, and the noun is just the scene of that act ("during a meeting", "at talks"), with no side
of its own, the one who reports what B said or did there is the other side: A was in the room. A definite
noun ("during the meeting") refers to an encounter told elsewhere, a body's session ("at a board meeting")
has its body, and a teller who is no named person (a ministry, "officials") tells from outside.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PLURAL, NameIndex
from streams.enrich.model import Participant

_SCENE_PREPS = ("during", "at", "in")
_OWN_SIDE_PREPS = ("with", "between", "among", "of", "by", "for")
_INDEFINITE = ("a", "an")


def teller_present(noun: Token, governor: Token | None, named: list[Participant],
                   names: NameIndex) -> Participant | None:
    """The person who reports the one named side's act at the encounter, or None."""
    if governor is None or len(named) != 1 or not _bare_scene(noun, governor):
        return None
    side = named[0]
    if side.kind != "person" or side.name == side.title or not any(
            names.participant(s) == side for s in subjects(governor)):
        return None
    report = governor.head
    if governor.dep_ != "ccomp" or lower_lemma(report) not in LEX.speech_verbs:
        return None
    for teller in subjects(report):
        found = names.participant(teller)
        if found is not None and found is not PLURAL and found.kind == "person" and (
                found.name != found.title and found.name != side.name):
            return found
    return None


def _bare_scene(noun: Token, governor: Token) -> bool:
    """"voiced doubts during a meeting here": an indefinite encounter noun, set as the scene of the verb, with
    no side, owner or named kind of its own."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _SCENE_PREPS or noun.head.head.i != governor.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return False
    return not any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in _OWN_SIDE_PREPS)
                   for c in noun.children)
