"""A governed place told by its kind first: "the city of Marlow", "the province of Orlund".

A city, state or province borrows, sues and negotiates as a body, and copy often names it this way. The small
model reads the kind word as a common noun with the name hanging on "of", so the side is the place that
follows; "the port of X" or "the centre of X" is a site, not a party, and stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

_GOVERNED = frozenset({"city", "town", "state", "province", "county", "municipality", "borough", "republic",
                       "kingdom", "emirate", "canton", "territory"})


def governed_place(token: Token) -> Token | None:
    """The name a kind word stands for ("city" in "the city of Marlow"), or None; the kind word already says it
    is a place, whatever label the small model gives the name."""
    if token.pos_ != "NOUN" or token.lower_ not in _GOVERNED:
        return None
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    return named if named is not None and named.pos_ == "PROPN" else None  # the model may call it a firm
