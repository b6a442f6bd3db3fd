"""A roll call: a clause that lists who was at the encounter just told ("Also present were A and B",
"Attendees included A, B and C", "Those in attendance included A; B; and C").

Such a clause founds no encounter of its own: the people it lists join the latest one, whoever it has.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.statements.reported import cut_at_abbreviation

_MAX_CUTS = 3  # "Rt. Hon. A; ...; Rev. Fr. B": each title may cut the list once more
_LISTING_VERBS = ("be", "include")  # "were A and B", "included A, B and C"
_OFFICE_LINKS = ("of", "for")  # "the governor of X State": what an office is of
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


def listed(clause: Token) -> Iterator[Token]:
    """The words of a roll call's list: the clause, and on past a title abbreviation the segmenter took for a
    sentence's end ("the guests included the chair, Rt. Hon." + "A; the mayor, B; and C.")."""
    yield from clause.subtree
    sent = clause.sent
    for _ in range(_MAX_CUTS):
        if not cut_at_abbreviation(clause.doc, sent.end):
            break
        sent = clause.doc[sent.end].sent
        yield from sent


def listed_person(end: int, start: int, doc: Doc) -> bool:
    """Whether the name doc[start:end], labelled a person, is one of the list's people: not what an office is
    of ("the governor of X State", which the small model may read as a name), nor a title cut from its name
    by the segmenter ("Rev. Fr." + "B")."""
    last = doc[end - 1]
    of_an_office = (start > 0 and doc[start - 1].lower_ in _OFFICE_LINKS) or (
        last.dep_ == "pobj" and last.head.lower_ in _OFFICE_LINKS)
    return not of_an_office and not (end + 1 == last.sent.end and cut_at_abbreviation(doc, last.sent.end))
