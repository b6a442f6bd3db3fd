"""A bare spokesperson whom a later definite one names: "A spokesman said Delmar had planned to open the plant
in May. ... The Delmar spokesman said the utility would not reply."

"The" marks a spokesperson already introduced, so "the Delmar spokesman" tells whose the bare "a spokesman"
before it was, though the sentence before it was about a partner body. Only when no other spokesperson is
brought in between ("a spokeswoman for Y", "a Y spokesman": a second voice) and the later one names its body
as a compounded name; a bare "the spokesman" in between is the same voice and is read past.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..lexicon import lexicon
from .descriptions import is_definite


def body_named_by_later_spokes(head: Token, in_quote: Callable[[int], bool]) -> Span | None:
    """The name of the body that the next spokesperson after `head` is written with, when that one is definite
    ("the <Org> spokesman") and none other came between; else None."""
    spokes = lexicon().spokes_nouns
    doc = head.doc
    for token in doc[head.i + 1 :]:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in spokes or in_quote(token.idx):
            continue
        if not is_definite(token):
            return None  # another spokesperson introduced: a second voice
        named = [
            c for c in token.lefts if c.dep_ in ("compound", "nmod") and not c.is_lower and c.pos_ == "PROPN"
        ]
        if named:
            return doc[min(c.left_edge.i for c in named) : token.i]
        if any(c.dep_ in ("compound", "nmod", "amod", "poss", "prep") for c in token.children):
            return None  # "the ministry spokesman", "the spokesman for Y": a voice described otherwise
    return None
