"""A named person's own office speaking for them: "Ruiz's office said", "the office of Mayor Ana Ruiz said",
"her office said".

An office a named person holds is that person's voice, as a spokeswoman for them is ("a spokeswoman for Ruiz
said" is Ruiz speaking): the statement belongs to the person whose office it is. An office a title owns ("the
prime minister's office") stays the body as written, and a ministry a minister heads is the ministry
(`office_bodies`): only the nouns listed as a person's own voice go to the person.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon
from ..names import is_title_word


def office_owner(head: Token) -> Token | None:
    """The word naming whose office `head` is: its possessive ("Ruiz's", "her") or the object of an "of" right
    after it ("the office of Mayor Ana Ruiz"); None for another noun, or an owner that is a title."""
    if head.lemma_.lower() not in lexicon().personal_office_nouns:
        return None
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
        owner = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) if of else None
    if owner is None or is_title_word(owner):
        return None
    return owner
