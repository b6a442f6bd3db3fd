"""Who spoke to a body's session, told in the sentence after it.

"The planning committee met on Tuesday." then "Officials from the transport department briefed the committee
on the costs.": the session names only the body, and the people who briefed, told or informed it are the
other side of that encounter. Only the next sentence is read, only a verb of telling someone something in
the past, and only with the body taken up again by its own head noun ("the committee"): "have often briefed
the committee", "wrote to the board" or a telling with a time of its own ("last year") tell no part in this
session.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.model import Participant

_TO_IT = frozenset({"present", "report", "explain", "outline", "submit", "describe"})  # "presented X to the board"
_BACK_POINTERS = frozenset({"the", "its", "their"})
_ANOTHER_TIME = frozenset({"earlier", "before", "previously", "later", "ago"})
_HABIT_MARKS = frozenset({"often", "regularly", "usually", "routinely", "always", "repeatedly", "frequently"})


def speakers_to_session(trigger: Token, named: list[Participant], names: NameIndex) -> list[Token]:
    """The subjects of the next sentence's verbs that told the one body named at `trigger` something."""
    if len(named) != 1 or named[0].kind == "person":
        return []
    head = named[0].name.split()[-1].lower()
    here = bisect_right(names.sent_starts, trigger.i)
    if here >= len(names.sent_starts):
        return []
    doc = names.doc
    end = names.sent_starts[here + 1] if here + 1 < len(names.sent_starts) else len(doc)
    found: list[Token] = []
    for token in doc[names.sent_starts[here] : end]:
        if token.pos_ in ("VERB", "AUX") and _tells(token, head) and _in_the_past(token) and not _timed(token):
            found.extend(subjects(token))
    return found


def _tells(verb: Token, head: str) -> bool:
    lemma = lower_lemma(verb)
    if lemma in LEX.telling_verbs:
        listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    elif lemma in _TO_IT:
        listeners = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"]
    else:
        return False
    return any(lower_lemma(n) == head and any(d.lower_ in _BACK_POINTERS for d in n.children) for n in listeners)


def _in_the_past(verb: Token) -> bool:
    """"briefed", "had informed"; not "has often briefed", "will tell"."""
    helpers = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "advmod")]
    if any(h in _HABIT_MARKS for h in helpers):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and "had" in helpers)


def _timed(verb: Token) -> bool:
    """"Last year X told the board", "A month earlier X had briefed it": a time of its own sets the telling
    apart from the session just told."""
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _ANOTHER_TIME
               for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep", "advcl") for t in c.subtree)
