"""A body the article names by its kind and its country: "the dairy board of Valdora" is that country's board,
and a later "the dairy board" (or "an aide speaking for the dairy board") refers back to it, though no word of
it is a proper name the cast could read as an organisation. Only an institution's word is a body's kind."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon

_REACH = 400  # tokens back to the mention that gave the body its country
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _described(token: Token) -> tuple[str, ...]:
    """The lower-case words a body's head noun is described by ("central", "national")."""
    return tuple(c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and c.is_lower)


def _is_place(token: Token) -> bool:
    """A place as tagged, or a proper name the recogniser left untagged or read as a body (small models miss
    many countries); never a person's name."""
    return token.ent_type_ in _PLACE_LABELS or (token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG"))


def _place_of(token: Token) -> Token | None:
    """The country or city an "of" after the body names ("the dairy board of Valdora")."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            place = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if place is not None and _is_place(place):
                return place
    return None


def body_of_place(head: Token) -> str | None:
    """The full name ("dairy board of Valdora") of the body a definite, described "the dairy board"
    refers back to: an earlier definite mention with the same head and the same describing words, which
    named its place. A bare "the board" is not singled out by its words, "a board of Valdora" brings in one of
    many, and a role's words ("the chief clerk of X") name a person's post."""
    words = _described(head)
    if not words or not any(c.lower_ == "the" for c in head.children) or _place_of(head) is not None:
        return None  # "the board of Y" names its own place
    if head.lemma_.lower() not in lexicon().institution_nouns:
        return None  # "the chief clerk of X", "the district attorney of X": a person's post, no body
    doc = head.doc
    for token in reversed(doc[max(0, head.i - _REACH) : head.i]):
        if token.lower_ != head.lower_ or _described(token) != words:
            continue
        if not any(c.lower_ == "the" for c in token.children):
            continue
        place = _place_of(token)
        if place is not None:
            return doc[token.i - len(words) : place.i + 1].text
    return None
