"""A person's name written straight after the body their title is of: "director of the X Board Ana Ruiz said".

Without a comma between them the small model reads the body and the name as one span (an organisation or a
person), or keeps the body and drops the name. A title's "of" or "at" phrase holds one body, so a plain name
opening with a given name that closes the phrase is the title holder's, not part of the body's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..given_names import given_name_countries, given_name_gender
from ..names import is_title_word
from .kinds import plain_name

HOLDING_PREPS = frozenset({"of", "at"})  # a title's body: "director of", "registrar at"
_NAME_LENGTHS = (2, 3)


def _after_title(doc: Doc, start: int) -> bool:
    """The span at `start` is a title's body: "of"/"at" (and "the") after a title word."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in HOLDING_PREPS and is_title_word(doc[k - 1])




def _glued_hyphen(doc: Doc, i: int) -> bool:
    """The tokenizer cuts a hyphenated given name ("Anna-Lena", "Jean-Luc") in three: a hyphen with no space
    either side between two capitalised words is inside one name, and half of it alone is a stranger's."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_title
        and doc[i + 1].is_title
    )


def _holder_name(doc: Doc, start: int, end: int) -> bool:
    """A plain name opening with a given name; either half of a hyphenated one will do ("Jean" alone is a
    woman's name in one list and a man's in another, "Jean-Luc" is a given name all the same), and so does one
    that a country's list gives to both sexes ("Robin", "Andrea"): it says nothing of gender, still a given name."""
    halves = (start, start + 2) if _glued_hyphen(doc, start + 1) else (start,)
    return any(
        given_name_gender(doc[i].text, doc.vocab) is not None or given_name_countries(doc[i].text) for i in halves
    ) and plain_name(doc[start:end])


def _words_back(doc: Doc, end: int, words: int) -> int:
    """Where the last `words` words before `end` start, a hyphenated word ("Jean-Luc", "Ruiz-Tagle": three
    tokens) counting as one, so that a name with a double surname is as long as any other."""
    start = end
    for _ in range(words):
        start -= 1
        while _glued_hyphen(doc, start - 1):
            start -= 2
    return start


def holder_in_body(ent: Span) -> int | None:
    """Where the holder's name starts inside `ent` when `ent` is a title's body with the name glued on; the
    longest name first, so that "Juan Pablo Herrera" is not cut to the "Pablo Herrera" its middle name opens."""
    if not _after_title(ent.doc, ent.start):
        return None
    for size in reversed(_NAME_LENGTHS):
        start = _words_back(ent.doc, ent.end, size)
        if start > ent.start and _holder_name(ent.doc, start, ent.end):
            return start
    return None


def holder_after_body(ent: Span) -> Span | None:
    """The unlabelled holder's name right after `ent`, a title's body, up to the next word that is not one."""
    doc = ent.doc
    if ent.label_ != "ORG" or not _after_title(doc, ent.start):
        return None
    glued = 2 if _glued_hyphen(doc, ent.end + 1) else 0  # "Anna-Lena Ruiz": four tokens, one given name
    for size in reversed(_NAME_LENGTHS):
        end = ent.end + size + glued
        if end <= len(doc) and not any(t.ent_type_ for t in doc[ent.end : end]) and _holder_name(doc, ent.end, end):
            return Span(doc, ent.end, end, label="PERSON")
    return None
