"""A counted but open group as the other side: "negotiating with various staff unions", "held talks with several
banks", "met a number of growers".

Annotators of real news keep such a group as written when it is the one the subject meets: nobody in it is
named, yet it is who the encounter was with. Words that point back or forward to others ("other firms" beside a
named one, "rival bidders", "potential buyers") still leave the side open, and stay out (`names.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from streams.enrich.cast.lexicon import lexicon as cast_lexicon
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant


def open_group(token: Token, people: Callable[[Token], bool]) -> Participant | None:
    """The group a counting word opens ("several banks", "a number of growers") met as an object, or None.
    A word that leaves open who they are ("potential", "other", "rival") still keeps them out (`names.py`).
    Its head must be people (`people`: by trade or role) or a kind of body ("unions", "hospitals"), since
    "met various targets" or "several times" meet no one."""
    if token.dep_ not in ("dobj", "pobj"):
        return None
    group = token
    if token.lower_ in LEX.open_count_heads:  # "a number of growers": the group is what the count is of
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    elif not any(c.lower_ in LEX.open_counts for c in token.lefts) and not _others_counted(token):
        return None
    if group is None or group.tag_ != "NNS" or not group.is_lower or not (
            people(group) or lower_lemma(group) in cast_lexicon().institution_nouns | LEX.people_bodies):
        return None
    left_open = LEX.open_ended_modifiers - LEX.open_counts - ({"other"} if _others_counted(group) else set())
    if any(c.lower_ in left_open for c in group.lefts):
        return None  # "several potential buyers", "a number of rival bidders": who they will be is open
    words = list(token.doc[token.left_edge.i : group.i + 1])
    if words[0].lower_ == "the":
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip()
    return Participant.described(text)


def _others_counted(group: Token) -> bool:
    """"negotiating with three other banks": bodies counted besides the one told are a side as written, though
    nobody names them. Only bodies: "two other officials" are people the article names elsewhere."""
    kids = list(group.lefts)
    return lower_lemma(group) in cast_lexicon().institution_nouns and any(
        c.dep_ == "amod" and c.lower_ == "other" for c in kids) and any(
        c.dep_ == "nummod" and c.like_num for c in kids)
