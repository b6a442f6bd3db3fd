""""Have not met since <day>": a denial that dates the last encounter.

The status reader and the date reader both need it: the first so that the negation does not deny the meeting of
that day, the second so that the day is read as behind publication however far back it falls. One predicate
keeps them from disagreeing.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from streams.enrich.extractors.meetings.days import names_a_day


def last_met_day(words: Iterable[Token]) -> Token | None:
    """"A and B have not met since May 13", "have not held talks since March 3": under a negation, the day after
    "since" was the last encounter's, so that one was held. "Have never met since", "since the strike" and
    "since 2019" name no one encounter and leave the denial whole."""
    words = list(words)
    children = [c for w in words for c in w.children]
    if any(c.lower_ == "never" for c in children) or not any(
            c.dep_ == "neg" for w in words for c in (*w.children, *w.head.children)):
        return None
    return next((o for c in children if c.dep_ == "prep" and c.lower_ == "since" for o in c.children
                 if o.dep_ == "pobj" and o.ent_type_ == "DATE"
                 and names_a_day(o.doc[o.left_edge.i : o.right_edge.i + 1].text)), None)
