"""The words of a topic discussed on which the small model may hang the partner's "with X".

"discussed pay with X" hangs "with X" on "pay"; with a longer topic ("discussed research on coastal erosion
with X", "cooperation in the grain market with X") it hangs it on the last noun of the topic's own phrase, or
on the gerund of one ("discussed ways of raising output with X") or that gerund's object.
"""

from __future__ import annotations

from spacy.tokens import Token

_TOPIC_PREPS = frozenset({"on", "in", "of", "about", "for", "over"})


def topic_nouns(topic: Token) -> list[Token]:
    """The topic and the nouns (or gerunds and their objects) its "on/in/of ..." phrases end on, one level down."""
    ends = [o for p in topic.children if p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS
            for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return [topic, *ends, *(d for o in ends if o.dep_ == "pcomp" for d in o.children if d.dep_ == "dobj")]
