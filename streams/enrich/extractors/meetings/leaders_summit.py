"""Leaders of many states in their own summit: "Tarvel Union heads of government, who will hold a summit in
Velsa", "at last year's Velsa summit, western leaders called ...".

A summit of a bloc's or a region's leaders is one session whose side readers write as the group ("western
leaders", "EC heads of government"), as a regional group's ministers' meeting is (eval/README.md, "Sessions of
bodies"). Read only where the group is the one doing: it holds the summit, or it acts at it. The group must be
leaders or ministers singled out by a place or a bloc ("western", "Tarvel Union"); "business leaders" or
"union leaders" at a summit may be a crowd at another's event, and a person acting at a summit ("told the
summit") gives a speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.wording import has_party_prep
from streams.enrich.model import Participant

_SUMMITS = frozenset({"summit"})
_LEADERS = frozenset({"leader", "head", "minister"})
_OF_STATES = frozenset({"government", "state"})  # "heads of government", "heads of state"


def leaders_in_session(noun: Token) -> Participant | None:
    """The leaders whose own summit `noun` is, as written, when they hold it or act at it."""
    if noun.pos_ != "NOUN" or not _a_summit(noun) or has_party_prep(noun):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        verb = noun.head.head
    elif noun.dep_ == "dobj" and lower_lemma(noun.head) == "hold":
        verb = noun.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sides = subjects(verb)
    group = sides[0] if len(sides) == 1 else None
    if group is not None and group.tag_ == "WP" and verb.dep_ == "relcl":
        group = verb.head  # "the bloc's leaders, who will meet at a summit"
    return _leaders_written(group) if group is not None else None


def _a_summit(noun: Token) -> bool:
    """"the summit", "a summit meeting"."""
    return lower_lemma(noun) in _SUMMITS or (lower_lemma(noun) == "meeting" and any(
        c.dep_ == "compound" and lower_lemma(c) in _SUMMITS for c in noun.children))


def _leaders_written(group: Token) -> Participant | None:
    """"western leaders", "Tarvel Union heads of government": a plural of leaders a place or a bloc singles out."""
    lemma = lower_lemma(group)
    if group.tag_ != "NNS" or lemma not in _LEADERS:
        return None
    of_states = [o for p in group.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and lower_lemma(o) in _OF_STATES]
    if lemma == "head" and not of_states:
        return None  # "heads of the banks", "department heads"
    marks = [c for c in group.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not marks or not all(m.pos_ in ("ADJ", "PROPN") for m in marks):
        return None  # "business leaders", "leaders": no place or bloc singles them out
    start = min(t.i for m in marks for t in m.subtree)
    end = of_states[0].i + 1 if of_states else group.i + 1
    return Participant(name=group.doc[start:end].text, kind="organization")
