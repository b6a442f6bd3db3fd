"""A day written at the head of the meeting noun's own phrase: "Monday's Group of Ten meeting", "its Friday
board meeting", "once today's G-10 session ends".

The small model often hangs such a day on a word inside the body's name ("Monday's" on "Group", "Friday" on
"board") or makes the meeting noun an apposition of the name, so the day is no child of the meeting noun and the
date reader, which looks at children, finds none; the status reader then has no day to count ahead from. The phrase
is read as written instead: the words right before the meeting noun, as long as they are the body's name or the
session's own words, up to a day that owns them.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.days import names_a_day
from streams.enrich.extractors.meetings.when import date_entity

_MAX_WORDS = 7  # "Monday's Group of Ten meeting", "Monday's special shareholders' meeting"
_INSIDE_A_NAME = frozenset({"of", "-", "'s", "'", "and", "&"})  # "Group of Ten", "G-10", "shareholders'"


def day_label(trigger: Token) -> str | None:
    """The day that opens the meeting noun's phrase ("Monday", "tomorrow"), as written; None when the words
    before the noun run into anything but a name, a count, a describing word or the day itself (a determiner, a
    verb, a preposition other than "of": "talks on Thursday's budget" is no label of the talks)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = trigger.doc
    for i in range(trigger.i - 1, max(-1, trigger.i - 1 - _MAX_WORDS), -1):
        word = doc[i]
        if word.ent_type_ == "DATE":
            text = date_entity(word)
            return text if text and names_a_day(text) and _owns_what_follows(word, trigger) else None
        if word.pos_ not in ("PROPN", "NOUN", "NUM", "ADJ") and word.lower_ not in _INSIDE_A_NAME:
            return None
    return None


def _owns_what_follows(last: Token, trigger: Token) -> bool:
    """"tomorrow's ...", "Thursday board ...", "a March 17 meeting": the day (its word whose head lies outside it)
    is a possessor or a modifier of the words after it, up to the meeting noun, not the object of a preposition or
    a verb of its own."""
    doc = last.doc
    first = last.i
    while first > 0 and doc[first - 1].ent_type_ == "DATE" and doc[first].ent_iob_ != "B":
        first -= 1
    span = range(first, last.i + 1)
    root = next((doc[i] for i in span if doc[i].head.i not in span), None)
    return root is not None and root.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod") and (
        last.i < root.head.i <= trigger.i)
