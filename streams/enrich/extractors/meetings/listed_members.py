"""The members of a group that holds an encounter, listed right after it: "talks among the main lenders --
A, B and C", "talks among the rival clubs (A and B)".

The small model hangs such a list on the encounter noun (as an apposition, or as a conjunct after the dash),
not on the group, so the group's reading never reaches it and the meeting keeps only the described group, which
names nobody; the gold writes the members as the sides when the article lists them. A list set off by a dash,
colon or bracket after a plural complement of the noun is that group's roll; a plain comma apposition ("the
talks, the third round this year") or a common noun after the dash ("-- the first in a decade") describes the
encounter itself and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.slips import NOUN_PARTY_PREPS

_OPENERS = ("--", "-", "—", "–", ":", "(")


def members_listed(noun: Token) -> list[Token]:
    """The first name of each list that spells out the group the encounter noun is "of/among/between"."""
    groups = [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in NOUN_PARTY_PREPS
              for obj in prep.children if obj.dep_ == "pobj" and obj.tag_ in ("NNS", "NNPS")]
    if not groups:
        return []
    last = max(g.i for g in groups)
    return [c for c in noun.children if c.dep_ in ("appos", "conj") and c.i > last and c.pos_ == "PROPN"
            and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in _OPENERS]
