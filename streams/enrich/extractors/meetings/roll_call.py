"""A roll call: a clause that lists who was at the encounter just told ("Also present were A and B",
"Attendees included A, B and C", "Those in attendance included A; B; and C").

Such a clause founds no encounter of its own: the people it lists join the latest one, whoever it has.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma

_LISTING_VERBS = ("be", "include")  # "were A and B", "included A, B and C"
_ATTENDEE_WORDS = frozenset({"attendee", "attendees"})
ROLL_CALL_WORDS = frozenset({"present", "attendance", *_ATTENDEE_WORDS})


def roll_call(token: Token) -> Token | None:
    """The listing verb when `token` is the word that makes its clause a roll call, else None. "present" is
    the complement of "be"; "attendees" and "those in attendance" are the subject of "include" or "be", or
    what "among" ranks the names in ("Among those in attendance were A and B"). The small model may hang "in
    attendance" on the verb rather than on "those"."""
    lower = token.lower_
    if lower == "present":
        return token.head if token.pos_ == "ADJ" and token.dep_ in ("acomp", "attr") and (
            lower_lemma(token.head) == "be") else None
    if lower in _ATTENDEE_WORDS:
        node = token
    elif lower == "attendance" and token.dep_ == "pobj" and token.head.lower_ == "in":
        node = token.head.head  # "those" or, misattached, the verb
    else:
        return None
    if node.pos_ in ("VERB", "AUX") and lower_lemma(node) in _LISTING_VERBS:
        return node
    if node.dep_ == "pobj" and node.head.lower_ == "among":
        node = node.head
    verb = node.head
    if node.dep_ in ("nsubj", "prep") and lower_lemma(verb) in _LISTING_VERBS and verb.i != node.i:
        return verb
    return None
