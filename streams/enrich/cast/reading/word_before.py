"""A name's kind told by the common words written right before it, whatever the small model labelled it.

Two regular slips of the small model on names it never met: after an office title it reads the surname as a
place ("Mayor Ines Toledo"), reads nothing at all ("Housing Minister Ana Ruiz") or leaves the surname out of
the person ("President Ana Lucia" of "President Ana Lucia Prado"); after a business's common noun it reads the
firm's one-word name as a person or a town ("the airline Skyreach", "the rail operator Northline"). The words
before the name settle it: places and bodies hold no office, and news writes no person after "the airline".
Read here, on the spans the entity repair already walks, every reader of the cast (statements' speakers,
meetings' sides, stories) sees the same person or firm.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..given_names import given_name_countries
from ..lexicon import lexicon
from ..names import (
    glued_hyphen,
    hyphenated_start,
    is_capitalised,
    is_office_title,
    is_title_part,
    org_shaped,
    place_shaped,
)


def titled_person(head: Token) -> Span | None:
    """ "Mayor Ines Toledo", "Chief Executive Ines Toledo", "President Ana Lucia Prado": an office title, then
    words opening with a given name, all compounded onto `head`, is that person; the span runs from the given
    name to `head`. Only a given name opens it, so "Governor Luis Panama" is a person and "Mayor Panama" no
    reading of this rule; a place- or body-shaped name ("Port Elgin", "X Holdings") stays what it is."""
    if head.pos_ != "PROPN" or head.i == 0 or head.doc[head.i - 1].dep_ != "compound" or not is_capitalised(head):
        return None
    words = _written_before(head)
    last_title = max((k for k, w in enumerate(words) if is_title_part(w.text)), default=-1)
    title, name = words[: last_title + 1], words[last_title + 1 :]
    whole = [*name, head]
    if not name or not any(is_office_title(w.text) for w in title) or org_shaped(whole) or place_shaped(whole):
        return None
    if not given_name_countries(name[0].text) and not opens_with_hyphenated_given_name(whole):
        return None
    return Span(head.doc, name[0].i, head.i + 1, label="PERSON")


def opens_with_hyphenated_given_name(name: list[Token] | Span) -> bool:
    """ "Min-jun", "Ji-woo", "Anne-Sophie" before a surname: a hyphenated given name, which the lists seldom hold
    as written. A lower-case piece after the hyphen is the shape of romanised Korean, Chinese and Vietnamese
    given names, and no title's, place's or body's; capitalised pieces need a given name among them."""
    if len(name) < 4 or not glued_hyphen(name[1]) or not name[2].is_alpha:
        return False
    return name[2].is_lower or bool(given_name_countries(name[0].text) or given_name_countries(name[2].text))


def apposed_firm(name: Token) -> Span | None:
    """ "the airline Skyreach", "the rail operator Northline", "the mining company Orvex": one capitalised word
    right after a business's common noun, set in apposition to it, with the noun compounded onto it, or parsed as
    a subject of its own beside "the" and the noun (the parse does all three), is that business. A given name
    there is a person named by a trade ("the developer Maria"); the surname of a person the article names in
    full stays that person's, as the registry knows it."""
    doc = name.doc
    noun = doc[name.i - 1] if name.i > 0 else None
    if noun is None or noun.tag_ != "NN" or not noun.is_lower or name.pos_ != "PROPN" or not is_capitalised(name):
        return None
    bare = not any(True for _ in name.children)
    apposed = name.dep_ == "appos" and name.head.i == noun.i and bare
    compounded = noun.dep_ == "compound" and noun.head.i == name.i and all(
        c.i == noun.i or c.dep_ in ("det", "case") for c in name.children
    )
    # "The brewer Suvanta said", "Shares in the carmaker Vellix rose": the parse makes the noun and the name two
    # subjects, or the noun the object of "in" and the name the verb's subject; "the brewer" is still the name's
    split = bare and noun.n_rights == 0 and any(c.dep_ == "det" for c in noun.children)
    if not (apposed or compounded or split) or given_name_countries(name.text):
        return None
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if lemma not in lex.business_nouns and lemma not in lex.apposed_business_nouns:
        return None
    return Span(doc, name.i, name.i + 1, label="ORG")


def _written_before(token: Token) -> list[Token]:
    """The capitalised words compounded into `token` right before it ("Housing Minister Ana" before "Ruiz"); a
    hyphenated word ("Min-jun") counts as one, capitalised by its first piece and compounded by any of its pieces."""
    doc, k = token.doc, token.i
    while k > 0:
        first = hyphenated_start(doc, k - 1)
        if not is_capitalised(doc[first]):
            break
        if not any((t := doc[j]).dep_ == "compound" and k - 1 < t.head.i <= token.i for j in range(first, k)):
            break
        k = first
    return list(doc[k : token.i])
