"""A definite noun that points back to the group or body the article described earlier by the same noun.

"Talks with the committee" after "its bank advisory committee", "meetings with the ten governors" after "the
northern province governors": the later phrase carries no word of its own that says which, so it is the one the
article described before, and the side is written as it was there. Read only where the noun itself names no one
(no body the cast knows, no pair of people told before): "the two leaders" is the pair, not a description.
Only a side met is read so: a subject is the group's own session or people told elsewhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from streams.enrich.model import Participant

_LOOKBACK_SENTENCES = 8  # a description is taken up again within a few paragraphs of wire copy
_NARROWING = ("compound", "amod", "nmod", "poss")
_PAIR_WORDS = ("two", "both")


def bare_definite(token: Token) -> bool:
    """"the committee", "the ten premiers": "the" and at most a count, no word that narrows the noun; a pair
    ("the two leaders") is people named one by one, not a description."""
    kids = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
        c.dep_ in _NARROWING or c.lower_ in _PAIR_WORDS for c in kids if c.i < token.i)


def _met(token: Token) -> bool:
    """"talks with the committee", "met the twelve mayors": the side met. A subject ("the ministers met", "the
    board meets on Monday") is the group's own session or people told elsewhere, read as before."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "pobj")


def described_before(token: Token, sent_starts: Sequence[int],
                     read: Callable[[Token], Participant | None]) -> Participant | None:
    """The side the nearest earlier phrase of the same noun, narrowed by a word before it, was read as (`read`
    is the name index's reading); None when `token` is no bare definite noun or no such phrase precedes it in
    the last few sentences."""
    if token.pos_ != "NOUN" or not _met(token) or not bare_definite(token):
        return None
    here = bisect_right(sent_starts, token.i) - 1
    floor = sent_starts[max(0, here - _LOOKBACK_SENTENCES)]
    for earlier in reversed(token.doc[floor : token.i]):
        if earlier.lower_ != token.lower_ or earlier.pos_ != "NOUN" or not any(
                c.dep_ in _NARROWING for c in earlier.children if c.i < earlier.i):
            continue
        side = read(earlier)
        if side is not None and " " in side.name and not side.name.startswith("<"):
            return side
    return None
