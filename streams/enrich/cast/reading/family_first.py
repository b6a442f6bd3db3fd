"""Names written family name first with a hyphenated given name ("Choi Min-jun", "Doan Van-thu").

Romanised Korean and some Chinese and Vietnamese names put the family name first and join the syllables of
the given name with a hyphen. News then shortens the person to the family name ("Choi said"), the first word,
where it shortens everyone else to the last. Two slips follow from the shape: the small model labels only the
family name and leaves the hyphenated given name out, so the person's full name is lost; and a copy desk
that romanises the family name two ways ("Chon" in the lede, "Chong" after) splits one person in two. The
hyphenated word of short syllables tells the shape; a listed given name opening the name ("Ana Ruiz-Lopez")
is the other order, a double surname.
"""

from __future__ import annotations

from spacy.tokens import Span

from streams.enrich.vocabulary.english_words import unknown_to_english

from ..given_names import is_listed_given_name
from ..names import glued_hyphen

# Romanised syllables are short ("Woong", "Kyung", "Hwan"); a longer piece is a word or a double surname.
SYLLABLE_MAX = 5
# Family names are short, and a slip of one letter in a four-letter one is still rare enough between two
# people of one story, once the hyphenated given name has told the shape (surnames elsewhere need six).
FAMILY_MIN = 4


def _syllables(first: str, second: str) -> bool:
    """Two alphabetic pieces of a romanised given name, the first capitalised, neither longer than a syllable."""
    pieces = (first, second)
    return all(p.isalpha() and len(p) <= SYLLABLE_MAX for p in pieces) and first[:1].isupper()


def given_name_after(ent: Span) -> Span | None:
    """ "Choi Min-jun" read as the person "Choi": a one-word person followed right after by a hyphenated given
    name of syllables whose second piece English does not list ("Min-jun", "In-sook"; not "Co-op", "Ex-wife")
    is that person's whole name, family name first. None when the span is no such family name."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or len(ent) != 1 or end + 2 >= len(doc) or "\n" in ent[-1].whitespace_:
        return None
    first, hyphen, second = doc[end], doc[end + 1], doc[end + 2]
    if first.ent_type_ or not glued_hyphen(hyphen) or not _syllables(first.text, second.text):
        return None
    if not unknown_to_english(second):
        return None
    return Span(doc, ent.start, end + 3, label="PERSON")


def family_name(name: str) -> str | None:
    """The family name opening a person's name written family name first ("choi" of "Choi Min-jun"), lower-cased;
    None for another shape, or when a given-name list holds the first word ("Ana Ruiz-Lopez" is given name and
    double surname)."""
    words = name.split()
    if len(words) != 2 or len(words[0]) < FAMILY_MIN or is_listed_given_name(words[0]):
        return None
    first, hyphen, second = words[1].partition("-")
    return words[0].lower() if hyphen and _syllables(first, second) else None
