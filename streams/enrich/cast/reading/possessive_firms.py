"""Firms named after a founder with an owner's "'s" ("Tobbin's Credit Ratings Inc", "Marlow and Veddle's
Corp", "Harwell's Stores Inc"): the small model reads the "'s" as a possessive and cuts the name there, so the
founder's word is a person or a body of its own and the rest ("Credit Ratings Inc", "Corp") speaks alone.

A real owner is named without the "'s" too ("Tobbin said ... Tobbin's chairman"), or is a place, or is one
word of a longer name ("Orla Air's Vent Lines Inc"); a founder's word in a firm's name is written only with
it. So a span closed by a legal form right after "<Word>'s", where the word is capitalised, opens no longer
name, is no place and is written nowhere in the article without the "'s", is one firm with that word (and
with "<Word> and" before it, the second founder of a pair). Not before a unit's noun ("Tobbin's Vent Inc
unit"): that is an owner's part.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.vocabulary.places import country_code, demonym_code, is_known_place

from ..lexicon import lexicon
from .orgs import join_back

_POSSESSIVES = ("'s", "’s")
_PLACE_LABELS = ("GPE", "LOC", "NORP", "DATE", "TIME")


def _founder_word(word: Token) -> bool:
    """A capitalised word that may be a founder's surname: no place, nationality or date."""
    return (
        word.is_alpha
        and word.is_title
        and word.ent_type_ not in _PLACE_LABELS
        and country_code(word.text) is None
        and demonym_code(word.text) is None
        and not is_known_place(word.text)
    )


def _only_as_owner(word: Token) -> bool:
    """Whether every time the article writes `word` it is followed by "'s"."""
    doc = word.doc
    return all(
        t.i + 1 < len(doc) and doc[t.i + 1].text in _POSSESSIVES for t in doc if t.text == word.text
    )


def _first_founder(founder: Token) -> Token:
    """ "Marlow and Veddle's": the capitalised word and "and" before the founder open the name."""
    doc, k = founder.doc, founder.i
    if k >= 2 and doc[k - 1].lower_ in ("and", "&") and doc[k - 2].is_alpha and doc[k - 2].is_title:
        return doc[k - 2]
    return founder


def _firm_closed(span: Span) -> bool:
    """Whether a span ends in a legal form that no unit's noun follows ("X Inc", not "X Inc unit")."""
    doc, lex = span.doc, lexicon()
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return span[-1].lower_ in lex.corporate_suffixes and after not in lex.unit_nouns


def _owner_of(ent: Span) -> Token | None:
    """The founder's word of a firm's span whose own "'s" is before it or inside it, None for any other span."""
    doc = ent.doc
    if not _firm_closed(ent):
        return None
    at = next((t.i for t in ent[:2] if t.text in _POSSESSIVES), None)
    if at is None:
        at = ent.start - 1
        if at < 1 or doc[at].text not in _POSSESSIVES:
            return None
    if at < 1 or at + 1 >= ent.end:
        return None
    founder = doc[at - 1]
    before = doc[founder.i - 1] if founder.i > 0 else None
    if before is not None and before.is_title and before.lower_ != "the":
        return None  # "Orla Air's Vent Lines Inc": the owner is a longer name
    return founder if _founder(founder) else None


def possessive_firms(ents: list[Span]) -> list[Span]:
    """The spans with each founder-named firm cut at its "'s" made whole again (see the module's docstring)."""
    joined: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON" or (owner := _owner_of(ent)) is None:
            joined.append(ent)
            continue
        join_back(joined, _first_founder(owner).i, ent)
    return joined


def founder_named(name: Span) -> bool:
    """Whether a firm's name span the cast read is one named after a founder with its "'s" inside it, which
    a reader of the parse's compounds would cut after the "'s" (the founder's word hangs on the name as an owner)."""
    at = next((t.i for t in name[1:4] if t.text in _POSSESSIVES), None)
    return (
        at is not None
        and at + 1 < name.end
        and _firm_closed(name)
        and _first_founder(name.doc[at - 1]).i == name.start
        and _founder(name.doc[at - 1])
    )


def _founder(word: Token) -> bool:
    """Whether the word before an "'s" is a founder's: a surname-like word the article only ever writes as owner."""
    return _founder_word(word) and _only_as_owner(word)
