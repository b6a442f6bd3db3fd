"""A group told by the word in front of a talks noun: "creditor bank negotiations with X", "union negotiations
with the board", "creditor talks with the ministry".

The word in front says who holds the talks with the side after "with", as "the banks' talks with X" would; nobody
in the group is named, so it is a side as written, in the plural the annotators give a group ("creditor banks").
Only words for a crowd of lenders, members or workers: "trade talks", "budget talks" or "government talks" name a
topic or one body told elsewhere, never a group met.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant

_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")


def group_in_front(noun: Token) -> Participant | None:
    """The unnamed group a common noun right before the talks noun tells ("bank" in "bank discussions"), or None.
    A lower-case word the small model tags as a proper noun ("creditor bank talks") is still the common noun."""
    front = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    if front is None or front.tag_ not in ("NN", "NNP") or not front.is_lower or (
            front.lower_ not in LEX.group_in_front_words):
        return None
    return Participant.described(" ".join([*_kinds(front, noun), _plural(front.lower_)]))


def _kinds(front: Token, noun: Token) -> list[str]:
    """The lower-case words right before the group's word that say which group ("creditor", "junior"), whether
    the parse hangs them on the group's word or on the talks noun."""
    doc, start = front.doc, front.i
    while start > 0 and (word := doc[start - 1]).dep_ in ("amod", "compound") and word.head in (front, noun) and (
            word.is_alpha and (word.is_lower or word.is_sent_start)):
        start -= 1
    return [word.lower_ for word in doc[start : front.i]]


def _plural(word: str) -> str:
    if word.endswith(_SIBILANT_ENDS):
        return f"{word}es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return f"{word[:-1]}ies"
    return f"{word}s"
